/* qs-cli-export.c — qualserv-cli export TABLE|backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] export TABLE --format csv|json [-o FILE]
 *                                   [--with-personal-data]
 *   qualserv-cli [--db FILE] export backup [--format json] [-o FILE]
 *   qualserv-cli [--db FILE] export directory --format csv|vcard [-o FILE]
 *                                   [--lang fr|en]
 *   qualserv-cli [--db FILE] export requests --format sheet|ics -o FILE
 *                                   [--lang fr|en] [--with-personal-data]
 *
 * A table's CSV or JSON is the raw table, for programs: ids, UTC times,
 * stored codes. The sheet of the requests and the directory's CSV are for
 * people, as the views export them: a CSV file LibreOffice and Excel open
 * as a readable sheet, in the words of --lang (else the environment's
 * language). The iCalendar file holds the deadlines of the open requests.
 * Confidential clients are left out unless --with-personal-data.
 *
 * Without -o (or with -o -) the export goes to the standard output. A file
 * is written beside its final name and renamed into place when complete,
 * so that a failed export never leaves half a file behind.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <unistd.h>

#include "qs-backup-writer.h"
#include "qs-cli.h"
#include "qs-directory-export.h"
#include "qs-enum-labels.h"
#include "qs-file-replace.h"
#include "qs-request-export.h"
#include "qs-table-export.h"

/* The standard output as a GOutputStream. GUnixOutputStream does this, but
 * its header comes with gio-unix-2.0, which the command line does not use. */
#define QS_TYPE_CLI_STDOUT (qs_cli_stdout_get_type ())
G_DECLARE_FINAL_TYPE (QsCliStdout, qs_cli_stdout, QS, CLI_STDOUT, GOutputStream)

struct _QsCliStdout
{
  GOutputStream parent_instance;
};

G_DEFINE_FINAL_TYPE (QsCliStdout, qs_cli_stdout, G_TYPE_OUTPUT_STREAM)

static gssize
qs_cli_stdout_write_fn (
  GOutputStream *stream, const void *buffer, gsize count, GCancellable *cancellable, GError **error)
{
  gssize written;

  do
    written = write (STDOUT_FILENO, buffer, count);
  while (written < 0 && errno == EINTR);

  if (written < 0)
    {
      int saved = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
    }
  return written;
}

static void
qs_cli_stdout_class_init (QsCliStdoutClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = qs_cli_stdout_write_fn;
}

static void
qs_cli_stdout_init (QsCliStdout *self)
{
}

static int
write_export (QsStore       *store,
              GType          type,
              QsExportFormat format,
              QsExportFlags  flags,
              GOutputStream *stream,
              GCancellable  *cancellable,
              GError       **error)
{
  if (type == G_TYPE_INVALID)
    return qs_backup_writer_write (store, stream, NULL, cancellable, error);
  return qs_table_export_write (store, type, format, flags, stream, cancellable, error);
}

/* Writes to -o FILE. Personal data (a backup, or --with-personal-data)
 * gets a file only its owner can read. */
static int
export_to_file (
  QsStore *store, GType type, QsExportFormat format, QsExportFlags flags, const char *output)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) error = NULL;
  gboolean personal = type == G_TYPE_INVALID || (flags & QS_EXPORT_WITH_PERSONAL_DATA);
  gboolean existed = g_file_query_exists (file, NULL);

  stream = g_file_replace (file, NULL, FALSE, personal ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE,
                           NULL, &error);
  if (stream != NULL &&
      qs_file_replace_finish (
        stream, write_export (store, type, format, flags, G_OUTPUT_STREAM (stream), NULL, &error),
        &error))
    return 0;

  if (stream != NULL && !existed)
    g_file_delete (file, NULL, NULL);
  g_printerr (_ ("qualserv-cli export: could not write “%s”: %s\n"), output, error->message);
  return 1;
}

