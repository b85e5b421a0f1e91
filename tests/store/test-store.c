/* test-store.c — QsStore and QsRepository on a real SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-store.h"

#include "qs-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qs-store-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder that does not exist yet: the store creates it. */
  fixture->path = g_build_filename (fixture->dir, "sub", "qualserv.db", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static QsRequest *
make_request (const char *ref)
{
  QsRequest *request = qs_request_new ();

  g_object_set (request, "ref", ref, "subject", "Accès au dossier partagé", "received-at",
                (gint64) 1767261600000000, NULL);
  return request;
}

static gint64
count_rows (QsStore *store, const char *table)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  gint64           n = qs_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  return n;
}

static void
test_store_create (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  /* Made and migrated here, not copied as qs_test_open_store() does. */
  g_autoptr (QsStore) store = qs_store_open (fixture->path, &error);
  GStatBuf     st;
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  g_assert_no_error (error);
  g_assert_cmpint (qs_store_get_schema_version (store), ==, QS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (qs_store_query_int (store, "PRAGMA user_version", &error), ==,
                   QS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (qs_store_query_int (store, "PRAGMA foreign_keys", &error), ==, 1);
  g_assert_cmpint (qs_store_query_int (store, "PRAGMA busy_timeout", &error), >=, 1000);
  /* synchronous: NORMAL is 1, FULL 2. */
  g_assert_cmpint (qs_store_query_int (store, "PRAGMA synchronous", &error), >=, 1);
  g_assert_cmpint (
    qs_store_query_int (store, "SELECT journal_mode = 'wal' FROM pragma_journal_mode", &error), ==,
    1);
  /* Sorts spill to temporary files, not to memory that stays resident:
   * 1 is FILE. */
  g_assert_cmpint (qs_store_query_int (store, "PRAGMA temp_store", &error), ==, 1);
  g_assert_false (qs_store_is_read_only (store));

  /* Personal data: readable by its owner only. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr (QsEntityClass) klass = g_type_class_ref (types[i]);
      g_assert_cmpint (count_rows (store, qs_entity_class_get_table (klass)), ==, 0);
    }
}

/* The schema and the field tables are written apart: they must agree. */
static void
test_store_schema_matches_fields (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);
  sqlite3     *db;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr (QsEntityClass) klass = g_type_class_ref (types[i]);
      g_autofree char *sql = g_strdup_printf (
        "SELECT name FROM pragma_table_info('%s') ORDER BY cid", qs_entity_class_get_table (klass));
      const char    *base[] = { "id", "created_at", "updated_at", "deleted_at" };
      guint          n_fields;
      const QsField *fields = qs_entity_class_get_fields (klass, &n_fields);
      sqlite3_stmt  *stmt;
      guint          column = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 0);
          const char *expected;

          /* Besides the fields, only what the schema derives, which no
           * entity reads or writes: names to sort by (data/sql/011.sql),
           * an answer's copy of its response (014.sql), how long a
           * request took (017.sql). */
          if (g_str_has_suffix (name, "_sort") || g_str_has_suffix (name, "_business_us") ||
              g_str_equal (name, "reopened_count") ||
              (g_str_has_prefix (name, "response_") && !g_str_equal (name, "response_id")))
            continue;
          g_assert_cmpuint (column, <, 4 + n_fields);
          expected = column < 4 ? base[column] : fields[column - 4].name;
          g_assert_cmpstr (name, ==, expected);
          column++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (column, ==, 4 + n_fields);
    }
  sqlite3_close (db);
}

