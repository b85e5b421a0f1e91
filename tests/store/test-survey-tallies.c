/* test-survey-tallies.c — the tally of a questionnaire's scores stays exact, whoever writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * survey_answer_tallies (data/sql/015.sql) is kept by triggers. After
 * every kind of write (answers inserted, one by one or in bulk; a score
 * changed; an answer or a response tombstoned and brought back; a
 * response moved to another department and service; answers erased), it
 * must equal a plain count of the live answers of live responses, and
 * the results read from it (no period asked) the results counted from
 * the answers (a period that holds every response).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-bulk-insert.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-survey-repository.h"
#include "qs-survey-results.h"
#include "qs-test-util.h"

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

/* What the tally must hold, counted from the answers and their
 * responses themselves (not the answers' copies of their responses). */
#define PLAIN_COUNT                                                                                \
  "SELECT r.survey_id, r.department_id, r.service_id, a.question_id, a.score,"                     \
  " a.expected_score, count (*) FROM survey_answers a JOIN survey_responses r"                     \
  " ON r.id = a.response_id WHERE a.deleted_at IS NULL AND a.text IS NULL"                         \
  " AND r.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6"
#define TALLY                                                                                      \
  "SELECT survey_id, department_id, service_id, question_id, score, expected_score, n"             \
  " FROM survey_answer_tallies"
/* And the tally of the responses, from the responses. */
#define PLAIN_RESPONSES                                                                            \
  "SELECT survey_id, department_id, service_id, count (*) FROM survey_responses"                   \
  " WHERE deleted_at IS NULL GROUP BY 1, 2, 3"
#define RESPONSE_TALLY "SELECT survey_id, department_id, service_id, n FROM survey_response_tallies"

typedef struct
{
  char      *dir;
  QsStore   *store;
  QsSurvey  *survey;
  GPtrArray *questions;
  char      *departments[2];
  char      *service;
  GPtrArray *responses; /* ids */
  gint64     start;
} Fixture;

static char *
add_department (Fixture *fixture, const char *ref)
{
  g_autoptr (QsDepartment) department = qs_department_new ();

  g_object_set (department, "ref", ref, "name", ref, NULL);
  qs_test_save (fixture->store, department);
  return g_strdup (qs_entity_get_id (QS_ENTITY (department)));
}

static QsSurveyQuestion *
question (QsQuestionKind kind, const char *category)
{
  QsSurveyQuestion *question = qs_survey_question_new ();

  qs_entity_set_enum (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_KIND, kind);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_CATEGORY, category);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_EN, "Question");
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_FR, "Question");
  return question;
}

static const char *
question_id (Fixture *fixture, guint q)
{
  return qs_entity_get_id (g_ptr_array_index (fixture->questions, q));
}

/* Response @i: a scale, a barometer question (expected and perceived),
 * a recommendation, yes or no, and every third a comment; scores that
 * repeat, so that tallies count more than one. */
static void
respond (Fixture *fixture, guint i)
{
  g_autoptr (QsSurveyResponse) response = qs_survey_response_new ();
  QsRepository *answers = qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER);

  g_object_set (response, "survey-id", qs_entity_get_id (QS_ENTITY (fixture->survey)),
                "department-id", i % 5 == 4 ? NULL : fixture->departments[i % 2], "submitted-at",
                fixture->start + (i % 7) * DAY, NULL);
  if (i % 3 == 0)
    qs_entity_set_string (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_SERVICE_ID,
                          fixture->service);
  qs_test_save (fixture->store, response);
  g_ptr_array_add (fixture->responses, g_strdup (qs_entity_get_id (QS_ENTITY (response))));
  for (guint q = 0; q < fixture->questions->len; q++)
    {
      g_autoptr (QsSurveyAnswer) answer = qs_survey_answer_new ();
      QsEntity *entity = QS_ENTITY (answer);
      g_autoptr (GError) error = NULL;
      double score = q == 0   ? 1 + i % 5
                     : q == 1 ? 1 + i % 3
                     : q == 2 ? i % 11
                     : q == 3 ? i % 2
                              : NAN;

      if (q == 4 && i % 3 != 0)
        continue;
      qs_entity_set_string (entity, QS_SURVEY_ANSWER_FIELD_RESPONSE_ID,
                            qs_entity_get_id (QS_ENTITY (response)));
      qs_entity_set_string (entity, QS_SURVEY_ANSWER_FIELD_QUESTION_ID, question_id (fixture, q));
      qs_entity_set_double (entity, QS_SURVEY_ANSWER_FIELD_SCORE, score);
      qs_entity_set_double (entity, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE,
                            q == 1 && i % 4 != 0 ? 3 + i % 3 : NAN);
      qs_entity_set_string (entity, QS_SURVEY_ANSWER_FIELD_TEXT, q == 4 ? "A comment" : NULL);
      g_assert_true (qs_repository_save (answers, entity, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (QsService) service = qs_service_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("qs-survey-tallies-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  fixture->departments[0] = add_department (fixture, "FIN");
  fixture->departments[1] = add_department (fixture, "LEG");
  g_object_set (service, "department-id", fixture->departments[0], "ref", "PAY", "name", "Payroll",
                NULL);
  qs_test_save (fixture->store, service);
  fixture->service = g_strdup (qs_entity_get_id (QS_ENTITY (service)));
  fixture->start = qs_test_instant ("2026-10-05T12:00:00Z");

  fixture->survey = qs_survey_new ();
  g_object_set (fixture->survey, "ref", "TALLY", "title_en", "Tally", "title_fr", "Décompte", NULL);
  fixture->questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_SCALE, NULL));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_SCALE, "courtesy"));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_RECOMMENDATION, NULL));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_YES_NO, NULL));
  g_ptr_array_add (fixture->questions, question (QS_QUESTION_KIND_TEXT, NULL));
  g_assert_true (qs_survey_repository_create (fixture->store, fixture->survey, fixture->questions,
                                              NULL, utc, &error));
  g_assert_no_error (error);

  fixture->responses = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < 30; i++)
    respond (fixture, i);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->survey);
  g_clear_pointer (&fixture->questions, g_ptr_array_unref);
  g_clear_pointer (&fixture->responses, g_ptr_array_unref);
  g_clear_object (&fixture->store);
  g_free (fixture->departments[0]);
  g_free (fixture->departments[1]);
  g_free (fixture->service);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gint64
