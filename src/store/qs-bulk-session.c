/* qs-bulk-session.c — one transaction of many rows, the connection set for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "qs-bulk-session.h"
#include "qs-request-repository.h"
#include "qs-store-private.h"

/* The settings a session may change, at most one change each. */
#define MAX_SAVED 8

/* The largest page cache a session takes, whatever it is asked. */
#define MAX_CACHE_KIB (256 * 1024)

typedef struct
{
  const char *pragma;
  gint64      value; /* what it was */
} Saved;

struct _QsBulkSession
{
  QsStore           *store;
  QsBulkSessionFlags flags;
  Saved              saved[MAX_SAVED];
  guint              n_saved;
  char              *journal_mode; /* to put back, or NULL */
  gboolean           kept_memory;  /* glibc's trim threshold raised */
  gboolean           open;         /* the transaction is open */
  GPtrArray         *triggers;     /* CREATE TRIGGER text per deferred fill, or NULL */
  gint64             last_request; /* rowids before the session */
  gint64             last_event;
};

/* What insert triggers derive from each row, which a session fills once
 * at its commit instead: the full-text indexes (data/sql/004.sql and
 * 006.sql) and the names requests are sorted by (011.sql). Each statement
 * reads ?1, the last rowid of requests before the session, and ?2, that
 * of request_events, and does for all the rows added at once what its
 * trigger does for one. */
static const struct
{
  const char *trigger; /* the insert trigger suspended */
  const char *fill;
  const char *fill_earlier; /* for rows of requests from before, or NULL */
} deferred_fills[] = {
  { "requests_fts_insert",
    "INSERT INTO requests_fts (rowid, subject, description, resolution)"
    " SELECT rowid, subject, description, resolution FROM requests"
    " WHERE rowid > ?1 AND deleted_at IS NULL",
    NULL },
  /* The notes of a request rank from 0 in the order of their events: the
   * index's rowid is the request's rowid times 65,536 plus the rank. A new
   * note of an earlier request ranks after the notes it has. */
  { "request_history_fts_insert",
    "INSERT INTO request_history_fts (rowid, note, event)"
    " SELECT (r.rowid << 16) + row_number () OVER (PARTITION BY r.rowid ORDER BY e.rowid) - 1,"
    " e.note, e.rowid"
    " FROM request_events e JOIN requests r ON r.id = e.request_id"
    " WHERE r.rowid > ?1 AND e.note IS NOT NULL AND e.deleted_at IS NULL AND r.deleted_at IS NULL",
    "INSERT INTO request_history_fts (rowid, note, event)"
    " SELECT ifnull ((SELECT max (h.rowid) + 1 FROM request_history_fts h"
    "                 WHERE h.rowid BETWEEN r.rowid << 16 AND (r.rowid << 16) + 65535),"
    "                r.rowid << 16)"
    " + row_number () OVER (PARTITION BY r.rowid ORDER BY e.rowid) - 1, e.note, e.rowid"
    " FROM request_events e JOIN requests r ON r.id = e.request_id"
    " WHERE r.rowid <= ?1 AND e.rowid > ?2"
    " AND e.note IS NOT NULL AND e.deleted_at IS NULL AND r.deleted_at IS NULL" },
  /* Not a search index: the names a request is sorted by (data/sql/
   * 011.sql), read once for all the rows added rather than row by row. */
  { "requests_sort_names_insert",
    "UPDATE requests SET (client_sort, assignee_sort, department_sort) ="
    " (SELECT client_sort, assignee_sort, department_sort FROM request_sort_names"
    "  WHERE request_rowid = requests.rowid)"
    " WHERE rowid > ?1",
    NULL },
};

/* Sets PRAGMA @pragma to @value and remembers what it was; a setting
 * that cannot be read or changed is left as it is: only slower. */
static void
change (QsBulkSession *self, const char *pragma, gint64 value)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *read = g_strdup_printf ("PRAGMA %s", pragma);
  g_autofree char *write = NULL;
  gint64           was;

  g_assert (self->n_saved < MAX_SAVED);

  was = qs_store_query_int (self->store, read, &local_error);
  if (local_error != NULL)
    {
      g_debug ("Reading PRAGMA %s: %s", pragma, local_error->message);
      return;
    }
  if (was == value)
    return;
  write = g_strdup_printf ("PRAGMA %s = %" G_GINT64_FORMAT, pragma, value);
  if (!qs_store_exec (self->store, write, &local_error))
    {
      g_debug ("Setting PRAGMA %s: %s", pragma, local_error->message);
      return;
    }
  self->saved[self->n_saved].pragma = pragma;
  self->saved[self->n_saved].value = was;
  self->n_saved++;
}

