/* test-request-clock.c — the lifecycle of a stored request: transitions, pauses, extensions,
 * escalation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture's calendar: America/Toronto, 08:30–12:00 and 13:00–16:30
 * on weekdays (7 business hours a day), closed on Friday 1 May 2026.
 */
#include <string.h>

#include "qs-error.h"
#include "qs-repository.h"
#include "qs-deadline.h"
#include "qs-request-query.h"
#include "qs-request-repository.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

#define ACTOR "Nadia Roy"

typedef QsRequestsFixture Fixture;

static gint64
at (const char *iso)
{
  return qs_test_instant (iso);
}

/* By phone, Monday 27 April 09:00: resolution due after 35 business
 * hours, Mon 6.5 + Tue–Thu 21 + (Friday holiday) + Mon 7 + 0.5 on
 * Tuesday 5 May → 09:00. No acknowledgement commitment for the phone. */
static QsRequest *
create (Fixture *fixture, const char *subject)
{
  g_autoptr (GError) error = NULL;
  QsNewRequest input = {
    .client_id = fixture->client_fr_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_PHONE,
    .kind = QS_REQUEST_KIND_COMPLAINT,
    .priority = QS_PRIORITY_NORMAL,
    .subject = subject,
    .received_at = at ("2026-04-27T09:00:00-04:00"),
  };
  QsRequest *request = qs_request_desk_create (fixture->desk, &input, "Reception",
                                               at ("2026-04-27T09:00:00-04:00"), &error);

  g_assert_no_error (error);
  return request;
}

static void
apply (
  Fixture *fixture, QsRequest *request, QsRequestAction action, const char *text, const char *when)
{
  g_autoptr (GError) error = NULL;
  gboolean applied =
    qs_request_repository_apply (fixture->store, request, action, text, ACTOR, at (when), &error);

  g_assert_no_error (error);
  g_assert_true (applied);
}

static gint64
field (QsRequest *request, guint index)
{
  return qs_entity_get_int (QS_ENTITY (request), index);
}

static void
assert_event (QsEntity   *event,
              QsEventKind kind,
              const char *field_name,
              const char *old_value,
              const char *new_value,
              const char *note)
{
  g_assert_cmpint (qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND), ==, kind);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_FIELD), ==, field_name);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_OLD_VALUE), ==, old_value);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NEW_VALUE), ==, new_value);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NOTE), ==, note);
}

static void
test_full_lifecycle (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, "Pay slip missing");
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (GPtrArray) events = NULL;
  static const char *statuses[][2] = {
    { "received", "acknowledged" },  { "acknowledged", "in-analysis" },
    { "in-analysis", "resolved" },   { "resolved", "client-informed" },
    { "client-informed", "closed" },
  };

  apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T09:30:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-27T10:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_RESOLVE, " Slip re-issued. ",
         "2026-04-28T11:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_INFORM_CLIENT, NULL, "2026-04-28T11:15:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_CLOSE, "She confirmed.", "2026-04-29T09:00:00-04:00");

  stored = qs_requests_fixture_reload (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_CLOSED);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ACKNOWLEDGED_AT), ==,
                   at ("2026-04-27T09:30:00-04:00"));
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_RESOLVED_AT), ==,
                   at ("2026-04-28T11:00:00-04:00"));
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_CLIENT_INFORMED_AT), ==,
                   at ("2026-04-28T11:15:00-04:00"));
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_CLOSED_AT), ==,
                   at ("2026-04-29T09:00:00-04:00"));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_REQUEST_FIELD_RESOLUTION), ==,
                   "Slip re-issued.");
  /* The object passed in is what is stored. */
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (request), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_CLOSED);
  g_assert_cmpint (qs_entity_get_updated_at (QS_ENTITY (request)), ==,
                   qs_entity_get_updated_at (QS_ENTITY (stored)));

  events = qs_requests_fixture_events (fixture, request);
  g_assert_cmpuint (events->len, ==, 1 + G_N_ELEMENTS (statuses));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      QsEntity *event = g_ptr_array_index (events, i + 1);

      g_assert_cmpint (qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND), ==,
                       QS_EVENT_KIND_STATUS);
      g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_OLD_VALUE), ==,
                       statuses[i][0]);
      g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NEW_VALUE), ==,
                       statuses[i][1]);
      g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_ACTOR), ==, ACTOR);
    }
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (events, 3), QS_REQUEST_EVENT_FIELD_NOTE), ==,
    "Slip re-issued.");
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (events, 5), QS_REQUEST_EVENT_FIELD_NOTE), ==,
    "She confirmed.");
}

