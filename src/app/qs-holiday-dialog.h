/* qs-holiday-dialog.h — a holiday or a half day of a business calendar, added or changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-calendar-day.h"
#include "qs-calendar.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_HOLIDAY_DIALOG (qs_holiday_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsHolidayDialog, qs_holiday_dialog, QS, HOLIDAY_DIALOG, AdwWindow)

/* @day NULL adds one, dated in @year; "saved" says it was written. */
QsHolidayDialog *qs_holiday_dialog_new        (QsStore         *store,
                                               QsCalendar      *calendar,
                                               QsCalendarDay   *day,
                                               int              year);
/* The date the dialog will save, "2026-12-25". */
char            *qs_holiday_dialog_dup_date   (QsHolidayDialog *self);
void             qs_holiday_dialog_set_date   (QsHolidayDialog *self,
                                               const GDate     *date);

G_END_DECLS
/* clang-format on */
