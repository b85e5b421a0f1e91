/* qs-store-changes.c — what a connection wrote, said after it is committed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's pre-update hook sees every row that a statement inserts,
 * updates or deletes, whatever wrote it: a repository, a bulk insert, a
 * restore or a migration of data. Its id (the first column of every
 * entity table) goes into the pending change set; a commit hands that set
 * to the thread that opened the store, where QsStore::changed says it once
 * the statement has returned (a hook may not touch the connection). A
 * rollback forgets it.
 *
 * Another connection's writes, in this process or another (the command
 * line while the window is open), are not seen by the hooks:
 * PRAGMA data_version says that something was committed, and a cheap
 * signature of each table (row count, latest and summed updated_at) says
 * which tables.
 */
#include "config.h"

#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-error.h"
#include "qs-store-private.h"

typedef struct
{
  gint64 n_rows;
  gint64 latest;
  gint64 sum;
} Signature;

struct _QsStoreChanges
{
  QsStore      *store;   /* not owned: it owns us */
  GMainContext *owner;   /* where QsStore::changed is emitted */
  GHashTable   *tracked; /* table names with an "id" first column */
  QsChangeSet  *pending; /* written in the open transaction */

  GMutex       lock;      /* guards what follows: the hooks may run in a worker thread */
  QsChangeSet *committed; /* committed, not yet said */
  GSource     *delivery;

  gint64      data_version; /* -1: not read yet */
  GHashTable *signatures;   /* table → Signature, NULL until the first foreign check */
  gboolean    looking;      /* a worker thread reads the signatures */
};

QsStoreChanges *
qs_store_changes_new (QsStore *store)
{
  QsStoreChanges *self = g_new0 (QsStoreChanges, 1);

  self->store = store;
  self->owner = g_main_context_ref_thread_default ();
  self->tracked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = qs_change_set_new ();
  self->data_version = -1;
  g_mutex_init (&self->lock);
  return self;
}

void
qs_store_changes_free (QsStoreChanges *self)
{
  if (self == NULL)
    return;
  if (self->delivery != NULL)
    {
      g_source_destroy (self->delivery);
      g_source_unref (self->delivery);
    }
  g_clear_pointer (&self->committed, qs_change_set_unref);
  g_clear_pointer (&self->pending, qs_change_set_unref);
  g_clear_pointer (&self->tracked, g_hash_table_unref);
  g_clear_pointer (&self->signatures, g_hash_table_unref);
  g_main_context_unref (self->owner);
  g_mutex_clear (&self->lock);
  g_free (self);
}

static void
on_preupdate_cb (void         *data,
                 sqlite3      *db,
                 int           op,
                 const char   *schema,
                 const char   *table,
                 sqlite3_int64 old_rowid,
                 sqlite3_int64 new_rowid)
{
  QsStoreChanges *self = data;
  sqlite3_value  *id = NULL;
  int             rc;

  if (strcmp (schema, "main") != 0 || !g_hash_table_contains (self->tracked, table))
    return;
  rc =
    op == SQLITE_DELETE ? sqlite3_preupdate_old (db, 0, &id) : sqlite3_preupdate_new (db, 0, &id);
  if (rc == SQLITE_OK && id != NULL && sqlite3_value_type (id) == SQLITE_TEXT)
    qs_change_set_add (self->pending, table, (const char *) sqlite3_value_text (id));
  else
    qs_change_set_add_table (self->pending, table);
}

static gboolean
deliver_cb (gpointer data)
{
  QsStore        *store = data;
  QsStoreChanges *self = qs_store_get_changes (store);
  g_autoptr (QsChangeSet) committed = NULL;

  g_mutex_lock (&self->lock);
  committed = g_steal_pointer (&self->committed);
  g_clear_pointer (&self->delivery, g_source_unref);
  g_mutex_unlock (&self->lock);

  if (committed != NULL)
    qs_store_emit_changed (store, committed);
  return G_SOURCE_REMOVE;
}

static int
on_commit_cb (void *data)
{
  QsStoreChanges *self = data;

  if (qs_change_set_is_empty (self->pending))
    return 0;

  g_mutex_lock (&self->lock);
  if (self->committed == NULL)
    self->committed = qs_change_set_new ();
  qs_change_set_merge (self->committed, self->pending);
  if (self->delivery == NULL)
    {
      /* The source holds the store, so that a store dropped by a worker
       * thread still says what it wrote, on the thread that opened it. */
      self->delivery = g_idle_source_new ();
      g_source_set_priority (self->delivery, G_PRIORITY_DEFAULT);
      g_source_set_callback (self->delivery, deliver_cb, g_object_ref (self->store),
                             g_object_unref);
      g_source_set_static_name (self->delivery, "[qualserv] store changes");
      g_source_attach (self->delivery, self->owner);
    }
  g_mutex_unlock (&self->lock);

  g_clear_pointer (&self->pending, qs_change_set_unref);
  self->pending = qs_change_set_new ();
  return 0;
}

