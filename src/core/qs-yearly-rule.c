/* qs-yearly-rule.c — a yearly recurrence rule of iCalendar, as holidays use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Public holiday files repeat a date every year ("FREQ=YEARLY;BYMONTH=7;
 * BYMONTHDAY=1"), the nth weekday of a month ("BYMONTH=9;BYDAY=1MO",
 * Labour Day) or the weekday among some dates ("BYMONTH=5;BYDAY=MO;
 * BYMONTHDAY=18,19,20,21,22,23,24", the Monday before May 25). That is
 * what is read here; a rule that needs more (weeks of the year, days of
 * the year, set positions) is refused rather than guessed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "qs-error.h"
#include "qs-yearly-rule.h"

/* No holiday file needs more; it bounds what a hostile file costs. */
#define MAX_OCCURRENCES 2000

typedef struct
{
  int          ordinal; /* 0: every such weekday; 1..5 or -1..-5 in the month */
  GDateWeekday weekday;
} ByDay;

struct _QsYearlyRule
{
  guint   interval;
  guint   count;      /* 0: no limit */
  GDate   until;      /* invalid: no limit */
  GArray *months;     /* guint 1..12 */
  GArray *month_days; /* int 1..31 or -1..-31 */
  GArray *days;       /* ByDay */
};

static const char *const weekday_keys[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

void
qs_yearly_rule_free (QsYearlyRule *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->months);
  g_array_unref (self->month_days);
  g_array_unref (self->days);
  g_free (self);
}

/* A whole number in [@min, @max], without sign unless @min < 0. */
static gboolean
parse_int (const char *text, int min, int max, int *out)
{
  char  *end = NULL;
  gint64 value;

  if (text == NULL || *text == '\0' || (*text == '-' && min >= 0) || *text == '+')
    return FALSE;
  value = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || value < min || value > max)
    return FALSE;
  *out = (int) value;
  return TRUE;
}

static gboolean
parse_until (const char *text, GDate *until)
{
  int year, month, day;

  /* A date, or a date-time whose date is enough for whole days. */
  if (strlen (text) < 8)
    return FALSE;
  for (int i = 0; i < 8; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  if (text[8] != '\0' && text[8] != 'T')
    return FALSE;
  year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  month = (text[4] - '0') * 10 + (text[5] - '0');
  day = (text[6] - '0') * 10 + (text[7] - '0');
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (until, day, month, year);
  return TRUE;
}

static gboolean
parse_by_day (const char *text, ByDay *by_day)
{
  size_t           len = strlen (text);
  g_autofree char *ordinal = NULL;

  if (len < 2)
    return FALSE;
  by_day->weekday = G_DATE_BAD_WEEKDAY;
  for (guint i = 0; i < G_N_ELEMENTS (weekday_keys); i++)
    if (g_ascii_strcasecmp (text + len - 2, weekday_keys[i]) == 0)
      by_day->weekday = i + 1;
  if (by_day->weekday == G_DATE_BAD_WEEKDAY)
    return FALSE;
  by_day->ordinal = 0;
  if (len == 2)
    return TRUE;
  ordinal = g_strndup (text, len - 2);
  if (*ordinal == '+')
    memmove (ordinal, ordinal + 1, strlen (ordinal));
  return parse_int (ordinal, -5, 5, &by_day->ordinal) && by_day->ordinal != 0;
}

/* Each item of a comma list through @parse; FALSE at the first bad one. */
static gboolean
parse_list (const char *value, GArray *into, int min, int max)
{
  g_auto (GStrv) items = g_strsplit (value, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      int n;

      if (!parse_int (items[i], min, max, &n) || n == 0)
        return FALSE;
      g_array_append_val (into, n);
    }
  return items[0] != NULL;
}

static gboolean
set_part (QsYearlyRule *self, const char *key, const char *value, gboolean *yearly)
{
  int n;

  if (g_ascii_strcasecmp (key, "FREQ") == 0)
    {
      *yearly = g_ascii_strcasecmp (value, "YEARLY") == 0;
      return TRUE;
    }
  if (g_ascii_strcasecmp (key, "INTERVAL") == 0)
    return parse_int (value, 1, 100, &n) && (self->interval = n, TRUE);
  if (g_ascii_strcasecmp (key, "COUNT") == 0)
    return parse_int (value, 1, MAX_OCCURRENCES, &n) && (self->count = n, TRUE);
  if (g_ascii_strcasecmp (key, "UNTIL") == 0)
    return parse_until (value, &self->until);
  if (g_ascii_strcasecmp (key, "BYMONTH") == 0)
    return parse_list (value, self->months, 1, 12);
  if (g_ascii_strcasecmp (key, "BYMONTHDAY") == 0)
    return parse_list (value, self->month_days, -31, 31);
  if (g_ascii_strcasecmp (key, "WKST") == 0)
    {
      ByDay ignored;
      return parse_by_day (value, &ignored) && ignored.ordinal == 0;
    }
  if (g_ascii_strcasecmp (key, "BYDAY") == 0)
    {
      g_auto (GStrv) items = g_strsplit (value, ",", -1);

      for (guint i = 0; items[i] != NULL; i++)
        {
          ByDay by_day;

          if (!parse_by_day (items[i], &by_day))
            return FALSE;
          g_array_append_val (self->days, by_day);
        }
      return items[0] != NULL;
    }
  return FALSE;
}

QsYearlyRule *
qs_yearly_rule_parse (const char *text, GError **error)
{
  g_autoptr (QsYearlyRule) self = g_new0 (QsYearlyRule, 1);
  g_auto (GStrv) parts = g_strsplit (text != NULL ? text : "", ";", -1);
  gboolean yearly = FALSE;
  gboolean ordinal = FALSE;

  self->interval = 1;
  self->months = g_array_new (FALSE, FALSE, sizeof (int));
  self->month_days = g_array_new (FALSE, FALSE, sizeof (int));
  self->days = g_array_new (FALSE, FALSE, sizeof (ByDay));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char      *equals = strchr (parts[i], '=');
      g_autofree char *key = equals != NULL ? g_strndup (parts[i], equals - parts[i]) : NULL;

      if (key == NULL || !set_part (self, key, equals + 1, &yearly))
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("the repeat rule part “%s” is not understood: only yearly dates, "
                          "such as BYMONTH=7;BYMONTHDAY=1 or BYMONTH=9;BYDAY=1MO, are read"),
                       parts[i]);
          return NULL;
        }
    }
  if (!yearly)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("the repeat rule “%s” is not yearly: a holiday comes back once a year"),
                   text != NULL ? text : "");
      return NULL;
    }
  for (guint i = 0; i < self->days->len; i++)
    ordinal = ordinal || g_array_index (self->days, ByDay, i).ordinal != 0;
  /* "Every Monday of the year" is not a holiday; an ordinal counts in a month. */
  if (self->days->len > 0 && (self->months->len == 0 || (!ordinal && self->month_days->len == 0)))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("the repeat rule “%s” repeats a weekday without its month: write "
                      "BYMONTH with BYDAY=1MO, or BYMONTHDAY with BYDAY=MO"),
                   text);
      return NULL;
    }
  return g_steal_pointer (&self);
}

