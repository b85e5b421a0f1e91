/* qs-calendar-repository.h — business calendars and their clocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"
#include "qs-calendar.h"
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

G_END_DECLS
/* clang-format on */
