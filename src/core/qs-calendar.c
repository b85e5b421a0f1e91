/* qs-calendar.c — A business calendar: weekly hours and a time zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-calendar.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_CALENDAR_FIELD_REF] = { "ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_CALENDAR_FIELD_NAME] = { "name", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_CALENDAR_FIELD_TIMEZONE] = { "timezone", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_CALENDAR_FIELD_WEEKLY_HOURS] = { "weekly_hours", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_CALENDAR_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL,
                                        "departments" },
  [QS_CALENDAR_FIELD_NAME_EN] = { "name_en", QS_FIELD_STRING, 0 },
  [QS_CALENDAR_FIELD_NAME_FR] = { "name_fr", QS_FIELD_STRING, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_CALENDAR_N_FIELDS);

QS_DEFINE_ENTITY (QsCalendar, qs_calendar, "calendars")
