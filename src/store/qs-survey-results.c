/* qs-survey-results.c — what a questionnaire's answers say, as far as anonymity lets them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three statements, whatever the number of responses: the responses per
 * group, the scores per group, question and value, and the comments
 * (from survey_answers_comments), each with the feedback, complaint and
 * actions it became.
 * The responses and scores are read from their tallies (data/sql/
 * 015.sql: a few thousand rows for a 50,000-response questionnaire) or,
 * when a period is asked, which the tallies do not keep, counted from the
 * rows (the scores GROUP BY in the order of survey_answers_scores, which
 * holds every column it reads).
 * Counts without one filter each, for the anonymity rule, are one
 * COUNT each.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-error.h"
#include "qs-repository-private.h"
#include "qs-survey-repository.h"
#include "qs-survey-results.h"

typedef enum
{
  FILTER_DEPARTMENT,
  FILTER_SERVICE,
  FILTER_PERIOD,
  N_FILTERS,
  NO_FILTER_LEFT_OUT = N_FILTERS,
} Filter;

static void
comment_clear (QsSurveyComment *self)
{
  g_free (self->answer_id);
  g_free (self->text);
  g_free (self->feedback_id);
  g_free (self->complaint_id);
  g_free (self->complaint_ref);
  g_free (self->action_refs);
}

/* A comment is shared by the whole and its group, and by the view. */
QsSurveyComment *
qs_survey_comment_ref (QsSurveyComment *self)
{
  return g_rc_box_acquire (self);
}

void
qs_survey_comment_unref (QsSurveyComment *self)
{
  g_rc_box_release_full (self, (GDestroyNotify) comment_clear);
}

gboolean
qs_survey_comment_same_links (const QsSurveyComment *a, const QsSurveyComment *b)
{
  return g_strcmp0 (a->feedback_id, b->feedback_id) == 0 &&
         g_strcmp0 (a->complaint_id, b->complaint_id) == 0 &&
         g_strcmp0 (a->complaint_ref, b->complaint_ref) == 0 &&
         g_strcmp0 (a->action_refs, b->action_refs) == 0;
}

static char *
column_dup (sqlite3_stmt *stmt, int column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static QsSurveyComment *
comment_new (sqlite3_stmt *stmt, int first)
{
  QsSurveyComment *self = g_rc_box_new0 (QsSurveyComment);

  self->text = column_dup (stmt, first);
  self->answer_id = column_dup (stmt, first + 1);
  self->feedback_id = column_dup (stmt, first + 2);
  self->complaint_id = column_dup (stmt, first + 3);
  self->complaint_ref = column_dup (stmt, first + 4);
  self->action_refs = column_dup (stmt, first + 5);
  return self;
}

static void
question_result_free (QsQuestionResult *self)
{
  g_clear_object (&self->question);
  g_clear_pointer (&self->comments, g_ptr_array_unref);
  g_free (self);
}

static void
group_free (QsSurveyResultGroup *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->ref);
  g_free (self->name);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_free (self);
}

void
qs_survey_results_free (QsSurveyResults *self)
{
  if (self == NULL)
    return;
  group_free (self->total);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_free (self);
}

static QsSurveyResultGroup *
group_new (const char *id, GPtrArray *questions)
{
  QsSurveyResultGroup *group = g_new0 (QsSurveyResultGroup, 1);

  group->id = g_strdup (id);
  group->n_invited = -1;
  group->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) question_result_free);
  for (guint i = 0; i < questions->len; i++)
    {
      QsQuestionResult *result = g_new0 (QsQuestionResult, 1);

      result->question = g_object_ref (g_ptr_array_index (questions, i));
      result->comments = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_survey_comment_unref);
      g_ptr_array_add (group->questions, result);
    }
  return group;
}

/* The columns the filters read: a response's own, an answer's copy of
 * its response's (data/sql/014.sql), or a tally's (015.sql). */
typedef struct
{
  const char *survey;
  const char *department;
  const char *service;
  const char *submitted;
  const char *live;
} Columns;

static const Columns RESPONSE_COLUMNS = {
  "r.survey_id", "r.department_id", "r.service_id", "r.submitted_at", "r.deleted_at IS NULL",
};

static const Columns ANSWER_COLUMNS = {
  "a.response_survey_id",    "a.response_department_id", "a.response_service_id",
  "a.response_submitted_at", "a.deleted_at IS NULL",
};

/* The tallies of the responses and of the scores count live rows alone,
 * and have no time: they serve when no period is asked. */
