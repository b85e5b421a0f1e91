/* qs-survey-repository.c — questionnaires: their questions, audience, invitations and answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-survey-repository.h"

static QsRepository *
repository (QsStore *store, GType type)
{
  return qs_store_get_repository (store, type);
}

/* The live row of @type whose ref is @ref, or NULL. */
static gboolean
find_by_ref (QsStore *store, GType type, const char *ref, QsEntity **found, GError **error)
{
  return qs_repository_find_first (repository (store, type), "ref = ?",
                                   g_variant_new ("(s)", ref != NULL ? ref : ""), NULL, found,
                                   error);
}

gboolean
qs_survey_repository_find_by_ref (QsStore    *store,
                                  const char *ref,
                                  QsSurvey  **survey,
                                  GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (survey != NULL, FALSE);

  return find_by_ref (store, QS_TYPE_SURVEY, ref, (QsEntity **) survey, error);
}

gboolean
qs_survey_repository_find_department (QsStore    *store,
                                      const char *ref,
                                      QsEntity  **department,
                                      GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (department != NULL, FALSE);

  return find_by_ref (store, QS_TYPE_DEPARTMENT, ref, department, error);
}

gboolean
qs_survey_repository_find_latest (QsStore    *store,
                                  const char *department_id,
                                  QsSurvey  **survey,
                                  GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (survey != NULL, FALSE);

  return qs_repository_find_first (
    repository (store, QS_TYPE_SURVEY), "department_id = ?", g_variant_new ("(s)", department_id),
    "closes_on IS NULL, closes_on DESC, created_at DESC", (QsEntity **) survey, error);
}

GPtrArray *
qs_survey_repository_get_questions (QsStore *store, QsSurvey *survey, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_SURVEY (survey), NULL);

  return qs_repository_find_all (repository (store, QS_TYPE_SURVEY_QUESTION), "survey_id = ?",
                                 g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (survey))),
                                 "position", QS_QUERY_DEFAULT, error);
}

/* The start of @iso's day in @zone, in Unix microseconds; @days later. */
static gint64
day_start (const char *iso, GTimeZone *zone, int days)
{
  GDate date;
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) later = NULL;

  if (!qs_calendar_day_parse_date (iso, &date))
    return 0;
  start = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date), 0, 0, 0);
  later = start != NULL ? g_date_time_add_days (start, days) : NULL;
  return later != NULL ? g_date_time_to_unix (later) * G_USEC_PER_SEC : 0;
}

GPtrArray *
qs_survey_repository_get_audience (QsStore   *store,
                                   QsSurvey  *survey,
                                   GTimeZone *zone,
                                   GError   **error)
{
  QsEntity   *entity = QS_ENTITY (survey);
  const char *id = qs_entity_get_id (entity);
  const char *provider = qs_entity_get_string (entity, QS_SURVEY_FIELD_DEPARTMENT_ID);
  g_autoptr (GString) where = g_string_new ("survey_consent");
  GVariantBuilder params;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_SURVEY (survey), NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  g_variant_builder_init (&params, G_VARIANT_TYPE_TUPLE);
  switch (qs_entity_get_enum (entity, QS_SURVEY_FIELD_AUDIENCE))
    {
    case QS_SURVEY_AUDIENCE_DEPARTMENTS:
      g_string_append (where, " AND department_id IN (SELECT department_id FROM survey_departments"
                              " WHERE survey_id = ? AND deleted_at IS NULL)");
      g_variant_builder_add (&params, "s", id != NULL ? id : "");
      break;
    case QS_SURVEY_AUDIENCE_CLOSED_REQUESTS:
      g_string_append (where, " AND id IN (SELECT client_id FROM requests WHERE deleted_at IS NULL"
                              " AND status = 'closed' AND NOT confidential"
                              " AND closed_at >= ? AND closed_at < ?");
      g_variant_builder_add (
        &params, "x",
        day_start (qs_entity_get_string (entity, QS_SURVEY_FIELD_AUDIENCE_FROM), zone, 0));
      g_variant_builder_add (
        &params, "x",
        day_start (qs_entity_get_string (entity, QS_SURVEY_FIELD_AUDIENCE_TO), zone, 1));
      if (provider != NULL)
        {
          g_string_append (where, " AND department_id = ?");
          g_variant_builder_add (&params, "s", provider);
        }
      g_string_append_c (where, ')');
      break;
    case QS_SURVEY_AUDIENCE_EVERYONE:
    default:
      break;
    }
  if (g_str_equal (where->str, "survey_consent"))
    {
      g_variant_builder_clear (&params);
      return qs_repository_find_all (repository (store, QS_TYPE_CLIENT), where->str, NULL,
                                     "family_name COLLATE NOCASE, given_name COLLATE NOCASE",
                                     QS_QUERY_DEFAULT, error);
    }
  return qs_repository_find_all (
    repository (store, QS_TYPE_CLIENT), where->str, g_variant_builder_end (&params),
    "family_name COLLATE NOCASE, given_name COLLATE NOCASE", QS_QUERY_DEFAULT, error);
}

