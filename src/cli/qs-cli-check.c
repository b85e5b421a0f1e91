/* qs-cli-check.c — qualserv-cli check: schema version and integrity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the database's path and schema version, then runs SQLite's
 * integrity and foreign key checks. Exits 0 when the database is sound, 1
 * when a problem was found (each listed on its own line). A database of a
 * newer schema is opened read-only and checked without being changed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "qs-backup-reader.h"
#include "qs-cli.h"

int
qs_cli_check (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GString) report = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore         *store;
  g_autofree char *count = NULL;
  g_autofree char *message = NULL;
  gint64           rows;

  context = g_option_context_new (_ ("— check the database’s schema version and integrity"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("check", error->message);
  if (argc > 1)
    {
      message = g_strdup_printf (_ ("unexpected argument “%s”."), args[1]);
      return qs_cli_usage_error ("check", message);
    }

  app_context = qs_cli_open_existing_context (cli, "check");
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  printf (_ ("Database: %s\n"), qs_store_get_path (store));
  if (qs_store_is_read_only (store))
    /* Translators: %d are schema numbers */
    printf (_ ("Schema version: %d (newer than this version of QualServ, which knows %d: "
               "opened read-only, nothing is changed)\n"),
            qs_store_get_schema_version (store), QS_STORE_SCHEMA_VERSION);
  else
    printf (_ ("Schema version: %d\n"), qs_store_get_schema_version (store));

  rows = qs_backup_reader_count_rows (store, &error);
  if (rows < 0)
    return qs_cli_fail (g_steal_pointer (&error));
  count = g_strdup_printf ("%" G_GINT64_FORMAT, rows);
  /* Translators: %s is a number of rows, tombstoned ones included */
  printf (_ ("Rows: %s\n"), count);

  if (!qs_store_check (store, report, &error))
    {
      if (error != NULL)
        return qs_cli_fail (g_steal_pointer (&error));
      printf ("%s", _ ("Problems found:\n"));
      printf ("%s", report->str);
      message = g_strdup_printf (_ ("the database “%s” has the problems listed above."),
                                 qs_store_get_path (store));
      return qs_cli_usage_error ("check", message);
    }

  printf ("%s", _ ("Integrity check: ok\n"));
  printf ("%s", _ ("Foreign key check: ok\n"));
  return 0;
}
