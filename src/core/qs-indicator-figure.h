/* qs-indicator-figure.h — one figure of the dashboard: a measure over a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure is what the view shows in a tile, what `qualserv-cli report
 * indicators` prints and what an alert is raised on: the value, the
 * numerator and denominator it comes from, the target and the status.
 * The store computes them (qs-indicator-figures.h); this file only holds
 * them and judges them against their target.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-enums.h"

G_BEGIN_DECLS

/* Fewer requests than this in a period is "not enough data", by default. */
#define QS_INDICATOR_MIN_COUNT 10

typedef struct
{
  QsMeasure          measure;
  char              *subject_id;   /* the commitment's lineage, the assignee, the team; or NULL */
  char              *subject;      /* its words or name; or NULL */
  gint64             period_start; /* Unix microseconds, included */
  gint64             period_end;   /* excluded */
  double             value;        /* NaN: nothing to measure */
  gint64             numerator;    /* what the value counts, where it is a share or a count */
  gint64             denominator;  /* how many it was counted over */
  double             target;       /* NaN: none */
  QsDirection        direction;
  QsIndicatorStatus  status;
  QsDimension        dimension;
  char              *indicator_id; /* of a department's own indicator; NULL: built in */
  char              *unit;         /* of a value typed in by hand ("%", "/5"); or NULL */
} QsIndicatorFigure;

QsIndicatorFigure *qs_indicator_figure_new     (QsMeasure                measure,
                                                gint64                   period_start,
                                                gint64                   period_end);
void               qs_indicator_figure_free    (QsIndicatorFigure       *self);

/* Sets the status from the value, the target and the direction: too few
 * counted (fewer than @min_count) is not enough data; below target is
 * missed when @complete (the period is over), at risk otherwise. */
void               qs_indicator_figure_judge   (QsIndicatorFigure       *self,
                                                gint64                   min_count,
                                                gboolean                 complete);

/* The stable reference of the figure for programs: the measure's nick,
 * then ":" and the subject's id if it has one ("compliance:8f1c…"); for
 * a department's own indicator, "indicator:" and its id. */
char              *qs_indicator_figure_ref     (const QsIndicatorFigure *self);
/* What Requests is filtered with to list the requests behind the figure
 * (qs_indicator_figures_append_requests()): its reference, and for a
 * department's own indicator, ":" and the measure's nick after it. */
char              *qs_indicator_figure_requests_ref (const QsIndicatorFigure *self);

/* Whether the measure is a share in percent, a time in business hours
 * (else a count or a score). */
gboolean           qs_measure_is_percent       (QsMeasure                measure);
gboolean           qs_measure_is_duration      (QsMeasure                measure);

/* How many requests the figure was counted over, the number Requests
 * shows when it is clicked; -1 when it counts no requests (ratings,
 * answers to questionnaires, actions). */
gint64             qs_indicator_figure_get_n_requests (const QsIndicatorFigure *self);

/* Whether the figure is a plain count (requests, complaints, actions):
 * drawn as bars, and neither better nor worse for being more unless it
 * has a target. */
gboolean           qs_indicator_figure_is_count (const QsIndicatorFigure *self);

/* The dimension a measure is shown under. */
QsDimension        qs_measure_get_dimension    (QsMeasure                measure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsIndicatorFigure, qs_indicator_figure_free)

G_END_DECLS
/* clang-format on */
