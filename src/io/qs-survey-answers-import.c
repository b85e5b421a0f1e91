/* qs-survey-answers-import.c — a questionnaire's answers from a sheet, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole sheet is read and checked before anything is written; then
 * its responses are saved in one transaction. An anonymous
 * questionnaire's sheet may not name anyone: its responses keep no
 * client and no time finer than the day (the store's triggers see to
 * the day, schema 12).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-calendar-day.h"
#include "qs-csv-reader.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-survey-answers-import.h"
#include "qs-survey-repository.h"

/* A sheet of answers of 50,000 people is a few megabytes. */
#define MAX_BYTES (64 * 1024 * 1024)

typedef enum
{
  COLUMN_SCORE,    /* a question's answer; a barometer question's level perceived */
  COLUMN_EXPECTED, /* a barometer question's level expected */
  COLUMN_DEPARTMENT,
  COLUMN_SUBMITTED,
  COLUMN_CLIENT,
} ColumnKind;

typedef struct
{
  ColumnKind kind;
  guint      question; /* index, for the question columns */
} Column;

typedef struct
{
  QsStore    *store;
  QsSurvey   *survey;
  GPtrArray  *questions;
  const char *name;
  GTimeZone  *zone;
  GArray     *columns;
  GHashTable *departments; /* ref → id, or "" when there is none */
  GPtrArray  *header;
} Import;

/* Lower case, trimmed, runs of spaces as one: how headers are compared. */
static char *
normalize (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_autofree char *composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  g_auto (GStrv) words = g_strsplit_set (g_strstrip (composed), " \t", -1);
  g_autoptr (GStrvBuilder) kept = g_strv_builder_new ();
  g_auto (GStrv) joined = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);
  return g_strjoinv (" ", joined);
}

static gboolean
is_barometer (QsEntity *question)
{
  return qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_CATEGORY) != NULL;
}

/* "q3", "q3 expected", "q3 perçu": the question's index and which part. */
static gboolean
parse_question_name (const char *header, guint n_questions, guint *index, ColumnKind *kind)
{
  const char *p = header;
  guint64     number;
  char       *end;

  if (*p != 'q' || !g_ascii_isdigit (p[1]))
    return FALSE;
  number = g_ascii_strtoull (p + 1, &end, 10);
  if (number == 0 || number > n_questions)
    return FALSE;
  *index = number - 1;
  if (*end == '\0')
    *kind = COLUMN_SCORE;
  else if (g_str_equal (end, " expected") || g_str_equal (end, " attendu"))
    *kind = COLUMN_EXPECTED;
  else if (g_str_equal (end, " perceived") || g_str_equal (end, " perçu") ||
           g_str_equal (end, " percu"))
    *kind = COLUMN_SCORE;
  else
    return FALSE;
  return TRUE;
}

/* Which question a header names by its text, or -1. */
static int
find_question_by_text (Import *self, const char *header)
{
  static const guint texts[] = { QS_SURVEY_QUESTION_FIELD_TEXT_FR,
                                 QS_SURVEY_QUESTION_FIELD_TEXT_EN };

  for (guint i = 0; i < self->questions->len; i++)
    for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
      {
        const char *text = qs_entity_get_string (g_ptr_array_index (self->questions, i), texts[t]);
        g_autofree char *normal = text != NULL ? normalize (text) : NULL;

        if (normal != NULL && g_str_equal (normal, header))
          return i;
      }
  return -1;
}

