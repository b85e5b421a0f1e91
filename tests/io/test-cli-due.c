/* test-cli-due.c — qualserv-cli due: the due instant, its explanation, the errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar "ottawa" is open Monday to Friday, 08:30–12:00 and
 * 13:00–16:30 in America/Toronto, closed on Friday 1 May 2026; "paris" has
 * the same hours in Europe/Paris.
 */
#include <string.h>

#include "qs-calendar-day.h"
#include "qs-calendar-repository.h"
#include "qs-cli.h"
#include "qs-error.h"

#include "qs-cli-test-util.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsCalendar) ottawa = qs_calendar_new ();
  g_autoptr (QsCalendar) paris = qs_calendar_new ();
  g_autoptr (QsCalendarDay) labour_day = qs_calendar_day_new ();

  fixture->dir = qs_test_make_tmp_dir ("test-cli-due-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "due.db", NULL);
  store = qs_test_open_store (fixture->db_path);

  g_object_set (ottawa, "ref", "ottawa", "name", "Ottawa", "timezone", "America/Toronto",
                "weekly-hours", QS_TEST_OFFICE_HOURS, NULL);
  g_object_set (paris, "ref", "paris", "name", "Paris", "timezone", "Europe/Paris", "weekly-hours",
                QS_TEST_OFFICE_HOURS, NULL);
  qs_test_save (store, ottawa);
  qs_test_save (store, paris);
  qs_entity_set_string (QS_ENTITY (labour_day), QS_CALENDAR_DAY_FIELD_CALENDAR_ID,
                        qs_entity_get_id (QS_ENTITY (ottawa)));
  qs_entity_set_string (QS_ENTITY (labour_day), QS_CALENDAR_DAY_FIELD_DAY, "2026-05-01");
  qs_entity_set_string (QS_ENTITY (labour_day), QS_CALENDAR_DAY_FIELD_NAME, "Labour Day");
  qs_test_save (store, labour_day);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

typedef struct
{
  const char *argv[12];
  const char *language; /* LANGUAGE in the environment, or NULL */
  const char *stdout_text;
} OutputCase;

static const OutputCase output_cases[] = {
  /* Friday 17:10 outside hours: Monday to Wednesday, then 3 h on Thursday. */
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T17:10:00-04:00", "--add", "24h" },
    NULL,
    "2026-04-30T11:30:00-04:00\n" },
  /* Without an offset, the calendar's zone; without seconds too. */
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T17:10", "--add", "24h" },
    NULL,
    "2026-04-30T11:30:00-04:00\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T21:10:00Z", "--add", "24h" },
    NULL,
    "2026-04-30T11:30:00-04:00\n" },
  /* 2 business days from Thursday 15:00 skip the holiday. */
  { { "due", "--calendar", "ottawa", "--from", "2026-04-30T15:00", "--add", "2d" },
    NULL,
    "2026-05-05T15:00:00-04:00\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-27T11:45", "--add", "30m" },
    NULL,
    "2026-04-27T13:15:00-04:00\n" },
  /* 1d4h is 11 business hours: 2 h on Monday, 7 h on Tuesday, 2 h on Wednesday. */
  { { "due", "--calendar", "ottawa", "--from", "2026-04-27T14:30", "--add", "1d4h" },
    NULL,
    "2026-04-29T10:30:00-04:00\n" },
  /* The zone of the calendar names the offset, across the DST change. */
  { { "due", "--calendar", "paris", "--from", "2026-03-27T16:00", "--add", "1h" },
    NULL,
    "2026-03-30T09:00:00+02:00\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T17:10", "--add", "24h", "--explain",
      "--lang", "en" },
    NULL,
    "2026-04-30T11:30:00-04:00\n"
    "Received Friday 24 April, 17:10, outside business hours; counting starts Monday 27 April, "
    "08:30. "
    "24 business hours = 3 business days 3 h. Due Thursday 30 April, 11:30.\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-30T15:00", "--add", "2d", "--explain",
      "--lang", "fr" },
    NULL,
    "2026-05-05T15:00:00-04:00\n"
    "Reçue le jeudi 30 avril, 15 h. 2 jours ouvrables de 7 h, sans compter le 1er mai (Labour "
    "Day). "
    "Échéance le mardi 5 mai, 15 h.\n" },
  /* Without --lang, the environment's language. */
  { { "due", "--calendar", "ottawa", "--from", "2026-04-30T15:00", "--add", "2d", "--explain" },
    "fr_CA:en",
    "2026-05-05T15:00:00-04:00\n"
    "Reçue le jeudi 30 avril, 15 h. 2 jours ouvrables de 7 h, sans compter le 1er mai (Labour "
    "Day). "
    "Échéance le mardi 5 mai, 15 h.\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-30T15:00", "--add", "2d", "--explain" },
    "en_CA",
    "2026-05-05T15:00:00-04:00\n"
    "Received Thursday 30 April, 15:00. 2 business days of 7 h, skipping 1 May (Labour Day). "
    "Due Tuesday 5 May, 15:00.\n" },
};

