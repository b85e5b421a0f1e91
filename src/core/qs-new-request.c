/* qs-new-request.c — what a person types to create a request, and what it is promised
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter.h"
#include "qs-deadline.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-new-request.h"

static gboolean
enum_is_valid (GType type, int value)
{
  return qs_enum_nick (type, value) != NULL;
}

gboolean
qs_new_request_check (const QsNewRequest *input, GError **error)
{
  g_autofree char *subject = NULL;

  g_return_val_if_fail (input != NULL, FALSE);

  subject = g_strstrip (g_strdup (input->subject != NULL ? input->subject : ""));
  if (*subject == '\0')
    {
      g_set_error_literal (
        error, QS_ERROR, QS_ERROR_INVALID,
        _ ("Give the request a subject: a few words that say what it is about."));
      return FALSE;
    }
  if (input->department_id == NULL || *input->department_id == '\0')
    {
      g_set_error_literal (
        error, QS_ERROR, QS_ERROR_INVALID,
        _ ("Choose the department that provides the service: its charter sets the deadlines."));
      return FALSE;
    }
  if (!enum_is_valid (QS_TYPE_CHANNEL, input->channel) ||
      !enum_is_valid (QS_TYPE_REQUEST_KIND, input->kind) ||
      !enum_is_valid (QS_TYPE_PROBLEM, input->problem) ||
      !enum_is_valid (QS_TYPE_PRIORITY, input->priority))
    {
      g_set_error_literal (
        error, QS_ERROR, QS_ERROR_INVALID,
        _ ("Choose the channel, kind, category and priority of the request from their lists."));
      return FALSE;
    }
  return TRUE;
}

QsLanguage
qs_new_request_language (QsClient *client, QsCharter *charter)
{
  if (client != NULL)
    return qs_entity_get_enum (QS_ENTITY (client), QS_CLIENT_FIELD_LANGUAGE);
  if (charter != NULL &&
      qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_LANGUAGE) == QS_LANGUAGE_EN)
    return QS_LANGUAGE_EN;
  return QS_LANGUAGE_FR;
}

static gint64
due_from (QsBusinessHours *hours, QsCommitment *commitment, gint64 received_at)
{
  QsEntity *e = QS_ENTITY (commitment);

  if (commitment == NULL || hours == NULL)
    return 0;
  return qs_deadline_due (hours, received_at,
                          qs_entity_get_double (e, QS_COMMITMENT_FIELD_TARGET_VALUE),
                          qs_entity_get_enum (e, QS_COMMITMENT_FIELD_TARGET_UNIT));
}

/**
 * qs_new_request_build:
 *
 * Returns: (transfer full): the request, without a reference
 */
QsRequest *
qs_new_request_build (const QsNewRequest *input,
                      QsClient           *client,
                      QsCommitment       *ack,
                      QsCommitment       *resolution,
                      const char         *calendar_id,
                      QsBusinessHours    *hours,
                      QsLanguage          language,
                      gint64              now)
{
  QsRequest       *request = qs_request_new ();
  QsEntity        *e = QS_ENTITY (request);
  gint64           received_at = input->received_at != 0 ? input->received_at : now;
  g_autofree char *subject = g_strstrip (g_strdup (input->subject != NULL ? input->subject : ""));

  qs_entity_set_enum (e, QS_REQUEST_FIELD_KIND, input->kind);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_CHANNEL, input->channel);
  qs_entity_set_string (e, QS_REQUEST_FIELD_CLIENT_ID, input->client_id);
  if (client != NULL)
    qs_entity_set_string (e, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID,
                          qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_DEPARTMENT_ID));
  qs_entity_set_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID, input->department_id);
  if (resolution != NULL)
    qs_entity_set_string (e, QS_REQUEST_FIELD_COMMITMENT_ID,
                          qs_entity_get_id (QS_ENTITY (resolution)));
  if (ack != NULL)
    qs_entity_set_string (e, QS_REQUEST_FIELD_ACK_COMMITMENT_ID,
                          qs_entity_get_id (QS_ENTITY (ack)));
  qs_entity_set_string (e, QS_REQUEST_FIELD_CALENDAR_ID, calendar_id);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_PROBLEM, input->problem);
  qs_entity_set_string (e, QS_REQUEST_FIELD_SUBJECT, subject);
  if (input->description != NULL && *input->description != '\0')
    qs_entity_set_string (e, QS_REQUEST_FIELD_DESCRIPTION, input->description);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_PRIORITY, input->priority);
  qs_entity_set_boolean (e, QS_REQUEST_FIELD_CONFIDENTIAL, input->confidential);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_STATUS, QS_REQUEST_STATUS_RECEIVED);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_LANGUAGE, language);
  qs_entity_set_int (e, QS_REQUEST_FIELD_RECEIVED_AT, received_at);
  qs_entity_set_int (e, QS_REQUEST_FIELD_ACK_DUE_AT, due_from (hours, ack, received_at));
  qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT,
                     due_from (hours, resolution, received_at));
  return request;
}

int
qs_new_request_reference_year (QsRequest *request, QsBusinessHours *hours)
{
  gint64 received_at = qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_RECEIVED_AT);
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (received_at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = NULL;

  if (hours == NULL)
    return g_date_time_get_year (utc);
  local = g_date_time_to_timezone (utc, qs_business_hours_get_timezone (hours));
  return g_date_time_get_year (local);
}