/* Refused with a sentence, and nothing written, not even updated_at. */
static void
assert_refused (Fixture        *fixture,
                QsRequest      *request,
                QsRequestAction action,
                const char     *text,
                const char     *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsRequest) before = qs_requests_fixture_reload (fixture, request);
  g_autoptr (QsRequest) after = NULL;
  g_autoptr (GPtrArray) events_before = qs_requests_fixture_events (fixture, request);
  g_autoptr (GPtrArray) events_after = NULL;

  g_assert_false (qs_request_repository_apply (fixture->store, request, action, text, ACTOR,
                                               at ("2026-04-29T10:00:00-04:00"), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);

  after = qs_requests_fixture_reload (fixture, request);
  events_after = qs_requests_fixture_events (fixture, request);
  g_assert_cmpint (qs_entity_get_updated_at (QS_ENTITY (after)), ==,
                   qs_entity_get_updated_at (QS_ENTITY (before)));
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (after), QS_REQUEST_FIELD_STATUS), ==,
                   qs_entity_get_enum (QS_ENTITY (request), QS_REQUEST_FIELD_STATUS));
  g_assert_cmpuint (events_after->len, ==, events_before->len);
}

static void
test_refused_transitions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, "Pay slip missing");

  assert_refused (fixture, request, QS_REQUEST_ACTION_RESOLVE, "Done",
                  "“REQ-2026-00001” has just been received: it cannot be resolved.");
  assert_refused (
    fixture, request, QS_REQUEST_ACTION_CLOSE, NULL,
    "“REQ-2026-00001” has just been received: it can only be closed once the client is informed.");
  assert_refused (fixture, request, QS_REQUEST_ACTION_REOPEN, "Why not", NULL);
  assert_refused (fixture, request, QS_REQUEST_ACTION_RESUME, NULL, NULL);

  apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T09:30:00-04:00");
  assert_refused (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, NULL);
  assert_refused (fixture, request, QS_REQUEST_ACTION_WAIT_ON_CLIENT, NULL, NULL);

  /* A reason and a resolution are required. */
  apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-27T10:00:00-04:00");
  assert_refused (fixture, request, QS_REQUEST_ACTION_RESOLVE, "  ",
                  "Write the resolution: what was done for the client.");
  assert_refused (fixture, request, QS_REQUEST_ACTION_REJECT, NULL,
                  "Give the reason for rejecting the request: the client will be told.");

  /* Closing requires the client-informed step. */
  apply (fixture, request, QS_REQUEST_ACTION_RESOLVE, "Slip re-issued.",
         "2026-04-28T11:00:00-04:00");
  assert_refused (
    fixture, request, QS_REQUEST_ACTION_CLOSE, NULL,
    "“REQ-2026-00001” is resolved: it can only be closed once the client is informed.");
  assert_refused (fixture, request, QS_REQUEST_ACTION_REJECT, "Too late", NULL);

  apply (fixture, request, QS_REQUEST_ACTION_INFORM_CLIENT, NULL, "2026-04-28T11:15:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_CLOSE, NULL, "2026-04-28T11:20:00-04:00");
  assert_refused (fixture, request, QS_REQUEST_ACTION_RESOLVE, "Again",
                  "“REQ-2026-00001” is closed: it cannot be resolved.");
  assert_refused (fixture, request, QS_REQUEST_ACTION_REOPEN, "",
                  "Give the reason for reopening the request.");
}

/* Every action from every status, through the store: allowed exactly as
 * the lifecycle table says, and a refusal writes nothing. */
static void
test_every_transition_stored (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, "Pay slip missing");
  QsRepository *requests = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST);
  guint         n_allowed = 0;

  for (guint status = QS_REQUEST_STATUS_RECEIVED; status <= QS_REQUEST_STATUS_REJECTED; status++)
    for (guint action = 0; action < QS_REQUEST_N_ACTIONS; action++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (GPtrArray) before = NULL;
        g_autoptr (GPtrArray) after = NULL;
        g_autoptr (QsRequest) stored = NULL;
        gboolean allowed = qs_request_action_is_allowed (action, status);
        gboolean applied;

        /* Put the request in @status, as a stored row. */
        qs_entity_set_enum (QS_ENTITY (request), QS_REQUEST_FIELD_STATUS, status);
        qs_entity_set_int (
          QS_ENTITY (request), QS_REQUEST_FIELD_PAUSED_AT,
          status == QS_REQUEST_STATUS_WAITING_ON_CLIENT ? at ("2026-04-28T11:00:00-04:00") : 0);
        g_assert_true (qs_repository_save (requests, QS_ENTITY (request), &error));
        g_assert_no_error (error);
        before = qs_requests_fixture_events (fixture, request);

        applied = qs_request_repository_apply (fixture->store, request, action, "Because", ACTOR,
                                               at ("2026-04-29T10:00:00-04:00"), &error);
        g_test_message ("%s from status %u", qs_request_action_get_name (action), status);
        g_assert_cmpint (applied, ==, allowed);
        after = qs_requests_fixture_events (fixture, request);
        stored = qs_requests_fixture_reload (fixture, request);
        if (allowed)
          {
            g_assert_no_error (error);
            g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_REQUEST_FIELD_STATUS), ==,
                             qs_request_action_get_target (action));
            g_assert_cmpuint (after->len, >, before->len);
            n_allowed++;
          }
        else
          {
            g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
            g_assert_true (g_str_has_prefix (error->message, "“REQ-2026-00001” "));
            g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_REQUEST_FIELD_STATUS), ==,
                             status);
            g_assert_cmpuint (after->len, ==, before->len);
          }
      }
  g_assert_cmpuint (n_allowed, ==, 17);
}

