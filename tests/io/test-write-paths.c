/* test-write-paths.c — every way of writing is heard through the context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo fill, a backup restore, a directory import (in the calling
 * thread and in a worker thread on its own connection) all write through
 * the store; the context says each commit, with the tables and, when they
 * are few, the rows. An export writes nothing and says nothing.
 */
#include <string.h>

#include "qs-backup-reader.h"
#include "qs-backup-writer.h"
#include "qs-client-import.h"
#include "qs-context.h"
#include "qs-demo.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-table-export.h"

#include "qs-test-util.h"

typedef struct
{
  char        *dir;
  QsStore     *store;
  QsContext   *context;
  QsChangeSet *heard; /* all the context said, merged */
  guint        n_heard;
} Fixture;

static void
on_changed_cb (QsContext *context, QsChangeSet *changes, Fixture *fixture)
{
  qs_change_set_merge (fixture->heard, changes);
  fixture->n_heard++;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("qs-write-paths-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  fixture->context = qs_context_new (fixture->store, NULL);
  fixture->heard = qs_change_set_new ();
  g_signal_connect (fixture->context, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  qs_change_set_unref (fixture->heard);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
forget (Fixture *fixture)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  qs_change_set_unref (fixture->heard);
  fixture->heard = qs_change_set_new ();
  fixture->n_heard = 0;
}

static void
hear (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fill_demo (QsStore *store, guint n_requests)
{
  g_autoptr (GError) error = NULL;
  QsDemoOptions options;

  qs_demo_options_init (&options);
  options.n_requests = n_requests;
  g_assert_true (qs_demo_fill (store, &options, &error));
  g_assert_no_error (error);
}

/* The demo fills every domain in one go. */
static void
test_demo (Fixture *fixture, gconstpointer data)
{
  fill_demo (fixture->store, 50);
  hear ();
  g_assert_cmpuint (fixture->n_heard, >, 0);
  g_assert_true (qs_change_set_has_table (fixture->heard, "requests"));
  g_assert_true (qs_change_set_has_table (fixture->heard, "clients"));
  g_assert_true (qs_change_set_has_table (fixture->heard, "departments"));
  g_assert_true (qs_change_set_has_table (fixture->heard, "charters"));
  g_assert_true (qs_change_set_has_table (fixture->heard, "calendars"));
}

/* A restore that replaces everything says every table it wrote. */
static void
test_restore (Fixture *fixture, gconstpointer data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr (QsStore) other = qs_test_open_store (other_path);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GInputStream) in = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;

  fill_demo (other, 20);
  g_assert_true (qs_backup_writer_write (other, out, NULL, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  forget (fixture);

  in = g_memory_input_stream_new_from_bytes (bytes);
  g_assert_true (qs_backup_reader_restore (fixture->store, in, "backup.json",
                                           QS_BACKUP_READER_REPLACE, NULL, NULL, &error));
  g_assert_no_error (error);
  hear ();
  g_assert_cmpuint (fixture->n_heard, ==, 1);
  g_assert_true (qs_change_set_has_table (fixture->heard, "requests"));
  g_assert_true (qs_change_set_has_table (fixture->heard, "clients"));
  g_assert_true (qs_change_set_has_table (fixture->heard, "charters"));
}

static const char directory_csv[] = "given_name,family_name,email\n"
                                    "Alice,Martin,alice.martin@example.org\n"
                                    "Bob,Tremblay,bob.tremblay@example.org\n";

static QsClientImport *
new_import (Fixture *fixture)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (directory_csv, strlen (directory_csv));
  g_autoptr (GError) error = NULL;
  QsClientImport *import = qs_client_import_new (fixture->store, bytes, &error);

  g_assert_no_error (error);
  qs_client_import_guess_mapping (import);
  return import;
}

static char *
id_of_person (Fixture *fixture, const char *email)
{
  g_autoptr (GPtrArray) found =
    qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT), "email = ?",
                            g_variant_new ("(s)", email), NULL, QS_QUERY_DEFAULT, NULL);

  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_strdup (qs_entity_get_id (g_ptr_array_index (found, 0)));
}

/* An import in the calling thread: the rows it added, by id. */
static void
test_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import = new_import (fixture);
  g_autoptr (GError) error = NULL;
  g_autofree char *alice = NULL;
  g_autofree char *bob = NULL;
  guint            added = 0;

  g_assert_true (qs_client_import_run (import, NULL, &added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  hear ();
  alice = id_of_person (fixture, "alice.martin@example.org");
  bob = id_of_person (fixture, "bob.tremblay@example.org");
  g_assert_false (qs_change_set_is_whole_table (fixture->heard, "clients"));
  g_assert_true (qs_change_set_contains (fixture->heard, "clients", alice));
  g_assert_true (qs_change_set_contains (fixture->heard, "clients", bob));
}

static void
on_import_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  gboolean *done = user_data;
  g_autoptr (GError) error = NULL;

  g_assert_true (
    qs_client_import_run_finish (QS_CLIENT_IMPORT (source), result, NULL, NULL, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* An import in a worker thread writes on its own connection: the context
 * hears it when it looks for changes made elsewhere. */
static void
test_import_in_thread (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import = new_import (fixture);
  gboolean done = FALSE;

  /* Where things stand before. */
  g_assert_false (qs_context_check_foreign_changes (fixture->context));
  qs_client_import_run_async (import, NULL, on_import_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (qs_change_set_has_table (fixture->heard, "clients"));

  g_assert_true (qs_context_check_foreign_changes (fixture->context));
  g_assert_true (qs_change_set_has_table (fixture->heard, "clients"));
  g_assert_false (qs_change_set_has_table (fixture->heard, "requests"));
}

/* Reading is not writing. */
static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  fill_demo (fixture->store, 10);
  /* Where things stand: the demo changes the journal mode, which the
   * first look cannot tell from another program's commit. */
  qs_context_check_foreign_changes (fixture->context);
  forget (fixture);
  g_assert_true (qs_backup_writer_write (fixture->store, out, NULL, NULL, &error));
  g_assert_no_error (error);
  hear ();
  g_assert_cmpuint (fixture->n_heard, ==, 0);
  g_assert_false (qs_context_check_foreign_changes (fixture->context));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/write-paths/demo", test_demo);
  ADD ("/write-paths/restore", test_restore);
  ADD ("/write-paths/import", test_import);
  ADD ("/write-paths/import-in-thread", test_import_in_thread);
  ADD ("/write-paths/export", test_export);
#undef ADD

  return g_test_run ();
}
