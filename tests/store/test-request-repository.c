/* test-request-repository.c — creating requests: references, commitments, due dates, edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected instant is worked out by hand on the fixture's calendar
 * (America/Toronto, 08:30–12:00 and 13:00–16:30 on weekdays, 7 business
 * hours a day, closed on Friday 1 May 2026).
 */
#include <sqlite3.h>
#include <string.h>

#include "qs-error.h"
#include "qs-handling-guide.h"
#include "qs-repository.h"
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

static QsRequest *
create (Fixture      *fixture,
        const char   *client_id,
        QsChannel     channel,
        QsRequestKind kind,
        const char   *received)
{
  g_autoptr (GError) error = NULL;
  QsNewRequest input = {
    .client_id = client_id,
    .department_id = fixture->department_id,
    .channel = channel,
    .kind = kind,
    .problem = QS_PROBLEM_SERVICE,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "  Pay slip missing ",
    .description = "My March pay slip is not in my file.",
    .received_at = at (received),
  };
  QsRequest *request = qs_request_desk_create (fixture->desk, &input, "Reception",
                                               at (received) + 60 * G_USEC_PER_SEC, &error);

  g_assert_no_error (error);
  g_assert_nonnull (request);
  return request;
}

static void
assert_instant (gint64 actual, const char *expected_iso)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (actual / G_USEC_PER_SEC);
  g_autofree char *actual_iso = g_date_time_format_iso8601 (dt);

  g_test_message ("got %s, expected %s", actual_iso, expected_iso);
  g_assert_cmpint (actual, ==, at (expected_iso));
}

static void
test_create_due_dates (Fixture *fixture, gconstpointer data)
{
  /* Friday 24 April 17:10, after closing: counting starts Monday 08:30.
   * 24 business hours = Mon 7 + Tue 7 + Wed 7 + 3 h on Thursday → 11:30.
   * 5 business days = 35 h = Mon–Thu 28 h, Friday 1 May is a holiday,
   * Monday 4 May 7 h → 16:30. */
  g_autoptr (QsRequest) request = create (fixture, fixture->client_fr_id, QS_CHANNEL_EMAIL,
                                          QS_REQUEST_KIND_COMPLAINT, "2026-04-24T17:10:00-04:00");
  g_autoptr (QsRequest) stored = qs_requests_fixture_reload (fixture, request);
  g_autoptr (GPtrArray) events = qs_requests_fixture_events (fixture, request);
  QsEntity *e = QS_ENTITY (stored);
  QsEntity *created;

  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_REF), ==, "REQ-2026-00001");
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_SUBJECT), ==, "Pay slip missing");
  g_assert_cmpint (qs_entity_get_enum (e, QS_REQUEST_FIELD_STATUS), ==, QS_REQUEST_STATUS_RECEIVED);
  assert_instant (qs_entity_get_int (e, QS_REQUEST_FIELD_RECEIVED_AT), "2026-04-24T17:10:00-04:00");
  assert_instant (qs_entity_get_int (e, QS_REQUEST_FIELD_ACK_DUE_AT), "2026-04-30T11:30:00-04:00");
  assert_instant (qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT),
                  "2026-05-04T16:30:00-04:00");
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_ACK_COMMITMENT_ID), ==,
                   fixture->ack_commitment_id);
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_COMMITMENT_ID), ==,
                   fixture->resolution_commitment_id);
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_CALENDAR_ID), ==,
                   fixture->calendar_id);
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID), ==,
                   fixture->department_id);
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID), ==,
                   fixture->client_department_id);
  g_assert_cmpint (qs_entity_get_enum (e, QS_REQUEST_FIELD_LANGUAGE), ==, QS_LANGUAGE_FR);

  /* The creation is in the history, with who and when. */
  g_assert_cmpuint (events->len, ==, 1);
  created = g_ptr_array_index (events, 0);
  g_assert_cmpint (qs_entity_get_enum (created, QS_REQUEST_EVENT_FIELD_KIND), ==,
                   QS_EVENT_KIND_CREATED);
  g_assert_cmpstr (qs_entity_get_string (created, QS_REQUEST_EVENT_FIELD_ACTOR), ==, "Reception");
  g_assert_cmpint (qs_entity_get_int (created, QS_REQUEST_EVENT_FIELD_AT), ==,
                   at ("2026-04-24T17:11:00-04:00"));
}