static gboolean
read_header (Import *self, GPtrArray *row, GError **error)
{
  gboolean anonymous = qs_entity_get_boolean (QS_ENTITY (self->survey), QS_SURVEY_FIELD_ANONYMOUS);
  g_autofree gboolean *score_seen = g_new0 (gboolean, self->questions->len);
  g_autofree gboolean *expected_seen = g_new0 (gboolean, self->questions->len);

  for (guint c = 0; c < row->len; c++)
    {
      const char      *cell = g_ptr_array_index (row, c);
      g_autofree char *header = normalize (cell);
      Column           column = { COLUMN_SCORE, 0 };
      int              by_text;

      g_ptr_array_add (self->header, g_strdup (cell));
      if (g_str_equal (header, "department") || g_str_equal (header, "direction"))
        column.kind = COLUMN_DEPARTMENT;
      else if (g_str_equal (header, "submitted") || g_str_equal (header, "date"))
        column.kind = COLUMN_SUBMITTED;
      else if (g_str_equal (header, "client") || g_str_equal (header, "e-mail") ||
               g_str_equal (header, "email") || g_str_equal (header, "courriel"))
        {
          if (anonymous)
            {
              /* Translators: %1$s is the file, %2$u the column, %3$s its header */
              g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("“%1$s”, column %2$u (“%3$s”): this questionnaire is anonymous; "
                              "its answers may not name anyone. Remove the column."),
                           self->name, c + 1, cell);
              return FALSE;
            }
          column.kind = COLUMN_CLIENT;
        }
      else if (parse_question_name (header, self->questions->len, &column.question, &column.kind))
        ;
      else if ((by_text = find_question_by_text (self, header)) >= 0)
        column.question = by_text;
      else
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%1$s”, column %2$u (“%3$s”): no question of the questionnaire has this "
                          "name; name a question Q1 to Q%4$u, or by its text."),
                       self->name, c + 1, cell, self->questions->len);
          return FALSE;
        }
      if (column.kind == COLUMN_SCORE || column.kind == COLUMN_EXPECTED)
        {
          gboolean *seen = column.kind == COLUMN_SCORE ? score_seen : expected_seen;

          if (column.kind == COLUMN_EXPECTED &&
              !is_barometer (g_ptr_array_index (self->questions, column.question)))
            {
              g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("“%1$s”, column %2$u (“%3$s”): question %4$u asks no level "
                              "expected."),
                           self->name, c + 1, cell, column.question + 1);
              return FALSE;
            }
          if (seen[column.question])
            {
              g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("“%1$s”, column %2$u (“%3$s”): question %4$u has two columns."),
                           self->name, c + 1, cell, column.question + 1);
              return FALSE;
            }
          seen[column.question] = TRUE;
        }
      g_array_append_val (self->columns, column);
    }

  for (guint q = 0; q < self->questions->len; q++)
    if (!score_seen[q] ||
        (is_barometer (g_ptr_array_index (self->questions, q)) && !expected_seen[q]))
      {
        gboolean barometer = is_barometer (g_ptr_array_index (self->questions, q));

        g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                     barometer ? _ ("“%1$s”: no columns for question %2$u: it needs “Q%2$u "
                                    "expected” and “Q%2$u perceived”.")
                               : _ ("“%1$s”: no column for question %2$u: name one “Q%2$u”."),
                     self->name, q + 1);
        return FALSE;
      }
  return TRUE;
}

/* The value of an answer, or NAN for an empty cell; FALSE when out of range. */
static gboolean
parse_score (
  QsEntity *question, ColumnKind kind, const char *cell, double *score, const char **range)
{
  g_autofree char *text = g_strstrip (g_utf8_casefold (cell, -1));
  QsQuestionKind   question_kind = qs_entity_get_enum (question, QS_SURVEY_QUESTION_FIELD_KIND);
  gint64           min = 1, max = 5;
  gint64           value;

  *score = NAN;
  if (*text == '\0')
    return TRUE;
  switch (question_kind)
    {
    case QS_QUESTION_KIND_YES_NO:
      *range = _ ("yes or no");
      if (g_str_equal (text, "yes") || g_str_equal (text, "oui") || g_str_equal (text, "1"))
        *score = 1;
      else if (g_str_equal (text, "no") || g_str_equal (text, "non") || g_str_equal (text, "0"))
        *score = 0;
      return !isnan (*score);
    case QS_QUESTION_KIND_RECOMMENDATION:
      min = 0;
      max = 10;
      *range = _ ("a whole number from 0 to 10");
      break;
    case QS_QUESTION_KIND_SCALE:
    default:
      *range = _ ("a whole number from 1 to 5");
      break;
    }
  if (!g_ascii_string_to_signed (text, 10, min, max, &value, NULL))
    return FALSE;
  *score = value;
  return TRUE;
}

static const char *
department_id (Import *self, const char *ref, GError **error)
{
  const char *id = g_hash_table_lookup (self->departments, ref);
  g_autoptr (QsEntity) department = NULL;

  if (id != NULL)
    return *id != '\0' ? id : NULL;
  if (!qs_survey_repository_find_department (self->store, ref, &department, error))
    return NULL;
  g_hash_table_insert (self->departments, g_strdup (ref),
                       g_strdup (department != NULL ? qs_entity_get_id (department) : ""));
  return department_id (self, ref, error);
}

static gboolean G_GNUC_PRINTF (5, 6)
  cell_error (Import *self, guint line, guint column, GError **error, const char *format, ...)
{
  g_autofree char *sentence = NULL;
  va_list          args;

  va_start (args, format);
  sentence = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: %1$s is a file, %2$u a line, %3$u a column, %4$s its
   * header, %5$s what is wrong */
  g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
               _ ("“%1$s”, line %2$u, column %3$u (“%4$s”): %5$s"), self->name, line, column + 1,
               (const char *) g_ptr_array_index (self->header, column), sentence);
  return FALSE;
}

