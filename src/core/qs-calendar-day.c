/* qs-calendar-day.c — A holiday or a half day of a business calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include "qs-calendar-day.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_CALENDAR_DAY_FIELD_CALENDAR_ID] = { "calendar_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                          NULL, "calendars" },
  [QS_CALENDAR_DAY_FIELD_DAY] = { "day", QS_FIELD_DATE, QS_FIELD_REQUIRED },
  [QS_CALENDAR_DAY_FIELD_NAME] = { "name", QS_FIELD_STRING, 0 },
  [QS_CALENDAR_DAY_FIELD_HOURS] = { "hours", QS_FIELD_STRING, 0 },
  [QS_CALENDAR_DAY_FIELD_NAME_EN] = { "name_en", QS_FIELD_STRING, 0 },
  [QS_CALENDAR_DAY_FIELD_NAME_FR] = { "name_fr", QS_FIELD_STRING, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_CALENDAR_DAY_N_FIELDS);

QS_DEFINE_ENTITY (QsCalendarDay, qs_calendar_day, "calendar_days")

/* Takes a QsEntity, as callers hold days read from repositories. */
const char *
qs_calendar_day_get_name_in (QsEntity *day, QsLanguage language)
{
  const char *name;

  g_return_val_if_fail (QS_IS_CALENDAR_DAY (day), NULL);

  name = qs_entity_get_string (day, language == QS_LANGUAGE_FR ? QS_CALENDAR_DAY_FIELD_NAME_FR
                                                               : QS_CALENDAR_DAY_FIELD_NAME_EN);
  if (name != NULL && *name != '\0')
    return name;
  name = qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_NAME);
  return name != NULL ? name : "";
}

/* "2026-12-25" exactly, into @date: not g_date_set_parse(), which reads
 * by the locale. */
gboolean
qs_calendar_day_parse_date (const char *text, GDate *date)
{
  int year, month, day, consumed = 0;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &consumed) != 3 || consumed != 10 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}
