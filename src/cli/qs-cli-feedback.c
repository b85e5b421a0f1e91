/* qs-cli-feedback.c — qualserv-cli feedback: what to ask the clients of closed requests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] feedback proposals [--on DATE] [--format text|json]
 *
 * For each request closed on DATE (a day in the local time zone, today by
 * default), whether its client is to be asked how it was handled, when,
 * and otherwise why not: the same rules and the same reading as the
 * request's page (qs-survey-proposals.c). Text output is one request a
 * line, its reference and the sentence the page shows; JSON output is an
 * array of objects:
 *   { "ref": "REQ-2026-00042", "closed_at": "…Z", "verdict": "ask",
 *     "ask_at": "…Z", "since": null, "until": null,
 *     "client_id": "…", "language": "fr", "asked_at": null }
 * verdict is ask, no-client, confidential, no-consent, own-department,
 * not-sampled, cool-off or monthly-cap; since and until are the last
 * question and the first day free again for cool-off, the month's first
 * and the next month's for monthly-cap. A confidential request's client
 * is never given (client_id and language null).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "qs-calendar-day.h"
#include "qs-cli.h"
#include "qs-json-export.h"
#include "qs-survey-proposals.h"

static const char *const verdict_names[] = {
  [QS_SURVEY_VERDICT_ASK] = "ask",
  [QS_SURVEY_VERDICT_NO_CLIENT] = "no-client",
  [QS_SURVEY_VERDICT_CONFIDENTIAL] = "confidential",
  [QS_SURVEY_VERDICT_NO_CONSENT] = "no-consent",
  [QS_SURVEY_VERDICT_OWN_DEPARTMENT] = "own-department",
  [QS_SURVEY_VERDICT_NOT_SAMPLED] = "not-sampled",
  [QS_SURVEY_VERDICT_COOL_OFF] = "cool-off",
  [QS_SURVEY_VERDICT_MONTHLY_CAP] = "monthly-cap",
};

static void
append_timestamp (GString *out, const char *name, gint64 at)
{
  char stamp[QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE];

  g_string_append_printf (out, ", \"%s\": ", name);
  if (at != 0)
    qs_json_export_append_string (out, qs_json_export_format_timestamp (stamp, at));
  else
    g_string_append (out, "null");
}

static void
append_text (GString *out, const char *name, const char *text)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  if (text != NULL)
    qs_json_export_append_string (out, text);
  else
    g_string_append (out, "null");
}

static void
print_json (GPtrArray *rows)
{
  g_autoptr (GString) out = g_string_new ("[");

  for (guint i = 0; i < rows->len; i++)
    {
      QsSurveyProposalRow *row = g_ptr_array_index (rows, i);

      g_string_append (out, i > 0 ? ",\n  {\"ref\": " : "\n  {\"ref\": ");
      qs_json_export_append_string (out, row->request_ref);
      append_timestamp (out, "closed_at", row->closed_at);
      append_text (out, "verdict", verdict_names[row->proposal.verdict]);
      append_timestamp (out, "ask_at", row->proposal.ask_at);
      append_timestamp (out, "since", row->proposal.since);
      append_timestamp (out, "until", row->proposal.until);
      append_text (out, "client_id", row->client_id);
      append_text (out, "language", row->language);
      append_timestamp (out, "asked_at", row->asked_at);
      g_string_append_c (out, '}');
    }
  g_string_append (out, rows->len > 0 ? "\n]\n" : "]\n");
  fputs (out->str, stdout);
}

static void
print_text (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      QsSurveyProposalRow *row = g_ptr_array_index (rows, i);
      g_autofree char     *sentence =
        qs_survey_proposal_describe (&row->proposal, &row->rules, row->hours);

      printf ("%s\t%s\n", row->request_ref, sentence);
    }
}

/* The first instant of @date ("YYYY-MM-DD") in @zone, and of the day
 * after; FALSE when @date is not a date. */
static gboolean
day_bounds (const char *date, GTimeZone *zone, gint64 *from, gint64 *to)
{
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  GDate day;

  if (!qs_calendar_day_parse_date (date, &day))
    return FALSE;
  start = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                           g_date_get_day (&day), 0, 0, 0);
  if (start == NULL)
    return FALSE;
  end = g_date_time_add_days (start, 1);
  *from = g_date_time_to_unix (start) * G_USEC_PER_SEC;
  *to = g_date_time_to_unix (end) * G_USEC_PER_SEC;
  return TRUE;
}

static int
proposals (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char  *on = NULL;
  g_autofree char  *format_name = NULL;
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) app_context = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GDateTime) today = NULL;
  g_autofree char *date = NULL;
  gint64           from, to;
  GOptionEntry     entries[] = { { "on", 0, 0, G_OPTION_ARG_STRING, &on,
                                   N_ ("The day the requests were closed (today unless given)"),
                                   N_ ("YYYY-MM-DD") },
                                 { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
                                   N_ ("text (one request a line) or json"), N_ ("FORMAT") },
                                 { NULL } };

  context = g_option_context_new (
    _ ("— whether to ask the clients of the requests closed on a day, and why not"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("feedback proposals", error->message);
  if (argc > 1)
    return qs_cli_usage_error ("feedback proposals", _ ("it takes no file or word, only options."));
  if (format_name != NULL && !g_str_equal (format_name, "text") &&
      !g_str_equal (format_name, "json"))
    {
      g_autofree char *message =
        g_strdup_printf (_ ("--format must be text or json, not “%s”."), format_name);
      return qs_cli_usage_error ("feedback proposals", message);
    }

  app_context = qs_cli_open_existing_context (cli, "feedback proposals");
  if (app_context == NULL)
    return 1;
  today = qs_context_now_local (app_context);
  date = on != NULL ? g_strdup (on) : g_date_time_format (today, "%Y-%m-%d");
  if (!day_bounds (date, qs_context_get_timezone (app_context), &from, &to))
    {
      g_autofree char *message =
        g_strdup_printf (_ ("--on must be a date such as 2026-05-04, not “%s”."), date);
      return qs_cli_usage_error ("feedback proposals", message);
    }

  rows = qs_survey_proposals_closed_between (qs_context_get_store (app_context), from, to, &error);
  if (rows == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  if (g_strcmp0 (format_name, "json") == 0)
    print_json (rows);
  else
    print_text (rows);
  return 0;
}

int
qs_cli_feedback (QsCliOptions *cli, int argc, char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "proposals"))
    return proposals (cli, argc - 1, argv + 1);
  return qs_cli_usage_error ("feedback",
                             _ ("say what to do: qualserv-cli feedback proposals [--on DATE]."));
}
