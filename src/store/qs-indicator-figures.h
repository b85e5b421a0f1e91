/* qs-indicator-figures.h — the dashboard's built-in figures, counted by SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place where the dashboard's figures are counted: the view, the
 * command line (`report indicators`) and alerts read them from here, and
 * a commitment's compliance is qs_charter_repository_get_achieved(), the
 * "achieved" column of a charter's publication.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-indicator-figure.h"
#include "qs-indicator.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Every built-in figure of the providing department @provider_id over
 * [@start, @end) (Unix microseconds), in this order: each measured
 * commitment of its published charters, the volumes, the times, each
 * assignee then each team, satisfaction, the improvement actions. Names
 * and commitments in @language. A period that ends after the store's
 * now is not complete: a figure below target is then at risk, not
 * missed. A share over fewer than @min_count requests is not enough data.
 *
 * Returns: (transfer full) (element-type QsIndicatorFigure): the figures,
 *   or %NULL with @error set */
GPtrArray *qs_indicator_figures_compute (QsStore     *store,
                                         const char  *provider_id,
                                         gint64       start,
                                         gint64       end,
                                         QsLanguage   language,
                                         gint64       min_count,
                                         GError     **error);

/* Appends to @sql a SELECT of the row ids of the requests behind the figure
 * @ref (qs_indicator_figure_ref()) of @provider_id over [@start, @end),
 * as it was counted at @now, and their parameters to @params (a tuple
 * builder). FALSE, appending nothing, for an unknown figure or one that
 * counts no requests. */
gboolean   qs_indicator_figures_append_requests (GString         *sql,
                                                 GVariantBuilder *params,
                                                 const char      *ref,
                                                 const char      *provider_id,
                                                 gint64           start,
                                                 gint64           end,
                                                 gint64           now);

/* The indicators the department @provider_id defined for itself that
 * are judged over @period (QsIndicator), by reference: those that count a
 * measure or are typed in by hand (an older compliance or satisfaction
 * indicator is a built-in figure already). */
GPtrArray *qs_indicator_figures_own_indicators (QsStore     *store,
                                                const char  *provider_id,
                                                QsPeriod     period,
                                                GError     **error);

/* The figure of a department's own @indicator over [@start, @end): its
 * measure over the requests it keeps, or the value typed in for the
 * period starting at @start (a day of @zone). Fewer requests than its
 * own minimum, else @min_count, is not enough data. */
QsIndicatorFigure *qs_indicator_figures_compute_own (QsStore     *store,
                                                     QsIndicator *indicator,
                                                     gint64       start,
                                                     gint64       end,
                                                     GTimeZone   *zone,
                                                     QsLanguage   language,
                                                     gint64       min_count,
                                                     GError     **error);

/* Below how many requests the figures of @provider_id are not judged:
 * what the department says, else QS_INDICATOR_MIN_COUNT. */
gint64     qs_indicator_figures_min_count (QsStore    *store,
                                           const char *provider_id);

/* The departments that provide a service (QsDepartment), by name: those
 * a dashboard is drawn for. NULL with @error set when it fails. */
GPtrArray *qs_indicator_figures_providers (QsStore    *store,
                                           GError    **error);

G_END_DECLS
/* clang-format on */
