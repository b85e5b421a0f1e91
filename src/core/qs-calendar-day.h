/* qs-calendar-day.h — A holiday or a half day of a business calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"
#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_TYPE_CALENDAR_DAY (qs_calendar_day_get_type ())

G_DECLARE_FINAL_TYPE (QsCalendarDay, qs_calendar_day, QS, CALENDAR_DAY, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_CALENDAR_DAY_FIELD_CALENDAR_ID,
  QS_CALENDAR_DAY_FIELD_DAY,
  QS_CALENDAR_DAY_FIELD_NAME,
  QS_CALENDAR_DAY_FIELD_HOURS,          /* NULL or "": closed; else the open ranges */
  QS_CALENDAR_DAY_FIELD_NAME_EN,        /* NULL: the name is used */
  QS_CALENDAR_DAY_FIELD_NAME_FR,
  QS_CALENDAR_DAY_N_FIELDS
} QsCalendarDayField;

QsCalendarDay *qs_calendar_day_new         (void);
/* The name in @language when it was given, else the name, else "". */
const char    *qs_calendar_day_get_name_in (QsEntity   *day,
                                            QsLanguage  language);
/* "2026-12-25" into @date; FALSE (and @date cleared) when it is not one. */
gboolean       qs_calendar_day_parse_date  (const char *text,
                                            GDate      *date);

G_END_DECLS
/* clang-format on */
