/* qs-request-repository.c — handling requests: creation, commitments and the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request is created against the commitments of its provider's published
 * charter: their delays, counted on the provider's business calendar from
 * the moment the request is received, give the acknowledgement and
 * resolution due dates, which are stored with it — they are the promise,
 * and a calendar changed later does not rewrite them. Lifecycle actions
 * are in qs-request-repository-clock.c, escalation in
 * qs-request-repository-escalation.c, edits in
 * qs-request-repository-edit.c, business calendars in
 * qs-request-repository-hours.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter.h"
#include "qs-deadline.h"
#include "qs-department.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"

/* ---- Snapshots, events and small helpers shared by the other files ---- */

struct _QsRequestSnapshot
{
  GValue values[QS_REQUEST_N_FIELDS];
  gint64 updated_at;
  gint64 created_at;
};

QsRequestSnapshot *
qs_request_snapshot_take (QsRequest *request)
{
  QsRequestSnapshot *snapshot = g_new0 (QsRequestSnapshot, 1);

  for (guint i = 0; i < QS_REQUEST_N_FIELDS; i++)
    {
      const GValue *value = qs_entity_get_value (QS_ENTITY (request), i);

      g_value_init (&snapshot->values[i], G_VALUE_TYPE (value));
      g_value_copy (value, &snapshot->values[i]);
    }
  snapshot->updated_at = qs_entity_get_updated_at (QS_ENTITY (request));
  snapshot->created_at = qs_entity_get_created_at (QS_ENTITY (request));
  return snapshot;
}

void
qs_request_snapshot_restore (QsRequestSnapshot *snapshot,
                             QsRequest         *request)
{
  for (guint i = 0; i < QS_REQUEST_N_FIELDS; i++)
    qs_entity_set_value (QS_ENTITY (request), i, &snapshot->values[i]);
  qs_entity_set_updated_at (QS_ENTITY (request), snapshot->updated_at);
  qs_entity_set_created_at (QS_ENTITY (request), snapshot->created_at);
}

void
qs_request_snapshot_free (QsRequestSnapshot *snapshot)
{
  for (guint i = 0; i < QS_REQUEST_N_FIELDS; i++)
    g_value_unset (&snapshot->values[i]);
  g_free (snapshot);
}

gboolean
qs_request_repository_add_event (QsStore      *store,
                                 QsRequest    *request,
                                 QsEventKind   kind,
                                 const char   *field,
                                 const char   *old_value,
                                 const char   *new_value,
                                 const char   *note,
                                 gboolean      client_told,
                                 const char   *actor,
                                 gint64        now,
                                 GError      **error)
{
  return qs_request_repository_add_event_for_id (store, qs_entity_get_id (QS_ENTITY (request)), kind,
                                                 field, old_value, new_value, note, client_told,
                                                 actor, now, error);
}

gboolean
qs_request_repository_add_event_for_id (QsStore      *store,
                                        const char   *request_id,
                                        QsEventKind   kind,
                                        const char   *field,
                                        const char   *old_value,
                                        const char   *new_value,
                                        const char   *note,
                                        gboolean      client_told,
                                        const char   *actor,
                                        gint64        now,
                                        GError      **error)
{
  g_autoptr(QsRequestEvent) event = qs_request_event_new ();
  QsEntity *e = QS_ENTITY (event);

  qs_entity_set_string (e, QS_REQUEST_EVENT_FIELD_REQUEST_ID, request_id);
  qs_entity_set_int (e, QS_REQUEST_EVENT_FIELD_AT, now);
  qs_entity_set_string (e, QS_REQUEST_EVENT_FIELD_ACTOR, actor);
  qs_entity_set_enum (e, QS_REQUEST_EVENT_FIELD_KIND, kind);
  qs_entity_set_string (e, QS_REQUEST_EVENT_FIELD_FIELD, field);
  qs_entity_set_string (e, QS_REQUEST_EVENT_FIELD_OLD_VALUE, old_value);
  qs_entity_set_string (e, QS_REQUEST_EVENT_FIELD_NEW_VALUE, new_value);
  qs_entity_set_string (e, QS_REQUEST_EVENT_FIELD_NOTE, note);
  qs_entity_set_boolean (e, QS_REQUEST_EVENT_FIELD_CLIENT_TOLD, client_told);
  return qs_repository_save (qs_store_get_repository (store, QS_TYPE_REQUEST_EVENT), e, error);
}

