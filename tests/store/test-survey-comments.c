/* test-survey-comments.c — a questionnaire's comment made a complaint or an action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the requests fixture: a questionnaire of Human Resources, not
 * anonymous, of a score and a comment, answered by Marie Tremblay of
 * Finance. Her comment is taken up as a piece of feedback that leads
 * back to no one, once, whatever it becomes.
 */
#include "config.h"

#include <math.h>

#include "qs-error.h"
#include "qs-feedback-desk.h"
#include "qs-feedback-query.h"
#include "qs-repository.h"
#include "qs-survey-repository.h"
#include "qs-survey-results.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

#define COMMENT "The forms are hard to find.\nThe intranet page is old."

typedef struct
{
  QsRequestsFixture base;
  QsSurvey         *survey;
  GPtrArray        *questions;
  gint64            now;
} Fixture;

static QsSurveyQuestion *
question (QsQuestionKind kind, const char *en)
{
  QsSurveyQuestion *question = qs_survey_question_new ();

  qs_entity_set_enum (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_KIND, kind);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_EN, en);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_FR, en);
  return question;
}

/* Marie Tremblay's answers, about the service @service_id (or none). */
static void
respond (Fixture *fixture, const char *service_id, const char *comment)
{
  GPtrArray        *entities = g_ptr_array_new_with_free_func (g_object_unref);
  QsSurveyResponse *response = qs_survey_response_new ();

  qs_entity_set_string (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID,
                        fixture->base.client_department_id);
  qs_entity_set_string (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_CLIENT_ID,
                        fixture->base.client_fr_id);
  qs_entity_set_string (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_SERVICE_ID, service_id);
  qs_entity_set_int (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT,
                     qs_requests_fixture_at ("2026-10-05T12:34:56-04:00"));
  g_ptr_array_add (entities, response);
  g_ptr_array_add (entities, qs_requests_fixture_new_answer (
                               g_ptr_array_index (fixture->questions, 0), 2, NAN, NULL));
  g_ptr_array_add (entities, qs_requests_fixture_new_answer (
                               g_ptr_array_index (fixture->questions, 1), NAN, NAN, comment));
  qs_requests_fixture_record_response (&fixture->base, fixture->survey, entities);
}

/* A questionnaire of Human Resources when @department, else of no one. */
static void
create_survey (Fixture *fixture, gboolean department)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;

  fixture->survey = qs_survey_new ();
  g_object_set (fixture->survey, "ref", "PULSE", "title_en", "Pulse", "title_fr", "Pouls",
                "opens_on", "2026-10-01", "closes_on", "2026-10-31", NULL);
  if (department)
    qs_entity_set_string (QS_ENTITY (fixture->survey), QS_SURVEY_FIELD_DEPARTMENT_ID,
                          fixture->base.department_id);
  fixture->questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_SCALE, "Satisfied?"));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_TEXT, "Anything else?"));
  g_assert_true (qs_survey_repository_create (fixture->base.store, fixture->survey,
                                              fixture->questions, NULL, utc, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  qs_requests_fixture_set_up (&fixture->base, data);
  fixture->now = qs_requests_fixture_at ("2026-11-09T10:00:00-05:00");
  create_survey (fixture, data == NULL);
  respond (fixture, NULL, COMMENT);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->survey);
  g_clear_pointer (&fixture->questions, g_ptr_array_unref);
  qs_requests_fixture_tear_down (&fixture->base, data);
}

/* The results' comments, every one shown (a threshold of 1). */
static QsSurveyResults *
read_results (Fixture *fixture)
{
  QsSurveyResultsQuery query = { .threshold = 1 };
  g_autoptr (GError) error = NULL;
  QsSurveyResults *results =
    qs_survey_results_read (fixture->base.store, fixture->survey, &query, &error);

  g_assert_no_error (error);
  g_assert_true (results->total->shown);
  return results;
}

static QsSurveyComment *
comment_of (QsSurveyResults *results, guint index)
{
  QsQuestionResult *result = g_ptr_array_index (results->total->questions, 1);

  g_assert_cmpuint (index, <, result->comments->len);
  return g_ptr_array_index (result->comments, index);
}

/* The id of the first comment. */
static char *
first_comment (Fixture *fixture)
{
  g_autoptr (QsSurveyResults) results = read_results (fixture);

  return g_strdup (comment_of (results, 0)->answer_id);
}

static gint64
count (Fixture *fixture, GType type)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_repository_count (qs_store_get_repository (fixture->base.store, type), NULL, NULL,
                                  QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  return n;
}

