/* test-bulk-session.c — QsBulkSession: settings put back, search indexes right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "qs-bulk-session.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"

#include "qs-test-util.h"

/* 2026-03-02 12:00 UTC. */
#define NOON ((gint64) 1772452800 * G_USEC_PER_SEC)

typedef struct
{
  char    *dir;
  char    *path;
  QsStore *store;
} Fixture;

/* What a session may change, as the connection says it. */
typedef struct
{
  gint64 cache_size;
  gint64 temp_store;
  gint64 foreign_keys;
  gint64 synchronous;
  gint64 mmap_size;
  gint64 threads;
  gint64 wal; /* 1 if the journal is the write-ahead log */
} Settings;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = qs_test_make_tmp_dir ("qs-bulk-session-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (fixture->path);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
query (QsStore *store, const char *sql)
{
  g_autoptr (GError) error = NULL;
  gint64 value = qs_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  return value;
}

static void
read_settings (QsStore *store, Settings *settings)
{
  settings->cache_size = query (store, "PRAGMA cache_size");
  settings->temp_store = query (store, "PRAGMA temp_store");
  settings->foreign_keys = query (store, "PRAGMA foreign_keys");
  settings->synchronous = query (store, "PRAGMA synchronous");
  settings->mmap_size = query (store, "PRAGMA mmap_size");
  settings->threads = query (store, "PRAGMA threads");
  settings->wal = query (store, "SELECT journal_mode = 'wal' FROM pragma_journal_mode");
}

/* The settings a store opens with (qs_store_open()): what every session
 * must leave behind. */
static void
assert_store_settings (QsStore *store, const Settings *before)
{
  Settings now;

  read_settings (store, &now);
  g_assert_cmpint (now.cache_size, ==, before->cache_size);
  g_assert_cmpint (now.temp_store, ==, before->temp_store);
  g_assert_cmpint (now.foreign_keys, ==, before->foreign_keys);
  g_assert_cmpint (now.synchronous, ==, before->synchronous);
  g_assert_cmpint (now.mmap_size, ==, before->mmap_size);
  g_assert_cmpint (now.threads, ==, before->threads);
  g_assert_cmpint (now.wal, ==, before->wal);
  /* And those are the store's: WAL, foreign keys, NORMAL, files. */
  g_assert_cmpint (now.wal, ==, 1);
  g_assert_cmpint (now.foreign_keys, ==, 1);
  g_assert_cmpint (now.synchronous, ==, 1);
  g_assert_cmpint (now.temp_store, ==, 1);
}

static const QsBulkSessionFlags every_flag = QS_BULK_SESSION_TEMP_IN_MEMORY |
                                             QS_BULK_SESSION_UNCHECKED | QS_BULK_SESSION_FILL |
                                             QS_BULK_SESSION_DEFER_SEARCH;

/* Inside a session with every flag and a cache of 64 MiB. */
static void
assert_session_settings (QsStore *store)
{
  Settings now;

  read_settings (store, &now);
  g_assert_cmpint (now.cache_size, ==, -65536);
  g_assert_cmpint (now.temp_store, ==, 2);
  g_assert_cmpint (now.foreign_keys, ==, 0);
  g_assert_cmpint (now.synchronous, ==, 0);
  /* 8 GiB asked, as much as SQLite was built to allow given. */
  g_assert_cmpint (now.mmap_size, >, 0);
  g_assert_cmpint (now.wal, ==, 0);
  g_assert_cmpint (query (store, "SELECT journal_mode = 'delete' FROM pragma_journal_mode"), ==, 1);
  g_assert_cmpint (query (store,
                          "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                          " AND name IN ('requests_fts_insert', 'request_history_fts_insert')"),
                   ==, 0);
}

static gint64
count_search_triggers (QsStore *store)
{
  return query (store, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                       " AND name IN ('requests_fts_insert', 'request_history_fts_insert')");
}

static QsEntity *
add_request (QsStore *store, const char *ref, const char *subject, gint64 deleted_at)
{
  QsEntity *request = qs_entity_new (QS_TYPE_REQUEST);

  g_object_set (request, "ref", ref, "subject", subject, "received-at", NOON, NULL);
  qs_entity_set_deleted_at (request, deleted_at);
  qs_test_save (store, request);
  return request;
}

static void
add_note (QsStore *store, QsEntity *request, const char *note)
{
  g_autoptr (QsEntity) event = qs_entity_new (QS_TYPE_REQUEST_EVENT);

  g_object_set (event, "request-id", qs_entity_get_id (request), "at", NOON, "note", note, NULL);
  qs_test_save (store, event);
}

/* The rowids of the history index, in order, as text: "65536 65537". */
static char *
history_rowids (QsStore *store)
{
  g_autoptr (GString) text = g_string_new (NULL);
  gint64 n = query (store, "SELECT count(*) FROM request_history_fts");

  for (gint64 i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM request_history_fts ORDER BY rowid"
                                              " LIMIT 1 OFFSET %" G_GINT64_FORMAT,
                                              i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", query (store, sql));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
matches (QsStore *store, const char *table, const char *words)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT count(*) FROM %s WHERE %s MATCH '%s'", table, table, words);

  return query (store, sql);
}

/* Committed: the rows are there, every setting is as it was. */
static void
test_settings_after_commit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (QsEntity) request = NULL;
  g_autoptr (GError) error = NULL;
  Settings before;

  read_settings (fixture->store, &before);
  session = qs_bulk_session_begin (fixture->store, every_flag, 64 * 1024, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  assert_session_settings (fixture->store);

  request = add_request (fixture->store, "REQ-2026-00001", "Broken heating", 0);
  g_assert_true (qs_bulk_session_commit (session, &error));
  g_assert_no_error (error);

  assert_store_settings (fixture->store, &before);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"), ==, 1);
  g_assert_cmpint (count_search_triggers (fixture->store), ==, 2);
  /* Freeing a committed session changes nothing more. */
  g_clear_pointer (&session, qs_bulk_session_free);
  assert_store_settings (fixture->store, &before);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"), ==, 1);
}

/* Freed without a commit (the writer failed): nothing written, every
 * setting and trigger as it was. */
static void
test_settings_after_rollback (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (QsEntity) request = NULL;
  g_autoptr (GError) error = NULL;
  Settings before;

  read_settings (fixture->store, &before);
  session = qs_bulk_session_begin (fixture->store, every_flag, 64 * 1024, &error);
  g_assert_no_error (error);
  assert_session_settings (fixture->store);
  request = add_request (fixture->store, "REQ-2026-00001", "Broken heating", 0);
  g_clear_pointer (&session, qs_bulk_session_free);

  assert_store_settings (fixture->store, &before);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"), ==, 0);
  g_assert_cmpint (count_search_triggers (fixture->store), ==, 2);
}

/* The commit itself fails (a reference to no row, found by SQLite at the
 * commit): rolled back, every setting and trigger as it was. */
static void
test_settings_after_failed_commit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (QsEntity) request = NULL;
  g_autoptr (QsEntity) event = qs_entity_new (QS_TYPE_REQUEST_EVENT);
  g_autoptr (GError) error = NULL;
  Settings before;

  read_settings (fixture->store, &before);
  session = qs_bulk_session_begin (fixture->store,
                                   QS_BULK_SESSION_TEMP_IN_MEMORY | QS_BULK_SESSION_FILL |
                                     QS_BULK_SESSION_DEFER_SEARCH,
                                   64 * 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture->store, "PRAGMA cache_size"), ==, -65536);
  g_assert_cmpint (query (fixture->store, "PRAGMA temp_store"), ==, 2);
  /* Checked: not asked otherwise. */
  g_assert_cmpint (query (fixture->store, "PRAGMA foreign_keys"), ==, 1);

  request = add_request (fixture->store, "REQ-2026-00001", "Broken heating", 0);
  g_object_set (event, "request-id", "no-such-request", "at", NOON, "note", "Called back", NULL);
  qs_test_save (fixture->store, event);
  g_assert_false (qs_bulk_session_commit (session, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);

  assert_store_settings (fixture->store, &before);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"), ==, 0);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM request_events"), ==, 0);
  g_assert_cmpint (count_search_triggers (fixture->store), ==, 2);
  g_clear_pointer (&session, qs_bulk_session_free);
  assert_store_settings (fixture->store, &before);
}

