/* qs-test-util.c — what every test program needs: temporary folders and stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

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

/* Opens (creating and migrating) the database at @path, its clock stopped
 * at qs_test_now(); fails the test if it cannot. */
QsStore *
qs_test_open_store (const char *path)
{
  g_autoptr (GError) error = NULL;
  QsStore *store = qs_store_open (path, &error);

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