gboolean
qs_request_repository_refresh (QsStore    *store,
                               QsRequest  *request,
                               GError    **error)
{
  g_autoptr(QsEntity) stored = NULL;
  GError *local_error = NULL;

  stored = qs_repository_find (qs_store_get_repository (store, QS_TYPE_REQUEST),
                               qs_entity_get_id (QS_ENTITY (request)), &local_error);
  if (stored == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                             _("This request is no longer in the database: it may have been deleted."));
      return FALSE;
    }
  for (guint i = 0; i < QS_REQUEST_N_FIELDS; i++)
    qs_entity_set_value (QS_ENTITY (request), i, qs_entity_get_value (stored, i));
  qs_entity_set_created_at (QS_ENTITY (request), qs_entity_get_created_at (stored));
  qs_entity_set_updated_at (QS_ENTITY (request), qs_entity_get_updated_at (stored));
  qs_entity_set_deleted_at (QS_ENTITY (request), qs_entity_get_deleted_at (stored));
  return TRUE;
}

gboolean
qs_request_repository_finish (QsStore            *store,
                              QsRequest          *request,
                              QsRequestSnapshot  *snapshot,
                              gboolean            ok,
                              GError            **error)
{
  QsRepository *requests = qs_store_get_repository (store, QS_TYPE_REQUEST);

  if (ok && qs_repository_save (requests, QS_ENTITY (request), error))
    {
      if (qs_store_commit (store, error))
        return TRUE;
    }
  else
    qs_store_rollback (store);

  /* A failed commit has already rolled back. */
  if (snapshot != NULL)
    qs_request_snapshot_restore (snapshot, request);
  return FALSE;
}

char *
qs_request_format_iso (gint64 at)
{
  g_autoptr(GDateTime) dt = NULL;

  if (at == 0)
    return NULL;
  dt = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

gint64
qs_request_parse_iso (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;

  if (iso == NULL)
    return 0;
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  return dt != NULL ? g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt) : 0;
}

const char *
qs_request_status_nick (QsRequestStatus status)
{
  return qs_enum_nick (QS_TYPE_REQUEST_STATUS, status);
}

char *
qs_request_quoted_ref (QsRequest *request)
{
  return g_strdup_printf ("“%s”", qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF));
}

gboolean
qs_request_repository_person_name (QsStore     *store,
                                   const char  *client_id,
                                   char       **name,
                                   GError     **error)
{
  g_autoptr(QsEntity) client = NULL;
  g_autofree char *display = NULL;

  *name = NULL;
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_CLIENT), client_id, &client, error))
    return FALSE;
  if (client == NULL)
    return TRUE;
  display = qs_client_dup_display_name (QS_CLIENT (client));
  if (*display != '\0')
    *name = g_steal_pointer (&display);
  else
    *name = g_strdup (qs_entity_get_string (client, QS_CLIENT_FIELD_EMAIL));
  return TRUE;
}

