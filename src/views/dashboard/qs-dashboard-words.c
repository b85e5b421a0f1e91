/* qs-dashboard-words.c — the Dashboard's figures in words, on screen and in its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In the interface's language: numbers with its decimal sign, percentages
 * with its spacing ("95 %" in French), times in business hours.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-calendar-words.h"
#include "qs-dashboard-words.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"

/* What a tile is titled: the commitment's own words, the person or team
 * whose promises are counted, or the measure. */
char *
qs_dashboard_words_title (const QsIndicatorSeries *series)
{
  /* A department's own indicator: its name. */
  if (g_str_has_prefix (series->ref, "indicator:") && series->subject != NULL)
    return g_strdup (series->subject);
  switch (series->measure)
    {
    case QS_MEASURE_COMPLIANCE:
      if (series->subject != NULL)
        return g_strdup (series->subject);
      break;
    case QS_MEASURE_ASSIGNEE_COMPLIANCE:
    case QS_MEASURE_TEAM_COMPLIANCE:
      if (series->subject != NULL)
        /* Translators: a tile of the dashboard; %s is a person or a team */
        return g_strdup_printf (_ ("Promises kept by %s"), series->subject);
      break;
    default:
      break;
    }
  return g_strdup (qs_enum_label (QS_TYPE_MEASURE, series->measure));
}

/* @value as @figure's are written: a share, hours, a rating, a count;
 * a value typed in by hand with its unit. */
char *
qs_dashboard_words_value (const QsIndicatorFigure *figure, double value)
{
  QsLanguage       language = qs_interface_language ();
  QsMeasure        measure = figure->measure;
  g_autofree char *number = NULL;

  if (isnan (value))
    /* Translators: a figure that could not be counted (nothing to count) */
    return g_strdup (_ ("—"));
  if (qs_measure_is_percent (measure))
    /* Whole shares without decimals; 90.5 % stays 90.5 %, not 90 %. */
    return qs_calendar_words_format_percent (value, 1, FALSE, language);
  if (qs_measure_is_duration (measure))
    {
      number = qs_calendar_words_format_number (value, value < 10 ? 1 : 0, FALSE, language);
      /* Translators: a time in business hours on the dashboard, "3.5 h" */
      return g_strdup_printf (_ ("%s h"), number);
    }
  if (measure == QS_MEASURE_SATISFACTION)
    {
      number = qs_calendar_words_format_number (value, 1, TRUE, language);
      /* Translators: an average rating, "4.2 of 5" */
      return g_strdup_printf (_ ("%s of 5"), number);
    }
  if (measure == QS_MEASURE_MANUAL)
    {
      if (g_strcmp0 (figure->unit, "%") == 0)
        return qs_calendar_words_format_percent (value, 1, FALSE, language);
      number = qs_calendar_words_format_number (value, 1, FALSE, language);
      if (g_strcmp0 (figure->unit, "/5") == 0)
        return g_strdup_printf (_ ("%s of 5"), number);
      if (figure->unit == NULL || *figure->unit == '\0')
        return g_steal_pointer (&number);
      /* Translators: a value typed in with its unit, "12.5 days" */
      return g_strdup_printf (_ ("%s %s"), number, figure->unit);
    }
  if (measure == QS_MEASURE_NPS)
    {
      number = qs_calendar_words_format_number (fabs (value), 0, FALSE, language);
      return g_strdup_printf ("%s%s", value > 0 ? "+" : value < 0 ? "−" : "", number);
    }
  return qs_calendar_words_format_count ((guint64) MAX (value, 0), language);
}

char *
qs_dashboard_words_target (const QsIndicatorFigure *figure)
{
  g_autofree char *target = NULL;

  if (isnan (figure->target))
    return NULL;
  target = qs_dashboard_words_value (figure, figure->target);
  if (figure->direction == QS_DIRECTION_LOWER_IS_BETTER)
    /* Translators: the target of a figure where less is better */
    return g_strdup_printf (_ ("Target: at most %s"), target);
  /* Translators: the target of a figure, "Target: 95%" */
  return g_strdup_printf (_ ("Target: %s"), target);
}

/* What the figure was counted over, "36 of 40 requests"; NULL for a
 * plain count, which says it itself. */
