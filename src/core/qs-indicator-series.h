/* qs-indicator-series.h — one indicator over consecutive periods: a tile, a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard computes the figures of each period on its own
 * (qs_indicator_figures_compute()); a series gathers those of one
 * indicator (one reference) across the periods, for its chart, its table
 * and the arrow of its trend.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-indicator-figure.h"

G_BEGIN_DECLS

typedef struct
{
  char               *ref;       /* qs_indicator_figure_ref() */
  QsMeasure           measure;
  QsDimension         dimension;
  char               *subject;   /* or NULL; a department's own indicator's name */
  guint               n_periods;
  QsIndicatorFigure **figures;   /* n_periods, oldest first; NULL where it had none */
} QsIndicatorSeries;

typedef enum {
  QS_TREND_NONE,                 /* fewer than two values to compare */
  QS_TREND_STEADY,
  QS_TREND_UP,
  QS_TREND_DOWN,
} QsTrend;

/* The series of every indicator found in @periods, @n_periods arrays of
 * QsIndicatorFigure oldest first (the figures are copied): in the order
 * of the last period's figures, then those it lacks.
 *
 * Returns: (transfer full) (element-type QsIndicatorSeries) */
GPtrArray          *qs_indicator_series_gather   (GPtrArray *const        *periods,
                                                  guint                    n_periods);
void                qs_indicator_series_free     (QsIndicatorSeries       *self);

/* The figure of the last period, or NULL. */
QsIndicatorFigure  *qs_indicator_series_get_last (const QsIndicatorSeries *self);
/* Whether the value of period @index went up or down from the one before it; and
 * in @better (nullable) +1 when that is better by the indicator's
 * direction, -1 when worse, 0 when it is only more or fewer (a volume). */
QsTrend             qs_indicator_series_trend    (const QsIndicatorSeries *self,
                                                  guint                    index,
                                                  int                     *better);

QsIndicatorFigure  *qs_indicator_figure_copy     (const QsIndicatorFigure *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsIndicatorSeries, qs_indicator_series_free)

G_END_DECLS
/* clang-format on */