char *
qs_request_repository_query_text (QsStore     *store,
                                  const char  *sql,
                                  const char  *param1,
                                  const char  *param2,
                                  GError     **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (store, sql, error);
  char *result = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (param1 != NULL)
    sqlite3_bind_text (stmt, 1, param1, -1, SQLITE_TRANSIENT);
  if (param2 != NULL)
    sqlite3_bind_text (stmt, 2, param2, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    qs_store_set_sqlite_error (store, error, rc, _("Reading the business calendars"));
  sqlite3_reset (stmt);
  return result;
}

/* ---- Commitments ---- */

static gboolean
applies_to_kind (QsCommitment  *commitment,
                 QsRequestKind  kind)
{
  const char *kinds = qs_entity_get_string (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_REQUEST_KINDS);
  const char *nick = qs_enum_nick (QS_TYPE_REQUEST_KIND, kind);
  g_auto(GStrv) nicks = NULL;

  if (kinds == NULL || *kinds == '\0')
    return TRUE;
  nicks = g_strsplit (kinds, ",", -1);
  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (g_strstrip (nicks[i]), nick) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
match_one (QsStore        *store,
           const char     *department_id,
           QsMetric        metric,
           QsChannel       channel,
           QsRequestKind   kind,
           QsCommitment  **out,
           GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  if (out == NULL)
    return TRUE;
  *out = NULL;

  /* Every published charter of the department (normally one), the exact
   * channel before "any", the latest publication first, then the order
   * of the charter. */
  found = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_COMMITMENT),
                                  "metric = ? AND channel IN (?, 'any') AND target_value IS NOT NULL "
                                  "AND charter_id IN (SELECT id FROM charters WHERE department_id = ? "
                                  "AND status = 'published' AND deleted_at IS NULL)",
                                  g_variant_new ("(sss)",
                                                 qs_enum_nick (QS_TYPE_METRIC, metric),
                                                 qs_enum_nick (QS_TYPE_CHANNEL, channel),
                                                 department_id),
                                  "channel = 'any', (SELECT published_at FROM charters "
                                  "WHERE charters.id = commitments.charter_id) DESC, position",
                                  QS_QUERY_DEFAULT, error);
  if (found == NULL)
    return FALSE;

  for (guint i = 0; i < found->len; i++)
    if (applies_to_kind (g_ptr_array_index (found, i), kind))
      {
        *out = g_object_ref (g_ptr_array_index (found, i));
        break;
      }
  return TRUE;
}

/**
 * qs_request_repository_match_commitments:
 * @ack_commitment: (out) (optional) (nullable) (transfer full):
 * @resolution_commitment: (out) (optional) (nullable) (transfer full):
 *
 * Returns: FALSE with @error set only when the database fails; finding
 *   no commitment is not an error (the out values are then %NULL).
 */
gboolean
qs_request_repository_match_commitments (QsStore        *store,
                                         const char     *department_id,
                                         QsChannel       channel,
                                         QsRequestKind   kind,
                                         QsCommitment  **ack_commitment,
                                         QsCommitment  **resolution_commitment,
                                         GError        **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (department_id != NULL, FALSE);

  if (!match_one (store, department_id, QS_METRIC_ACKNOWLEDGEMENT, channel, kind,
                  ack_commitment, error))
    return FALSE;
  if (!match_one (store, department_id, QS_METRIC_RESOLUTION, channel, kind,
                  resolution_commitment, error))
    {
      if (ack_commitment != NULL)
        g_clear_object (ack_commitment);
      return FALSE;
    }
  return TRUE;
}

/* ---- Creation ---- */

static gboolean
enum_is_valid (GType type,
               int   value)
{
  return qs_enum_nick (type, value) != NULL;
}

static gboolean
validate_new (QsStore             *store,
              const QsNewRequest  *input,
              QsEntity           **client,
              QsEntity           **department,
              GError             **error)
{
  g_autofree char *subject = g_strstrip (g_strdup (input->subject != NULL ? input->subject : ""));

  if (*subject == '\0')
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _("Give the request a subject: a few words that say what it is about."));
      return FALSE;
    }
  if (input->department_id == NULL || *input->department_id == '\0')
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _("Choose the department that provides the service: its charter sets the deadlines."));
      return FALSE;
    }
  if (!enum_is_valid (QS_TYPE_CHANNEL, input->channel) ||
      !enum_is_valid (QS_TYPE_REQUEST_KIND, input->kind) ||
      !enum_is_valid (QS_TYPE_PROBLEM, input->problem) ||
      !enum_is_valid (QS_TYPE_PRIORITY, input->priority))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _("Choose the channel, kind, category and priority of the request from their lists."));
      return FALSE;
    }

  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                                  input->department_id, department, error))
    return FALSE;
  if (*department == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _("The department chosen for the request no longer exists: choose another one."));
      return FALSE;
    }
  if (input->client_id != NULL)
    {
      if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_CLIENT),
                                      input->client_id, client, error))
        return FALSE;
      if (*client == NULL)
        {
          g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                               _("The client chosen for the request no longer exists: choose another one."));
          return FALSE;
        }
    }
  return TRUE;
}

