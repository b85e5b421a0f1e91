/* qs-deadline.h — deadlines of a request: due dates, time left, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure logic over a QsBusinessHours: no store, no GTK. Instants are Unix
 * microseconds; durations are microseconds.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-business-hours.h"
#include "qs-enums.h"

G_BEGIN_DECLS

typedef enum {
  QS_DEADLINE_NONE,        /* no deadline applies */
  QS_DEADLINE_ON_TRACK,
  QS_DEADLINE_AT_RISK,     /* a set share of its business time is used */
  QS_DEADLINE_OVERDUE,
  QS_DEADLINE_MET,         /* done on time */
  QS_DEADLINE_MISSED,      /* done late */
} QsDeadlineState;

#define QS_DEADLINE_DEFAULT_AT_RISK_SHARE 0.75

/* The length of a commitment's delay. Business units give business time
 * (a business day is qs_business_hours_get_day_length()); hours, days
 * and seconds give elapsed time and *is_business is set FALSE. */
gint64          qs_deadline_target_duration (QsBusinessHours *hours,
                                             double           value,
                                             QsDurationUnit   unit,
                                             gboolean        *is_business);
/* @start + the target: through the business clock for business units,
 * plain elapsed time otherwise. */
gint64          qs_deadline_due             (QsBusinessHours *hours,
                                             gint64           start,
                                             double           value,
                                             QsDurationUnit   unit);
/* Where a deadline stands at @now. @done_at 0 while not done. The share
 * is measured in business time from @start to @due. */
QsDeadlineState qs_deadline_state           (QsBusinessHours *hours,
                                             gint64           start,
                                             gint64           due,
                                             gint64           done_at,
                                             gint64           now,
                                             double           at_risk_share);
/* Business time left from @now to @due; negative (the business time
 * since @due) when overdue. */
gint64          qs_deadline_time_left       (QsBusinessHours *hours,
                                             gint64           now,
                                             gint64           due);
/* "3 business days 3 h", "2 h 30 min", "45 min", "1 jour ouvrable 2 h" —
 * business time in days of qs_business_hours_get_day_length(), in
 * @language; with no @hours, wall-clock time in days of 24 hours. */
char           *qs_deadline_format_duration (QsBusinessHours *hours,
                                             gint64           duration,
                                             QsLanguage       language);

G_END_DECLS
/* clang-format on */