static void
test_failure_writes_nothing (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, "Pay slip missing");
  g_autoptr (QsRequest) before = qs_requests_fixture_reload (fixture, request);
  g_autoptr (QsRequest) after = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;

  /* The request row is written after its event: the event failing must
   * undo everything, and leave the object as stored. */
  g_assert_true (qs_store_exec (fixture->store,
                                "CREATE TEMP TRIGGER fail_event BEFORE INSERT ON request_events "
                                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                                &error));
  g_assert_false (qs_request_repository_apply (fixture->store, request,
                                               QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, ACTOR,
                                               at ("2026-04-27T09:30:00-04:00"), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (request), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_RECEIVED);
  g_assert_cmpint (field (request, QS_REQUEST_FIELD_ACKNOWLEDGED_AT), ==, 0);
  g_assert_cmpint (qs_entity_get_updated_at (QS_ENTITY (request)), ==,
                   qs_entity_get_updated_at (QS_ENTITY (before)));

  /* The same with the request row failing after its event was written. */
  g_assert_true (qs_store_exec (fixture->store, "DROP TRIGGER fail_event", &error));
  g_assert_true (qs_store_exec (fixture->store,
                                "CREATE TEMP TRIGGER fail_request BEFORE UPDATE ON requests "
                                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                                &error));
  g_assert_false (qs_request_repository_extend (
    fixture->store, request, at ("2026-05-08T16:30:00-04:00"), "Waiting for the bank", TRUE, ACTOR,
    at ("2026-04-28T09:30:00-04:00"), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_cmpint (field (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   at ("2026-05-05T09:00:00-04:00"));
  g_assert_true (qs_store_exec (fixture->store, "DROP TRIGGER fail_request", &error));

  after = qs_requests_fixture_reload (fixture, request);
  events = qs_requests_fixture_events (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (after), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_RECEIVED);
  g_assert_cmpint (qs_entity_get_updated_at (QS_ENTITY (after)), ==,
                   qs_entity_get_updated_at (QS_ENTITY (before)));
  g_assert_cmpint (field (after, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   at ("2026-05-05T09:00:00-04:00"));
  g_assert_cmpuint (events->len, ==, 1);

  /* And the store is usable again. */
  apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T09:30:00-04:00");
}

static void
test_pause_resume (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, "Pay slip missing");
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  gint64 before, after;

  apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T10:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-27T10:30:00-04:00");
  before = field (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  g_assert_cmpint (before, ==, at ("2026-05-05T09:00:00-04:00"));

  apply (fixture, request, QS_REQUEST_ACTION_WAIT_ON_CLIENT, "Asked for her bank details",
         "2026-04-28T11:00:00-04:00");
  g_assert_cmpint (field (request, QS_REQUEST_FIELD_PAUSED_AT), ==,
                   at ("2026-04-28T11:00:00-04:00"));
  /* While waiting, the due date does not move yet. */
  g_assert_cmpint (field (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==, before);

  /* Paused Tuesday 11:00 → Wednesday 14:30: 1 + 3.5 + 3.5 + 1.5 = 9.5
   * business hours. From Tuesday 5 May 09:00: 6.5 h that day, 3 h on
   * Wednesday 6 May → 11:30. */
  apply (fixture, request, QS_REQUEST_ACTION_RESUME, NULL, "2026-04-29T14:30:00-04:00");
  stored = qs_requests_fixture_reload (fixture, request);
  after = field (stored, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  g_assert_cmpint (after, ==, at ("2026-05-06T11:30:00-04:00"));
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_PAUSED_AT), ==, 0);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_IN_ANALYSIS);

  hours = qs_request_repository_get_hours (fixture->store, fixture->calendar_id, NULL, NULL, NULL);
  g_assert_cmpint (qs_business_hours_between (hours, before, after), ==,
                   (gint64) (9.5 * 3600) * G_USEC_PER_SEC);

  /* created, acknowledged, in analysis, status + pause, status + resume */
  events = qs_requests_fixture_events (fixture, request);
  g_assert_cmpuint (events->len, ==, 7);
  assert_event (g_ptr_array_index (events, 3), QS_EVENT_KIND_STATUS, "status", "in-analysis",
                "waiting-on-client", "Asked for her bank details");
  assert_event (g_ptr_array_index (events, 4), QS_EVENT_KIND_PAUSE, "resolution_due_at",
                "2026-05-05T13:00:00Z", "2026-05-05T13:00:00Z", "Asked for her bank details");
  assert_event (g_ptr_array_index (events, 5), QS_EVENT_KIND_STATUS, "status", "waiting-on-client",
                "in-analysis", NULL);
  g_assert_cmpint (qs_entity_get_enum (g_ptr_array_index (events, 6), QS_REQUEST_EVENT_FIELD_KIND),
                   ==, QS_EVENT_KIND_RESUME);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (events, 6), QS_REQUEST_EVENT_FIELD_OLD_VALUE), ==,
    "2026-05-05T13:00:00Z");
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (events, 6), QS_REQUEST_EVENT_FIELD_NEW_VALUE), ==,
    "2026-05-06T15:30:00Z");

  /* A pause entirely outside business hours moves nothing: Wednesday
   * 17:00 → Thursday 08:00. */
  apply (fixture, request, QS_REQUEST_ACTION_WAIT_ON_CLIENT, NULL, "2026-04-29T17:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_RESUME, NULL, "2026-04-30T08:00:00-04:00");
  g_assert_cmpint (field (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   at ("2026-05-06T11:30:00-04:00"));
}

static void
test_extension (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, "Pay slip missing");
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;
  gint64    now = at ("2026-04-30T10:00:00-04:00");
  gint64    new_due = at ("2026-05-08T16:30:00-04:00");
  QsEntity *event;

  g_assert_false (
    qs_request_repository_extend (fixture->store, request, new_due, " ", TRUE, ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "reason"));
  g_clear_error (&error);
  g_assert_false (qs_request_repository_extend (fixture->store, request, new_due,
                                                "Waiting for the bank", FALSE, ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Tell the client"));
  g_clear_error (&error);
  g_assert_false (qs_request_repository_extend (fixture->store, request,
                                                at ("2026-05-04T09:00:00-04:00"),
                                                "Waiting for the bank", TRUE, ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (field (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   at ("2026-05-05T09:00:00-04:00"));

  g_assert_true (qs_request_repository_extend (fixture->store, request, new_due,
                                               "Waiting for the bank", TRUE, ACTOR, now, &error));
  g_assert_no_error (error);
  stored = qs_requests_fixture_reload (fixture, request);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==, new_due);

  events = qs_requests_fixture_events (fixture, request);
  g_assert_cmpuint (events->len, ==, 2);
  event = g_ptr_array_index (events, 1);
  assert_event (event, QS_EVENT_KIND_EXTENSION, "resolution_due_at", "2026-05-05T13:00:00Z",
                "2026-05-08T20:30:00Z", "Waiting for the bank");
  g_assert_true (qs_entity_get_boolean (event, QS_REQUEST_EVENT_FIELD_CLIENT_TOLD));
  g_assert_cmpint (qs_entity_get_int (event, QS_REQUEST_EVENT_FIELD_AT), ==, now);

  /* Once resolved, the promise is kept or not: no more extensions. */
  apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-30T10:05:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-30T10:10:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_RESOLVE, "Done", "2026-04-30T11:00:00-04:00");
  g_assert_false (qs_request_repository_extend (fixture->store, request,
                                                at ("2026-05-12T16:30:00-04:00"), "More time", TRUE,
                                                ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
}

static void
test_reopen_and_reject (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, "Pay slip missing");
  g_autoptr (QsRequest) rejected = create (fixture, "Parking space");
  g_autoptr (QsRequest) stored = NULL;

  apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T09:30:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-27T10:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_RESOLVE, "Slip re-issued.",
         "2026-04-28T11:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_INFORM_CLIENT, NULL, "2026-04-28T11:15:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_CLOSE, NULL, "2026-04-28T11:20:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_REOPEN, "The new slip is wrong too",
         "2026-04-29T09:00:00-04:00");

  stored = qs_requests_fixture_reload (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_REOPENED);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_RESOLVED_AT), ==, 0);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_CLIENT_INFORMED_AT), ==, 0);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_CLOSED_AT), ==, 0);
  /* Acknowledged once, for good. */
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ACKNOWLEDGED_AT), ==,
                   at ("2026-04-27T09:30:00-04:00"));
  apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-29T09:30:00-04:00");

  apply (fixture, rejected, QS_REQUEST_ACTION_REJECT, "Not a service of Human Resources",
         "2026-04-27T09:30:00-04:00");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (rejected), QS_REQUEST_FIELD_REJECT_REASON), ==,
                   "Not a service of Human Resources");
  g_assert_false (
    qs_request_status_is_open (qs_entity_get_enum (QS_ENTITY (rejected), QS_REQUEST_FIELD_STATUS)));
  apply (fixture, rejected, QS_REQUEST_ACTION_REOPEN, "It is, after all",
         "2026-04-27T10:00:00-04:00");
  g_assert_null (qs_entity_get_string (QS_ENTITY (rejected), QS_REQUEST_FIELD_REJECT_REASON));
}

