/* test-business-hours.c — the business clock on its hard cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expectation is computed by hand from the calendar: Monday to
 * Friday, 08:30–12:00 and 13:00–16:30 (7 h a day, 35 h a week).
 */
#include <string.h>

#include "qs-business-hours.h"
#include "qs-calendar-day.h"
#include "qs-error.h"

#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)
#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

#define OFFICE                                                                                     \
  "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"                                       \
  "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30"
#define ALWAYS                                                                                     \
  "mon=00:00-24:00;tue=00:00-24:00;wed=00:00-24:00;thu=00:00-24:00;"                               \
  "fri=00:00-24:00;sat=00:00-24:00;sun=00:00-24:00"

static QsBusinessHours *
office (const char *zone)
{
  g_autoptr (GError) error = NULL;
  QsBusinessHours *hours = qs_business_hours_new (zone, OFFICE, &error);

  g_assert_no_error (error);
  return hours;
}

static QsBusinessHours *
weekly (const char *zone, const char *weekly_hours)
{
  g_autoptr (GError) error = NULL;
  QsBusinessHours *hours = qs_business_hours_new (zone, weekly_hours, &error);

  g_assert_no_error (error);
  return hours;
}

/* GLib 2.74 has no µs variants of these. */
static gint64
to_usec (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static GDateTime *
from_usec (gint64 instant)
{
  g_autoptr (GDateTime) seconds = g_date_time_new_from_unix_utc (instant / G_USEC_PER_SEC);

  return g_date_time_add (seconds, instant % G_USEC_PER_SEC);
}

/* "2026-04-24T17:10:00-04:00" to Unix µs. */
static gint64
at (const char *iso)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return to_usec (dt);
}

/* @instant as ISO-8601 in the calendar's zone, to compare readably. */
static char *
show (QsBusinessHours *hours, gint64 instant)
{
  g_autoptr (GDateTime) utc = from_usec (instant);
  g_autoptr (GDateTime) local =
    g_date_time_to_timezone (utc, qs_business_hours_get_timezone (hours));

  return g_date_time_format (local, "%FT%T%:z");
}

static void
assert_add (QsBusinessHours *hours, const char *from, gint64 duration, const char *expected)
{
  gint64           due = qs_business_hours_add (hours, at (from), duration);
  g_autofree char *shown = show (hours, due);

  g_assert_cmpstr (shown, ==, expected);
  /* Measuring back gives the duration. */
  g_assert_cmpint (qs_business_hours_between (hours, at (from), due), ==, duration);
}

static void
test_outside_hours (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto");

  /* Friday evening: counting starts Monday 08:30. */
  assert_add (hours, "2026-04-24T17:10:00-04:00", 4 * HOUR, "2026-04-27T13:30:00-04:00");
  /* Ending exactly at a closing time gives that closing time. */
  assert_add (hours, "2026-04-24T17:10:00-04:00", 3 * HOUR + 30 * MINUTE,
              "2026-04-27T12:00:00-04:00");
  /* At night. */
  assert_add (hours, "2026-04-28T03:00:00-04:00", HOUR, "2026-04-28T09:30:00-04:00");
  /* Zero from outside hours is the next opening. */
  assert_add (hours, "2026-04-24T17:10:00-04:00", 0, "2026-04-27T08:30:00-04:00");
  g_assert_cmpint (qs_business_hours_next_open (hours, at ("2026-04-28T03:00:00-04:00")), ==,
                   at ("2026-04-28T08:30:00-04:00"));
  g_assert_false (qs_business_hours_is_open (hours, at ("2026-04-28T16:30:00-04:00")));
  g_assert_true (qs_business_hours_is_open (hours, at ("2026-04-28T16:29:59-04:00")));
  g_assert_true (qs_business_hours_is_open (hours, at ("2026-04-28T08:30:00-04:00")));
  /* Outside hours, nothing elapses. */
  g_assert_cmpint (qs_business_hours_between (hours, at ("2026-04-24T17:10:00-04:00"),
                                              at ("2026-04-27T08:30:00-04:00")),
                   ==, 0);
  g_assert_cmpint (qs_business_hours_between (hours, at ("2026-04-27T10:00:00-04:00"),
                                              at ("2026-04-27T09:00:00-04:00")),
                   ==, 0);
}