/* The journal mode: "wal", "delete"..., or NULL. */
static char *
query_journal_mode (QsStore *store, const char *sql)
{
  sqlite3_stmt *stmt = qs_store_prepare (store, sql, NULL);
  char         *mode = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return mode;
}

/* Refused while another connection has the database open: then the log
 * stays, which is only slower. */
static void
change_journal_to_rollback (QsBulkSession *self)
{
  g_autofree char *was = query_journal_mode (self->store, "PRAGMA journal_mode");
  g_autofree char *now = NULL;

  if (was == NULL || g_ascii_strcasecmp (was, "delete") == 0)
    return;
  now = query_journal_mode (self->store, "PRAGMA journal_mode = DELETE");
  if (g_strcmp0 (now, "delete") == 0)
    self->journal_mode = g_steal_pointer (&was);
}

static gboolean
is_word (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return *text != '\0';
}

static void
change_settings (QsBulkSession *self, gint64 cache_kib)
{
  if (cache_kib > 0)
    change (self, "cache_size", -MIN (cache_kib, MAX_CACHE_KIB));
  /* temp_store cannot change inside a transaction. */
  if (self->flags & QS_BULK_SESSION_TEMP_IN_MEMORY)
    change (self, "temp_store", 2 /* MEMORY */);
  /* foreign_keys does nothing inside a transaction either. */
  if (self->flags & QS_BULK_SESSION_UNCHECKED)
    change (self, "foreign_keys", 0);
  if (self->flags & QS_BULK_SESSION_FILL)
    {
      change (self, "threads", MIN (g_get_num_processors (), 4));
      change (self, "synchronous", 0 /* OFF */);
      change (self, "mmap_size", G_GINT64_CONSTANT (8589934592));
      change_journal_to_rollback (self);
#ifdef __GLIBC__
      /* SQLite allocates and frees its cache pages one by one: with the
       * default threshold glibc gives memory back to the system and takes
       * it again thousands of times a second, which triples the time of a
       * large fill. Keep what was taken until the fill is over. */
      mallopt (M_TRIM_THRESHOLD, 512 * 1024 * 1024);
      self->kept_memory = TRUE;
#endif
    }
}

/* Puts back every setting changed, the last changed first; called again,
 * does nothing. */
static void
restore_settings (QsBulkSession *self)
{
  if (self->journal_mode != NULL)
    {
      g_autoptr (GError) local_error = NULL;
      g_autofree char *sql = NULL;

      /* From SQLite itself, but checked all the same. */
      if (is_word (self->journal_mode))
        {
          sql = g_strdup_printf ("PRAGMA journal_mode = %s", self->journal_mode);
          if (!qs_store_exec (self->store, sql, &local_error))
            g_warning ("Could not put the journal mode back to %s: %s", self->journal_mode,
                       local_error->message);
        }
      g_clear_pointer (&self->journal_mode, g_free);
    }
#ifdef __GLIBC__
  /* Back to glibc's default, so that what the session took is given back. */
  if (self->kept_memory)
    mallopt (M_TRIM_THRESHOLD, 128 * 1024);
  self->kept_memory = FALSE;
#endif
  while (self->n_saved > 0)
    {
      Saved           *saved = &self->saved[--self->n_saved];
      g_autofree char *sql =
        g_strdup_printf ("PRAGMA %s = %" G_GINT64_FORMAT, saved->pragma, saved->value);
      g_autoptr (GError) local_error = NULL;

      if (!qs_store_exec (self->store, sql, &local_error))
        g_warning ("Could not put PRAGMA %s back: %s", saved->pragma, local_error->message);
    }
}

static gint64
last_rowid (QsStore *store, const char *sql, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  gint64 rowid = qs_store_query_int (store, sql, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }
  return rowid;
}

/* Drops those insert triggers inside the transaction (a
 * rollback brings them back), keeping their text, read back from the
 * schema so that it is written once, in its migration. */