static guint
escalate (Fixture *fixture, const char *when)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) escalated =
    qs_escalation_policy_escalate_overdue (fixture->policy, "QualServ", at (when), &error);

  g_assert_no_error (error);
  g_assert_nonnull (escalated);
  return escalated->len;
}

static void
test_escalation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) late = create (fixture, "Pay slip missing");
  g_autoptr (QsRequest) waiting = create (fixture, "Badge");
  g_autoptr (QsRequest) closed = create (fixture, "Parking");
  g_autoptr (QsRequest) answered = create (fixture, "Locker key");
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autofree char *who = NULL;

  /* Every one is due Tuesday 5 May 09:00. */
  apply (fixture, waiting, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T09:30:00-04:00");
  apply (fixture, waiting, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-27T09:40:00-04:00");
  apply (fixture, waiting, QS_REQUEST_ACTION_WAIT_ON_CLIENT, NULL, "2026-04-27T09:50:00-04:00");
  apply (fixture, closed, QS_REQUEST_ACTION_REJECT, "Duplicate", "2026-04-27T09:30:00-04:00");
  /* Answered in time, the client not told yet: its deadline was met. */
  apply (fixture, answered, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T09:30:00-04:00");
  apply (fixture, answered, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-27T09:40:00-04:00");
  apply (fixture, answered, QS_REQUEST_ACTION_RESOLVE, "Key cut", "2026-04-28T10:00:00-04:00");

  /* Not late yet. */
  g_assert_cmpuint (escalate (fixture, "2026-05-05T08:59:00-04:00"), ==, 0);
  /* Late by one business hour: the owner of the commitment. */
  g_assert_cmpuint (escalate (fixture, "2026-05-05T10:00:00-04:00"), ==, 1);
  stored = qs_requests_fixture_reload (fixture, late);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 1);
  who = qs_escalation_policy_describe (fixture->policy, stored, NULL);
  g_assert_cmpstr (who, ==, "Nadia Roy (owner of the commitment)");
  /* Running again changes nothing. */
  g_assert_cmpuint (escalate (fixture, "2026-05-05T10:00:00-04:00"), ==, 0);
  /* Tuesday 16:30 is 6.5 business hours late: still level 1. */
  g_assert_cmpuint (escalate (fixture, "2026-05-05T16:30:00-04:00"), ==, 0);
  /* Wednesday 10:00: 6.5 + 1.5 = 8 h > one business day of 7 h. */
  g_assert_cmpuint (escalate (fixture, "2026-05-06T10:00:00-04:00"), ==, 1);
  g_assert_cmpuint (escalate (fixture, "2026-05-07T10:00:00-04:00"), ==, 0);

  g_clear_object (&stored);
  g_clear_pointer (&who, g_free);
  stored = qs_requests_fixture_reload (fixture, late);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 2);
  who = qs_escalation_policy_describe (fixture->policy, stored, NULL);
  g_assert_cmpstr (who, ==, "Luc Gagnon (manager of Human Resources)");

  events = qs_requests_fixture_events (fixture, late);
  g_assert_cmpuint (events->len, ==, 3);
  assert_event (g_ptr_array_index (events, 1), QS_EVENT_KIND_ESCALATION, "escalation_level", "0",
                "1", "Nadia Roy (owner of the commitment)");
  assert_event (g_ptr_array_index (events, 2), QS_EVENT_KIND_ESCALATION, "escalation_level", "1",
                "2", "Luc Gagnon (manager of Human Resources)");

  /* Acting on an object loaded before the scan keeps the level. */
  g_assert_cmpint (field (late, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 0);
  apply (fixture, late, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-05-07T11:00:00-04:00");
  g_assert_cmpint (field (late, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 2);
  g_clear_object (&stored);
  stored = qs_requests_fixture_reload (fixture, late);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 2);

  /* Waiting on the client stops the clock; rejected and resolved are done. */
  g_clear_object (&stored);
  stored = qs_requests_fixture_reload (fixture, waiting);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 0);
  g_assert_null (qs_escalation_policy_describe (fixture->policy, stored, NULL));
  g_clear_object (&stored);
  stored = qs_requests_fixture_reload (fixture, closed);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 0);
  g_clear_object (&stored);
  stored = qs_requests_fixture_reload (fixture, answered);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 0);
}

