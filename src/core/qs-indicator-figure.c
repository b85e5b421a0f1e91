/* qs-indicator-figure.c — one figure of the dashboard: a measure over a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "qs-enum-types.h"
#include "qs-indicator-figure.h"

QsIndicatorFigure *
qs_indicator_figure_new (QsMeasure measure, gint64 period_start, gint64 period_end)
{
  QsIndicatorFigure *self = g_new0 (QsIndicatorFigure, 1);

  self->measure = measure;
  self->period_start = period_start;
  self->period_end = period_end;
  self->value = NAN;
  self->target = NAN;
  self->direction = QS_DIRECTION_HIGHER_IS_BETTER;
  self->status = QS_INDICATOR_STATUS_NO_TARGET;
  self->dimension = qs_measure_get_dimension (measure);
  return self;
}

void
qs_indicator_figure_free (QsIndicatorFigure *self)
{
  if (self == NULL)
    return;
  g_free (self->subject_id);
  g_free (self->subject);
  g_free (self->indicator_id);
  g_free (self->unit);
  g_free (self);
}

void
qs_indicator_figure_judge (QsIndicatorFigure *self, gint64 min_count, gboolean complete)
{
  gboolean kept;

  g_return_if_fail (self != NULL);

  if (isnan (self->target))
    {
      self->status = QS_INDICATOR_STATUS_NO_TARGET;
      return;
    }
  if (isnan (self->value) || self->denominator < min_count)
    {
      self->status = QS_INDICATOR_STATUS_NOT_ENOUGH_DATA;
      return;
    }
  kept = self->direction == QS_DIRECTION_LOWER_IS_BETTER ? self->value <= self->target
                                                         : self->value >= self->target;
  if (kept)
    self->status = QS_INDICATOR_STATUS_MET;
  else
    self->status = complete ? QS_INDICATOR_STATUS_MISSED : QS_INDICATOR_STATUS_AT_RISK;
}

char *
qs_indicator_figure_ref (const QsIndicatorFigure *self)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_MEASURE);
  const char *nick = g_enum_get_value (klass, self->measure)->value_nick;

  if (self->indicator_id != NULL)
    return g_strconcat ("indicator:", self->indicator_id, NULL);
  if (self->subject_id == NULL)
    return g_strdup (nick);
  return g_strconcat (nick, ":", self->subject_id, NULL);
}

char *
qs_indicator_figure_requests_ref (const QsIndicatorFigure *self)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_MEASURE);

  if (self->indicator_id == NULL)
    return qs_indicator_figure_ref (self);
  return g_strconcat ("indicator:", self->indicator_id, ":",
                      g_enum_get_value (klass, self->measure)->value_nick, NULL);
}

gboolean
qs_measure_is_percent (QsMeasure measure)
{
  switch (measure)
    {
    case QS_MEASURE_COMPLIANCE:
    case QS_MEASURE_REOPEN_RATE:
    case QS_MEASURE_ASSIGNEE_COMPLIANCE:
    case QS_MEASURE_TEAM_COMPLIANCE:
    case QS_MEASURE_RESPONSE_RATE:
    case QS_MEASURE_KEPT:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
qs_measure_is_duration (QsMeasure measure)
{
  return measure == QS_MEASURE_ACK_MEDIAN || measure == QS_MEASURE_ACK_P90 ||
         measure == QS_MEASURE_RESOLUTION_MEDIAN || measure == QS_MEASURE_RESOLUTION_P90;
}

gint64
qs_indicator_figure_get_n_requests (const QsIndicatorFigure *self)
{
  switch (self->measure)
    {
    case QS_MEASURE_RECEIVED:
    case QS_MEASURE_RESOLVED:
    case QS_MEASURE_OPEN:
    case QS_MEASURE_OVERDUE:
    case QS_MEASURE_COMPLAINTS_RECEIVED:
    case QS_MEASURE_COMPLAINTS_RESOLVED:
      return self->numerator;
    case QS_MEASURE_COMPLIANCE:
    case QS_MEASURE_REOPEN_RATE:
    case QS_MEASURE_ACK_MEDIAN:
    case QS_MEASURE_ACK_P90:
    case QS_MEASURE_RESOLUTION_MEDIAN:
    case QS_MEASURE_RESOLUTION_P90:
    case QS_MEASURE_ASSIGNEE_COMPLIANCE:
    case QS_MEASURE_TEAM_COMPLIANCE:
    case QS_MEASURE_RESPONSE_RATE:
    case QS_MEASURE_KEPT:
      return self->denominator;
    default:
      return -1;
    }
}

/* As certification schemes group indicators: the process and its
 * service, the team that gives it, the clients' experience of it. */
QsDimension
qs_measure_get_dimension (QsMeasure measure)
{
  switch (measure)
    {
    case QS_MEASURE_ASSIGNEE_COMPLIANCE:
    case QS_MEASURE_TEAM_COMPLIANCE:
      return QS_DIMENSION_SOCIAL;
    case QS_MEASURE_COMPLAINTS_RECEIVED:
    case QS_MEASURE_COMPLAINTS_RESOLVED:
    case QS_MEASURE_SATISFACTION:
    case QS_MEASURE_RESPONSE_RATE:
    case QS_MEASURE_NPS:
      return QS_DIMENSION_CLIENT;
    default:
      return QS_DIMENSION_ECONOMIC;
    }
}

gboolean
qs_indicator_figure_is_count (const QsIndicatorFigure *self)
{
  return !qs_measure_is_percent (self->measure) && !qs_measure_is_duration (self->measure) &&
         self->measure != QS_MEASURE_SATISFACTION && self->measure != QS_MEASURE_NPS &&
         self->measure != QS_MEASURE_MANUAL;
}
