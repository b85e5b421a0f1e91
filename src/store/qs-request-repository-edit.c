/* qs-request-repository-edit.c — comments, edited fields, the handling guide, reveals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change leaves an event with the value before and after, so the
 * history of a complaint is complete; seeing the identity of a
 * confidential complainant leaves one too.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-error.h"
#include "qs-handling-guide.h"
#include "qs-request-repository-private.h"
#include "qs-text.h"

/**
 * qs_request_repository_comment:
 *
 * Returns: whether the comment was stored
 */
gboolean
qs_request_repository_comment (QsStore    *store,
                               QsRequest  *request,
                               const char *text,
                               const char *actor,
                               gint64      now,
                               GError    **error)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);

  if (qs_text_is_blank (text))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID, _ ("Write the comment first."));
      return FALSE;
    }
  note = g_strstrip (g_strdup (text));
  return qs_request_repository_add_event (store, request, QS_EVENT_KIND_COMMENT, NULL, NULL, NULL,
                                          note, FALSE, actor, now, error);
}

/* The field as stored in an event: the text, the nick, "1" or "0". */
static char *
field_to_string (QsRequest *request, guint field)
{
  const GValue *value = qs_entity_get_value (QS_ENTITY (request), field);

  if (G_VALUE_HOLDS_ENUM (value))
    return g_strdup (qs_enum_nick (G_VALUE_TYPE (value), g_value_get_enum (value)));
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? "1" : "0");
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_dup_string (value);
  return NULL;
}

/* Whether the row @id of @type's table is there, in *@exists; FALSE
 * with @error set when the database could not be read. */
static gboolean
row_exists (QsStore *store, GType type, const char *id, gboolean *exists, GError **error)
{
  g_autoptr (QsEntity) entity = NULL;

  if (!qs_repository_find_if_any (qs_store_get_repository (store, type), id, &entity, error))
    return FALSE;
  *exists = entity != NULL;
  return TRUE;
}

/* Checks @value for @field and sets it on @request. */
static gboolean
set_checked (QsStore *store, QsRequest *request, guint field, const char *value, GError **error)
{
  QsEntity        *e = QS_ENTITY (request);
  g_autofree char *trimmed = g_strstrip (g_strdup (value != NULL ? value : ""));
  gboolean         exists = FALSE;

  switch (field)
    {
    case QS_REQUEST_FIELD_SUBJECT:
      if (*trimmed == '\0')
        {
          g_set_error_literal (
            error, QS_ERROR, QS_ERROR_INVALID,
            _ ("Give the request a subject: a few words that say what it is about."));
          return FALSE;
        }
      qs_entity_set_string (e, field, trimmed);
      return TRUE;

    case QS_REQUEST_FIELD_DESCRIPTION:
      qs_entity_set_string (e, field, *trimmed != '\0' ? value : NULL);
      return TRUE;

    case QS_REQUEST_FIELD_PRIORITY:
    case QS_REQUEST_FIELD_PROBLEM:
      {
        const GValue *current = qs_entity_get_value (e, field);
        g_autoptr (GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (current));
        GEnumValue *v = g_enum_get_value_by_nick (klass, trimmed);

        if (v == NULL)
          {
            g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                                 field == QS_REQUEST_FIELD_PRIORITY
                                   ? _ ("Choose the priority from the list.")
                                   : _ ("Choose the category of the problem from the list."));
            return FALSE;
          }
        qs_entity_set_enum (e, field, v->value);
        return TRUE;
      }

    case QS_REQUEST_FIELD_ASSIGNEE_ID:
      if (*trimmed != '\0' && !row_exists (store, QS_TYPE_CLIENT, trimmed, &exists, error))
        return FALSE;
      if (*trimmed != '\0' && !exists)
        {
          g_set_error_literal (
            error, QS_ERROR, QS_ERROR_INVALID,
            _ ("The person chosen as assignee no longer exists: choose another one."));
          return FALSE;
        }
      qs_entity_set_string (e, field, *trimmed != '\0' ? trimmed : NULL);
      return TRUE;

    case QS_REQUEST_FIELD_DEPARTMENT_ID:
      /* The due dates stay: they were promised by the first department. */
      if (*trimmed != '\0' && !row_exists (store, QS_TYPE_DEPARTMENT, trimmed, &exists, error))
        return FALSE;
      if (*trimmed == '\0' || !exists)
        {
          g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                               _ ("Choose the department that provides the service."));
          return FALSE;
        }
      qs_entity_set_string (e, field, trimmed);
      return TRUE;

    case QS_REQUEST_FIELD_CONFIDENTIAL:
      if (g_strcmp0 (trimmed, "1") != 0 && g_strcmp0 (trimmed, "0") != 0)
        {
          g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                               _ ("Confidentiality is either on or off."));
          return FALSE;
        }
      qs_entity_set_boolean (e, field, trimmed[0] == '1');
      return TRUE;

    default:
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("This field of a request cannot be changed by hand."));
      return FALSE;
    }
}

