/* qs-yearly-rule.h — a yearly recurrence rule of iCalendar, as holidays use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

typedef struct _QsYearlyRule QsYearlyRule;

/* The value of an RRULE property (RFC 5545 §3.3.10) whose FREQ is
 * YEARLY, with INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, BYDAY (an
 * ordinal within the month: "2MO", "-1MO"; or a weekday that BYMONTHDAY
 * narrows) and WKST. Any other part, or another frequency, fails with
 * QS_ERROR_INVALID and a sentence quoting it. */
QsYearlyRule *qs_yearly_rule_parse  (const char         *text,
                                     GError            **error);
void          qs_yearly_rule_free   (QsYearlyRule       *self);
/* The dates of the rule from @start (the event's first date, always an
 * occurrence) to the end of @last_year, in order: a GArray of GDate. */
GArray       *qs_yearly_rule_expand (const QsYearlyRule *self,
                                     const GDate        *start,
                                     int                 last_year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsYearlyRule, qs_yearly_rule_free)

G_END_DECLS
/* clang-format on */
