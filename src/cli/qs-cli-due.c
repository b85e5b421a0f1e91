/* qs-cli-due.c — qualserv-cli due: a deadline counted on a business calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * qualserv-cli [--db FILE] due --calendar REF --from ISO-8601 --add DURATION
 *              [--explain] [--lang fr|en]
 *
 * DURATION is business time: "4h", "24h", "2d" (business days of the
 * calendar's day length), "30m", or a mix such as "1d4h". --from takes an
 * instant with its offset ("2026-04-24T17:10:00-04:00", "…Z") or without
 * one, which means the calendar's own zone; it defaults to now. The due
 * instant is printed as ISO 8601 in the calendar's zone; --explain adds
 * the explanation, in the language of --lang or else of the environment.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "qs-calendar-repository.h"
#include "qs-cli.h"
#include "qs-deadline-explanation.h"
#include "qs-deadline.h"

/* "1d4h30m" into a value and unit the charter could have written: whole
 * days alone stay business days, anything else becomes business hours. */
static gboolean
parse_duration (const char *text, QsBusinessHours *hours, double *value, QsDurationUnit *unit)
{
  gint64      amounts[3] = { -1, -1, -1 }; /* days, hours, minutes */
  const char *units = "dhm";
  const char *p = text;
  int         last = -1;

  if (text == NULL || *text == '\0')
    return FALSE;

  while (*p != '\0')
    {
      gint64      amount = 0;
      const char *digits = p;
      const char *which;

      while (g_ascii_isdigit (*p) && p - digits < 6)
        amount = amount * 10 + (*p++ - '0');
      if (p == digits || *p == '\0' || (which = strchr (units, g_ascii_tolower (*p))) == NULL)
        return FALSE;
      /* Each unit once, largest first. */
      if (which - units <= last)
        return FALSE;
      last = which - units;
      amounts[last] = amount;
      p++;
    }

  if (amounts[1] < 0 && amounts[2] < 0)
    {
      *value = amounts[0];
      *unit = QS_DURATION_UNIT_BUSINESS_DAYS;
    }
  else
    {
      double day_hours = qs_business_hours_get_day_length (hours) / (3600.0 * G_USEC_PER_SEC);

      *value = MAX (amounts[0], 0) * day_hours + MAX (amounts[1], 0) + MAX (amounts[2], 0) / 60.0;
      *unit = QS_DURATION_UNIT_BUSINESS_HOURS;
    }
  return TRUE;
}

/* ISO 8601 as GLib reads it, and also without seconds ("2026-04-24T17:10"),
 * with a space for the T, or a date alone (its midnight). */
