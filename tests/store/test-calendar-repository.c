/* test-calendar-repository.c — saving calendars and their days: checks, merges, copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture's calendar (requests-fixture.h): America/Toronto, 08:30–12:00
 * and 13:00–16:30 on weekdays, closed on Friday 1 May 2026.
 */
#include "qs-calendar-repository.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

typedef QsRequestsFixture Fixture;

static QsCalendar *
load_calendar (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  QsCalendar *calendar = qs_calendar_repository_find (fixture->store, "CAL-RH", &error);

  g_assert_no_error (error);
  return calendar;
}

static QsCalendarDay *
new_day (const char *date, const char *hours, const char *name)
{
  QsCalendarDay *day = qs_calendar_day_new ();

  qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_DAY, date);
  qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_HOURS, hours);
  qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME, name);
  return day;
}

static GPtrArray *
days (Fixture *fixture, int year)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *found =
    qs_calendar_repository_get_days (fixture->store, fixture->calendar_id, year, &error);

  g_assert_no_error (error);
  return found;
}

static const char *
day_field (GPtrArray *list, guint i, guint field)
{
  return qs_entity_get_string (g_ptr_array_index (list, i), field);
}

/* A request received Monday 27 April 09:00, by phone: resolution due
 * after 5 business days, Tuesday 5 May 09:00 (Friday 1 May closed). */
static QsRequest *
create (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  QsNewRequest input = {
    .client_id = fixture->client_fr_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_PHONE,
    .kind = QS_REQUEST_KIND_COMPLAINT,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "Pay slip missing",
    .received_at = qs_test_instant ("2026-04-27T09:00:00-04:00"),
  };
  QsRequest *request = qs_request_desk_create (
    fixture->desk, &input, "Reception", qs_test_instant ("2026-04-27T09:00:00-04:00"), &error);

  g_assert_no_error (error);
  return request;
}

/* The deadlines already promised stay; new requests count on the new hours. */
static void
test_change_keeps_due_dates (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) before = create (fixture);
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (QsRequest) after = NULL;
  g_autoptr (QsCalendar) calendar = load_calendar (fixture);
  g_autoptr (GPtrArray) holidays = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  gint64 due = qs_entity_get_int (QS_ENTITY (before), QS_REQUEST_FIELD_RESOLUTION_DUE_AT);

  g_assert_cmpint (due, ==, qs_test_instant ("2026-05-05T09:00:00-04:00"));

  /* Mondays close at noon from now on, and 4 May becomes a holiday. */
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS,
                        "mon=08:30-12:00;tue=08:30-12:00,13:00-16:30;wed=08:30-12:00,13:00-16:30;"
                        "thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30");
  g_assert_true (qs_calendar_repository_save_calendar (fixture->store, calendar, &error));
  g_assert_no_error (error);
  g_ptr_array_add (holidays, new_day ("2026-05-04", "", "Closed for moving"));
  g_assert_true (qs_calendar_repository_merge_days (fixture->store, fixture->calendar_id, holidays,
                                                    NULL, NULL, &error));
  g_assert_no_error (error);

  stored = qs_requests_fixture_reload (fixture, before);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (stored), QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   due);

  /* The same request today, 35 business hours: Mon 3 h (09:00–12:00),
   * Tue–Thu 21 h, Fri 1 May and Mon 4 May closed, 7 h on Tue 5 May, then
   * 3 h 30 of the morning and 30 min of the afternoon on Wed 6 May. */
  after = create (fixture);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (after), QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-05-06T13:30:00-04:00"));
}

