/* bench-survey-results.c — how long a large questionnaire's results take
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-survey-results DATABASE [--responses N] [--departments D] [--runs R]
 *
 * Fills DATABASE (a new file) with a questionnaire of ten questions (six
 * scales, two barometer questions, a recommendation, a yes-or-no) and a
 * comment question answered by one person in ten, then N responses
 * (50,000) from D departments (150), and times qs_survey_results_read():
 * the whole, grouped by department, and filtered to one department over
 * a quarter. Prints the first (cold) run and the median of the next R,
 * in milliseconds.
 */
#include <math.h>
#include <stdlib.h>

#include "qs-bulk-insert.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-store.h"
#include "qs-survey-repository.h"
#include "qs-survey-results.h"

#define N_QUESTIONS 11

static void
check (gboolean ok, GError *error)
{
  if (!ok)
    {
      g_printerr ("bench-survey-results: %s\n", error != NULL ? error->message : "failed");
      exit (1);
    }
}

static QsSurvey *
fill (QsStore *store, guint n_responses, guint n_departments, GPtrArray *department_ids)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsSurvey) survey = qs_survey_new ();
  g_autoptr (GPtrArray) questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsBulkInsert) responses = NULL;
  g_autoptr (QsBulkInsert) answers = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  gint64 start = G_GINT64_CONSTANT (1759276800) * G_USEC_PER_SEC; /* 2025-10-01 */

  check (qs_store_begin (store, &error), error);
  for (guint d = 0; d < n_departments; d++)
    {
      g_autoptr (QsDepartment) department = qs_department_new ();
      g_autofree char *ref = g_strdup_printf ("D%03u", d);
      g_autofree char *name = g_strdup_printf ("Department %03u", d);

      g_object_set (department, "ref", ref, "name", name, NULL);
      check (qs_repository_save (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                                 QS_ENTITY (department), &error),
             error);
      g_ptr_array_add (department_ids, g_strdup (qs_entity_get_id (QS_ENTITY (department))));
    }
  g_object_set (survey, "ref", "BENCH", "anonymous", TRUE, "title_en", "Bench", "title_fr", "Banc",
                NULL);
  for (guint q = 0; q < N_QUESTIONS; q++)
    {
      QsSurveyQuestion *question = qs_survey_question_new ();
      QsQuestionKind    kind = q < 8    ? QS_QUESTION_KIND_SCALE
                               : q == 8 ? QS_QUESTION_KIND_RECOMMENDATION
                               : q == 9 ? QS_QUESTION_KIND_YES_NO
                                        : QS_QUESTION_KIND_TEXT;

      qs_entity_set_enum (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_KIND, kind);
      qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_EN, "Question");
      qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_FR, "Question");
      if (q == 6 || q == 7)
        qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_CATEGORY,
                              q == 6 ? "courtesy" : "reliability");
      g_ptr_array_add (questions, question);
    }
  check (qs_survey_repository_create (store, survey, questions, NULL, utc, &error), error);

  responses = qs_bulk_insert_new (store, QS_TYPE_SURVEY_RESPONSE, &error);
  answers = responses != NULL ? qs_bulk_insert_new (store, QS_TYPE_SURVEY_ANSWER, &error) : NULL;
  check (answers != NULL, error);
  for (guint r = 0; r < n_responses; r++)
    {
      g_autofree char *response_id = g_uuid_string_random ();
      gint64 at = start + (gint64) g_rand_int_range (rand, 0, 365) * 86400 * G_USEC_PER_SEC;

      qs_bulk_insert_set_string (responses, QS_SURVEY_RESPONSE_FIELD_SURVEY_ID,
                                 qs_entity_get_id (QS_ENTITY (survey)));
      qs_bulk_insert_set_string (
        responses, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID,
        g_ptr_array_index (department_ids, g_rand_int_range (rand, 0, n_departments)));
      qs_bulk_insert_set_int (responses, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT, at);
      check (qs_bulk_insert_row (responses, response_id, at, at, &error), error);
      for (guint q = 0; q < N_QUESTIONS; q++)
        {
          g_autofree char *answer_id = NULL;
          QsEntity        *question = g_ptr_array_index (questions, q);

          if (q == 10 && g_rand_int_range (rand, 0, 10) != 0)
            continue;
          answer_id = g_uuid_string_random ();
          qs_bulk_insert_set_string (answers, QS_SURVEY_ANSWER_FIELD_RESPONSE_ID, response_id);
          qs_bulk_insert_set_string (answers, QS_SURVEY_ANSWER_FIELD_QUESTION_ID,
                                     qs_entity_get_id (question));
          qs_bulk_insert_set_double (answers, QS_SURVEY_ANSWER_FIELD_SCORE,
                                     q < 8    ? g_rand_int_range (rand, 1, 6)
                                     : q == 8 ? g_rand_int_range (rand, 0, 11)
                                     : q == 9 ? g_rand_int_range (rand, 0, 2)
                                              : NAN);
          qs_bulk_insert_set_double (answers, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE,
                                     q == 6 || q == 7 ? g_rand_int_range (rand, 3, 6) : NAN);
          qs_bulk_insert_set_string (answers, QS_SURVEY_ANSWER_FIELD_TEXT,
                                     q == 10 ? "A comment of a few words about the service" : NULL);
          check (qs_bulk_insert_row (answers, answer_id, at, at, &error), error);
        }
    }
  check (qs_bulk_insert_finish (responses, &error) && qs_bulk_insert_finish (answers, &error) &&
           qs_store_commit (store, &error),
         error);
  check (qs_store_exec (store, "ANALYZE", &error), error);
  return g_steal_pointer (&survey);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
