/* test-holiday-import.c — public holidays from iCalendar files, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files under files/holidays are written as their publishers write
 * them: one dated event per holiday and year (a public-service calendar),
 * yearly rules (a federal calendar), times in zones that only the file
 * describes (Outlook), and broken ones. "now" is 18 November 2026: rules
 * are expanded from 2025 to 2030. Both calendars are open Monday to
 * Friday 08:30–12:00 and 13:00–16:30.
 */
#include <string.h>

#include "qs-calendar-day.h"
#include "qs-calendar-repository.h"
#include "qs-cli.h"
#include "qs-error.h"
#include "qs-holiday-import.h"

#include "qs-cli-test-util.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

typedef struct
{
  char    *dir;
  char    *db_path;
  QsStore *store;
  char    *ottawa_id;
  char    *paris_id;
} Fixture;

static char *
add_calendar (QsStore *store, const char *ref, const char *zone)
{
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  g_autoptr (GError) error = NULL;

  g_object_set (calendar, "ref", ref, "name", ref, "timezone", zone, "weekly-hours",
                QS_TEST_OFFICE_HOURS, NULL);
  g_assert_true (qs_calendar_repository_save_calendar (store, calendar, &error));
  g_assert_no_error (error);
  return g_strdup (qs_entity_get_id (QS_ENTITY (calendar)));
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = qs_test_make_tmp_dir ("test-holiday-import-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "holidays.db", NULL);
  fixture->store = qs_test_open_store (fixture->db_path);
  fixture->ottawa_id = add_calendar (fixture->store, "ottawa", "America/Toronto");
  fixture->paris_id = add_calendar (fixture->store, "paris", "Europe/Paris");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->ottawa_id);
  g_free (fixture->paris_id);
}

static GFile *
holiday_file (const char *name)
{
  g_autofree char *path =
    g_test_build_filename (G_TEST_DIST, "io", "files", "holidays", name, NULL);

  return g_file_new_for_path (path);
}

static QsHolidayImportResult
import (Fixture *fixture, const char *calendar, const char *name)
{
  g_autoptr (GFile) file = holiday_file (name);
  g_autoptr (GError) error = NULL;
  QsHolidayImportResult result = { 0 };

  g_assert_true (qs_holiday_import_file (fixture->store, calendar, file, &result, &error));
  g_assert_no_error (error);
  return result;
}

static GPtrArray *
days_of (Fixture *fixture, const char *calendar_id)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *days = qs_calendar_repository_get_days (fixture->store, calendar_id, 0, &error);

  g_assert_no_error (error);
  return days;
}

/* The day stored on @date, or NULL. */
static QsEntity *
day_on (GPtrArray *days, const char *date)
{
  for (guint i = 0; i < days->len; i++)
    if (g_strcmp0 (qs_entity_get_string (g_ptr_array_index (days, i), QS_CALENDAR_DAY_FIELD_DAY),
                   date) == 0)
      return g_ptr_array_index (days, i);
  return NULL;
}

static void
assert_day (GPtrArray *days, const char *date, const char *hours, const char *name)
{
  QsEntity   *day = day_on (days, date);
  const char *stored;

  if (day == NULL)
    g_error ("no day stored on %s", date);
  stored = qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_HOURS);
  g_assert_cmpstr (stored != NULL ? stored : "", ==, hours);
  if (name != NULL)
    g_assert_cmpstr (qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_NAME), ==, name);
}

static void
test_dated_events (Fixture *fixture, gconstpointer data)
{
  QsHolidayImportResult result = import (fixture, "paris", "france-2026-2027.ics");
  g_autoptr (GPtrArray) days = days_of (fixture, fixture->paris_id);

  g_assert_cmpuint (result.added, ==, 9);
  g_assert_cmpuint (days->len, ==, 9);
  assert_day (days, "2026-01-01", "", "Jour de l'an");
  assert_day (days, "2026-04-06", "", "Lundi de Pâques");
  assert_day (days, "2027-03-29", "", "Lundi de Pâques");
  /* DURATION:P2D closes two days; a folded, escaped name reads whole. */
  assert_day (days, "2026-05-14", "",
              "Ascension, et le pont du vendredi accordé par la direction des ressources humaines");
  assert_day (days, "2026-05-15", "", NULL);
  g_assert_null (day_on (days, "2026-05-16"));
  /* DTEND is the day after: exclusive. */
  g_assert_null (day_on (days, "2026-12-26"));
  /* Without a language, the file's name is the name; none is guessed. */
  g_assert_null (qs_entity_get_string (day_on (days, "2026-12-25"), QS_CALENDAR_DAY_FIELD_NAME_FR));
}