static void
test_promise_stands (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, fixture->client_en_id, QS_CHANNEL_EMAIL,
                                          QS_REQUEST_KIND_REQUEST, "2026-04-24T17:10:00-04:00");
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (QsEntity) calendar = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  /* The office closes on Mondays after the promise was made. */
  calendar = qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_CALENDAR),
                                 fixture->calendar_id, &error);
  g_assert_no_error (error);
  qs_entity_set_string (calendar, QS_CALENDAR_FIELD_WEEKLY_HOURS,
                        "tue=08:30-12:00,13:00-16:30;wed=08:30-12:00,13:00-16:30;"
                        "thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30");
  qs_requests_fixture_save (fixture, calendar);

  stored = qs_requests_fixture_reload (fixture, request);
  assert_instant (qs_entity_get_int (QS_ENTITY (stored), QS_REQUEST_FIELD_RESOLUTION_DUE_AT),
                  "2026-05-04T16:30:00-04:00");
  text = qs_request_desk_explain (fixture->desk, stored, QS_LANGUAGE_EN, &error);
  g_assert_no_error (error);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "stands: Monday 4 May, 16:30"));
}

static void
test_create_references (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) first = create (fixture, fixture->client_fr_id, QS_CHANNEL_PHONE,
                                        QS_REQUEST_KIND_REQUEST, "2026-03-02T10:00:00-05:00");
  g_autoptr (QsRequest) second = create (fixture, fixture->client_en_id, QS_CHANNEL_PHONE,
                                         QS_REQUEST_KIND_REQUEST, "2026-03-02T10:05:00-05:00");
  /* 31 December 23:30 in Toronto is already 1 January in UTC: the year
   * is the provider's. */
  g_autoptr (QsRequest) new_year_eve =
    create (fixture, NULL, QS_CHANNEL_SUGGESTION_BOX, QS_REQUEST_KIND_SUGGESTION,
            "2026-12-31T23:30:00-05:00");
  g_autoptr (QsRequest) next_year =
    create (fixture, NULL, QS_CHANNEL_SUGGESTION_BOX, QS_REQUEST_KIND_SUGGESTION,
            "2027-01-04T09:00:00-05:00");
  g_autoptr (QsRequest) fourth = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (first), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00001");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (second), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00002");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (new_year_eve), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00003");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (next_year), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2027-00001");

  /* A deleted request keeps its number: numbers are never given twice. */
  qs_entity_set_deleted_at (QS_ENTITY (new_year_eve), at ("2027-01-05T09:00:00-05:00"));
  g_assert_true (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                     QS_ENTITY (new_year_eve), &error));
  g_assert_no_error (error);
  fourth =
    create (fixture, NULL, QS_CHANNEL_PHONE, QS_REQUEST_KIND_REQUEST, "2026-06-01T09:00:00-04:00");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (fourth), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00004");

  /* Past 99 999, the number simply grows. */
  g_assert_true (qs_store_exec (
    fixture->store, "UPDATE requests SET ref = 'REQ-2026-99999' WHERE ref = 'REQ-2026-00004'",
    &error));
  g_assert_no_error (error);
  g_clear_object (&fourth);
  fourth =
    create (fixture, NULL, QS_CHANNEL_PHONE, QS_REQUEST_KIND_REQUEST, "2026-06-01T09:00:00-04:00");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (fourth), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-100000");
}

static void
test_create_language_and_anonymous (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) english = create (fixture, fixture->client_en_id, QS_CHANNEL_PHONE,
                                          QS_REQUEST_KIND_REQUEST, "2026-04-27T09:00:00-04:00");
  g_autoptr (QsRequest) anonymous =
    create (fixture, NULL, QS_CHANNEL_SUGGESTION_BOX, QS_REQUEST_KIND_SUGGESTION,
            "2026-04-27T09:00:00-04:00");
  QsEntity *e = QS_ENTITY (anonymous);

  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (english), QS_REQUEST_FIELD_LANGUAGE), ==,
                   QS_LANGUAGE_EN);
  /* No client: the language of the provider's charter, no origin. */
  g_assert_cmpint (qs_entity_get_enum (e, QS_REQUEST_FIELD_LANGUAGE), ==, QS_LANGUAGE_FR);
  g_assert_null (qs_entity_get_string (e, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID));
  /* No acknowledgement commitment for the suggestion box. */
  g_assert_null (qs_entity_get_string (e, QS_REQUEST_FIELD_ACK_COMMITMENT_ID));
  g_assert_cmpint (qs_entity_get_int (e, QS_REQUEST_FIELD_ACK_DUE_AT), ==, 0);
  /* Monday 09:00 + 35 h: Mon 6.5, Tue–Thu 21, Friday holiday, Mon 7 → Tue 5 May 09:00. */
  assert_instant (qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT),
                  "2026-05-05T09:00:00-04:00");
}

