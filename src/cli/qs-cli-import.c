/* qs-cli-import.c — qualserv-cli import clients|requests|backup FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] import backup FILE [--replace]
 *   qualserv-cli [--db FILE] import clients FILE [--create-departments]
 *
 * A backup is restored exactly, all or nothing, into an empty database,
 * or, with --replace, in place of everything the database holds.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "qs-backup-reader.h"
#include "qs-client-import.h"
#include "qs-cli.h"

/* Removes a database this command created and could not fill, so that a
 * failed import leaves nothing behind. */
static void
remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static int
import_backup (QsCliOptions *cli, const char *path, gboolean replace)
{
  g_autofree char *db_path =
    cli->db_path != NULL ? g_strdup (cli->db_path) : qs_store_default_path ();
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore *store;
  g_autoptr (GError) error = NULL;
  gboolean         created = !g_file_test (db_path, G_FILE_TEST_EXISTS);
  guint64          n_rows = 0;
  g_autofree char *count = NULL;

  /* Before the database is opened: a typo must not create one. */
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        message = g_strdup_printf (_ ("the file “%s” does not exist."), path);
      else
        message = g_strdup_printf (_ ("could not read “%s”: %s"), path, error->message);
      return qs_cli_usage_error ("import", message);
    }

  app_context = qs_cli_open_context (cli, TRUE);
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  if (!replace)
    {
      gint64 rows = qs_backup_reader_count_rows (store, &error);

      if (rows < 0)
        return qs_cli_fail (g_steal_pointer (&error));
      if (rows > 0)
        {
          g_autofree char *message =
            g_strdup_printf (_ ("the database “%s” already holds data; restore the backup into a "
                                "new database, or add --replace to erase everything in it first."),
                             qs_store_get_path (store));
          return qs_cli_usage_error ("import", message);
        }
    }

  if (!qs_backup_reader_restore (store, G_INPUT_STREAM (stream), path,
                                 replace ? QS_BACKUP_READER_REPLACE : QS_BACKUP_READER_DEFAULT,
                                 &n_rows, NULL, &error))
    {
      if (created)
        {
          g_clear_object (&app_context);
          remove_database (db_path);
        }
      return qs_cli_usage_error ("import", error->message);
    }

  count = g_strdup_printf ("%" G_GUINT64_FORMAT, n_rows);
  /* Translators: the first %s is a number of rows, the second a file name */
  printf (g_dngettext (GETTEXT_PACKAGE, "Restored %s row from “%s”.\n",
                       "Restored %s rows from “%s”.\n", n_rows),
          count, path);
  return 0;
}

/* The header's columns are mapped by their names; every problem goes to
 * stderr as FILE:LINE:COLUMN: message, as compilers write them, and
 * nothing is written. */
static int
import_clients (QsCliOptions *cli, const char *path, gboolean create_departments)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore *store;
  g_autoptr (QsClientImport) import = NULL;
  g_autoptr (GListModel) problems = NULL;
  g_autoptr (GError) error = NULL;
  guint n_added = 0, n_updated = 0;
  guint i;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        message = g_strdup_printf (_ ("the file “%s” does not exist."), path);
      else
        message = g_strdup_printf (_ ("could not read “%s”: %s"), path, error->message);
      return qs_cli_usage_error ("import", message);
    }

  app_context = qs_cli_open_context (cli, TRUE);
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  import = qs_client_import_new (store, bytes, &error);
  if (import != NULL)
    {
      qs_client_import_set_create_departments (import, create_departments);
      problems = qs_client_import_check (import, &error);
    }
  if (problems == NULL)
    {
      /* Translators: the first %s is a file name, the second what is wrong and where */
      fprintf (stderr, _ ("%s: %s\n"), path, error->message);
      return 1;
    }

  for (i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr (QsImportProblem) problem = g_list_model_get_item (problems, i);
      const char *message = qs_import_problem_get_message (problem);
      const char *colon = strstr (message, ": ");

      /* The message starts with its own "line L, column C: ". */
      fprintf (stderr, "%s:%u:%u: %s\n", path, qs_import_problem_get_line (problem),
               qs_import_problem_get_column (problem), colon != NULL ? colon + 2 : message);
    }
  if (i > 0)
    {
      if (!create_departments)
        for (i = 0; i < g_list_model_get_n_items (problems); i++)
          {
            g_autoptr (QsImportProblem) problem = g_list_model_get_item (problems, i);

            if (qs_import_problem_get_kind (problem) == QS_IMPORT_PROBLEM_UNKNOWN_DEPARTMENT)
              {
                fprintf (
                  stderr, "%s\n",
                  _ ("Add --create-departments to create the departments the directory lacks."));
                break;
              }
          }
      return 1;
    }

  if (!qs_client_import_run (import, NULL, &n_added, &n_updated, &error))
    {
      fprintf (stderr, _ ("%s: %s\n"), path, error->message);
      return 1;
    }

  /* Translators: %u are numbers of people, %s a file name */
  printf (_ ("Imported “%s”: %u added, %u updated.\n"), path, n_added, n_updated);
  return 0;
}

int
qs_cli_import (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  gboolean     replace = FALSE;
  gboolean     create_departments = FALSE;
  const char  *what;
  GOptionEntry entries[] = {
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_ ("Erase everything in the database before restoring the backup"), NULL },
    { "create-departments", 0, 0, G_OPTION_ARG_NONE, &create_departments,
      N_ ("Create the departments a directory file names and the database lacks"), NULL },
    { NULL }
  };

  context =
    g_option_context_new (_ ("clients|requests|backup FILE — import a file, all or nothing"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Parsed on a copy: GOptionContext reorders the array it is given. */
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("import", error->message);

  if (argc < 2)
    return qs_cli_usage_error ("import", _ ("say what to import: clients, requests or backup."));
  what = args[1];

  if (g_str_equal (what, "clients"))
    {
      if (argc < 3)
        return qs_cli_usage_error ("import", _ ("name the CSV file of people to import."));
      if (argc > 3)
        {
          g_autofree char *message = g_strdup_printf (_ ("unexpected argument “%s”."), args[3]);
          return qs_cli_usage_error ("import", message);
        }
      return import_clients (cli, args[2], create_departments);
    }
  if (g_str_equal (what, "requests"))
    {
      /* Translators: %s is “requests” */
      g_autofree char *message = g_strdup_printf (_ ("importing %s is not available yet."), what);
      return qs_cli_usage_error ("import", message);
    }
  if (!g_str_equal (what, "backup"))
    {
      g_autofree char *message =
        g_strdup_printf (_ ("cannot import “%s”; choose clients, requests or backup."), what);
      return qs_cli_usage_error ("import", message);
    }
  if (argc < 3)
    return qs_cli_usage_error ("import", _ ("name the backup file to import."));
  if (argc > 3)
    {
      g_autofree char *message = g_strdup_printf (_ ("unexpected argument “%s”."), args[3]);
      return qs_cli_usage_error ("import", message);
    }

  return import_backup (cli, args[2], replace);
}