/* A request acknowledged between the scan's read and its write is not
 * escalated: the scan writes in short transactions after reading. */
static void
test_escalation_changed_since_read (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) acknowledged = create (fixture, "Pay slip missing");
  g_autoptr (QsRequest) untouched = create (fixture, "Badge");
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (GArray) overdue = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;
  gint64   late = at ("2026-05-05T10:00:00-04:00");
  gboolean written = TRUE;

  overdue = qs_request_repository_get_overdue (fixture->store, late, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 2);
  apply (fixture, acknowledged, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-05-05T09:30:00-04:00");

  for (guint i = 0; i < overdue->len; i++)
    {
      QsOverdueRequest *row = &g_array_index (overdue, QsOverdueRequest, i);
      gboolean is_acknowledged = g_str_equal (row->id, qs_entity_get_id (QS_ENTITY (acknowledged)));

      g_assert_true (qs_store_begin (fixture->store, &error));
      g_assert_true (qs_request_repository_set_escalation_level (
        fixture->store, row, 1, "Nadia Roy", ACTOR, late, &written, &error));
      g_assert_no_error (error);
      g_assert_true (qs_store_commit (fixture->store, &error));
      g_assert_true (written == !is_acknowledged);
    }

  stored = qs_requests_fixture_reload (fixture, acknowledged);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 0);
  events = qs_requests_fixture_events (fixture, acknowledged);
  for (guint i = 0; i < events->len; i++)
    g_assert_cmpint (
      qs_entity_get_enum (g_ptr_array_index (events, i), QS_REQUEST_EVENT_FIELD_KIND), !=,
      QS_EVENT_KIND_ESCALATION);
  g_clear_object (&stored);
  stored = qs_requests_fixture_reload (fixture, untouched);
  g_assert_cmpint (field (stored, QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 1);
}

