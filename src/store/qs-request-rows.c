/* qs-request-rows.c — reads the tracker's list row by row, for exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-deadline.h"
#include "qs-repository-private.h"
#include "qs-request-rows.h"

struct _QsRequestRows
{
  QsStore     *store;
  GArray      *rowids; /* gint64, in the filter's order */
  guint        next;
  QsRequestRow row; /* the last one read */
};

#define ROW_SQL                                                                                    \
  "SELECT r.id, r.ref, r.kind, r.channel, r.subject, r.description, c.given_name, c.family_name,"  \
  " d.name, r.status, a.given_name, a.family_name, r.priority, r.confidential,"                    \
  " r.received_at, r.acknowledged_at, r.ack_due_at, r.resolution_due_at, r.updated_at"             \
  " FROM requests r"                                                                               \
  " LEFT JOIN clients c ON c.id = r.client_id"                                                     \
  " LEFT JOIN departments d ON d.id = r.department_id"                                             \
  " LEFT JOIN clients a ON a.id = r.assignee_id"                                                   \
  " WHERE r.rowid = ?"

static void
row_clear (QsRequestRow *row)
{
  g_free (row->id);
  g_free (row->ref);
  g_free (row->kind);
  g_free (row->channel);
  g_free (row->subject);
  g_free (row->description);
  g_free (row->client);
  g_free (row->department);
  g_free (row->status);
  g_free (row->assignee);
  g_free (row->priority);
  memset (row, 0, sizeof *row);
}

static char *
column_text (sqlite3_stmt *stmt, int column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* "Given Family", either alone, or NULL. */
static char *
column_name (sqlite3_stmt *stmt, int given, int family)
{
  const char *g = (const char *) sqlite3_column_text (stmt, given);
  const char *f = (const char *) sqlite3_column_text (stmt, family);
  char       *name = g_strstrip (g_strdup_printf ("%s %s", g != NULL ? g : "", f != NULL ? f : ""));

  if (*name == '\0')
    g_clear_pointer (&name, g_free);
  return name;
}

/**
 * qs_request_rows_new:
 * @now: the instant the due filters count from
 *
 * Reads the row ids of the requests @filter selects.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL with @error set
 */
QsRequestRows *
qs_request_rows_new (QsStore *store, const QsRequestFilter *filter, gint64 now, GError **error)
{
  g_autoptr (GVariant) params = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (GArray) rowids = NULL;
  QsRequestRows *self;
  sqlite3_stmt  *stmt;
  int            rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  sql = qs_request_query_build_sql (filter, now, QS_DEADLINE_DEFAULT_AT_RISK_SHARE, &params);
  stmt = qs_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  qs_sql_bind_params (stmt, 1, params);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rowids, rowid);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Exporting requests"));
      return NULL;
    }

  self = g_new0 (QsRequestRows, 1);
  self->store = g_object_ref (store);
  self->rowids = g_steal_pointer (&rowids);
  return self;
}

/* The requests selected, including any deleted since. */
guint
qs_request_rows_get_n_rows (QsRequestRows *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rowids->len;
}

/* Reads the request of @rowid into self->row; FALSE in *found if it was
 * deleted since its id was read. */
static gboolean
read_row (QsRequestRows *self, gint64 rowid, gboolean *found, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (self->store, ROW_SQL, error);
  QsRequestRow *row = &self->row;
  int           rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  rc = sqlite3_step (stmt);
  *found = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW)
    {
      row->id = column_text (stmt, 0);
      row->ref = column_text (stmt, 1);
      row->kind = column_text (stmt, 2);
      row->channel = column_text (stmt, 3);
      row->subject = column_text (stmt, 4);
      row->description = column_text (stmt, 5);
      row->client = column_name (stmt, 6, 7);
      row->department = column_text (stmt, 8);
      row->status = column_text (stmt, 9);
      row->assignee = column_name (stmt, 10, 11);
      row->priority = column_text (stmt, 12);
      row->confidential = sqlite3_column_int (stmt, 13) != 0;
      row->received_at = sqlite3_column_int64 (stmt, 14);
      row->acknowledged_at = sqlite3_column_int64 (stmt, 15);
      row->ack_due_at = sqlite3_column_int64 (stmt, 16);
      row->resolution_due_at = sqlite3_column_int64 (stmt, 17);
      row->updated_at = sqlite3_column_int64 (stmt, 18);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Exporting requests"));
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_request_rows_iterate:
 * @out_row: (out) (transfer none): the next row, valid until the next call
 *   or until @self is freed; %NULL after the last
 *
 * Reads the next request; one deleted since the list was read is skipped.
 *
 * Returns: %FALSE with @error set if the database could not be read
 */
gboolean
qs_request_rows_iterate (QsRequestRows *self, const QsRequestRow **out_row, GError **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_row != NULL, FALSE);

  *out_row = NULL;
  row_clear (&self->row);
  while (self->next < self->rowids->len)
    {
      gboolean found;

      if (!read_row (self, g_array_index (self->rowids, gint64, self->next++), &found, error))
        return FALSE;
      if (found)
        {
          *out_row = &self->row;
          break;
        }
    }
  return TRUE;
}

void
qs_request_rows_free (QsRequestRows *self)
{
  if (self == NULL)
    return;

  row_clear (&self->row);
  g_array_unref (self->rowids);
  g_object_unref (self->store);
  g_free (self);
}
