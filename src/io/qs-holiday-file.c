/* qs-holiday-file.c — public holidays and half days in iCalendar files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Governments, GNOME Calendar and the web calendars publish public
 * holidays as iCalendar files (RFC 5545): an event on a date
 * (DTSTART;VALUE=DATE), sometimes with a yearly rule, sometimes one event
 * per year; a half day is an event with times. Only what a holiday
 * needs is read: the dates, the hours closed and the name, in each
 * language the file gives. The reading is all or nothing: the first
 * fault stops it with its line.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-content-line-reader.h"
#include "qs-content-line.h"
#include "qs-calendar-day.h"
#include "qs-error.h"
#include "qs-holiday-file.h"
#include "qs-ics-time-zone.h"
#include "qs-yearly-rule.h"

/* A holiday calendar of many countries over many years stays far below. */
#define MAX_DATES 20000
#define DAY_MINUTES 1440
#define MINUTE_USEC (G_GINT64_CONSTANT (60000000))

/* The properties of one VEVENT, as written. */
typedef struct
{
  guint          line;
  QsContentLine *start;
  QsContentLine *end;
  QsContentLine *duration;
  QsContentLine *rule;
  GPtrArray     *summaries; /* QsContentLine, borrowed */
  GPtrArray     *rdates;
  GPtrArray     *exdates;
  gboolean       cancelled;
} Event;

/* What reading the file keeps as it goes. */
typedef struct
{
  GTimeZone  *zone; /* the calendar's */
  int         first_year;
  int         last_year;
  GHashTable *zones;  /* TZID → what GLib reads for its VTIMEZONE block */
  GHashTable *by_day; /* julian day → QsHoliday */
  guint       n_dates;
} Reader;

void
qs_holiday_free (QsHoliday *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->name_en);
  g_free (self->name_fr);
  g_clear_pointer (&self->closed, g_array_unref);
  g_free (self);
}

static void
event_free (Event *event)
{
  g_ptr_array_unref (event->summaries);
  g_ptr_array_unref (event->rdates);
  g_ptr_array_unref (event->exdates);
  g_free (event);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Event, event_free)

static gboolean
fail (GError **error, guint line, const char *sentence)
{
  g_set_error (error, QS_ERROR, QS_ERROR_PARSE, _ ("line %u: %s"), line, sentence);
  return FALSE;
}

/* "20261225" or "20261225T120000[Z]": its date, and its time if any. */
static gboolean
parse_date_time (const char *text, GDate *date, int *seconds, gboolean *utc)
{
  int                values[6] = { 0 };
  static const guint widths[] = { 4, 2, 2, 2, 2, 2 };
  const char        *p = text;

  *seconds = -1;
  *utc = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      if (i == 3)
        {
          if (*p == '\0')
            break;
          if (*p++ != 'T')
            return FALSE;
        }
      for (guint k = 0; k < widths[i]; k++, p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          values[i] = values[i] * 10 + (*p - '0');
        }
      if (i == 5)
        {
          *seconds = values[3] * 3600 + values[4] * 60 + values[5];
          if (values[3] > 23 || values[4] > 59 || values[5] > 60)
            return FALSE;
          *utc = *p == 'Z';
          if (*utc)
            p++;
        }
    }
  if (*p != '\0' || values[0] < 1583 || !g_date_valid_dmy (values[2], values[1], values[0]))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, values[2], values[1], values[0]);
  return TRUE;
}