query_int (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_store_query_int (fixture->store, sql, &error);

  g_assert_no_error (error);
  return n;
}

static QsSurveyResults *
read_results (Fixture *fixture, QsSurveyGrouping grouping, guint filter, gboolean by_period)
{
  QsSurveyResultsQuery query = { .grouping = grouping, .threshold = 1 };
  g_autoptr (GError) error = NULL;
  QsSurveyResults *results;

  /* A period that holds every response: the scores are counted from the
   * answers rather than read from the tally. */
  /* 1: a department; 2: the service; 3: both. */
  if (filter & 1)
    query.department_id = fixture->departments[0];
  if (filter & 2)
    query.service_id = fixture->service;
  if (by_period)
    {
      query.from = fixture->start - DAY;
      query.to = fixture->start + 30 * DAY;
    }
  results = qs_survey_results_read (fixture->store, fixture->survey, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static void
assert_same_group (QsSurveyResultGroup *tallied, QsSurveyResultGroup *counted)
{
  g_assert_cmpstr (tallied->id, ==, counted->id);
  g_assert_cmpuint (tallied->n_responses, ==, counted->n_responses);
  g_assert_cmpint (tallied->shown, ==, counted->shown);
  g_assert_cmpuint (tallied->questions->len, ==, counted->questions->len);
  for (guint q = 0; q < tallied->questions->len; q++)
    {
      QsQuestionResult *a = g_ptr_array_index (tallied->questions, q);
      QsQuestionResult *b = g_ptr_array_index (counted->questions, q);

      g_assert_cmpmem (&a->perceived, sizeof a->perceived, &b->perceived, sizeof b->perceived);
      g_assert_cmpmem (&a->expected, sizeof a->expected, &b->expected, sizeof b->expected);
      g_assert_cmpmem (&a->recommendation, sizeof a->recommendation, &b->recommendation,
                       sizeof b->recommendation);
      g_assert_cmpuint (a->yes, ==, b->yes);
      g_assert_cmpuint (a->no, ==, b->no);
      g_assert_cmpuint (a->comments->len, ==, b->comments->len);
    }
}

/* The tallies equal the plain counts, row for row, one row per key; and
 * the results read from them, with every filter but the period, equal
 * those counted from the rows. */
static void
assert_tallies_right (Fixture *fixture)
{
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM (" TALLY " EXCEPT " PLAIN_COUNT ")"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM (" PLAIN_COUNT " EXCEPT " TALLY ")"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM (SELECT 1 FROM survey_answer_tallies"
                                       " GROUP BY survey_id, department_id, service_id,"
                                       " question_id, score, expected_score HAVING count (*) > 1)"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM survey_answer_tallies WHERE n < 1"),
                   ==, 0);
  g_assert_cmpint (
    query_int (fixture, "SELECT count (*) FROM (" RESPONSE_TALLY " EXCEPT " PLAIN_RESPONSES ")"),
    ==, 0);
  g_assert_cmpint (
    query_int (fixture, "SELECT count (*) FROM (" PLAIN_RESPONSES " EXCEPT " RESPONSE_TALLY ")"),
    ==, 0);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count (*) FROM (SELECT 1 FROM survey_response_tallies"
                              " GROUP BY survey_id, department_id, service_id"
                              " HAVING count (*) > 1)"),
                   ==, 0);

  for (QsSurveyGrouping grouping = QS_SURVEY_GROUPING_NONE; grouping <= QS_SURVEY_GROUPING_SERVICE;
       grouping++)
    for (guint filter = 0; filter < 4; filter++)
      {
        g_autoptr (QsSurveyResults) tallied = read_results (fixture, grouping, filter, FALSE);
        g_autoptr (QsSurveyResults) counted = read_results (fixture, grouping, filter, TRUE);

        assert_same_group (tallied->total, counted->total);
        g_assert_cmpuint (tallied->groups->len, ==, counted->groups->len);
        for (guint i = 0; i < tallied->groups->len; i++)
          assert_same_group (g_ptr_array_index (tallied->groups, i),
                             g_ptr_array_index (counted->groups, i));
      }
}

static QsEntity *
find_answer (Fixture *fixture, const char *response_id, guint q)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found =
    qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER),
                            "response_id = ? AND question_id = ?",
                            g_variant_new ("(ss)", response_id, question_id (fixture, q)), NULL,
                            QS_QUERY_INCLUDE_DELETED, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static QsEntity *