static void
test_lunch_break (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto");

  assert_add (hours, "2026-04-27T11:30:00-04:00", HOUR, "2026-04-27T13:30:00-04:00");
  assert_add (hours, "2026-04-27T12:15:00-04:00", 15 * MINUTE, "2026-04-27T13:15:00-04:00");
  assert_add (hours, "2026-04-27T11:30:00-04:00", 30 * MINUTE, "2026-04-27T12:00:00-04:00");
  g_assert_false (qs_business_hours_is_open (hours, at ("2026-04-27T12:30:00-04:00")));
  g_assert_cmpint (qs_business_hours_between (hours, at ("2026-04-27T08:00:00-04:00"),
                                              at ("2026-04-27T18:00:00-04:00")),
                   ==, 7 * HOUR);
}

static void
test_weekend (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto");

  assert_add (hours, "2026-04-25T10:00:00-04:00", 7 * HOUR, "2026-04-27T16:30:00-04:00");
  assert_add (hours, "2026-04-25T10:00:00-04:00", 7 * HOUR + MINUTE, "2026-04-28T08:31:00-04:00");
  /* Friday 15:00 + 3 h: 1 h 30 on Friday, 1 h 30 on Monday. */
  assert_add (hours, "2026-04-24T15:00:00-04:00", 3 * HOUR, "2026-04-27T10:00:00-04:00");
  /* A full week from Monday opening ends at Friday's closing. */
  assert_add (hours, "2026-04-27T08:30:00-04:00", 35 * HOUR, "2026-05-01T16:30:00-04:00");
  g_assert_cmpint (qs_business_hours_get_day_length (hours), ==, 7 * HOUR);
}

static void
test_holiday_and_half_day (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto");
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) exceptions = NULL;
  QsBusinessHoursException *ex;

  g_assert_true (qs_business_hours_set_day (hours, "2026-05-01", NULL, "Labour Day", &error));
  g_assert_true (
    qs_business_hours_set_day (hours, "2026-12-24", "08:30-12:00", "Christmas Eve", &error));
  g_assert_true (qs_business_hours_set_day (hours, "2026-12-25", "", "Christmas Day", &error));
  /* A holiday on a Saturday changes nothing. */
  g_assert_true (qs_business_hours_set_day (hours, "2026-12-26", "", "Boxing Day", &error));
  g_assert_no_error (error);

  /* Thursday 15:00 + 2 h: 1 h 30 on Thursday, Friday 1 May closed. */
  assert_add (hours, "2026-04-30T15:00:00-04:00", 2 * HOUR, "2026-05-04T09:00:00-04:00");
  g_assert_false (qs_business_hours_is_open (hours, at ("2026-05-01T10:00:00-04:00")));
  /* The half day gives 1 h from 11:00, then Monday 28 December. */
  assert_add (hours, "2026-12-24T11:00:00-05:00", 2 * HOUR, "2026-12-28T09:30:00-05:00");
  g_assert_false (qs_business_hours_is_open (hours, at ("2026-12-24T13:30:00-05:00")));
  /* Two full weeks across the holiday take one more day. */
  assert_add (hours, "2026-04-27T08:30:00-04:00", 70 * HOUR, "2026-05-11T16:30:00-04:00");

  exceptions = qs_business_hours_list_exceptions (hours, at ("2026-04-24T17:10:00-04:00"),
                                                  at ("2026-12-31T12:00:00-05:00"));
  g_assert_cmpuint (exceptions->len, ==, 3);
  ex = &g_array_index (exceptions, QsBusinessHoursException, 0);
  g_assert_cmpint (g_date_get_day (&ex->date), ==, 1);
  g_assert_cmpint (g_date_get_month (&ex->date), ==, 5);
  g_assert_cmpstr (ex->name, ==, "Labour Day");
  g_assert_true (ex->closed);
  ex = &g_array_index (exceptions, QsBusinessHoursException, 1);
  g_assert_cmpint (g_date_get_day (&ex->date), ==, 24);
  g_assert_false (ex->closed);
  g_assert_cmpstr (g_array_index (exceptions, QsBusinessHoursException, 2).name, ==,
                   "Christmas Day");

  /* The same date given again replaces it. */
  g_assert_true (
    qs_business_hours_set_day (hours, "2026-05-01", "08:30-12:00", "Labour Day", &error));
  assert_add (hours, "2026-04-30T15:00:00-04:00", 2 * HOUR, "2026-05-01T09:00:00-04:00");
}

