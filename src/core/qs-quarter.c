/* qs-quarter.c — calendar quarters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-quarter.h"

/**
 * qs_last_complete_quarter:
 * @now: the moment of reference
 * @zone: the time zone the quarters are counted in
 * @start: (out): the first instant of the last quarter that ended before @now
 * @end: (out): the first instant after it (exclusive)
 */
void
qs_last_complete_quarter (GDateTime *now, GTimeZone *zone, GDateTime **start, GDateTime **end)
{
  g_autoptr (GDateTime) local = NULL;
  int year, month;

  g_return_if_fail (now != NULL && zone != NULL && start != NULL && end != NULL);

  local = g_date_time_to_timezone (now, zone);
  year = g_date_time_get_year (local);
  /* The first month of the current quarter, then one quarter back. */
  month = ((g_date_time_get_month (local) - 1) / 3) * 3 + 1 - 3;
  if (month < 1)
    {
      month += 12;
      year--;
    }

  *start = g_date_time_new (zone, year, month, 1, 0, 0, 0);
  /* Built from the calendar rather than by adding a duration, so that a
   * daylight saving change inside the quarter does not move midnight. */
  if (month + 3 > 12)
    *end = g_date_time_new (zone, year + 1, month + 3 - 12, 1, 0, 0, 0);
  else
    *end = g_date_time_new (zone, year, month + 3, 1, 0, 0, 0);
}