static void
on_rollback_cb (void *data)
{
  QsStoreChanges *self = data;

  g_clear_pointer (&self->pending, qs_change_set_unref);
  self->pending = qs_change_set_new ();
}

static gint64
read_data_version (sqlite3 *db, int *rc)
{
  sqlite3_stmt *stmt = NULL;
  gint64        version = -1;

  *rc = sqlite3_prepare_v2 (db, "PRAGMA data_version", -1, &stmt, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Reads which tables are entity tables (an "id" first column), then
 * hooks @db: called again whenever the store opens its connection. */
gboolean
qs_store_changes_attach (QsStoreChanges *self, sqlite3 *db, GError **error)
{
  static const char sql[] =
    "SELECT m.name FROM sqlite_schema AS m, pragma_table_info (m.name) AS c "
    "WHERE m.type = 'table' AND c.cid = 0 AND c.name = 'id' AND c.type = 'TEXT'";
  sqlite3_stmt *stmt = NULL;
  int           rc;

  g_hash_table_remove_all (self->tracked);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_hash_table_add (self->tracked, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading the database’s tables"));
      return FALSE;
    }

  sqlite3_preupdate_hook (db, on_preupdate_cb, self);
  sqlite3_commit_hook (db, on_commit_cb, self);
  sqlite3_rollback_hook (db, on_rollback_cb, self);
  g_clear_pointer (&self->signatures, g_hash_table_unref);
  self->data_version = read_data_version (db, &rc);
  return TRUE;
}

/* Says now, on this thread, what was committed and not said yet. */
void
qs_store_changes_flush (QsStoreChanges *self)
{
  g_autoptr (QsChangeSet) committed = NULL;

  g_mutex_lock (&self->lock);
  committed = g_steal_pointer (&self->committed);
  if (self->delivery != NULL)
    {
      g_source_destroy (self->delivery);
      g_clear_pointer (&self->delivery, g_source_unref);
    }
  g_mutex_unlock (&self->lock);

  if (committed != NULL)
    qs_store_emit_changed (self->store, committed);
}

/* Reads @table's signature on @db, in any thread; returns the SQLite
 * result code, SQLITE_ROW on success. */
static int
read_signature (sqlite3 *db, const char *table, Signature *signature)
{
  /* The sum is taken modulo 2^32 so that a million rows cannot overflow
   * it; every write moves updated_at forward, so it changes the sum. */
  char *sql = sqlite3_mprintf ("SELECT count(*), max(updated_at), sum(updated_at %% 4294967296) "
                               "FROM \"%w\"",
                               table);
  sqlite3_stmt *stmt = NULL;
  int           rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  sqlite3_free (sql);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      signature->n_rows = sqlite3_column_int64 (stmt, 0);
      signature->latest = sqlite3_column_int64 (stmt, 1);
      signature->sum = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* Every table's signature, read on @db in any thread: table → Signature;
 * NULL with *rc set on failure. */
static GHashTable *
read_signatures (sqlite3 *db, GStrv tables, int *rc)
{
  g_autoptr (GHashTable) signatures =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      Signature *now = g_new0 (Signature, 1);

      g_hash_table_insert (signatures, g_strdup (tables[i]), now);
      *rc = read_signature (db, tables[i], now);
      if (*rc != SQLITE_ROW)
        return NULL;
    }
  *rc = SQLITE_OK;
  return g_steal_pointer (&signatures);
}

static GStrv
dup_tracked (QsStoreChanges *self)
{
  g_autofree gpointer *keys = g_hash_table_get_keys_as_array (self->tracked, NULL);

  /* The keys are the table's own: copies, for another thread. */
  return g_strdupv ((GStrv) keys);
}

/* Compares @signatures, read at data version @version or later, with the
 * last ones, and keeps them for the next look. */
static QsChangeSet *
compare_signatures (QsStoreChanges *self, gint64 version, GHashTable *signatures)
{
  g_autoptr (QsChangeSet) changed = qs_change_set_new ();
  gboolean       first = self->signatures == NULL;
  GHashTableIter iter;
  gpointer       table, now;

  g_hash_table_iter_init (&iter, signatures);
  while (g_hash_table_iter_next (&iter, &table, &now))
    {
      Signature *before = first ? NULL : g_hash_table_lookup (self->signatures, table);

      /* Before the first signatures, a new data version means that
       * anything may have changed. */
      if (first ? version != self->data_version
                : before == NULL || memcmp (before, now, sizeof (Signature)) != 0)
        qs_change_set_add_table (changed, table);
    }

  g_clear_pointer (&self->signatures, g_hash_table_unref);
  self->signatures = g_hash_table_ref (signatures);
  self->data_version = version;
  return qs_change_set_is_empty (changed) ? NULL : g_steal_pointer (&changed);
}

/* Returns: (transfer full) (nullable): the tables another connection
 * changed since the last call (or since the connection opened), each as
 * "the whole table"; NULL when none or on error. The first call reads
 * each table's signature, to compare with at the next. */
QsChangeSet *
qs_store_changes_check_foreign (QsStoreChanges *self, sqlite3 *db, GError **error)
{
  g_autoptr (GHashTable) signatures = NULL;
  g_auto (GStrv) tables = NULL;
  int    rc;
  gint64 version = read_data_version (db, &rc);

  if (version < 0)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Looking for changes made elsewhere"));
      return NULL;
    }
  if (self->signatures != NULL && version == self->data_version)
    return NULL;

  tables = dup_tracked (self);
  signatures = read_signatures (db, tables, &rc);
  if (signatures == NULL)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Looking for changes made elsewhere"));
      return NULL;
    }
  return compare_signatures (self, version, signatures);
}

