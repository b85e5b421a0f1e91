/* test-cli-report.c — qualserv-cli report survey and report barometer, run in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation of requests-fixture.h (Human Resources RH, Finance
 * FIN). A questionnaire of two questions, satisfaction (1–5) and
 * courtesy (barometer), answered by 5 people of Finance and 2 of Human
 * Resources in October 2026.
 */
#include <string.h>
#include <time.h>

#include "qs-cli-test-util.h"
#include "qs-survey-answers-import.h"
#include "qs-survey-import.h"
#include "qs-test-locale.h"
#include "requests-fixture.h"

typedef QsRequestsFixture Fixture;

static const char *definition =
  "{\"ref\": \"Q-2026\", \"title\": {\"fr\": \"Q\", \"en\": \"Q\"}, \"questions\": ["
  "{\"kind\": \"scale\", \"text\": {\"fr\": \"Satisfait ?\", \"en\": \"Satisfied?\"}},"
  "{\"kind\": \"scale\", \"category\": \"courtesy\", \"text\": {\"fr\": \"Courtoisie\", "
  "\"en\": \"Courtesy\"}}]}";

static const char *answers = "department,Q1,Q2 expected,Q2 perceived,submitted\n"
                             "FIN,5,5,4,2026-10-05\n"
                             "FIN,4,5,3,2026-10-06\n"
                             "FIN,4,4,4,2026-10-07\n"
                             "FIN,3,4,2,2026-10-08\n"
                             "FIN,2,5,2,2026-10-09\n"
                             "RH,1,5,1,2026-10-05\n"
                             "RH,2,4,3,2026-10-06\n";

static void
set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GBytes) bytes = g_bytes_new_static (answers, strlen (answers));
  guint n;

  qs_requests_fixture_set_up (fixture, data);
  survey =
    qs_survey_import_json (fixture->store, definition, strlen (definition), "q.json", zone, &error);
  g_assert_no_error (error);
  g_assert_true (
    qs_survey_answers_import (fixture->store, survey, bytes, "answers.csv", zone, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 7);
}

static void
run (Fixture *fixture, const char *const *argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  qs_test_use_english_utf8 ();
  g_assert_cmpint (qs_test_run_cli (qs_cli_report, fixture->path, argv), ==, 0);
}

/* Seven responses: the whole shows; grouped by department, Human
 * Resources' two are hidden, and so is Finance (the whole less Finance
 * would give them away). */
static void
test_survey_json (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "report",     "survey",   "Q-2026", "--group",
                             "department", "--format", "json",   NULL };

      run (fixture, argv);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (
    "{\"survey\": \"Q-2026\", \"threshold\": 5,\n"
    "  \"total\": {\"group\": null, \"responses\": 7, \"invited\": 0, \"response_rate\": null, "
    "\"shown\": true, \"questions\": [\n"
    "      {\"position\": 1, \"kind\": \"scale\", \"answers\": 7, \"average\": 3.0, "
    "\"distribution\": [1, 2, 1, 2, 1]},\n"
    "      {\"position\": 2, \"kind\": \"scale\", \"category\": \"courtesy\", \"answers\": 7, "
    "\"average\": 2.71, \"distribution\": [1, 2, 2, 2, 0], \"expected\": 4.57, "
    "\"expected_distribution\": [0, 0, 0, 3, 4]}]},\n"
    "  \"groups\": [\n"
    "    {\"group\": {\"kind\": \"department\", \"ref\": \"FIN\", \"name\": \"Finance\"}, "
    "\"responses\": 5, \"invited\": 0, \"response_rate\": null, \"shown\": false},\n"
    "    {\"group\": {\"kind\": \"department\", \"ref\": \"RH\", \"name\": \"Human Resources\"}, "
    "\"responses\": 2, \"invited\": 0, \"response_rate\": null, \"shown\": false}\n"
    "  ]}\n");
  g_test_trap_assert_stderr ("");
}

/* Finance alone, over the period: 5 of 7; the two left out are fewer
 * than 5, so nothing but the count. */
static void
test_survey_csv_filtered (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "report",     "survey", "Q-2026",     "--department", "FIN", "--from",
                             "2026-10-01", "--to",   "2026-10-31", "--format",     "csv", NULL };

      run (fixture, argv);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (
    "group,responses,shown,question,kind,category,answers,average,expected,nps,yes,no\r\n"
    ",5,false\r\n");
}

/* Courtesy: expected 32 of 7, perceived 19 of 7, the gap 13 of 7. */
static void
test_barometer (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "report", "barometer", "--format", "json", NULL };

      run (fixture, argv);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (
    "[\n  {\"category\": \"courtesy\", \"answers\": 7, \"shown\": true, \"expected\": 4.57, "
    "\"perceived\": 2.71, \"gap\": 1.86, \"quarters\": [{\"quarter\": \"2026-Q4\", \"answers\": 7, "
    "\"shown\": true, \"expected\": 4.57, \"perceived\": 2.71}]}\n]\n");
}

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *argv[10];
    const char *message;
  } cases[] = {
    { { "report", NULL },
      "qualserv-cli report: say which report: survey, barometer or indicators.\n" },
    { { "report", "survey", "Q-2026", NULL },
      "qualserv-cli report survey: say what to write: --format json or --format csv.\n" },
    { { "report", "survey", "NOPE", "--format", "json", NULL },
      "qualserv-cli report survey: no questionnaire has the reference “NOPE”.\n" },
    { { "report", "survey", "Q-2026", "--group", "floor", "--format", "json", NULL },
      "qualserv-cli report survey: --group must be department or service.\n" },
    { { "report", "barometer", "--from", "05/10/2026", "--format", "csv", NULL },
      "qualserv-cli report barometer: --from and --to must be dates such as 2026-05-04.\n" },
    { { "report", "indicators", "--period", "fortnight", "--format", "csv", NULL },
      "qualserv-cli report indicators: --period must be week, month, quarter or year.\n" },
    { { "report", "indicators", "--provider", "XYZ", "--format", "json", NULL },
      "qualserv-cli report indicators: no department has the reference “XYZ”.\n" },
    { { "report", "indicators", "--from", "2026-05-04", "--to", "2026-05-01", "--format", "json",
        NULL },
      "qualserv-cli report indicators: --to must not come before --from.\n" },
  };

  if (g_test_subprocess ())
    {
      guint i = g_ascii_strtoull (g_getenv ("QS_CASE"), NULL, 10);

      qs_test_use_english_utf8 ();
      g_assert_cmpint (qs_test_run_cli (qs_cli_report, fixture->path, cases[i].argv), ==, 1);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);

      g_test_message ("case %u", i);
      g_setenv ("QS_CASE", number, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDIN);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr (cases[i].message);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add ("/cli-report/" path, Fixture, NULL, set_up, func, qs_requests_fixture_tear_down)
  ADD ("survey-json", test_survey_json);
  ADD ("survey-csv-filtered", test_survey_csv_filtered);
  ADD ("barometer", test_barometer);
  ADD ("usage", test_usage);
#undef ADD

  return g_test_run ();
}
