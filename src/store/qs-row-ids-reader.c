/* qs-row-ids-reader.c — a query's row ids, read in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorting a million requests by client or by deadline takes SQLite one
 * or two seconds before the first row: the whole result is sorted first.
 * Run on the store's connection, that is a window that does not answer.
 * Here the query runs on a read-only connection of its own (the database
 * is in WAL mode: readers do not wait for the writer, nor it for them),
 * in a thread of GLib's pool, and the ids come back to the thread that
 * asked. A cancelled read stops at SQLite's next progress check.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-repository-private.h"
#include "qs-row-ids-reader.h"
#include "qs-statement-tables.h"
#include "qs-store-private.h"

/* Virtual machine steps between two looks at the cancellable. */
#define PROGRESS_STEPS 10000

typedef struct
{
  char     *path;
  char     *sql;
  GVariant *params;
  int       rc;      /* set by the thread */
  char     *message; /* SQLite's, set by the thread on failure */
} Read;

static void
read_free (gpointer data)
{
  Read *read = data;

  g_free (read->path);
  g_free (read->sql);
  g_clear_pointer (&read->params, g_variant_unref);
  g_free (read->message);
  g_free (read);
}

gboolean
qs_row_ids_reader_can_read (QsStore *store, const char *sql)
{
  const char *path = qs_store_get_path (store);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  if (path == NULL || g_str_equal (path, ":memory:") || g_str_has_prefix (path, "file:"))
    return FALSE;
  return !qs_statement_calls_own_function (sql);
}

static int
progress_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

static void
read_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Read         *read = data;
  sqlite3      *db = NULL;
  sqlite3_stmt *stmt = NULL;
  QsRowIds     *rowids = NULL;
  int           rc;

  rc = qs_store_open_reader (read->path, &db);
  if (rc == SQLITE_OK)
    {
      if (cancellable != NULL)
        sqlite3_progress_handler (db, PROGRESS_STEPS, progress_cb, cancellable);
      rc = sqlite3_prepare_v2 (db, read->sql, -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    {
      qs_sql_bind_params (stmt, 1, read->params);
      rowids = qs_row_ids_new ();
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        qs_row_ids_append (rowids, sqlite3_column_int64 (stmt, 0));
    }
  read->rc = rc;
  if (rc != SQLITE_DONE)
    {
      read->message = g_strdup (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      g_clear_pointer (&rowids, qs_row_ids_free);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (g_task_return_error_if_cancelled (task))
    g_clear_pointer (&rowids, qs_row_ids_free);
  else
    /* NULL on failure: the thread that asked words the error. */
    g_task_return_pointer (task, rowids, (GDestroyNotify) qs_row_ids_free);
}

void
qs_row_ids_read_async (gpointer            source_object,
                       QsStore            *store,
                       const char         *sql,
                       GVariant           *params,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  Read *read;

  g_return_if_fail (QS_IS_STORE (store));
  g_return_if_fail (qs_row_ids_reader_can_read (store, sql));

  read = g_new0 (Read, 1);
  read->path = g_strdup (qs_store_get_path (store));
  read->sql = g_strdup (sql);
  read->params = params != NULL ? g_variant_ref_sink (params) : NULL;
  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, qs_row_ids_read_async);
  g_task_set_task_data (task, read, read_free);
  g_task_run_in_thread (task, read_thread);
}

/* Returns: (transfer full) (nullable): the row ids in the query's order,
 * or NULL with @error set (G_IO_ERROR_CANCELLED when cancelled) */
QsRowIds *
qs_row_ids_read_finish (QsStore *store, GAsyncResult *result, GError **error)
{
  Read     *read;
  QsRowIds *rowids;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == qs_row_ids_read_async, NULL);

  read = g_task_get_task_data (G_TASK (result));
  rowids = g_task_propagate_pointer (G_TASK (result), error);
  if (rowids == NULL && (error == NULL || *error == NULL))
    qs_store_set_sqlite_error_message (store, error, read->rc, read->message, _ ("Reading a list"));
  return rowids;
}