/* "P1D", "PT4H30M", "P2W", "-P1D" → µs; FALSE if not a duration. */
static gboolean
parse_duration (const char *text, gint64 *usec)
{
  const char *p = text;
  gboolean    negative = FALSE, in_time = FALSE, any = FALSE;
  gint64      total = 0;

  if (*p == '+' || *p == '-')
    negative = *p++ == '-';
  if (*p++ != 'P')
    return FALSE;
  while (*p != '\0')
    {
      gint64 n = 0;
      int    digits = 0;

      if (*p == 'T' && !in_time)
        {
          in_time = TRUE;
          p++;
          continue;
        }
      while (g_ascii_isdigit (*p) && digits < 6)
        n = n * 10 + (*p++ - '0'), digits++;
      if (digits == 0)
        return FALSE;
      switch (*p++)
        {
        case 'W':
          total += n * 7 * 24 * 60 * MINUTE_USEC;
          break;
        case 'D':
          total += n * 24 * 60 * MINUTE_USEC;
          break;
        case 'H':
          total += n * 60 * MINUTE_USEC;
          break;
        case 'M':
          total += n * MINUTE_USEC;
          break;
        case 'S':
          total += n * (MINUTE_USEC / 60);
          break;
        default:
          return FALSE;
        }
      any = TRUE;
    }
  *usec = negative ? -total : total;
  return any;
}

/* The zone of a DTSTART or DTEND: UTC, its TZID (a zone GLib knows or
 * one the file describes), or the calendar's for a floating time. */
static GTimeZone *
zone_of (Reader *reader, const QsContentLine *line, gboolean utc, GError **error)
{
  const char *tzid = qs_content_line_get_param (line, "TZID");
  const char *described;
  GTimeZone  *zone = NULL;

  if (utc)
    return g_time_zone_new_utc ();
  if (tzid == NULL)
    return g_time_zone_ref (reader->zone);
  described = g_hash_table_lookup (reader->zones, tzid);
  if (described != NULL)
    zone = g_time_zone_new_identifier (described);
  if (zone == NULL)
    zone = g_time_zone_new_identifier (tzid[0] == '/' ? tzid + 1 : tzid);
  if (zone == NULL)
    {
      g_autofree char *sentence = g_strdup_printf (
        _ ("the time zone “%s” is neither a known one nor described in the file"), tzid);

      fail (error, line->line, sentence);
    }
  return zone;
}

static QsHoliday *
holiday_at (Reader *reader, const GDate *date, guint line)
{
  gpointer   key = GUINT_TO_POINTER (g_date_get_julian (date));
  QsHoliday *holiday = g_hash_table_lookup (reader->by_day, key);

  if (holiday == NULL)
    {
      holiday = g_new0 (QsHoliday, 1);
      holiday->date = *date;
      holiday->line = line;
      holiday->closed = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (reader->by_day, key, holiday);
    }
  return holiday;
}

static void
name_holiday (QsHoliday *holiday, const Event *event)
{
  for (guint i = 0; i < event->summaries->len; i++)
    {
      const QsContentLine *summary = g_ptr_array_index (event->summaries, i);
      const char          *language = qs_content_line_get_param (summary, "LANGUAGE");
      char               **slot = &holiday->name;

      if (language != NULL && g_ascii_strncasecmp (language, "fr", 2) == 0)
        slot = &holiday->name_fr;
      else if (language != NULL && g_ascii_strncasecmp (language, "en", 2) == 0)
        slot = &holiday->name_en;
      if (*slot == NULL)
        *slot = g_strstrip (qs_content_line_unescape (summary->value));
    }
}

static void
set_local_date (GDate *date, GDateTime *time)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
}

static gboolean
count_date (Reader *reader, const Event *event, GError **error)
{
  if (++reader->n_dates <= MAX_DATES)
    return TRUE;
  return fail (error, event->line, _ ("the file gives more dates than a holiday calendar would"));
}

