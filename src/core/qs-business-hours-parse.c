/* qs-business-hours-parse.c — a business clock from its weekly hours and dated exceptions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Weekly hours are written "mon=08:30-12:00,13:00-16:30;tue=…": a day
 * absent is closed, ranges are in the order of the day without overlap,
 * and 24:00 may end a range. A dated exception replaces the ranges of
 * one date ("08:30-12:00", a half day) or closes it (a holiday). Every
 * fault is told in one sentence that quotes the faulty part.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "qs-business-hours-private.h"
#include "qs-calendar-day.h"
#include "qs-error.h"

static const char *const day_keys[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static gboolean
parse_time (const char *text, gboolean is_end, gint32 *seconds)
{
  int hours, minutes, consumed = 0;

  if (strlen (text) != 5 || text[2] != ':' || !g_ascii_isdigit (text[0]) ||
      !g_ascii_isdigit (text[1]) || !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]) ||
      sscanf (text, "%2d:%2d%n", &hours, &minutes, &consumed) != 2 || consumed != 5)
    return FALSE;
  if (minutes > 59 || hours > 24 || (hours == 24 && (minutes != 0 || !is_end)))
    return FALSE;
  *seconds = hours * 3600 + minutes * 60;
  return TRUE;
}

/* "08:30-12:00,13:00-16:30" into @hours; @context names the whole item
 * in error sentences. */
gboolean
qs_business_hours_parse_ranges (const char *text,
                                const char *context,
                                DayHours   *hours,
                                GError    **error)
{
  g_auto (GStrv) parts = NULL;

  hours->n = 0;
  if (text == NULL || *text == '\0')
    return TRUE;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *range = g_strstrip (g_strdup (parts[i]));
      g_auto (GStrv) bounds = NULL;
      Range r;

      if (*range == '\0')
        continue;
      bounds = g_strsplit (range, "-", -1);
      if (g_strv_length (bounds) != 2)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s”: write a range of hours as 08:30-12:00."), context);
          return FALSE;
        }
      g_strstrip (bounds[0]);
      g_strstrip (bounds[1]);
      if (!parse_time (bounds[0], FALSE, &r.start))
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("“%s”: %s is not a time of day."),
                       context, bounds[0]);
          return FALSE;
        }
      if (!parse_time (bounds[1], TRUE, &r.end))
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("“%s”: %s is not a time of day."),
                       context, bounds[1]);
          return FALSE;
        }
      if (r.end <= r.start)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s”: the range %s must end after it starts."), context, range);
          return FALSE;
        }
      if (hours->n > 0 && r.start < hours->ranges[hours->n - 1].end)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s”: write the ranges in the order of the day, without overlap."),
                       context);
          return FALSE;
        }
      if (hours->n == MAX_RANGES)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s”: a day has at most %d ranges of hours."), context, MAX_RANGES);
          return FALSE;
        }
      hours->ranges[hours->n++] = r;
    }
  return TRUE;
}

static gint64
day_hours_total (const DayHours *hours)
{
  gint64 total = 0;

  for (guint i = 0; i < hours->n; i++)
    total += hours->ranges[i].end - hours->ranges[i].start;
  return total * USEC;
}

static gboolean
parse_weekly (QsBusinessHours *self, const char *weekly_hours, GError **error)
{
  g_auto (GStrv) items = g_strsplit (weekly_hours != NULL ? weekly_hours : "", ";", -1);
  gboolean seen[7] = { FALSE };

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));
      g_autofree char *key = NULL;
      const char      *equals;
      int              weekday = -1;

      if (*item == '\0')
        continue;
      equals = strchr (item, '=');
      if (equals == NULL)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s”: write the hours of a day as mon=08:30-12:00,13:00-16:30."), item);
          return FALSE;
        }
      key = g_strstrip (g_ascii_strdown (item, equals - item));
      for (int d = 0; d < 7; d++)
        if (g_str_equal (key, day_keys[d]))
          weekday = d;
      if (weekday < 0)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s”: %s is not a day; write mon, tue, wed, thu, fri, sat or sun."),
                       item, key);
          return FALSE;
        }
      if (seen[weekday])
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s”: the hours of %s are given twice."), item, key);
          return FALSE;
        }
      seen[weekday] = TRUE;
      if (!qs_business_hours_parse_ranges (equals + 1, item, &self->week[weekday], error))
        return FALSE;
    }

  self->week_total = 0;
  self->day_length = 0;
  for (int d = 0; d < 7; d++)
    {
      gint64 total = day_hours_total (&self->week[d]);

      self->week_total += total;
      self->day_length = MAX (self->day_length, total);
    }
  return TRUE;
}