static void
test_explain (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsNewRequest input = {
    .client_id = fixture->client_en_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .kind = QS_REQUEST_KIND_REQUEST,
    .subject = "Training budget",
    .received_at = at ("2026-04-24T17:10:00-04:00"),
  };
  g_autoptr (QsRequest) request =
    qs_request_desk_create (fixture->desk, &input, "Reception", input.received_at, &error);
  g_autofree char *en = NULL;
  g_autofree char *fr = NULL;

  g_assert_no_error (error);
  apply (fixture, request, QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "2026-04-27T09:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_START_ANALYSIS, NULL, "2026-04-27T09:10:00-04:00");
  /* Paused 2 h 30: Monday 13:00 → 15:30. Due Monday 4 May 16:30 + 2.5 h
   * → Tuesday 5 May 11:00. */
  apply (fixture, request, QS_REQUEST_ACTION_WAIT_ON_CLIENT, NULL, "2026-04-27T13:00:00-04:00");
  apply (fixture, request, QS_REQUEST_ACTION_RESUME, NULL, "2026-04-27T15:30:00-04:00");
  g_assert_cmpint (field (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   at ("2026-05-05T11:00:00-04:00"));

  en = qs_request_desk_explain (fixture->desk, request, QS_LANGUAGE_EN, &error);
  g_assert_no_error (error);
  g_test_message ("%s", en);
  g_assert_nonnull (strstr (en, "Friday 24 April"));
  g_assert_nonnull (strstr (en, "17:10"));
  g_assert_nonnull (strstr (en, "08:30"));
  g_assert_nonnull (strstr (en, "Labour Day"));
  g_assert_nonnull (strstr (en, "2 h 30"));
  g_assert_nonnull (strstr (en, "Tuesday 5 May"));
  g_assert_nonnull (strstr (en, "11:00"));

  fr = qs_request_desk_explain (fixture->desk, request, QS_LANGUAGE_FR, &error);
  g_assert_no_error (error);
  g_test_message ("%s", fr);
  g_assert_nonnull (strstr (fr, "vendredi 24 avril"));
  g_assert_nonnull (strstr (fr, "mardi 5 mai"));

  /* An extension becomes the promise; a wait still open is told so. */
  g_clear_pointer (&en, g_free);
  g_assert_true (qs_request_repository_extend (
    fixture->store, request, at ("2026-05-08T16:30:00-04:00"), "Waiting for the bank", TRUE, ACTOR,
    at ("2026-04-28T10:00:00-04:00"), &error));
  apply (fixture, request, QS_REQUEST_ACTION_WAIT_ON_CLIENT, NULL, "2026-04-28T11:00:00-04:00");
  en = qs_request_desk_explain (fixture->desk, request, QS_LANGUAGE_EN, &error);
  g_assert_no_error (error);
  g_test_message ("%s", en);
  g_assert_nonnull (strstr (
    en, "Extended on Tuesday 28 April, 10:00 to Friday 8 May, 16:30: Waiting for the bank."));
  g_assert_nonnull (strstr (en, "so far"));
}

/* An acknowledged request of Human Resources, saved as it is. */
static QsRequest *
add_running (Fixture *fixture, const char *ref, const char *received, const char *due)
{
  QsRequest *request = QS_REQUEST (qs_entity_new (QS_TYPE_REQUEST));

  g_object_set (request, "ref", ref, "subject", ref, "status", QS_REQUEST_STATUS_ACKNOWLEDGED,
                "department-id", fixture->department_id, "client-id", fixture->client_en_id,
                "received-at", at (received), "resolution-due-at", at (due), NULL);
  qs_requests_fixture_save (fixture, request);
  return request;
}

/* The refs the "At risk" filter lists at @now, sorted, and checks that
 * the deadline column shows each of @requests as @states says: at risk
 * exactly for the ones listed. */
static char *
at_risk_at (Fixture *fixture, GPtrArray *requests, const char *now, const QsDeadlineState *states)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) refs = g_ptr_array_new ();

  filter->due = QS_REQUEST_DUE_AT_RISK;
  filter->sort = QS_REQUEST_SORT_REF;
  hits = qs_request_query_search (fixture->store, filter, 100, at (now), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (refs, g_array_index (hits, QsRequestHit, i).ref);
  g_ptr_array_add (refs, NULL);

  hours =
    qs_request_repository_get_hours (fixture->store, NULL, fixture->department_id, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < requests->len; i++)
    {
      QsEntity       *request = g_ptr_array_index (requests, i);
      gboolean        listed = g_strv_contains ((const char *const *) refs->pdata,
                                                qs_entity_get_string (request, QS_REQUEST_FIELD_REF));
      QsDeadlineState state =
        qs_deadline_state (hours, qs_entity_get_int (request, QS_REQUEST_FIELD_RECEIVED_AT),
                           qs_entity_get_int (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), 0,
                           at (now), QS_DEADLINE_DEFAULT_AT_RISK_SHARE);

      g_test_message ("%s at %s", qs_entity_get_string (request, QS_REQUEST_FIELD_REF), now);
      g_assert_cmpint (state, ==, states[i]);
      g_assert_cmpint (listed, ==, states[i] == QS_DEADLINE_AT_RISK);
    }
  return g_strjoinv (" ", (char **) refs->pdata);
}

static void
test_at_risk_filter (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) requests = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char             *monday = NULL;
  g_autofree char             *tuesday = NULL;
  static const QsDeadlineState on_monday[] = {
    QS_DEADLINE_ON_TRACK,
    QS_DEADLINE_AT_RISK,
    QS_DEADLINE_ON_TRACK,
  };
  static const QsDeadlineState on_tuesday[] = {
    QS_DEADLINE_OVERDUE,
    QS_DEADLINE_OVERDUE,
    QS_DEADLINE_AT_RISK,
  };

  /* W: Friday 16:00 → Monday 16:00, 7 business hours. On Monday at 09:00
   * it has used one of them (14 %), though 65 of its 72 hours have gone
   * by (90 %): on track. */
  g_ptr_array_add (requests, add_running (fixture, "REQ-2026-00001", "2026-05-08T16:00:00-04:00",
                                          "2026-05-11T16:00:00-04:00"));
  /* P: Friday 13:00 → Monday 10:00, 5 business hours, 4 used at 09:00
   * (80 %): at risk. */
  g_ptr_array_add (requests, add_running (fixture, "REQ-2026-00002", "2026-05-08T13:00:00-04:00",
                                          "2026-05-11T10:00:00-04:00"));
  /* X: Monday 08:30 → Wednesday 08:30, 14 business hours (Wednesday's
   * opening adds none). On Monday at 09:00 it has used half an hour. On
   * Tuesday at 12:30 it has used 10.5 (7 + 3.5, exactly 75 %), though
   * only 28 of its 48 hours have gone by (58 %): at risk. */
  g_ptr_array_add (requests, add_running (fixture, "REQ-2026-00003", "2026-05-11T08:30:00-04:00",
                                          "2026-05-13T08:30:00-04:00"));

  monday = at_risk_at (fixture, requests, "2026-05-11T09:00:00-04:00", on_monday);
  g_assert_cmpstr (monday, ==, "REQ-2026-00002");
  /* W and P are overdue by then: not "at risk". */
  tuesday = at_risk_at (fixture, requests, "2026-05-12T12:30:00-04:00", on_tuesday);
  g_assert_cmpstr (tuesday, ==, "REQ-2026-00003");
}

