/* qs-query-list-model-async.c — reloading and refreshing a list without holding the thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reload or refresh first tries the store's connection for a few
 * milliseconds (SQLite's progress handler tells the time): most queries
 * give their rows by an index, at once. One that does not (a sort of the
 * whole table before the first row) is interrupted and run again in a
 * worker thread on a connection of its own (qs-row-ids-reader.c); its
 * rows come back to the calling thread, which makes them the list and
 * says what changed. Tickets keep an answer from overwriting a newer one.
 */
#include "config.h"

#include "qs-change-set.h"
#include "qs-query-list-model-private.h"
#include "qs-row-ids-reader.h"
#include "qs-store-private.h"

static void
on_rowids_read_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GTask) task = data;
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (source);
  GError           *error = NULL;
  QsRowIds         *rowids = qs_row_ids_read_finish (self->store, result, &error);

  self->threads--;
  if (rowids == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    qs_row_ids_free (rowids);
  else
    {
      qs_query_list_model_take_rowids (self, rowids, g_strdup (g_task_get_task_data (task)), NULL);
      g_task_return_boolean (task, TRUE);
    }
}

static int
on_progress_cb (void *data)
{
  QsQueryListModel *self = data;

  self->over_time = g_get_monotonic_time () > self->deadline;
  return self->over_time;
}

/* Most queries give their first rows in a few milliseconds (an index
 * gives their order): they are read at once on the store's connection,
 * as qs_query_list_model_reload() does, and the rest in idle time. One
 * that takes longer (a sort of the whole table first) is interrupted:
 * FALSE with no @error, for the worker thread to run it. */
static gboolean
reload_quickly (QsQueryListModel *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  sqlite3 *db = qs_store_get_db (self->store);
  gboolean done;

  if (self->quick_read_ms == 0)
    return FALSE;
  self->deadline = g_get_monotonic_time () + self->quick_read_ms * 1000;
  self->over_time = FALSE;
  sqlite3_progress_handler (db, QS_QUERY_LIST_MODEL_QUICK_READ_STEPS, on_progress_cb, self);
  done = qs_query_list_model_reload (self, &local_error);
  sqlite3_progress_handler (db, 0, NULL, NULL);
  if (!done && !self->over_time)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return done;
}

/**
 * qs_query_list_model_reload_async:
 *
 * Reloads as qs_query_list_model_reload() does, without holding the
 * thread that calls it for long: a query whose first rows come within
 * qs_query_list_model_set_quick_read()'s time (20 ms) is read at once; a slower one runs, as it is
 * at the call, in a worker thread on a connection of its own (qs-row-ids-reader.c), and its rows
 * become the list when it is done. The list stays as it was until then, and on error or
 * cancellation. Where the query cannot run elsewhere (a database in memory, an SQL function of
 * ours), it runs at once whatever it takes.
 */
void
qs_query_list_model_reload_async (QsQueryListModel   *self,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *sql = NULL;
  GError          *error = NULL;

  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, qs_query_list_model_reload_async);
  sql = qs_query_list_model_build_sql (self);
  if (!qs_row_ids_reader_can_read (self->store, sql))
    {
      if (qs_query_list_model_reload (self, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }
  if (reload_quickly (self, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, g_strdup (sql), g_free);
  self->threads++;
  qs_row_ids_read_async (self, self->store, sql, self->params, cancellable, on_rowids_read_cb,
                         g_object_ref (task));
}

/* Whether a worker thread reads the list (a view shows a spinner). */
gboolean
qs_query_list_model_is_reading (QsQueryListModel *self)
{
  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), FALSE);

  return self->threads > 0;
}

/**
 * qs_query_list_model_set_quick_read:
 * @ms: how long qs_query_list_model_reload_async() reads on the store's
 *   connection before it hands the query to a worker thread; 0: it hands
 *   over every query it can (tests)
 */
void
qs_query_list_model_set_quick_read (QsQueryListModel *self, guint ms)
{
  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (self));

  self->quick_read_ms = ms;
}