find_response (Fixture *fixture, guint i)
{
  g_autoptr (GError) error = NULL;
  QsEntity *response = NULL;

  g_assert_true (
    qs_repository_find_if_any (qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_RESPONSE),
                               g_ptr_array_index (fixture->responses, i), &response, &error));
  g_assert_no_error (error);
  g_assert_nonnull (response);
  return response;
}

static void
save (Fixture *fixture, QsEntity *entity)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_repository_save (
    qs_store_get_repository (fixture->store, G_OBJECT_TYPE (entity)), entity, &error));
  g_assert_no_error (error);
}

static void
exec (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_store_exec (fixture->store, sql, &error));
  g_assert_no_error (error);
}

/* Saved one by one: the tally counts them, and a few keys twice or more. */
static void
test_inserted (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpint (query_int (fixture, "SELECT sum (n) FROM survey_answer_tallies"), ==, 30 * 4);
  g_assert_cmpint (query_int (fixture, "SELECT max (n) FROM survey_answer_tallies"), >, 1);
  assert_tallies_right (fixture);
}

static void
test_scores_changed (Fixture *fixture, gconstpointer data)
{
  const char *first = g_ptr_array_index (fixture->responses, 0);
  g_autoptr (QsEntity) scale = find_answer (fixture, first, 0);
  g_autoptr (QsEntity) barometer = find_answer (fixture, first, 1);
  g_autoptr (QsEntity) yes_no = find_answer (fixture, g_ptr_array_index (fixture->responses, 1), 3);

  /* A score to a value no other answer gave, then back among others. */
  qs_entity_set_double (scale, QS_SURVEY_ANSWER_FIELD_SCORE, 5);
  save (fixture, scale);
  assert_tallies_right (fixture);
  qs_entity_set_double (scale, QS_SURVEY_ANSWER_FIELD_SCORE, 2);
  save (fixture, scale);
  assert_tallies_right (fixture);

  /* The level expected given, then taken away; the level perceived too. */
  qs_entity_set_double (barometer, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE, 1);
  save (fixture, barometer);
  assert_tallies_right (fixture);
  qs_entity_set_double (barometer, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE, NAN);
  qs_entity_set_double (barometer, QS_SURVEY_ANSWER_FIELD_SCORE, NAN);
  save (fixture, barometer);
  assert_tallies_right (fixture);

  /* Yes becomes no; a score becomes a comment, and a score again. */
  qs_entity_set_double (yes_no, QS_SURVEY_ANSWER_FIELD_SCORE,
                        qs_entity_get_double (yes_no, QS_SURVEY_ANSWER_FIELD_SCORE) == 1 ? 0 : 1);
  save (fixture, yes_no);
  assert_tallies_right (fixture);
  qs_entity_set_string (scale, QS_SURVEY_ANSWER_FIELD_TEXT, "Rather a comment");
  save (fixture, scale);
  assert_tallies_right (fixture);
  qs_entity_set_string (scale, QS_SURVEY_ANSWER_FIELD_TEXT, NULL);
  save (fixture, scale);
  assert_tallies_right (fixture);

  /* Written by SQL, many at once. */
  exec (fixture, "UPDATE survey_answers SET score = 6 - score WHERE score BETWEEN 1 AND 5");
  assert_tallies_right (fixture);
}

