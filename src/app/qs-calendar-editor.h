/* qs-calendar-editor.h — one business calendar: its hours, its zone, its holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-calendar.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_CALENDAR_EDITOR (qs_calendar_editor_get_type ())

G_DECLARE_FINAL_TYPE (QsCalendarEditor, qs_calendar_editor, QS, CALENDAR_EDITOR, GtkBox)

/* A page of the preferences window (a subpage); its Back button closes it. */
QsCalendarEditor *qs_calendar_editor_new      (QsStore          *store,
                                               QsCalendar       *calendar);
QsCalendar       *qs_calendar_editor_get_calendar (QsCalendarEditor *self);
/* The year whose holidays are listed. */
int               qs_calendar_editor_get_year (QsCalendarEditor *self);
void              qs_calendar_editor_set_year (QsCalendarEditor *self,
                                               int               year);

/* What Import does once a file is chosen: TRUE when every date of @file
 * was written; else a dialog says why and nothing was written. */
gboolean          qs_calendar_editor_import_file (QsCalendarEditor *self,
                                               GFile            *file);
/* What Undo in the toast of a removal does: the last day removed comes
 * back, if its date is still free. */
void              qs_calendar_editor_undo_remove (QsCalendarEditor *self);

G_END_DECLS
/* clang-format on */