/* Closes [@from, @to) on the calendar's local days. */
static gboolean
close_hours (Reader *reader, const Event *event, GDateTime *from, GDateTime *to, GError **error)
{
  g_autoptr (GDateTime) local_from = g_date_time_to_timezone (from, reader->zone);
  g_autoptr (GDateTime) local_to = g_date_time_to_timezone (to, reader->zone);
  GDate first, day, last;

  set_local_date (&first, local_from);
  set_local_date (&last, local_to);
  for (day = first; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
    {
      guint      start = 0, end = DAY_MINUTES;
      QsHoliday *holiday;

      if (g_date_compare (&day, &first) == 0)
        start = g_date_time_get_hour (local_from) * 60 + g_date_time_get_minute (local_from);
      if (g_date_compare (&day, &last) == 0)
        end = g_date_time_get_hour (local_to) * 60 + g_date_time_get_minute (local_to) +
              (g_date_time_get_second (local_to) > 0 ? 1 : 0);
      if (end <= start || g_date_get_year (&day) < reader->first_year ||
          g_date_get_year (&day) > reader->last_year)
        continue;
      if (!count_date (reader, event, error))
        return FALSE;
      holiday = holiday_at (reader, &day, event->line);
      name_holiday (holiday, event);
      if (start == 0 && end == DAY_MINUTES)
        holiday->whole_day = TRUE;
      g_array_append_val (holiday->closed, start);
      g_array_append_val (holiday->closed, end);
    }
  return TRUE;
}

/* Closes @n_days whole days from @date. */
static gboolean
close_days (Reader *reader, const Event *event, const GDate *date, guint n_days, GError **error)
{
  GDate day = *date;

  for (guint i = 0; i < n_days; i++, g_date_add_days (&day, 1))
    {
      QsHoliday *holiday;

      if (g_date_get_year (&day) < reader->first_year || g_date_get_year (&day) > reader->last_year)
        continue;
      if (!count_date (reader, event, error))
        return FALSE;
      holiday = holiday_at (reader, &day, event->line);
      name_holiday (holiday, event);
      holiday->whole_day = TRUE;
    }
  return TRUE;
}

/* The dates of RDATE or EXDATE lines: comma lists of dates or date-times. */
static gboolean
add_listed_dates (GPtrArray *lines, GArray *dates, GError **error)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const QsContentLine *line = g_ptr_array_index (lines, i);
      g_auto (GStrv) items = g_strsplit (line->value, ",", -1);

      for (guint k = 0; items[k] != NULL; k++)
        {
          GDate    date;
          int      seconds;
          gboolean utc;

          if (!parse_date_time (g_strstrip (items[k]), &date, &seconds, &utc))
            {
              g_autofree char *sentence =
                g_strdup_printf (_ ("“%s” is not a date such as 20261225"), items[k]);
              return fail (error, line->line, sentence);
            }
          g_array_append_val (dates, date);
        }
    }
  return TRUE;
}