static gboolean
defer_fills (QsBulkSession *self, GError **error)
{
  self->last_request =
    last_rowid (self->store, "SELECT coalesce (max (rowid), 0) FROM requests", error);
  if (self->last_request < 0)
    return FALSE;
  self->last_event =
    last_rowid (self->store, "SELECT coalesce (max (rowid), 0) FROM request_events", error);
  if (self->last_event < 0)
    return FALSE;

  self->triggers = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (deferred_fills); i++)
    {
      sqlite3_stmt *stmt = qs_store_prepare (
        self->store, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", error);
      g_autofree char *drop = NULL;
      char            *create = NULL;
      int              rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, deferred_fills[i].trigger, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        create = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading the database"));
          return FALSE;
        }
      /* Not there (already suspended, or an older schema):
       * nothing to fill either. */
      g_ptr_array_add (self->triggers, create);
      if (create == NULL)
        continue;
      drop = g_strdup_printf ("DROP TRIGGER \"%s\"", deferred_fills[i].trigger);
      if (!qs_store_exec (self->store, drop, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
run_fill (QsBulkSession *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (self->store, sql, error);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->last_request);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, self->last_event);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Changing the database"));
      return FALSE;
    }
  return TRUE;
}

/* Fills what they derive for the rows added, then makes the triggers again. */
static gboolean
run_deferred_fills (QsBulkSession *self, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (deferred_fills); i++)
    {
      const char *create = g_ptr_array_index (self->triggers, i);

      if (create == NULL)
        continue;
      if (!run_fill (self, deferred_fills[i].fill, error))
        return FALSE;
      /* Nothing was there before the session: no earlier request has new rows. */
      if (deferred_fills[i].fill_earlier != NULL && self->last_request > 0 &&
          !run_fill (self, deferred_fills[i].fill_earlier, error))
        return FALSE;
      if (!qs_store_exec (self->store, create, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * qs_bulk_session_begin:
 * @flags: what the session's writes allow
 * @cache_kib: the page cache to take, in KiB (at most 256 MiB), or 0 to
 *   keep the connection's
 *
 * Changes the connection's settings for @flags and opens a transaction:
 * write the rows, then qs_bulk_session_commit(). Fails if the database is
 * read-only or the transaction cannot start, with the settings as they were.
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with @error set
 */
QsBulkSession *
qs_bulk_session_begin (QsStore *store, QsBulkSessionFlags flags, gint64 cache_kib, GError **error)
{
  QsBulkSession *self;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (cache_kib >= 0, NULL);

  if (!qs_store_ensure_writable (store, error))
    return NULL;

  self = g_new0 (QsBulkSession, 1);
  self->store = g_object_ref (store);
  self->flags = flags;

  /* Inside a transaction SQLite keeps most of them as they are. */
  if (sqlite3_get_autocommit (qs_store_get_db (store)))
    change_settings (self, cache_kib);

  if (!qs_store_begin (store, error))
    {
      qs_bulk_session_free (self);
      return NULL;
    }
  self->open = TRUE;

  if ((flags & QS_BULK_SESSION_DEFER_SEARCH) && !defer_fills (self, error))
    {
      qs_bulk_session_free (self);
      return NULL;
    }
  return self;
}

/**
 * qs_bulk_session_commit:
 *
 * Fills what the session deferred, commits, and puts the settings back.
 * On failure, everything the session wrote is rolled back, and the
 * settings are put back too. Free the session afterwards either way.
 *
 * Returns: %TRUE if the session's rows are in the database
 */
gboolean
qs_bulk_session_commit (QsBulkSession *self, GError **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->open, FALSE);

  self->open = FALSE;
  if ((self->triggers != NULL && !run_deferred_fills (self, error)) ||
      !qs_request_repository_measure_durations (self->store, error))
    {
      qs_store_rollback (self->store);
      restore_settings (self);
      return FALSE;
    }
  /* A failed commit rolls back. */
  ok = qs_store_commit (self->store, error);
  restore_settings (self);
  return ok;
}

/**
 * qs_bulk_session_free:
 *
 * Rolls back a session that was not committed and puts the connection's
 * settings back as they were before it.
 */
void
qs_bulk_session_free (QsBulkSession *self)
{
  if (self == NULL)
    return;

  if (self->open)
    qs_store_rollback (self->store);
  restore_settings (self);
  g_clear_pointer (&self->triggers, g_ptr_array_unref);
  g_object_unref (self->store);
  g_free (self);
}
