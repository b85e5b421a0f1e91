/* qs-feedback-desk.c — where feedback is recorded, from whatever channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One path for the Feedback view, the request page and the command line:
 * each hands a QsFeedback to qs_feedback_desk_record().
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "qs-action-repository.h"
#include "qs-error.h"
#include "qs-feedback-desk.h"
#include "qs-feedback-query.h"
#include "qs-repository.h"
#include "qs-request-desk.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Fills what the request says and the person left empty. */
static gboolean
complete_from_request (QsStore *store, QsFeedback *feedback, GError **error)
{
  QsEntity   *entity = QS_ENTITY (feedback);
  const char *request_id = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_REQUEST_ID);
  g_autoptr (QsEntity) request = NULL;

  if (!is_set (request_id))
    return TRUE;
  if (!qs_store_find_if_any (store, QS_TYPE_REQUEST, request_id, &request, error))
    return FALSE;
  if (request == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The request this feedback is about no longer exists."));
      return FALSE;
    }
  if (!is_set (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID)))
    qs_entity_set_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                          qs_entity_get_string (request, QS_REQUEST_FIELD_DEPARTMENT_ID));
  if (!is_set (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_DEPARTMENT_ID)))
    qs_entity_set_string (entity, QS_FEEDBACK_FIELD_DEPARTMENT_ID,
                          qs_entity_get_string (request, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID));
  if (!qs_entity_get_boolean (entity, QS_FEEDBACK_FIELD_ANONYMOUS) &&
      !is_set (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_CLIENT_ID)))
    qs_entity_set_string (entity, QS_FEEDBACK_FIELD_CLIENT_ID,
                          qs_entity_get_string (request, QS_REQUEST_FIELD_CLIENT_ID));
  return TRUE;
}

gboolean
qs_feedback_desk_record (QsStore *store, QsFeedback *feedback, gint64 now, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_FEEDBACK (feedback), FALSE);

  if (!complete_from_request (store, feedback, error) || !qs_feedback_check (feedback, now, error))
    return FALSE;
  /* Anonymous: no person, whoever filled the form (the store's trigger
   * says the same to every other writer). */
  if (qs_entity_get_boolean (QS_ENTITY (feedback), QS_FEEDBACK_FIELD_ANONYMOUS))
    qs_entity_set_string (QS_ENTITY (feedback), QS_FEEDBACK_FIELD_CLIENT_ID, NULL);
  return qs_repository_save (qs_store_get_repository (store, QS_TYPE_FEEDBACK),
                             QS_ENTITY (feedback), error);
}

/* The channel a complaint born from feedback came through. */
static QsChannel
channel_of (QsFeedbackSource source)
{
  switch (source)
    {
    case QS_FEEDBACK_SOURCE_SUGGESTION_BOX:
    case QS_FEEDBACK_SOURCE_COMMENT_BOOK:
      return QS_CHANNEL_SUGGESTION_BOX;
    case QS_FEEDBACK_SOURCE_FOCUS_GROUP:
    case QS_FEEDBACK_SOURCE_PARTICIPATORY_REVIEW:
    case QS_FEEDBACK_SOURCE_COMPLAINT_PROCEDURE:
      return QS_CHANNEL_IN_PERSON;
    case QS_FEEDBACK_SOURCE_FEEDBACK_SHEET:
    case QS_FEEDBACK_SOURCE_QUESTIONNAIRE:
    case QS_FEEDBACK_SOURCE_AFTER_REQUEST:
    default:
      return QS_CHANNEL_INTRANET_FORM;
    }
}

/* A subject from what was said: its first line, cut at a word near 70
 * characters; without words, the rating. */
static char *
subject_of (QsEntity *feedback)
{
  const char      *comment = qs_entity_get_string (feedback, QS_FEEDBACK_FIELD_COMMENT);
  g_autofree char *line = NULL;
  const char      *end;

  if (comment == NULL || *comment == '\0')
    /* Translators: the subject of a complaint opened from a rating; %d is the rating */
    return g_strdup_printf (_ ("Rating of %d out of 5"),
                            (int) qs_entity_get_int (feedback, QS_FEEDBACK_FIELD_RATING));
  line = g_strstrip (g_strndup (comment, strcspn (comment, "\r\n")));
  if (g_utf8_strlen (line, -1) <= 70)
    return g_steal_pointer (&line);
  end = g_utf8_offset_to_pointer (line, 70);
  while (end > line && *end != ' ')
    end--;
  if (end == line)
    end = g_utf8_offset_to_pointer (line, 70);
  return g_strdup_printf ("%.*s…", (int) (end - line), line);
}