static gboolean
date_listed (GArray *dates, const GDate *date)
{
  for (guint i = 0; i < dates->len; i++)
    if (g_date_compare (&g_array_index (dates, GDate, i), date) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_dates (gconstpointer a, gconstpointer b)
{
  return g_date_compare (a, b);
}

/* The first dates of the event's occurrences: DTSTART, its rule, RDATEs,
 * less EXDATEs, in order and each once. */
static GArray *
occurrences (Reader *reader, const Event *event, const GDate *start, GError **error)
{
  g_autoptr (GArray) dates = NULL;
  g_autoptr (GArray) excluded = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (GDate));

  if (event->rule != NULL)
    {
      g_autoptr (GError) rule_error = NULL;
      g_autoptr (QsYearlyRule) rule = qs_yearly_rule_parse (event->rule->value, &rule_error);

      if (rule == NULL)
        {
          fail (error, event->rule->line, rule_error->message);
          return NULL;
        }
      dates = qs_yearly_rule_expand (rule, start, reader->last_year);
    }
  else
    {
      dates = g_array_new (FALSE, FALSE, sizeof (GDate));
      g_array_append_val (dates, *start);
    }
  if (!add_listed_dates (event->rdates, dates, error) ||
      !add_listed_dates (event->exdates, excluded, error))
    return NULL;
  g_array_sort (dates, compare_dates);
  for (guint i = 0; i < dates->len; i++)
    {
      const GDate *date = &g_array_index (dates, GDate, i);

      if (date_listed (excluded, date) ||
          (kept->len > 0 &&
           g_date_compare (&g_array_index (kept, GDate, kept->len - 1), date) == 0))
        continue;
      g_array_append_val (kept, *date);
    }
  return g_steal_pointer (&kept);
}

static gboolean
read_event (Reader *reader, const Event *event, GError **error)
{
  g_autoptr (GArray) dates = NULL;
  g_autoptr (GTimeZone) start_zone = NULL;
  GDate    start, end;
  int      start_seconds = -1, end_seconds = -1;
  gboolean start_utc = FALSE, end_utc = FALSE;
  gint64   length = 0; /* µs for times, days for dates */

  if (event->cancelled)
    return TRUE;
  if (event->start == NULL)
    return fail (error, event->line, _ ("this event has no date (DTSTART)"));
  if (!parse_date_time (event->start->value, &start, &start_seconds, &start_utc))
    {
      g_autofree char *sentence = g_strdup_printf (
        _ ("“%s” is not a date such as 20261225 or a time such as 20261224T120000"),
        event->start->value);
      return fail (error, event->start->line, sentence);
    }
  start_zone = zone_of (reader, event->start, start_utc, error);
  if (start_zone == NULL)
    return FALSE;

  if (event->end != NULL)
    {
      if (!parse_date_time (event->end->value, &end, &end_seconds, &end_utc) ||
          (end_seconds < 0) != (start_seconds < 0))
        {
          g_autofree char *sentence = g_strdup_printf (
            _ ("“%s” is not an end of the same kind as the start (a date, or a time)"),
            event->end->value);
          return fail (error, event->end->line, sentence);
        }
      if (start_seconds < 0)
        length = g_date_days_between (&start, &end);
      else
        {
          g_autoptr (GTimeZone) end_zone = zone_of (reader, event->end, end_utc, error);
          g_autoptr (GDateTime) from = NULL;
          g_autoptr (GDateTime) to = NULL;

          if (end_zone == NULL)
            return FALSE;
          from = g_date_time_new (start_zone, g_date_get_year (&start), g_date_get_month (&start),
                                  g_date_get_day (&start), start_seconds / 3600,
                                  start_seconds / 60 % 60, start_seconds % 60);
          to = g_date_time_new (end_zone, g_date_get_year (&end), g_date_get_month (&end),
                                g_date_get_day (&end), end_seconds / 3600, end_seconds / 60 % 60,
                                end_seconds % 60);

          length = from != NULL && to != NULL ? g_date_time_difference (to, from) : 0;
        }
    }
  else if (event->duration != NULL)
    {
      if (!parse_duration (event->duration->value, &length))
        {
          g_autofree char *sentence = g_strdup_printf (
            _ ("“%s” is not a duration such as P1D or PT4H"), event->duration->value);
          return fail (error, event->duration->line, sentence);
        }
      if (start_seconds < 0)
        length /= 24 * 60 * MINUTE_USEC;
    }
  else if (start_seconds < 0)
    length = 1;

  dates = occurrences (reader, event, &start, error);
  if (dates == NULL)
    return FALSE;
  for (guint i = 0; i < dates->len; i++)
    {
      const GDate *date = &g_array_index (dates, GDate, i);

      if (start_seconds < 0)
        {
          if (!close_days (reader, event, date, MAX (length, 1), error))
            return FALSE;
        }
      else if (length > 0)
        {
          g_autoptr (GDateTime) from = g_date_time_new (
            start_zone, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
            start_seconds / 3600, start_seconds / 60 % 60, start_seconds % 60);
          g_autoptr (GDateTime) to = from != NULL ? g_date_time_add (from, length) : NULL;

          if (to != NULL && !close_hours (reader, event, from, to, error))
            return FALSE;
        }
    }
  return TRUE;
}

static Event *
event_new (guint line)
{
  Event *event = g_new0 (Event, 1);

  event->line = line;
  event->summaries = g_ptr_array_new ();
  event->rdates = g_ptr_array_new ();
  event->exdates = g_ptr_array_new ();
  return event;
}

/* Keeps in @event the property @line, when it is one a holiday needs. */
static void
event_take (Event *event, QsContentLine *line)
{
  if (g_str_equal (line->name, "DTSTART"))
    event->start = line;
  else if (g_str_equal (line->name, "DTEND"))
    event->end = line;
  else if (g_str_equal (line->name, "DURATION"))
    event->duration = line;
  else if (g_str_equal (line->name, "RRULE"))
    event->rule = line;
  else if (g_str_equal (line->name, "SUMMARY") || g_str_equal (line->name, "X-QUALSERV-SUMMARY"))
    g_ptr_array_add (event->summaries, line);
  else if (g_str_equal (line->name, "RDATE"))
    g_ptr_array_add (event->rdates, line);
  else if (g_str_equal (line->name, "EXDATE"))
    g_ptr_array_add (event->exdates, line);
  else if (g_str_equal (line->name, "STATUS"))
    event->cancelled = g_ascii_strcasecmp (line->value, "CANCELLED") == 0;
}

static int
compare_holidays (gconstpointer a, gconstpointer b)
{
  const QsHoliday *x = *(QsHoliday *const *) a;
  const QsHoliday *y = *(QsHoliday *const *) b;

  return g_date_compare (&x->date, &y->date);
}

/* The components, in order: BEGIN and END must pair up. The time zones
 * are read in a first pass (@events FALSE), as a file may describe them
 * after the events that use them. */
static gboolean
read_components (Reader *reader, GPtrArray *lines, gboolean events, GError **error)
{
  g_autoptr (GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (Event) event = NULL;
  g_autoptr (QsIcsTimeZone) time_zone = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      QsContentLine *line = g_ptr_array_index (lines, i);
      const char    *inside = stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;

      if (i == 0 && (!g_str_equal (line->name, "BEGIN") ||
                     g_ascii_strcasecmp (line->value, "VCALENDAR") != 0))
        return fail (error, line->line,
                     _ ("this is not an iCalendar file: it should begin with BEGIN:VCALENDAR"));
      if (g_str_equal (line->name, "BEGIN"))
        {
          g_ptr_array_add (stack, g_ascii_strup (line->value, -1));
          if (stack->len > 16)
            return fail (error, line->line, _ ("the components are nested too deep"));
          if (g_str_equal (g_ptr_array_index (stack, stack->len - 1), "VEVENT"))
            {
              if (event != NULL)
                return fail (error, line->line, _ ("an event begins inside another event"));
              event = event_new (line->line);
            }
          /* The zones are the first pass's: the second reads only events. */
          if (!events && g_str_equal (g_ptr_array_index (stack, stack->len - 1), "VTIMEZONE"))
            {
              g_clear_pointer (&time_zone, qs_ics_time_zone_free);
              time_zone = qs_ics_time_zone_new ();
            }
          continue;
        }
      if (g_str_equal (line->name, "END"))
        {
          g_autofree char *name = g_ascii_strup (line->value, -1);

          if (inside == NULL || !g_str_equal (inside, name))
            {
              g_autofree char *sentence =
                inside != NULL
                  ? g_strdup_printf (_ ("END:%s comes while %s is still open: END:%s is missing"),
                                     line->value, inside, inside)
                  : g_strdup_printf (_ ("END:%s closes a component that was not opened"),
                                     line->value);
              return fail (error, line->line, sentence);
            }
          if (g_str_equal (name, "VEVENT") && events && !read_event (reader, event, error))
            return FALSE;
          if (g_str_equal (name, "VEVENT"))
            g_clear_pointer (&event, event_free);
          if (time_zone != NULL)
            qs_ics_time_zone_end (time_zone, name);
          if (g_str_equal (name, "VTIMEZONE") && time_zone != NULL)
            {
              char *described = qs_ics_time_zone_to_identifier (time_zone);

              if (described != NULL && qs_ics_time_zone_get_id (time_zone) != NULL)
                g_hash_table_replace (reader->zones, g_strdup (qs_ics_time_zone_get_id (time_zone)),
                                      described);
              else
                g_free (described);
              g_clear_pointer (&time_zone, qs_ics_time_zone_free);
            }
          g_ptr_array_remove_index (stack, stack->len - 1);
          continue;
        }
      if (inside == NULL)
        continue;
      if (event != NULL && g_str_equal (inside, "VEVENT"))
        event_take (event, line);
      else if (time_zone != NULL)
        qs_ics_time_zone_add (time_zone, inside, line);
    }
  if (stack->len > 0)
    {
      g_autofree char *sentence = g_strdup_printf (
        _ ("the file ends before END:%s"), (char *) g_ptr_array_index (stack, stack->len - 1));
      QsContentLine *last = g_ptr_array_index (lines, lines->len - 1);

      return fail (error, last->line, sentence);
    }
  return TRUE;
}

/* Whether @text starts, after a byte-order mark and blank lines, with
 * BEGIN:VCALENDAR. */
static gboolean
looks_like_icalendar (const char *text, gsize length)
{
  static const char begin[] = "BEGIN:VCALENDAR";
  gsize             at = 0;

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    at = 3;
  while (at < length && (text[at] == '\r' || text[at] == '\n'))
    at++;
  return length - at >= strlen (begin) &&
         g_ascii_strncasecmp (text + at, begin, strlen (begin)) == 0;
}

GPtrArray *
qs_holiday_file_parse (
  const char *text, gsize length, GTimeZone *zone, int first_year, int last_year, GError **error)
{
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (GHashTable) by_day =
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) qs_holiday_free);
  g_autoptr (GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Reader         reader = { zone, first_year, last_year, zones, by_day, 0 };
  GPtrArray     *holidays;
  GHashTableIter iter;
  gpointer       value;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  if (!looks_like_icalendar (text, length))
    {
      fail (error, 1, _ ("this is not an iCalendar file: it should begin with BEGIN:VCALENDAR"));
      return NULL;
    }
  lines = qs_content_lines_read (text, length, error);
  if (lines == NULL)
    return NULL;
  if (lines->len == 0)
    {
      fail (error, 1, _ ("the file is empty"));
      return NULL;
    }
  if (!read_components (&reader, lines, FALSE, error) ||
      !read_components (&reader, lines, TRUE, error))
    return NULL;

  holidays = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_holiday_free);
  g_hash_table_iter_init (&iter, by_day);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_ptr_array_add (holidays, value);
      g_hash_table_iter_steal (&iter);
    }
  g_ptr_array_sort (holidays, compare_holidays);
  return holidays;
}