static void
test_calendar_rows (void)
{
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  g_autoptr (QsCalendarDay) day = qs_calendar_day_new ();
  g_autoptr (GPtrArray) days = g_ptr_array_new ();
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GError) error = NULL;

  g_object_set (calendar, "ref", "default", "name", "Siège", "timezone", "Europe/Paris",
                "weekly-hours", OFFICE, NULL);
  qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_DAY, "2026-05-01");
  qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME, "Fête du Travail");
  g_ptr_array_add (days, day);

  hours = qs_business_hours_new_for_calendar (calendar, days, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_time_zone_get_identifier (qs_business_hours_get_timezone (hours)), ==,
                   "Europe/Paris");
  assert_add (hours, "2026-04-30T15:00:00+02:00", 2 * HOUR, "2026-05-04T09:00:00+02:00");
}

static void
test_dst_spring_forward (void)
{
  g_autoptr (QsBusinessHours) toronto = office ("America/Toronto");
  g_autoptr (QsBusinessHours) paris = office ("Europe/Paris");

  /* Toronto springs forward on Sunday 8 March 2026. */
  assert_add (toronto, "2026-03-06T16:00:00-05:00", HOUR, "2026-03-09T09:00:00-04:00");
  assert_add (toronto, "2026-03-06T08:30:00-05:00", 35 * HOUR, "2026-03-12T16:30:00-04:00");
  assert_add (toronto, "2026-03-02T08:30:00-05:00", 70 * HOUR + HOUR, "2026-03-16T09:30:00-04:00");
  g_assert_cmpint (qs_business_hours_between (toronto, at ("2026-03-06T08:30:00-05:00"),
                                              at ("2026-03-13T08:30:00-04:00")),
                   ==, 35 * HOUR);
  /* Paris on Sunday 29 March 2026. */
  assert_add (paris, "2026-03-27T16:00:00+01:00", HOUR, "2026-03-30T09:00:00+02:00");
  assert_add (paris, "2026-03-23T08:30:00+01:00", 14 * HOUR, "2026-03-24T16:30:00+01:00");
  assert_add (paris, "2026-03-16T08:30:00+01:00", 105 * HOUR, "2026-04-03T16:30:00+02:00");
}

static void
test_dst_fall_back (void)
{
  g_autoptr (QsBusinessHours) toronto = office ("America/Toronto");
  g_autoptr (QsBusinessHours) paris = office ("Europe/Paris");

  /* Toronto falls back on Sunday 1 November 2026. */
  assert_add (toronto, "2026-10-30T16:00:00-04:00", HOUR, "2026-11-02T09:00:00-05:00");
  assert_add (toronto, "2026-10-19T08:30:00-04:00", 105 * HOUR, "2026-11-06T16:30:00-05:00");
  g_assert_cmpint (qs_business_hours_between (toronto, at ("2026-10-30T12:00:00-04:00"),
                                              at ("2026-11-02T12:00:00-05:00")),
                   ==, 7 * HOUR);
  /* Paris on Sunday 25 October 2026. */
  assert_add (paris, "2026-10-23T16:00:00+02:00", HOUR, "2026-10-26T09:00:00+01:00");
  assert_add (paris, "2026-10-12T08:30:00+02:00", 70 * HOUR + 30 * MINUTE,
              "2026-10-26T09:00:00+01:00");
}

/* A range that starts or ends at the hour the clocks go back: in Toronto
 * 01:00–02:00 is lived twice (EDT, then EST from 06:00 UTC) and 02:00
 * itself once, in EST; in Paris 02:00–03:00 is lived twice (CEST, then CET
 * from 01:00 UTC) and 03:00 once, in CET. An ambiguous time is its first
 * occurrence. */