/* Another program holds the write lock: the session cannot start, and
 * the settings it changed before trying are put back. */
static void
test_settings_after_busy (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) theirs = qs_test_open_store (fixture->path);
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (GError) error = NULL;
  Settings before;

  read_settings (fixture->store, &before);
  g_assert_true (qs_store_begin (theirs, &error));
  g_assert_no_error (error);
  session = qs_bulk_session_begin (
    fixture->store, QS_BULK_SESSION_TEMP_IN_MEMORY | QS_BULK_SESSION_UNCHECKED, 64 * 1024, &error);
  g_assert_null (session);
  g_assert_error (error, QS_ERROR, QS_ERROR_BUSY);
  assert_store_settings (fixture->store, &before);
  qs_store_rollback (theirs);
}

/* A session asked for more than 256 MiB of cache takes 256 MiB. */
static void
test_cache_capped (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (GError) error = NULL;
  Settings before;

  read_settings (fixture->store, &before);
  session =
    qs_bulk_session_begin (fixture->store, QS_BULK_SESSION_DEFAULT, 4 * 1024 * 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture->store, "PRAGMA cache_size"), ==, -262144);
  /* Nothing else changes. */
  g_assert_cmpint (query (fixture->store, "PRAGMA temp_store"), ==, 1);
  g_assert_cmpint (query (fixture->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count_search_triggers (fixture->store), ==, 2);
  g_assert_true (qs_bulk_session_commit (session, &error));
  g_assert_no_error (error);
  assert_store_settings (fixture->store, &before);
}

