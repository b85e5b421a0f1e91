/* qs-cli.c — qualserv-cli: global options and dispatch to a command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "qs-calendar-day.h"
#include "qs-cli.h"
#include "qs-error.h"

typedef int (*QsCliCommand) (QsCliOptions *cli, int argc, char **argv);

static const struct
{
  const char  *name;
  QsCliCommand run;
  const char  *synopsis;
} commands[] = {
  { "demo", qs_cli_demo, N_ ("demo [--requests N] [--seed S] [--lang fr|en]") },
  { "import", qs_cli_import, N_ ("import clients|requests|backup FILE [--replace]") },
  { "export", qs_cli_export,
    N_ ("export TABLE|backup --format csv|json [-o FILE] [--with-personal-data]") },
  { "export", qs_cli_export, N_ ("export directory --format csv|vcard [--lang fr|en] [-o FILE]") },
  { "export", qs_cli_export,
    N_ ("export requests --format sheet|ics -o FILE [--lang fr|en] [--with-personal-data]") },
  { "check", qs_cli_check, N_ ("check") },
  { "publish", qs_cli_publish,
    N_ ("publish CHARTER-REF --format pdf|html [--lang fr|en] -o FILE") },
  { "search", qs_cli_search, N_ ("search QUERY [--limit N] [--format text|json]") },
  { "calendars", qs_cli_calendars, N_ ("calendars list") },
  { "calendars", qs_cli_calendars, N_ ("calendars import-holidays REF FILE.ics") },
  { "calendars", qs_cli_calendars,
    N_ ("calendars export-holidays REF -o FILE.ics [--year YYYY] [--lang fr|en]") },
  { "due", qs_cli_due,
    N_ ("due --calendar REF --from ISO-8601 --add DURATION [--explain] [--lang fr|en]") },
  { "alerts", qs_cli_alerts, N_ ("alerts scan [--on YYYY-MM-DD]") },
  { "feedback", qs_cli_feedback, N_ ("feedback proposals [--on YYYY-MM-DD] [--format text|json]") },
  { "survey", qs_cli_survey, N_ ("survey import FILE.json") },
  { "survey", qs_cli_survey, N_ ("survey invitations REF --format csv|eml -o DIR [--lang fr|en]") },
  { "survey", qs_cli_survey, N_ ("survey answers REF FILE.csv") },
  { "report", qs_cli_report,
    N_ ("report survey REF [--group department|service] [--department REF] [--from DATE] "
        "[--to DATE] --format json|csv") },
  { "report", qs_cli_report, N_ ("report barometer [--from DATE] [--to DATE] --format json|csv") },
  { "report", qs_cli_report,
    N_ ("report indicators [--provider REF] [--from DATE] [--to DATE] "
        "[--period week|month|quarter|year] --format json|csv") },
};

/* The language LANGUAGE, LC_ALL, LC_MESSAGES or LANG names first. */
QsLanguage
qs_cli_environment_language (void)
{
  static const char *variables[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return g_str_has_prefix (value, "fr") ? QS_LANGUAGE_FR : QS_LANGUAGE_EN;
    }
  return QS_LANGUAGE_EN;
}

int
qs_cli_fail (GError *error)
{
  g_printerr ("qualserv-cli: %s\n", error->message);
  g_error_free (error);
  return 1;
}

/* @date's first instant in @zone, @days later; FALSE when it is no date. */
static gboolean
day_start (const char *date, GTimeZone *zone, int days, gint64 *at)
{
  GDate day;
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) later = NULL;

  *at = 0;
  if (date == NULL)
    return TRUE;
  if (!qs_calendar_day_parse_date (date, &day))
    return FALSE;
  start = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                           g_date_get_day (&day), 0, 0, 0);
  later = g_date_time_add_days (start, days);
  *at = g_date_time_to_unix (later) * G_USEC_PER_SEC;
  return TRUE;
}

gboolean
qs_cli_read_period (const char *command,
                    const char *from_date,
                    const char *to_date,
                    GTimeZone  *zone,
                    gint64     *from,
                    gint64     *to)
{
  if (!day_start (from_date, zone, 0, from) || !day_start (to_date, zone, 1, to))
    {
      qs_cli_usage_error (command, _ ("--from and --to must be dates such as 2026-05-04."));
      return FALSE;
    }
  return TRUE;
}

int
qs_cli_usage_error (const char *command, const char *message)
{
  g_printerr ("qualserv-cli %s: %s\n", command, message);
  return 1;
}

QsContext *
qs_cli_open_context (QsCliOptions *cli, gboolean writable)
{
  GError *error = NULL;
  g_autoptr (QsStore) store = qs_store_open (cli->db_path, &error);

  if (store == NULL)
    {
      qs_cli_fail (error);
      return NULL;
    }
  if (cli->clock != NULL)
    qs_store_set_clock (store, cli->clock);
  if (writable && qs_store_is_read_only (store))
    {
      g_printerr ("qualserv-cli: %s\n", qs_store_get_read_only_reason (store));
      return NULL;
    }
  return qs_context_new (store, NULL);
}

QsContext *
qs_cli_open_existing_context (QsCliOptions *cli, const char *command)
{
  g_autofree char *db_path =
    cli->db_path != NULL ? g_strdup (cli->db_path) : qs_store_default_path ();

  /* Opening a database that is not there would create an empty one. */
  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_ ("there is no database “%s”."), db_path);

      qs_cli_usage_error (command, message);
      return NULL;
    }
  return qs_cli_open_context (cli, FALSE);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n", _ ("Usage: qualserv-cli [--db FILE] COMMAND [OPTIONS]"));
  fprintf (stream, "\n%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %s\n", _ (commands[i].synopsis));
}

int
qs_cli_main (int argc, char **argv)
{
  QsCliOptions cli = { NULL };
  int          i = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("QUALSERV_LOCALEDIR") ? g_getenv ("QUALSERV_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  while (i < argc && argv[i][0] == '-')
    {
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        {
          cli.db_path = argv[i + 1];
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        cli.db_path = argv[i++] + strlen ("--db=");
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return 0;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          printf ("qualserv-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else
        {
          g_printerr (_ ("qualserv-cli: unknown option “%s”.\n"), argv[i]);
          print_usage (stderr);
          return 1;
        }
    }

  if (i >= argc)
    {
      print_usage (stderr);
      return 1;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (argv[i], commands[c].name))
      return commands[c].run (&cli, argc - i, argv + i);

  g_printerr (_ ("qualserv-cli: unknown command “%s”.\n"), argv[i]);
  print_usage (stderr);
  return 1;
}
