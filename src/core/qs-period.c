/* qs-period.c — the months, quarters and years indicators are counted over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Periods are days of the department's zone: a month starts at midnight
 * on its first day there, whatever the offset on that day.
 */
#include "config.h"

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

  next = g_date_time_new (zone, year + month / 12, month % 12 + 1, 1, 0, 0, 0);
  return usec_of (next);
}