/* Whether the audience reads @language: everyone may, when there is
 * no one in it yet. */
static gboolean
needs_language (GPtrArray *audience, QsLanguage language)
{
  if (audience->len == 0)
    return TRUE;
  for (guint i = 0; i < audience->len; i++)
    if (qs_entity_get_enum (g_ptr_array_index (audience, i), QS_CLIENT_FIELD_LANGUAGE) ==
        (int) language)
      return TRUE;
  return FALSE;
}

/* Each text the audience needs is there: the sentences name the language
 * whole, since a language's name is written differently inside one. */
static gboolean
check_languages (QsEntity *survey, GPtrArray *questions, GPtrArray *audience, GError **error)
{
  gboolean french = needs_language (audience, QS_LANGUAGE_FR);
  gboolean english = needs_language (audience, QS_LANGUAGE_EN);

  if (french && qs_entity_get_string (survey, QS_SURVEY_FIELD_TITLE_FR) == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The title has no French text, and people of the audience read "
                              "French."));
      return FALSE;
    }
  if (english && qs_entity_get_string (survey, QS_SURVEY_FIELD_TITLE_EN) == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The title has no English text, and people of the audience read "
                              "English."));
      return FALSE;
    }
  for (guint i = 0; i < questions->len; i++)
    {
      QsEntity *question = g_ptr_array_index (questions, i);

      if (french && qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_TEXT_FR) == NULL)
        {
          /* Translators: %u is a question's number */
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("Question %u has no French text, and people of the audience read "
                          "French."),
                       i + 1);
          return FALSE;
        }
      if (english && qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_TEXT_EN) == NULL)
        {
          /* Translators: %u is a question's number */
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("Question %u has no English text, and people of the audience read "
                          "English."),
                       i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
save_survey (
  QsStore *store, QsSurvey *survey, GPtrArray *questions, GPtrArray *department_ids, GError **error)
{
  const char *survey_id;

  if (!qs_repository_save (repository (store, QS_TYPE_SURVEY), QS_ENTITY (survey), error))
    return FALSE;
  survey_id = qs_entity_get_id (QS_ENTITY (survey));
  for (guint i = 0; i < questions->len; i++)
    {
      QsEntity *question = g_ptr_array_index (questions, i);

      qs_entity_set_string (question, QS_SURVEY_QUESTION_FIELD_SURVEY_ID, survey_id);
      qs_entity_set_int (question, QS_SURVEY_QUESTION_FIELD_POSITION, i);
      if (!qs_repository_save (repository (store, QS_TYPE_SURVEY_QUESTION), question, error))
        return FALSE;
    }
  for (guint i = 0; department_ids != NULL && i < department_ids->len; i++)
    {
      g_autoptr (QsSurveyDepartment) link = qs_survey_department_new ();

      qs_entity_set_string (QS_ENTITY (link), QS_SURVEY_DEPARTMENT_FIELD_SURVEY_ID, survey_id);
      qs_entity_set_string (QS_ENTITY (link), QS_SURVEY_DEPARTMENT_FIELD_DEPARTMENT_ID,
                            g_ptr_array_index (department_ids, i));
      if (!qs_repository_save (repository (store, QS_TYPE_SURVEY_DEPARTMENT), QS_ENTITY (link),
                               error))
        return FALSE;
    }
  return TRUE;
}

gboolean
qs_survey_repository_create (QsStore   *store,
                             QsSurvey  *survey,
                             GPtrArray *questions,
                             GPtrArray *department_ids,
                             GTimeZone *zone,
                             GError   **error)
{
  const char *ref = qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF);
  g_autoptr (GPtrArray) audience = NULL;
  gint64 n_taken;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SURVEY (survey), FALSE);
  g_return_val_if_fail (questions != NULL, FALSE);

  if (ref == NULL || *ref == '\0')
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("A questionnaire needs a reference, such as “BAROMETER-2026”."));
      return FALSE;
    }
  if (questions->len == 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("A questionnaire needs at least one question."));
      return FALSE;
    }
  /* A deleted questionnaire keeps its reference (the unique index
   * counts it): it is taken too. */
  n_taken = qs_repository_count (repository (store, QS_TYPE_SURVEY), "ref = ?",
                                 g_variant_new ("(s)", ref), QS_QUERY_INCLUDE_DELETED, error);
  if (n_taken < 0)
    return FALSE;
  if (n_taken > 0)
    {
      /* Translators: %s is a questionnaire's reference */
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("A questionnaire with the reference “%s” exists already: give this one "
                      "another reference."),
                   ref);
      return FALSE;
    }
  /* Saved, then the audience read, in one transaction: a missing text
   * undoes it all. */
  if (!qs_store_begin (store, error))
    return FALSE;
  if (!save_survey (store, survey, questions, department_ids, error) ||
      (audience = qs_survey_repository_get_audience (store, survey, zone, error)) == NULL ||
      !check_languages (QS_ENTITY (survey), questions, audience, error))
    {
      qs_store_rollback (store);
      return FALSE;
    }
  return qs_store_commit (store, error);
}