time_query (
  QsStore *store, QsSurvey *survey, const char *name, const QsSurveyResultsQuery *query, guint runs)
{
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  double first = 0;

  for (guint i = 0; i <= runs; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 begin = g_get_monotonic_time ();
      g_autoptr (QsSurveyResults) results = qs_survey_results_read (store, survey, query, &error);
      double ms = (g_get_monotonic_time () - begin) / 1000.0;

      check (results != NULL, error);
      if (i == 0)
        first = ms;
      else
        g_array_append_val (samples, ms);
    }
  g_array_sort (samples, compare_doubles);
  g_print ("%-32s first %7.1f ms   median %7.1f ms\n", name, first,
           g_array_index (samples, double, samples->len / 2));
}

int
main (int argc, char *argv[])
{
  int          n_responses = 50000, n_departments = 150, runs = 11;
  GOptionEntry entries[] = {
    { "responses", 0, 0, G_OPTION_ARG_INT, &n_responses, "Responses (50,000)", "N" },
    { "departments", 0, 0, G_OPTION_ARG_INT, &n_departments, "Departments (150)", "D" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs after the first (11)", "R" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("DATABASE");
  g_autoptr (GError) error = NULL;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GPtrArray) departments = g_ptr_array_new_with_free_func (g_free);
  gint64 begin;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || n_responses < 1 ||
      n_departments < 1 || runs < 1)
    {
      g_printerr ("usage: bench-survey-results DATABASE [--responses N] [--departments D] "
                  "[--runs R]\n");
      return 2;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("bench-survey-results: %s exists: give a new file\n", argv[1]);
      return 2;
    }
  store = qs_store_open (argv[1], &error);
  check (store != NULL, error);
  begin = g_get_monotonic_time ();
  survey = fill (store, n_responses, n_departments, departments);
  g_print ("filled %d responses over %d departments in %.1f s\n", n_responses, n_departments,
           (g_get_monotonic_time () - begin) / 1e6);
  {
    QsSurveyResultsQuery whole = { 0 };
    QsSurveyResultsQuery grouped = { .grouping = QS_SURVEY_GROUPING_DEPARTMENT };
    QsSurveyResultsQuery filtered = {
      .department_id = g_ptr_array_index (departments, 0),
      .from = G_GINT64_CONSTANT (1767225600) * G_USEC_PER_SEC, /* 2026-01-01 */
      .to = G_GINT64_CONSTANT (1775001600) * G_USEC_PER_SEC,   /* 2026-04-01 */
    };

    time_query (store, survey, "whole questionnaire", &whole, runs);
    time_query (store, survey, "grouped by department", &grouped, runs);
    time_query (store, survey, "one department, one quarter", &filtered, runs);
  }
  return 0;
}