gboolean
qs_query_list_model_reload_finish (QsQueryListModel *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The longest list a refresh tries to read whole within the quick read's
 * time: a list's row ids come at a few hundred thousand a second. */
#define QUICK_REFRESH_MAX_ROWS 50000

/* A refresh read in a worker thread. */
typedef struct
{
  char        *sql;
  QsChangeSet *changes;
  guint        ticket;
} Refresh;

static void
refresh_free (gpointer data)
{
  Refresh *refresh = data;

  g_free (refresh->sql);
  g_clear_pointer (&refresh->changes, qs_change_set_unref);
  g_free (refresh);
}

/* How many of the first ids of @a are those of @b. */
static guint
same_start (const QsRowIds *a, const QsRowIds *b)
{
  guint n = MIN (qs_row_ids_get_length (a), qs_row_ids_get_length (b));
  guint i;

  for (i = 0; i < n && qs_row_ids_get (a, i) == qs_row_ids_get (b, i); i++)
    ;
  return i;
}

static void
on_refresh_read_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GTask) task = data;
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (source);
  Refresh          *refresh = g_task_get_task_data (task);
  GError           *error = NULL;
  QsRowIds         *rowids = qs_row_ids_read_finish (self->store, result, &error);

  self->threads--;
  if (rowids == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      qs_row_ids_free (rowids);
      return;
    }
  /* A reload or refresh asked for since reads a newer list. */
  if (refresh->ticket != self->ticket || self->old_rowids != NULL)
    {
      qs_row_ids_free (rowids);
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (qs_query_list_model_take_refreshed (self, refresh->changes, g_strdup (refresh->sql), rowids,
                                          same_start (self->rowids, rowids), NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * qs_query_list_model_refresh_async:
 *
 * Refreshes as qs_query_list_model_refresh() does, without holding the
 * thread that calls it for long: when the query does not give all its
 * rows within qs_query_list_model_set_quick_read()'s time, it runs in a
 * worker thread and the rows read again and the items-changed follow
 * when it is done. A reload or refresh asked for meanwhile makes it do
 * nothing: the newer one reads the newer list.
 */
void
qs_query_list_model_refresh_async (QsQueryListModel   *self,
                                   QsChangeSet        *changes,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (QsRowIds) rowids = NULL;
  g_autofree char *sql = NULL;
  GError          *error = NULL;
  Refresh         *refresh;
  sqlite3         *db;
  gboolean         done;
  guint            same = 0;

  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (self));
  g_return_if_fail (self->old_rowids == NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, qs_query_list_model_refresh_async);
  sql = qs_query_list_model_build_sql (self);
  /* Still reading the rest, it reads no more than was shown: at once,
   * unless that is already more than the quick read's worth; the thread
   * then reads the whole list, and the rest is not read again. */
  if (!qs_row_ids_reader_can_read (self->store, sql) ||
      (self->pending != NULL && qs_row_ids_get_length (self->rowids) <= QUICK_REFRESH_MAX_ROWS))
    {
      if (qs_query_list_model_refresh (self, changes, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  self->ticket++;
  if (self->threads > 0)
    changes = NULL;
  if (!qs_query_list_model_concerns (self, changes))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  /* The rows shown first, in place; then the whole list. */
  if (!qs_query_list_model_update_in_place (self, changes, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  rowids = qs_row_ids_new ();
  db = qs_store_get_db (self->store);
  self->deadline = g_get_monotonic_time () + self->quick_read_ms * 1000;
  /* A list longer than the quick read can read whole: straight to the
   * thread, without holding this one for nothing. */
  self->over_time =
    self->quick_read_ms == 0 || qs_row_ids_get_length (self->rowids) > QUICK_REFRESH_MAX_ROWS;
  done = FALSE;
  if (!self->over_time)
    {
      sqlite3_stmt *left = NULL;

      sqlite3_progress_handler (db, QS_QUERY_LIST_MODEL_QUICK_READ_STEPS, on_progress_cb, self);
      done = qs_query_list_model_run_query (self, sql, G_MAXUINT, rowids, &same, &left, &error);
      sqlite3_progress_handler (db, 0, NULL, NULL);
      g_assert (left == NULL);
    }
  if (done)
    {
      if (qs_query_list_model_take_refreshed (self, changes, g_steal_pointer (&sql),
                                              g_steal_pointer (&rowids), same, NULL, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }
  if (!self->over_time)
    {
      g_task_return_error (task, error);
      return;
    }
  g_clear_error (&error);

  refresh = g_new0 (Refresh, 1);
  refresh->sql = g_strdup (sql);
  refresh->changes = changes != NULL ? qs_change_set_ref (changes) : NULL;
  refresh->ticket = self->ticket;
  g_task_set_task_data (task, refresh, refresh_free);
  self->threads++;
  qs_row_ids_read_async (self, self->store, sql, self->params, cancellable, on_refresh_read_cb,
                         g_object_ref (task));
}

gboolean
qs_query_list_model_refresh_finish (QsQueryListModel *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
