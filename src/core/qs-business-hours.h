/* qs-business-hours.h — the business clock of a calendar: when the service is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A QsBusinessHours is the compiled form of a QsCalendar and its
 * QsCalendarDay rows: weekly opening ranges in the calendar's own time
 * zone, and dates whose hours differ (a holiday closes the day, a half
 * day replaces its ranges). All instants are Unix microseconds (UTC);
 * all durations are microseconds of business time (open time actually
 * elapsed: on a DST day a range keeps its real length).
 *
 * Not thread-safe: it keeps a small cache of day offsets. Use one per
 * thread.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-calendar.h"

G_BEGIN_DECLS

#define QS_TYPE_BUSINESS_HOURS (qs_business_hours_get_type ())

typedef struct _QsBusinessHours QsBusinessHours;

/* A date whose hours are not the weekly ones, as met between two instants. */
typedef struct
{
  GDate       date;
  const char *name;      /* "Labour Day", or NULL; owned by the QsBusinessHours */
  gboolean    closed;    /* TRUE for a holiday, FALSE for a half day */
} QsBusinessHoursException;

GType            qs_business_hours_get_type      (void) G_GNUC_CONST;

/* @weekly_hours as stored in calendars.weekly_hours:
 * "mon=08:30-12:00,13:00-16:30;tue=…", a day absent is closed.
 * Fails with QS_ERROR_INVALID and a sentence naming the faulty part. */
QsBusinessHours *qs_business_hours_new           (const char       *timezone,
                                                  const char       *weekly_hours,
                                                  GError          **error);
/* @days: QsCalendarDay rows of @calendar (may be NULL). */
QsBusinessHours *qs_business_hours_new_for_calendar (QsCalendar    *calendar,
                                                  GPtrArray        *days,
                                                  GError          **error);
QsBusinessHours *qs_business_hours_ref           (QsBusinessHours  *self);
void             qs_business_hours_unref         (QsBusinessHours  *self);

/* @date "YYYY-MM-DD"; @hours NULL or "" closes the day, else
 * "08:30-12:00[,13:00-16:00]" replaces its ranges. */
gboolean         qs_business_hours_set_day       (QsBusinessHours  *self,
                                                  const char       *date,
                                                  const char       *hours,
                                                  const char       *name,
                                                  GError          **error);

/* Owned by @self. */
GTimeZone       *qs_business_hours_get_timezone  (QsBusinessHours  *self);
/* The business time of one business day: the longest weekday's open
 * time (7 h for 08:30–12:00 + 13:00–16:30). "2 business days" is twice
 * this; 0 if the calendar is never open. */
gint64           qs_business_hours_get_day_length (QsBusinessHours *self);

gboolean         qs_business_hours_is_open       (QsBusinessHours  *self,
                                                  gint64            at);
/* @at itself when open, else the next opening; G_MAXINT64 if never. */
gint64           qs_business_hours_next_open     (QsBusinessHours  *self,
                                                  gint64            at);
/* The earliest instant by which @duration of business time has elapsed
 * counting from @from (a start outside hours counts from the next
 * opening; an end that falls on a closing time is that closing time).
 * @duration 0 gives next_open (@from). Cost does not grow with
 * @duration: whole weeks are skipped. The clock runs from 1900 to 2500:
 * G_MAXINT64 when the duration does not elapse before. */
gint64           qs_business_hours_add           (QsBusinessHours  *self,
                                                  gint64            from,
                                                  gint64            duration);
/* Business time between two instants; 0 when @to <= @from.
 * between (from, add (from, d)) == d for every d >= 0. */
gint64           qs_business_hours_between       (QsBusinessHours  *self,
                                                  gint64            from,
                                                  gint64            to);
/* The exception dates between @from and @to (local dates, inclusive)
 * that change the hours of a weekday that would be open: a GArray of
 * QsBusinessHoursException, in date order. */
GArray          *qs_business_hours_list_exceptions (QsBusinessHours *self,
                                                  gint64            from,
                                                  gint64            to);

/* Whole minutes, as pairs (start, end) since midnight. A half day's
 * hours from the hours that close (an iCalendar event), and back. */
char            *qs_business_hours_format_ranges (const guint     *minutes,
                                                  guint            n_pairs);
char            *qs_business_hours_weekday_hours_without (QsBusinessHours *self,
                                                  GDateWeekday     weekday,
                                                  const guint     *closed,
                                                  guint            n_closed);
GArray          *qs_business_hours_weekday_closed_parts (QsBusinessHours *self,
                                                  GDateWeekday     weekday,
                                                  const char      *hours,
                                                  GError         **error);

/* Stored ranges as people read them, and what people type as stored. */
char            *qs_business_hours_ranges_for_people (const char *ranges);
char            *qs_business_hours_ranges_from_typed (const char *typed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsBusinessHours, qs_business_hours_unref)

G_END_DECLS
/* clang-format on */
