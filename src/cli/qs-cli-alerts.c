/* qs-cli-alerts.c — qualserv-cli alerts scan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] alerts scan [--on DATE]
 *
 * Runs the scan the window runs (qs_alert_desk_scan()) as on DATE's first
 * instant (a day of the local zone; now by default), and prints what it
 * raised, escalated or recovered, one line each. Running it again prints
 * that nothing changed: an alert is raised once per indicator and month.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "qs-alert-desk.h"
#include "qs-calendar-words.h"
#include "qs-cli.h"

static void
print_outcome (const QsAlertOutcome *outcome, QsLanguage language)
{
  g_autofree char *value = qs_calendar_words_format_percent (outcome->value, 1, FALSE, language);
  g_autofree char *target = qs_calendar_words_format_percent (outcome->target, 1, FALSE, language);
  g_autofree char *line = NULL;

  switch (outcome->kind)
    {
    case QS_ALERT_OUTCOME_RAISED:
      /* Translators: %1$s a department, %2$s an indicator, %3$s a month,
       * %4$s and %5$s percentages, %6$s a complaint's reference */
      line = g_strdup_printf (_ ("Raised: %1$s, “%2$s”, %3$s: %4$s against %5$s; complaint %6$s"),
                              outcome->department, outcome->subject, outcome->period, value, target,
                              outcome->complaint_ref != NULL ? outcome->complaint_ref : "");
      break;
    case QS_ALERT_OUTCOME_ESCALATED:
      /* Translators: %1$s a department, %2$s an indicator, %3$s a month,
       * %4$s and %5$s percentages, %6$d the level reached */
      line =
        g_strdup_printf (_ ("Escalated: %1$s, “%2$s”, %3$s: %4$s against %5$s; now at level %6$d"),
                         outcome->department, outcome->subject, outcome->period, value, target,
                         (int) outcome->level);
      break;
    case QS_ALERT_OUTCOME_RECOVERED:
    default:
      /* Translators: %1$s a department, %2$s an indicator, %3$s a month,
       * %4$s and %5$s percentages */
      line =
        g_strdup_printf (_ ("Recovered: %1$s, “%2$s”, %3$s: %4$s against %5$s"),
                         outcome->department, outcome->subject, outcome->period, value, target);
      break;
    }
  puts (line);
}

int
qs_cli_alerts (QsCliOptions *cli, int argc, char **argv)
{
  const char       *command = "alerts scan";
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  char            **rest = args + 1;
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (QsContext) qs = NULL;
  g_autoptr (GPtrArray) outcomes = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *on = NULL;
  QsLanguage       language = qs_cli_environment_language ();
  GTimeZone       *zone;
  gint64           start = 0;
  GOptionEntry     entries[] = { { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_ ("Scan as on this day"),
                                   N_ ("YYYY-MM-DD") },
                                 { NULL } };

  if (argc < 2 || !g_str_equal (argv[1], "scan"))
    return qs_cli_usage_error ("alerts", _ ("say what to do: scan."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* "scan" stands for the program's name. */
  argc--;
  if (!g_option_context_parse (context, &argc, &rest, &error))
    return qs_cli_usage_error (command, error->message);
  if (argc != 1)
    return qs_cli_usage_error (command, _ ("this command takes no other argument."));
  qs = qs_cli_open_context (cli, TRUE);
  if (qs == NULL)
    return 1;
  zone = qs_context_get_timezone (qs);
  if (!qs_cli_read_period (command, on, NULL, zone, &start, &(gint64){ 0 }))
    return 1;
  if (on != NULL)
    {
      g_autoptr (QsClock) clock = qs_clock_new_fixed (start);

      qs_store_set_clock (qs_context_get_store (qs), clock);
    }
  outcomes = qs_alert_desk_scan (qs_context_get_store (qs), zone, language, "qualserv-cli", &error);
  if (outcomes == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  if (outcomes->len == 0)
    puts (_ ("No alert to raise, escalate or recover."));
  for (guint i = 0; i < outcomes->len; i++)
    print_outcome (g_ptr_array_index (outcomes, i), language);
  return 0;
}