static const Columns TALLY_COLUMNS = {
  "t.survey_id", "t.department_id", "t.service_id", NULL, NULL,
};

static gboolean
filter_is_set (const QsSurveyResultsQuery *query, Filter filter)
{
  switch (filter)
    {
    case FILTER_DEPARTMENT:
      return query->department_id != NULL;
    case FILTER_SERVICE:
      return query->service_id != NULL;
    case FILTER_PERIOD:
      return query->from != 0 || query->to != 0;
    case N_FILTERS:
    default:
      return FALSE;
    }
}

/* The conditions on @columns, every filter but @left_out. */
static char *
build_where (const QsSurveyResultsQuery *query,
             const Columns              *columns,
             const char                 *survey_id,
             Filter                      left_out,
             GVariantBuilder            *params)
{
  GString *where = g_string_new (NULL);

  g_string_printf (where, "%s = ?", columns->survey);
  g_variant_builder_add (params, "s", survey_id);
  if (columns->live != NULL)
    g_string_append_printf (where, " AND %s", columns->live);
  if (left_out != FILTER_DEPARTMENT && query->department_id != NULL)
    {
      g_string_append_printf (where, " AND %s = ?", columns->department);
      g_variant_builder_add (params, "s", query->department_id);
    }
  if (left_out != FILTER_SERVICE && query->service_id != NULL)
    {
      g_string_append_printf (where, " AND %s = ?", columns->service);
      g_variant_builder_add (params, "s", query->service_id);
    }
  g_assert (columns->submitted != NULL || left_out == FILTER_PERIOD ||
            !filter_is_set (query, FILTER_PERIOD));
  if (left_out != FILTER_PERIOD && query->from != 0)
    {
      g_string_append_printf (where, " AND %s >= ?", columns->submitted);
      g_variant_builder_add (params, "x", query->from);
    }
  if (left_out != FILTER_PERIOD && query->to != 0)
    {
      g_string_append_printf (where, " AND %s < ?", columns->submitted);
      g_variant_builder_add (params, "x", query->to);
    }
  return g_string_free (where, FALSE);
}

/* The column of @columns that groups: the whole is read by department
 * too, in the order of the answers' index, and added up. */
static const char *
group_key (const Columns *columns, QsSurveyGrouping grouping)
{
  return grouping == QS_SURVEY_GROUPING_SERVICE ? columns->service : columns->department;
}

/* Prepares "SELECT @select FROM @from WHERE <filters> @tail" with its
 * parameters bound. */
static sqlite3_stmt *
prepare (QsStore                    *store,
         const QsSurveyResultsQuery *query,
         const Columns              *columns,
         const char                 *survey_id,
         Filter                      left_out,
         const char                 *select,
         const char                 *from,
         const char                 *tail,
         GError                    **error)
{
  GVariantBuilder  params;
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (GVariant) values = NULL;
  sqlite3_stmt *stmt;

  g_variant_builder_init (&params, G_VARIANT_TYPE_TUPLE);
  where = build_where (query, columns, survey_id, left_out, &params);
  values = g_variant_ref_sink (g_variant_builder_end (&params));
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s %s", select, from, where, tail);
  stmt = qs_store_prepare (store, sql, error);
  if (stmt != NULL && !qs_sql_bind_params (stmt, 1, values))
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, QS_ERROR, QS_ERROR_FAILED, _ ("Reading the answers"));
      return NULL;
    }
  return stmt;
}

static gboolean
finish (QsStore *store, sqlite3_stmt *stmt, int rc, GError **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  qs_store_set_sqlite_error (store, error, rc, _ ("Reading the answers"));
  return FALSE;
}

/* Whether the filters but @left_out ask a period: then the rows are
 * read, not their tallies. */
static gboolean
asks_period (const QsSurveyResultsQuery *query, Filter left_out)
{
  return left_out != FILTER_PERIOD && filter_is_set (query, FILTER_PERIOD);
}

/* The responses the filters keep, but @left_out. */
static gint64
count_responses (QsStore                    *store,
                 const QsSurveyResultsQuery *query,
                 const char                 *survey_id,
                 Filter                      left_out,
                 GError                    **error)
{
  gboolean      by_period = asks_period (query, left_out);
  sqlite3_stmt *stmt = by_period ? prepare (store, query, &RESPONSE_COLUMNS, survey_id, left_out,
                                            "count (*)", "survey_responses r", "", error)
                                 : prepare (store, query, &TALLY_COLUMNS, survey_id, left_out,
                                            "sum (t.n)", "survey_response_tallies t", "", error);
  gint64        n = 0;
  int           rc;

  if (stmt == NULL)
    return -1;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      n = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_DONE;
    }
  return finish (store, stmt, rc, error) ? n : -1;
}

