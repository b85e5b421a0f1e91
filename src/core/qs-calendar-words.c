/* qs-calendar-words.c — weekday, month and duration-unit names in French and English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "qs-calendar-words.h"

static const char *weekday_names[7][2] = {
  /* QS_LANGUAGE_FR, QS_LANGUAGE_EN */
  { "lundi", "Monday" }, { "mardi", "Tuesday" }, { "mercredi", "Wednesday" },
  { "jeudi", "Thursday" }, { "vendredi", "Friday" }, { "samedi", "Saturday" },
  { "dimanche", "Sunday" },
};

static const char *month_names[12][2] = {
  { "janvier", "January" }, { "février", "February" }, { "mars", "March" },
  { "avril", "April" }, { "mai", "May" }, { "juin", "June" },
  { "juillet", "July" }, { "août", "August" }, { "septembre", "September" },
  { "octobre", "October" }, { "novembre", "November" }, { "décembre", "December" },
};

/* Singular then plural of each duration unit. */
static const char *unit_names[][2][2] = {
  [QS_DURATION_UNIT_BUSINESS_HOURS] = { { "heure ouvrable", "heures ouvrables" },
                                        { "business hour", "business hours" } },
  [QS_DURATION_UNIT_BUSINESS_DAYS]  = { { "jour ouvrable", "jours ouvrables" },
                                        { "business day", "business days" } },
  [QS_DURATION_UNIT_HOURS]          = { { "heure", "heures" }, { "hour", "hours" } },
  [QS_DURATION_UNIT_DAYS]           = { { "jour", "jours" }, { "day", "days" } },
  [QS_DURATION_UNIT_SECONDS]        = { { "seconde", "secondes" }, { "second", "seconds" } },
};

static guint
lang_index (QsLanguage language)
{
  return language == QS_LANGUAGE_EN ? 1 : 0;
}

/* @weekday: 1 (Monday) to 7, as g_date_time_get_day_of_week() gives. */
const char *
qs_calendar_words_weekday (GDateWeekday weekday,
                           QsLanguage   language)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), "");

  return weekday_names[weekday - 1][lang_index (language)];
}

/* @month: 1 (January) to 12. */
const char *
qs_calendar_words_month (GDateMonth month,
                         QsLanguage language)
{
  g_return_val_if_fail (g_date_valid_month (month), "");

  return month_names[month - 1][lang_index (language)];
}

/* French uses the singular below 2 ("1,5 heure"), English only for 1. */
gboolean
qs_calendar_words_is_plural (double     value,
                             QsLanguage language)
{
  return language == QS_LANGUAGE_FR ? value >= 2 : value != 1;
}

/* "business hours", "jour ouvrable"; "" for an unknown unit. */
const char *
qs_calendar_words_duration_unit (QsDurationUnit unit,
                                 gboolean       plural,
                                 QsLanguage     language)
{
  if ((guint) unit >= G_N_ELEMENTS (unit_names))
    return "";
  return unit_names[unit][lang_index (language)][plural ? 1 : 0];
}

/* @value with at most @decimals decimals and the decimal separator of
 * @language, whatever the process locale: "1.5", "1,5". Trailing zeros
 * are dropped ("24", "2.25") unless @keep_zeros, so that every figure of
 * a column keeps the same precision. */
char *
qs_calendar_words_format_number (double     value,
                                 guint      decimals,
                                 gboolean   keep_zeros,
                                 QsLanguage language)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 9));
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  point = strchr (buffer, '.');
  if (point != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (!keep_zeros && end > point && *end == '0')
        *end-- = '\0';
      if (end == point)
        *point = '\0';
      else if (language == QS_LANGUAGE_FR)
        *point = ',';
    }
  return g_strdup (buffer);
}

/* "14 March 2026", "1er mars"; without the year when @year <= 0. */
void
qs_calendar_words_append_date (GString    *out,
                               int         day,
                               GDateMonth  month,
                               int         year,
                               QsLanguage  language)
{
  const char *name = qs_calendar_words_month (month, language);

  if (language == QS_LANGUAGE_FR && day == 1)
    g_string_append_printf (out, "1er %s", name);
  else
    g_string_append_printf (out, "%d %s", day, name);
  if (year > 0)
    g_string_append_printf (out, " %d", year);
}