static int
export_to_stdout (QsStore *store, GType type, QsExportFormat format, QsExportFlags flags)
{
  g_autoptr (GOutputStream) stream = g_object_new (QS_TYPE_CLI_STDOUT, NULL);
  g_autoptr (GError) error = NULL;

  if (write_export (store, type, format, flags, stream, NULL, &error))
    return 0;
  g_printerr (_ ("qualserv-cli export: could not write to the standard output: %s\n"),
              error->message);
  return 1;
}

/* The people of the directory, as the importer reads them back (csv) or
 * as address books do (vcard); names and contact details are their point,
 * so a file gets private permissions. */
static int
export_directory (QsStore *store, gboolean vcard, QsLanguage language, const char *output)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileOutputStream) file_stream = NULL;
  g_autoptr (GOutputStream) stream = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (output == NULL || g_str_equal (output, "-"))
    stream = g_object_new (QS_TYPE_CLI_STDOUT, NULL);
  else
    {
      file = g_file_new_for_commandline_arg (output);
      file_stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error);
      if (file_stream == NULL)
        {
          g_printerr (_ ("qualserv-cli export: could not write “%s”: %s\n"), output,
                      error->message);
          return 1;
        }
      stream = G_OUTPUT_STREAM (g_object_ref (file_stream));
    }

  ok = vcard ? qs_directory_export_vcard (store, stream, &error)
             : qs_directory_export_csv (store, language, stream, &error);
  if (file_stream != NULL)
    ok = qs_file_replace_finish (file_stream, ok, &error);
  if (ok)
    return 0;

  g_printerr (_ ("qualserv-cli export: could not write “%s”: %s\n"), output != NULL ? output : "-",
              error->message);
  return 1;
}

/* The requests for people: every request as a sheet (the Requests
 * view's CSV), or the deadlines of the open ones for a calendar; newest
 * first. */
static int
export_requests (QsCliOptions *cli,
                 gboolean      ics,
                 const char   *output,
                 QsLanguage    language,
                 gboolean      include_confidential)
{
  g_autoptr (QsContext) app_context = NULL;
  QsStore *store;
  g_autoptr (QsRequestFilter) filter = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  gint64 written;

  if (output == NULL || g_str_equal (output, "-"))
    return qs_cli_usage_error ("export",
                               ics ? _ ("an iCalendar file is written to a file: add -o FILE.")
                                   : _ ("a sheet is written to a file: add -o FILE."));
  app_context = qs_cli_open_existing_context (cli, "export");
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  filter = qs_request_filter_new ();
  file = g_file_new_for_commandline_arg (output);
  if (ics)
    {
      filter->open_only = TRUE;
      written =
        qs_request_export_ics (store, filter, include_confidential, language, file, NULL, &error);
    }
  else
    written = qs_request_export_csv (store, filter, include_confidential, language,
                                     qs_context_get_timezone (app_context), file, NULL, &error);
  if (written < 0)
    {
      g_printerr (_ ("qualserv-cli export: could not write “%s”: %s\n"), output, error->message);
      return 1;
    }
  return 0;
}