/* Inside a transaction, a session is a savepoint: the connection's
 * settings stay, what it wrote is committed with the transaction. */
static void
test_nested (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (QsEntity) first = NULL;
  g_autoptr (QsEntity) second = NULL;
  g_autoptr (GError) error = NULL;
  Settings before;

  read_settings (fixture->store, &before);
  g_assert_true (qs_store_begin (fixture->store, &error));
  first = add_request (fixture->store, "REQ-2026-00001", "Broken heating", 0);

  session = qs_bulk_session_begin (fixture->store, every_flag, 64 * 1024, &error);
  g_assert_no_error (error);
  assert_store_settings (fixture->store, &before);
  second = add_request (fixture->store, "REQ-2026-00002", "Leaking roof", 0);
  g_assert_true (qs_bulk_session_commit (session, &error));
  g_assert_no_error (error);
  g_assert_true (qs_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  assert_store_settings (fixture->store, &before);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"), ==, 2);
  g_assert_cmpint (matches (fixture->store, "requests_fts", "heating OR roof"), ==, 2);
}

/* A database of a newer schema is read-only: no session, nothing changed. */
static void
test_read_only (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (GError) error = NULL;
  Settings before;

  g_assert_true (qs_store_exec (fixture->store, "PRAGMA user_version = 99", &error));
  g_clear_object (&fixture->store);
  fixture->store = qs_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (qs_store_is_read_only (fixture->store));

  read_settings (fixture->store, &before);
  session = qs_bulk_session_begin (fixture->store, every_flag, 64 * 1024, &error);
  g_assert_null (session);
  g_assert_error (error, QS_ERROR, QS_ERROR_READ_ONLY);
  g_assert_cmpint (query (fixture->store, "PRAGMA cache_size"), ==, before.cache_size);
  g_assert_cmpint (query (fixture->store, "PRAGMA mmap_size"), ==, before.mmap_size);
}

/* A fill of an empty database: the indexes hold what the triggers would
 * have put in them, and the triggers are back for what comes after. */
static void
test_search_after_fill (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (QsEntity) heating = NULL;
  g_autoptr (QsEntity) roof = NULL;
  g_autoptr (QsEntity) gone = NULL;
  g_autoptr (QsEntity) later = NULL;
  g_autoptr (QsEntity) silent = qs_entity_new (QS_TYPE_REQUEST_EVENT);
  g_autoptr (GError) error = NULL;
  g_autofree char *rowids = NULL;

  session = qs_bulk_session_begin (fixture->store, every_flag, 64 * 1024, &error);
  g_assert_no_error (error);
  heating = add_request (fixture->store, "REQ-2026-00001", "Broken heating", 0); /* rowid 1 */
  roof = add_request (fixture->store, "REQ-2026-00002", "Leaking roof", 0);      /* rowid 2 */
  gone = add_request (fixture->store, "REQ-2026-00003", "Noisy printer", NOON);  /* tombstone */
  add_note (fixture->store, heating, "Technician booked");
  add_note (fixture->store, roof, "Waiting for the roofer");
  add_note (fixture->store, heating, "Radiator replaced");
  add_note (fixture->store, gone, "Printer moved");
  /* An event without a note is not in the index. */
  g_object_set (silent, "request-id", qs_entity_get_id (roof), "at", NOON, NULL);
  qs_test_save (fixture->store, silent);
  /* Nothing is indexed before the commit. */
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM request_history_fts"), ==, 0);
  g_assert_true (qs_bulk_session_commit (session, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_search_triggers (fixture->store), ==, 2);
  /* The requests, the tombstone left out; the external content agrees. */
  g_assert_cmpint (matches (fixture->store, "requests_fts", "heating"), ==, 1);
  g_assert_cmpint (matches (fixture->store, "requests_fts", "roof"), ==, 1);
  g_assert_cmpint (matches (fixture->store, "requests_fts", "printer"), ==, 0);
  /* Notes: rowid = request rowid × 65,536 + the note's rank in its request. */
  rowids = history_rowids (fixture->store);
  g_assert_cmpstr (rowids, ==, "65536 65537 131072");
  g_assert_cmpint (query (fixture->store, "SELECT rowid FROM request_history_fts"
                                          " WHERE request_history_fts MATCH 'radiator'"),
                   ==, 65537);
  g_assert_cmpint (query (fixture->store, "SELECT rowid FROM request_history_fts"
                                          " WHERE request_history_fts MATCH 'roofer'"),
                   ==, 131072);
  g_assert_cmpint (matches (fixture->store, "request_history_fts", "printer"), ==, 0);

  /* Afterwards the triggers index as before. */
  later = add_request (fixture->store, "REQ-2026-00004", "Broken window", 0);
  add_note (fixture->store, roof, "Roof repaired");
  g_assert_cmpint (matches (fixture->store, "requests_fts", "broken"), ==, 2);
  g_assert_cmpint (query (fixture->store, "SELECT rowid FROM request_history_fts"
                                          " WHERE request_history_fts MATCH 'repaired'"),
                   ==, 131073);
}

/* A session over a database that has requests: their notes keep their
 * entries, a new note of an earlier request ranks after them, and the
 * indexes of new requests start at rank 0. */
static void
test_search_after_existing (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (QsEntity) heating = NULL;
  g_autoptr (QsEntity) roof = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *rowids = NULL;

  heating = add_request (fixture->store, "REQ-2026-00001", "Broken heating", 0); /* rowid 1 */
  add_note (fixture->store, heating, "Technician booked");                       /* 65536 */

  session = qs_bulk_session_begin (fixture->store, QS_BULK_SESSION_DEFER_SEARCH, 0, &error);
  g_assert_no_error (error);
  add_note (fixture->store, heating, "Radiator replaced");
  roof = add_request (fixture->store, "REQ-2026-00002", "Leaking roof", 0); /* rowid 2 */
  add_note (fixture->store, roof, "Waiting for the roofer");
  add_note (fixture->store, heating, "Client thanked us");
  add_note (fixture->store, roof, "Roof repaired");
  g_assert_true (qs_bulk_session_commit (session, &error));
  g_assert_no_error (error);

  rowids = history_rowids (fixture->store);
  g_assert_cmpstr (rowids, ==, "65536 65537 65538 131072 131073");
  g_assert_cmpint (query (fixture->store, "SELECT rowid FROM request_history_fts"
                                          " WHERE request_history_fts MATCH 'technician'"),
                   ==, 65536);
  g_assert_cmpint (query (fixture->store, "SELECT rowid FROM request_history_fts"
                                          " WHERE request_history_fts MATCH 'radiator'"),
                   ==, 65537);
  g_assert_cmpint (query (fixture->store, "SELECT rowid FROM request_history_fts"
                                          " WHERE request_history_fts MATCH 'thanked'"),
                   ==, 65538);
  g_assert_cmpint (query (fixture->store, "SELECT rowid FROM request_history_fts"
                                          " WHERE request_history_fts MATCH 'repaired'"),
                   ==, 131073);
  /* Each request once in the requests' index, the earlier one kept. */
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests_fts"), ==, 2);
  g_assert_cmpint (matches (fixture->store, "requests_fts", "heating"), ==, 1);
  g_assert_cmpint (matches (fixture->store, "requests_fts", "roof"), ==, 1);
  g_assert_true (qs_store_exec (
    fixture->store, "INSERT INTO requests_fts (requests_fts) VALUES ('integrity-check')", &error));
  g_assert_no_error (error);
}

/* The names requests are sorted by are filled at the commit too, from
 * the people written in the same session, and kept as usual afterwards. */
static void
test_sort_names_after_fill (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsBulkSession) session = NULL;
  g_autoptr (QsEntity) person = qs_entity_new (QS_TYPE_CLIENT);
  g_autoptr (QsEntity) request = NULL;
  g_autoptr (GError) error = NULL;

  session = qs_bulk_session_begin (fixture->store, every_flag, 64 * 1024, &error);
  g_assert_no_error (error);
  g_object_set (person, "given-name", "Zoé", "family-name", "Martin", NULL);
  qs_test_save (fixture->store, person);
  /* Written once, with its client: only the fill can name it. */
  request = qs_entity_new (QS_TYPE_REQUEST);
  g_object_set (request, "ref", "REQ-2026-00001", "subject", "Broken heating", "received-at", NOON,
                "client-id", qs_entity_get_id (person), "assignee-id", qs_entity_get_id (person),
                NULL);
  qs_test_save (fixture->store, request);
  g_assert_cmpint (
    query (fixture->store, "SELECT count(*) FROM requests WHERE client_sort IS NULL"), ==, 1);
  g_assert_true (qs_bulk_session_commit (session, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"
                                          " WHERE client_sort = 'Martin' || char (1) || 'Zoé'"
                                          " AND assignee_sort = client_sort"),
                   ==, 1);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM sqlite_master"
                                          " WHERE name = 'requests_sort_names_insert'"),
                   ==, 1);
  g_object_set (person, "family-name", "Abadie", NULL);
  qs_test_save (fixture->store, person);
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"
                                          " WHERE client_sort = 'Abadie' || char (1) || 'Zoé'"),
                   ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/bulk-session/settings-after-commit", Fixture, NULL, fixture_set_up,
              test_settings_after_commit, fixture_tear_down);
  g_test_add ("/bulk-session/settings-after-rollback", Fixture, NULL, fixture_set_up,
              test_settings_after_rollback, fixture_tear_down);
  g_test_add ("/bulk-session/settings-after-failed-commit", Fixture, NULL, fixture_set_up,
              test_settings_after_failed_commit, fixture_tear_down);
  g_test_add ("/bulk-session/settings-after-busy", Fixture, NULL, fixture_set_up,
              test_settings_after_busy, fixture_tear_down);
  g_test_add ("/bulk-session/cache-capped", Fixture, NULL, fixture_set_up, test_cache_capped,
              fixture_tear_down);
  g_test_add ("/bulk-session/nested", Fixture, NULL, fixture_set_up, test_nested,
              fixture_tear_down);
  g_test_add ("/bulk-session/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);
  g_test_add ("/bulk-session/sort-names-after-fill", Fixture, NULL, fixture_set_up,
              test_sort_names_after_fill, fixture_tear_down);
  g_test_add ("/bulk-session/search-after-fill", Fixture, NULL, fixture_set_up,
              test_search_after_fill, fixture_tear_down);
  g_test_add ("/bulk-session/search-after-existing", Fixture, NULL, fixture_set_up,
              test_search_after_existing, fixture_tear_down);

  return g_test_run ();
}
