/* qs-deadline-countdown.c — what a deadline's countdown says at a moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list and the request page say the same thing of a deadline. A
 * deadline passed is overdue, whatever business time has passed since:
 * due on Friday at closing time and seen on Sunday, no business minute
 * has gone by, and the request is still overdue, "since" then.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-deadline-countdown.h"
#include "qs-deadline-explanation.h"
#include "qs-deadline.h"

#define MINUTE_USEC ((gint64) 60 * G_USEC_PER_SEC)
#define HOUR_USEC (60 * MINUTE_USEC)

char *
qs_deadline_format_countdown (
  QsBusinessHours *hours, gint64 now, gint64 due, QsLanguage language, QsCountdownStyle style)
{
  gint64 left = qs_deadline_time_left (hours, now, due);
  gint64 day = hours != NULL ? qs_business_hours_get_day_length (hours) : 0;
  /* Days away, the minutes are noise: "2 business days 7 h", not "… 6 h 47 min". */
  gint64 shown = day > 0 && ABS (left) >= day ? (ABS (left) + HOUR_USEC / 2) / HOUR_USEC * HOUR_USEC
                                              : ABS (left);
  g_autofree char *duration = qs_deadline_format_duration (hours, shown, language);
  gboolean         row = style == QS_COUNTDOWN_IN_ROW;

  /* Days already say "business days"; a shorter span says it is business
   * time when the office closes in between ("2 h 43" on Sunday night for
   * Monday 11:13 is not what the clock says). */
  if (hours != NULL && ABS (left) < day && ABS (ABS (due - now) - ABS (left)) >= MINUTE_USEC)
    {
      g_autofree char *business = g_steal_pointer (&duration);

      /* Translators: a duration counted in business hours, "2 h 43 min of
       * business time"; used in "due in %s" and "%s left". */
      duration = g_strdup_printf (_ ("%s of business time"), business);
    }

  if (now <= due && row)
    /* Translators: the business time left before a deadline, "due in 2 h 30" */
    return g_strdup_printf (_ ("due in %s"), duration);
  if (now <= due)
    /* Translators: %s is business time, such as "2 h 30" */
    return g_strdup_printf (_ ("%s left"), duration);

  if (ABS (left) < MINUTE_USEC)
    {
      g_autofree char *since = qs_deadline_format_instant (hours, due, language);

      if (row)
        /* Translators: a deadline that passed while the office was closed; %s is
         * when it was due, "Friday 24 April, 16:30" */
        return g_strdup_printf (_ ("overdue since %s"), since);
      /* Translators: a deadline that passed while the office was closed; %s is
       * when it was due, "Friday 24 April, 16:30" */
      return g_strdup_printf (_ ("Overdue since %s"), since);
    }
  if (row)
    /* Translators: the business time since a deadline passed, "overdue by 1 day 2 h" */
    return g_strdup_printf (_ ("overdue by %s"), duration);
  /* Translators: %s is business time, such as "2 h 30" */
  return g_strdup_printf (_ ("Overdue by %s"), duration);
}