char *
qs_dashboard_words_counted (const QsIndicatorFigure *figure)
{
  QsLanguage       language = qs_interface_language ();
  g_autofree char *numerator =
    qs_calendar_words_format_count (MAX (figure->numerator, 0), language);
  g_autofree char *denominator =
    qs_calendar_words_format_count (MAX (figure->denominator, 0), language);
  gulong n = (gulong) MAX (figure->denominator, 0);

  switch (figure->measure)
    {
    case QS_MEASURE_COMPLIANCE:
    case QS_MEASURE_ASSIGNEE_COMPLIANCE:
    case QS_MEASURE_TEAM_COMPLIANCE:
    case QS_MEASURE_KEPT:
      /* Translators: promises kept, "In time: 36 of 40" (requests) */
      return g_strdup_printf (_ ("In time: %s of %s"), numerator, denominator);
    case QS_MEASURE_REOPEN_RATE:
      /* Translators: of the requests received in the period and resolved
       * since, how many were reopened */
      return g_strdup_printf (_ ("Reopened: %s of %s received and resolved"), numerator,
                              denominator);
    case QS_MEASURE_RESPONSE_RATE:
      /* Translators: of the clients asked for feedback, how many answered */
      return g_strdup_printf (_ ("Answered: %s of %s asked"), numerator, denominator);
    case QS_MEASURE_ACK_MEDIAN:
    case QS_MEASURE_ACK_P90:
    case QS_MEASURE_RESOLUTION_MEDIAN:
    case QS_MEASURE_RESOLUTION_P90:
      return g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "Over %s request", "Over %s requests", n), denominator);
    case QS_MEASURE_SATISFACTION:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s rating", "%s ratings", n),
                              denominator);
    case QS_MEASURE_NPS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s answer", "%s answers", n),
                              denominator);
    default:
      return NULL;
    }
}

/* Met, missed…; of a figure typed in by hand, that none was. */
const char *
qs_dashboard_words_status (const QsIndicatorFigure *figure)
{
  if (figure->measure == QS_MEASURE_MANUAL && isnan (figure->value))
    /* Translators: the status of an indicator measured outside QualServ,
     * for a period whose value nobody entered yet */
    return _ ("No value typed in");
  return qs_enum_label (QS_TYPE_INDICATOR_STATUS, figure->status);
}

/* The status, the target and what it was counted over, in a line. */
char *
qs_dashboard_words_summary (const QsIndicatorFigure *figure)
{
  g_autofree char *target = qs_dashboard_words_target (figure);
  g_autofree char *counted = qs_dashboard_words_counted (figure);
  GString         *out = g_string_new (qs_dashboard_words_status (figure));

  if (target != NULL)
    g_string_append_printf (out, " · %s", target);
  if (counted != NULL)
    g_string_append_printf (out, " · %s", counted);
  return g_string_free (out, FALSE);
}

const char *
qs_dashboard_words_trend (QsTrend trend)
{
  switch (trend)
    {
    case QS_TREND_UP:
      return _ ("Up from the period before");
    case QS_TREND_DOWN:
      return _ ("Down from the period before");
    case QS_TREND_STEADY:
      return _ ("Same as the period before");
    case QS_TREND_NONE:
    default:
      return NULL;
    }
}

const char *
qs_dashboard_words_dimension (QsDimension dimension)
{
  switch (dimension)
    {
    case QS_DIMENSION_SOCIAL:
      /* Translators: the social dimension of indicators */
      return _ ("The Team");
    case QS_DIMENSION_CLIENT:
      /* Translators: the client dimension of indicators */
      return _ ("Clients");
    case QS_DIMENSION_ECONOMIC:
    default:
      /* Translators: the economic dimension of indicators */
      return _ ("Process and Service");
    }
}

const char *
qs_dashboard_words_axis (QsComplaintAxis axis)
{
  switch (axis)
    {
    case QS_COMPLAINT_AXIS_SERVICE:
      return _ ("By Service");
    case QS_COMPLAINT_AXIS_ORIGIN:
      return _ ("By Department of Origin");
    case QS_COMPLAINT_AXIS_CLIENT_TYPE:
      return _ ("By Type of Client");
    case QS_COMPLAINT_AXIS_CATEGORY:
    default:
      return _ ("By Category");
    }
}

/* The range a chart of @series shows: a share from 0 to 100, a rating
 * from 0 to 5, a net promoter score from -100 to 100, anything else from
 * 0 to a little above its highest value or target. */
void
qs_dashboard_words_range (const QsIndicatorSeries *series,
                          const QsIndicatorFigure *shown,
                          double                  *lo,
                          double                  *hi)
{
  gboolean manual = series->measure == QS_MEASURE_MANUAL;
  double   top = isnan (shown->target) ? 0 : shown->target;

  *lo = 0;
  if (qs_measure_is_percent (series->measure) || (manual && g_strcmp0 (shown->unit, "%") == 0))
    *hi = 100;
  else if (series->measure == QS_MEASURE_SATISFACTION ||
           (manual && g_strcmp0 (shown->unit, "/5") == 0))
    *hi = 5;
  else if (series->measure == QS_MEASURE_NPS)
    *lo = -100, *hi = 100;
  else
    {
      for (guint p = 0; p < series->n_periods; p++)
        if (series->figures[p] != NULL && !isnan (series->figures[p]->value))
          top = MAX (top, series->figures[p]->value);
      *hi = top > 0 ? top * 1.1 : 1;
    }
}

/* A number in either decimal sign; NaN for nothing; FALSE when it is
 * not a number. */
gboolean
qs_dashboard_words_read_number (const char *text, double *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char            *end = NULL;

  *value = NAN;
  if (*copy == '\0')
    return TRUE;
  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0' && isfinite (*value);
}
