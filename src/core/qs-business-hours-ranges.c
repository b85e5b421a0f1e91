/* qs-business-hours-ranges.c — the weekly hours of one weekday, less some hours or as a complement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A half day is stored as the hours that stay open ("08:30-12:00"); an
 * iCalendar file says which hours close ("13:00–16:30 closed"). Both are
 * worked out against the weekly hours of the date's weekday, minute by
 * minute: ranges are whole minutes, and a day has 1,440 of them.
 */
#include "config.h"

#include "qs-business-hours-private.h"

#define DAY_MINUTES 1440

static void
mark_day (const DayHours *hours, gboolean open[DAY_MINUTES])
{
  for (guint i = 0; i < hours->n; i++)
    for (gint32 m = hours->ranges[i].start / 60; m < hours->ranges[i].end / 60; m++)
      open[m] = TRUE;
}

/* Minute pairs of the runs of TRUE in @mask. */
static GArray *
runs_of (const gboolean mask[DAY_MINUTES])
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint m = 0; m < DAY_MINUTES;)
    {
      guint start;

      if (!mask[m])
        {
          m++;
          continue;
        }
      start = m;
      while (m < DAY_MINUTES && mask[m])
        m++;
      g_array_append_val (runs, start);
      g_array_append_val (runs, m);
    }
  return runs;
}

/**
 * qs_business_hours_format_ranges:
 * @minutes: pairs of minutes since midnight (start, end)
 *
 * Returns: "08:30-12:00,13:00-16:30", as calendar rows store hours; ""
 * when there is none.
 */
char *
qs_business_hours_format_ranges (const guint *minutes, guint n_pairs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_pairs; i++)
    g_string_append_printf (out, "%s%02u:%02u-%02u:%02u", i > 0 ? "," : "", minutes[2 * i] / 60,
                            minutes[2 * i] % 60, minutes[2 * i + 1] / 60, minutes[2 * i + 1] % 60);
  return g_string_free (out, FALSE);
}

/**
 * qs_business_hours_weekday_hours_without:
 * @closed: pairs of minutes since midnight that close
 *
 * Returns: the weekly hours of @weekday less @closed, formatted as
 * calendar rows store them: "" when nothing stays open.
 */
char *
qs_business_hours_weekday_hours_without (QsBusinessHours *self,
                                         GDateWeekday     weekday,
                                         const guint     *closed,
                                         guint            n_closed)
{
  gboolean open[DAY_MINUTES] = { FALSE };
  g_autoptr (GArray) runs = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);

  mark_day (&self->week[weekday - 1], open);
  for (guint i = 0; i < n_closed; i++)
    for (guint m = closed[2 * i]; m < MIN (closed[2 * i + 1], DAY_MINUTES); m++)
      open[m] = FALSE;
  runs = runs_of (open);
  return qs_business_hours_format_ranges ((const guint *) runs->data, runs->len / 2);
}

/**
 * qs_business_hours_weekday_closed_parts:
 * @hours: the hours a half day stays open, as calendar rows store them
 *
 * Returns: (transfer full): the minute pairs of @weekday's weekly hours
 * that @hours leaves closed, or %NULL with QS_ERROR_INVALID when @hours
 * cannot be read.
 */
GArray *
qs_business_hours_weekday_closed_parts (QsBusinessHours *self,
                                        GDateWeekday     weekday,
                                        const char      *hours,
                                        GError         **error)
{
  gboolean weekly[DAY_MINUTES] = { FALSE };
  gboolean kept[DAY_MINUTES] = { FALSE };
  DayHours day;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);

  if (!qs_business_hours_parse_ranges (hours, hours != NULL ? hours : "", &day, error))
    return NULL;
  mark_day (&self->week[weekday - 1], weekly);
  mark_day (&day, kept);
  for (guint m = 0; m < DAY_MINUTES; m++)
    weekly[m] = weekly[m] && !kept[m];
  return runs_of (weekly);
}

/**
 * qs_business_hours_ranges_for_people:
 *
 * Returns: "08:30-12:00,13:00-16:30" as people read it,
 * "08:30–12:00, 13:00–16:30".
 */
char *
qs_business_hours_ranges_for_people (const char *ranges)
{
  g_auto (GStrv) parts = g_strsplit (ranges != NULL ? ranges : "", ",", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto (GStrv) bounds = g_strsplit (parts[i], "-", 2);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, bounds[0]);
      if (bounds[0] != NULL && bounds[1] != NULL)
        g_string_append_printf (out, "–%s", bounds[1]);
    }
  return g_string_free (out, FALSE);
}

/**
 * qs_business_hours_ranges_from_typed:
 *
 * Returns: what a person typed ("08:30 – 12:00, 13:00-16:30"), as
 * calendar rows store it: dashes of any kind, no spaces. Whether it
 * reads is for the parser to say.
 */
char *
qs_business_hours_ranges_from_typed (const char *typed)
{
  GString *out = g_string_new (NULL);

  for (const char *p = typed != NULL ? typed : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (c == 0x2013 || c == 0x2014 || c == 0x2212)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