static void
append_utc (GString *out, const char *name, GTimeZone *zone, const GDate *date, guint minute)
{
  g_autoptr (GDateTime) local =
    g_date_time_new (zone, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                     minute / 60, minute % 60, 0);
  g_autoptr (GDateTime) utc = local != NULL ? g_date_time_to_utc (local) : NULL;
  g_autofree char *text = utc != NULL ? g_date_time_format (utc, "%Y%m%dT%H%M%SZ") : NULL;

  if (text != NULL)
    g_string_append_printf (out, "%s:%s\r\n", name, text);
}

static void
append_names (GString *out, QsEntity *day, QsLanguage language)
{
  QsLanguage       other = language == QS_LANGUAGE_FR ? QS_LANGUAGE_EN : QS_LANGUAGE_FR;
  guint            field_of[] = { [QS_LANGUAGE_FR] = QS_CALENDAR_DAY_FIELD_NAME_FR,
                                  [QS_LANGUAGE_EN] = QS_CALENDAR_DAY_FIELD_NAME_EN };
  const char      *code_of[] = { [QS_LANGUAGE_FR] = "fr", [QS_LANGUAGE_EN] = "en" };
  const char      *own = qs_entity_get_string (day, field_of[language]);
  const char      *second = qs_entity_get_string (day, field_of[other]);
  g_autofree char *summary = NULL;
  g_autofree char *alternative = NULL;

  summary = own != NULL && *own != '\0' ? g_strdup_printf ("SUMMARY;LANGUAGE=%s", code_of[language])
                                        : g_strdup ("SUMMARY");
  qs_content_line_append_property (out, summary, qs_calendar_day_get_name_in (day, language));
  if (second != NULL && *second != '\0')
    {
      alternative = g_strdup_printf ("X-QUALSERV-SUMMARY;LANGUAGE=%s", code_of[other]);
      qs_content_line_append_property (out, alternative, second);
    }
}

