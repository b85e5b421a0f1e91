/* qs-calendar-repository.h — business calendars and their clocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"
#include "qs-calendar.h"
#include "qs-calendar-day.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* The live calendar whose ref (or, failing that, id) is @ref_or_id;
 * QS_ERROR_NOT_FOUND with a sentence naming the calendars that exist. */
QsCalendar      *qs_calendar_repository_find       (QsStore     *store,
                                                    const char  *ref_or_id,
                                                    GError     **error);
/* The clock of that calendar, with its holidays and half days. */
QsBusinessHours *qs_calendar_repository_load_hours (QsStore     *store,
                                                    const char  *ref_or_id,
                                                    GError     **error);

/* Every live calendar, by name. */
GPtrArray       *qs_calendar_repository_list       (QsStore     *store,
                                                    GError     **error);
/* The live days (QsCalendarDay) of @calendar_id in date order; those of
 * @year only, unless it is 0. */
GPtrArray       *qs_calendar_repository_get_days   (QsStore     *store,
                                                    const char  *calendar_id,
                                                    int          year,
                                                    GError     **error);
/* Validate then save: a ref unique among live calendars, a name, a time
 * zone and weekly hours QsBusinessHours reads. Deadlines already stored
 * stay as they were: they are promises. */
gboolean         qs_calendar_repository_save_calendar (QsStore   *store,
                                                    QsCalendar  *calendar,
                                                    GError     **error);
/* Validate then save: a date, hours QsBusinessHours reads, no other live
 * day on that date in the calendar. */
gboolean         qs_calendar_repository_save_day   (QsStore     *store,
                                                    QsCalendarDay *day,
                                                    GError     **error);
/* A tombstone: the day stays, marked deleted, so that it can be restored
 * (Undo) with qs_calendar_repository_restore_day(), which refuses when
 * another day has taken its date meanwhile. */
gboolean         qs_calendar_repository_delete_day (QsStore     *store,
                                                    QsCalendarDay *day,
                                                    GError     **error);
gboolean         qs_calendar_repository_restore_day (QsStore    *store,
                                                    QsCalendarDay *day,
                                                    GError     **error);
/* Writes @days (new QsCalendarDay of @calendar_id) in one transaction:
 * a date the calendar already has takes the new hours and the names
 * given; the others are added. All or nothing. */
gboolean         qs_calendar_repository_merge_days (QsStore     *store,
                                                    const char  *calendar_id,
                                                    GPtrArray   *days,
                                                    guint       *added,
                                                    guint       *changed,
                                                    GError     **error);
/* Copies the days of @year to the same dates of the next year, leaving
 * the dates it already has (29 February has no copy). */
gboolean         qs_calendar_repository_copy_year  (QsStore     *store,
                                                    const char  *calendar_id,
                                                    int          year,
                                                    guint       *copied,
                                                    GError     **error);

G_END_DECLS
/* clang-format on */
