/* qs-request-repository.c — storing new requests, their events and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a new request is promised is decided before it comes here
 * (qs-new-request.h, QsRequestDesk): this file numbers and stores it.
 * Lifecycle actions are in qs-request-repository-clock.c, the overdue
 * requests the escalation policy reads and raises in
 * qs-request-repository-escalation.c, edits in
 * qs-request-repository-edit.c, business calendars in
 * qs-request-repository-hours.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

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
qs_request_snapshot_restore (QsRequestSnapshot *snapshot, QsRequest *request)
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
qs_request_repository_add_event (QsStore    *store,
                                 QsRequest  *request,
                                 QsEventKind kind,
                                 const char *field,
                                 const char *old_value,
                                 const char *new_value,
                                 const char *note,
                                 gboolean    client_told,
                                 const char *actor,
                                 gint64      now,
                                 GError    **error)
{
  return qs_request_repository_add_event_for_id (store, qs_entity_get_id (QS_ENTITY (request)),
                                                 kind, field, old_value, new_value, note,
                                                 client_told, actor, now, error);
}

gboolean
qs_request_repository_add_event_for_id (QsStore    *store,
                                        const char *request_id,
                                        QsEventKind kind,
                                        const char *field,
                                        const char *old_value,
                                        const char *new_value,
                                        const char *note,
                                        gboolean    client_told,
                                        const char *actor,
                                        gint64      now,
                                        GError    **error)
{
  g_autoptr (QsRequestEvent) event = qs_request_event_new ();
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
qs_request_repository_refresh (QsStore *store, QsRequest *request, GError **error)
{
  g_autoptr (QsEntity) stored = NULL;
  GError *local_error = NULL;

  stored = qs_repository_find (qs_store_get_repository (store, QS_TYPE_REQUEST),
                               qs_entity_get_id (QS_ENTITY (request)), &local_error);
  if (stored == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error_literal (
          error, QS_ERROR, QS_ERROR_NOT_FOUND,
          _ ("This request is no longer in the database: it may have been deleted."));
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
qs_request_repository_finish (
  QsStore *store, QsRequest *request, QsRequestSnapshot *snapshot, gboolean ok, GError **error)
{
  QsRepository *requests = qs_store_get_repository (store, QS_TYPE_REQUEST);

  if (ok && qs_repository_save (requests, QS_ENTITY (request), error) &&
      qs_request_repository_measure_durations (store, error))
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
  g_autoptr (GDateTime) dt = NULL;

  if (at == 0)
    return NULL;
  dt = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
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

char *
qs_request_repository_query_text (
  QsStore *store, const char *sql, const char *param1, const char *param2, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (store, sql, error);
  char         *result = NULL;
  int           rc;

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
    qs_store_set_sqlite_error (store, error, rc, _ ("Reading the business calendars"));
  sqlite3_reset (stmt);
  return result;
}

/* ---- Creation ---- */

/* The next free number of @year, read from the end of the
 * requests_ref_number index; deleted requests keep their number. */
static gboolean
next_ref (QsStore *store, int year, char **ref, GError **error)
{
  g_autofree char *prefix = g_strdup_printf ("REQ-%04d-", year);
  sqlite3_stmt    *stmt = qs_store_prepare (store,
                                            "SELECT CAST (substr (ref, 10) AS INTEGER) FROM requests "
                                               "WHERE substr (ref, 1, 9) = ? "
                                               "ORDER BY CAST (substr (ref, 10) AS INTEGER) DESC LIMIT 1",
                                            error);
  gint64           last = 0;
  int              rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Numbering the request"));
      return FALSE;
    }
  *ref = g_strdup_printf ("%s%05" G_GINT64_FORMAT, prefix, last + 1);
  return TRUE;
}

/**
 * qs_request_repository_insert:
 * @request: a request never stored, without a reference
 * @year: the year of its reference
 *
 * Returns: whether it was stored; its reference is then set
 */
gboolean
qs_request_repository_insert (
  QsStore *store, QsRequest *request, int year, const char *actor, gint64 now, GError **error)
{
  g_autofree char *ref = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);

  if (!qs_store_begin (store, error))
    return FALSE;
  if (!next_ref (store, year, &ref, error))
    {
      qs_store_rollback (store);
      return FALSE;
    }
  qs_entity_set_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF, ref);

  if (!qs_repository_save (qs_store_get_repository (store, QS_TYPE_REQUEST), QS_ENTITY (request),
                           error) ||
      !qs_request_repository_add_event (store, request, QS_EVENT_KIND_CREATED, "status", NULL,
                                        qs_request_status_nick (QS_REQUEST_STATUS_RECEIVED), NULL,
                                        FALSE, actor, now, error) ||
      !qs_request_repository_measure_durations (store, error))
    {
      qs_store_rollback (store);
      qs_entity_set_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF, NULL);
      return FALSE;
    }
  /* A failed commit has already rolled back. */
  if (!qs_store_commit (store, error))
    {
      qs_entity_set_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_request_repository_get_events:
 *
 * Returns: (transfer container) (element-type QsRequestEvent): the
 *   events, oldest first, or %NULL with @error set
 */
GPtrArray *
qs_request_repository_get_events (QsStore *store, const char *request_id, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (request_id != NULL, NULL);

  return qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_REQUEST_EVENT),
                                 "request_id = ?", g_variant_new ("(s)", request_id), "at, rowid",
                                 QS_QUERY_DEFAULT, error);
}

/**
 * qs_request_repository_find_by_ref:
 *
 * Returns: %FALSE with @error set when the requests cannot be read
 */
gboolean
qs_request_repository_find_by_ref (QsStore    *store,
                                   const char *ref,
                                   QsRequest **request,
                                   GError    **error)
{
  g_autofree char *wanted = g_ascii_strup (g_strstrip (g_strdup (ref != NULL ? ref : "")), -1);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  return qs_repository_find_first (qs_store_get_repository (store, QS_TYPE_REQUEST), "ref = ?",
                                   g_variant_new ("(s)", wanted), NULL, (QsEntity **) request,
                                   error);
}