QsRequest *
qs_feedback_desk_open_complaint (
  QsStore *store, QsFeedback *feedback, const char *actor, gint64 now, GError **error)
{
  QsEntity *entity = QS_ENTITY (feedback);
  g_autoptr (QsRequestDesk) desk = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (QsEntity) about = NULL;
  g_autofree char *subject = NULL;
  const char      *about_id = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_REQUEST_ID);
  QsNewRequest     input = { 0 };

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_FEEDBACK (feedback), NULL);

  if (is_set (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_COMPLAINT_ID)))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("This feedback is a complaint already."));
      return NULL;
    }
  if (about_id != NULL && !qs_store_find_if_any (store, QS_TYPE_REQUEST, about_id, &about, error))
    return NULL;
  subject = subject_of (entity);
  input.client_id = qs_entity_get_boolean (entity, QS_FEEDBACK_FIELD_ANONYMOUS)
                      ? NULL
                      : qs_entity_get_string (entity, QS_FEEDBACK_FIELD_CLIENT_ID);
  input.department_id = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID);
  input.channel = channel_of (qs_entity_get_enum (entity, QS_FEEDBACK_FIELD_SOURCE));
  input.kind = QS_REQUEST_KIND_COMPLAINT;
  input.problem = QS_PROBLEM_SERVICE;
  input.priority = QS_PRIORITY_NORMAL;
  input.subject = subject;
  input.description = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_COMMENT);
  /* What was confidential stays so. */
  input.confidential =
    about != NULL && qs_entity_get_boolean (about, QS_REQUEST_FIELD_CONFIDENTIAL);
  input.received_at = now;

  desk = qs_request_desk_new (store);
  if (!qs_store_begin (store, error))
    return NULL;
  complaint = qs_request_desk_create (desk, &input, actor, now, error);
  if (complaint == NULL)
    {
      qs_store_rollback (store);
      return NULL;
    }
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMPLAINT_ID,
                        qs_entity_get_id (QS_ENTITY (complaint)));
  if (!qs_repository_save (qs_store_get_repository (store, QS_TYPE_FEEDBACK), entity, error))
    {
      qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMPLAINT_ID, NULL);
      qs_store_rollback (store);
      return NULL;
    }
  if (!qs_store_commit (store, error))
    {
      qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMPLAINT_ID, NULL);
      return NULL;
    }
  return g_steal_pointer (&complaint);
}

QsAction *
qs_feedback_desk_propose_action (
  QsStore *store, QsFeedback *feedback, gint64 now, GTimeZone *zone, GError **error)
{
  QsEntity *entity = QS_ENTITY (feedback);
  g_autoptr (QsAction) action = qs_action_new ();
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autofree char *title = subject_of (entity);
  gboolean         suggestion =
    qs_entity_get_enum (entity, QS_FEEDBACK_FIELD_SOURCE) == QS_FEEDBACK_SOURCE_SUGGESTION_BOX;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_FEEDBACK (feedback), NULL);

  qs_entity_set_string (QS_ENTITY (action), QS_ACTION_FIELD_TITLE, title);
  qs_entity_set_string (QS_ENTITY (action), QS_ACTION_FIELD_PROBLEM,
                        qs_entity_get_string (entity, QS_FEEDBACK_FIELD_COMMENT));
  qs_entity_set_string (QS_ENTITY (action), QS_ACTION_FIELD_DEPARTMENT_ID,
                        qs_entity_get_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID));
  qs_entity_set_enum (QS_ENTITY (action), QS_ACTION_FIELD_STAGE, QS_ACTION_STAGE_PLAN);
  qs_entity_set_enum (QS_ENTITY (action), QS_ACTION_FIELD_ORIGIN,
                      suggestion ? QS_ACTION_ORIGIN_SUGGESTION : QS_ACTION_ORIGIN_FEEDBACK);
  qs_entity_set_enum (QS_ENTITY (action), QS_ACTION_FIELD_BENEFIT, QS_BENEFIT_SATISFACTION);
  qs_entity_set_double (QS_ENTITY (action), QS_ACTION_FIELD_BEFORE_VALUE, NAN);
  qs_entity_set_double (QS_ENTITY (action), QS_ACTION_FIELD_AFTER_VALUE, NAN);
  qs_entity_set_double (QS_ENTITY (action), QS_ACTION_FIELD_TARGET_VALUE, NAN);
  if (!qs_action_repository_create_linked (store, action, g_date_time_get_year (local),
                                           QS_LINK_KIND_FEEDBACK, qs_entity_get_id (entity), error))
    return NULL;
  return g_steal_pointer (&action);
}

