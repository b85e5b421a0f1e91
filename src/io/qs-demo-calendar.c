/* qs-demo-calendar.c — the agency's business calendar, and business time for the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar "default" is open Monday to Friday, 08:30–12:00 and
 * 13:00–16:30, in the zone America/Toronto (Ottawa and Gatineau alike).
 * Its weekly_hours are written as
 *
 *   mon=08:30-12:00,13:00-16:30;tue=...;fri=08:30-12:00,13:00-16:30
 *
 * one "day=ranges" item per open weekday (mon tue wed thu fri sat sun),
 * separated by ';', each range "HH:MM-HH:MM" in local time, ranges
 * separated by ','. A day that is absent is closed. A QsCalendarDay row
 * replaces the hours of one date: an empty `hours` closes it (a public
 * holiday), "08:30-12:00" makes it a half day (Christmas Eve).
 *
 * The public holidays are those of the federal public service in Ottawa
 * for the English demo, and of the Quebec public service in Gatineau for
 * the French one; a holiday that falls on a weekend moves to the next
 * working day.
 *
 * Business time is counted by the application's own clock
 * (QsBusinessHours), built from the calendar rows as saved, so that the
 * due dates the demo stores are those the application computes. The
 * simulation works on business indexes, the business seconds from a
 * fixed origin: an event whose index falls on a closing time happens at
 * the next opening, while a due date that falls on a closing time is
 * that closing time, as the application promises it. A business day is
 * one full day of hours (7 h).
 */
#include "qs-demo-private.h"

#define DAY_USEC (G_GINT64_CONSTANT (86400) * QS_USEC_PER_SEC)
#define OPEN_MORNING 510    /* 08:30 */
#define CLOSE_MORNING 720   /* 12:00 */
#define OPEN_AFTERNOON 780  /* 13:00 */
#define CLOSE_AFTERNOON 990 /* 16:30 */
#define BUSINESS_DAY_SECONDS                                                                       \
  ((CLOSE_MORNING - OPEN_MORNING + CLOSE_AFTERNOON - OPEN_AFTERNOON) * 60)

static const char weekly_hours[] =
  "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;wed=08:30-12:00,13:00-16:30;"
  "thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30";

typedef struct
{
  GDate      date;
  QsDemoText name;
  gboolean   half_day;
} Holiday;

gint64
qs_demo_business_days (double days)
{
  return (gint64) (days * BUSINESS_DAY_SECONDS);
}

gint64
qs_demo_date_time (QsDemo *demo, int year, int month, int day)
{
  g_autoptr (GDateTime) dt = g_date_time_new (demo->zone, year, month, day, 0, 0, 0);

  return g_date_time_to_unix (dt) * QS_USEC_PER_SEC;
}

/* Anonymous Gregorian algorithm. */
static void
easter_sunday (int year, GDate *date)
{
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_set_dmy (date, day, month, year);
}

