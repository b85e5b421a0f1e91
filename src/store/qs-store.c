/* qs-store.c — the SQLite database behind QualServ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One connection, WAL journal, foreign keys on, prepared statements cached
 * by their SQL text. The schema is a list of numbered migrations, stored as
 * resources and recorded in PRAGMA user_version. A database written by a
 * newer QualServ is opened read-only so that nothing of it is lost.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "qs-clock.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-request-repository-private.h"
#include "qs-sql-percentile.h"
#include "qs-sql-resources.h"
#include "qs-store-private.h"
#include "qs-text.h"

#define BUSY_TIMEOUT_MS 5000

struct _QsStore
{
  GObject parent_instance;

  sqlite3        *db;
  QsClock        *clock;
  QsStoreChanges *changes;
  char           *path;
  char           *read_only_reason;
  GHashTable     *statements;   /* SQL text → sqlite3_stmt* */
  GHashTable     *repositories; /* GType → QsRepository* */
  int             schema_version;
  guint           depth; /* transaction nesting, savepoints inside */
};

G_DEFINE_FINAL_TYPE (QsStore, qs_store, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
qs_store_finalize (GObject *object)
{
  QsStore *self = QS_STORE (object);

  g_clear_pointer (&self->repositories, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->changes, qs_store_changes_free);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->read_only_reason);

  G_OBJECT_CLASS (qs_store_parent_class)->finalize (object);
}

static void
qs_store_class_init (QsStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_store_finalize;

  /**
   * QsStore::changed:
   * @changes: the rows written by a committed transaction of this
   *   connection, or the tables another connection changed
   *
   * Emitted on the thread that opened the store, once the statement that
   * committed has returned: never from inside SQLite.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_CHANGE_SET);

  /* Registered by hand: a constructor in a static library may be dropped. */
  qs_sql_register_resource ();
}

static void
qs_store_init (QsStore *self)
{
  self->statements =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sqlite3_finalize);
  self->repositories =
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) qs_repository_free);
  self->clock = qs_clock_new ();
  self->changes = qs_store_changes_new (self);
}

QsStoreChanges *
qs_store_get_changes (QsStore *self)
{
  return self->changes;
}

void
qs_store_emit_changed (QsStore *self, QsChangeSet *changes)
{
  g_autofree char *text = qs_change_set_to_string (changes);

  g_debug ("Changed: %s", text);
  g_signal_emit (self, signals[CHANGED], 0, changes);
}

/**
 * qs_store_flush_changes:
 *
 * Emits QsStore::changed now for what was committed and not said yet,
 * instead of at the next iteration of the main context.
 */
void
qs_store_flush_changes (QsStore *self)
{
  g_return_if_fail (QS_IS_STORE (self));

  qs_store_changes_flush (self->changes);
}

/**
 * qs_store_check_foreign_changes:
 *
 * Looks whether another connection (the command line, a worker thread,
 * another copy of QualServ) committed changes to the database since the
 * last call, and emits QsStore::changed with the tables it changed.
 *
 * Returns: %TRUE if something changed
 */
gboolean
qs_store_check_foreign_changes (QsStore *self, GError **error)
{
  g_autoptr (QsChangeSet) changed = NULL;

  g_return_val_if_fail (QS_IS_STORE (self), FALSE);

  changed = qs_store_changes_check_foreign (self->changes, self->db, error);
  if (changed == NULL)
    return FALSE;
  qs_store_emit_changed (self, changed);
  return TRUE;
}

static void
on_look_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  QsStore *self = QS_STORE (source);
  g_autoptr (GTask) task = data;
  g_autoptr (QsChangeSet) changed = NULL;
  GError *error = NULL;

  changed = qs_store_changes_check_foreign_finish (self->changes, result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (changed != NULL)
    qs_store_emit_changed (self, changed);
  g_task_return_boolean (task, changed != NULL);
}

/**
 * qs_store_check_foreign_changes_async:
 *
 * The same look as qs_store_check_foreign_changes(), without making the
 * calling thread wait: when another connection committed something, the
 * tables are compared in a worker thread on a connection of its own, and
 * QsStore::changed is emitted in this thread when it finishes. A look
 * asked for while one is under way finds nothing.
 */
void
qs_store_check_foreign_changes_async (QsStore            *self,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (QS_IS_STORE (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, qs_store_check_foreign_changes_async);
  /* A database in memory has no file a second connection could read. */
  if (self->path == NULL || g_str_equal (self->path, ":memory:"))
    {
      gboolean changed = qs_store_check_foreign_changes (self, &error);

      if (error != NULL)
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, changed);
      return;
    }
  if (qs_store_changes_check_foreign_async (self->changes, self->db, self->path, on_look_done_cb,
                                            g_object_ref (task), &error))
    return;
  /* Nothing to look for, or a look under way: the reference given to it
   * was not taken. */
  g_object_unref (task);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, FALSE);
}

