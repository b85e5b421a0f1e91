/* qs-survey-repository.c — questionnaires: their questions, audience, invitations and answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-enum-labels.h"
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

gboolean
qs_survey_repository_create (
  QsStore *store, QsSurvey *survey, GPtrArray *questions, GPtrArray *department_ids, GError **error)
{
  const char *ref = qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF);
  g_autoptr (QsSurvey) existing = NULL;
  const char *survey_id;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SURVEY (survey), FALSE);

  if (!qs_survey_repository_find_by_ref (store, ref, &existing, error))
    return FALSE;
  if (existing != NULL)
    {
      /* Translators: %s is a questionnaire's reference */
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("A questionnaire with the reference “%s” exists already: give this one "
                      "another reference."),
                   ref);
      return FALSE;
    }
  if (!qs_store_begin (store, error))
    return FALSE;
  if (!qs_repository_save (repository (store, QS_TYPE_SURVEY), QS_ENTITY (survey), error))
    goto fail;
  survey_id = qs_entity_get_id (QS_ENTITY (survey));
  for (guint i = 0; questions != NULL && i < questions->len; i++)
    {
      QsEntity *question = g_ptr_array_index (questions, i);

      qs_entity_set_string (question, QS_SURVEY_QUESTION_FIELD_SURVEY_ID, survey_id);
      qs_entity_set_int (question, QS_SURVEY_QUESTION_FIELD_POSITION, i);
      if (!qs_repository_save (repository (store, QS_TYPE_SURVEY_QUESTION), question, error))
        goto fail;
    }
  for (guint i = 0; department_ids != NULL && i < department_ids->len; i++)
    {
      g_autoptr (QsSurveyDepartment) link = qs_survey_department_new ();

      qs_entity_set_string (QS_ENTITY (link), QS_SURVEY_DEPARTMENT_FIELD_SURVEY_ID, survey_id);
      qs_entity_set_string (QS_ENTITY (link), QS_SURVEY_DEPARTMENT_FIELD_DEPARTMENT_ID,
                            g_ptr_array_index (department_ids, i));
      if (!qs_repository_save (repository (store, QS_TYPE_SURVEY_DEPARTMENT), QS_ENTITY (link),
                               error))
        goto fail;
    }
  return qs_store_commit (store, error);

fail:
  qs_store_rollback (store);
  return FALSE;
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