static void
test_dst_fall_back_opening (void)
{
  g_autoptr (QsBusinessHours) toronto = weekly ("America/Toronto", "sun=02:00-05:00");
  g_autoptr (QsBusinessHours) toronto_night = weekly ("America/Toronto", "sun=01:00-02:00");
  g_autoptr (QsBusinessHours) paris = weekly ("Europe/Paris", "sun=03:00-06:00");
  g_autoptr (QsBusinessHours) paris_ambiguous = weekly ("Europe/Paris", "sun=02:00-05:00");

  /* Sunday 7 November 2027: 02:00 EST (07:00 UTC) to 05:00 EST (10:00 UTC)
   * is 3 h, not 4 from 06:00 UTC. */
  g_assert_cmpint (qs_business_hours_between (toronto, at ("2027-11-07T00:00:00-04:00"),
                                              at ("2027-11-08T00:00:00-05:00")),
                   ==, 3 * HOUR);
  g_assert_cmpint (qs_business_hours_next_open (toronto, at ("2027-11-07T00:00:00-04:00")), ==,
                   at ("2027-11-07T02:00:00-05:00"));
  /* 01:30 EST (06:30 UTC) is before the opening. */
  g_assert_false (qs_business_hours_is_open (toronto, at ("2027-11-07T01:30:00-05:00")));
  g_assert_true (qs_business_hours_is_open (toronto, at ("2027-11-07T02:00:00-05:00")));
  assert_add (toronto, "2027-11-06T12:00:00-04:00", HOUR, "2027-11-07T03:00:00-05:00");
  assert_add (toronto, "2027-11-06T12:00:00-04:00", 3 * HOUR, "2027-11-07T05:00:00-05:00");
  /* Then 3 h again the next Sunday, 14 November. */
  assert_add (toronto, "2027-11-06T12:00:00-04:00", 4 * HOUR, "2027-11-14T03:00:00-05:00");

  /* A closing at 02:00: 01:00 EDT (05:00 UTC) to 02:00 EST (07:00 UTC). */
  g_assert_cmpint (qs_business_hours_between (toronto_night, at ("2027-11-07T00:00:00-04:00"),
                                              at ("2027-11-08T00:00:00-05:00")),
                   ==, 2 * HOUR);
  assert_add (toronto_night, "2027-11-06T12:00:00-04:00", 2 * HOUR, "2027-11-07T02:00:00-05:00");

  /* Sunday 31 October 2027: 03:00 CET (02:00 UTC) to 06:00 CET (05:00 UTC). */
  g_assert_cmpint (qs_business_hours_between (paris, at ("2027-10-31T00:00:00+02:00"),
                                              at ("2027-11-01T00:00:00+01:00")),
                   ==, 3 * HOUR);
  g_assert_cmpint (qs_business_hours_next_open (paris, at ("2027-10-31T00:00:00+02:00")), ==,
                   at ("2027-10-31T03:00:00+01:00"));
  /* 02:30 CET (01:30 UTC) is before it. */
  g_assert_false (qs_business_hours_is_open (paris, at ("2027-10-31T02:30:00+01:00")));
  assert_add (paris, "2027-10-30T12:00:00+02:00", 3 * HOUR, "2027-10-31T06:00:00+01:00");

  /* In Paris 02:00 is ambiguous: 02:00 CEST (00:00 UTC) to 05:00 CET
   * (04:00 UTC) is 4 h. */
  g_assert_cmpint (qs_business_hours_between (paris_ambiguous, at ("2027-10-31T00:00:00+02:00"),
                                              at ("2027-11-01T00:00:00+01:00")),
                   ==, 4 * HOUR);
  g_assert_cmpint (qs_business_hours_next_open (paris_ambiguous, at ("2027-10-31T00:00:00+02:00")),
                   ==, at ("2027-10-31T02:00:00+02:00"));
  assert_add (paris_ambiguous, "2027-10-30T12:00:00+02:00", 4 * HOUR, "2027-10-31T05:00:00+01:00");
}

/* A range that starts or ends in the hour the clocks skip: Toronto goes
 * from 01:59:59 EST to 03:00 EDT at 07:00 UTC, Paris from 01:59:59 CET to
 * 03:00 CEST at 01:00 UTC. A time in the gap is the end of the gap. */
