/* test-survey-results.c — a questionnaire's results, and what anonymity hides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A questionnaire of five questions (satisfaction 1–5, courtesy expected
 * and perceived, recommendation 0–10, yes or no, a comment), answered by
 * 6 people of Finance, 4 of Legal and 7 of Facilities; the threshold is
 * 5. Every figure below is worked out by hand from the answers.
 */
#include "config.h"

#include <math.h>

#include "qs-repository.h"
#include "qs-survey-repository.h"
#include "qs-survey-results.h"
#include "qs-test-util.h"

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

typedef struct
{
  char      *dir;
  QsStore   *store;
  QsSurvey  *survey;
  GPtrArray *questions;
  char      *finance, *legal, *facilities;
  gint64     start;
} Fixture;

static char *
add_department (Fixture *fixture, const char *ref, const char *name)
{
  g_autoptr (QsDepartment) department = qs_department_new ();

  g_object_set (department, "ref", ref, "name", name, NULL);
  qs_test_save (fixture->store, department);
  return g_strdup (qs_entity_get_id (QS_ENTITY (department)));
}

static QsSurveyQuestion *
question (QsQuestionKind kind, const char *category, const char *text)
{
  QsSurveyQuestion *question = qs_survey_question_new ();

  qs_entity_set_enum (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_KIND, kind);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_CATEGORY, category);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_EN, text);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_FR, text);
  return question;
}

/* One response of @department on day @day: satisfaction, courtesy
 * expected and perceived, recommendation, yes (1) or no (0), comment;
 * -1 (or NULL) leaves a question unanswered. */
static void
respond (Fixture    *fixture,
         const char *department,
         int         day,
         int         satisfaction,
         int         expected,
         int         perceived,
         int         recommendation,
         int         yes,
         const char *comment)
{
  g_autoptr (QsSurveyResponse) response = qs_survey_response_new ();
  QsRepository *answers = qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER);
  int           scores[] = { satisfaction, perceived, recommendation, yes, -1 };

  g_object_set (response, "survey-id", qs_entity_get_id (QS_ENTITY (fixture->survey)),
                "department-id", department, "submitted-at", fixture->start + day * DAY, NULL);
  qs_test_save (fixture->store, response);
  for (guint q = 0; q < fixture->questions->len; q++)
    {
      g_autoptr (QsSurveyAnswer) answer = qs_survey_answer_new ();
      QsEntity *entity = QS_ENTITY (answer);
      g_autoptr (GError) error = NULL;

      if ((q < 4 && scores[q] < 0) || (q == 4 && comment == NULL))
        continue;
      qs_entity_set_string (entity, QS_SURVEY_ANSWER_FIELD_RESPONSE_ID,
                            qs_entity_get_id (QS_ENTITY (response)));
      qs_entity_set_string (entity, QS_SURVEY_ANSWER_FIELD_QUESTION_ID,
                            qs_entity_get_id (g_ptr_array_index (fixture->questions, q)));
      qs_entity_set_double (entity, QS_SURVEY_ANSWER_FIELD_SCORE, q < 4 ? scores[q] : NAN);
      qs_entity_set_double (entity, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE,
                            q == 1 && expected >= 0 ? expected : NAN);
      qs_entity_set_string (entity, QS_SURVEY_ANSWER_FIELD_TEXT, q == 4 ? comment : NULL);
      g_assert_true (qs_repository_save (answers, entity, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("qs-survey-results-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  fixture->finance = add_department (fixture, "FIN", "Finance");
  fixture->legal = add_department (fixture, "LEG", "Legal");
  fixture->facilities = add_department (fixture, "FAC", "Facilities");
  fixture->start = qs_test_instant ("2026-10-05T12:00:00Z");

  fixture->survey = qs_survey_new ();
  g_object_set (fixture->survey, "ref", "BARO", "title_en", "Barometer", "title_fr", "Baromètre",
                NULL);
  fixture->questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_SCALE, NULL, "Satisfied?"));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_SCALE, "courtesy", "Courtesy"));
  g_ptr_array_add (fixture->questions,
                   question (QS_QUESTION_KIND_RECOMMENDATION, NULL, "Recommend?"));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_YES_NO, NULL, "Charter?"));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_TEXT, NULL, "Idea?"));
  g_assert_true (qs_survey_repository_create (fixture->store, fixture->survey, fixture->questions,
                                              NULL, utc, &error));
  g_assert_no_error (error);

  /* Finance: 6, on days 0 to 5. */
  respond (fixture, fixture->finance, 0, 5, 5, 4, 10, 1, "Faster replies");
  respond (fixture, fixture->finance, 1, 4, 5, 3, 9, 1, NULL);
  respond (fixture, fixture->finance, 2, 4, 4, 4, 8, 0, NULL);
  respond (fixture, fixture->finance, 3, 3, 4, 2, 6, 0, "Clearer forms");
  respond (fixture, fixture->finance, 4, 5, -1, -1, 10, 1, NULL);
  respond (fixture, fixture->finance, 5, 2, 5, 2, 3, -1, NULL);
  /* Legal: 4. */
  respond (fixture, fixture->legal, 0, 1, 5, 1, 0, 0, "Nobody answers the phone");
  respond (fixture, fixture->legal, 1, 2, 5, 2, 2, 0, NULL);
  respond (fixture, fixture->legal, 2, 2, 4, 3, 5, 1, NULL);
  respond (fixture, fixture->legal, 3, 3, 4, 3, 7, 1, NULL);
  /* Facilities: 7; six on days 0 to 5, one on day 20. */
  for (int day = 0; day < 6; day++)
    respond (fixture, fixture->facilities, day, 4, 4, 4, 9, 1, NULL);
  respond (fixture, fixture->facilities, 20, 1, 5, 1, 0, 0, "Broken lift");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->survey);
  g_clear_pointer (&fixture->questions, g_ptr_array_unref);
  g_clear_object (&fixture->store);
  g_free (fixture->finance);
  g_free (fixture->legal);
  g_free (fixture->facilities);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static QsSurveyResults *