static void
test_store_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsRepository *commitments = qs_store_get_repository (store, QS_TYPE_COMMITMENT);
  QsRepository *charters = qs_store_get_repository (store, QS_TYPE_CHARTER);
  QsRepository *departments = qs_store_get_repository (store, QS_TYPE_DEPARTMENT);
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (QsCharter) charter = qs_charter_new ();
  g_autoptr (QsCommitment) commitment = qs_commitment_new ();
  g_autoptr (QsEntity) loaded = NULL;
  g_autoptr (GError) error = NULL;
  gint64 created, updated;

  g_object_set (department, "ref", "DRH", "name", "Ressources humaines", "is-provider", TRUE, NULL);
  g_object_set (charter, "ref", "CH-DRH", "version", (gint64) 2, "department-id",
                qs_entity_get_id (QS_ENTITY (department)), "status", QS_CHARTER_STATUS_DRAFT,
                "title-fr", "Charte de services", "review-date", "2027-03-31", NULL);
  g_object_set (commitment, "charter-id", qs_entity_get_id (QS_ENTITY (charter)), "category",
                QS_CATEGORY_AVAILABILITY, "metric", QS_METRIC_ACKNOWLEDGEMENT, "target-value", 24.0,
                "target-unit", QS_DURATION_UNIT_BUSINESS_HOURS, "channel", QS_CHANNEL_EMAIL,
                "text-fr", "Accuser réception des courriels en 24 heures ouvrables, « sans faute »",
                NULL);

  g_assert_true (qs_repository_save (departments, QS_ENTITY (department), &error));
  g_assert_true (qs_repository_save (charters, QS_ENTITY (charter), &error));
  g_assert_true (qs_repository_save (commitments, QS_ENTITY (commitment), &error));
  g_assert_no_error (error);
  created = qs_entity_get_created_at (QS_ENTITY (commitment));
  g_assert_cmpint (created, >, 0);

  loaded = qs_repository_find (commitments, qs_entity_get_id (QS_ENTITY (commitment)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (qs_entity_get_enum (loaded, QS_COMMITMENT_FIELD_CATEGORY), ==,
                   QS_CATEGORY_AVAILABILITY);
  g_assert_cmpint (qs_entity_get_enum (loaded, QS_COMMITMENT_FIELD_CHANNEL), ==, QS_CHANNEL_EMAIL);
  g_assert_cmpfloat (qs_entity_get_double (loaded, QS_COMMITMENT_FIELD_TARGET_VALUE), ==, 24.0);
  g_assert_true (isnan (qs_entity_get_double (loaded, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT)));
  g_assert_cmpstr (qs_entity_get_string (loaded, QS_COMMITMENT_FIELD_TEXT_FR), ==,
                   "Accuser réception des courriels en 24 heures ouvrables, « sans faute »");
  g_assert_null (qs_entity_get_string (loaded, QS_COMMITMENT_FIELD_TEXT_EN));
  g_assert_cmpint (qs_entity_get_created_at (loaded), ==, created);

  /* An update keeps the birth date and moves updated_at on. */
  updated = qs_entity_get_updated_at (loaded);
  qs_entity_set_double (loaded, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, 95.0);
  g_assert_true (qs_repository_save (commitments, loaded, &error));
  g_clear_object (&loaded);
  loaded = qs_repository_find (commitments, qs_entity_get_id (QS_ENTITY (commitment)), &error);
  g_assert_cmpfloat (qs_entity_get_double (loaded, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT), ==,
                     95.0);
  g_assert_cmpint (qs_entity_get_created_at (loaded), ==, created);
  g_assert_cmpint (qs_entity_get_updated_at (loaded), >, updated);
  g_assert_cmpint (count_rows (store, "commitments"), ==, 1);

  /* Deleting leaves a tombstone: the row stays, lists skip it. */
  g_assert_true (qs_repository_delete (commitments, loaded, &error));
  g_assert_cmpint (count_rows (store, "commitments"), ==, 1);
  g_assert_cmpint (qs_repository_count (commitments, NULL, NULL, QS_QUERY_DEFAULT, &error), ==, 0);
  g_assert_cmpint (qs_repository_count (commitments, NULL, NULL, QS_QUERY_INCLUDE_DELETED, &error),
                   ==, 1);
  g_clear_object (&loaded);
  loaded = qs_repository_find (commitments, qs_entity_get_id (QS_ENTITY (commitment)), &error);
  g_assert_true (qs_entity_is_deleted (loaded));

  g_clear_object (&loaded);
  loaded = qs_repository_find (commitments, "no-such-id", &error);
  g_assert_null (loaded);
  g_assert_error (error, QS_ERROR, QS_ERROR_NOT_FOUND);
}

static void
test_store_invalid_not_saved (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsRepository *requests = qs_store_get_repository (store, QS_TYPE_REQUEST);
  g_autoptr (QsRequest) request = make_request ("REQ-2026-00001");
  g_autoptr (GError) error = NULL;

  g_object_set (request, "subject", "", NULL);
  g_assert_false (qs_repository_save (requests, QS_ENTITY (request), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "subject"));
  g_assert_cmpint (count_rows (store, "requests"), ==, 0);
  g_clear_error (&error);

  /* A reference to nothing is refused by the database itself. */
  g_object_set (request, "subject", "Badge", "client-id", "nobody", NULL);
  g_assert_false (qs_repository_save (requests, QS_ENTITY (request), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_assert_cmpint (count_rows (store, "requests"), ==, 0);
}

/* A multi-row write that fails midway leaves nothing behind. The failure is
 * a real one, raised by SQLite from a trigger on the third row. */
static void
test_store_atomic_save_all (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsRepository *requests = qs_store_get_repository (store, QS_TYPE_REQUEST);
  g_autoptr (GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;

  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *ref = g_strdup_printf ("REQ-2026-%05u", i);
      g_ptr_array_add (batch, make_request (ref));
    }

  g_assert_true (qs_store_exec (store,
                                "CREATE TEMP TRIGGER fail_third BEFORE INSERT ON requests "
                                "WHEN NEW.ref = 'REQ-2026-00003' "
                                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                                &error));
  g_assert_false (qs_repository_save_all (requests, batch, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "injected failure"));
  g_assert_cmpint (count_rows (store, "requests"), ==, 0);
  g_clear_error (&error);

  g_assert_true (qs_store_exec (store, "DROP TRIGGER fail_third", &error));
  g_assert_true (qs_repository_save_all (requests, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "requests"), ==, 5);
}

static void
test_store_nested_transactions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsRepository *requests = qs_store_get_repository (store, QS_TYPE_REQUEST);
  g_autoptr (QsRequest) kept = make_request ("REQ-2026-00001");
  g_autoptr (QsRequest) undone = make_request ("REQ-2026-00002");
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_store_begin (store, &error));
  g_assert_true (qs_repository_save (requests, QS_ENTITY (kept), &error));
  g_assert_true (qs_store_begin (store, &error));
  g_assert_true (qs_repository_save (requests, QS_ENTITY (undone), &error));
  qs_store_rollback (store);
  g_assert_true (qs_store_commit (store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (store, "requests"), ==, 1);
  g_assert_cmpint (qs_repository_count (requests, "ref = ?",
                                        g_variant_new ("(s)", "REQ-2026-00001"), QS_QUERY_DEFAULT,
                                        &error),
                   ==, 1);
}

static void
test_store_newer_is_read_only (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  g_autoptr (QsRequest) request = make_request ("REQ-2026-00001");
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            before_len, after_len;

  g_assert_true (qs_repository_save (qs_store_get_repository (store, QS_TYPE_REQUEST),
                                     QS_ENTITY (request), &error));
  /* What a future QualServ would leave behind. */
  g_assert_true (
    qs_store_exec (store, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE)", &error));
  g_clear_object (&store);
  g_assert_true (g_file_get_contents (fixture->path, &before, &before_len, NULL));

  store = qs_test_open_store (fixture->path);
  g_assert_true (qs_store_is_read_only (store));
  g_assert_cmpint (qs_store_get_schema_version (store), ==, 99);
  g_assert_nonnull (strstr (qs_store_get_read_only_reason (store), "newer version"));
  /* Still readable. */
  g_assert_cmpint (qs_repository_count (qs_store_get_repository (store, QS_TYPE_REQUEST), NULL,
                                        NULL, QS_QUERY_DEFAULT, &error),
                   ==, 1);

  g_object_set (request, "subject", "Changed", NULL);
  g_assert_false (qs_repository_save (qs_store_get_repository (store, QS_TYPE_REQUEST),
                                      QS_ENTITY (request), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (qs_store_begin (store, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_READ_ONLY);
  g_clear_object (&store);

  /* Not one byte changed, and no migration ran. */
  g_assert_true (g_file_get_contents (fixture->path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_store_not_a_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsStore) store = NULL;

  g_assert_true (g_file_set_contents (path,
                                      "These are my notes, not a database.\n"
                                      "They go on for a while so SQLite reads a header.\n",
                                      -1, NULL));
  store = qs_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, QS_ERROR, QS_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "notes.txt"));
}

static void
test_store_check (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  g_autoptr (GString) report = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_store_check (store, report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report->str, ==, "");

  /* A dangling reference written behind the store's back is reported. */
  g_assert_true (qs_store_exec (store,
                                "PRAGMA foreign_keys = OFF;"
                                "INSERT INTO clients (id, created_at, updated_at, department_id) "
                                "VALUES ('c1', 1, 1, 'missing-department');"
                                "PRAGMA foreign_keys = ON;",
                                &error));
  g_assert_false (qs_store_check (store, report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report->str, "clients"));
}

/* Another program holding the write lock: after the busy timeout the user
 * is told, and what they were saving is not half-written. */
static void
test_store_busy (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) ours = qs_test_open_store (fixture->path);
  g_autoptr (QsStore) theirs = qs_test_open_store (fixture->path);
  g_autoptr (QsRequest) request = make_request ("REQ-2026-00001");
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_store_begin (theirs, &error));
  g_assert_false (qs_store_begin (ours, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  g_clear_error (&error);

  qs_store_rollback (theirs);
  g_assert_true (qs_repository_save (qs_store_get_repository (ours, QS_TYPE_REQUEST),
                                     QS_ENTITY (request), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (theirs, "requests"), ==, 1);
}

/* A restore's check: the first row whose reference names no row, a
 * tombstone counting as a row, found before SQLite refuses the commit. */
static void
test_store_find_dangling (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsRepository *events = qs_store_get_repository (store, QS_TYPE_REQUEST_EVENT);
  g_autoptr (QsRequest) withdrawn = make_request ("REQ-2026-00001");
  g_autoptr (QsEntity) kept = qs_entity_new (QS_TYPE_REQUEST_EVENT);
  g_autoptr (QsEntity) orphan = qs_entity_new (QS_TYPE_REQUEST_EVENT);
  g_autoptr (QsEntity) found = NULL;
  g_autoptr (GError) error = NULL;

  qs_entity_set_deleted_at (QS_ENTITY (withdrawn), 1767261600000000);
  qs_test_save (store, withdrawn);
  g_object_set (kept, "request-id", qs_entity_get_id (QS_ENTITY (withdrawn)), "at",
                (gint64) 1767261600000000, NULL);
  qs_test_save (store, kept);

  g_assert_true (
    qs_repository_find_dangling (events, QS_REQUEST_EVENT_FIELD_REQUEST_ID, &found, &error));
  g_assert_no_error (error);
  g_assert_null (found);

  /* References are checked at the commit: until then the row is there. */
  g_assert_true (qs_store_begin (store, &error));
  g_object_set (orphan, "request-id", "no-such-request", "at", (gint64) 1767261600000000, NULL);
  qs_test_save (store, orphan);
  g_assert_true (
    qs_repository_find_dangling (events, QS_REQUEST_EVENT_FIELD_REQUEST_ID, &found, &error));
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (qs_entity_get_id (found), ==, qs_entity_get_id (orphan));
  qs_store_rollback (store);
}

/* Replacing everything: every row goes, tombstones too, and the search
 * index with them; a read-only database refuses. */
static void
test_store_erase_all (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsRepository *requests = qs_store_get_repository (store, QS_TYPE_REQUEST);
  g_autoptr (QsRequest) live = make_request ("REQ-2026-00001");
  g_autoptr (QsRequest) withdrawn = make_request ("REQ-2026-00002");
  g_autoptr (GError) error = NULL;

  qs_entity_set_deleted_at (QS_ENTITY (withdrawn), 1767261600000000);
  qs_test_save (store, live);
  qs_test_save (store, withdrawn);
  g_assert_cmpint (count_rows (store, "requests_fts WHERE requests_fts MATCH 'dossier'"), ==, 1);

  g_assert_true (qs_repository_erase_all (requests, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "requests"), ==, 0);
  g_assert_cmpint (count_rows (store, "requests_fts WHERE requests_fts MATCH 'dossier'"), ==, 0);

  qs_test_save (store, live);
  g_assert_true (qs_store_exec (store, "PRAGMA user_version = 99", &error));
  g_clear_object (&store);
  store = qs_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (
    qs_repository_erase_all (qs_store_get_repository (store, QS_TYPE_REQUEST), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_READ_ONLY);
  g_assert_cmpint (count_rows (store, "requests"), ==, 1);
}

/* A read snapshot does not see what another connection commits meanwhile,
 * and takes no write lock: the other connection can commit. */
static void
test_store_read_snapshot (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) ours = qs_test_open_store (fixture->path);
  g_autoptr (QsStore) theirs = qs_test_open_store (fixture->path);
  g_autoptr (QsRequest) first = make_request ("REQ-2026-00001");
  g_autoptr (QsRequest) second = make_request ("REQ-2026-00002");
  g_autoptr (GError) error = NULL;

  qs_test_save (theirs, first);
  g_assert_true (qs_store_begin_read (ours, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (ours, "requests"), ==, 1);
  qs_test_save (theirs, second);
  g_assert_cmpint (count_rows (ours, "requests"), ==, 1);
  qs_store_end_read (ours);
  g_assert_cmpint (count_rows (ours, "requests"), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/create", test_store_create);
  ADD ("/store/schema-matches-fields", test_store_schema_matches_fields);
  ADD ("/store/round-trip", test_store_round_trip);
  ADD ("/store/invalid-not-saved", test_store_invalid_not_saved);
  ADD ("/store/atomic-save-all", test_store_atomic_save_all);
  ADD ("/store/nested-transactions", test_store_nested_transactions);
  ADD ("/store/newer-is-read-only", test_store_newer_is_read_only);
  ADD ("/store/not-a-database", test_store_not_a_database);
  ADD ("/store/check", test_store_check);
  ADD ("/store/busy", test_store_busy);
  ADD ("/store/find-dangling", test_store_find_dangling);
  ADD ("/store/erase-all", test_store_erase_all);
  ADD ("/store/read-snapshot", test_store_read_snapshot);
#undef ADD

  return g_test_run ();
}