static void
test_dst_spring_forward_opening (void)
{
  g_autoptr (QsBusinessHours) toronto = weekly ("America/Toronto", "sun=02:00-05:00");
  g_autoptr (QsBusinessHours) toronto_night = weekly ("America/Toronto", "sun=00:30-02:30");
  g_autoptr (QsBusinessHours) paris = weekly ("Europe/Paris", "sun=02:30-05:00");

  /* Sunday 14 March 2027: 03:00 EDT (07:00 UTC) to 05:00 EDT (09:00 UTC). */
  g_assert_cmpint (qs_business_hours_between (toronto, at ("2027-03-14T00:00:00-05:00"),
                                              at ("2027-03-15T00:00:00-04:00")),
                   ==, 2 * HOUR);
  g_assert_cmpint (qs_business_hours_next_open (toronto, at ("2027-03-14T00:00:00-05:00")), ==,
                   at ("2027-03-14T03:00:00-04:00"));
  g_assert_false (qs_business_hours_is_open (toronto, at ("2027-03-14T01:59:59-05:00")));
  g_assert_true (qs_business_hours_is_open (toronto, at ("2027-03-14T03:00:00-04:00")));
  assert_add (toronto, "2027-03-13T12:00:00-05:00", 2 * HOUR, "2027-03-14T05:00:00-04:00");
  /* The next Sunday has its 3 h. */
  assert_add (toronto, "2027-03-13T12:00:00-05:00", 3 * HOUR, "2027-03-21T03:00:00-04:00");

  /* A closing in the gap: 00:30 EST (05:30 UTC) to 03:00 EDT (07:00 UTC). */
  g_assert_cmpint (qs_business_hours_between (toronto_night, at ("2027-03-14T00:00:00-05:00"),
                                              at ("2027-03-15T00:00:00-04:00")),
                   ==, 90 * MINUTE);
  assert_add (toronto_night, "2027-03-13T12:00:00-05:00", 90 * MINUTE, "2027-03-14T03:00:00-04:00");

  /* Sunday 28 March 2027: 03:00 CEST (01:00 UTC) to 05:00 CEST (03:00 UTC). */
  g_assert_cmpint (qs_business_hours_between (paris, at ("2027-03-28T00:00:00+01:00"),
                                              at ("2027-03-29T00:00:00+02:00")),
                   ==, 2 * HOUR);
  g_assert_cmpint (qs_business_hours_next_open (paris, at ("2027-03-28T00:00:00+01:00")), ==,
                   at ("2027-03-28T03:00:00+02:00"));
  assert_add (paris, "2027-03-27T12:00:00+01:00", 2 * HOUR, "2027-03-28T05:00:00+02:00");
}

static void
test_always_open_across_dst (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBusinessHours) hours = qs_business_hours_new ("America/Toronto", ALWAYS, &error);

  g_assert_no_error (error);
  g_assert_cmpint (qs_business_hours_get_day_length (hours), ==, 24 * HOUR);
  /* Sunday 8 March 2026 has 23 hours, Sunday 1 November 25. */
  g_assert_cmpint (qs_business_hours_between (hours, at ("2026-03-08T00:00:00-05:00"),
                                              at ("2026-03-09T00:00:00-04:00")),
                   ==, 23 * HOUR);
  g_assert_cmpint (qs_business_hours_between (hours, at ("2026-11-01T00:00:00-04:00"),
                                              at ("2026-11-02T00:00:00-05:00")),
                   ==, 25 * HOUR);
  /* Open all the time: business time is elapsed time. */
  assert_add (hours, "2026-03-08T00:00:00-05:00", 24 * HOUR, "2026-03-09T01:00:00-04:00");
  assert_add (hours, "2026-10-31T12:00:00-04:00", 48 * HOUR, "2026-11-02T11:00:00-05:00");
  assert_add (hours, "2026-01-01T00:00:00-05:00", 365 * 24 * HOUR, "2027-01-01T00:00:00-05:00");
  assert_add (hours, "2026-03-08T01:59:00-05:00", 2 * MINUTE, "2026-03-08T03:01:00-04:00");
}

static void
test_range_across_dst (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBusinessHours) night =
    qs_business_hours_new ("America/Toronto", "sun=01:00-04:00", &error);
  g_autoptr (QsBusinessHours) gap =
    qs_business_hours_new ("America/Toronto", "sun=02:30-05:00", &error);

  g_assert_no_error (error);
  /* 01:00 EST to 04:00 EDT is 2 real hours; 01:00 EDT to 04:00 EST is 4. */
  g_assert_cmpint (qs_business_hours_between (night, at ("2026-03-08T00:00:00-05:00"),
                                              at ("2026-03-09T00:00:00-04:00")),
                   ==, 2 * HOUR);
  g_assert_cmpint (qs_business_hours_between (night, at ("2026-11-01T00:00:00-04:00"),
                                              at ("2026-11-02T00:00:00-05:00")),
                   ==, 4 * HOUR);
  g_assert_cmpint (qs_business_hours_between (night, at ("2026-03-15T00:00:00-04:00"),
                                              at ("2026-03-16T00:00:00-04:00")),
                   ==, 3 * HOUR);
  assert_add (night, "2026-10-31T12:00:00-04:00", 3 * HOUR, "2026-11-01T03:00:00-05:00");
  /* 02:30 does not exist on 8 March: the day opens at 03:00 EDT. */
  g_assert_cmpint (qs_business_hours_next_open (gap, at ("2026-03-08T00:00:00-05:00")), ==,
                   at ("2026-03-08T03:00:00-04:00"));
  g_assert_cmpint (qs_business_hours_between (gap, at ("2026-03-08T00:00:00-05:00"),
                                              at ("2026-03-09T00:00:00-04:00")),
                   ==, 2 * HOUR);
}