/**
 * qs_request_repository_set_field:
 *
 * Nothing is written when the value does not change.
 *
 * Returns: whether the change was stored; on failure @request is left
 *   as it was
 */
gboolean
qs_request_repository_set_field (QsStore    *store,
                                 QsRequest  *request,
                                 guint       field,
                                 const char *value,
                                 const char *actor,
                                 gint64      now,
                                 GError    **error)
{
  g_autoptr (QsRequestSnapshot) snapshot = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const QsField   *fields;
  guint            n_fields;
  gboolean         ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);
  g_return_val_if_fail (field < QS_REQUEST_N_FIELDS, FALSE);

  if (!qs_request_repository_refresh (store, request, error))
    return FALSE;
  snapshot = qs_request_snapshot_take (request);
  before = field_to_string (request, field);
  if (!set_checked (store, request, field, value, error))
    {
      qs_request_snapshot_restore (snapshot, request);
      return FALSE;
    }
  after = field_to_string (request, field);
  if (g_strcmp0 (before, after) == 0)
    return TRUE;

  if (!qs_store_begin (store, error))
    {
      qs_request_snapshot_restore (snapshot, request);
      return FALSE;
    }
  fields = qs_entity_class_get_fields (QS_ENTITY_GET_CLASS (request), &n_fields);
  ok = qs_request_repository_add_event (store, request, QS_EVENT_KIND_FIELD, fields[field].name,
                                        before, after, NULL, FALSE, actor, now, error);
  return qs_request_repository_finish (store, request, snapshot, ok, error);
}

/**
 * qs_request_repository_set_guide:
 * @steps_done: bit i set when #QsGuideStep i is done
 *
 * Returns: whether the checklist was stored
 */
gboolean
qs_request_repository_set_guide (QsStore    *store,
                                 QsRequest  *request,
                                 guint       steps_done,
                                 const char *actor,
                                 gint64      now,
                                 GError    **error)
{
  g_autoptr (QsRequestSnapshot) snapshot = NULL;
  g_autofree char *after = qs_handling_guide_to_string (steps_done);
  QsEntity        *e = QS_ENTITY (request);
  const char      *before;
  gboolean         ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);

  if (!qs_request_repository_refresh (store, request, error))
    return FALSE;
  before = qs_entity_get_string (e, QS_REQUEST_FIELD_HANDLING_GUIDE);
  if (g_strcmp0 (before, after) == 0)
    return TRUE;

  if (!qs_store_begin (store, error))
    return FALSE;
  snapshot = qs_request_snapshot_take (request);
  ok = qs_request_repository_add_event (store, request, QS_EVENT_KIND_FIELD, "handling_guide",
                                        before, after, NULL, FALSE, actor, now, error);
  qs_entity_set_string (e, QS_REQUEST_FIELD_HANDLING_GUIDE, after);
  return qs_request_repository_finish (store, request, snapshot, ok, error);
}

/**
 * qs_request_repository_reveal_client:
 *
 * Returns: (transfer full): the client, or %NULL with @error set (an
 *   anonymous request, or the event could not be written — then the
 *   identity is not shown either)
 */
QsClient *
qs_request_repository_reveal_client (
  QsStore *store, QsRequest *request, const char *actor, gint64 now, GError **error)
{
  const char *client_id;
  g_autoptr (QsEntity) client = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  client_id = qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_CLIENT_ID);
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_CLIENT), client_id,
                                  &client, error))
    return NULL;
  if (client == NULL)
    {
      g_set_error_literal (
        error, QS_ERROR, QS_ERROR_NOT_FOUND,
        _ ("This request was made anonymously: there is no identity to reveal."));
      return NULL;
    }
  if (!qs_request_repository_add_event (store, request, QS_EVENT_KIND_REVEAL, "client_id", NULL,
                                        NULL, NULL, FALSE, actor, now, error))
    return NULL;
  return QS_CLIENT (g_steal_pointer (&client));
}