static QsSurveyResultGroup *
find_group (GHashTable *groups, const char *id, GPtrArray *questions, GPtrArray *order)
{
  QsSurveyResultGroup *group = g_hash_table_lookup (groups, id != NULL ? id : "");

  if (group == NULL)
    {
      group = group_new (id, questions);
      g_hash_table_insert (groups, g_strdup (id != NULL ? id : ""), group);
      g_ptr_array_add (order, group);
    }
  return group;
}

static int
question_index (GHashTable *positions, const char *question_id)
{
  gpointer value;

  if (question_id == NULL || !g_hash_table_lookup_extended (positions, question_id, NULL, &value))
    return -1;
  return GPOINTER_TO_INT (value);
}

static void
count_score (QsQuestionResult *result, double score, double expected, guint n)
{
  QsQuestionKind kind = qs_entity_get_enum (result->question, QS_SURVEY_QUESTION_FIELD_KIND);

  for (guint i = 0; i < n; i++)
    switch (kind)
      {
      case QS_QUESTION_KIND_SCALE:
        if (!isnan (score))
          qs_likert_score_add (&result->perceived, (int) score);
        if (!isnan (expected))
          qs_likert_score_add (&result->expected, (int) expected);
        break;
      case QS_QUESTION_KIND_RECOMMENDATION:
        if (!isnan (score))
          qs_recommendation_score_add (&result->recommendation, (int) score);
        break;
      case QS_QUESTION_KIND_YES_NO:
        if (score == 1)
          result->yes++;
        else if (score == 0)
          result->no++;
        break;
      case QS_QUESTION_KIND_TEXT:
      default:
        break;
      }
}

static double
column_double (sqlite3_stmt *stmt, int column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN
                                                           : sqlite3_column_double (stmt, column);
}

/* Every response, score and comment of the filtered answers, into
 * @total and, grouped, into @groups. */
