/* test-alerts.c — alerts raised once per indicator and month, escalated, recovered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation of requests-fixture.h: Human Resources promises to
 * acknowledge an e-mail within 24 business hours, 90 % of the time; Nadia
 * Roy owns the promise, Luc Gagnon manages the department. Ten e-mails a
 * month: in February and March 2026 the first two (a Monday and a
 * Tuesday) are acknowledged four days later, after 28 and 27.5 business
 * hours (80 %), in April none (100 %). Every one is resolved a minute
 * after it is acknowledged, within its 35 business hours, so that only
 * acknowledgement is ever missed.
 */
#include <string.h>
#include <time.h>

#include "qs-alert-desk.h"
#include "qs-alert-repository.h"
#include "qs-cli-test-util.h"
#include "qs-indicator-desk.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

#define ACTOR "Nadia Roy"

typedef QsRequestsFixture Fixture;

static void
apply (Fixture *fixture, QsRequest *request, QsRequestAction action, gint64 when)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_request_repository_apply (fixture->store, request, action,
                                              action == QS_REQUEST_ACTION_RESOLVE ? "Sent" : NULL,
                                              ACTOR, when, &error));
  g_assert_no_error (error);
}

/* Ten e-mails on the first ten weekdays of @month 2026 at 09:00, the
 * first @late of them acknowledged four days later. */
static void
add_month (Fixture *fixture, int month, guint late)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
  g_autoptr (GDateTime) day = g_date_time_new (zone, 2026, month, 1, 9, 0, 0);
  guint n = 0;

  for (; n < 10; day = g_date_time_add_days (day, 1))
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (QsRequest) request = NULL;
      gint64       received = g_date_time_to_unix (day) * G_USEC_PER_SEC;
      gint64       acknowledged;
      QsNewRequest input = {
        .client_id = fixture->client_fr_id,
        .department_id = fixture->department_id,
        .channel = QS_CHANNEL_EMAIL,
        .kind = QS_REQUEST_KIND_REQUEST,
        .priority = QS_PRIORITY_NORMAL,
        .subject = "Attestation",
        .received_at = received,
      };

      if (g_date_time_get_day_of_week (day) > 5)
        {
          g_date_time_ref (day);
          continue;
        }
      acknowledged = received + (n < late ? 4 * G_TIME_SPAN_DAY : G_TIME_SPAN_HOUR);
      request = qs_request_desk_create (fixture->desk, &input, "Reception", received, &error);
      g_assert_no_error (error);
      apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, acknowledged);
      apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, acknowledged);
      apply (fixture, request, QS_REQUEST_ACTION_RESOLVE, acknowledged + G_TIME_SPAN_MINUTE);
      g_date_time_ref (day);
      n++;
    }
}

static void
set_up (Fixture *fixture, gconstpointer data)
{
  qs_requests_fixture_set_up (fixture, data);
  add_month (fixture, 2, 2);
  add_month (fixture, 3, 2);
  add_month (fixture, 4, 0);
}

/* A scan as on @day, at its first instant in Toronto. */
static GPtrArray *
scan_on (Fixture *fixture, const char *day)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00-05:00", day);
  GPtrArray       *outcomes;

  qs_test_pin_clock (fixture->store, qs_test_instant (iso));
  outcomes = qs_alert_desk_scan (fixture->store, zone, QS_LANGUAGE_EN, "test", &error);
  g_assert_no_error (error);
  g_assert_nonnull (outcomes);
  return outcomes;
}

static QsAlert *
the_alert (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) alerts = qs_alert_repository_list (fixture->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (alerts->len, ==, 1);
  return g_object_ref (g_ptr_array_index (alerts, 0));
}

static QsRequest *
complaint_of (Fixture *fixture, QsAlert *alert)
{
  g_autoptr (GError) error = NULL;
  QsEntity *complaint = qs_repository_find (
    qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
    qs_entity_get_string (QS_ENTITY (alert), QS_ALERT_FIELD_COMPLAINT_ID), &error);

  g_assert_no_error (error);
  return QS_REQUEST (complaint);
}

/* The last event of @request's history. */
static QsEntity *
last_event (Fixture *fixture, QsRequest *request)
{
  g_autoptr (GPtrArray) events = qs_requests_fixture_events (fixture, request);

  return g_object_ref (g_ptr_array_index (events, events->len - 1));
}

/* February missed: one alert, one complaint to the promise's owner, with
 * its deadline from the charter; scanning again, here or from the
 * command line, changes nothing. */
