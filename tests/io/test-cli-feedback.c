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

#define ACTOR "Nadia Roy"

typedef QsRequestsFixture Fixture;

static gint64
at (const char *iso)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static void
close_request (Fixture *fixture, const char *client_id, const char *closed)
{
  static const QsRequestAction steps[] = {
    QS_REQUEST_ACTION_ACKNOWLEDGE,   QS_REQUEST_ACTION_START_ANALYSIS, QS_REQUEST_ACTION_RESOLVE,
    QS_REQUEST_ACTION_INFORM_CLIENT, QS_REQUEST_ACTION_CLOSE,
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (QsRequest) request = NULL;
  QsNewRequest input = {
    .client_id = client_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .kind = QS_REQUEST_KIND_REQUEST,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "Pay slip",
    .received_at = at ("2026-05-04T08:45:00-04:00"),
  };

  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-05-04T08:45:00-04:00"), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    g_assert_true (qs_request_repository_apply (
      fixture->store, request, steps[i], steps[i] == QS_REQUEST_ACTION_RESOLVE ? "Done" : NULL,
      ACTOR, at (closed) - (4 - i), &error));
}

static void
set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) marie = NULL;

  qs_requests_fixture_set_up (fixture, data);
  marie = qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT),
                              fixture->client_fr_id, &error);
  g_assert_no_error (error);
  qs_entity_set_boolean (marie, QS_CLIENT_FIELD_SURVEY_CONSENT, TRUE);
  qs_requests_fixture_save (fixture, marie);
  /* Monday evening in Toronto, Tuesday in UTC. */
  close_request (fixture, fixture->client_fr_id, "2026-05-04T23:30:00-04:00");
  close_request (fixture, fixture->client_en_id, "2026-05-04T15:00:00-04:00");
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