read_results (Fixture *fixture, const QsSurveyResultsQuery *query)
{
  g_autoptr (GError) error = NULL;
  QsSurveyResults *results =
    qs_survey_results_read (fixture->store, fixture->survey, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static QsQuestionResult *
result_of (QsSurveyResultGroup *group, guint question)
{
  g_assert_true (group->shown);
  return g_ptr_array_index (group->questions, question);
}

/* The whole: 17 responses; each question's figures. */
static void
test_total (Fixture *fixture, gconstpointer data)
{
  QsSurveyResultsQuery query = { 0 };
  g_autoptr (QsSurveyResults) results = read_results (fixture, &query);
  QsSurveyResultGroup *total = results->total;
  QsQuestionResult    *satisfaction, *courtesy, *recommendation, *charter, *idea;

  g_assert_cmpuint (total->n_responses, ==, 17);
  g_assert_cmpint (total->n_invited, ==, 0);
  g_assert_cmpuint (results->groups->len, ==, 0);
  satisfaction = result_of (total, 0);
  /* 5 4 4 3 5 2 | 1 2 2 3 | 4×6 1 = 56 of 17. */
  g_assert_cmpuint (satisfaction->perceived.n, ==, 17);
  g_assert_cmpfloat_with_epsilon (qs_likert_score_average (&satisfaction->perceived), 56.0 / 17,
                                  1e-9);
  g_assert_cmpuint (satisfaction->perceived.counts[0], ==, 2);
  g_assert_cmpuint (satisfaction->perceived.counts[3], ==, 8);
  /* Courtesy: 16 answers (one left it), expected 5 5 4 4 5 | 5 5 4 4 | 4×6 5 = 70,
   * perceived 4 3 4 2 2 | 1 2 3 3 | 4×6 1 = 49. */
  courtesy = result_of (total, 1);
  g_assert_cmpuint (courtesy->expected.n, ==, 16);
  g_assert_cmpfloat_with_epsilon (qs_likert_score_average (&courtesy->expected), 70.0 / 16, 1e-9);
  g_assert_cmpfloat_with_epsilon (qs_likert_score_average (&courtesy->perceived), 49.0 / 16, 1e-9);
  /* Recommendation: promoters 10 9 10 | 9×6 = 9, detractors 6 3 | 0 2 5 | 0 = 6, of 17:
   * (9 - 6) / 17 = 17.6 %, 18 points. */
  recommendation = result_of (total, 2);
  g_assert_cmpint (qs_recommendation_score_nps (&recommendation->recommendation), ==, 18);
  g_assert_true (qs_recommendation_score_is_few (&recommendation->recommendation));
  charter = result_of (total, 3);
  g_assert_cmpuint (charter->yes, ==, 11);
  g_assert_cmpuint (charter->no, ==, 5);
  idea = result_of (total, 4);
  g_assert_cmpuint (idea->comments->len, ==, 4);
  g_assert_cmpstr (((QsSurveyComment *) g_ptr_array_index (idea->comments, 0))->text, ==,
                   "Faster replies");
}

/* By department: Legal's 4 are hidden; so is the next smallest, Finance,
 * else the whole less Facilities would give Legal away. */
static void
test_groups (Fixture *fixture, gconstpointer data)
{
  QsSurveyResultsQuery query = { .grouping = QS_SURVEY_GROUPING_DEPARTMENT };
  g_autoptr (QsSurveyResults) results = read_results (fixture, &query);
  QsSurveyResultGroup *facilities, *finance, *legal;

  g_assert_true (results->total->shown);
  g_assert_cmpuint (results->groups->len, ==, 3);
  facilities = g_ptr_array_index (results->groups, 0);
  finance = g_ptr_array_index (results->groups, 1);
  legal = g_ptr_array_index (results->groups, 2);
  g_assert_cmpstr (facilities->name, ==, "Facilities");
  g_assert_cmpstr (legal->ref, ==, "LEG");
  g_assert_cmpuint (legal->n_responses, ==, 4);
  g_assert_false (legal->shown);
  g_assert_cmpuint (legal->questions->len, ==, 0);
  g_assert_cmpuint (finance->n_responses, ==, 6);
  g_assert_false (finance->shown);
  g_assert_cmpuint (facilities->n_responses, ==, 7);
  g_assert_cmpfloat_with_epsilon (qs_likert_score_average (&result_of (facilities, 0)->perceived),
                                  25.0 / 7, 1e-9);
}

/* Filtered to a department of 4: its count, nothing else. Filtered to
 * Finance (6 of 17, the others 11): shown. */
static void
test_filter (Fixture *fixture, gconstpointer data)
{
  QsSurveyResultsQuery legal = { .department_id = fixture->legal };
  QsSurveyResultsQuery finance = { .department_id = fixture->finance };
  g_autoptr (QsSurveyResults) hidden = read_results (fixture, &legal);
  g_autoptr (QsSurveyResults) shown = read_results (fixture, &finance);

  g_assert_cmpuint (hidden->total->n_responses, ==, 4);
  g_assert_false (hidden->total->shown);
  g_assert_cmpuint (hidden->total->questions->len, ==, 0);
  g_assert_cmpuint (shown->total->n_responses, ==, 6);
  g_assert_true (shown->total->shown);
  g_assert_cmpfloat_with_epsilon (qs_likert_score_average (&result_of (shown->total, 0)->perceived),
                                  23.0 / 6, 1e-9);
}

/* Filters combined: Facilities in its first days keeps 6 of its 7, but
 * Facilities less those 6 is the one person of day 20: hidden. Over
 * its whole month, all 7 show again. */
static void
test_filter_combination (Fixture *fixture, gconstpointer data)
{
  QsSurveyResultsQuery first_days = {
    .department_id = fixture->facilities,
    .from = fixture->start,
    .to = fixture->start + 10 * DAY,
  };
  QsSurveyResultsQuery month = {
    .department_id = fixture->facilities,
    .from = fixture->start - 4 * DAY,
    .to = fixture->start + 26 * DAY,
  };
  g_autoptr (QsSurveyResults) hidden = read_results (fixture, &first_days);
  g_autoptr (QsSurveyResults) shown = read_results (fixture, &month);

  g_assert_cmpuint (hidden->total->n_responses, ==, 6);
  g_assert_false (hidden->total->shown);
  g_assert_cmpuint (shown->total->n_responses, ==, 7);
  g_assert_true (shown->total->shown);
  g_assert_cmpuint (result_of (shown->total, 4)->comments->len, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add ("/survey-results/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("total", test_total);
  ADD ("groups", test_groups);
  ADD ("filter", test_filter);
  ADD ("filter-combination", test_filter_combination);
#undef ADD

  return g_test_run ();
}