static void
test_output (Fixture *fixture, gconstpointer data)
{
  const OutputCase *c = &output_cases[GPOINTER_TO_UINT (data)];

  if (g_test_subprocess ())
    {
      if (c->language != NULL)
        g_setenv ("LANGUAGE", c->language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      g_assert_cmpint (qs_test_run_cli (qs_cli_due, fixture->db_path, (const char **) c->argv), ==,
                       0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (c->stdout_text);
  g_test_trap_assert_stderr ("");
}

typedef struct
{
  const char *argv[12];
  const char *stderr_pattern;
} UsageCase;

static const UsageCase usage_cases[] = {
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T17:10", "--add", "5x" },
    "qualserv-cli due: “5x”: durations are written 4h, 2d or 30m.\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T17:10", "--add", "h4" },
    "qualserv-cli due: “h4”: durations are written 4h, 2d or 30m.\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T17:10", "--add", "4h2d" },
    "qualserv-cli due: “4h2d”: durations are written 4h, 2d or 30m.\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-13-45T17:10", "--add", "4h" },
    "qualserv-cli due: “2026-13-45T17:10”: write the instant as ISO 8601, for example "
    "2026-04-24T17:10 or 2026-04-24T17:10:00-04:00.\n" },
  { { "due", "--calendar", "ottawa", "--from", "last friday", "--add", "4h" },
    "qualserv-cli due: “last friday”: write the instant as ISO 8601, for example "
    "2026-04-24T17:10 or 2026-04-24T17:10:00-04:00.\n" },
  { { "due", "--calendar", "nowhere", "--from", "2026-04-24T17:10", "--add", "4h" },
    "qualserv-cli due: There is no calendar “nowhere”; write one of: ottawa, paris.\n" },
  { { "due", "--from", "2026-04-24T17:10", "--add", "4h" },
    "qualserv-cli due: say which calendar to count on: --calendar REF.\n" },
  { { "due", "--calendar", "ottawa", "--from", "2026-04-24T17:10" },
    "qualserv-cli due: say how long to count: --add 24h, --add 5d or --add 30m.\n" },
  { { "due", "--calendar", "ottawa", "--add", "4h", "--lang", "de" },
    "qualserv-cli due: --lang must be “fr” or “en”, not “de”.\n" },
  { { "due", "--calendar", "ottawa", "--add", "4h", "tomorrow" },
    "qualserv-cli due: unexpected argument “tomorrow”.\n" },
};

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);

  if (g_test_subprocess ())
    {
      g_assert_cmpint (
        qs_test_run_cli (qs_cli_due, fixture->db_path, (const char **) usage_cases[i].argv), ==, 1);
      return;
    }
  qs_test_assert_cli_error (usage_cases[i].stderr_pattern);
}

static void
test_missing_database (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (fixture->dir, "missing.db", NULL);
      const char      *argv[] = { "due", "--calendar", "ottawa", "--add", "4h", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_due, path, argv), ==, 1);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      return;
    }
  qs_test_assert_cli_error ("qualserv-cli due: there is no database “*missing.db”.\n");
}

static void
test_load_hours (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->db_path);
  g_autoptr (QsCalendar) by_ref = NULL, by_id = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GArray) exceptions = NULL;
  g_autoptr (GError) error = NULL;

  by_ref = qs_calendar_repository_find (store, "ottawa", &error);
  g_assert_no_error (error);
  by_id = qs_calendar_repository_find (store, qs_entity_get_id (QS_ENTITY (by_ref)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (by_id)), ==, qs_entity_get_id (QS_ENTITY (by_ref)));

  hours = qs_calendar_repository_load_hours (store, "ottawa", &error);
  g_assert_no_error (error);
  exceptions =
    qs_business_hours_list_exceptions (hours, G_GINT64_CONSTANT (1777000000) * G_USEC_PER_SEC,
                                       G_GINT64_CONSTANT (1778000000) * G_USEC_PER_SEC);
  g_assert_cmpuint (exceptions->len, ==, 1);
  g_assert_cmpstr (g_array_index (exceptions, QsBusinessHoursException, 0).name, ==, "Labour Day");

  g_assert_null (qs_calendar_repository_load_hours (store, "OTTAWA", &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "There is no calendar “OTTAWA”; write one of: ottawa, paris.");
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (output_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli-due/output/%u", i);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_output,
                  fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli-due/usage/%u", i);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_usage,
                  fixture_tear_down);
    }
  g_test_add ("/cli-due/missing-database", Fixture, NULL, fixture_set_up, test_missing_database,
              fixture_tear_down);
  g_test_add ("/cli-due/load-hours", Fixture, NULL, fixture_set_up, test_load_hours,
              fixture_tear_down);

  return g_test_run ();
}