/**
 * qs_store_check_foreign_changes_finish:
 *
 * Returns: %TRUE if something changed
 */
gboolean
qs_store_check_foreign_changes_finish (QsStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * qs_store_get_clock:
 *
 * Returns: (transfer none): the clock that stamps what this store writes
 * and that every decision about "now" over its data asks; the wall clock
 * unless qs_store_set_clock() gave another.
 */
QsClock *
qs_store_get_clock (QsStore *self)
{
  g_return_val_if_fail (QS_IS_STORE (self), NULL);

  return self->clock;
}

void
qs_store_set_clock (QsStore *self, QsClock *clock)
{
  g_return_if_fail (QS_IS_STORE (self));
  g_return_if_fail (QS_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

/* Unix microseconds, by the store's clock. */
gint64
qs_store_now (QsStore *self)
{
  g_return_val_if_fail (QS_IS_STORE (self), 0);

  return qs_clock_get_now (self->clock);
}

/**
 * qs_store_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/qualserv/qualserv.db
 */
char *
qs_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "qualserv", "qualserv.db", NULL);
}

void
qs_store_set_sqlite_error (QsStore *self, GError **error, int rc, const char *what)
{
  qs_store_set_sqlite_error_message (
    self, error, rc, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc), what);
}

void
qs_store_set_sqlite_error_message (
  QsStore *self, GError **error, int rc, const char *message, const char *what)
{
  int         primary = rc & 0xff;
  const char *detail = message != NULL ? message : sqlite3_errstr (rc);

  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (
      error, QS_ERROR, QS_ERROR_BUSY,
      _ ("The database “%s” is in use by another program; try again when it has finished."),
      self->path);
  else if (primary == SQLITE_READONLY)
    g_set_error (error, QS_ERROR, QS_ERROR_READ_ONLY, _ ("The database “%s” cannot be written to."),
                 self->path);
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, QS_ERROR, QS_ERROR_CORRUPT,
                 _ ("The file “%s” is not a QualServ database, or it is damaged."), self->path);
  else if (primary == SQLITE_FULL)
    g_set_error (error, QS_ERROR, QS_ERROR_STORAGE, _ ("The disk holding “%s” is full."),
                 self->path);
  else
    /* Translators: the first %s says what was being done, the second is SQLite's message */
    g_set_error (error, QS_ERROR, QS_ERROR_STORAGE, _ ("%s failed: %s"), what, detail);
}

static int
compare_names_cb (void *data, int a_length, const void *a, int b_length, const void *b)
{
  return qs_text_compare_for_sort (a, a_length, b, b_length);
}

/* "COLLATE qs_name": names in a directory's order (qs_text_sort_key()),
 * on every connection that reads the lists. No index or view uses it,
 * so that the file stays readable by any SQLite. */
static int
register_collations (sqlite3 *db)
{
  return sqlite3_create_collation_v2 (db, "qs_name", SQLITE_UTF8, NULL, compare_names_cb, NULL);
}

int
qs_store_open_reader (const char *path, sqlite3 **db)
{
  int rc = sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (*db, TRUE);
      sqlite3_busy_timeout (*db, BUSY_TIMEOUT_MS);
      rc = register_collations (*db);
    }
  return rc;
}

sqlite3 *
qs_store_get_db (QsStore *self)
{
  return self->db;
}

/**
 * qs_store_prepare:
 *
 * Returns: (transfer none): a reset statement for @sql, with no bindings,
 * cached for the life of the store. Reset it when done with it.
 */