/* The comment @answer_id, refused when it is gone or holds no words. */
static QsEntity *
find_comment (QsStore *store, const char *answer_id, GError **error)
{
  g_autoptr (QsEntity) answer = NULL;

  if (!qs_store_find_if_any (store, QS_TYPE_SURVEY_ANSWER, answer_id, &answer, error))
    return NULL;
  if (answer == NULL || !is_set (qs_entity_get_string (answer, QS_SURVEY_ANSWER_FIELD_TEXT)))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                           _ ("This comment is no longer among the answers: they may have been "
                              "deleted."));
      return NULL;
    }
  return g_steal_pointer (&answer);
}

/* The response @answer belongs to, refused when it is gone. */
static QsEntity *
find_response (QsStore *store, QsEntity *answer, GError **error)
{
  g_autoptr (QsEntity) response = NULL;

  if (!qs_store_find_if_any (store, QS_TYPE_SURVEY_RESPONSE,
                             qs_entity_get_string (answer, QS_SURVEY_ANSWER_FIELD_RESPONSE_ID),
                             &response, error))
    return NULL;
  if (response == NULL)
    g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                         _ ("This comment is no longer among the answers: they may have been "
                            "deleted."));
  return g_steal_pointer (&response);
}

/* The department of the entity @id of @type (its field @field), or NULL. */
static gboolean
department_of (
  QsStore *store, GType type, const char *id, guint field, char **department_id, GError **error)
{
  g_autoptr (QsEntity) entity = NULL;

  if (*department_id != NULL || !is_set (id))
    return TRUE;
  if (!qs_store_find_if_any (store, type, id, &entity, error))
    return FALSE;
  if (entity != NULL)
    *department_id = g_strdup (qs_entity_get_string (entity, field));
  return TRUE;
}

/* The department @response is about: its questionnaire's, else its
 * service's; NULL in @department_id when neither names one. */
static gboolean
department_of_response (QsStore *store, QsEntity *response, char **department_id, GError **error)
{
  return department_of (store, QS_TYPE_SURVEY,
                        qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_SURVEY_ID),
                        QS_SURVEY_FIELD_DEPARTMENT_ID, department_id, error) &&
         department_of (store, QS_TYPE_SERVICE,
                        qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_SERVICE_ID),
                        QS_SERVICE_FIELD_DEPARTMENT_ID, department_id, error);
}

gboolean
qs_feedback_desk_find_comment_department (QsStore    *store,
                                          const char *answer_id,
                                          char      **department_id,
                                          GError    **error)
{
  g_autoptr (QsFeedback) feedback = NULL;
  g_autoptr (QsEntity) answer = NULL;
  g_autoptr (QsEntity) response = NULL;
  g_autofree char *found = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (answer_id != NULL, FALSE);
  g_return_val_if_fail (department_id != NULL && *department_id == NULL, FALSE);

  if (!qs_feedback_query_find_by_survey_answer (store, answer_id, &feedback, error))
    return FALSE;
  if (feedback != NULL)
    {
      *department_id = g_strdup (
        qs_entity_get_string (QS_ENTITY (feedback), QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID));
      return TRUE;
    }
  if ((answer = find_comment (store, answer_id, error)) == NULL ||
      (response = find_response (store, answer, error)) == NULL)
    return FALSE;
  if (!department_of_response (store, response, &found, error))
    return FALSE;
  *department_id = g_steal_pointer (&found);
  return TRUE;
}