static void
test_years (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto");
  g_autoptr (QsBusinessHours) paris = office ("Europe/Paris");
  g_autoptr (GError) error = NULL;

  /* 2000 h = 57 weeks (1995 h) + 5 h: Monday 8 February 2027, 14:30. */
  assert_add (hours, "2026-01-05T08:30:00-05:00", 2000 * HOUR, "2027-02-08T14:30:00-05:00");
  /* 520 weeks of 35 h end on the Friday before Monday 24 December 2035. */
  assert_add (hours, "2026-01-05T08:30:00-05:00", 520 * 35 * HOUR, "2035-12-21T16:30:00-05:00");
  assert_add (hours, "2026-01-05T08:30:00-05:00", 520 * 35 * HOUR + HOUR,
              "2035-12-24T09:30:00-05:00");
  assert_add (paris, "2026-01-05T08:30:00+01:00", 520 * 35 * HOUR + HOUR,
              "2035-12-24T09:30:00+01:00");

  /* A century, on the other side of the table's reach: 5200 weeks from
   * Monday 5 January 2026 is Monday 3 September 2125 (36 400 days). */
  assert_add (hours, "2026-01-05T08:30:00-05:00", 5200 * 35 * HOUR + HOUR,
              "2125-09-03T09:30:00-04:00");
  /* Counting starts in 1900 at the earliest: Monday 1 January 1900. */
  g_assert_cmpint (qs_business_hours_add (hours, G_MININT64 / 2, HOUR), ==,
                   at ("1900-01-01T09:30:00-05:00"));
  g_assert_cmpint (qs_business_hours_add (hours, G_MAXINT64 / 2, HOUR), ==, G_MAXINT64);
  /* The clock stops at 2500: a due date beyond is never. */
  g_assert_cmpint (
    qs_business_hours_add (hours, at ("2026-01-05T08:30:00-05:00"), 500 * 52 * 35 * HOUR), ==,
    G_MAXINT64);

  /* A holiday in year 7 takes one day more. */
  g_assert_true (qs_business_hours_set_day (hours, "2032-07-01", NULL, "Canada Day", &error));
  g_assert_no_error (error);
  assert_add (hours, "2026-01-05T08:30:00-05:00", 520 * 35 * HOUR, "2035-12-24T16:30:00-05:00");
}

static void
test_parse_errors (void)
{
  static const struct
  {
    const char *zone, *weekly, *message;
  } cases[] = {
    { "America/Toronto", "mon=08:30-25:00", "“mon=08:30-25:00”: 25:00 is not a time of day." },
    { "America/Toronto", "mon=08:30-12:60", "“mon=08:30-12:60”: 12:60 is not a time of day." },
    { "America/Toronto", "mon=24:00-24:00", "“mon=24:00-24:00”: 24:00 is not a time of day." },
    { "America/Toronto", "lun=08:30-12:00",
      "“lun=08:30-12:00”: lun is not a day; write mon, tue, wed, thu, fri, sat or sun." },
    { "America/Toronto", "mon 08:30-12:00",
      "“mon 08:30-12:00”: write the hours of a day as mon=08:30-12:00,13:00-16:30." },
    { "America/Toronto", "mon=12:00-08:30",
      "“mon=12:00-08:30”: the range 12:00-08:30 must end after it starts." },
    { "America/Toronto", "mon=13:00-16:30,08:30-12:00",
      "“mon=13:00-16:30,08:30-12:00”: write the ranges in the order of the day, without overlap." },
    { "America/Toronto", "mon=08:30-12:00;mon=13:00-16:00",
      "“mon=13:00-16:00”: the hours of mon are given twice." },
    { "America/Toronto", "mon=0830-1200", "“mon=0830-1200”: 0830 is not a time of day." },
    { "America/Toronto", "mon=08:30", "“mon=08:30”: write a range of hours as 08:30-12:00." },
    { "Mars/Olympus", OFFICE,
      "“Mars/Olympus” is not a time zone; write one such as America/Toronto or Europe/Paris." },
    { "", OFFICE, "“” is not a time zone; write one such as America/Toronto or Europe/Paris." },
  };
  g_autoptr (QsBusinessHours) hours = office ("Europe/Paris");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_null (qs_business_hours_new (cases[i].zone, cases[i].weekly, &error));
      g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  {
    g_autoptr (GError) error = NULL;

    g_assert_false (qs_business_hours_set_day (hours, "2026-02-30", NULL, NULL, &error));
    g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "“2026-02-30” is not a date; write it as 2026-05-01.");
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (
      qs_business_hours_set_day (hours, "2026-12-24", "08:30-12:00,11:00-12:30", NULL, &error));
    g_assert_cmpstr (error->message, ==,
                     "“2026-12-24=08:30-12:00,11:00-12:30”: write the ranges in the order of the "
                     "day, without overlap.");
  }

  /* Spaces, empty items and a closed day are accepted. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (QsBusinessHours) spaced =
      qs_business_hours_new ("UTC", " mon = 08:00-12:00 , 13:00-17:00 ; sat=;", &error);

    g_assert_no_error (error);
    g_assert_cmpint (qs_business_hours_get_day_length (spaced), ==, 8 * HOUR);
  }
}

static void
test_never_open (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBusinessHours) hours = qs_business_hours_new ("UTC", "", &error);

  g_assert_no_error (error);
  g_assert_cmpint (qs_business_hours_get_day_length (hours), ==, 0);
  g_assert_cmpint (qs_business_hours_add (hours, at ("2026-04-24T17:10:00Z"), HOUR), ==,
                   G_MAXINT64);
  g_assert_cmpint (qs_business_hours_next_open (hours, at ("2026-04-24T17:10:00Z")), ==,
                   G_MAXINT64);
  /* A single open date in a closed calendar. */
  g_assert_true (
    qs_business_hours_set_day (hours, "2026-05-02", "10:00-12:00", "Open day", &error));
  assert_add (hours, "2026-04-24T17:10:00Z", HOUR, "2026-05-02T11:00:00+00:00");
  g_assert_cmpint (qs_business_hours_add (hours, at ("2026-04-24T17:10:00Z"), 3 * HOUR), ==,
                   G_MAXINT64);
}

