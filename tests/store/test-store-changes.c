/* test-store-changes.c — the store says which rows every commit wrote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever writes (a repository, a transaction of several saves, a bulk
 * insert, raw SQL, a worker thread on its own connection, another
 * connection on the same file), QsStore::changed names the tables and
 * the rows, once, on the thread that opened the store, and a rollback
 * says nothing.
 */
#include "qs-bulk-insert.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-store.h"

#include "qs-test-util.h"

typedef struct
{
  char      *dir;
  char      *path;
  QsStore   *store;
  GPtrArray *said;    /* QsChangeSet, in order */
  GThread   *said_in; /* the thread of the last emission */
} Fixture;

static void
on_changed_cb (QsStore *store, QsChangeSet *changes, Fixture *fixture)
{
  g_ptr_array_add (fixture->said, qs_change_set_ref (changes));
  fixture->said_in = g_thread_self ();
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = qs_test_make_tmp_dir ("qs-store-changes-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (fixture->path);
  fixture->said = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_change_set_unref);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_ptr_array_unref (fixture->said);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Lets the store say what was committed. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static QsDepartment *
new_department (const char *ref)
{
  QsDepartment *department = qs_department_new ();

  g_object_set (department, "ref", ref, "name", ref, NULL);
  return department;
}

static const char *
id_of (gpointer entity)
{
  return qs_entity_get_id (QS_ENTITY (entity));
}

static QsChangeSet *
said (Fixture *fixture, guint index)
{
  g_assert_cmpuint (index, <, fixture->said->len);
  return g_ptr_array_index (fixture->said, index);
}

/* One save: after the main loop turns, one change naming the row. */
static void
test_save (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) it = new_department ("IT");
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) tables = NULL;

  qs_test_save (fixture->store, it);
  /* Not from inside the write: the caller is told after it returns. */
  g_assert_cmpuint (fixture->said->len, ==, 0);
  drain ();
  g_assert_cmpuint (fixture->said->len, ==, 1);
  g_assert_true (fixture->said_in == g_thread_self ());
  tables = qs_change_set_dup_tables (said (fixture, 0));
  g_assert_cmpstrv (tables, ((const char *[]){ "departments", NULL }));
  ids = qs_change_set_dup_ids (said (fixture, 0), "departments");
  g_assert_cmpstrv (ids, ((const char *[]){ id_of (it), NULL }));
  g_assert_false (qs_change_set_contains (said (fixture, 0), "departments", "another id"));

  /* A tombstone is a change of the same row. */
  g_assert_true (qs_repository_delete (qs_store_get_repository (fixture->store, QS_TYPE_DEPARTMENT),
                                       QS_ENTITY (it), NULL));
  qs_store_flush_changes (fixture->store);
  g_assert_cmpuint (fixture->said->len, ==, 2);
  g_assert_true (qs_change_set_contains (said (fixture, 1), "departments", id_of (it)));
  drain ();
  g_assert_cmpuint (fixture->said->len, ==, 2);
}

/* A transaction is said once, whole; a rollback is not said. */
static void
test_transaction (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) it = new_department ("IT");
  g_autoptr (QsDepartment) hr = new_department ("HR");
  g_autoptr (QsDepartment) lost = new_department ("LOST");
  g_autoptr (QsClient) alice = qs_client_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) tables = NULL;

  g_object_set (alice, "given-name", "Alice", "family-name", "Martin", NULL);
  g_assert_true (qs_store_begin (fixture->store, &error));
  qs_test_save (fixture->store, it);
  qs_test_save (fixture->store, hr);
  qs_test_save (fixture->store, alice);
  g_assert_true (qs_store_commit (fixture->store, &error));
  drain ();
  g_assert_cmpuint (fixture->said->len, ==, 1);
  tables = qs_change_set_dup_tables (said (fixture, 0));
  g_assert_cmpstrv (tables, ((const char *[]){ "clients", "departments", NULL }));
  ids = qs_change_set_dup_ids (said (fixture, 0), "departments");
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_true (g_strv_contains ((const char *const *) ids, id_of (it)));
  g_assert_true (g_strv_contains ((const char *const *) ids, id_of (hr)));

  g_assert_true (qs_store_begin (fixture->store, &error));
  qs_test_save (fixture->store, lost);
  qs_store_rollback (fixture->store);
  drain ();
  g_assert_cmpuint (fixture->said->len, ==, 1);
}

