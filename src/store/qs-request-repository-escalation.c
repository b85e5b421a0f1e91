/* qs-request-repository-escalation.c — reading the overdue requests, storing their level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who an overdue request goes to, and when, is the escalation policy's
 * (qs-escalation.h, QsEscalationPolicy): this file only reads the rows it
 * may raise and stores a new level with its "escalation" event.
 *
 * The scan reads only the few columns it needs from the requests_open_due
 * index's rows: on a large database thousands of requests may be
 * overdue, and most of them are already at their level.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"

static void
overdue_clear (QsOverdueRequest *overdue)
{
  g_free (overdue->id);
  g_free (overdue->calendar_id);
  g_free (overdue->department_id);
  g_free (overdue->commitment_id);
}

static char *
dup_column (sqlite3_stmt *stmt, int column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/**
 * qs_request_repository_get_overdue:
 * @below_level: only the requests whose level is lower
 *
 * The terms of the requests_open_due partial index, so that only the
 * open requests past due are read; named, because without statistics the
 * planner prefers requests_live and would read every live request. The
 * statuses left out are those whose clock is stopped
 * (qs_escalation_clock_runs()): the policy asks again of each row.
 *
 * Returns: (transfer full) (element-type QsOverdueRequest): the rows, or
 *   %NULL with @error set
 */
GArray *
qs_request_repository_get_overdue (QsStore *store, gint64 now, gint64 below_level, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr (GArray) rows = NULL;
  int rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  stmt = qs_store_prepare (
    store,
    "SELECT id, calendar_id, department_id, commitment_id, status, "
    "resolution_due_at, escalation_level FROM requests INDEXED BY requests_open_due "
    "WHERE deleted_at IS NULL AND status NOT IN ('closed', 'rejected') "
    "AND resolution_due_at < ? "
    "AND status NOT IN ('waiting-on-client', 'resolved', 'client-informed') "
    "AND escalation_level < ? ORDER BY resolution_due_at",
    error);
  if (stmt == NULL)
    return NULL;
  rows = g_array_new (FALSE, TRUE, sizeof (QsOverdueRequest));
  g_array_set_clear_func (rows, (GDestroyNotify) overdue_clear);
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, below_level);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QsOverdueRequest row = {
        .id = dup_column (stmt, 0),
        .calendar_id = dup_column (stmt, 1),
        .department_id = dup_column (stmt, 2),
        .commitment_id = dup_column (stmt, 3),
        .status =
          qs_enum_from_nick (QS_TYPE_REQUEST_STATUS, (const char *) sqlite3_column_text (stmt, 4)),
        .due = sqlite3_column_int64 (stmt, 5),
        .level = sqlite3_column_int64 (stmt, 6),
      };

      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Finding the overdue requests"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/**
 * qs_request_repository_set_escalation_level:
 * @as_read: the request as qs_request_repository_get_overdue() read it
 * @to_whom: (nullable): the event's note: whom the request went to
 * @written: (out): whether the request was still as read, and raised
 *
 * A request acknowledged, resolved or paused since it was read is left
 * as it is: the scan read it outside the transaction that writes, so
 * that a long scan does not keep other writers waiting.
 *
 * Returns: %FALSE with @error set when the database could not be written
 */
gboolean
qs_request_repository_set_escalation_level (QsStore                *store,
                                            const QsOverdueRequest *as_read,
                                            gint64                  new_level,
                                            const char             *to_whom,
                                            const char             *actor,
                                            gint64                  now,
                                            gboolean               *written,
                                            GError                **error)
{
  sqlite3_stmt *stmt;
  char          old_text[24], new_text[24];
  int           rc;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (as_read != NULL && as_read->id != NULL, FALSE);
  g_return_val_if_fail (written != NULL, FALSE);

  *written = FALSE;
  stmt = qs_store_prepare (store,
                           "UPDATE requests SET escalation_level = ?, "
                           "updated_at = max (updated_at + 1, ?) WHERE id = ? "
                           "AND escalation_level = ? AND status = ? AND resolution_due_at IS ? "
                           "AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, new_level);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_text (stmt, 3, as_read->id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, as_read->level);
  sqlite3_bind_text (stmt, 5, qs_enum_nick (QS_TYPE_REQUEST_STATUS, as_read->status), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, as_read->due);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Escalating a request"));
      return FALSE;
    }
  if (sqlite3_changes (qs_store_get_db (store)) == 0)
    return TRUE;

  g_snprintf (old_text, sizeof old_text, "%" G_GINT64_FORMAT, as_read->level);
  g_snprintf (new_text, sizeof new_text, "%" G_GINT64_FORMAT, new_level);
  *written = qs_request_repository_add_event_for_id (store, as_read->id, QS_EVENT_KIND_ESCALATION,
                                                     "escalation_level", old_text, new_text,
                                                     to_whom, FALSE, actor, now, error);
  return *written;
}

/**
 * qs_request_repository_raise_level:
 * @to_whom: the event's note: whom the request goes to, and why
 *
 * Raises @request's escalation level by one and records it in its
 * history: what an alert does to its complaint when its indicator stays
 * below target.
 *
 * Returns: whether it was stored; on failure @request is left as it was
 */
gboolean
qs_request_repository_raise_level (QsStore    *store,
                                   QsRequest  *request,
                                   const char *to_whom,
                                   const char *actor,
                                   gint64      now,
                                   GError    **error)
{
  g_autoptr (QsRequestSnapshot) snapshot = NULL;
  QsEntity *e = QS_ENTITY (request);
  gint64    level;
  char      old_text[24], new_text[24];
  gboolean  ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);

  if (!qs_request_repository_refresh (store, request, error) || !qs_store_begin (store, error))
    return FALSE;
  snapshot = qs_request_snapshot_take (request);
  level = qs_entity_get_int (e, QS_REQUEST_FIELD_ESCALATION_LEVEL);
  g_snprintf (old_text, sizeof old_text, "%" G_GINT64_FORMAT, level);
  g_snprintf (new_text, sizeof new_text, "%" G_GINT64_FORMAT, level + 1);
  qs_entity_set_int (e, QS_REQUEST_FIELD_ESCALATION_LEVEL, level + 1);
  ok =
    qs_request_repository_add_event (store, request, QS_EVENT_KIND_ESCALATION, "escalation_level",
                                     old_text, new_text, to_whom, FALSE, actor, now, error);
  return qs_request_repository_finish (store, request, snapshot, ok, error);
}

/**
 * qs_request_repository_get_confidential_ids:
 *
 * For the exports, which withhold the client of whatever points to a
 * confidential request (the feedback about it).
 *
 * Returns: (transfer full): the set, or %NULL with @error set
 */
GHashTable *
qs_request_repository_get_confidential_ids (QsStore *store, GError **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  stmt = qs_store_prepare (store, "SELECT id FROM requests WHERE confidential", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Reading the confidential requests"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}
