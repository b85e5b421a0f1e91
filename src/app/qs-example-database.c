/* qs-example-database.c — the example organisation, in a database file of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Explore the example organisation" must not mix a made-up agency into
 * the department's own data: the example lives in its own file beside the
 * user's database, made once with the demo (qs-demo.h), and the window
 * switches between the two.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "qs-demo.h"
#include "qs-example-database.h"

/* Enough to show every view at work, and made in a second or two. */
#define EXAMPLE_REQUESTS 400

QsStore *
qs_example_database_open (const char *folder, QsLanguage language, GError **error)
{
  g_autofree char *path =
    g_build_filename (folder, language == QS_LANGUAGE_FR ? "example-fr.db" : "example-en.db", NULL);
  gboolean fresh = !g_file_test (path, G_FILE_TEST_EXISTS);
  g_autoptr (QsStore) store = NULL;
  QsDemoOptions options;

  g_return_val_if_fail (folder != NULL, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("Could not make the folder “%s”: %s"), folder, g_strerror (saved));
      return NULL;
    }
  store = qs_store_open (path, error);
  if (store == NULL || !fresh)
    return g_steal_pointer (&store);

  qs_demo_options_init (&options);
  options.language = language;
  options.n_requests = EXAMPLE_REQUESTS;
  if (!qs_demo_fill (store, &options, error))
    {
      g_clear_object (&store);
      /* Half an example would be opened as a whole one next time. */
      g_unlink (path);
      return NULL;
    }
  return g_steal_pointer (&store);
}
