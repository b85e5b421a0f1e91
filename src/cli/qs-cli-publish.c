/* qs-cli-publish.c — qualserv-cli publish CHARTER-REF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] publish CHARTER-REF --format pdf|html
 *                                    [--lang fr|en] -o FILE
 *
 * Writes the publication document of the version of the charter its
 * readers see: the latest published one, never a draft. The achieved
 * figures are those of the last complete quarter. The document is made
 * in memory and renamed into place, so a failure leaves no half file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-publication.h"
#include "qs-charter-repository.h"
#include "qs-cli.h"

/* The newest version that was published; archived versions were too. */
static QsCharter *
find_published (GPtrArray *versions)
{
  for (guint i = 0; i < versions->len; i++)
    {
      QsCharter      *charter = g_ptr_array_index (versions, i);
      QsCharterStatus status = qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_STATUS);

      if (status == QS_CHARTER_STATUS_PUBLISHED || status == QS_CHARTER_STATUS_ARCHIVED)
        return charter;
    }
  return NULL;
}

static gboolean
write_document (QsCharterPublication *publication, gboolean pdf, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GOutputStream) stream = NULL;

  if (pdf)
    return qs_charter_publication_write_pdf (publication, file, error);

  stream = g_memory_output_stream_new_resizable ();
  if (!qs_charter_publication_write_html (publication, stream, error) ||
      !g_output_stream_close (stream, NULL, error))
    return FALSE;
  return g_file_set_contents_full (
    path, g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)),
    G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}

int
qs_cli_publish (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char  *format_name = NULL;
  g_autofree char  *lang_name = NULL;
  g_autofree char  *output = NULL;
  g_autofree char  *folder = NULL;
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore *store;
  g_autoptr (GPtrArray) versions = NULL;
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  QsCharter   *charter;
  QsLanguage   language;
  const char  *ref;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_ ("pdf or html"), N_ ("FORMAT") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang_name,
      N_ ("The language of the document, fr or en (default: the charter’s)"), N_ ("LANGUAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the document to FILE"),
      N_ ("FILE") },
    { NULL }
  };

  context = g_option_context_new (_ ("CHARTER-REF — write the publication document of a charter"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Parsed on a copy: GOptionContext reorders the array it is given. */
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("publish", error->message);

  if (argc < 2)
    return qs_cli_usage_error (
      "publish", _ ("name the charter to publish by its reference, for example CH-RH."));
  if (argc > 2)
    {
      g_autofree char *message = g_strdup_printf (_ ("unexpected argument “%s”."), args[2]);
      return qs_cli_usage_error ("publish", message);
    }
  ref = args[1];

  if (format_name == NULL)
    return qs_cli_usage_error ("publish",
                               _ ("say which format to write: --format pdf or --format html."));
  if (!g_str_equal (format_name, "pdf") && !g_str_equal (format_name, "html"))
    {
      g_autofree char *message =
        g_strdup_printf (_ ("--format must be pdf or html, not “%s”."), format_name);
      return qs_cli_usage_error ("publish", message);
    }
  if (lang_name != NULL && !g_str_equal (lang_name, "fr") && !g_str_equal (lang_name, "en"))
    {
      g_autofree char *message =
        g_strdup_printf (_ ("--lang must be fr or en, not “%s”."), lang_name);
      return qs_cli_usage_error ("publish", message);
    }
  if (output == NULL || *output == '\0')
    return qs_cli_usage_error ("publish", _ ("say where to write the document: -o FILE."));
  folder = g_path_get_dirname (output);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *message = g_strdup_printf (_ ("the folder “%s” does not exist."), folder);
      return qs_cli_usage_error ("publish", message);
    }

  app_context = qs_cli_open_existing_context (cli, "publish");
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  versions = qs_charter_repository_get_versions (store, ref, &error);
  if (versions == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  if (versions->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_ ("no charter has the reference “%s”."), ref);
      return qs_cli_usage_error ("publish", message);
    }
  charter = find_published (versions);
  if (charter == NULL)
    {
      g_autofree char *message = g_strdup_printf (
        _ ("the charter “%s” has no published version yet; publish it in QualServ first."), ref);
      return qs_cli_usage_error ("publish", message);
    }

  if (lang_name != NULL)
    language = g_str_equal (lang_name, "en") ? QS_LANGUAGE_EN : QS_LANGUAGE_FR;
  else
    language = qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_LANGUAGE);

  now = qs_clock_get_now_in (qs_context_get_clock (app_context), utc);
  publication = qs_charter_publication_new (store, charter, language, now, &error);
  if (publication == NULL)
    return qs_cli_fail (g_steal_pointer (&error));

  if (!write_document (publication, g_str_equal (format_name, "pdf"), output, &error))
    {
      g_printerr (_ ("qualserv-cli publish: could not write “%s”: %s\n"), output, error->message);
      return 1;
    }
  return 0;
}