sqlite3_stmt *
qs_store_prepare (QsStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int           rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      qs_store_set_sqlite_error (self, error, rc, _ ("Preparing a query"));
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
qs_store_exec (QsStore *self, const char *sql, GError **error)
{
  char *message = NULL;
  int   rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      qs_store_set_sqlite_error (self, error, rc, _ ("Changing the database"));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_store_query_int:
 *
 * Runs a query without parameters that returns one integer, such as a
 * count. Returns -1 and sets @error on failure.
 */
gint64
qs_store_query_int (QsStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (self, sql, error);
  gint64        result = -1;
  int           rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    qs_store_set_sqlite_error (self, error, rc, _ ("Reading the database"));
  else
    result = 0;
  sqlite3_reset (stmt);
  return result;
}

gboolean
qs_store_ensure_writable (QsStore *self, GError **error)
{
  if (self->read_only_reason != NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_READ_ONLY, self->read_only_reason);
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_store_begin:
 *
 * Starts a transaction, or a savepoint inside the current one, so that
 * functions which write several rows can be composed: the outermost
 * commit is the one that counts.
 */
gboolean
qs_store_begin (QsStore *self, GError **error)
{
  g_autofree char *sql = NULL;

  if (!qs_store_ensure_writable (self, error))
    return FALSE;

  sql = self->depth == 0 ? g_strdup ("BEGIN IMMEDIATE")
                         : g_strdup_printf ("SAVEPOINT qs_%u", self->depth);
  if (!qs_store_exec (self, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
qs_store_commit (QsStore *self, GError **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);

  sql = self->depth == 1 ? g_strdup ("COMMIT") : g_strdup_printf ("RELEASE qs_%u", self->depth - 1);
  if (!qs_store_exec (self, sql, error))
    {
      qs_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
qs_store_rollback (QsStore *self)
{
  g_return_if_fail (self->depth > 0);

  self->depth--;
  if (self->depth == 0)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  else
    {
      g_autofree char *sql =
        g_strdup_printf ("ROLLBACK TO qs_%u; RELEASE qs_%u", self->depth, self->depth);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }
}

/**
 * qs_store_begin_read:
 *
 * Starts reading a snapshot: until qs_store_end_read(), this connection
 * reads the database as it was at its first read, whatever other
 * connections commit meanwhile, without taking a write lock. Inside a
 * transaction, the transaction already is one.
 */
gboolean
qs_store_begin_read (QsStore *self, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (self), FALSE);

  /* A savepoint outside a transaction is a deferred BEGIN. */
  return qs_store_exec (self, "SAVEPOINT qs_read", error);
}

void
qs_store_end_read (QsStore *self)
{
  g_return_if_fail (QS_IS_STORE (self));

  qs_store_exec (self, "RELEASE qs_read", NULL);
}

static char *
load_migration (int version, GError **error)
{
  g_autofree char *path = g_strdup_printf ("/org/example/QualServ/sql/%03d.sql", version);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, error);

  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The first line of a migration that rebuilds a table. */
#define REBUILDS_TABLES "-- qualserv: rebuilds tables\n"

/* FALSE, with a sentence, when a row points to a row that is not there. */
static gboolean
check_foreign_keys (QsStore *self, GError **error)
{
  gint64 dangling =
    qs_store_query_int (self, "SELECT count (*) FROM pragma_foreign_key_check", error);

  if (dangling < 0)
    return FALSE;
  if (dangling > 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_STORAGE,
                           _ ("The database could not be brought up to date: some of its rows "
                              "point to rows that are not there."));
      return FALSE;
    }
  return TRUE;
}

/* The schema that began to keep how long each request took. */
#define SCHEMA_MEASURES_DURATIONS 17

static gboolean
migrate (QsStore *self, GError **error)
{
  int from = self->schema_version;

  for (int version = self->schema_version + 1; version <= QS_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *script = load_migration (version, error);
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version);

      gboolean rebuilds;

      if (script == NULL)
        return FALSE;
      /* A table rebuilt (to change a CHECK constraint) is dropped and
       * made again: foreign keys are off meanwhile, and checked before
       * the commit, as SQLite's procedure for it says. */
      rebuilds = g_str_has_prefix (script, REBUILDS_TABLES);
      if (rebuilds && !qs_store_exec (self, "PRAGMA foreign_keys = OFF", error))
        return FALSE;
      if (!qs_store_begin (self, error))
        return FALSE;
      if (!qs_store_exec (self, script, error) || !qs_store_exec (self, bump, error) ||
          (rebuilds && !check_foreign_keys (self, error)))
        {
          qs_store_rollback (self);
          if (rebuilds)
            qs_store_exec (self, "PRAGMA foreign_keys = ON", NULL);
          return FALSE;
        }
      if (!qs_store_commit (self, error))
        return FALSE;
      if (rebuilds && !qs_store_exec (self, "PRAGMA foreign_keys = ON", error))
        return FALSE;
      self->schema_version = version;
    }
  /* Requests stored before: measured once, in C (see 017.sql). */
  if (from > 0 && from < SCHEMA_MEASURES_DURATIONS &&
      self->schema_version >= SCHEMA_MEASURES_DURATIONS)
    {
      if (!qs_store_begin (self, error))
        return FALSE;
      if (!qs_request_repository_measure_durations (self, error))
        {
          qs_store_rollback (self);
          return FALSE;
        }
      if (!qs_store_commit (self, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
open_connection (QsStore *self, gboolean read_only, GError **error)
{
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc;

  if (self->db != NULL)
    {
      g_hash_table_remove_all (self->statements);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }

  rc = sqlite3_open_v2 (self->path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_STORAGE, _ ("Could not open the database “%s”: %s"),
                   self->path, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  rc = register_collations (self->db);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_STORAGE, _ ("Could not open the database “%s”: %s"),
                   self->path, sqlite3_errstr (rc));
      return FALSE;
    }
  /* The functions of our own that queries call. */
  rc = qs_sql_percentile_register (self->db);
  if (rc != SQLITE_OK)
    {
      qs_store_set_sqlite_error (self, error, rc, "qs_percentile");
      return FALSE;
    }
  return qs_request_repository_register_sql (self, error);
}

static gboolean
create_private_file (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int              fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  /* Created by us with mode 0600 so that SQLite (and its -wal and -shm
   * files, which copy the mode) never expose personal data to other users. */
  fd = g_open (path, O_RDWR | O_CREAT, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("Could not create the database “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/**
 * qs_store_open:
 * @path: (nullable): the database file, or %NULL for qs_store_default_path()
 *
 * Opens (creating it if needed) and migrates the database. A database of a
 * newer schema is opened read-only: check qs_store_is_read_only().
 */
QsStore *
qs_store_open (const char *path, GError **error)
{
  g_autoptr (QsStore) self = g_object_new (QS_TYPE_STORE, NULL);
  g_autoptr (GError) local_error = NULL;

  self->path = path != NULL ? g_strdup (path) : qs_store_default_path ();

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS) && !create_private_file (self->path, error))
    return NULL;

  if (!open_connection (self, FALSE, error))
    return NULL;

  self->schema_version = qs_store_query_int (self, "PRAGMA user_version", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (self->schema_version > QS_STORE_SCHEMA_VERSION)
    {
      self->read_only_reason =
        g_strdup_printf (_ ("The database “%s” was written by a newer version of QualServ "
                            "(schema %d; this version knows %d). It is open read-only so that "
                            "nothing in it is changed; update QualServ to edit it."),
                         self->path, self->schema_version, QS_STORE_SCHEMA_VERSION);
      if (!open_connection (self, TRUE, error))
        return NULL;
      qs_store_exec (self, "PRAGMA query_only = ON", NULL);
      if (!qs_store_changes_attach (self->changes, self->db, error))
        return NULL;
      return g_steal_pointer (&self);
    }

  if (!qs_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !qs_store_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !qs_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      /* Temporary files on disk, where the system's cache keeps them: in
       * memory, sorting a million requests (by client, by due date) took
       * 60 MB more that stayed resident, and was slower. A backup import
       * asks for memory itself. */
      !qs_store_exec (self, "PRAGMA temp_store = FILE", error) || !migrate (self, error) ||
      !qs_store_changes_attach (self->changes, self->db, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
qs_store_get_path (QsStore *self)
{
  g_return_val_if_fail (QS_IS_STORE (self), NULL);
  return self->path;
}

int
qs_store_get_schema_version (QsStore *self)
{
  g_return_val_if_fail (QS_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
qs_store_is_read_only (QsStore *self)
{
  g_return_val_if_fail (QS_IS_STORE (self), TRUE);
  return self->read_only_reason != NULL;
}

/**
 * qs_store_get_read_only_reason:
 *
 * Returns: (nullable): a sentence for the user saying why the database
 * cannot be changed, or %NULL when it can.
 */
const char *
qs_store_get_read_only_reason (QsStore *self)
{
  g_return_val_if_fail (QS_IS_STORE (self), NULL);
  return self->read_only_reason;
}

static gboolean
append_rows (QsStore *self, const char *sql, GString *report, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (self, sql, error);
  gboolean      clean = TRUE;
  int           rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (report, "%s%s", i ? " " : "",
                                (const char *) sqlite3_column_text (stmt, i));
      g_string_append_c (report, '\n');
      clean = FALSE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self, error, rc, _ ("Checking the database"));
      return FALSE;
    }
  return clean;
}

/**
 * qs_store_check:
 * @report: receives what was found, one problem a line
 *
 * Runs SQLite's integrity check and the foreign key check. Returns %FALSE
 * with @error set if the check could not run, %FALSE with @error unset and
 * @report filled if the database has problems.
 */
gboolean
qs_store_check (QsStore *self, GString *report, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  sqlite3_stmt *stmt = qs_store_prepare (self, "PRAGMA integrity_check", error);
  gboolean      ok = TRUE;
  int           rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        {
          g_string_append_printf (report, "%s\n", line);
          ok = FALSE;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self, error, rc, _ ("Checking the database"));
      return FALSE;
    }

  if (!append_rows (self, "PRAGMA foreign_key_check", report, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      ok = FALSE;
    }
  return ok;
}

/**
 * qs_store_get_repository:
 *
 * Returns: (transfer none): the repository of @entity_type, made on first use.
 */
QsRepository *
qs_store_get_repository (QsStore *self, GType entity_type)
{
  QsRepository *repository =
    g_hash_table_lookup (self->repositories, GSIZE_TO_POINTER (entity_type));

  if (repository == NULL)
    {
      repository = qs_repository_new (self, entity_type);
      g_hash_table_insert (self->repositories, GSIZE_TO_POINTER (entity_type), repository);
    }
  return repository;
}