static void
exception_clear (gpointer data)
{
  Exception *ex = data;

  g_free (ex->name);
}

static void
business_hours_free (QsBusinessHours *self)
{
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->exceptions, g_array_unref);
  g_clear_pointer (&self->blocks, g_hash_table_unref);
  g_clear_pointer (&self->table, g_array_unref);
  g_free (self);
}

QsBusinessHours *
qs_business_hours_new (const char *timezone, const char *weekly_hours, GError **error)
{
  QsBusinessHours *self;
  GTimeZone       *zone = NULL;

  if (timezone != NULL && *timezone != '\0')
    zone = g_time_zone_new_identifier (timezone);
  if (zone == NULL)
    {
      g_set_error (
        error, QS_ERROR, QS_ERROR_INVALID,
        _ ("“%s” is not a time zone; write one such as America/Toronto or Europe/Paris."),
        timezone != NULL ? timezone : "");
      return NULL;
    }

  self = g_new0 (QsBusinessHours, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->zone = zone;
  self->exceptions = g_array_new (FALSE, TRUE, sizeof (Exception));
  g_array_set_clear_func (self->exceptions, exception_clear);
  self->blocks = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);

  if (!parse_weekly (self, weekly_hours, error))
    {
      business_hours_free (self);
      return NULL;
    }
  return self;
}

QsBusinessHours *
qs_business_hours_new_for_calendar (QsCalendar *calendar, GPtrArray *days, GError **error)
{
  g_autoptr (QsBusinessHours) self = NULL;

  g_return_val_if_fail (QS_IS_CALENDAR (calendar), NULL);

  self = qs_business_hours_new (
    qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_TIMEZONE),
    qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS), error);
  if (self == NULL)
    return NULL;

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      QsEntity *day = g_ptr_array_index (days, i);

      if (!qs_business_hours_set_day (self, qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_DAY),
                                      qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_HOURS),
                                      qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_NAME),
                                      error))
        return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
qs_business_hours_set_day (
  QsBusinessHours *self, const char *date, const char *hours, const char *name, GError **error)
{
  int              year, month, mday, consumed = 0;
  g_autofree char *context = NULL;
  Exception        ex = { 0 };
  GDate            parsed;
  guint            index;

  g_return_val_if_fail (self != NULL, FALSE);

  if (date == NULL || strlen (date) != 10 ||
      sscanf (date, "%4d-%2d-%2d%n", &year, &month, &mday, &consumed) != 3 || consumed != 10 ||
      !g_date_valid_dmy (mday, month, year))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("“%s” is not a date; write it as 2026-05-01."), date != NULL ? date : "");
      return FALSE;
    }

  context = g_strdup_printf ("%s=%s", date, hours != NULL ? hours : "");
  if (!qs_business_hours_parse_ranges (hours, context, &ex.hours, error))
    return FALSE;

  g_date_clear (&parsed, 1);
  g_date_set_dmy (&parsed, mday, month, year);
  ex.day = (gint32) g_date_get_julian (&parsed) - UNIX_EPOCH_JULIAN;
  ex.name = (name != NULL && *name != '\0') ? g_strdup (name) : NULL;

  index = qs_business_hours_find_exception (self, ex.day);
  if (index < self->exceptions->len &&
      g_array_index (self->exceptions, Exception, index).day == ex.day)
    g_array_remove_index (self->exceptions, index);
  g_array_insert_val (self->exceptions, index, ex);
  /* The cumulated business time changes from that date on. */
  g_clear_pointer (&self->table, g_array_unref);
  return TRUE;
}

QsBusinessHours *
qs_business_hours_ref (QsBusinessHours *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
qs_business_hours_unref (QsBusinessHours *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    business_hours_free (self);
}
