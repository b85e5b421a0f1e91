/* qs-calendar.h — A business calendar: weekly hours and a time zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_CALENDAR (qs_calendar_get_type ())

G_DECLARE_FINAL_TYPE (QsCalendar, qs_calendar, QS, CALENDAR, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_CALENDAR_FIELD_REF,
  QS_CALENDAR_FIELD_NAME,
  QS_CALENDAR_FIELD_TIMEZONE,
  QS_CALENDAR_FIELD_WEEKLY_HOURS,
  QS_CALENDAR_FIELD_DEPARTMENT_ID,
  QS_CALENDAR_FIELD_NAME_EN,            /* NULL: the name is used */
  QS_CALENDAR_FIELD_NAME_FR,
  QS_CALENDAR_N_FIELDS
} QsCalendarField;

QsCalendar *qs_calendar_new (void);

G_END_DECLS
/* clang-format on */