/* A bulk insert of more rows than a change set lists: the whole table. */
static void
test_bulk_insert (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsBulkInsert *bulk;

  g_assert_true (qs_store_begin (fixture->store, &error));
  bulk = qs_bulk_insert_new (fixture->store, QS_TYPE_DEPARTMENT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < QS_CHANGE_SET_MAX_IDS + 1; i++)
    {
      g_autofree char *id = g_uuid_string_random ();
      g_autofree char *ref = g_strdup_printf ("D%u", i);

      qs_bulk_insert_set_string (bulk, QS_DEPARTMENT_FIELD_REF, ref);
      qs_bulk_insert_set_string (bulk, QS_DEPARTMENT_FIELD_NAME, ref);
      g_assert_true (qs_bulk_insert_row (bulk, id, 1, 1, &error));
    }
  g_assert_true (qs_bulk_insert_finish (bulk, &error));
  qs_bulk_insert_free (bulk);
  g_assert_true (qs_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (fixture->said->len, ==, 1);
  g_assert_true (qs_change_set_is_whole_table (said (fixture, 0), "departments"));
  g_assert_null (qs_change_set_dup_ids (said (fixture, 0), "departments"));
}

/* SQL that no repository wrote is seen too. */
static void
test_raw_sql (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) it = new_department ("IT");
  g_autoptr (GError) error = NULL;

  qs_test_save (fixture->store, it);
  drain ();
  g_assert_true (
    qs_store_exec (fixture->store, "UPDATE departments SET name = 'Informatique'", &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (fixture->said->len, ==, 2);
  g_assert_true (qs_change_set_contains (said (fixture, 1), "departments", id_of (it)));
}

static gpointer
write_in_thread (gpointer data)
{
  const char *path = data;
  g_autoptr (QsStore) store = qs_test_open_store (path);
  g_autoptr (QsDepartment) hr = new_department ("HR");

  qs_test_save (store, hr);
  return g_strdup (id_of (hr));
}

/* Another connection: its own store says what it wrote, on the thread
 * that iterates the main context; the first store learns which table
 * changed when it looks. */
static void
test_other_connection (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  GThread         *thread;

  /* Nothing changed yet: nothing to say. */
  g_assert_false (qs_store_check_foreign_changes (fixture->store, &error));
  g_assert_no_error (error);

  thread = g_thread_new ("writer", write_in_thread, fixture->path);
  id = g_thread_join (thread);
  g_assert_cmpuint (fixture->said->len, ==, 0);

  g_assert_true (qs_store_check_foreign_changes (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->said->len, ==, 1);
  g_assert_true (qs_change_set_is_whole_table (said (fixture, 0), "departments"));
  g_assert_false (qs_change_set_has_table (said (fixture, 0), "clients"));
  g_assert_true (qs_change_set_contains (said (fixture, 0), "departments", id));

  /* Once known, not said again; and our own writes are said by the
   * hooks, not as another connection's. */
  g_assert_false (qs_store_check_foreign_changes (fixture->store, &error));
  {
    g_autoptr (QsDepartment) it = new_department ("IT");

    qs_test_save (fixture->store, it);
  }
  g_assert_false (qs_store_check_foreign_changes (fixture->store, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (fixture->said->len, ==, 2);
  g_assert_false (qs_change_set_is_whole_table (said (fixture, 1), "departments"));
}

typedef struct
{
  gboolean done;
  gboolean changed;
  GError  *error;
} Look;

static void
on_look_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  Look *look = data;

  look->changed = qs_store_check_foreign_changes_finish (QS_STORE (source), result, &look->error);
  look->done = TRUE;
}

static gboolean
look_async (Fixture *fixture)
{
  Look look = { 0 };

  qs_store_check_foreign_changes_async (fixture->store, on_look_done_cb, &look);
  while (!look.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (look.error);
  return look.changed;
}

/* The look that does not make the window wait says the same as the other,
 * from a worker thread, and a second look asked for while one is under
 * way finds nothing rather than reading everything twice. */
static void
test_other_connection_async (Fixture *fixture, gconstpointer data)
{
  g_autofree char *id = NULL;
  Look             first = { 0 }, second = { 0 };
  GThread         *thread;

  g_assert_false (look_async (fixture));

  thread = g_thread_new ("writer", write_in_thread, fixture->path);
  id = g_thread_join (thread);
  g_assert_cmpuint (fixture->said->len, ==, 0);

  qs_store_check_foreign_changes_async (fixture->store, on_look_done_cb, &first);
  qs_store_check_foreign_changes_async (fixture->store, on_look_done_cb, &second);
  while (!first.done || !second.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (first.error);
  g_assert_no_error (second.error);
  g_assert_true (first.changed);
  g_assert_false (second.changed);
  g_assert_cmpuint (fixture->said->len, ==, 1);
  g_assert_true (qs_change_set_is_whole_table (said (fixture, 0), "departments"));
  g_assert_false (qs_change_set_has_table (said (fixture, 0), "clients"));
  g_assert_true (qs_change_set_contains (said (fixture, 0), "departments", id));

  /* Once known, not said again. */
  g_assert_false (look_async (fixture));
  g_assert_cmpuint (fixture->said->len, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-changes/save", test_save);
  ADD ("/store-changes/transaction", test_transaction);
  ADD ("/store-changes/bulk-insert", test_bulk_insert);
  ADD ("/store-changes/raw-sql", test_raw_sql);
  ADD ("/store-changes/other-connection", test_other_connection);
  ADD ("/store-changes/other-connection-async", test_other_connection_async);
#undef ADD

  return g_test_run ();
}