static GDateTime *
parse_instant (const char *text, GTimeZone *zone)
{
  g_autofree char *normal = g_strdelimit (g_strdup (text), " ", 'T');
  g_autoptr (GRegex) short_time =
    g_regex_new ("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})([Zz+-].*)?$", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  GDateTime *dt = g_date_time_new_from_iso8601 (normal, zone);

  if (dt != NULL)
    return dt;
  if (g_regex_match (short_time, normal, 0, &match))
    {
      g_autofree char *hhmm = g_match_info_fetch (match, 1);
      g_autofree char *offset = g_match_info_fetch (match, 2);
      g_autofree char *full = g_strconcat (hhmm, ":00", offset, NULL);

      return g_date_time_new_from_iso8601 (full, zone);
    }
  if (strlen (normal) == 10)
    {
      g_autofree char *midnight = g_strconcat (normal, "T00:00:00", NULL);

      return g_date_time_new_from_iso8601 (midnight, zone);
    }
  return NULL;
}

static char *
format_iso (GTimeZone *zone, gint64 at)
{
  g_autoptr (GDateTime) seconds = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) utc = g_date_time_add (seconds, at % G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);

  if (g_date_time_get_microsecond (local) != 0)
    return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S.%f%:z");
  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

int
qs_cli_due (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autofree char  *calendar_ref = NULL, *from_text = NULL, *add_text = NULL, *lang = NULL;
  g_autofree char  *message = NULL, *due_text = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) app_context = NULL;
  QsStore *store;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GDateTime) from_time = NULL;
  QsLanguage     language = qs_cli_environment_language ();
  gboolean       explain = FALSE;
  QsDurationUnit unit;
  double         value;
  gint64         from, due;
  GOptionEntry   entries[] = {
      { "calendar", 0, 0, G_OPTION_ARG_STRING, &calendar_ref,
        N_ ("The calendar to count on, by its ref"), N_ ("REF") },
      { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
        N_ ("When counting starts, in ISO 8601; without an offset, in the calendar’s zone (default "
              "now)"),
        N_ ("ISO-8601") },
      { "add", 0, 0, G_OPTION_ARG_STRING, &add_text,
        N_ ("The business time to add: 4h, 2d, 30m or 1d4h"), N_ ("DURATION") },
      { "explain", 0, 0, G_OPTION_ARG_NONE, &explain, N_ ("Also explain the deadline in words"),
        NULL },
      { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
        N_ ("Language of the explanation: fr or en (default: the environment’s)"), N_ ("LANG") },
      { NULL }
  };

  context = g_option_context_new (_ ("— count a deadline in business time on a calendar"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &args, &error))
    return qs_cli_usage_error ("due", error->message);
  if (argc > 1)
    {
      message = g_strdup_printf (_ ("unexpected argument “%s”."), args[1]);
      return qs_cli_usage_error ("due", message);
    }
  if (calendar_ref == NULL)
    return qs_cli_usage_error ("due", _ ("say which calendar to count on: --calendar REF."));
  if (add_text == NULL)
    return qs_cli_usage_error ("due",
                               _ ("say how long to count: --add 24h, --add 5d or --add 30m."));
  if (lang != NULL)
    {
      if (g_str_equal (lang, "fr"))
        language = QS_LANGUAGE_FR;
      else if (g_str_equal (lang, "en"))
        language = QS_LANGUAGE_EN;
      else
        {
          message = g_strdup_printf (_ ("--lang must be “fr” or “en”, not “%s”."), lang);
          return qs_cli_usage_error ("due", message);
        }
    }

  app_context = qs_cli_open_existing_context (cli, "due");
  store = app_context != NULL ? qs_context_get_store (app_context) : NULL;
  if (store == NULL)
    return 1;

  hours = qs_calendar_repository_load_hours (store, calendar_ref, &error);
  if (hours == NULL)
    return qs_cli_usage_error ("due", error->message);

  if (!parse_duration (add_text, hours, &value, &unit))
    {
      message = g_strdup_printf (_ ("“%s”: durations are written 4h, 2d or 30m."), add_text);
      return qs_cli_usage_error ("due", message);
    }

  if (from_text != NULL)
    {
      from_time = parse_instant (from_text, qs_business_hours_get_timezone (hours));
      if (from_time == NULL)
        {
          message = g_strdup_printf (_ ("“%s”: write the instant as ISO 8601, for example "
                                        "2026-04-24T17:10 or 2026-04-24T17:10:00-04:00."),
                                     from_text);
          return qs_cli_usage_error ("due", message);
        }
      from =
        g_date_time_to_unix (from_time) * G_USEC_PER_SEC + g_date_time_get_microsecond (from_time);
    }
  else
    from = qs_context_now (app_context);

  due = qs_deadline_due (hours, from, value, unit);
  if (due == G_MAXINT64)
    {
      message = g_strdup_printf (
        _ ("the calendar “%s” never opens after that: there is no due date."), calendar_ref);
      return qs_cli_usage_error ("due", message);
    }

  due_text = format_iso (qs_business_hours_get_timezone (hours), due);
  printf ("%s\n", due_text);
  if (explain)
    {
      g_autoptr (QsDeadlineExplanation) explanation =
        qs_deadline_explanation_new (hours, from, value, unit);
      g_autofree char *text = qs_deadline_explanation_to_text (explanation, language);

      printf ("%s\n", text);
    }
  return 0;
}