int
qs_cli_export (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char  *format_name = NULL;
  g_autofree char  *lang = NULL;
  g_autofree char  *output = NULL;
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore       *store;
  gboolean       with_personal_data = FALSE;
  QsExportFormat format = QS_EXPORT_FORMAT_JSON;
  QsExportFlags  flags = QS_EXPORT_DEFAULT;
  QsLanguage     language = qs_interface_language ();
  GType          type = G_TYPE_INVALID;
  const char    *what;
  GOptionEntry   entries[] = {
      { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
        N_ ("csv or json for a table (a backup is always json); csv or vcard for the directory; "
              "sheet (CSV for a spreadsheet) or ics for the requests"),
        N_ ("FORMAT") },
      { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
        N_ ("Write to FILE instead of the standard output"), N_ ("FILE") },
      { "with-personal-data", 0, 0, G_OPTION_ARG_NONE, &with_personal_data,
        N_ ("Include names, contact details and the clients of confidential requests"), NULL },
      { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
        N_ ("fr or en: the words of a sheet, the directory or an iCalendar file (else the "
              "environment's language; English for iCalendar)"),
        N_ ("LANG") },
      { NULL }
  };

  context = g_option_context_new (
    _ ("TABLE|backup|directory|requests — export a table, back up the database, or write the "
       "directory or the requests for people"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Parsed on a copy: GOptionContext reorders the array it is given. */
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("export", error->message);

  if (argc < 2)
    return qs_cli_usage_error ("export", _ ("name a table to export, or “backup”."));
  if (argc > 2)
    {
      g_autofree char *message = g_strdup_printf (_ ("unexpected argument “%s”."), args[2]);
      return qs_cli_usage_error ("export", message);
    }
  what = args[1];

  if (lang != NULL && !g_str_equal (lang, "fr") && !g_str_equal (lang, "en"))
    {
      g_autofree char *message = g_strdup_printf (_ ("--lang must be fr or en, not “%s”."), lang);
      return qs_cli_usage_error ("export", message);
    }
  if (lang != NULL)
    language = g_str_equal (lang, "fr") ? QS_LANGUAGE_FR : QS_LANGUAGE_EN;

  if (g_str_equal (what, "directory"))
    {
      /* "sheet" as for the requests: the directory's CSV is the one for people. */
      if (g_strcmp0 (format_name, "csv") != 0 && g_strcmp0 (format_name, "sheet") != 0 &&
          g_strcmp0 (format_name, "vcard") != 0)
        return qs_cli_usage_error (
          "export", _ ("the directory is written as --format csv or --format vcard."));
      app_context = qs_cli_open_existing_context (cli, "export");
      store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
      if (store == NULL)
        return 1;
      return export_directory (store, g_str_equal (format_name, "vcard"), language, output);
    }

  if (g_str_equal (what, "requests") && g_strcmp0 (format_name, "ics") == 0)
    return export_requests (cli, TRUE, output, lang != NULL ? language : QS_LANGUAGE_EN,
                            with_personal_data);
  if (g_str_equal (what, "requests") && g_strcmp0 (format_name, "sheet") == 0)
    return export_requests (cli, FALSE, output, language, with_personal_data);

  /* A table is written as stored, for programs: no words to translate. */
  if (lang != NULL)
    return qs_cli_usage_error (
      "export", _ ("--lang is for files people read: a table is exported as stored. For the "
                   "requests in a spreadsheet, write “export requests --format sheet”."));

  if (format_name != NULL && !g_str_equal (format_name, "csv") &&
      !g_str_equal (format_name, "json"))
    {
      g_autofree char *message =
        g_strdup_printf (_ ("--format must be csv or json, not “%s”."), format_name);
      return qs_cli_usage_error ("export", message);
    }

  if (g_str_equal (what, "backup"))
    {
      if (g_strcmp0 (format_name, "csv") == 0)
        return qs_cli_usage_error ("export", _ ("a backup is written as json only."));
    }
  else
    {
      type = qs_table_export_find_type (what);
      if (type == G_TYPE_INVALID)
        {
          g_autofree char *tables = qs_table_export_list_tables ();
          g_autofree char *message =
            /* Translators: the first %s is what the user typed, the second the
             * list of table names, which are not translated */
            g_strdup_printf (_ ("“%s” is not a table; choose backup or one of %s."), what, tables);
          return qs_cli_usage_error ("export", message);
        }
      if (format_name == NULL)
        return qs_cli_usage_error ("export",
                                   _ ("say which format to write: --format csv or --format json."));
      format = g_str_equal (format_name, "csv") ? QS_EXPORT_FORMAT_CSV : QS_EXPORT_FORMAT_JSON;
      if (with_personal_data)
        flags |= QS_EXPORT_WITH_PERSONAL_DATA;
    }

  app_context = qs_cli_open_existing_context (cli, "export");
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  if (output == NULL || g_str_equal (output, "-"))
    return export_to_stdout (store, type, format, flags);
  return export_to_file (store, type, format, flags, output);
}