static void
test_create_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsNewRequest input = {
    .client_id = fixture->client_fr_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .subject = "   ",
  };
  QsRequest *request;

  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-04-27T09:00:00-04:00"), &error);
  g_assert_null (request);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "subject"));
  g_clear_error (&error);

  input.subject = "Badge";
  input.department_id = NULL;
  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-04-27T09:00:00-04:00"), &error);
  g_assert_null (request);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "department"));
  g_clear_error (&error);

  input.department_id = fixture->department_id;
  input.channel = 42;
  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-04-27T09:00:00-04:00"), &error);
  g_assert_null (request);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "channel"));
  g_clear_error (&error);

  input.channel = QS_CHANNEL_EMAIL;
  input.client_id = "no-such-client";
  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-04-27T09:00:00-04:00"), &error);
  g_assert_null (request);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "client"));
  g_clear_error (&error);

  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM requests", NULL), ==,
                   0);
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM request_events", NULL),
                   ==, 0);
}

/* A client that cannot be read is a database error the user is told
 * about, not "the client chosen no longer exists". */
static void
test_create_unreadable_client (Fixture *fixture, gconstpointer data)
{
  QsRepository *clients = qs_store_get_repository (fixture->store, QS_TYPE_CLIENT);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) found = NULL;
  QsNewRequest input = {
    .client_id = fixture->client_fr_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .subject = "Badge",
  };
  QsRequest *request;

  /* Missing is not an error. */
  g_assert_true (qs_repository_find_if_any (clients, "no-such-client", &found, &error));
  g_assert_no_error (error);
  g_assert_null (found);
  g_assert_true (qs_repository_find_if_any (clients, NULL, &found, &error));
  g_assert_null (found);
  g_assert_true (qs_repository_find_if_any (clients, fixture->client_fr_id, &found, &error));
  g_assert_cmpstr (qs_entity_get_id (found), ==, fixture->client_fr_id);
  g_clear_object (&found);

  g_assert_true (
    qs_store_exec (fixture->store, "ALTER TABLE clients RENAME TO clients_elsewhere", &error));
  g_assert_no_error (error);
  g_assert_false (qs_repository_find_if_any (clients, fixture->client_fr_id, &found, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_assert_null (found);
  g_clear_error (&error);

  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-04-27T09:00:00-04:00"), &error);
  g_assert_null (request);
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_assert_null (strstr (error->message, "no longer exists"));
  g_clear_error (&error);

  g_assert_true (
    qs_store_exec (fixture->store, "ALTER TABLE clients_elsewhere RENAME TO clients", &error));
  g_assert_no_error (error);
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM requests", NULL), ==,
                   0);
}