static void
begin_event (GString *out, QsEntity *day, guint part, const char *stamp)
{
  g_autofree char *uid = part == 0
                           ? g_strdup_printf ("%s@qualserv", qs_entity_get_id (day))
                           : g_strdup_printf ("%s-%u@qualserv", qs_entity_get_id (day), part);

  g_string_append (out, "BEGIN:VEVENT\r\n");
  qs_content_line_append_property (out, "UID", uid);
  g_string_append_printf (out, "DTSTAMP:%s\r\n", stamp);
}

char *
qs_holiday_file_write (
  QsCalendar *calendar, GPtrArray *days, QsBusinessHours *hours, QsLanguage language, gint64 now)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GDateTime) now_utc = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
  g_autofree char *stamp = g_date_time_format (now_utc, "%Y%m%dT%H%M%SZ");
  const char      *name = qs_entity_get_string (QS_ENTITY (calendar), language == QS_LANGUAGE_FR
                                                                        ? QS_CALENDAR_FIELD_NAME_FR
                                                                        : QS_CALENDAR_FIELD_NAME_EN);

  g_return_val_if_fail (QS_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (hours != NULL, NULL);

  if (name == NULL || *name == '\0')
    name = qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_NAME);
  g_string_append (out, "BEGIN:VCALENDAR\r\n"
                        "VERSION:2.0\r\n"
                        "PRODID:-//QualServ//Holidays//EN\r\n"
                        "CALSCALE:GREGORIAN\r\n");
  qs_content_line_append_property (out, "X-WR-CALNAME", name);
  qs_content_line_append_property (
    out, "X-WR-TIMEZONE", g_time_zone_get_identifier (qs_business_hours_get_timezone (hours)));

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      QsEntity   *day = g_ptr_array_index (days, i);
      const char *open = qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_HOURS);
      GDate       date, next;

      if (!qs_calendar_day_parse_date (qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_DAY),
                                       &date))
        continue;
      if (open == NULL || *open == '\0')
        {
          next = date;
          g_date_add_days (&next, 1);
          begin_event (out, day, 0, stamp);
          g_string_append_printf (out, "DTSTART;VALUE=DATE:%04u%02u%02u\r\n",
                                  g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date));
          g_string_append_printf (out, "DTEND;VALUE=DATE:%04u%02u%02u\r\n", g_date_get_year (&next),
                                  g_date_get_month (&next), g_date_get_day (&next));
          append_names (out, day, language);
          g_string_append (out, "TRANSP:OPAQUE\r\nEND:VEVENT\r\n");
        }
      else
        {
          g_autoptr (GArray) closed =
            qs_business_hours_weekday_closed_parts (hours, g_date_get_weekday (&date), open, NULL);

          for (guint k = 0; closed != NULL && k < closed->len / 2; k++)
            {
              GTimeZone *zone = qs_business_hours_get_timezone (hours);

              begin_event (out, day, k + 1, stamp);
              append_utc (out, "DTSTART", zone, &date, g_array_index (closed, guint, 2 * k));
              append_utc (out, "DTEND", zone, &date, g_array_index (closed, guint, 2 * k + 1));
              append_names (out, day, language);
              g_string_append (out, "TRANSP:OPAQUE\r\nEND:VEVENT\r\n");
            }
        }
    }
  g_string_append (out, "END:VCALENDAR\r\n");
  return g_string_free (out, FALSE);
}