static void
test_raised_once (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GPtrArray) complaints = NULL;
  g_autoptr (QsAlert) alert = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  QsAlertOutcome *outcome;
  QsEntity       *c;

  /* The command line on the parent's database, which the window scanned. */
  if (g_test_subprocess ())
    {
      const char *argv[] = { "alerts", "scan", "--on", "2026-03-02", NULL };

      qs_test_use_english_utf8 ();
      g_assert_cmpint (qs_test_run_cli (qs_cli_alerts, g_getenv ("QS_SCANNED_DB"), argv), ==, 0);
      return;
    }

  first = scan_on (fixture, "2026-03-02");
  g_assert_cmpuint (first->len, ==, 1);
  outcome = g_ptr_array_index (first, 0);
  g_assert_cmpint (outcome->kind, ==, QS_ALERT_OUTCOME_RAISED);
  g_assert_cmpstr (outcome->period, ==, "February 2026");
  g_assert_cmpfloat (outcome->value, ==, 80);
  g_assert_cmpfloat (outcome->target, ==, 90);

  alert = the_alert (fixture);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (alert), QS_ALERT_FIELD_PERIOD_START), ==,
                   "2026-02-01");
  complaint = complaint_of (fixture, alert);
  c = QS_ENTITY (complaint);
  g_assert_cmpstr (outcome->complaint_ref, ==, qs_entity_get_string (c, QS_REQUEST_FIELD_REF));
  g_assert_cmpint (qs_entity_get_enum (c, QS_REQUEST_FIELD_KIND), ==, QS_REQUEST_KIND_COMPLAINT);
  g_assert_cmpstr (qs_entity_get_string (c, QS_REQUEST_FIELD_DEPARTMENT_ID), ==,
                   fixture->department_id);
  g_assert_cmpstr (qs_entity_get_string (c, QS_REQUEST_FIELD_ASSIGNEE_ID), ==, fixture->owner_id);
  g_assert_cmpstr (qs_entity_get_string (c, QS_REQUEST_FIELD_SUBJECT), ==,
                   "Below target: We answer within the stated delay");
  /* The charter's promise for any request: 5 business days. */
  g_assert_cmpstr (qs_entity_get_string (c, QS_REQUEST_FIELD_COMMITMENT_ID), ==,
                   fixture->resolution_commitment_id);
  g_assert_cmpint (qs_entity_get_int (c, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), >,
                   qs_entity_get_int (c, QS_REQUEST_FIELD_RECEIVED_AT));

  again = scan_on (fixture, "2026-03-02");
  g_assert_cmpuint (again->len, ==, 0);

  /* The command line, on the same day: nothing more. */
  g_setenv ("QS_SCANNED_DB", fixture->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("No alert to raise, escalate or recover.\n");
  complaints = qs_requests_fixture_complaints (fixture);
  g_assert_cmpuint (complaints->len, ==, 1);
}

/* March still missed: escalated once, to the manager, in the complaint's
 * history; April back on target: recovered there, the complaint left
 * open for a person to close. */
static void
test_escalated_then_recovered (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) february = scan_on (fixture, "2026-03-02");
  g_autoptr (GPtrArray) march = scan_on (fixture, "2026-04-01");
  g_autoptr (GPtrArray) march_again = scan_on (fixture, "2026-04-15");
  g_autoptr (GPtrArray) april = NULL;
  g_autoptr (GPtrArray) april_again = NULL;
  g_autoptr (GPtrArray) complaints = NULL;
  g_autoptr (QsAlert) alert = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (QsEntity) escalation = NULL;
  g_autoptr (QsEntity) recovery = NULL;
  QsAlertOutcome *outcome;

  g_assert_cmpuint (february->len, ==, 1);
  g_assert_cmpuint (march->len, ==, 1);
  outcome = g_ptr_array_index (march, 0);
  g_assert_cmpint (outcome->kind, ==, QS_ALERT_OUTCOME_ESCALATED);
  g_assert_cmpint (outcome->level, ==, 1);
  g_assert_cmpuint (march_again->len, ==, 0);

  alert = the_alert (fixture);
  complaint = complaint_of (fixture, alert);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (complaint), QS_REQUEST_FIELD_ESCALATION_LEVEL), ==,
                   1);
  escalation = last_event (fixture, complaint);
  g_assert_cmpint (qs_entity_get_enum (escalation, QS_REQUEST_EVENT_FIELD_KIND), ==,
                   QS_EVENT_KIND_ESCALATION);
  g_assert_cmpstr (qs_entity_get_string (escalation, QS_REQUEST_EVENT_FIELD_NOTE), ==,
                   "Escalated to Luc Gagnon, manager of Human Resources: still missing its "
                   "target in March 2026 (80% against 90%).");

  april = scan_on (fixture, "2026-05-04");
  g_assert_cmpuint (april->len, ==, 1);
  outcome = g_ptr_array_index (april, 0);
  g_assert_cmpint (outcome->kind, ==, QS_ALERT_OUTCOME_RECOVERED);
  g_clear_object (&alert);
  g_clear_object (&complaint);
  alert = the_alert (fixture);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (alert), QS_ALERT_FIELD_STATUS), ==,
                   QS_ALERT_STATUS_RECOVERED);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (alert), QS_ALERT_FIELD_RECOVERED_PERIOD_START),
                   ==, "2026-04-01");
  complaint = complaint_of (fixture, alert);
  recovery = last_event (fixture, complaint);
  g_assert_cmpint (qs_entity_get_enum (recovery, QS_REQUEST_EVENT_FIELD_KIND), ==,
                   QS_EVENT_KIND_COMMENT);
  g_assert_true (g_str_has_prefix (qs_entity_get_string (recovery, QS_REQUEST_EVENT_FIELD_NOTE),
                                   "Back on target in April 2026: 100% against 90%."));
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (complaint), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_RECEIVED);

  april_again = scan_on (fixture, "2026-05-20");
  g_assert_cmpuint (april_again->len, ==, 0);
  complaints = qs_requests_fixture_complaints (fixture);
  g_assert_cmpuint (complaints->len, ==, 1);
}

