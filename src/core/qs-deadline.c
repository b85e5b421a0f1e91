/* qs-deadline.c — deadlines of a request: due dates, time left, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A delay in business units runs on the calendar's clock; one in hours,
 * days or seconds runs on the wall clock (nights and weekends count).
 * Without a calendar, business units fall back to the wall clock too:
 * there is no opening to count from.
 *
 * Durations are written for people, in the client's language whatever
 * the interface's: their words come from that language's catalogue
 * (qs-catalog.h), not from the process's gettext.
 */
#include "config.h"

#include <math.h>

#include "qs-catalog.h"
#include "qs-deadline.h"

#define HOUR_USEC (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)
#define MINUTE_USEC (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define DAY_USEC (24 * HOUR_USEC)

gint64
qs_deadline_target_duration (QsBusinessHours *hours,
                             double           value,
                             QsDurationUnit   unit,
                             gboolean        *is_business)
{
  gboolean business = hours != NULL;
  double   usec;

  if (!isfinite (value) || value < 0)
    value = 0;

  switch (unit)
    {
    case QS_DURATION_UNIT_BUSINESS_HOURS:
      usec = value * HOUR_USEC;
      break;
    case QS_DURATION_UNIT_BUSINESS_DAYS:
      usec = value * (hours != NULL ? qs_business_hours_get_day_length (hours) : DAY_USEC);
      break;
    case QS_DURATION_UNIT_HOURS:
      usec = value * HOUR_USEC;
      business = FALSE;
      break;
    case QS_DURATION_UNIT_DAYS:
      usec = value * DAY_USEC;
      business = FALSE;
      break;
    case QS_DURATION_UNIT_SECONDS:
    default:
      usec = value * G_USEC_PER_SEC;
      business = FALSE;
      break;
    }

  if (is_business != NULL)
    *is_business = business;
  /* Some ten thousand years at most: enough for any promise. */
  return (gint64) llround (MIN (usec, 3e17));
}

gint64
qs_deadline_due (QsBusinessHours *hours, gint64 start, double value, QsDurationUnit unit)
{
  gboolean business;
  gint64   duration = qs_deadline_target_duration (hours, value, unit, &business);

  if (business)
    return qs_business_hours_add (hours, start, duration);
  return start + duration;
}

/* Business time between two instants, or elapsed time without a
 * calendar. */
static gint64
measure (QsBusinessHours *hours, gint64 from, gint64 to)
{
  if (to <= from)
    return 0;
  if (hours != NULL)
    return qs_business_hours_between (hours, from, to);
  return to - from;
}

QsDeadlineState
qs_deadline_state (QsBusinessHours *hours,
                   gint64           start,
                   gint64           due,
                   gint64           done_at,
                   gint64           now,
                   double           at_risk_share)
{
  gint64 total, used;

  if (due == 0)
    return QS_DEADLINE_NONE;
  if (done_at != 0)
    return done_at <= due ? QS_DEADLINE_MET : QS_DEADLINE_MISSED;
  if (now > due)
    return QS_DEADLINE_OVERDUE;

  if (!(at_risk_share > 0 && at_risk_share <= 1))
    at_risk_share = QS_DEADLINE_DEFAULT_AT_RISK_SHARE;

  total = measure (hours, start, due);
  used = measure (hours, start, now);
  /* A deadline with no business time in it (due before the next
   * opening) is judged on the wall clock. */
  if (total == 0)
    {
      total = due - start;
      used = now - start;
    }
  if (total > 0 && (double) used >= at_risk_share * (double) total)
    return QS_DEADLINE_AT_RISK;
  return QS_DEADLINE_ON_TRACK;
}

gint64
qs_deadline_time_left (QsBusinessHours *hours, gint64 now, gint64 due)
{
  if (now <= due)
    return measure (hours, now, due);
  return -measure (hours, due, now);
}

char *
qs_deadline_format_duration (QsBusinessHours *hours, gint64 duration, QsLanguage language)
{
  QsCatalog *catalog = qs_catalog_get_for_language (language);
  gint64     day_minutes =
    (hours != NULL ? qs_business_hours_get_day_length (hours) : DAY_USEC) / MINUTE_USEC;
  /* To the nearest minute. */
  gint64   minutes = (ABS (duration) + MINUTE_USEC / 2) / MINUTE_USEC;
  gint64   days = 0, h, m;
  gboolean negative = duration < 0 && minutes > 0;
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (day_minutes > 0)
    {
      days = minutes / day_minutes;
      minutes %= day_minutes;
    }
  h = minutes / 60;
  m = minutes % 60;

  if (days > 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, days);

      gulong n = (gulong) MIN (days, G_MAXLONG);

      /* Days of a calendar are business days, not the 24 hours people
       * read "day" as. */
      if (hours != NULL)
        g_ptr_array_add (
          /* Translators: a number of business days in a duration printed in
           * letters and documents for clients ("3 business days 2 h 30 min");
           * %s is the number. */
          parts, g_strdup_printf (qs_catalog_npgettext (catalog, "document", "%s business day",
                                                        "%s business days", n),
                                  number));
      else
        g_ptr_array_add (
          /* Translators: a number of days in a duration printed in letters and
           * documents for clients ("3 days 2 h 30 min"); %s is the number. */
          parts, g_strdup_printf (
                   qs_catalog_npgettext (catalog, "document", "%s day", "%s days", n), number));
    }
  if (h > 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, h);

      if (m > 0)
        g_ptr_array_add (
          /* Translators: hours and minutes in a duration printed in letters
           * and documents for clients: %1$s is the hours, %2$02d the minutes
           * ("2 h 30 min"; French writes "2 h 30"). */
          parts, g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%1$s h %2$02d min"),
                                  number, (int) m));
      else
        g_ptr_array_add (
          /* Translators: whole hours in a duration printed in letters and
           * documents for clients ("2 h"). */
          parts, g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%s h"), number));
    }
  else if (m > 0 || days == 0)
    g_ptr_array_add (
      /* Translators: minutes in a duration printed in letters and documents
       * for clients ("45 min"). */
      parts, g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%d min"), (int) m));

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (" ", (char **) parts->pdata);
  return g_strconcat (negative ? "−" : "", joined, NULL);
}