static void
test_again_changes_nothing (Fixture *fixture, gconstpointer data)
{
  QsHolidayImportResult result;
  g_autoptr (GPtrArray) days = NULL;

  import (fixture, "paris", "france-2026-2027.ics");
  result = import (fixture, "paris", "france-2026-2027.ics");
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.changed, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 9);
  days = days_of (fixture, fixture->paris_id);
  g_assert_cmpuint (days->len, ==, 9);
}

static void
test_yearly_rules (Fixture *fixture, gconstpointer data)
{
  QsHolidayImportResult result = import (fixture, "ottawa", "canada-yearly.ics");
  g_autoptr (GPtrArray) days = days_of (fixture, fixture->ottawa_id);
  QsEntity                *canada_day;
  static const char *const expected[] = {
    "2025-05-19", "2025-07-01", "2025-09-01", "2026-05-18", "2026-07-01", "2026-09-07",
    "2027-07-01", "2027-09-06", "2028-05-22", "2028-07-01", "2028-09-04", "2029-05-21",
    "2029-07-01", "2029-09-03", "2030-05-20", "2030-07-01", "2030-09-02",
  };

  /* From last year to four years ahead; Victoria Day 2027 excluded
   * (EXDATE); the cancelled event left out. */
  g_assert_cmpuint (result.added, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (days->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (qs_entity_get_string (g_ptr_array_index (days, i), QS_CALENDAR_DAY_FIELD_DAY),
                     ==, expected[i]);
  canada_day = day_on (days, "2026-07-01");
  g_assert_cmpstr (qs_entity_get_string (canada_day, QS_CALENDAR_DAY_FIELD_NAME_EN), ==,
                   "Canada Day");
  g_assert_cmpstr (qs_entity_get_string (canada_day, QS_CALENDAR_DAY_FIELD_NAME_FR), ==,
                   "Fête du Canada");
  g_assert_cmpstr (qs_calendar_day_get_name_in (canada_day, QS_LANGUAGE_FR), ==, "Fête du Canada");
  g_assert_cmpstr (qs_calendar_day_get_name_in (day_on (days, "2026-09-07"), QS_LANGUAGE_FR), ==,
                   "Labour Day");
}

static void
test_time_zones (Fixture *fixture, gconstpointer data)
{
  QsHolidayImportResult result = import (fixture, "paris", "paris-timezone.ics");
  g_autoptr (GPtrArray) days = days_of (fixture, fixture->paris_id);

  g_assert_cmpuint (result.added, ==, 5);
  /* 12:00–17:00 in Europe/Paris closes the afternoon. */
  assert_day (days, "2026-12-24", "08:30-12:00", NULL);
  g_assert_cmpstr (
    qs_entity_get_string (day_on (days, "2026-12-24"), QS_CALENDAR_DAY_FIELD_NAME_FR), ==,
    "Veille de Noël (après-midi)");
  /* Outlook's "Romance Standard Time", described only in the file: UTC+1
   * in winter, UTC+2 in summer. */
  assert_day (days, "2026-12-31", "08:30-12:00,13:00-14:00", NULL);
  assert_day (days, "2026-07-03", "08:30-12:00,13:00-15:00", NULL);
  /* 14:00–16:00 UTC is 16:00–18:00 in Paris in July. */
  assert_day (days, "2026-07-10", "08:30-12:00,13:00-16:00", "Formation du service");
  /* 08:00–10:00 at UTC−5 is 14:00–16:00 in Paris; 14:00–16:00 there is
   * after closing time in Paris: no day. */
  assert_day (days, "2026-12-03", "08:30-12:00,13:00-14:00,16:00-16:30", NULL);
  g_assert_null (day_on (days, "2026-12-04"));
  g_assert_cmpstr (
    qs_entity_get_string (day_on (days, "2026-07-03"), QS_CALENDAR_DAY_FIELD_NAME_EN), ==,
    "Team party");
}

typedef struct
{
  const char *file;
  const char *message;
} BadFile;

static const BadFile bad_files[] = {
  { "bad-date.ics", "bad-date.ics, line 11: “2026-12-26” is not a date such as 20261225*" },
  { "weekly-rule.ics", "weekly-rule.ics, line 7: the repeat rule “FREQ=WEEKLY;BYDAY=MO” is not "
                       "yearly*" },
  { "missing-end.ics", "missing-end.ics, line 8: END:VCALENDAR comes while VEVENT is still open: "
                       "END:VEVENT is missing" },
  { "latin1.ics", "latin1.ics, line 9: the file is not UTF-8 text*" },
  { "directory.ics", "directory.ics, line 1: this is not an iCalendar file*" },
  { "unknown-zone.ics", "unknown-zone.ics, line 4: the time zone “Pacific Standard Time” is "
                        "neither a known one nor described in the file" },
};

/* The first fault is told with its line, and nothing is written, not
 * even the good events before it. */
static void
test_bad_files (Fixture *fixture, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr (GFile) file = holiday_file (bad_files[i].file);
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) days = NULL;

      g_assert_false (qs_holiday_import_file (fixture->store, "paris", file, NULL, &error));
      g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
      if (!g_pattern_match_simple (bad_files[i].message, error->message))
        g_error ("%s: “%s” does not match “%s”", bad_files[i].file, error->message,
                 bad_files[i].message);
      days = days_of (fixture, fixture->paris_id);
      g_assert_cmpuint (days->len, ==, 0);
    }
}