/* The response of one row and its answers (the response first). */
static GPtrArray *
read_row (Import *self, GPtrArray *row, guint line, GError **error)
{
  g_autoptr (GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  QsSurveyResponse           *response = qs_survey_response_new ();
  QsEntity                   *entity = QS_ENTITY (response);
  g_autofree QsSurveyAnswer **answers = g_new0 (QsSurveyAnswer *, self->questions->len);
  gint64                      submitted = qs_store_now (self->store);

  g_ptr_array_add (entities, response);
  qs_entity_set_string (entity, QS_SURVEY_RESPONSE_FIELD_SURVEY_ID,
                        qs_entity_get_id (QS_ENTITY (self->survey)));
  for (guint c = 0; c < self->columns->len; c++)
    {
      Column          *column = &g_array_index (self->columns, Column, c);
      const char      *cell = c < row->len ? g_ptr_array_index (row, c) : "";
      g_autofree char *text = g_strstrip (g_strdup (cell));
      QsEntity        *question;
      const char      *range = NULL;
      double           score;

      switch (column->kind)
        {
        case COLUMN_DEPARTMENT:
          {
            g_autoptr (GError) local_error = NULL;
            const char *id;

            if (*text == '\0')
              break;
            id = department_id (self, text, &local_error);
            if (local_error != NULL)
              {
                g_propagate_error (error, g_steal_pointer (&local_error));
                return NULL;
              }
            if (id == NULL)
              {
                cell_error (self, line, c, error, _ ("no department has the reference “%s”."),
                            text);
                return NULL;
              }
            qs_entity_set_string (entity, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID, id);
          }
          break;
        case COLUMN_SUBMITTED:
          {
            GDate date;
            g_autoptr (GDateTime) noon = NULL;

            if (*text == '\0')
              break;
            if (!qs_calendar_day_parse_date (text, &date))
              {
                cell_error (self, line, c, error, _ ("“%s” is not a date written YYYY-MM-DD."),
                            text);
                return NULL;
              }
            noon = g_date_time_new (self->zone, g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), 12, 0, 0);
            submitted = g_date_time_to_unix (noon) * G_USEC_PER_SEC;
          }
          break;
        case COLUMN_CLIENT:
          {
            g_autoptr (GPtrArray) found = NULL;

            if (*text == '\0')
              break;
            found = qs_repository_find_all (qs_store_get_repository (self->store, QS_TYPE_CLIENT),
                                            "email = ? COLLATE NOCASE", g_variant_new ("(s)", text),
                                            NULL, QS_QUERY_DEFAULT, error);
            if (found == NULL)
              return NULL;
            if (found->len == 0)
              {
                cell_error (self, line, c, error,
                            _ ("no one in the directory has the address “%s”."), text);
                return NULL;
              }
            qs_entity_set_string (entity, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID,
                                  qs_entity_get_id (g_ptr_array_index (found, 0)));
          }
          break;
        case COLUMN_SCORE:
        case COLUMN_EXPECTED:
        default:
          question = g_ptr_array_index (self->questions, column->question);
          if (qs_entity_get_enum (question, QS_SURVEY_QUESTION_FIELD_KIND) == QS_QUESTION_KIND_TEXT)
            score = NAN;
          else if (!parse_score (question, column->kind, text, &score, &range))
            {
              /* Translators: %1$s is what was written, %2$s the answers allowed */
              cell_error (self, line, c, error, _ ("“%1$s” is not an answer: write %2$s."), text,
                          range);
              return NULL;
            }
          if (*text == '\0')
            break;
          if (answers[column->question] == NULL)
            {
              answers[column->question] = qs_survey_answer_new ();
              qs_entity_set_string (QS_ENTITY (answers[column->question]),
                                    QS_SURVEY_ANSWER_FIELD_QUESTION_ID,
                                    qs_entity_get_id (question));
              qs_entity_set_double (QS_ENTITY (answers[column->question]),
                                    QS_SURVEY_ANSWER_FIELD_SCORE, NAN);
              qs_entity_set_double (QS_ENTITY (answers[column->question]),
                                    QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE, NAN);
            }
          if (qs_entity_get_enum (question, QS_SURVEY_QUESTION_FIELD_KIND) == QS_QUESTION_KIND_TEXT)
            qs_entity_set_string (QS_ENTITY (answers[column->question]),
                                  QS_SURVEY_ANSWER_FIELD_TEXT, text);
          else
            qs_entity_set_double (QS_ENTITY (answers[column->question]),
                                  column->kind == COLUMN_EXPECTED
                                    ? QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE
                                    : QS_SURVEY_ANSWER_FIELD_SCORE,
                                  score);
          break;
        }
    }
  qs_entity_set_int (entity, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT, submitted);
  for (guint q = 0; q < self->questions->len; q++)
    if (answers[q] != NULL)
      g_ptr_array_add (entities, answers[q]);
  /* A row of empty cells is no response. */
  return entities->len > 1 ? g_steal_pointer (&entities) : g_ptr_array_new ();
}