/* A plain reference: open time summed date by date with GDateTime, for
 * calendars whose ranges never meet a DST gap. */
static gint64
reference_between (QsBusinessHours *hours, const char **exceptions, gint64 from, gint64 to)
{
  GTimeZone *zone = qs_business_hours_get_timezone (hours);
  g_autoptr (GDateTime) start = from_usec (from - 24 * HOUR);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (start, zone);
  gint64 total = 0;

  for (int i = 0; i < 4000; i++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (local, i);
      int y = g_date_time_get_year (day), m = g_date_time_get_month (day),
          d = g_date_time_get_day_of_month (day);
      int              weekday = g_date_time_get_day_of_week (day);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      gboolean         holiday = FALSE;
      static const int ranges[][4] = { { 8, 30, 12, 0 }, { 13, 0, 16, 30 } };

      for (guint e = 0; exceptions[e] != NULL; e++)
        holiday |= g_str_equal (exceptions[e], date);
      if (weekday >= 6 || holiday)
        continue;
      for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
        {
          g_autoptr (GDateTime) a = g_date_time_new (zone, y, m, d, ranges[r][0], ranges[r][1], 0);
          g_autoptr (GDateTime) b = g_date_time_new (zone, y, m, d, ranges[r][2], ranges[r][3], 0);
          gint64 lo = MAX (to_usec (a), from), hi = MIN (to_usec (b), to);

          if (hi > lo)
            total += hi - lo;
        }
      if (to_usec (day) > to)
        break;
    }
  return total;
}

static void
check_properties (
  QsBusinessHours *hours, GRand *rand, const char **exceptions, guint n, gint64 longest)
{
  for (guint i = 0; i < n; i++)
    {
      /* Instants from 2020 to 2032, to the microsecond. */
      gint64 from =
        at ("2020-01-01T00:00:00Z") + (gint64) (g_rand_double (rand) * 12 * 365.25 * 24 * HOUR);
      gint64 d1 = (gint64) (g_rand_double (rand) * longest);
      gint64 d2 = (gint64) (g_rand_double (rand) * longest);
      gint64 due1, due2;

      /* Round durations too: ends on closing times are the hard ones. */
      if (i % 3 == 0)
        d1 -= d1 % (30 * MINUTE);
      due1 = qs_business_hours_add (hours, from, d1);
      due2 = qs_business_hours_add (hours, from, d2);
      g_assert_cmpint (qs_business_hours_between (hours, from, due1), ==, d1);
      g_assert_cmpint (qs_business_hours_between (hours, from, due2), ==, d2);
      g_assert_true ((d1 <= d2) == (due1 <= due2) || due1 == due2);
      g_assert_cmpint (due1, >=, from);
      /* And it is the earliest such instant. */
      if (d1 > 0)
        g_assert_cmpint (qs_business_hours_between (hours, from, due1 - 1), ==, d1 - 1);
      if (exceptions != NULL && i % 10 == 0 && d1 < 500 * HOUR)
        {
          gint64 to = from + (gint64) (g_rand_double (rand) * 60 * 24 * HOUR);

          g_assert_cmpint (qs_business_hours_between (hours, from, due1), ==,
                           reference_between (hours, exceptions, from, due1));
          g_assert_cmpint (qs_business_hours_between (hours, from, to), ==,
                           reference_between (hours, exceptions, from, to));
        }
    }
}