/* The refs the tracker's list shows under "At risk" at @now for the
 * user's @share, by ref. */
static char *
listed_at_risk (Fixture *fixture, const char *now, double share)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsQueryListModel) model = qs_request_query_new_model (fixture->store);
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) refs = g_string_new (NULL);

  filter->due = QS_REQUEST_DUE_AT_RISK;
  filter->sort = QS_REQUEST_SORT_REF;
  filter->descending = FALSE;
  g_assert_true (qs_request_query_apply (model, filter, at (now), share, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr (QsEntity) request = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (refs->len > 0)
        g_string_append_c (refs, ' ');
      g_string_append (refs, qs_entity_get_string (request, QS_REQUEST_FIELD_REF));
    }
  return g_string_free (g_steal_pointer (&refs), FALSE);
}

/* Checks what the list shows at @now for @share, and what the deadline
 * column says of @request. */
static void
assert_at_risk (
  Fixture *fixture, QsRequest *request, const char *now, double share, gboolean at_risk)
{
  g_autoptr (QsBusinessHours) hours =
    qs_request_repository_get_hours (fixture->store, NULL, fixture->department_id, NULL, NULL);
  g_autofree char *listed = listed_at_risk (fixture, now, share);
  QsEntity        *e = QS_ENTITY (request);

  g_test_message ("at %s, share %g", now, share);
  g_assert_cmpstr (listed, ==, at_risk ? qs_entity_get_string (e, QS_REQUEST_FIELD_REF) : "");
  g_assert_nonnull (hours);
  g_assert_cmpint (qs_deadline_state (hours, qs_entity_get_int (e, QS_REQUEST_FIELD_RECEIVED_AT),
                                      qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), 0,
                                      at (now), share),
                   ==, at_risk ? QS_DEADLINE_AT_RISK : QS_DEADLINE_ON_TRACK);
}

/* S: Monday 11 May 08:30 → Tuesday 12 May 11:30, 10 business hours:
 * Monday's 7 (08:30–12:00, 13:00–16:30) and Tuesday 08:30–11:30. */
#define S_RECEIVED "2026-05-11T08:30:00-04:00"
#define S_DUE "2026-05-12T11:30:00-04:00"

/* The user's at-risk share counts for a request on a calendar, measured
 * in business time. */
static void
test_at_risk_share (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) s = add_running (fixture, "REQ-2026-00001", S_RECEIVED, S_DUE);

  /* Monday 14:00: 3.5 + 1 = 4.5 business hours used, 45 %. */
  assert_at_risk (fixture, s, "2026-05-11T14:00:00-04:00", 0.5, FALSE);
  /* Monday 14:30: 3.5 + 1.5 = 5 used, exactly half. */
  assert_at_risk (fixture, s, "2026-05-11T14:30:00-04:00", 0.5, TRUE);
  /* Monday 15:30: 6 used (60 %), though only 7 of its 27 hours have gone
   * by (26 %): at risk for a share of a half, not for three quarters. */
  assert_at_risk (fixture, s, "2026-05-11T15:30:00-04:00", 0.5, TRUE);
  assert_at_risk (fixture, s, "2026-05-11T15:30:00-04:00", 0.75, FALSE);
  /* Tuesday 09:30: 7 + 1 = 8 used, 80 %. */
  assert_at_risk (fixture, s, "2026-05-12T09:30:00-04:00", 0.75, TRUE);
}

