/* qs-holiday-import.h — a calendar's holidays from and to iCalendar files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint added;     /* dates the calendar did not have */
  guint changed;   /* dates whose hours or names the file changed */
  guint unchanged; /* dates the calendar already had as the file says */
} QsHolidayImportResult;

/* Reads @file (QsHoliday, qs-holiday-file.h) and writes its dates into
 * the calendar @calendar_ref: all or nothing. Yearly rules are expanded
 * from last year to four years ahead of the store's "now". A half day's
 * hours are the calendar's weekly hours less the hours the file closes.
 * Errors name the file and the line. */
gboolean qs_holiday_import_file (QsStore               *store,
                                 const char            *calendar_ref,
                                 GFile                 *file,
                                 QsHolidayImportResult *result,
                                 GError               **error);
/* "12 dates added, 1 changed, 3 already there.", in the interface's
 * language. */
char    *qs_holiday_import_result_describe (const QsHolidayImportResult *result);
/* Writes the holidays and half days of @calendar_ref (of @year, or all
 * when 0) to @file, names in @language; the number of dates written, or
 * -1 with @error set. */
gint64   qs_holiday_export_file (QsStore               *store,
                                 const char            *calendar_ref,
                                 int                    year,
                                 QsLanguage             language,
                                 GFile                 *file,
                                 GError               **error);

G_END_DECLS
/* clang-format on */
