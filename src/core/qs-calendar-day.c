/* qs-calendar-day.c — A holiday or a half day of a business calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-calendar-day.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_CALENDAR_DAY_FIELD_CALENDAR_ID] = { "calendar_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                          NULL, "calendars" },
  [QS_CALENDAR_DAY_FIELD_DAY] = { "day", QS_FIELD_DATE, QS_FIELD_REQUIRED },
  [QS_CALENDAR_DAY_FIELD_NAME] = { "name", QS_FIELD_STRING, 0 },
  [QS_CALENDAR_DAY_FIELD_HOURS] = { "hours", QS_FIELD_STRING, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_CALENDAR_DAY_N_FIELDS);

QS_DEFINE_ENTITY (QsCalendarDay, qs_calendar_day, "calendar_days")