/* The @nth (1-based) Monday of @month. */
static void
nth_monday (int year, int month, int nth, GDate *date)
{
  g_date_set_dmy (date, 1, month, year);
  while (g_date_get_weekday (date) != G_DATE_MONDAY)
    g_date_add_days (date, 1);
  g_date_add_days (date, 7 * (nth - 1));
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static gboolean
is_taken (GArray *holidays, const GDate *date)
{
  for (guint i = 0; i < holidays->len; i++)
    if (g_date_compare (&g_array_index (holidays, Holiday, i).date, date) == 0)
      return TRUE;
  return FALSE;
}

static void
add_holiday (GArray *holidays, const GDate *date, gboolean observed, const char *fr, const char *en)
{
  Holiday holiday = { .name = { fr, en } };

  holiday.date = *date;
  /* A fixed date that falls on a weekend is given on the next working day. */
  while (observed && (is_weekend (&holiday.date) || is_taken (holidays, &holiday.date)))
    g_date_add_days (&holiday.date, 1);
  g_array_append_val (holidays, holiday);
}

static void
add_fixed (GArray *holidays, int year, int month, int day, const char *fr, const char *en)
{
  GDate date;

  g_date_set_dmy (&date, day, month, year);
  add_holiday (holidays, &date, TRUE, fr, en);
}

static void
add_year_holidays (QsDemo *demo, GArray *holidays, int year)
{
  GDate easter, date;

  easter_sunday (year, &easter);

  add_fixed (holidays, year, 1, 1, "Jour de l’An", "New Year’s Day");
  if (demo->language == QS_LANGUAGE_FR)
    add_fixed (holidays, year, 1, 2, "Lendemain du jour de l’An", "Day after New Year’s Day");
  date = easter;
  g_date_subtract_days (&date, 2);
  add_holiday (holidays, &date, FALSE, "Vendredi saint", "Good Friday");
  date = easter;
  g_date_add_days (&date, 1);
  add_holiday (holidays, &date, FALSE, "Lundi de Pâques", "Easter Monday");
  /* The Monday before May 25. */
  g_date_set_dmy (&date, 24, 5, year);
  while (g_date_get_weekday (&date) != G_DATE_MONDAY)
    g_date_subtract_days (&date, 1);
  add_holiday (holidays, &date, FALSE, "Journée nationale des patriotes", "Victoria Day");
  if (demo->language == QS_LANGUAGE_FR)
    add_fixed (holidays, year, 6, 24, "Fête nationale du Québec", "Quebec National Holiday");
  add_fixed (holidays, year, 7, 1, "Fête du Canada", "Canada Day");
  if (demo->language == QS_LANGUAGE_EN)
    {
      nth_monday (year, 8, 1, &date);
      add_holiday (holidays, &date, FALSE, "Congé civique", "Civic Holiday");
    }
  nth_monday (year, 9, 1, &date);
  add_holiday (holidays, &date, FALSE, "Fête du Travail", "Labour Day");
  if (demo->language == QS_LANGUAGE_EN)
    add_fixed (holidays, year, 9, 30, "Journée nationale de la vérité et de la réconciliation",
               "National Day for Truth and Reconciliation");
  nth_monday (year, 10, 2, &date);
  add_holiday (holidays, &date, FALSE, "Action de grâces", "Thanksgiving Day");
  if (demo->language == QS_LANGUAGE_EN)
    add_fixed (holidays, year, 11, 11, "Jour du Souvenir", "Remembrance Day");
  g_date_set_dmy (&date, 24, 12, year);
  if (!is_weekend (&date))
    {
      Holiday eve = { .name = { "Veille de Noël", "Christmas Eve" }, .half_day = TRUE };

      eve.date = date;
      g_array_append_val (holidays, eve);
    }
  add_fixed (holidays, year, 12, 25, "Noël", "Christmas Day");
  add_fixed (holidays, year, 12, 26, "Lendemain de Noël", "Boxing Day");
}

static const Holiday *
find_holiday (GArray *holidays, const GDate *date)
{
  for (guint i = 0; i < holidays->len; i++)
    if (g_date_compare (&g_array_index (holidays, Holiday, i).date, date) == 0)
      return &g_array_index (holidays, Holiday, i);
  return NULL;
}

/* The table of days covers the history and a year after it, for due dates
 * and review dates. */
static void
build_days (QsDemo *demo, GArray *holidays)
{
  g_autoptr (GDateTime) first =
    g_date_time_new_from_unix_utc (demo->start / QS_USEC_PER_SEC - 60 * 86400);
  g_autoptr (GDateTime) first_local = g_date_time_to_timezone (first, demo->zone);
  GDate  date;
  gint64 before = 0;

  g_date_set_dmy (&date, g_date_time_get_day_of_month (first_local),
                  g_date_time_get_month (first_local), g_date_time_get_year (first_local));
  demo->n_days = (demo->now - demo->start) / DAY_USEC + 60 + 400;
  demo->days = g_new0 (QsDemoDay, demo->n_days + 1);

  for (guint i = 0; i <= demo->n_days; i++, g_date_add_days (&date, 1))
    {
      QsDemoDay     *day = &demo->days[i];
      const Holiday *holiday = find_holiday (holidays, &date);

      day->year = g_date_get_year (&date);
      day->month = g_date_get_month (&date);
      day->day = g_date_get_day (&date);
      /* No zone changes its offset between midnight and 2:00 on these
       * dates, so midnight is well defined. */
      day->midnight = qs_demo_date_time (demo, day->year, day->month, day->day);
      day->before = before;
      if (!is_weekend (&date) && (holiday == NULL || holiday->half_day))
        {
          day->ranges[0][0] = OPEN_MORNING;
          day->ranges[0][1] = CLOSE_MORNING;
          day->n_ranges = 1;
          if (holiday == NULL)
            {
              day->ranges[1][0] = OPEN_AFTERNOON;
              day->ranges[1][1] = CLOSE_AFTERNOON;
              day->n_ranges = 2;
            }
        }
      for (guint r = 0; r < day->n_ranges; r++)
        before += (day->ranges[r][1] - day->ranges[r][0]) * 60;
    }
}

static guint
day_index (QsDemo *demo, gint64 time)
{
  gint64 guess = (time - demo->days[0].midnight) / DAY_USEC;
  guint  i = CLAMP (guess, 0, (gint64) demo->n_days - 1);

  while (i > 0 && time < demo->days[i].midnight)
    i--;
  while (i + 1 < demo->n_days && time >= demo->days[i + 1].midnight)
    i++;
  return i;
}

/**
 * qs_demo_business_index:
 *
 * The business seconds elapsed from the origin to @time; a time outside
 * the hours counts as the next opening.
 */
gint64
qs_demo_business_index (QsDemo *demo, gint64 time)
{
  return qs_business_hours_between (demo->hours, demo->origin, time) / QS_USEC_PER_SEC;
}

/* The inverse of qs_demo_business_index(), for events: at a closing
 * time, the next opening. */
gint64
qs_demo_business_time (QsDemo *demo, gint64 index)
{
  gint64 time = qs_business_hours_add (demo->hours, demo->origin, index * QS_USEC_PER_SEC);

  return qs_business_hours_next_open (demo->hours, time);
}

/* The due date of a delay counted from @received that ends at business
 * index @index: counted from @received itself, to the microsecond, and a
 * closing time stays a closing time. */
gint64
qs_demo_due_time (QsDemo *demo, gint64 received, gint64 index)
{
  gint64 delay = index - qs_demo_business_index (demo, received);

  return qs_business_hours_add (demo->hours, received, MAX (delay, 0) * QS_USEC_PER_SEC);
}

gint64
qs_demo_add_business (QsDemo *demo, gint64 time, gint64 seconds)
{
  return qs_demo_business_time (demo, qs_demo_business_index (demo, time) + seconds);
}

const QsDemoDay *
qs_demo_day (QsDemo *demo, gint64 time)
{
  return &demo->days[day_index (demo, time)];
}

/* The local date of @time, "YYYY-MM-DD". */
char *
qs_demo_format_date (QsDemo *demo, gint64 time)
{
  const QsDemoDay *day = &demo->days[day_index (demo, time)];

  return g_strdup_printf ("%04u-%02u-%02u", day->year, day->month, day->day);
}

void
qs_demo_calendar_clear (QsDemo *demo)
{
  g_clear_pointer (&demo->days, g_free);
  g_clear_pointer (&demo->calendar_id, g_free);
  g_clear_pointer (&demo->hours, qs_business_hours_unref);
}

gboolean
qs_demo_fill_calendar (QsDemo *demo, GError **error)
{
  g_autoptr (GArray) holidays = g_array_new (FALSE, FALSE, sizeof (Holiday));
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsCalendar) calendar = qs_demo_new_entity (demo, QS_TYPE_CALENDAR);
  g_autoptr (GDateTime) start = g_date_time_new_from_unix_utc (demo->start / QS_USEC_PER_SEC);
  g_autoptr (GDateTime) now = g_date_time_new_from_unix_utc (demo->now / QS_USEC_PER_SEC);
  int    first_year = g_date_time_get_year (start) - 1;
  int    last_year = g_date_time_get_year (now) + 1;
  gint64 created = demo->start - 60 * DAY_USEC;

  for (int year = first_year; year <= last_year + 1; year++)
    add_year_holidays (demo, holidays, year);
  build_days (demo, holidays);

  demo->calendar_id = g_strdup (qs_entity_get_id (QS_ENTITY (calendar)));
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_REF, "default");
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_NAME,
                        qs_demo_text (demo, qs_demo_calendar_name));
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_NAME_EN,
                        qs_demo_calendar_name[QS_LANGUAGE_EN]);
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_NAME_FR,
                        qs_demo_calendar_name[QS_LANGUAGE_FR]);
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_TIMEZONE,
                        g_time_zone_get_identifier (demo->zone));
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS, weekly_hours);
  if (!qs_demo_save (demo, calendar, created, error))
    return FALSE;

  /* The holidays of the years the history and its deadlines touch. */
  for (guint i = 0; i < holidays->len; i++)
    {
      const Holiday *holiday = &g_array_index (holidays, Holiday, i);
      g_autoptr (QsCalendarDay) day = NULL;
      char date[16];
      int  year = g_date_get_year (&holiday->date);

      if (year < first_year + 1 || year > last_year)
        continue;
      g_snprintf (date, sizeof date, "%04d-%02d-%02d", year, g_date_get_month (&holiday->date),
                  g_date_get_day (&holiday->date));
      day = qs_demo_new_entity (demo, QS_TYPE_CALENDAR_DAY);
      qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_CALENDAR_ID, demo->calendar_id);
      qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_DAY, date);
      qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME,
                            qs_demo_text (demo, holiday->name));
      qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME_EN,
                            holiday->name[QS_LANGUAGE_EN]);
      qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME_FR,
                            holiday->name[QS_LANGUAGE_FR]);
      qs_entity_set_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_HOURS,
                            holiday->half_day ? "08:30-12:00" : "");
      if (!qs_demo_save (demo, day, created, error))
        return FALSE;
      g_ptr_array_add (days, g_steal_pointer (&day));
    }

  demo->hours = qs_business_hours_new_for_calendar (calendar, days, error);
  demo->origin = demo->days[0].midnight;
  return demo->hours != NULL;
}
