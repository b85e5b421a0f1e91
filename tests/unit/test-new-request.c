/* test-new-request.c — what a new request is promised when it is received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The provider's office is in Toronto, open Monday to Friday 08:30–12:00
 * and 13:00–16:30 (7 h a day); its charter promises an acknowledgement
 * within 24 business hours and a resolution within 5 business days. The
 * due dates are counted by hand.
 */
#include <string.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-new-request.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

static QsBusinessHours *
office (void)
{
  g_autoptr (GError) error = NULL;
  QsBusinessHours *hours = qs_business_hours_new ("America/Toronto", QS_TEST_OFFICE_HOURS, &error);

  g_assert_no_error (error);
  return hours;
}

static QsCommitment *
commitment (QsMetric metric, double value, QsDurationUnit unit)
{
  QsCommitment *commitment = qs_commitment_new ();

  qs_entity_set_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_METRIC, metric);
  qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_VALUE, value);
  qs_entity_set_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_UNIT, unit);
  return commitment;
}

static QsNewRequest
valid_input (void)
{
  QsNewRequest input = {
    .client_id = "client-marie",
    .department_id = "department-hr",
    .channel = QS_CHANNEL_EMAIL,
    .kind = QS_REQUEST_KIND_COMPLAINT,
    .problem = QS_PROBLEM_TRAINING,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "  Badge refused  ",
    .description = "",
    .received_at = 0,
  };

  return input;
}

static void
assert_refused (const QsNewRequest *input, const char *word)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (qs_new_request_check (input, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, word));
}

static void
test_check (void)
{
  QsNewRequest input = valid_input ();
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_new_request_check (&input, &error));
  g_assert_no_error (error);

  input.subject = " \t ";
  assert_refused (&input, "subject");
  input.subject = NULL;
  assert_refused (&input, "subject");
  input = valid_input ();
  input.department_id = "";
  assert_refused (&input, "department");
  input = valid_input ();
  input.channel = 42;
  assert_refused (&input, "channel");
  input = valid_input ();
  input.priority = -1;
  assert_refused (&input, "priority");
}

static void
test_language (void)
{
  g_autoptr (QsClient) english = qs_client_new ();
  g_autoptr (QsClient) french = qs_client_new ();
  g_autoptr (QsCharter) english_charter = qs_charter_new ();
  g_autoptr (QsCharter) french_charter = qs_charter_new ();

  qs_entity_set_enum (QS_ENTITY (english), QS_CLIENT_FIELD_LANGUAGE, QS_LANGUAGE_EN);
  qs_entity_set_enum (QS_ENTITY (french), QS_CLIENT_FIELD_LANGUAGE, QS_LANGUAGE_FR);
  qs_entity_set_enum (QS_ENTITY (english_charter), QS_CHARTER_FIELD_LANGUAGE, QS_LANGUAGE_EN);
  qs_entity_set_enum (QS_ENTITY (french_charter), QS_CHARTER_FIELD_LANGUAGE, QS_LANGUAGE_FR);

  /* The client's language first, then the charter's, then French. */
  g_assert_cmpint (qs_new_request_language (english, french_charter), ==, QS_LANGUAGE_EN);
  g_assert_cmpint (qs_new_request_language (french, english_charter), ==, QS_LANGUAGE_FR);
  g_assert_cmpint (qs_new_request_language (NULL, english_charter), ==, QS_LANGUAGE_EN);
  g_assert_cmpint (qs_new_request_language (NULL, french_charter), ==, QS_LANGUAGE_FR);
  g_assert_cmpint (qs_new_request_language (NULL, NULL), ==, QS_LANGUAGE_FR);
}