/* The next free number of @year, read from the end of the
 * requests_ref_number index; deleted requests keep their number. */
static gboolean
next_ref (QsStore  *store,
          int       year,
          char    **ref,
          GError  **error)
{
  g_autofree char *prefix = g_strdup_printf ("REQ-%04d-", year);
  sqlite3_stmt *stmt = qs_store_prepare (store,
                                         "SELECT CAST (substr (ref, 10) AS INTEGER) FROM requests "
                                         "WHERE substr (ref, 1, 9) = ? "
                                         "ORDER BY CAST (substr (ref, 10) AS INTEGER) DESC LIMIT 1",
                                         error);
  gint64 last = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _("Numbering the request"));
      return FALSE;
    }
  *ref = g_strdup_printf ("%s%05" G_GINT64_FORMAT, prefix, last + 1);
  return TRUE;
}

static gint64
due_from (QsBusinessHours *hours,
          QsCommitment    *commitment,
          gint64           received_at)
{
  QsEntity *e = QS_ENTITY (commitment);

  if (commitment == NULL || hours == NULL)
    return 0;
  return qs_deadline_due (hours, received_at,
                          qs_entity_get_double (e, QS_COMMITMENT_FIELD_TARGET_VALUE),
                          qs_entity_get_enum (e, QS_COMMITMENT_FIELD_TARGET_UNIT));
}

/* The client's language, else the language of the provider's charter. */
static QsLanguage
request_language (QsStore    *store,
                  QsEntity   *client,
                  const char *department_id)
{
  g_autofree char *charter_language = NULL;

  if (client != NULL)
    return qs_entity_get_enum (client, QS_CLIENT_FIELD_LANGUAGE);
  charter_language = qs_request_repository_query_text (store,
                                 "SELECT language FROM charters WHERE department_id = ? "
                                 "AND deleted_at IS NULL AND status = 'published' "
                                 "ORDER BY published_at DESC LIMIT 1",
                                 department_id, NULL, NULL);
  return g_strcmp0 (charter_language, "en") == 0 ? QS_LANGUAGE_EN : QS_LANGUAGE_FR;
}

/**
 * qs_request_repository_create:
 *
 * Returns: (transfer full): the stored request, or %NULL with @error set
 *   and nothing written
 */
