/* qs-period.h — the months, quarters and years indicators are counted over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-enums.h"

G_BEGIN_DECLS

/* The first instant of the @period holding @at, midnight of its first day
 * in @zone, in Unix microseconds. */
gint64 qs_period_start_of (QsPeriod   period,
                           GTimeZone *zone,
                           gint64     at);
/* The first instant of the period after the one starting at @start. */
gint64 qs_period_next     (QsPeriod   period,
                           GTimeZone *zone,
                           gint64     start);

/* The period starting at @start as a person reads it: "March 2026",
 * "Q1 2026" ("T1 2026" in French), "2026"; @brief, as a chart's axis
 * does: "Mar", "Q1 26". */
char  *qs_period_label    (QsPeriod    period,
                           GTimeZone  *zone,
                           gint64      start,
                           QsLanguage  language,
                           gboolean    brief);
/* The label of the period starting on @day ("2026-05-01", as alerts
 * keep it); "" when @day is not a day. */
char  *qs_period_label_of_day (QsPeriod    period,
                               const char *day,
                               QsLanguage  language);

G_END_DECLS
/* clang-format on */