gboolean
qs_survey_answers_import (QsStore    *store,
                          QsSurvey   *survey,
                          GBytes     *bytes,
                          const char *name,
                          GTimeZone  *zone,
                          guint      *n_responses,
                          GError    **error)
{
  g_autoptr (QsCsvReader) reader = NULL;
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) responses =
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autoptr (GHashTable) departments =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local_error = NULL;
  GPtrArray *row;
  guint      line;
  Import     self = { store, survey, NULL, name, zone, columns, departments, header };

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SURVEY (survey), FALSE);

  *n_responses = 0;
  if (g_bytes_get_size (bytes) > MAX_BYTES)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("“%s” is larger than 64 MB: it is not a sheet of answers."), name);
      return FALSE;
    }
  questions = qs_survey_repository_get_questions (store, survey, error);
  if (questions == NULL)
    return FALSE;
  self.questions = questions;
  reader = qs_csv_reader_new (bytes, &local_error);
  if (reader == NULL || !qs_csv_reader_next (reader, &row, &line, &local_error))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, _ ("“%s”: %s"), name,
                   local_error != NULL ? local_error->message : _ ("the file is empty."));
      return FALSE;
    }
  if (!read_header (&self, row, error))
    return FALSE;
  while (qs_csv_reader_next (reader, &row, &line, &local_error))
    {
      GPtrArray *entities = read_row (&self, row, line, error);

      if (entities == NULL)
        return FALSE;
      if (entities->len > 0)
        g_ptr_array_add (responses, entities);
      else
        g_ptr_array_unref (entities);
    }
  if (local_error != NULL)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, _ ("“%s”: %s"), name, local_error->message);
      return FALSE;
    }
  if (!qs_survey_repository_record_responses (store, survey, responses, error))
    return FALSE;
  *n_responses = responses->len;
  return TRUE;
}

typedef struct
{
  char      *path; /* the database's */
  QsClock   *clock;
  char      *survey_id;
  GBytes    *bytes;
  char      *name;
  GTimeZone *zone;
  guint      n_responses;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_object (&job->clock);
  g_free (job->survey_id);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->name);
  g_clear_pointer (&job->zone, g_time_zone_unref);
  g_free (job);
}

static void
import_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsEntity) survey = NULL;
  GError *error = NULL;

  /* SQLite connections stay in the thread that opened them, and so do the
   * entities read through them. */
  store = qs_store_open (job->path, &error);
  if (store != NULL)
    qs_store_set_clock (store, job->clock);
  if (store != NULL &&
      qs_store_find_if_any (store, QS_TYPE_SURVEY, job->survey_id, &survey, &error) &&
      survey == NULL)
    g_set_error_literal (&error, QS_ERROR, QS_ERROR_NOT_FOUND,
                         _ ("The questionnaire was deleted meanwhile: nothing was imported."));
  if (survey == NULL || !qs_survey_answers_import (store, QS_SURVEY (survey), job->bytes, job->name,
                                                   job->zone, &job->n_responses, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
qs_survey_answers_import_async (QsStore            *store,
                                QsSurvey           *survey,
                                GBytes             *bytes,
                                const char         *name,
                                GTimeZone          *zone,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  g_return_if_fail (QS_IS_STORE (store));
  g_return_if_fail (QS_IS_SURVEY (survey));

  job->path = g_strdup (qs_store_get_path (store));
  job->clock = g_object_ref (qs_store_get_clock (store));
  job->survey_id = g_strdup (qs_entity_get_id (QS_ENTITY (survey)));
  job->bytes = g_bytes_ref (bytes);
  job->name = g_strdup (name);
  job->zone = g_time_zone_ref (zone);
  task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (task, qs_survey_answers_import_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, import_thread);
}

gboolean
qs_survey_answers_import_finish (GAsyncResult *result, guint *n_responses, GError **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  *n_responses = job->n_responses;
  return g_task_propagate_boolean (G_TASK (result), error);
}