/* @score is within the range of @question's answers. */
static gboolean
score_is_valid (QsEntity *question, double score)
{
  switch ((QsQuestionKind) qs_entity_get_enum (question, QS_SURVEY_QUESTION_FIELD_KIND))
    {
    case QS_QUESTION_KIND_YES_NO:
      return score == 0 || score == 1;
    case QS_QUESTION_KIND_RECOMMENDATION:
      return score >= 0 && score <= 10 && score == floor (score);
    case QS_QUESTION_KIND_TEXT:
      return FALSE;
    case QS_QUESTION_KIND_SCALE:
    default:
      return score >= 1 && score <= 5 && score == floor (score);
    }
}

/* @answer answers a question of @questions within its range. */
static gboolean
check_answer (GPtrArray *questions, QsEntity *answer, GError **error)
{
  const char *question_id = qs_entity_get_string (answer, QS_SURVEY_ANSWER_FIELD_QUESTION_ID);
  double      score = qs_entity_get_double (answer, QS_SURVEY_ANSWER_FIELD_SCORE);
  double      expected = qs_entity_get_double (answer, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE);

  for (guint i = 0; i < questions->len; i++)
    {
      QsEntity *question = g_ptr_array_index (questions, i);
      gboolean  barometer =
        qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_CATEGORY) != NULL;

      if (g_strcmp0 (qs_entity_get_id (question), question_id) != 0)
        continue;
      if ((!isnan (score) && !score_is_valid (question, score)) ||
          (!isnan (expected) && (!barometer || !score_is_valid (question, expected))))
        {
          /* Translators: %u is a question's number */
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("The answer to question %u is out of its range."), i + 1);
          return FALSE;
        }
      return TRUE;
    }
  g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("An answer is to a question of another questionnaire."));
  return FALSE;
}