static gboolean
read_answers (QsStore                    *store,
              const QsSurveyResultsQuery *query,
              const char                 *survey_id,
              GPtrArray                  *questions,
              QsSurveyResultGroup        *total,
              GHashTable                 *groups,
              GPtrArray                  *order,
              GError                    **error)
{
  g_autoptr (GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *select = NULL;
  gboolean         grouped = query->grouping != QS_SURVEY_GROUPING_NONE;
  sqlite3_stmt    *stmt;
  int              rc;

  for (guint i = 0; i < questions->len; i++)
    g_hash_table_insert (positions, (gpointer) qs_entity_get_id (g_ptr_array_index (questions, i)),
                         GINT_TO_POINTER (i));

  if (asks_period (query, NO_FILTER_LEFT_OUT))
    {
      select = g_strdup_printf ("%s, count (*)", group_key (&RESPONSE_COLUMNS, query->grouping));
      stmt = prepare (store, query, &RESPONSE_COLUMNS, survey_id, NO_FILTER_LEFT_OUT, select,
                      "survey_responses r", "GROUP BY 1", error);
    }
  else
    {
      select = g_strdup_printf ("%s, sum (t.n)", group_key (&TALLY_COLUMNS, query->grouping));
      stmt = prepare (store, query, &TALLY_COLUMNS, survey_id, NO_FILTER_LEFT_OUT, select,
                      "survey_response_tallies t", "GROUP BY 1", error);
    }
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint n = sqlite3_column_int64 (stmt, 1);

      total->n_responses += n;
      if (grouped)
        find_group (groups, (const char *) sqlite3_column_text (stmt, 0), questions, order)
          ->n_responses += n;
    }
  if (!finish (store, stmt, rc, error))
    return FALSE;

  g_free (select);
  if (asks_period (query, NO_FILTER_LEFT_OUT))
    {
      select = g_strdup_printf ("%s, a.question_id, a.score, a.expected_score, count (*)",
                                group_key (&ANSWER_COLUMNS, query->grouping));
      stmt = prepare (store, query, &ANSWER_COLUMNS, survey_id, NO_FILTER_LEFT_OUT, select,
                      "survey_answers a", "AND a.text IS NULL GROUP BY 1, 2, 3, 4", error);
    }
  else
    {
      select = g_strdup_printf ("%s, t.question_id, t.score, t.expected_score, sum (t.n)",
                                group_key (&TALLY_COLUMNS, query->grouping));
      stmt = prepare (store, query, &TALLY_COLUMNS, survey_id, NO_FILTER_LEFT_OUT, select,
                      "survey_answer_tallies t", "GROUP BY 1, 2, 3, 4", error);
    }
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int    index = question_index (positions, (const char *) sqlite3_column_text (stmt, 1));
      double score = column_double (stmt, 2);
      double expected = column_double (stmt, 3);
      guint  n = sqlite3_column_int64 (stmt, 4);

      if (index < 0)
        continue;
      count_score (g_ptr_array_index (total->questions, index), score, expected, n);
      if (grouped)
        count_score (
          g_ptr_array_index (
            find_group (groups, (const char *) sqlite3_column_text (stmt, 0), questions, order)
              ->questions,
            index),
          score, expected, n);
    }
  if (!finish (store, stmt, rc, error))
    return FALSE;

  g_free (select);
  /* Each comment with what it was taken up as: its feedback, that
   * feedback's complaint and the actions born from it. */
  select = g_strdup_printf (
    "%s, a.question_id, a.text, a.id, f.id, f.complaint_id, q.ref, "
    "CASE WHEN f.id IS NOT NULL THEN (SELECT group_concat (ref, ', ') FROM (SELECT x.ref "
    "FROM action_links l JOIN actions x ON x.id = l.action_id WHERE l.kind = 'feedback' "
    "AND l.target_id = f.id AND l.deleted_at IS NULL AND x.deleted_at IS NULL ORDER BY x.ref)) "
    "END",
    group_key (&ANSWER_COLUMNS, query->grouping));
  stmt = prepare (store, query, &ANSWER_COLUMNS, survey_id, NO_FILTER_LEFT_OUT, select,
                  "survey_answers a "
                  "LEFT JOIN feedback f ON f.survey_answer_id = a.id AND f.deleted_at IS NULL "
                  "LEFT JOIN requests q ON q.id = f.complaint_id AND q.deleted_at IS NULL",
                  "AND a.text IS NOT NULL ORDER BY a.response_submitted_at, a.rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int index = question_index (positions, (const char *) sqlite3_column_text (stmt, 1));
      QsSurveyComment  *comment;
      QsQuestionResult *result;

      if (index < 0)
        continue;
      comment = comment_new (stmt, 2);
      result = g_ptr_array_index (total->questions, index);
      g_ptr_array_add (result->comments, comment);
      if (grouped)
        {
          result = g_ptr_array_index (
            find_group (groups, (const char *) sqlite3_column_text (stmt, 0), questions, order)
              ->questions,
            index);
          g_ptr_array_add (result->comments, qs_survey_comment_ref (comment));
        }
    }
  return finish (store, stmt, rc, error);
}

