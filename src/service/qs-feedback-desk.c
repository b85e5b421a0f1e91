/* qs-feedback-desk.c — where feedback is recorded, from whatever channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One path for the Feedback view, the request page and the command line:
 * each hands a QsFeedback to qs_feedback_desk_record().
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-error.h"
#include "qs-feedback-desk.h"
#include "qs-repository.h"
#include "qs-request.h"

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
