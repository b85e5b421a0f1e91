/* test-cli-feedback.c — qualserv-cli feedback proposals, run in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation of requests-fixture.h: Human Resources handles the
 * requests on a Toronto calendar; Marie Tremblay (who agreed to surveys)
 * and John Smith (who did not) work in Finance.
 */
#include <time.h>

#include "qs-cli-test-util.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-test-locale.h"
#include "requests-fixture.h"

typedef QsRequestsFixture Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) evening = NULL;
  g_autoptr (QsRequest) afternoon = NULL;

  qs_requests_fixture_set_up (fixture, data);
  qs_requests_fixture_consent (fixture, fixture->client_fr_id);
  /* Monday evening in Toronto, Tuesday in UTC. */
  evening = qs_requests_fixture_close_new (fixture, fixture->client_fr_id, FALSE,
                                           "2026-05-04T23:30:00-04:00");
  afternoon = qs_requests_fixture_close_new (fixture, fixture->client_en_id, FALSE,
                                             "2026-05-04T15:00:00-04:00");
}

static void
run (Fixture *fixture, const char *zone, const char *const *argv)
{
  g_setenv ("TZ", zone, TRUE);
  tzset ();
  g_assert_cmpint (qs_test_run_cli (qs_cli_feedback, fixture->path, argv), ==, 0);
}

/* The day is the user's: in Toronto both requests were closed on Monday
 * 4 May, the earlier first; Marie is asked a business day later, John
 * was not asked, having not agreed. */
static void
test_json (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = {
        "feedback", "proposals", "--on", "2026-05-04", "--format", "json", NULL
      };

      run (fixture, "America/Toronto", argv);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (
    "[\n  {\"ref\": \"REQ-2026-00002\", \"closed_at\": \"2026-05-04T19:00:00Z\", "
    "\"verdict\": \"no-consent\", \"ask_at\": \"2026-05-05T19:00:00Z\", \"since\": null, "
    "\"until\": null, \"client_id\": *, \"language\": \"en\", \"asked_at\": null},\n"
    "  {\"ref\": \"REQ-2026-00001\", \"closed_at\": \"2026-05-05T03:30:00Z\", "
    "\"verdict\": \"ask\", \"ask_at\": \"2026-05-05T20:30:00Z\", \"since\": null, "
    "\"until\": null, \"client_id\": *, \"language\": \"fr\", \"asked_at\": null}\n]\n");
  g_test_trap_assert_stderr ("");
}

/* In UTC, Monday evening in Toronto is Tuesday; the text is the page's
 * sentence. */
static void
test_text_in_another_zone (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "feedback", "proposals", "--on", "2026-05-05", NULL };

      qs_test_use_english_utf8 ();
      run (fixture, "UTC", argv);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (
    "REQ-2026-00001\tThe client can be asked how the request was handled from 5 May "
    "2026.\n");
}

typedef struct
{
  const char *argv[8];
  const char *stderr_pattern;
} UsageCase;

static const UsageCase usage_cases[] = {
  { { "feedback" },
    "qualserv-cli feedback: say what to do: qualserv-cli feedback proposals [--on DATE].\n" },
  { { "feedback", "proposals", "--on", "4 May" },
    "qualserv-cli feedback proposals: --on must be a date such as 2026-05-04, not “4 May”.\n" },
  { { "feedback", "proposals", "--on", "2026-02-30" },
    "qualserv-cli feedback proposals: --on must be a date such as 2026-05-04, not "
    "“2026-02-30”.\n" },
  { { "feedback", "proposals", "--format", "csv" },
    "qualserv-cli feedback proposals: --format must be text or json, not “csv”.\n" },
};

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);

  if (g_test_subprocess ())
    {
      qs_test_use_english_utf8 ();
      g_assert_cmpint (
        qs_test_run_cli (qs_cli_feedback, fixture->path, (const char **) usage_cases[i].argv), ==,
        1);
      return;
    }
  qs_test_assert_cli_error (usage_cases[i].stderr_pattern);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-feedback/json", Fixture, NULL, set_up, test_json,
              qs_requests_fixture_tear_down);
  g_test_add ("/cli-feedback/text-in-another-zone", Fixture, NULL, set_up,
              test_text_in_another_zone, qs_requests_fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli-feedback/usage/%u", i);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), set_up, test_usage,
                  qs_requests_fixture_tear_down);
    }
  return g_test_run ();
}