static void
test_save_calendar_checks (Fixture *fixture, gconstpointer data)
{
  static const char *const bad[][3] = {
    { "Europe/Nowhere", "mon=08:30-12:00", "*is not a time zone*" },
    { "Europe/Paris", "mon=8h30-12h", "*is not a time of day*" },
    { "Europe/Paris", "lun=08:30-12:00", "*is not a day*" },
  };
  g_autoptr (QsCalendar) other = qs_calendar_new ();
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (QsCalendar) calendar = load_calendar (fixture);
      g_autoptr (QsCalendar) stored = NULL;
      g_autoptr (GError) save_error = NULL;

      qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_TIMEZONE, bad[i][0]);
      qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS, bad[i][1]);
      g_assert_false (qs_calendar_repository_save_calendar (fixture->store, calendar, &save_error));
      g_assert_error (save_error, QS_ERROR, QS_ERROR_INVALID);
      g_assert_true (g_pattern_match_simple (bad[i][2], save_error->message));
      stored = load_calendar (fixture);
      g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_CALENDAR_FIELD_TIMEZONE), ==,
                       "America/Toronto");
    }

  g_object_set (other, "ref", "CAL-RH", "name", "Copy", "timezone", "Europe/Paris", "weekly-hours",
                "mon=08:30-12:00", NULL);
  g_assert_false (qs_calendar_repository_save_calendar (fixture->store, other, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_true (g_pattern_match_simple ("*already has the reference “CAL-RH”*", error->message));
}

static void
test_save_day_checks (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCalendarDay) twice = new_day ("2026-05-01", "", "Twice");
  g_autoptr (QsCalendarDay) bad_hours = new_day ("2026-12-24", "8h-12h", "Christmas Eve");
  g_autoptr (QsCalendarDay) bad_date = new_day ("24/12/2026", "", "Christmas Eve");
  g_autoptr (QsCalendarDay) good = new_day ("2026-12-24", "08:30-12:00", "Christmas Eve");
  g_autoptr (GPtrArray) stored = NULL;
  GError *error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      QsCalendarDay *day = i == 0 ? twice : i == 1 ? bad_hours : bad_date;

      qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_CALENDAR_ID,
                            fixture->calendar_id);
      g_assert_false (qs_calendar_repository_save_day (fixture->store, day, &error));
      g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
      g_clear_error (&error);
    }
  qs_entity_set_string (QS_ENTITY (good), QS_CALENDAR_DAY_FIELD_CALENDAR_ID, fixture->calendar_id);
  g_assert_true (qs_calendar_repository_save_day (fixture->store, good, &error));
  g_assert_no_error (error);

  stored = days (fixture, 2026);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpstr (day_field (stored, 0, QS_CALENDAR_DAY_FIELD_NAME), ==, "Labour Day");
  g_assert_cmpstr (day_field (stored, 1, QS_CALENDAR_DAY_FIELD_HOURS), ==, "08:30-12:00");
}

static void
test_merge (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) broken = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (GError) error = NULL;
  QsCalendarDay *renamed;
  guint          added = 99, changed = 99;

  /* Labour Day gets its French name; Christmas is new. */
  renamed = new_day ("2026-05-01", "", NULL);
  qs_entity_set_string (QS_ENTITY (renamed), QS_CALENDAR_DAY_FIELD_NAME_FR, "Fête du Travail");
  g_ptr_array_add (first, renamed);
  g_ptr_array_add (first, new_day ("2026-12-25", "", "Christmas Day"));
  g_assert_true (qs_calendar_repository_merge_days (fixture->store, fixture->calendar_id, first,
                                                    &added, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  stored = days (fixture, 0);
  g_assert_cmpuint (stored->len, ==, 2);
  /* The name the merge does not give stays. */
  g_assert_cmpstr (day_field (stored, 0, QS_CALENDAR_DAY_FIELD_NAME), ==, "Labour Day");
  g_assert_cmpstr (day_field (stored, 0, QS_CALENDAR_DAY_FIELD_NAME_FR), ==, "Fête du Travail");
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* One bad day among good ones: nothing is written. */
  g_ptr_array_add (broken, new_day ("2027-01-01", "", "New Year's Day"));
  g_ptr_array_add (broken, new_day ("2027-12-24", "noon", "Christmas Eve"));
  g_assert_false (qs_calendar_repository_merge_days (fixture->store, fixture->calendar_id, broken,
                                                     NULL, NULL, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  stored = days (fixture, 0);
  g_assert_cmpuint (stored->len, ==, 2);
}

static void
test_copy_year (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) year = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) next = NULL;
  g_autoptr (GError) error = NULL;
  guint copied = 0;

  g_ptr_array_add (year, new_day ("2028-02-29", "", "Leap day off"));
  g_ptr_array_add (year, new_day ("2028-12-24", "08:30-12:00", "Christmas Eve"));
  g_ptr_array_add (year, new_day ("2028-12-25", "", "Christmas Day"));
  g_ptr_array_add (year, new_day ("2029-12-25", "", "Christmas Day, already there"));
  g_assert_true (qs_calendar_repository_merge_days (fixture->store, fixture->calendar_id, year,
                                                    NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (
    qs_calendar_repository_copy_year (fixture->store, fixture->calendar_id, 2028, &copied, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copied, ==, 1);
  next = days (fixture, 2029);
  g_assert_cmpuint (next->len, ==, 2);
  g_assert_cmpstr (day_field (next, 0, QS_CALENDAR_DAY_FIELD_DAY), ==, "2029-12-24");
  g_assert_cmpstr (day_field (next, 0, QS_CALENDAR_DAY_FIELD_HOURS), ==, "08:30-12:00");
  g_assert_cmpstr (day_field (next, 1, QS_CALENDAR_DAY_FIELD_NAME), ==,
                   "Christmas Day, already there");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add (path, Fixture, NULL, qs_requests_fixture_set_up, func, qs_requests_fixture_tear_down)

  ADD ("/calendar-repository/change-keeps-due-dates", test_change_keeps_due_dates);
  ADD ("/calendar-repository/save-calendar-checks", test_save_calendar_checks);
  ADD ("/calendar-repository/save-day-checks", test_save_day_checks);
  ADD ("/calendar-repository/merge", test_merge);
  ADD ("/calendar-repository/copy-year", test_copy_year);

  return g_test_run ();
}