static gboolean
save_response (
  QsStore *store, QsSurvey *survey, GPtrArray *questions, GPtrArray *entities, GError **error)
{
  QsEntity   *response = g_ptr_array_index (entities, 0);
  const char *response_id;

  qs_entity_set_string (response, QS_SURVEY_RESPONSE_FIELD_SURVEY_ID,
                        qs_entity_get_id (QS_ENTITY (survey)));
  if (!qs_repository_save (repository (store, QS_TYPE_SURVEY_RESPONSE), response, error))
    return FALSE;
  response_id = qs_entity_get_id (response);
  for (guint a = 1; a < entities->len; a++)
    {
      QsEntity *answer = g_ptr_array_index (entities, a);

      if (!check_answer (questions, answer, error))
        return FALSE;
      qs_entity_set_string (answer, QS_SURVEY_ANSWER_FIELD_RESPONSE_ID, response_id);
      if (!qs_repository_save (repository (store, QS_TYPE_SURVEY_ANSWER), answer, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
qs_survey_repository_record_responses (QsStore   *store,
                                       QsSurvey  *survey,
                                       GPtrArray *responses,
                                       GError   **error)
{
  g_autoptr (GPtrArray) questions = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SURVEY (survey), FALSE);
  g_return_val_if_fail (responses != NULL, FALSE);

  questions = qs_survey_repository_get_questions (store, survey, error);
  if (questions == NULL || !qs_store_begin (store, error))
    return FALSE;
  for (guint r = 0; r < responses->len; r++)
    if (!save_response (store, survey, questions, g_ptr_array_index (responses, r), error))
      {
        qs_store_rollback (store);
        return FALSE;
      }
  return qs_store_commit (store, error);
}

gboolean
qs_survey_repository_invite (QsStore *store, QsSurvey *survey, GPtrArray *clients, GError **error)
{
  const char *survey_id = qs_entity_get_id (QS_ENTITY (survey));
  g_autoptr (GPtrArray) invited = NULL;
  g_autoptr (GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SURVEY (survey), FALSE);

  invited =
    qs_repository_find_all (repository (store, QS_TYPE_SURVEY_INVITATION), "survey_id = ?",
                            g_variant_new ("(s)", survey_id), NULL, QS_QUERY_DEFAULT, error);
  if (invited == NULL)
    return FALSE;
  for (guint i = 0; i < invited->len; i++)
    g_hash_table_add (known,
                      (gpointer) qs_entity_get_string (g_ptr_array_index (invited, i),
                                                       QS_SURVEY_INVITATION_FIELD_CLIENT_ID));
  if (!qs_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < clients->len; i++)
    {
      QsEntity *client = g_ptr_array_index (clients, i);
      g_autoptr (QsSurveyInvitation) invitation = NULL;

      if (g_hash_table_contains (known, qs_entity_get_id (client)))
        continue;
      invitation = qs_survey_invitation_new ();
      qs_entity_set_string (QS_ENTITY (invitation), QS_SURVEY_INVITATION_FIELD_SURVEY_ID,
                            survey_id);
      qs_entity_set_string (QS_ENTITY (invitation), QS_SURVEY_INVITATION_FIELD_CLIENT_ID,
                            qs_entity_get_id (client));
      qs_entity_set_enum (QS_ENTITY (invitation), QS_SURVEY_INVITATION_FIELD_LANGUAGE,
                          qs_entity_get_enum (client, QS_CLIENT_FIELD_LANGUAGE));
      if (!qs_repository_save (repository (store, QS_TYPE_SURVEY_INVITATION),
                               QS_ENTITY (invitation), error))
        {
          qs_store_rollback (store);
          return FALSE;
        }
    }
  return qs_store_commit (store, error);
}

gint64
qs_survey_repository_count_invited (QsStore *store, QsSurvey *survey, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (QS_IS_SURVEY (survey), -1);

  return qs_repository_count (repository (store, QS_TYPE_SURVEY_INVITATION), "survey_id = ?",
                              g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (survey))),
                              QS_QUERY_DEFAULT, error);
}

gint64
qs_survey_repository_count_responses (QsStore *store, QsSurvey *survey, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (QS_IS_SURVEY (survey), -1);

  return qs_repository_count (repository (store, QS_TYPE_SURVEY_RESPONSE), "survey_id = ?",
                              g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (survey))),
                              QS_QUERY_DEFAULT, error);
}

GPtrArray *
qs_survey_repository_list (QsStore *store, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  return qs_repository_find_all (repository (store, QS_TYPE_SURVEY), NULL, NULL,
                                 "opens_on IS NULL DESC, opens_on DESC, ref", QS_QUERY_DEFAULT,
                                 error);
}
