/* qs-indicator-series.c — one indicator over consecutive periods: a tile, a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "qs-indicator-series.h"

QsIndicatorFigure *
qs_indicator_figure_copy (const QsIndicatorFigure *self)
{
  QsIndicatorFigure *copy = g_memdup2 (self, sizeof *self);

  copy->subject_id = g_strdup (self->subject_id);
  copy->subject = g_strdup (self->subject);
  copy->indicator_id = g_strdup (self->indicator_id);
  copy->unit = g_strdup (self->unit);
  return copy;
}

void
qs_indicator_series_free (QsIndicatorSeries *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_periods; i++)
    g_clear_pointer (&self->figures[i], qs_indicator_figure_free);
  g_free (self->figures);
  g_free (self->ref);
  g_free (self->subject);
  g_free (self);
}

static void
add_period (GPtrArray *series, GHashTable *by_ref, GPtrArray *figures, guint period, guint n)
{
  for (guint i = 0; figures != NULL && i < figures->len; i++)
    {
      QsIndicatorFigure *figure = g_ptr_array_index (figures, i);
      g_autofree char   *ref = qs_indicator_figure_ref (figure);
      QsIndicatorSeries *one = g_hash_table_lookup (by_ref, ref);

      if (one == NULL)
        {
          one = g_new0 (QsIndicatorSeries, 1);
          one->ref = g_steal_pointer (&ref);
          one->measure = figure->measure;
          one->dimension = figure->dimension;
          one->subject = g_strdup (figure->subject);
          one->n_periods = n;
          one->figures = g_new0 (QsIndicatorFigure *, n);
          g_ptr_array_add (series, one);
          g_hash_table_insert (by_ref, one->ref, one);
        }
      if (one->figures[period] == NULL)
        one->figures[period] = qs_indicator_figure_copy (figure);
    }
}

GPtrArray *
qs_indicator_series_gather (GPtrArray *const *periods, guint n_periods)
{
  GPtrArray *series = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_indicator_series_free);
  g_autoptr (GHashTable) by_ref = g_hash_table_new (g_str_hash, g_str_equal);

  if (n_periods == 0)
    return series;
  /* The last period first: its order is the tiles'. */
  add_period (series, by_ref, periods[n_periods - 1], n_periods - 1, n_periods);
  for (guint p = 0; p + 1 < n_periods; p++)
    add_period (series, by_ref, periods[p], p, n_periods);
  return series;
}

QsIndicatorFigure *
qs_indicator_series_get_last (const QsIndicatorSeries *self)
{
  return self->n_periods > 0 ? self->figures[self->n_periods - 1] : NULL;
}

/* Counts without a target (requests received, open) are neither better
 * nor worse for being more. */
static gboolean
is_judged (const QsIndicatorFigure *figure)
{
  return !isnan (figure->target) ||
         (!qs_indicator_figure_is_count (figure) && figure->measure != QS_MEASURE_MANUAL);
}

QsTrend
qs_indicator_series_trend (const QsIndicatorSeries *self, guint index, int *better)
{
  const QsIndicatorFigure *last = index < self->n_periods ? self->figures[index] : NULL;
  const QsIndicatorFigure *before = index > 0 && last != NULL ? self->figures[index - 1] : NULL;
  double                   change;
  int                      sign;

  if (better != NULL)
    *better = 0;
  if (last == NULL || before == NULL || isnan (last->value) || isnan (before->value))
    return QS_TREND_NONE;
  change = last->value - before->value;
  if (fabs (change) < 1e-9)
    return QS_TREND_STEADY;
  sign = change > 0 ? 1 : -1;
  if (better != NULL && is_judged (last))
    *better = last->direction == QS_DIRECTION_LOWER_IS_BETTER ? -sign : sign;
  return sign > 0 ? QS_TREND_UP : QS_TREND_DOWN;
}