/* The same look, with the signatures read in a worker thread on a
 * connection of its own: on a large database they take a second or more
 * to read, which the window must not wait for. */

typedef struct
{
  char  *path;
  GStrv  tables;
  gint64 version;
  int    rc;      /* set by the thread */
  char  *message; /* SQLite's, set by the thread on failure */
} Look;

static void
look_free (gpointer data)
{
  Look *look = data;

  g_free (look->path);
  g_free (look->message);
  g_strfreev (look->tables);
  g_free (look);
}

static void
look_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Look       *look = data;
  sqlite3    *db = NULL;
  int         rc = qs_store_open_reader (look->path, &db);
  GHashTable *signatures = NULL;

  if (rc == SQLITE_OK)
    signatures = read_signatures (db, look->tables, &rc);
  look->rc = rc;
  if (signatures == NULL)
    look->message = g_strdup (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  sqlite3_close (db);
  g_task_return_pointer (task, signatures, (GDestroyNotify) g_hash_table_unref);
}

/* Starts a look; returns FALSE, having started nothing, when there is
 * nothing to look for (the data version did not move) or a look is under
 * way already. */
gboolean
qs_store_changes_check_foreign_async (QsStoreChanges     *self,
                                      sqlite3            *db,
                                      const char         *path,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data,
                                      GError            **error)
{
  g_autoptr (GTask) task = NULL;
  Look  *look;
  int    rc;
  gint64 version;

  if (self->looking)
    return FALSE;
  version = read_data_version (db, &rc);
  if (version < 0)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Looking for changes made elsewhere"));
      return FALSE;
    }
  if (self->signatures != NULL && version == self->data_version)
    return FALSE;

  look = g_new0 (Look, 1);
  look->path = g_strdup (path);
  look->tables = dup_tracked (self);
  look->version = version;
  task = g_task_new (self->store, NULL, callback, user_data);
  g_task_set_source_tag (task, qs_store_changes_check_foreign_async);
  g_task_set_task_data (task, look, look_free);
  g_task_set_priority (task, G_PRIORITY_LOW);
  self->looking = TRUE;
  g_task_run_in_thread (task, look_thread);
  return TRUE;
}

QsChangeSet *
qs_store_changes_check_foreign_finish (QsStoreChanges *self, GAsyncResult *result, GError **error)
{
  Look *look = g_task_get_task_data (G_TASK (result));
  g_autoptr (GHashTable) signatures = g_task_propagate_pointer (G_TASK (result), NULL);
  int primary = look->rc & 0xff;

  self->looking = FALSE;
  if (signatures == NULL)
    {
      /* The sentences of the store's errors, with SQLite's own message. */
      if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_READONLY ||
          primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FULL)
        qs_store_set_sqlite_error (self->store, error, look->rc,
                                   _ ("Looking for changes made elsewhere"));
      else
        g_set_error (error, QS_ERROR, QS_ERROR_STORAGE, _ ("%s failed: %s"),
                     _ ("Looking for changes made elsewhere"), look->message);
      return NULL;
    }
  return compare_signatures (self, look->version, signatures);
}