/* The draws of the property test come from one seed, which the log shows:
 * QUALSERV_TEST_SEED=<seed> replays them. Unset, the seed is drawn from
 * GTest's, so --seed=R02S… (the "random seed" atop the log) replays them
 * too. */
static GRand *
property_rand (void)
{
  const char *env = g_getenv ("QUALSERV_TEST_SEED");
  guint64     seed;

  if (env != NULL && *env != '\0')
    {
      g_autoptr (GError) error = NULL;

      g_ascii_string_to_unsigned (env, 10, 0, G_MAXUINT32, &seed, &error);
      g_assert_no_error (error);
    }
  else
    {
      seed = (guint32) g_test_rand_int ();
    }
  g_test_message ("seed %" G_GUINT64_FORMAT "; replay with "
                  "QUALSERV_TEST_SEED=%" G_GUINT64_FORMAT " %s -p %s",
                  seed, seed, g_get_prgname (), g_test_get_path ());
  return g_rand_new_with_seed ((guint32) seed);
}

static void
test_property_add_then_measure (void)
{
  static const char *holidays[] = { "2020-05-01", "2021-12-24", "2022-07-01", "2023-12-25",
                                    "2024-05-20", "2025-11-11", "2026-05-01", "2027-03-12",
                                    "2028-10-30", "2029-01-01", NULL };
  g_autoptr (QsBusinessHours) toronto = office ("America/Toronto");
  g_autoptr (QsBusinessHours) paris = office ("Europe/Paris");
  g_autoptr (QsBusinessHours) always = qs_business_hours_new ("America/Toronto", ALWAYS, NULL);
  g_autoptr (QsBusinessHours) half = office ("Europe/Paris");
  g_autoptr (GRand) rand = property_rand ();

  for (guint i = 0; holidays[i] != NULL; i++)
    {
      g_assert_true (qs_business_hours_set_day (toronto, holidays[i], NULL, NULL, NULL));
      g_assert_true (qs_business_hours_set_day (paris, holidays[i], NULL, NULL, NULL));
      g_assert_true (qs_business_hours_set_day (
        half, holidays[i], i % 2 ? "09:00-11:00" : "14:00-15:00,15:30-16:00", NULL, NULL));
    }

  check_properties (toronto, rand, holidays, 2000, 80 * HOUR);
  check_properties (paris, rand, holidays, 2000, 80 * HOUR);
  check_properties (toronto, rand, NULL, 500, 5 * 35 * 52 * HOUR);
  check_properties (always, rand, NULL, 1000, 400 * HOUR);
  check_properties (half, rand, NULL, 1000, 200 * HOUR);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/business-hours/outside-hours", test_outside_hours);
  g_test_add_func ("/business-hours/lunch-break", test_lunch_break);
  g_test_add_func ("/business-hours/weekend", test_weekend);
  g_test_add_func ("/business-hours/holiday-and-half-day", test_holiday_and_half_day);
  g_test_add_func ("/business-hours/calendar-rows", test_calendar_rows);
  g_test_add_func ("/business-hours/dst-spring-forward", test_dst_spring_forward);
  g_test_add_func ("/business-hours/dst-fall-back", test_dst_fall_back);
  g_test_add_func ("/business-hours/dst-fall-back-opening", test_dst_fall_back_opening);
  g_test_add_func ("/business-hours/dst-spring-forward-opening", test_dst_spring_forward_opening);
  g_test_add_func ("/business-hours/always-open-across-dst", test_always_open_across_dst);
  g_test_add_func ("/business-hours/range-across-dst", test_range_across_dst);
  g_test_add_func ("/business-hours/years", test_years);
  g_test_add_func ("/business-hours/parse-errors", test_parse_errors);
  g_test_add_func ("/business-hours/never-open", test_never_open);
  g_test_add_func ("/business-hours/property-add-then-measure", test_property_add_then_measure);

  return g_test_run ();
}