static void
test_create_is_atomic (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsNewRequest input = {
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .subject = "Badge",
  };
  QsRequest *request;

  g_assert_true (qs_store_exec (fixture->store,
                                "CREATE TEMP TRIGGER fail_event BEFORE INSERT ON request_events "
                                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                                &error));
  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-04-27T09:00:00-04:00"), &error);
  g_assert_null (request);
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM requests", NULL), ==,
                   0);

  /* And the number was not used up. */
  g_assert_true (qs_store_exec (fixture->store, "DROP TRIGGER fail_event", &error));
  request =
    qs_request_desk_create (fixture->desk, &input, ACTOR, at ("2026-04-27T09:00:00-04:00"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00001");
  g_object_unref (request);
}

static void
test_match_commitments (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *phone_ack = NULL;
  g_autofree char *email_complaints = NULL;
  g_autofree char *suggestions = NULL;
  QsCommitment    *ack = NULL, *resolution = NULL;

  /* An e-mail request: the e-mail acknowledgement, the "any" resolution. */
  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->department_id,
                                                    QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST, &ack,
                                                    &resolution, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (ack)), ==, fixture->ack_commitment_id);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (resolution)), ==,
                   fixture->resolution_commitment_id);
  g_clear_object (&ack);
  g_clear_object (&resolution);

  /* By phone: no acknowledgement commitment applies. */
  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->department_id,
                                                    QS_CHANNEL_PHONE, QS_REQUEST_KIND_REQUEST, &ack,
                                                    &resolution, &error));
  g_assert_null (ack);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (resolution)), ==,
                   fixture->resolution_commitment_id);
  g_clear_object (&resolution);

  /* An exact channel beats "any", even placed after it; a list of kinds
   * restricts a commitment to those kinds. */
  email_complaints = qs_requests_fixture_add_commitment (fixture, QS_METRIC_RESOLUTION,
                                                         QS_CHANNEL_EMAIL, "complaint, suggestion",
                                                         2, QS_DURATION_UNIT_BUSINESS_DAYS, 5);
  suggestions =
    qs_requests_fixture_add_commitment (fixture, QS_METRIC_RESOLUTION, QS_CHANNEL_ANY, "suggestion",
                                        20, QS_DURATION_UNIT_BUSINESS_DAYS, 0);
  phone_ack =
    qs_requests_fixture_add_commitment (fixture, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_PHONE,
                                        "request", 4, QS_DURATION_UNIT_BUSINESS_HOURS, 7);

  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->department_id,
                                                    QS_CHANNEL_EMAIL, QS_REQUEST_KIND_COMPLAINT,
                                                    &ack, &resolution, &error));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (ack)), ==, fixture->ack_commitment_id);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (resolution)), ==, email_complaints);
  g_clear_object (&ack);
  g_clear_object (&resolution);

  /* An e-mail request is not a complaint: back to "any". */
  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->department_id,
                                                    QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST, NULL,
                                                    &resolution, &error));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (resolution)), ==,
                   fixture->resolution_commitment_id);
  g_clear_object (&resolution);

  /* A suggestion by letter: among the "any" ones, the first by position. */
  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->department_id,
                                                    QS_CHANNEL_LETTER, QS_REQUEST_KIND_SUGGESTION,
                                                    NULL, &resolution, &error));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (resolution)), ==, suggestions);
  g_clear_object (&resolution);

  /* A phone complaint: the phone acknowledgement is for requests only. */
  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->department_id,
                                                    QS_CHANNEL_PHONE, QS_REQUEST_KIND_COMPLAINT,
                                                    &ack, NULL, &error));
  g_assert_null (ack);
  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->department_id,
                                                    QS_CHANNEL_PHONE, QS_REQUEST_KIND_REQUEST, &ack,
                                                    NULL, &error));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (ack)), ==, phone_ack);
  g_clear_object (&ack);

  /* Only a published charter counts. */
  g_assert_true (qs_request_desk_match_commitments (fixture->desk, fixture->client_department_id,
                                                    QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST, &ack,
                                                    &resolution, &error));
  g_assert_null (ack);
  g_assert_null (resolution);
}

