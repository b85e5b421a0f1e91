/* qs-cli-search.c — qualserv-cli search: find requests as the Requests view does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] search QUERY [--limit N] [--format text|json]
 *
 * The words of QUERY are searched in the subject, description, resolution
 * and history of live requests, each as the start of a word (a word of
 * one letter as a whole word), newest received first: the same query as
 * the view's search field. Text output is one request a line, its
 * reference, status, date received (local time) and subject separated by
 * tabs; JSON output is an array of objects, dates in UTC.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "qs-cli.h"
#include "qs-json-export.h"
#include "qs-request-query.h"

#define MAX_LIMIT 1000000

/* Tabs and line breaks would break the one-request-a-line output. */
static char *
one_line (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  return g_strdelimit (copy, "\t\r\n", ' ');
}

static void
print_text (GArray *hits)
{
  for (guint i = 0; i < hits->len; i++)
    {
      QsRequestHit *hit = &g_array_index (hits, QsRequestHit, i);
      g_autoptr (GDateTime) received =
        g_date_time_new_from_unix_local (hit->received_at / G_USEC_PER_SEC);
      g_autofree char *date = g_date_time_format (received, "%Y-%m-%d %H:%M");
      g_autofree char *subject = one_line (hit->subject);

      printf ("%s\t%s\t%s\t%s\n", hit->ref, hit->status, date, subject);
    }
}

static void
print_json (GArray *hits)
{
  g_autoptr (GString) out = g_string_new ("[");
  char stamp[QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE];

  for (guint i = 0; i < hits->len; i++)
    {
      QsRequestHit *hit = &g_array_index (hits, QsRequestHit, i);

      g_string_append (out, i > 0 ? ",\n  {\"ref\": " : "\n  {\"ref\": ");
      qs_json_export_append_string (out, hit->ref);
      g_string_append (out, ", \"status\": ");
      qs_json_export_append_string (out, hit->status);
      g_string_append (out, ", \"received_at\": ");
      qs_json_export_append_string (out, qs_json_export_format_timestamp (stamp, hit->received_at));
      g_string_append (out, ", \"subject\": ");
      qs_json_export_append_string (out, hit->subject);
      g_string_append_c (out, '}');
    }
  g_string_append (out, hits->len > 0 ? "\n]\n" : "]\n");
  fputs (out->str, stdout);
}

int
qs_cli_search (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char  *limit_text = NULL;
  g_autofree char  *format_name = NULL;
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore *store;
  g_autoptr (QsRequestFilter) filter = NULL;
  g_autoptr (GArray) hits = NULL;
  guint64      limit = 20;
  GOptionEntry entries[] = { { "limit", 'n', 0, G_OPTION_ARG_STRING, &limit_text,
                               N_ ("Print at most N requests (20 unless given)"), N_ ("N") },
                             { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
                               N_ ("text (one request a line) or json"), N_ ("FORMAT") },
                             { NULL } };

  context = g_option_context_new (_ ("QUERY — find requests by their words and history"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Parsed on a copy: GOptionContext reorders the array it is given. */
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("search", error->message);

  if (argc < 2)
    return qs_cli_usage_error ("search", _ ("say what to search for: qualserv-cli search WORDS."));
  if (limit_text != NULL &&
      (!g_ascii_string_to_unsigned (limit_text, 10, 1, MAX_LIMIT, &limit, NULL)))
    {
      g_autofree char *message = g_strdup_printf (
        _ ("--limit must be a whole number from 1 to %d, not “%s”."), MAX_LIMIT, limit_text);
      return qs_cli_usage_error ("search", message);
    }
  if (format_name != NULL && !g_str_equal (format_name, "text") &&
      !g_str_equal (format_name, "json"))
    {
      g_autofree char *message =
        g_strdup_printf (_ ("--format must be text or json, not “%s”."), format_name);
      return qs_cli_usage_error ("search", message);
    }

  app_context = qs_cli_open_existing_context (cli, "search");
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  filter = qs_request_filter_new ();
  /* "search pay statement" is one query of two words. */
  filter->search = g_strjoinv (" ", args + 1);
  hits =
    qs_request_query_search (store, filter, (guint) limit, qs_context_now (app_context), &error);
  if (hits == NULL)
    return qs_cli_fail (g_steal_pointer (&error));

  if (g_strcmp0 (format_name, "json") == 0)
    print_json (hits);
  else
    print_text (hits);
  return 0;
}