/* A department's own indicator, quarterly: at most 10 requests received
 * (the two quarters of 2025 had none). The first quarter of 2026 had 20:
 * one alert, its complaint to the person who answers for it, its text
 * saying the quarter; once. */
static void
test_own_indicator (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsIndicator) indicator = qs_indicator_new ();
  g_autoptr (GPtrArray) outcomes = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GError) error = NULL;
  QsEntity       *e = QS_ENTITY (indicator);
  QsAlertOutcome *own = NULL;

  qs_entity_set_string (e, QS_INDICATOR_FIELD_NAME_EN, "Requests a quarter");
  qs_entity_set_string (e, QS_INDICATOR_FIELD_DEPARTMENT_ID, fixture->department_id);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_MEASURE, "received");
  qs_entity_set_double (e, QS_INDICATOR_FIELD_TARGET, 10);
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_DIRECTION, QS_DIRECTION_LOWER_IS_BETTER);
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_PERIOD, QS_PERIOD_QUARTER);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_OWNER_ID, fixture->manager_id);
  g_assert_true (qs_indicator_desk_save (fixture->store, indicator, &error));
  g_assert_no_error (error);

  outcomes = scan_on (fixture, "2026-04-01");
  for (guint i = 0; i < outcomes->len; i++)
    {
      QsAlertOutcome *outcome = g_ptr_array_index (outcomes, i);

      if (g_strcmp0 (outcome->subject, "Requests a quarter") == 0)
        {
          g_assert_null (own);
          own = outcome;
        }
    }
  g_assert_nonnull (own);
  g_assert_cmpint (own->kind, ==, QS_ALERT_OUTCOME_RAISED);
  g_assert_cmpstr (own->period, ==, "Q1 2026");
  g_assert_cmpfloat (own->value, ==, 20);
  {
    g_autoptr (QsRequest) complaint = QS_REQUEST (qs_repository_find (
      qs_store_get_repository (fixture->store, QS_TYPE_REQUEST), own->complaint_id, &error));

    g_assert_no_error (error);
    g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_ASSIGNEE_ID), ==,
                     fixture->manager_id);
    g_assert_nonnull (
      strstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_DESCRIPTION),
              "In Q1 2026, “Requests a quarter” was 20, missing its target of "
              "10."));
  }
  again = scan_on (fixture, "2026-04-20");
  for (guint i = 0; i < again->len; i++)
    g_assert_cmpstr (((QsAlertOutcome *) g_ptr_array_index (again, i))->subject, !=,
                     "Requests a quarter");
}

int
main (int argc, char *argv[])
{
  g_setenv ("TZ", "America/Toronto", TRUE);
  tzset ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/alerts/raised-once", Fixture, NULL, set_up, test_raised_once,
              qs_requests_fixture_tear_down);
  g_test_add ("/alerts/escalated-then-recovered", Fixture, NULL, set_up,
              test_escalated_then_recovered, qs_requests_fixture_tear_down);
  g_test_add ("/alerts/own-indicator", Fixture, NULL, set_up, test_own_indicator,
              qs_requests_fixture_tear_down);
  return g_test_run ();
}