static QsEntity *
find_one (Fixture *fixture, GType type, const char *where)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = qs_repository_find_all (
    qs_store_get_repository (fixture->store, type), where, NULL, NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static void
set_day (Fixture *fixture, QsEntity *day, const char *iso_day)
{
  qs_entity_set_string (day, QS_CALENDAR_DAY_FIELD_DAY, iso_day);
  qs_requests_fixture_save (fixture, day);
}

#define DAY "08:30-12:00,13:00-16:30"
#define WEEK "mon=" DAY ";tue=" DAY ";wed=" DAY ";thu=" DAY ";fri=" DAY
#define WEEK_NO_TUESDAY "mon=" DAY ";wed=" DAY ";thu=" DAY ";fri=" DAY

/* A calendar changed while the list stays at one instant: the next query
 * counts on the new hours. S at Monday 15:30 has used 6 of its 10
 * business hours (60 %): on track for 0.75. With Tuesday closed, only
 * Monday's 7 hours are left before its deadline, 6 of them used (86 %):
 * at risk. The store's clock stands still at that instant too, so saves
 * do not move it. */
static void
test_at_risk_calendar_change (Fixture *fixture, gconstpointer data)
{
  const char *now = "2026-05-11T15:30:00-04:00";
  g_autoptr (QsRequest) s = add_running (fixture, "REQ-2026-00001", S_RECEIVED, S_DUE);
  g_autoptr (QsEntity) labour_day = find_one (fixture, QS_TYPE_CALENDAR_DAY, "day = '2026-05-01'");
  g_autoptr (QsEntity) calendar = find_one (fixture, QS_TYPE_CALENDAR, "ref = 'CAL-RH'");
  g_autoptr (QsEntity) christmas = qs_entity_new (QS_TYPE_CALENDAR_DAY);

  qs_test_pin_clock (fixture->store, at (now));
  assert_at_risk (fixture, s, now, 0.75, FALSE);

  /* A holiday moved onto Tuesday 12 May, then back. */
  set_day (fixture, labour_day, "2026-05-12");
  assert_at_risk (fixture, s, now, 0.75, TRUE);
  set_day (fixture, labour_day, "2026-05-01");
  assert_at_risk (fixture, s, now, 0.75, FALSE);

  /* The weekly hours: Tuesday closed, then open again. */
  qs_entity_set_string (calendar, QS_CALENDAR_FIELD_WEEKLY_HOURS, WEEK_NO_TUESDAY);
  qs_requests_fixture_save (fixture, calendar);
  assert_at_risk (fixture, s, now, 0.75, TRUE);
  qs_entity_set_string (calendar, QS_CALENDAR_FIELD_WEEKLY_HOURS, WEEK);
  qs_requests_fixture_save (fixture, calendar);
  assert_at_risk (fixture, s, now, 0.75, FALSE);

  /* A new holiday, moved twice: each save of one day among several. */
  qs_entity_set_string (christmas, QS_CALENDAR_DAY_FIELD_CALENDAR_ID, fixture->calendar_id);
  qs_entity_set_string (christmas, QS_CALENDAR_DAY_FIELD_NAME, "Christmas");
  set_day (fixture, christmas, "2026-12-25");
  assert_at_risk (fixture, s, now, 0.75, FALSE);
  set_day (fixture, christmas, "2026-12-24");
  assert_at_risk (fixture, s, now, 0.75, FALSE);
  set_day (fixture, christmas, "2026-05-12");
  assert_at_risk (fixture, s, now, 0.75, TRUE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add (path, Fixture, NULL, qs_requests_fixture_set_up, func, qs_requests_fixture_tear_down)

  ADD ("/request-clock/full-lifecycle", test_full_lifecycle);
  ADD ("/request-clock/refused-transitions", test_refused_transitions);
  ADD ("/request-clock/every-transition-stored", test_every_transition_stored);
  ADD ("/request-clock/failure-writes-nothing", test_failure_writes_nothing);
  ADD ("/request-clock/pause-resume", test_pause_resume);
  ADD ("/request-clock/extension", test_extension);
  ADD ("/request-clock/reopen-and-reject", test_reopen_and_reject);
  ADD ("/request-clock/escalation", test_escalation);
  ADD ("/request-clock/escalation-changed-since-read", test_escalation_changed_since_read);
  ADD ("/request-clock/explain", test_explain);
  ADD ("/request-clock/at-risk-filter", test_at_risk_filter);
  ADD ("/request-clock/at-risk-share", test_at_risk_share);
  ADD ("/request-clock/at-risk-calendar-change", test_at_risk_calendar_change);

  return g_test_run ();
}