static void
test_hours_cache (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBusinessHours) before = NULL;
  g_autoptr (QsBusinessHours) again = NULL;
  g_autoptr (QsBusinessHours) after = NULL;
  g_autoptr (QsCalendarDay) closed = qs_calendar_day_new ();
  gint64 tuesday = at ("2026-04-28T10:00:00-04:00");

  before =
    qs_request_repository_get_hours (fixture->store, NULL, fixture->department_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (qs_business_hours_is_open (before, tuesday));
  again =
    qs_request_repository_get_hours (fixture->store, fixture->calendar_id, NULL, NULL, &error);
  g_assert_true (again == before);

  /* Closing a day is seen at once. */
  qs_entity_set_string (QS_ENTITY (closed), QS_CALENDAR_DAY_FIELD_CALENDAR_ID,
                        fixture->calendar_id);
  qs_entity_set_string (QS_ENTITY (closed), QS_CALENDAR_DAY_FIELD_DAY, "2026-04-28");
  qs_requests_fixture_save (fixture, closed);
  after =
    qs_request_repository_get_hours (fixture->store, NULL, fixture->department_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (qs_business_hours_is_open (after, tuesday));
}

static const char *
zone_of (QsBusinessHours *hours)
{
  g_assert_nonnull (hours);
  return g_time_zone_get_identifier (qs_business_hours_get_timezone (hours));
}

static void
test_hours_choice (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCalendar) paris = qs_calendar_new ();
  g_autoptr (QsBusinessHours) own = NULL;
  g_autoptr (QsBusinessHours) first = NULL;
  g_autoptr (QsBusinessHours) by_default = NULL;
  g_autoptr (QsBusinessHours) asked = NULL;
  g_autoptr (GError) error = NULL;

  qs_entity_set_string (QS_ENTITY (paris), QS_CALENDAR_FIELD_REF, "CAL-PARIS");
  qs_entity_set_string (QS_ENTITY (paris), QS_CALENDAR_FIELD_NAME, "Head office");
  qs_entity_set_string (QS_ENTITY (paris), QS_CALENDAR_FIELD_TIMEZONE, "Europe/Paris");
  qs_entity_set_string (QS_ENTITY (paris), QS_CALENDAR_FIELD_WEEKLY_HOURS, "mon=09:00-17:00");
  qs_requests_fixture_save (fixture, paris);

  /* Human Resources has its own calendar. */
  own = qs_request_repository_get_hours (fixture->store, NULL, fixture->department_id, "CAL-PARIS",
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zone_of (own), ==, "America/Toronto");

  /* Finance has none and no charter: the default, else the first one. */
  first = qs_request_repository_get_hours (fixture->store, NULL, fixture->client_department_id,
                                           NULL, &error);
  g_assert_cmpstr (zone_of (first), ==, "America/Toronto");
  qs_request_repository_set_default_calendar (fixture->store, "CAL-PARIS");
  by_default = qs_request_repository_get_hours (fixture->store, NULL, fixture->client_department_id,
                                                NULL, &error);
  g_assert_cmpstr (zone_of (by_default), ==, "Europe/Paris");
  asked = qs_request_repository_get_hours (fixture->store, NULL, fixture->client_department_id,
                                           "CAL-RH", &error);
  g_assert_cmpstr (zone_of (asked), ==, "America/Toronto");
  g_assert_no_error (error);
}

static void
test_acknowledgement_text (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) french = create (fixture, fixture->client_fr_id, QS_CHANNEL_EMAIL,
                                         QS_REQUEST_KIND_COMPLAINT, "2026-04-24T17:10:00-04:00");
  g_autoptr (QsRequest) english = create (fixture, fixture->client_en_id, QS_CHANNEL_EMAIL,
                                          QS_REQUEST_KIND_REQUEST, "2026-04-24T17:10:00-04:00");
  g_autoptr (GError) error = NULL;
  g_autofree char *fr = NULL;
  g_autofree char *en = NULL;

  /* Confidential or not, the letter is addressed to the client. */
  g_assert_true (qs_request_repository_set_field (fixture->store, french,
                                                  QS_REQUEST_FIELD_CONFIDENTIAL, "1", ACTOR,
                                                  at ("2026-04-27T09:00:00-04:00"), &error));
  fr = qs_request_desk_acknowledgement_text (fixture->desk, french, &error);
  g_assert_no_error (error);
  g_test_message ("%s", fr);
  g_assert_nonnull (strstr (fr, "Bonjour Marie,"));
  g_assert_nonnull (strstr (fr, "plainte"));
  g_assert_nonnull (strstr (fr, "Pay slip missing"));
  g_assert_nonnull (strstr (fr, "REQ-2026-00001"));
  g_assert_nonnull (strstr (fr, "24 avril"));
  g_assert_nonnull (strstr (fr, "lundi 4 mai"));
  g_assert_nonnull (strstr (fr, "16 h 30"));
  g_assert_nonnull (strstr (fr, "Human Resources"));

  en = qs_request_desk_acknowledgement_text (fixture->desk, english, &error);
  g_assert_no_error (error);
  g_test_message ("%s", en);
  g_assert_nonnull (strstr (en, "Dear John,"));
  g_assert_nonnull (strstr (en, "REQ-2026-00002"));
  g_assert_nonnull (strstr (en, "Friday 24 April"));
  g_assert_nonnull (strstr (en, "Monday 4 May"));
  g_assert_nonnull (strstr (en, "16:30"));
  g_assert_null (strstr (en, "avril"));
}