static void
test_unknown_calendar (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) file = holiday_file ("france-2026-2027.ics");
  g_autoptr (GError) error = NULL;

  g_assert_false (qs_holiday_import_file (fixture->store, "lyon", file, NULL, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ottawa, paris"));
}

static void
round_trip (Fixture *fixture)
{
  g_autofree char *ics = g_build_filename (fixture->dir, "paris.ics", NULL);
  g_autofree char *copy_id = add_calendar (fixture->store, "paris-copy", "Europe/Paris");
  const char      *export_argv[] = { "calendars", "export-holidays", "paris", "-o",
                                     ics,         "--lang",          "en",    NULL };
  const char      *import_argv[] = { "calendars", "import-holidays", "paris-copy", ics, NULL };
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) copies = NULL;
  g_autofree char *text = NULL;

  qs_test_use_english_utf8 ();
  import (fixture, "paris", "paris-timezone.ics");
  import (fixture, "paris", "france-2026-2027.ics");
  g_clear_object (&fixture->store);

  g_assert_cmpint (qs_test_run_cli (qs_cli_calendars, fixture->db_path, export_argv), ==, 0);
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY;LANGUAGE=en:Team party\r\n"));
  g_assert_nonnull (strstr (text, "X-QUALSERV-SUMMARY;LANGUAGE=fr:Fête du service\r\n"));
  g_assert_cmpint (qs_test_run_cli (qs_cli_calendars, fixture->db_path, import_argv), ==, 0);

  fixture->store = qs_test_open_store (fixture->db_path);
  days = days_of (fixture, fixture->paris_id);
  copies = days_of (fixture, copy_id);
  g_assert_cmpuint (copies->len, ==, days->len);
  for (guint i = 0; i < days->len; i++)
    {
      QsEntity *day = g_ptr_array_index (days, i);
      QsEntity *copy = g_ptr_array_index (copies, i);

      for (guint f = QS_CALENDAR_DAY_FIELD_DAY; f < QS_CALENDAR_DAY_N_FIELDS; f++)
        g_assert_cmpstr (qs_entity_get_string (copy, f), ==, qs_entity_get_string (day, f));
    }
}

/* What QualServ writes, it reads back the same, half days and both
 * names included, through the command line, which says what it did. */
static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout ("14 dates added, 0 changed, 0 already there.\n");
      g_test_trap_assert_stderr ("");
      return;
    }
  round_trip (fixture);
}
static void
test_cli_errors (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr (GFile) file = holiday_file ("bad-date.ics");
      g_autofree char *path = g_file_get_path (file);
      const char      *argv[] = { "calendars", "import-holidays", "paris", path, NULL };

      qs_test_use_english_utf8 ();
      g_clear_object (&fixture->store);
      g_assert_cmpint (qs_test_run_cli (qs_cli_calendars, fixture->db_path, argv), ==, 1);
      return;
    }
  qs_test_assert_cli_error ("qualserv-cli: bad-date.ics, line 11: *");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/holiday-import/dated-events", test_dated_events);
  ADD ("/holiday-import/again-changes-nothing", test_again_changes_nothing);
  ADD ("/holiday-import/yearly-rules", test_yearly_rules);
  ADD ("/holiday-import/time-zones", test_time_zones);
  ADD ("/holiday-import/bad-files", test_bad_files);
  ADD ("/holiday-import/unknown-calendar", test_unknown_calendar);
  ADD ("/holiday-import/round-trip", test_round_trip);
  ADD ("/holiday-import/cli-errors", test_cli_errors);

  return g_test_run ();
}
