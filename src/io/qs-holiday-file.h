/* qs-holiday-file.h — public holidays and half days in iCalendar files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"
#include "qs-calendar.h"
#include "qs-enums.h"

G_BEGIN_DECLS

/* One date of a holiday file, its events merged. */
typedef struct
{
  GDate     date;      /* local to the calendar */
  guint     line;      /* of the first event that gives it */
  char     *name;      /* a SUMMARY without a language, or NULL */
  char     *name_en;
  char     *name_fr;
  gboolean  whole_day; /* a holiday; else a half day */
  GArray   *closed;    /* guint minute pairs (start, end) that close, when not whole_day */
} QsHoliday;

void       qs_holiday_free       (QsHoliday        *self);

/* The holidays of @text, in date order, in the calendar's @zone: events
 * on dates (VALUE=DATE, several days through DTEND or DURATION) close
 * whole days; events with times close those hours (in their TZID, UTC or
 * the calendar's zone). Yearly RRULEs (QsYearlyRule), RDATE and EXDATE
 * are expanded from @first_year to @last_year; a cancelled event is left
 * out. Fails with QS_ERROR_PARSE and "line N: …" at the first fault, so
 * that an import writes all or nothing. */
GPtrArray *qs_holiday_file_parse (const char       *text,
                                  gsize             length,
                                  GTimeZone        *zone,
                                  int               first_year,
                                  int               last_year,
                                  GError          **error);

/* An iCalendar file of @days (QsCalendarDay of @calendar, in date
 * order): a holiday is an event on its date, a half day an event for each
 * range of hours it closes (in UTC). Names are in @language, the other
 * language's in X-QUALSERV-SUMMARY so that QualServ reads both back. */
char      *qs_holiday_file_write (QsCalendar       *calendar,
                                  GPtrArray        *days,
                                  QsBusinessHours  *hours,
                                  QsLanguage        language,
                                  gint64            now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsHoliday, qs_holiday_free)

G_END_DECLS
/* clang-format on */