static gboolean
day_matches_by_day (const QsYearlyRule *self, const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);
  guint        day = g_date_get_day (date);
  guint        last = g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date));

  for (guint i = 0; i < self->days->len; i++)
    {
      const ByDay *by_day = &g_array_index (self->days, ByDay, i);

      if (by_day->weekday != weekday)
        continue;
      if (by_day->ordinal == 0 ||
          (by_day->ordinal > 0 && (day - 1) / 7 + 1 == (guint) by_day->ordinal) ||
          (by_day->ordinal < 0 && (last - day) / 7 + 1 == (guint) -by_day->ordinal))
        return TRUE;
    }
  return FALSE;
}

static gboolean
day_matches_month_day (const QsYearlyRule *self, const GDate *date)
{
  int day = g_date_get_day (date);
  int last = g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date));

  for (guint i = 0; i < self->month_days->len; i++)
    {
      int wanted = g_array_index (self->month_days, int, i);

      if (wanted == day || (wanted < 0 && last + 1 + wanted == day))
        return TRUE;
    }
  return FALSE;
}

/* The dates of one year, in order. */
static void
add_year (const QsYearlyRule *self, const GDate *start, int year, GArray *dates)
{
  for (int month = 1; month <= 12; month++)
    {
      gboolean in_months = FALSE;
      guint    n_days = g_date_get_days_in_month (month, year);

      for (guint i = 0; i < self->months->len; i++)
        in_months = in_months || g_array_index (self->months, int, i) == month;
      if (self->months->len == 0)
        in_months = month == (int) g_date_get_month (start);
      if (!in_months)
        continue;
      for (guint day = 1; day <= n_days; day++)
        {
          GDate    date;
          gboolean keep;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, day, month, year);
          if (self->days->len > 0)
            keep = day_matches_by_day (self, &date) &&
                   (self->month_days->len == 0 || day_matches_month_day (self, &date));
          else if (self->month_days->len > 0)
            keep = day_matches_month_day (self, &date);
          else
            keep = day == g_date_get_day (start);
          if (keep)
            g_array_append_val (dates, date);
        }
    }
}

GArray *
qs_yearly_rule_expand (const QsYearlyRule *self, const GDate *start, int last_year)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  int     first_year;

  g_return_val_if_fail (self != NULL, dates);
  g_return_val_if_fail (g_date_valid (start), dates);

  first_year = g_date_get_year (start);
  g_array_append_val (dates, *start);
  for (int year = first_year; year <= last_year && dates->len < MAX_OCCURRENCES;
       year += self->interval)
    {
      g_autoptr (GArray) year_dates = g_array_new (FALSE, FALSE, sizeof (GDate));

      add_year (self, start, year, year_dates);
      for (guint i = 0; i < year_dates->len; i++)
        {
          const GDate *date = &g_array_index (year_dates, GDate, i);

          if (g_date_compare (date, start) <= 0)
            continue;
          if (g_date_valid (&self->until) && g_date_compare (date, &self->until) > 0)
            return dates;
          if (self->count > 0 && dates->len >= self->count)
            return dates;
          g_array_append_val (dates, *date);
        }
    }
  return dates;
}