static void
test_tombstoned (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsEntity) answer = find_answer (fixture, g_ptr_array_index (fixture->responses, 2), 0);
  g_autoptr (QsEntity) response = find_response (fixture, 5);
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_repository_delete (
    qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER), answer, &error));
  g_assert_no_error (error);
  assert_tallies_right (fixture);
  g_clear_object (&answer);
  answer = find_answer (fixture, g_ptr_array_index (fixture->responses, 2), 0);
  g_assert_true (qs_entity_is_deleted (answer));
  qs_entity_set_deleted_at (answer, 0);
  save (fixture, answer);
  assert_tallies_right (fixture);

  /* A response tombstoned takes its answers out of the tally. */
  g_assert_true (qs_repository_delete (
    qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_RESPONSE), response, &error));
  g_assert_no_error (error);
  assert_tallies_right (fixture);
  /* Brought back, as Undo does. */
  qs_entity_set_deleted_at (response, 0);
  save (fixture, response);
  assert_tallies_right (fixture);
}

static void
test_moved (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsEntity) response = find_response (fixture, 0);
  g_autoptr (QsEntity) other = find_response (fixture, 1);

  /* Another department and a service; no department and no service. */
  qs_entity_set_string (response, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID, fixture->departments[1]);
  qs_entity_set_string (response, QS_SURVEY_RESPONSE_FIELD_SERVICE_ID, NULL);
  save (fixture, response);
  assert_tallies_right (fixture);
  qs_entity_set_string (other, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID, NULL);
  qs_entity_set_string (other, QS_SURVEY_RESPONSE_FIELD_SERVICE_ID, fixture->service);
  save (fixture, other);
  assert_tallies_right (fixture);

  /* The service alone, then the department alone. */
  g_clear_object (&other);
  other = find_response (fixture, 2);
  qs_entity_set_string (other, QS_SURVEY_RESPONSE_FIELD_SERVICE_ID, fixture->service);
  save (fixture, other);
  assert_tallies_right (fixture);
  qs_entity_set_string (other, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID, fixture->departments[1]);
  save (fixture, other);
  assert_tallies_right (fixture);

  /* An answer given to another response. */
  {
    g_autoptr (QsEntity) answer =
      find_answer (fixture, g_ptr_array_index (fixture->responses, 3), 2);

    qs_entity_set_string (answer, QS_SURVEY_ANSWER_FIELD_RESPONSE_ID,
                          g_ptr_array_index (fixture->responses, 4));
    save (fixture, answer);
    assert_tallies_right (fixture);
  }
}

static void
test_erased (Fixture *fixture, gconstpointer data)
{
  g_autofree char *one = g_strdup_printf ("DELETE FROM survey_answers WHERE response_id = '%s'",
                                          (char *) g_ptr_array_index (fixture->responses, 7));
  g_autoptr (GError) error = NULL;

  exec (fixture, one);
  assert_tallies_right (fixture);
  exec (fixture, "DELETE FROM survey_answers WHERE score = 1");
  assert_tallies_right (fixture);

  /* What a restore over everything does first. */
  g_assert_true (qs_store_begin (fixture->store, &error));
  g_assert_true (qs_repository_erase_all (
    qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER), &error));
  g_assert_true (qs_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM survey_answer_tallies"), ==, 0);
  assert_tallies_right (fixture);
}

/* Answers written by a bulk insert, as an import or the demo writes them. */
static void
test_bulk (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBulkInsert) answers = NULL;

  g_assert_true (qs_store_begin (fixture->store, &error));
  answers = qs_bulk_insert_new (fixture->store, QS_TYPE_SURVEY_ANSWER, &error);
  g_assert_no_error (error);
  g_assert_true (qs_bulk_insert_defer_indexes (answers, &error));
  for (guint i = 0; i < fixture->responses->len; i++)
    {
      g_autofree char *id = g_uuid_string_random ();

      qs_bulk_insert_set_string (answers, QS_SURVEY_ANSWER_FIELD_RESPONSE_ID,
                                 g_ptr_array_index (fixture->responses, i));
      qs_bulk_insert_set_string (answers, QS_SURVEY_ANSWER_FIELD_QUESTION_ID,
                                 question_id (fixture, 0));
      qs_bulk_insert_set_double (answers, QS_SURVEY_ANSWER_FIELD_SCORE, 1 + i % 2);
      qs_bulk_insert_set_double (answers, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE, NAN);
      qs_bulk_insert_set_string (answers, QS_SURVEY_ANSWER_FIELD_TEXT, NULL);
      g_assert_true (qs_bulk_insert_row (answers, id, fixture->start, fixture->start, &error));
    }
  g_assert_true (qs_bulk_insert_finish (answers, &error));
  g_assert_true (qs_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT sum (n) FROM survey_answer_tallies"), ==, 30 * 5);
  assert_tallies_right (fixture);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add ("/survey-tallies/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("inserted", test_inserted);
  ADD ("scores-changed", test_scores_changed);
  ADD ("tombstoned", test_tombstoned);
  ADD ("moved", test_moved);
  ADD ("erased", test_erased);
  ADD ("bulk", test_bulk);
#undef ADD

  return g_test_run ();
}