/* The comment becomes a complaint to Human Resources: anonymous,
 * although the questionnaire is not, dated today, found from the
 * comment and leading back to it. Once. */
static void
test_complaint (Fixture *fixture, gconstpointer data)
{
  g_autofree char *answer_id = first_comment (fixture);
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (QsRequest) again = NULL;
  g_autoptr (QsFeedback) feedback = NULL;
  g_autoptr (QsSurveyResults) results = NULL;
  g_autoptr (GError) error = NULL;
  gint64           n_requests = count (fixture, QS_TYPE_REQUEST);
  QsSurveyComment *comment;
  QsEntity        *entity;

  complaint = qs_feedback_desk_complain_about_comment (
    fixture->base.store, answer_id, NULL, QS_LANGUAGE_EN, "Nadia Roy", fixture->now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (complaint);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (complaint), QS_REQUEST_FIELD_KIND), ==,
                   QS_REQUEST_KIND_COMPLAINT);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_SUBJECT), ==,
                   "The forms are hard to find.");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_DESCRIPTION), ==,
                   COMMENT);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_DEPARTMENT_ID), ==,
                   fixture->base.department_id);
  /* The results showed no name: the complaint gives none. */
  g_assert_null (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_CLIENT_ID));
  g_assert_null (
    qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID));

  g_assert_true (
    qs_feedback_query_find_by_survey_answer (fixture->base.store, answer_id, &feedback, &error));
  g_assert_no_error (error);
  g_assert_nonnull (feedback);
  entity = QS_ENTITY (feedback);
  g_assert_cmpint (qs_entity_get_enum (entity, QS_FEEDBACK_FIELD_SOURCE), ==,
                   QS_FEEDBACK_SOURCE_QUESTIONNAIRE);
  g_assert_true (qs_entity_get_boolean (entity, QS_FEEDBACK_FIELD_ANONYMOUS));
  g_assert_null (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_CLIENT_ID));
  g_assert_null (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_DEPARTMENT_ID));
  g_assert_cmpint (qs_entity_get_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT), ==, fixture->now);
  g_assert_cmpstr (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_SURVEY_ID), ==,
                   qs_entity_get_id (QS_ENTITY (fixture->survey)));
  g_assert_cmpstr (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_COMPLAINT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (complaint)));
  g_assert_cmpint (qs_entity_get_enum (entity, QS_FEEDBACK_FIELD_LANGUAGE), ==, QS_LANGUAGE_EN);

  /* The results say what the comment became. */
  results = read_results (fixture);
  comment = comment_of (results, 0);
  g_assert_cmpstr (comment->feedback_id, ==, qs_entity_get_id (entity));
  g_assert_cmpstr (comment->complaint_id, ==, qs_entity_get_id (QS_ENTITY (complaint)));
  g_assert_cmpstr (comment->complaint_ref, ==,
                   qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_REF));
  g_assert_null (comment->action_refs);

  /* A second time is refused, and writes nothing. */
  again = qs_feedback_desk_complain_about_comment (
    fixture->base.store, answer_id, NULL, QS_LANGUAGE_EN, "Nadia Roy", fixture->now, &error);
  g_assert_null (again);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_cmpint (count (fixture, QS_TYPE_REQUEST), ==, n_requests + 1);
  g_assert_cmpint (count (fixture, QS_TYPE_FEEDBACK), ==, 1);
}

/* Two actions then a complaint from one comment: one piece of feedback,
 * the actions listed by reference. */
static void
test_actions (Fixture *fixture, gconstpointer data)
{
  g_autofree char *answer_id = first_comment (fixture);
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
  g_autoptr (QsAction) first = NULL;
  g_autoptr (QsAction) second = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (QsSurveyResults) results = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *refs = NULL;
  QsSurveyComment *comment;

  first = qs_feedback_desk_propose_from_comment (fixture->base.store, answer_id, NULL,
                                                 QS_LANGUAGE_FR, fixture->now, zone, &error);
  g_assert_no_error (error);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (first), QS_ACTION_FIELD_STAGE), ==,
                   QS_ACTION_STAGE_PLAN);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (first), QS_ACTION_FIELD_TITLE), ==,
                   "The forms are hard to find.");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (first), QS_ACTION_FIELD_DEPARTMENT_ID), ==,
                   fixture->base.department_id);
  second = qs_feedback_desk_propose_from_comment (fixture->base.store, answer_id, NULL,
                                                  QS_LANGUAGE_FR, fixture->now, zone, &error);
  g_assert_no_error (error);
  complaint = qs_feedback_desk_complain_about_comment (
    fixture->base.store, answer_id, NULL, QS_LANGUAGE_FR, "Nadia Roy", fixture->now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, QS_TYPE_FEEDBACK), ==, 1);

  results = read_results (fixture);
  comment = comment_of (results, 0);
  refs = g_strdup_printf ("%s, %s", qs_entity_get_string (QS_ENTITY (first), QS_ACTION_FIELD_REF),
                          qs_entity_get_string (QS_ENTITY (second), QS_ACTION_FIELD_REF));
  g_assert_cmpstr (comment->action_refs, ==, refs);
  g_assert_nonnull (comment->complaint_ref);
}

