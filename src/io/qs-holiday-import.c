/* qs-holiday-import.c — a calendar's holidays from and to iCalendar files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-calendar-repository.h"
#include "qs-error.h"
#include "qs-holiday-file.h"
#include "qs-holiday-import.h"

/* A holiday file of many years is a few hundred kilobytes. */
#define MAX_FILE_BYTES (4 * 1024 * 1024)
#define YEARS_AHEAD 4

static char *
display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_strdup (base != NULL ? base : "?");
}

/* The whole file, refused past MAX_FILE_BYTES; errors name it. */
static gboolean
load (GFile *file, char **text, gsize *length, GError **error)
{
  g_autofree char *name = display_name (file);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                  G_FILE_QUERY_INFO_NONE, NULL, &local_error);

  if (info != NULL && g_file_info_get_size (info) > MAX_FILE_BYTES)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("“%s” is larger than 4 MB: it is not a file of holidays."), name);
      return FALSE;
    }
  if (info == NULL || !g_file_load_contents (file, NULL, text, length, NULL, &local_error))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_FAILED, _ ("Could not read “%s”: %s"), name,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* The day to store for @holiday, or NULL when it closes none of the
 * calendar's hours (a half day outside them). */
static QsCalendarDay *
day_for (const QsHoliday *holiday, QsBusinessHours *hours)
{
  g_autoptr (QsCalendarDay) day = qs_calendar_day_new ();
  QsEntity        *entity = QS_ENTITY (day);
  char             date[16];
  g_autofree char *open = NULL;
  const char      *name = holiday->name;

  g_snprintf (date, sizeof date, "%04u-%02u-%02u", g_date_get_year (&holiday->date),
              g_date_get_month (&holiday->date), g_date_get_day (&holiday->date));
  if (!holiday->whole_day)
    {
      GDateWeekday     weekday = g_date_get_weekday (&holiday->date);
      g_autofree char *weekly = qs_business_hours_weekday_hours_without (hours, weekday, NULL, 0);

      open = qs_business_hours_weekday_hours_without (
        hours, weekday, (const guint *) holiday->closed->data, holiday->closed->len / 2);
      if (g_str_equal (open, weekly))
        return NULL;
    }
  if (name == NULL)
    name = holiday->name_fr != NULL ? holiday->name_fr : holiday->name_en;
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_DAY, date);
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_HOURS, open != NULL ? open : "");
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_NAME, name);
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_NAME_EN, holiday->name_en);
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_NAME_FR, holiday->name_fr);
  return g_steal_pointer (&day);
}

gboolean
qs_holiday_import_file (QsStore               *store,
                        const char            *calendar_ref,
                        GFile                 *file,
                        QsHolidayImportResult *result,
                        GError               **error)
{
  g_autoptr (QsCalendar) calendar = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GPtrArray) holidays = NULL;
  g_autoptr (GPtrArray) days = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) parse_error = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *name = NULL;
  gsize                 length = 0;
  QsHolidayImportResult counts = { 0 };
  int                   year;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  calendar = qs_calendar_repository_find (store, calendar_ref, error);
  if (calendar == NULL)
    return FALSE;
  hours = qs_calendar_repository_load_hours (store, qs_entity_get_id (QS_ENTITY (calendar)), error);
  if (hours == NULL || !load (file, &text, &length, error))
    return FALSE;

  now = g_date_time_new_from_unix_utc (qs_store_now (store) / G_USEC_PER_SEC);
  year = g_date_time_get_year (now);
  holidays = qs_holiday_file_parse (text, length, qs_business_hours_get_timezone (hours), year - 1,
                                    year + YEARS_AHEAD, &parse_error);
  if (holidays == NULL)
    {
      name = display_name (file);
      g_set_error (error, QS_ERROR, parse_error->code, "%s, %s", name, parse_error->message);
      return FALSE;
    }
  for (guint i = 0; i < holidays->len; i++)
    {
      QsCalendarDay *day = day_for (g_ptr_array_index (holidays, i), hours);

      if (day != NULL)
        g_ptr_array_add (days, day);
    }
  if (!qs_calendar_repository_merge_days (store, qs_entity_get_id (QS_ENTITY (calendar)), days,
                                          &counts.added, &counts.changed, error))
    return FALSE;
  counts.unchanged = days->len - counts.added - counts.changed;
  if (result != NULL)
    *result = counts;
  return TRUE;
}

gint64
qs_holiday_export_file (QsStore    *store,
                        const char *calendar_ref,
                        int         year,
                        QsLanguage  language,
                        GFile      *file,
                        GError    **error)
{
  g_autoptr (QsCalendar) calendar = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GPtrArray) days = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GByteArray) bytes = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (G_IS_FILE (file), -1);

  calendar = qs_calendar_repository_find (store, calendar_ref, error);
  if (calendar == NULL)
    return -1;
  hours = qs_calendar_repository_load_hours (store, qs_entity_get_id (QS_ENTITY (calendar)), error);
  if (hours == NULL)
    return -1;
  days =
    qs_calendar_repository_get_days (store, qs_entity_get_id (QS_ENTITY (calendar)), year, error);
  if (days == NULL)
    return -1;
  text = qs_holiday_file_write (calendar, days, hours, language, qs_store_now (store));
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error))
    return -1;
  return days->len;
}

char *
qs_holiday_import_result_describe (const QsHolidayImportResult *result)
{
  g_autofree char *added =
    g_strdup_printf (ngettext ("%u date added", "%u dates added", result->added), result->added);
  g_autofree char *changed =
    g_strdup_printf (ngettext ("%u changed", "%u changed", result->changed), result->changed);
  g_autofree char *unchanged = g_strdup_printf (
    ngettext ("%u already there", "%u already there", result->unchanged), result->unchanged);

  /* TRANSLATORS: the counts of a holiday import: "12 dates added, 1 changed, 3 already there." */
  return g_strdup_printf (_ ("%s, %s, %s."), added, changed, unchanged);
}
