/* qs-ics-time-zone.c — a VTIMEZONE block of an iCalendar file, as GLib can read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Outlook names its zones as Windows does ("Romance Standard Time") and
 * describes them only in the file: an offset for standard time, one for
 * daylight time, and the yearly rule of each change ("the last Sunday of
 * October at 03:00"). That is what a POSIX TZ rule says too, and GLib
 * reads POSIX rules: the block is turned into one. Written by hand, as
 * the GNOME runtime has no iCalendar library.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "qs-ics-time-zone.h"

/* One STANDARD or DAYLIGHT part. */
typedef struct
{
  gboolean set;
  char     start[16]; /* DTSTART, to keep the latest part */
  int      offset;    /* TZOFFSETTO, minutes east of UTC */
  int      month;     /* of its yearly rule, 0 if none */
  int      week;      /* 1..4, or 5 for the last */
  int      weekday;   /* 0 = Sunday */
  int      seconds;   /* local time of the change */
} Part;

struct _QsIcsTimeZone
{
  char *id;
  char *location;
  Part  parts[2]; /* standard, daylight */
  Part  reading;
};

static const char *const weekday_keys[] = { "SU", "MO", "TU", "WE", "TH", "FR", "SA" };

QsIcsTimeZone *
qs_ics_time_zone_new (void)
{
  return g_new0 (QsIcsTimeZone, 1);
}

void
qs_ics_time_zone_free (QsIcsTimeZone *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->location);
  g_free (self);
}

const char *
qs_ics_time_zone_get_id (QsIcsTimeZone *self)
{
  return self->id;
}

/* "+0100", "-0430" → minutes east of UTC. */
static gboolean
parse_offset (const char *text, int *minutes)
{
  if (strlen (text) < 5 || (text[0] != '+' && text[0] != '-'))
    return FALSE;
  for (int i = 1; i < 5; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  *minutes = ((text[1] - '0') * 10 + (text[2] - '0')) * 60 + (text[3] - '0') * 10 + (text[4] - '0');
  if (text[0] == '-')
    *minutes = -*minutes;
  return TRUE;
}

static void
read_rule (Part *part, const char *rule)
{
  g_auto (GStrv) items = g_strsplit (rule, ";", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (g_str_has_prefix (items[i], "BYMONTH="))
        part->month = atoi (items[i] + strlen ("BYMONTH="));
      else if (g_str_has_prefix (items[i], "BYDAY="))
        {
          const char *day = items[i] + strlen ("BYDAY=");
          size_t      len = strlen (day);

          if (len < 3)
            continue;
          part->week = atoi (day);
          if (part->week < 0 || part->week > 4)
            part->week = 5;
          for (guint k = 0; k < G_N_ELEMENTS (weekday_keys); k++)
            if (g_str_equal (day + len - 2, weekday_keys[k]))
              part->weekday = k;
        }
    }
}

void
qs_ics_time_zone_add (QsIcsTimeZone *self, const char *component, const QsContentLine *line)
{
  g_return_if_fail (self != NULL);

  if (g_str_equal (component, "VTIMEZONE"))
    {
      char **slot = g_str_equal (line->name, "TZID")             ? &self->id
                    : g_str_equal (line->name, "X-LIC-LOCATION") ? &self->location
                                                                 : NULL;

      if (slot != NULL)
        {
          g_free (*slot);
          *slot = g_strdup (line->value);
        }
      return;
    }
  self->reading.set = TRUE;
  if (g_str_equal (line->name, "TZOFFSETTO"))
    parse_offset (line->value, &self->reading.offset);
  else if (g_str_equal (line->name, "RRULE"))
    read_rule (&self->reading, line->value);
  else if (g_str_equal (line->name, "DTSTART") && strlen (line->value) == 15)
    {
      const char *t = line->value + 9;

      g_strlcpy (self->reading.start, line->value, sizeof self->reading.start);
      self->reading.seconds = ((t[0] - '0') * 10 + (t[1] - '0')) * 3600 +
                              ((t[2] - '0') * 10 + (t[3] - '0')) * 60 + (t[4] - '0') * 10 +
                              (t[5] - '0');
    }
}

void
qs_ics_time_zone_end (QsIcsTimeZone *self, const char *component)
{
  Part *kept;

  g_return_if_fail (self != NULL);

  if (!g_str_equal (component, "STANDARD") && !g_str_equal (component, "DAYLIGHT"))
    return;
  /* A zone whose rules changed lists each era: the latest is today's. */
  kept = &self->parts[g_str_equal (component, "DAYLIGHT") ? 1 : 0];
  if (self->reading.set && (!kept->set || strcmp (self->reading.start, kept->start) >= 0))
    *kept = self->reading;
  memset (&self->reading, 0, sizeof self->reading);
}

/* POSIX counts hours west of UTC: +01:30 is "-1:30". */
static void
append_offset (GString *out, int minutes_east)
{
  int west = -minutes_east;

  g_string_append_printf (out, "%s%d", west < 0 ? "-" : "", ABS (west) / 60);
  if (ABS (west) % 60 != 0)
    g_string_append_printf (out, ":%02d", ABS (west) % 60);
}

static void
append_change (GString *out, const Part *part)
{
  g_string_append_printf (out, ",M%d.%d.%d/%02d:%02d:%02d", part->month, part->week, part->weekday,
                          part->seconds / 3600, part->seconds / 60 % 60, part->seconds % 60);
}

char *
qs_ics_time_zone_to_identifier (QsIcsTimeZone *self)
{
  const Part *standard = &self->parts[0];
  const Part *daylight = &self->parts[1];
  GString    *rule;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->location != NULL)
    return g_strdup (self->location);
  if (!standard->set)
    return NULL;
  rule = g_string_new ("STD");
  append_offset (rule, standard->offset);
  if (daylight->set && daylight->month > 0 && standard->month > 0 && daylight->week > 0 &&
      standard->week > 0)
    {
      g_string_append (rule, "DST");
      append_offset (rule, daylight->offset);
      append_change (rule, daylight);
      append_change (rule, standard);
    }
  return g_string_free (rule, FALSE);
}
