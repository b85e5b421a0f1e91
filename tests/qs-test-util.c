/* qs-test-util.c — what every test program needs: temporary folders and stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <unistd.h>

#include "qs-repository.h"
#include "qs-test-util.h"

/* A new folder under the system's temporary folder; fails the test if it
 * cannot be made. */
char *
qs_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @path and everything below it. */
void
qs_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        qs_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The name of a new database's file as the migrations of this build make
 * it, in the tests' build folder: named after a checksum of those
 * migrations, so that a changed migration makes another. NULL outside
 * meson test (no G_TEST_BUILDDIR). */
static char *
template_path (void)
{
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *name = NULL;

  if (dir == NULL)
    return NULL;
  /* The class registers the migrations' resources. */
  g_type_class_unref (g_type_class_ref (QS_TYPE_STORE));
  for (int version = 1; version <= QS_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *resource = g_strdup_printf ("/org/example/QualServ/sql/%03d.sql", version);
      g_autoptr (GBytes) script = g_resources_lookup_data (resource, 0, NULL);

      g_assert_nonnull (script);
      g_checksum_update (checksum, g_bytes_get_data (script, NULL), g_bytes_get_size (script));
    }
  name = g_strdup_printf ("new-database-%.16s.db", g_checksum_get_string (checksum));
  return g_build_filename (dir, name, NULL);
}

/* Makes @path a copy of a new, migrated database. Migrating takes
 * seconds under the sanitizers, and nearly every test begins with a new
 * database: the first test to need one migrates it once and keeps it
 * (written under another name, then renamed, in case two tests make it
 * at once). test-store-migrations and the tests of qs_store_open() still
 * migrate their own. */
static void
copy_new_database (const char *path)
{
  g_autofree char *template = template_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize            length;

  if (template == NULL)
    return;
  if (!g_file_test (template, G_FILE_TEST_EXISTS))
    {
      g_autofree char *making = g_strdup_printf ("%s.%d", template, (int) getpid ());
      QsStore         *store = qs_store_open (making, &error);

      g_assert_no_error (error);
      /* Closed: SQLite writes its journal back into the file. */
      g_object_unref (store);
      g_assert_cmpint (g_rename (making, template), ==, 0);
    }
  g_assert_true (g_file_get_contents (template, &contents, &length, &error));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (
    g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, &error));
  g_assert_no_error (error);
}

/* Opens (creating and migrating) the database at @path, its clock stopped
 * at qs_test_now(); fails the test if it cannot. */
QsStore *
qs_test_open_store (const char *path)
{
  g_autoptr (GError) error = NULL;
  QsStore *store;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    copy_new_database (path);
  store = qs_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  qs_test_pin_clock (store, qs_test_now ());
  return store;
}

/* Stops @store's clock at @now (Unix µs): what the code under test calls
 * "now" no longer depends on the day the test runs. */
void
qs_test_pin_clock (QsStore *store, gint64 now)
{
  g_autoptr (QsClock) clock = qs_clock_new_fixed (now);

  qs_store_set_clock (store, clock);
}

gint64
qs_test_now (void)
{
  return qs_test_instant (QS_TEST_NOW_ISO);
}

/* Saves @entity (a #QsEntity) in @store; fails the test if it cannot. */
void
qs_test_save (QsStore *store, gpointer entity)
{
  g_autoptr (GError) error = NULL;
  gboolean saved = qs_repository_save (qs_store_get_repository (store, G_OBJECT_TYPE (entity)),
                                       QS_ENTITY (entity), &error);

  g_assert_no_error (error);
  g_assert_true (saved);
}

/* What another program (the command line opens its own connection to
 * the file) does: sets the text @field of the row @id to @value, at @iso. */
void
qs_test_set_elsewhere (
  const char *path, GType type, const char *id, guint field, const char *value, const char *iso)
{
  g_autoptr (QsStore) elsewhere = qs_test_open_store (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) row =
    qs_repository_find (qs_store_get_repository (elsewhere, type), id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (row);
  qs_test_pin_clock (elsewhere, qs_test_instant (iso));
  qs_entity_set_string (row, field, value);
  qs_test_save (elsewhere, row);
}

gint64
qs_test_instant (const char *iso)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}