/* A questionnaire of no department: the service the answer names says
 * which; without one either, the person must say, and until then
 * nothing is written. */
static void
test_department (Fixture *fixture, gconstpointer data)
{
  g_autofree char *answer_id = first_comment (fixture);
  g_autofree char *found = NULL;
  g_autofree char *by_service = NULL;
  g_autoptr (QsService) service = qs_service_new ();
  g_autoptr (QsSurveyResults) results = NULL;
  g_autoptr (QsRequest) refused = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (
    qs_feedback_desk_find_comment_department (fixture->base.store, answer_id, &found, &error));
  g_assert_no_error (error);
  g_assert_null (found);
  refused = qs_feedback_desk_complain_about_comment (
    fixture->base.store, answer_id, NULL, QS_LANGUAGE_EN, "Nadia Roy", fixture->now, &error);
  g_assert_null (refused);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, QS_TYPE_FEEDBACK), ==, 0);

  /* Finance's payroll, named by a second answer. */
  qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_DEPARTMENT_ID,
                        fixture->base.client_department_id);
  qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_REF, "PAY");
  qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_NAME, "Payroll");
  qs_requests_fixture_save (&fixture->base, service);
  respond (fixture, qs_entity_get_id (QS_ENTITY (service)), "Payslips come late.");
  results = read_results (fixture);
  g_assert_true (qs_feedback_desk_find_comment_department (
    fixture->base.store, comment_of (results, 1)->answer_id, &by_service, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (by_service, ==, fixture->base.client_department_id);

  /* Chosen by the person. */
  complaint = qs_feedback_desk_complain_about_comment (fixture->base.store, answer_id,
                                                       fixture->base.department_id, QS_LANGUAGE_EN,
                                                       "Nadia Roy", fixture->now, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_DEPARTMENT_ID), ==,
                   fixture->base.department_id);
}

/* Only a comment still among the answers is taken up. */
static void
test_refusals (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsSurveyResults) results = read_results (fixture);
  g_autoptr (GPtrArray) scores = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (GError) error = NULL;

  complaint = qs_feedback_desk_complain_about_comment (
    fixture->base.store, "no-such-answer", NULL, QS_LANGUAGE_EN, "Nadia Roy", fixture->now, &error);
  g_assert_null (complaint);
  g_assert_error (error, QS_ERROR, QS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The score of the same response has no words. */
  scores =
    qs_repository_find_all (qs_store_get_repository (fixture->base.store, QS_TYPE_SURVEY_ANSWER),
                            NULL, NULL, NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < scores->len; i++)
    {
      QsEntity *score = g_ptr_array_index (scores, i);

      if (qs_entity_get_string (score, QS_SURVEY_ANSWER_FIELD_TEXT) != NULL)
        continue;
      complaint = qs_feedback_desk_complain_about_comment (
        fixture->base.store, qs_entity_get_id (score), NULL, QS_LANGUAGE_EN, "Nadia Roy",
        fixture->now, &error);
      g_assert_null (complaint);
      g_assert_error (error, QS_ERROR, QS_ERROR_NOT_FOUND);
      g_clear_error (&error);
    }
  g_assert_cmpint (count (fixture, QS_TYPE_FEEDBACK), ==, 0);
  g_assert_null (comment_of (results, 0)->feedback_id);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/survey-comments/complaint", Fixture, NULL, fixture_set_up, test_complaint,
              fixture_tear_down);
  g_test_add ("/survey-comments/actions", Fixture, NULL, fixture_set_up, test_actions,
              fixture_tear_down);
  /* Non-NULL data: a questionnaire of no department. */
  g_test_add ("/survey-comments/department", Fixture, "", fixture_set_up, test_department,
              fixture_tear_down);
  g_test_add ("/survey-comments/refusals", Fixture, NULL, fixture_set_up, test_refusals,
              fixture_tear_down);

  return g_test_run ();
}
