/* qs-period.c — the months, quarters and years indicators are counted over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Periods are days of the department's zone: a month starts at midnight
 * on its first day there, whatever the offset on that day.
 */
#include "config.h"

#include "qs-calendar-day.h"
#include "qs-calendar-words.h"
#include "qs-period.h"

static gint64
usec_of (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

gint64
qs_period_start_of (QsPeriod period, GTimeZone *zone, gint64 at)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autoptr (GDateTime) start = NULL;
  int year = g_date_time_get_year (local);
  int month = g_date_time_get_month (local);

  switch (period)
    {
    case QS_PERIOD_WEEK:
      /* Monday of its week, at midnight there. */
      start = g_date_time_new (zone, year, month, g_date_time_get_day_of_month (local), 0, 0, 0);
      {
        g_autoptr (GDateTime) monday =
          g_date_time_add_days (start, 1 - g_date_time_get_day_of_week (local));
        g_autoptr (GDateTime) midnight =
          g_date_time_new (zone, g_date_time_get_year (monday), g_date_time_get_month (monday),
                           g_date_time_get_day_of_month (monday), 0, 0, 0);

        return usec_of (midnight);
      }
    case QS_PERIOD_QUARTER:
      month = (month - 1) / 3 * 3 + 1;
      break;
    case QS_PERIOD_YEAR:
      month = 1;
      break;
    case QS_PERIOD_MONTH:
    default:
      break;
    }
  start = g_date_time_new (zone, year, month, 1, 0, 0, 0);
  return usec_of (start);
}

gint64
qs_period_next (QsPeriod period, GTimeZone *zone, gint64 start)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (start / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autoptr (GDateTime) next = NULL;
  int months = period == QS_PERIOD_YEAR ? 12 : period == QS_PERIOD_QUARTER ? 3 : 1;
  int year = g_date_time_get_year (local);
  int month = g_date_time_get_month (local) - 1 + months;

  if (period == QS_PERIOD_WEEK)
    {
      /* Seven days on, at midnight: a week over a change of offset is
       * 167 or 169 hours. */
      g_autoptr (GDateTime) later = g_date_time_add_days (local, 7);

      next = g_date_time_new (zone, g_date_time_get_year (later), g_date_time_get_month (later),
                              g_date_time_get_day_of_month (later), 0, 0, 0);
      return usec_of (next);
    }

  next = g_date_time_new (zone, year + month / 12, month % 12 + 1, 1, 0, 0, 0);
  return usec_of (next);
}

/* Months as a chart's axis names them, in each language. */
static const char *short_months[2][12] = {
  { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc." },
  { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" },
};

char *
qs_period_label (
  QsPeriod period, GTimeZone *zone, gint64 start, QsLanguage language, gboolean brief)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (start / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  int      year = g_date_time_get_year (local);
  int      month = g_date_time_get_month (local);
  gboolean english = language == QS_LANGUAGE_EN;

  switch (period)
    {
    case QS_PERIOD_WEEK:
      /* The day it starts: "4 May 2026", "4 May" on an axis. */
      {
        GString *out = g_string_new (NULL);

        qs_calendar_words_append_date (out, g_date_time_get_day_of_month (local), month,
                                       brief ? 0 : year, language);
        return g_string_free (out, FALSE);
      }
    case QS_PERIOD_YEAR:
      return g_strdup_printf ("%d", year);
    case QS_PERIOD_QUARTER:
      /* "T" for trimestre. */
      return brief
               ? g_strdup_printf ("%s%d %02d", english ? "Q" : "T", (month - 1) / 3 + 1, year % 100)
               : g_strdup_printf ("%s%d %d", english ? "Q" : "T", (month - 1) / 3 + 1, year);
    case QS_PERIOD_MONTH:
    default:
      if (brief)
        return g_strdup (short_months[english ? 1 : 0][month - 1]);
      return g_strdup_printf ("%s %d", qs_calendar_words_month (month, language), year);
    }
}

char *
qs_period_label_of_day (QsPeriod period, const char *day, QsLanguage language)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GDateTime) start = NULL;
  GDate date;

  if (day == NULL || !qs_calendar_day_parse_date (day, &date))
    return g_strdup ("");
  /* The day as it is written: read in UTC, labelled in UTC. */
  start = g_date_time_new (utc, g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date), 0, 0, 0);
  return qs_period_label (period, utc, g_date_time_to_unix (start) * G_USEC_PER_SEC, language,
                          FALSE);
}