QsRequest *
qs_request_repository_create (QsStore             *store,
                              const QsNewRequest  *input,
                              const char          *actor,
                              gint64               now,
                              GError             **error)
{
  g_autoptr(QsEntity) client = NULL;
  g_autoptr(QsEntity) department = NULL;
  g_autoptr(QsCommitment) ack = NULL;
  g_autoptr(QsCommitment) resolution = NULL;
  g_autoptr(QsBusinessHours) hours = NULL;
  g_autoptr(QsRequest) request = NULL;
  g_autoptr(GDateTime) received_local = NULL;
  g_autofree char *calendar_id = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *subject = NULL;
  GError *local_error = NULL;
  gint64 received_at;
  QsEntity *e;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!qs_store_ensure_writable (store, error) ||
      !validate_new (store, input, &client, &department, error))
    return NULL;

  received_at = input->received_at != 0 ? input->received_at : now;
  subject = g_strstrip (g_strdup (input->subject));

  /* No calendar at all is not a reason to lose the request: it is then
   * stored without due dates. */
  calendar_id = qs_request_repository_resolve_calendar_id (store, NULL, input->department_id, NULL, &local_error);
  if (calendar_id != NULL)
    hours = qs_request_repository_hours_for_id (store, calendar_id, &local_error);
  if (local_error != NULL && !g_error_matches (local_error, QS_ERROR, QS_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  g_clear_error (&local_error);

  if (!qs_request_repository_match_commitments (store, input->department_id, input->channel,
                                                input->kind, &ack, &resolution, error))
    return NULL;

  /* The year of the reference is the provider's, where the request arrived. */
  received_local = g_date_time_new_from_unix_utc (received_at / G_USEC_PER_SEC);
  if (hours != NULL)
    {
      GDateTime *in_zone = g_date_time_to_timezone (received_local,
                                                    qs_business_hours_get_timezone (hours));

      g_date_time_unref (received_local);
      received_local = in_zone;
    }

  if (!qs_store_begin (store, error))
    return NULL;
  if (!next_ref (store, g_date_time_get_year (received_local), &ref, error))
    {
      qs_store_rollback (store);
      return NULL;
    }

  request = qs_request_new ();
  e = QS_ENTITY (request);
  qs_entity_set_string (e, QS_REQUEST_FIELD_REF, ref);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_KIND, input->kind);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_CHANNEL, input->channel);
  qs_entity_set_string (e, QS_REQUEST_FIELD_CLIENT_ID, input->client_id);
  if (client != NULL)
    qs_entity_set_string (e, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID,
                          qs_entity_get_string (client, QS_CLIENT_FIELD_DEPARTMENT_ID));
  qs_entity_set_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID, input->department_id);
  if (resolution != NULL)
    qs_entity_set_string (e, QS_REQUEST_FIELD_COMMITMENT_ID, qs_entity_get_id (QS_ENTITY (resolution)));
  if (ack != NULL)
    qs_entity_set_string (e, QS_REQUEST_FIELD_ACK_COMMITMENT_ID, qs_entity_get_id (QS_ENTITY (ack)));
  qs_entity_set_string (e, QS_REQUEST_FIELD_CALENDAR_ID, calendar_id);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_PROBLEM, input->problem);
  qs_entity_set_string (e, QS_REQUEST_FIELD_SUBJECT, subject);
  if (input->description != NULL && *input->description != '\0')
    qs_entity_set_string (e, QS_REQUEST_FIELD_DESCRIPTION, input->description);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_PRIORITY, input->priority);
  qs_entity_set_boolean (e, QS_REQUEST_FIELD_CONFIDENTIAL, input->confidential);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_STATUS, QS_REQUEST_STATUS_RECEIVED);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_LANGUAGE, request_language (store, client, input->department_id));
  qs_entity_set_int (e, QS_REQUEST_FIELD_RECEIVED_AT, received_at);
  qs_entity_set_int (e, QS_REQUEST_FIELD_ACK_DUE_AT, due_from (hours, ack, received_at));
  qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT, due_from (hours, resolution, received_at));

  if (!qs_repository_save (qs_store_get_repository (store, QS_TYPE_REQUEST), e, error) ||
      !qs_request_repository_add_event (store, request, QS_EVENT_KIND_CREATED, "status", NULL,
                                        qs_request_status_nick (QS_REQUEST_STATUS_RECEIVED),
                                        NULL, FALSE, actor, now, error))
    {
      qs_store_rollback (store);
      return NULL;
    }
  /* A failed commit has already rolled back. */
  if (!qs_store_commit (store, error))
    return NULL;

  return g_steal_pointer (&request);
}

/**
 * qs_request_repository_get_events:
 *
 * Returns: (transfer container) (element-type QsRequestEvent): the
 *   events, oldest first, or %NULL with @error set
 */
GPtrArray *
qs_request_repository_get_events (QsStore     *store,
                                  const char  *request_id,
                                  GError     **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (request_id != NULL, NULL);

  return qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_REQUEST_EVENT),
                                 "request_id = ?", g_variant_new ("(s)", request_id),
                                 "at, rowid", QS_QUERY_DEFAULT, error);
}