/* The feedback the comment @answer_id was taken up as, recorded now if it
 * was not yet. The respondent's department stays out: it would pin the
 * comment to a group the results may hide; and the day is today's, not
 * the answer's, which could single it out among few. */
static QsFeedback *
take_up_comment (QsStore    *store,
                 const char *answer_id,
                 const char *department_id,
                 QsLanguage  language,
                 gint64      now,
                 GError    **error)
{
  g_autoptr (QsFeedback) feedback = NULL;
  g_autoptr (QsEntity) answer = NULL;
  g_autoptr (QsEntity) response = NULL;
  g_autofree char *found = NULL;
  QsEntity        *entity;

  if (!qs_feedback_query_find_by_survey_answer (store, answer_id, &feedback, error))
    return NULL;
  if (feedback != NULL)
    return g_steal_pointer (&feedback);
  if ((answer = find_comment (store, answer_id, error)) == NULL ||
      (response = find_response (store, answer, error)) == NULL)
    return NULL;
  if (!is_set (department_id) && !department_of_response (store, response, &found, error))
    return NULL;

  feedback = qs_feedback_new ();
  entity = QS_ENTITY (feedback);
  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_QUESTIONNAIRE);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                        is_set (department_id) ? department_id : found);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_SURVEY_ID,
                        qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_SURVEY_ID));
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_SURVEY_ANSWER_ID, answer_id);
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT, now);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT,
                        qs_entity_get_string (answer, QS_SURVEY_ANSWER_FIELD_TEXT));
  qs_entity_set_boolean (entity, QS_FEEDBACK_FIELD_ANONYMOUS, TRUE);
  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_LANGUAGE, language);
  if (!qs_feedback_desk_record (store, feedback, now, error))
    return NULL;
  return g_steal_pointer (&feedback);
}

/* What is done with the feedback a comment is taken up as: a complaint
 * or an action, which the caller owns. */
typedef struct
{
  const char *actor; /* for a complaint */
  gint64      now;
  GTimeZone  *zone; /* for an action */
} Acting;

typedef gpointer (*ActOnFeedback) (QsStore      *store,
                                   QsFeedback   *feedback,
                                   const Acting *acting,
                                   GError      **error);

static gpointer
open_complaint (QsStore *store, QsFeedback *feedback, const Acting *acting, GError **error)
{
  return qs_feedback_desk_open_complaint (store, feedback, acting->actor, acting->now, error);
}

static gpointer
propose_action (QsStore *store, QsFeedback *feedback, const Acting *acting, GError **error)
{
  return qs_feedback_desk_propose_action (store, feedback, acting->now, acting->zone, error);
}

/* Takes up the comment @answer_id and does @act with it, in one
 * transaction: all or nothing. */
static gpointer
act_on_comment (QsStore      *store,
                const char   *answer_id,
                const char   *department_id,
                QsLanguage    language,
                ActOnFeedback act,
                const Acting *acting,
                GError      **error)
{
  g_autoptr (QsFeedback) feedback = NULL;
  g_autoptr (GObject) done = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (answer_id != NULL, NULL);

  if (!qs_store_begin (store, error))
    return NULL;
  if ((feedback =
         take_up_comment (store, answer_id, department_id, language, acting->now, error)) == NULL ||
      (done = act (store, feedback, acting, error)) == NULL)
    {
      qs_store_rollback (store);
      return NULL;
    }
  if (!qs_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&done);
}

QsRequest *
qs_feedback_desk_complain_about_comment (QsStore    *store,
                                         const char *answer_id,
                                         const char *department_id,
                                         QsLanguage  language,
                                         const char *actor,
                                         gint64      now,
                                         GError    **error)
{
  Acting acting = { actor, now, NULL };

  return act_on_comment (store, answer_id, department_id, language, open_complaint, &acting, error);
}

QsAction *
qs_feedback_desk_propose_from_comment (QsStore    *store,
                                       const char *answer_id,
                                       const char *department_id,
                                       QsLanguage  language,
                                       gint64      now,
                                       GTimeZone  *zone,
                                       GError    **error)
{
  Acting acting = { NULL, now, zone };

  return act_on_comment (store, answer_id, department_id, language, propose_action, &acting, error);
}
