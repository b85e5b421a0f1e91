/* test-survey-proposals.c — whom the store proposes to ask about a closed request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation of requests-fixture.h: Human Resources handles the
 * requests, on a Toronto calendar open 08:30–12:00 and 13:00–16:30 on
 * weekdays; Marie Tremblay and John Smith work in Finance, Nadia Roy in
 * Human Resources. Every instant carries its offset.
 */
#include "config.h"

#include "qs-error.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-survey-proposals.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

#define ACTOR "Nadia Roy"

typedef QsRequestsFixture Fixture;

static QsSurveyProposalRow *
proposal_for (Fixture *fixture, QsRequest *request)
{
  g_autoptr (GError) error = NULL;
  QsSurveyProposalRow *row = qs_survey_proposals_for_request (
    fixture->store, qs_entity_get_id (QS_ENTITY (request)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (row);
  return row;
}

static void
test_rules_from_the_store (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) first = NULL;
  g_autoptr (QsRequest) second = NULL;
  g_autoptr (QsRequest) open = NULL;
  g_autoptr (QsSurveyProposalRow) row = NULL;
  g_autoptr (QsRequest) stored = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;
  QsEntity *last_event;

  qs_requests_fixture_consent (fixture, fixture->client_fr_id);
  first = qs_requests_fixture_close_new (fixture, fixture->client_fr_id, FALSE,
                                         "2026-05-04T10:00:00-04:00");

  /* Closed Monday 10:00: 5.5 business hours that day, 1.5 on Tuesday. */
  row = proposal_for (fixture, first);
  g_assert_cmpint (row->proposal.verdict, ==, QS_SURVEY_VERDICT_ASK);
  g_assert_cmpint (row->proposal.ask_at, ==, qs_requests_fixture_at ("2026-05-05T10:00:00-04:00"));
  g_assert_cmpstr (row->client_id, ==, fixture->client_fr_id);
  g_assert_cmpstr (row->language, ==, "fr");
  g_clear_pointer (&row, qs_survey_proposal_row_free);

  /* Asked on Tuesday: the history says so, and twice is refused. */
  g_assert_true (qs_survey_proposals_mark_asked (
    fixture->store, first, qs_requests_fixture_at ("2026-05-05T10:00:00-04:00"), ACTOR,
    qs_requests_fixture_at ("2026-05-05T10:00:00-04:00"), &error));
  g_assert_no_error (error);
  stored = qs_requests_fixture_reload (fixture, first);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (stored), QS_REQUEST_FIELD_SURVEY_ASKED_AT), ==,
                   qs_requests_fixture_at ("2026-05-05T10:00:00-04:00"));
  events = qs_requests_fixture_events (fixture, first);
  last_event = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpstr (qs_entity_get_string (last_event, QS_REQUEST_EVENT_FIELD_FIELD), ==,
                   "survey_asked_at");
  g_assert_cmpstr (qs_entity_get_string (last_event, QS_REQUEST_EVENT_FIELD_NEW_VALUE), ==,
                   "2026-05-05T14:00:00Z");
  g_assert_false (qs_survey_proposals_mark_asked (
    fixture->store, first, qs_requests_fixture_at ("2026-05-06T10:00:00-04:00"), ACTOR,
    qs_requests_fixture_at ("2026-05-06T10:00:00-04:00"), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);

  /* Her next request, closed a week later, is within the 30 days. */
  second = qs_requests_fixture_close_new (fixture, fixture->client_fr_id, FALSE,
                                          "2026-05-11T10:00:00-04:00");
  row = proposal_for (fixture, second);
  g_assert_cmpint (row->proposal.verdict, ==, QS_SURVEY_VERDICT_COOL_OFF);
  g_assert_cmpint (row->proposal.since, ==, qs_requests_fixture_at ("2026-05-05T10:00:00-04:00"));
  g_assert_cmpint (row->proposal.until, ==, qs_requests_fixture_at ("2026-06-04T10:00:00-04:00"));
  g_clear_pointer (&row, qs_survey_proposal_row_free);

  /* Human Resources asks at most once in 7 days: now she can be. */
  {
    g_autoptr (QsEntity) department = qs_repository_find (
      qs_store_get_repository (fixture->store, QS_TYPE_DEPARTMENT), fixture->department_id, &error);

    g_assert_no_error (error);
    qs_entity_set_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES, "cool-off=7");
    qs_requests_fixture_save (fixture, department);
  }
  row = proposal_for (fixture, second);
  g_assert_cmpint (row->proposal.verdict, ==, QS_SURVEY_VERDICT_ASK);
  g_assert_cmpuint (row->rules.cool_off_days, ==, 7);
  g_clear_pointer (&row, qs_survey_proposal_row_free);

  /* An open request is not asked about. */
  open = qs_requests_fixture_close_new (fixture, fixture->client_fr_id, FALSE,
                                        "2026-05-12T10:00:00-04:00");
  g_assert_true (
    qs_request_repository_apply (fixture->store, open, QS_REQUEST_ACTION_REOPEN, "Not fixed", ACTOR,
                                 qs_requests_fixture_at ("2026-05-12T11:00:00-04:00"), &error));
  g_assert_null (
    qs_survey_proposals_for_request (fixture->store, qs_entity_get_id (QS_ENTITY (open)), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
}

/* Who is never asked, and a confidential request's client never given. */
static void
test_never_asked (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) confidential = NULL;
  g_autoptr (QsRequest) unwilling = NULL;
  g_autoptr (QsRequest) colleague = NULL;
  g_autoptr (QsRequest) anonymous = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  const QsSurveyVerdict expected[] = { QS_SURVEY_VERDICT_CONFIDENTIAL, QS_SURVEY_VERDICT_NO_CONSENT,
                                       QS_SURVEY_VERDICT_OWN_DEPARTMENT,
                                       QS_SURVEY_VERDICT_NO_CLIENT };

  qs_requests_fixture_consent (fixture, fixture->client_fr_id);
  qs_requests_fixture_consent (fixture, fixture->owner_id);
  confidential = qs_requests_fixture_close_new (fixture, fixture->client_fr_id, TRUE,
                                                "2026-05-04T10:00:00-04:00");
  unwilling = qs_requests_fixture_close_new (fixture, fixture->client_en_id, FALSE,
                                             "2026-05-04T11:00:00-04:00");
  colleague =
    qs_requests_fixture_close_new (fixture, fixture->owner_id, FALSE, "2026-05-04T13:00:00-04:00");
  anonymous = qs_requests_fixture_close_new (fixture, NULL, FALSE, "2026-05-04T14:00:00-04:00");

  rows = qs_survey_proposals_closed_between (
    fixture->store, qs_requests_fixture_at ("2026-05-04T00:00:00-04:00"),
    qs_requests_fixture_at ("2026-05-05T00:00:00-04:00"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < rows->len; i++)
    {
      QsSurveyProposalRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpint (row->proposal.verdict, ==, expected[i]);
    }
  /* Closed in that order; the confidential request's client is not said. */
  g_assert_cmpstr (((QsSurveyProposalRow *) g_ptr_array_index (rows, 0))->request_id, ==,
                   qs_entity_get_id (QS_ENTITY (confidential)));
  g_assert_null (((QsSurveyProposalRow *) g_ptr_array_index (rows, 0))->client_id);
  g_assert_null (((QsSurveyProposalRow *) g_ptr_array_index (rows, 0))->language);

  /* A day with nothing closed. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = qs_survey_proposals_closed_between (
    fixture->store, qs_requests_fixture_at ("2026-05-05T00:00:00-04:00"),
    qs_requests_fixture_at ("2026-05-06T00:00:00-04:00"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add (path, Fixture, NULL, qs_requests_fixture_set_up, func, qs_requests_fixture_tear_down)

  ADD ("/survey-proposals/rules-from-the-store", test_rules_from_the_store);
  ADD ("/survey-proposals/never-asked", test_never_asked);
  return g_test_run ();
}
