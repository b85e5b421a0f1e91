/* qs-cli-calendars.c — qualserv-cli calendars: business calendars and their holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * qualserv-cli [--db FILE] calendars list
 * qualserv-cli [--db FILE] calendars import-holidays REF FILE.ics
 * qualserv-cli [--db FILE] calendars export-holidays REF -o FILE.ics
 *                                    [--year YYYY] [--lang fr|en]
 *
 * An import writes every date of the file or none: the first fault is
 * printed with its line and nothing is written.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "qs-calendar-repository.h"
#include "qs-cli.h"
#include "qs-holiday-import.h"

static int
list (QsCliOptions *cli, int argc, char **argv)
{
  g_autoptr (QsContext) context = NULL;
  g_autoptr (GPtrArray) calendars = NULL;
  GError *error = NULL;

  if (argc > 2)
    return qs_cli_usage_error ("calendars list", _ ("this command takes no argument."));
  context = qs_cli_open_existing_context (cli, "calendars list");
  if (context == NULL)
    return 1;
  calendars = qs_calendar_repository_list (qs_context_get_store (context), &error);
  if (calendars == NULL)
    return qs_cli_fail (error);
  for (guint i = 0; i < calendars->len; i++)
    {
      QsEntity *calendar = g_ptr_array_index (calendars, i);

      printf ("%s\t%s\t%s\n", qs_entity_get_string (calendar, QS_CALENDAR_FIELD_REF),
              qs_entity_get_string (calendar, QS_CALENDAR_FIELD_TIMEZONE),
              qs_entity_get_string (calendar, QS_CALENDAR_FIELD_NAME));
    }
  return 0;
}

static int
import_holidays (QsCliOptions *cli, int argc, char **argv)
{
  g_autoptr (QsContext) context = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char      *summary = NULL;
  QsHolidayImportResult result;
  GError               *error = NULL;

  if (argc != 4)
    return qs_cli_usage_error ("calendars import-holidays",
                               _ ("write the calendar’s ref and the file: "
                                  "calendars import-holidays REF FILE.ics."));
  context = qs_cli_open_context (cli, TRUE);
  if (context == NULL)
    return 1;
  file = g_file_new_for_commandline_arg (argv[3]);
  if (!qs_holiday_import_file (qs_context_get_store (context), argv[2], file, &result, &error))
    return qs_cli_fail (error);
  summary = qs_holiday_import_result_describe (&result);
  printf ("%s\n", summary);
  return 0;
}

static int
export_holidays (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char **args = g_memdup2 (argv + 1, sizeof (char *) * argc);
  g_autofree char  *output = NULL, *lang = NULL, *message = NULL;
  g_autoptr (GOptionContext) options = NULL;
  g_autoptr (QsContext) context = NULL;
  g_autoptr (GFile) file = NULL;
  GError      *error = NULL;
  int          year = 0;
  int          n_args = argc - 1;
  QsLanguage   language = qs_cli_environment_language ();
  gint64       written;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("The iCalendar file to write"),
      N_ ("FILE") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_ ("Only the holidays of this year"), N_ ("YYYY") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_ ("Language of the names: fr or en (default: the environment’s)"), N_ ("LANG") },
    { NULL }
  };

  options = g_option_context_new (_ ("REF — write a calendar’s holidays as iCalendar"));
  g_option_context_set_translation_domain (options, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (options, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (options, &n_args, &args, &error))
    {
      int status = qs_cli_usage_error ("calendars export-holidays", error->message);

      g_error_free (error);
      return status;
    }
  if (n_args != 2)
    return qs_cli_usage_error ("calendars export-holidays",
                               _ ("write the calendar’s ref: calendars export-holidays REF "
                                  "-o FILE.ics."));
  if (output == NULL)
    return qs_cli_usage_error ("calendars export-holidays", _ ("say where to write: -o FILE.ics."));
  if (year != 0 && (year < 1900 || year > 2500))
    return qs_cli_usage_error ("calendars export-holidays",
                               _ ("--year takes a year such as 2027."));
  if (lang != NULL)
    {
      if (!g_str_equal (lang, "fr") && !g_str_equal (lang, "en"))
        {
          message = g_strdup_printf (_ ("--lang must be “fr” or “en”, not “%s”."), lang);
          return qs_cli_usage_error ("calendars export-holidays", message);
        }
      language = g_str_equal (lang, "fr") ? QS_LANGUAGE_FR : QS_LANGUAGE_EN;
    }
  context = qs_cli_open_existing_context (cli, "calendars export-holidays");
  if (context == NULL)
    return 1;
  file = g_file_new_for_commandline_arg (output);
  written =
    qs_holiday_export_file (qs_context_get_store (context), args[1], year, language, file, &error);
  if (written < 0)
    return qs_cli_fail (error);
  return 0;
}

int
qs_cli_calendars (QsCliOptions *cli, int argc, char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return list (cli, argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "import-holidays"))
    return import_holidays (cli, argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "export-holidays"))
    return export_holidays (cli, argc, argv);
  return qs_cli_usage_error ("calendars",
                             _ ("write list, import-holidays REF FILE.ics or export-holidays REF "
                                "-o FILE.ics."));
}
