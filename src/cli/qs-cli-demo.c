/* qs-cli-demo.c — qualserv-cli demo: fill a database with the example organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * qualserv-cli [--db FILE] demo [--requests N] [--seed S] [--lang fr|en]
 *
 * Fills an empty database with a bilingual agency, its charters and 18
 * months of requests (see qs-demo.c). The same seed gives the same rows
 * within a calendar month.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "qs-cli.h"
#include "qs-demo.h"

/* Up to 10 million requests: enough for any benchmark, and a typo of one
 * more digit does not start a fill of hours. */
#define MAX_REQUESTS 10000000

static gboolean
parse_whole_number (const char *option, const char *text, guint64 max, guint64 *out, char **message)
{
  g_autoptr (GError) error = NULL;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, out, &error))
    {
      if (g_error_matches (error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
        {
          g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

          /* Translators: the first %s is an option such as --requests, the second a number */
          *message = g_strdup_printf (_ ("%s must be at most %s, not “%s”."), option, limit, text);
        }
      else
        /* Translators: %s is an option such as --requests, then what was typed */
        *message = g_strdup_printf (_ ("%s must be a whole number, not “%s”."), option, text);
      return FALSE;
    }
  return TRUE;
}

int
qs_cli_demo (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autofree char  *requests = NULL;
  g_autofree char  *seed = NULL;
  g_autofree char  *lang = NULL;
  g_autofree char  *message = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore           *store;
  QsDemoOptions      options;
  guint64            value;
  const GOptionEntry entries[] = {
    { "requests", 0, 0, G_OPTION_ARG_STRING, &requests,
      N_ ("Number of requests over the 18 months (default 2000)"), N_ ("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed,
      N_ ("Seed of the generator: the same seed gives the same data (default 1)"), N_ ("S") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_ ("Language of the organisation’s texts: fr or en (default en)"), N_ ("LANG") },
    { NULL }
  };

  qs_demo_options_init (&options);

  context = g_option_context_new (_ ("— fill an empty database with an example organisation"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Parsed on a copy: GOptionContext reorders the array it is given. */
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("demo", error->message);
  if (argc > 1)
    {
      message = g_strdup_printf (_ ("unexpected argument “%s”."), args[1]);
      return qs_cli_usage_error ("demo", message);
    }

  if (requests != NULL)
    {
      if (!parse_whole_number ("--requests", requests, MAX_REQUESTS, &value, &message))
        return qs_cli_usage_error ("demo", message);
      options.n_requests = value;
    }
  if (seed != NULL)
    {
      if (!parse_whole_number ("--seed", seed, G_MAXUINT32, &value, &message))
        return qs_cli_usage_error ("demo", message);
      options.seed = value;
    }
  if (lang != NULL)
    {
      if (g_str_equal (lang, "fr"))
        options.language = QS_LANGUAGE_FR;
      else if (g_str_equal (lang, "en"))
        options.language = QS_LANGUAGE_EN;
      else
        {
          message = g_strdup_printf (_ ("--lang must be “fr” or “en”, not “%s”."), lang);
          return qs_cli_usage_error ("demo", message);
        }
    }

  app_context = qs_cli_open_context (cli, TRUE);
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;
  if (!qs_demo_fill (store, &options, &error))
    return qs_cli_fail (g_steal_pointer (&error));

  /* Translators: %s is a file name, %u a number of requests */
  printf (g_dngettext (
            GETTEXT_PACKAGE, "Filled “%s” with the example organisation and %u request.\n",
            "Filled “%s” with the example organisation and %u requests.\n", options.n_requests),
          qs_store_get_path (store), options.n_requests);
  return 0;
}