/* Names and invitations of the groups: the departments' or services'. */
static gboolean
name_groups (
  QsStore *store, QsSurvey *survey, QsSurveyGrouping grouping, GPtrArray *groups, GError **error)
{
  GType type = grouping == QS_SURVEY_GROUPING_SERVICE ? QS_TYPE_SERVICE : QS_TYPE_DEPARTMENT;

  for (guint i = 0; i < groups->len; i++)
    {
      QsSurveyResultGroup *group = g_ptr_array_index (groups, i);
      g_autoptr (QsEntity) entity = NULL;

      if (group->id == NULL)
        continue;
      if (!qs_store_find_if_any (store, type, group->id, &entity, error))
        return FALSE;
      if (entity == NULL)
        continue;
      group->ref = g_strdup (qs_entity_get_string (
        entity, type == QS_TYPE_SERVICE ? QS_SERVICE_FIELD_REF : QS_DEPARTMENT_FIELD_REF));
      group->name = g_strdup (qs_entity_get_string (
        entity, type == QS_TYPE_SERVICE ? QS_SERVICE_FIELD_NAME : QS_DEPARTMENT_FIELD_NAME));
      if (grouping == QS_SURVEY_GROUPING_DEPARTMENT)
        {
          group->n_invited = qs_repository_count (
            qs_store_get_repository (store, QS_TYPE_SURVEY_INVITATION),
            "survey_id = ? AND client_id IN (SELECT id FROM clients WHERE department_id = ?)",
            g_variant_new ("(ss)", qs_entity_get_id (QS_ENTITY (survey)), group->id),
            QS_QUERY_DEFAULT, error);
          if (group->n_invited < 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* The people invited whom the whole counts: unknown when it is of one
 * service, as invitations are not. */
static gboolean
count_invited (QsStore                    *store,
               QsSurvey                   *survey,
               const QsSurveyResultsQuery *query,
               QsSurveyResultGroup        *total,
               GError                    **error)
{
  if (query->service_id != NULL)
    return TRUE;
  if (query->department_id == NULL)
    total->n_invited = qs_survey_repository_count_invited (store, survey, error);
  else
    total->n_invited = qs_repository_count (
      qs_store_get_repository (store, QS_TYPE_SURVEY_INVITATION),
      "survey_id = ? AND client_id IN (SELECT id FROM clients WHERE department_id = ?)",
      g_variant_new ("(ss)", qs_entity_get_id (QS_ENTITY (survey)), query->department_id),
      QS_QUERY_DEFAULT, error);
  return total->n_invited >= 0;
}

static int
compare_groups (gconstpointer a, gconstpointer b)
{
  const QsSurveyResultGroup *first = *(QsSurveyResultGroup **) a;
  const QsSurveyResultGroup *second = *(QsSurveyResultGroup **) b;

  /* Answers of nobody's department last. */
  if ((first->name == NULL) != (second->name == NULL))
    return first->name == NULL ? 1 : -1;
  return g_utf8_collate (first->name != NULL ? first->name : "",
                         second->name != NULL ? second->name : "");
}

/* What anonymity lets show: the whole, against each filter left out;
 * the groups, against one another. What is hidden keeps its count. */
static gboolean
apply_threshold (QsStore                    *store,
                 const QsSurveyResultsQuery *query,
                 const char                 *survey_id,
                 QsSurveyResults            *results,
                 GError                    **error)
{
  QsSurveyResultGroup *total = results->total;
  g_autofree guint    *counts = NULL;
  g_autofree gboolean *shown = NULL;

  total->shown = total->n_responses >= results->threshold;
  for (Filter f = 0; f < N_FILTERS && total->shown; f++)
    if (filter_is_set (query, f))
      {
        gint64 n_parent = count_responses (store, query, survey_id, f, error);

        if (n_parent < 0)
          return FALSE;
        total->shown = qs_survey_score_may_show (total->n_responses, n_parent, results->threshold);
      }
  if (results->groups->len > 0)
    {
      counts = g_new0 (guint, results->groups->len);
      shown = g_new0 (gboolean, results->groups->len);
      for (guint i = 0; i < results->groups->len; i++)
        counts[i] = ((QsSurveyResultGroup *) g_ptr_array_index (results->groups, i))->n_responses;
      qs_survey_score_hide_groups (counts, results->groups->len, results->threshold, shown);
      for (guint i = 0; i < results->groups->len; i++)
        {
          QsSurveyResultGroup *group = g_ptr_array_index (results->groups, i);

          /* A group is no more shown than the whole it divides. */
          group->shown = shown[i] && total->shown;
        }
    }
  if (!total->shown)
    g_ptr_array_set_size (total->questions, 0);
  for (guint i = 0; i < results->groups->len; i++)
    {
      QsSurveyResultGroup *group = g_ptr_array_index (results->groups, i);

      if (!group->shown)
        g_ptr_array_set_size (group->questions, 0);
    }
  return TRUE;
}

QsSurveyResults *
qs_survey_results_read (QsStore                    *store,
                        QsSurvey                   *survey,
                        const QsSurveyResultsQuery *query,
                        GError                    **error)
{
  g_autoptr (QsSurveyResults) results = g_new0 (QsSurveyResults, 1);
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *survey_id;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_SURVEY (survey), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  survey_id = qs_entity_get_id (QS_ENTITY (survey));
  results->threshold = query->threshold > 0 ? query->threshold : QS_SURVEY_SCORE_DEFAULT_THRESHOLD;
  results->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  questions = qs_survey_repository_get_questions (store, survey, error);
  if (questions == NULL)
    return NULL;
  results->total = group_new (NULL, questions);

  /* One snapshot for every statement: the counts agree with the scores. */
  if (!qs_store_begin_read (store, error))
    return NULL;
  if (!read_answers (store, query, survey_id, questions, results->total, groups, results->groups,
                     error) ||
      !apply_threshold (store, query, survey_id, results, error))
    {
      qs_store_end_read (store);
      return NULL;
    }
  qs_store_end_read (store);

  if (query->grouping != QS_SURVEY_GROUPING_NONE &&
      !name_groups (store, survey, query->grouping, results->groups, error))
    return NULL;
  if (!count_invited (store, survey, query, results->total, error))
    return NULL;
  g_ptr_array_sort (results->groups, compare_groups);
  return g_steal_pointer (&results);
}