static void
test_edit_fields (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, fixture->client_fr_id, QS_CHANNEL_EMAIL,
                                          QS_REQUEST_KIND_COMPLAINT, "2026-04-24T17:10:00-04:00");
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;
  gint64    now = at ("2026-04-27T09:00:00-04:00");
  QsEntity *event;

  g_assert_true (qs_request_repository_set_field (
    fixture->store, request, QS_REQUEST_FIELD_PRIORITY, "urgent", ACTOR, now, &error));
  g_assert_no_error (error);
  g_assert_true (qs_request_repository_set_field (
    fixture->store, request, QS_REQUEST_FIELD_ASSIGNEE_ID, fixture->owner_id, ACTOR, now, &error));
  /* The same value again writes nothing. */
  g_assert_true (qs_request_repository_set_field (
    fixture->store, request, QS_REQUEST_FIELD_PRIORITY, "urgent", ACTOR, now, &error));
  g_assert_false (qs_request_repository_set_field (
    fixture->store, request, QS_REQUEST_FIELD_PRIORITY, "whenever", ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "priority"));
  g_clear_error (&error);
  g_assert_false (qs_request_repository_set_field (
    fixture->store, request, QS_REQUEST_FIELD_SUBJECT, "", ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);
  /* Due dates are the clock's, not a field to type in. */
  g_assert_false (qs_request_repository_set_field (
    fixture->store, request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT, "0", ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (qs_request_repository_set_guide (
    fixture->store, request, (1u << QS_GUIDE_STEP_FEELINGS) | (1u << QS_GUIDE_STEP_LISTENED), ACTOR,
    now, &error));
  g_assert_true (qs_request_repository_comment (fixture->store, request, "Called her back.", ACTOR,
                                                now, &error));
  g_assert_false (
    qs_request_repository_comment (fixture->store, request, "  ", ACTOR, now, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);

  stored = qs_requests_fixture_reload (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_REQUEST_FIELD_PRIORITY), ==,
                   QS_PRIORITY_URGENT);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_REQUEST_FIELD_ASSIGNEE_ID), ==,
                   fixture->owner_id);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_REQUEST_FIELD_HANDLING_GUIDE), ==,
                   "listened,feelings");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_REQUEST_FIELD_SUBJECT), ==,
                   "Pay slip missing");

  /* created, priority, assignee, guide, comment */
  events = qs_requests_fixture_events (fixture, request);
  g_assert_cmpuint (events->len, ==, 5);
  event = g_ptr_array_index (events, 1);
  g_assert_cmpint (qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND), ==,
                   QS_EVENT_KIND_FIELD);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_FIELD), ==, "priority");
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_OLD_VALUE), ==, "normal");
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NEW_VALUE), ==, "urgent");
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_ACTOR), ==, ACTOR);
  event = g_ptr_array_index (events, 3);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_FIELD), ==,
                   "handling_guide");
  g_assert_null (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_OLD_VALUE));
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NEW_VALUE), ==,
                   "listened,feelings");
  event = g_ptr_array_index (events, 4);
  g_assert_cmpint (qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND), ==,
                   QS_EVENT_KIND_COMMENT);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NOTE), ==,
                   "Called her back.");
}