/* Received on a Friday after closing: counting starts on Monday 08:30. */
static void
test_build_due_dates (void)
{
  g_autoptr (QsBusinessHours) hours = office ();
  g_autoptr (QsCommitment) ack =
    commitment (QS_METRIC_ACKNOWLEDGEMENT, 24, QS_DURATION_UNIT_BUSINESS_HOURS);
  g_autoptr (QsCommitment) resolution =
    commitment (QS_METRIC_RESOLUTION, 5, QS_DURATION_UNIT_BUSINESS_DAYS);
  g_autoptr (QsClient) client = qs_client_new ();
  g_autoptr (QsRequest) request = NULL;
  QsNewRequest input = valid_input ();
  QsEntity    *e;

  qs_entity_set_string (QS_ENTITY (client), QS_CLIENT_FIELD_DEPARTMENT_ID, "department-finance");
  input.received_at = qs_test_instant ("2026-04-24T17:10:00-04:00");
  request = qs_new_request_build (&input, client, ack, resolution, "calendar-hr", hours,
                                  QS_LANGUAGE_FR, qs_test_instant ("2026-04-27T09:00:00-04:00"));
  e = QS_ENTITY (request);

  g_assert_null (qs_entity_get_string (e, QS_REQUEST_FIELD_REF));
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_SUBJECT), ==, "Badge refused");
  g_assert_null (qs_entity_get_string (e, QS_REQUEST_FIELD_DESCRIPTION));
  g_assert_cmpint (qs_entity_get_enum (e, QS_REQUEST_FIELD_STATUS), ==, QS_REQUEST_STATUS_RECEIVED);
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID), ==,
                   "department-finance");
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID), ==, "department-hr");
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_CALENDAR_ID), ==, "calendar-hr");
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_ACK_COMMITMENT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (ack)));
  g_assert_cmpstr (qs_entity_get_string (e, QS_REQUEST_FIELD_COMMITMENT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (resolution)));
  g_assert_cmpint (qs_entity_get_int (e, QS_REQUEST_FIELD_RECEIVED_AT), ==,
                   qs_test_instant ("2026-04-24T17:10:00-04:00"));
  /* 24 h: Monday to Wednesday (21 h), then 3 h on Thursday morning. */
  g_assert_cmpint (qs_entity_get_int (e, QS_REQUEST_FIELD_ACK_DUE_AT), ==,
                   qs_test_instant ("2026-04-30T11:30:00-04:00"));
  /* 5 days of 7 h: Monday 08:30 to Friday 16:30. */
  g_assert_cmpint (qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-05-01T16:30:00-04:00"));
}

/* No commitment or no clock: no due date; no time given: received now. */
static void
test_build_without_promise (void)
{
  g_autoptr (QsBusinessHours) hours = office ();
  g_autoptr (QsCommitment) resolution =
    commitment (QS_METRIC_RESOLUTION, 5, QS_DURATION_UNIT_BUSINESS_DAYS);
  g_autoptr (QsRequest) no_commitment = NULL;
  g_autoptr (QsRequest) no_clock = NULL;
  QsNewRequest input = valid_input ();
  gint64       now = qs_test_instant ("2026-04-27T09:00:00-04:00");

  input.client_id = NULL;
  no_commitment = qs_new_request_build (&input, NULL, NULL, NULL, NULL, hours, QS_LANGUAGE_EN, now);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (no_commitment), QS_REQUEST_FIELD_RECEIVED_AT), ==,
                   now);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (no_commitment), QS_REQUEST_FIELD_ACK_DUE_AT), ==,
                   0);
  g_assert_cmpint (
    qs_entity_get_int (QS_ENTITY (no_commitment), QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==, 0);
  g_assert_null (qs_entity_get_string (QS_ENTITY (no_commitment), QS_REQUEST_FIELD_CLIENT_ID));
  g_assert_null (
    qs_entity_get_string (QS_ENTITY (no_commitment), QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID));
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (no_commitment), QS_REQUEST_FIELD_LANGUAGE), ==,
                   QS_LANGUAGE_EN);

  no_clock = qs_new_request_build (&input, NULL, NULL, resolution, NULL, NULL, QS_LANGUAGE_FR, now);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (no_clock), QS_REQUEST_FIELD_COMMITMENT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (resolution)));
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (no_clock), QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   0);
}

/* The year of the reference is the provider's, where the request arrived. */
static void
test_reference_year (void)
{
  g_autoptr (QsBusinessHours) hours = office ();
  g_autoptr (QsRequest) request = qs_request_new ();

  /* 03:00 UTC on 1 January is still 31 December, 22:00, in Toronto. */
  qs_entity_set_int (QS_ENTITY (request), QS_REQUEST_FIELD_RECEIVED_AT,
                     qs_test_instant ("2026-01-01T03:00:00Z"));
  g_assert_cmpint (qs_new_request_reference_year (request, hours), ==, 2025);
  g_assert_cmpint (qs_new_request_reference_year (request, NULL), ==, 2026);

  qs_entity_set_int (QS_ENTITY (request), QS_REQUEST_FIELD_RECEIVED_AT,
                     qs_test_instant ("2026-01-01T05:00:00Z"));
  g_assert_cmpint (qs_new_request_reference_year (request, hours), ==, 2026);
}

int
main (int argc, char *argv[])
{
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/new-request/check", test_check);
  g_test_add_func ("/new-request/language", test_language);
  g_test_add_func ("/new-request/build-due-dates", test_build_due_dates);
  g_test_add_func ("/new-request/build-without-promise", test_build_without_promise);
  g_test_add_func ("/new-request/reference-year", test_reference_year);

  return g_test_run ();
}