static void
test_reveal (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create (fixture, fixture->client_fr_id, QS_CHANNEL_EMAIL,
                                          QS_REQUEST_KIND_COMPLAINT, "2026-04-24T17:10:00-04:00");
  g_autoptr (QsRequest) anonymous =
    create (fixture, NULL, QS_CHANNEL_SUGGESTION_BOX, QS_REQUEST_KIND_SUGGESTION,
            "2026-04-24T17:10:00-04:00");
  g_autoptr (QsClient) client = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;
  QsEntity *event;

  client = qs_request_repository_reveal_client (fixture->store, request, "Luc Gagnon",
                                                at ("2026-04-27T10:00:00-04:00"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_FAMILY_NAME), ==,
                   "Tremblay");
  events = qs_requests_fixture_events (fixture, request);
  g_assert_cmpuint (events->len, ==, 2);
  event = g_ptr_array_index (events, 1);
  g_assert_cmpint (qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND), ==,
                   QS_EVENT_KIND_REVEAL);
  g_assert_cmpstr (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_ACTOR), ==, "Luc Gagnon");
  g_assert_cmpint (qs_entity_get_int (event, QS_REQUEST_EVENT_FIELD_AT), ==,
                   at ("2026-04-27T10:00:00-04:00"));

  g_assert_null (qs_request_repository_reveal_client (fixture->store, anonymous, "Luc Gagnon",
                                                      at ("2026-04-27T10:00:00-04:00"), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_NOT_FOUND);
}

static char *
query_plan (Fixture *fixture, const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  GString         *plan = g_string_new (NULL);
  sqlite3         *db = NULL;
  sqlite3_stmt    *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (plan, FALSE);
}

/* The queries of the repository that must stay index lookups on a
 * million requests (the same text as in the repository). */
static void
test_query_plans (Fixture *fixture, gconstpointer data)
{
  g_autofree char *next_ref =
    query_plan (fixture, "SELECT CAST (substr (ref, 10) AS INTEGER) FROM requests "
                         "WHERE substr (ref, 1, 9) = ? "
                         "ORDER BY CAST (substr (ref, 10) AS INTEGER) DESC LIMIT 1");
  g_autofree char *overdue = query_plan (
    fixture, "SELECT id, calendar_id, department_id, commitment_id, "
             "resolution_due_at, escalation_level FROM requests INDEXED BY requests_open_due "
             "WHERE deleted_at IS NULL AND status NOT IN ('closed', 'rejected') "
             "AND resolution_due_at < ? "
             "AND status NOT IN ('waiting-on-client', 'resolved', 'client-informed') "
             "AND escalation_level < 2 ORDER BY resolution_due_at");
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GVariant) params = NULL;
  g_autofree char *filtered_sql = NULL;
  g_autofree char *filtered = NULL;

  g_test_message ("%s%s", next_ref, overdue);
  g_assert_nonnull (strstr (next_ref, "SEARCH requests USING INDEX requests_ref_number"));
  g_assert_null (strstr (next_ref, "TEMP B-TREE"));
  g_assert_nonnull (
    strstr (overdue, "SEARCH requests USING INDEX requests_open_due (resolution_due_at<?)"));
  g_assert_null (strstr (overdue, "TEMP B-TREE"));

  /* A filter on status and kind reads the status index, not every live
   * request through requests_live. */
  filter->status = QS_REQUEST_STATUS_IN_ANALYSIS;
  filter->kind = QS_REQUEST_KIND_COMPLAINT;
  filtered_sql = qs_request_query_build_sql (filter, 0, 0.75, &params);
  filtered = query_plan (fixture, filtered_sql);
  g_test_message ("%s", filtered);
  g_assert_nonnull (strstr (filtered, "USING INDEX requests_status"));
  g_assert_null (strstr (filtered, "requests_live"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add (path, Fixture, NULL, qs_requests_fixture_set_up, func, qs_requests_fixture_tear_down)

  ADD ("/request-repository/create/due-dates", test_create_due_dates);
  ADD ("/request-repository/create/references", test_create_references);
  ADD ("/request-repository/create/promise-stands", test_promise_stands);
  ADD ("/request-repository/create/language-and-anonymous", test_create_language_and_anonymous);
  ADD ("/request-repository/create/validation", test_create_validation);
  ADD ("/request-repository/create/atomic", test_create_is_atomic);
  ADD ("/request-repository/create/unreadable-client", test_create_unreadable_client);
  ADD ("/request-repository/match-commitments", test_match_commitments);
  ADD ("/request-repository/hours-cache", test_hours_cache);
  ADD ("/request-repository/hours-choice", test_hours_choice);
  ADD ("/request-repository/acknowledgement-text", test_acknowledgement_text);
  ADD ("/request-repository/edit-fields", test_edit_fields);
  ADD ("/request-repository/reveal", test_reveal);
  ADD ("/request-repository/query-plans", test_query_plans);

  return g_test_run ();
}
