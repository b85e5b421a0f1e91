/* qs-deadline-explanation.h — a deadline told in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Received Friday 24 April 17:10, outside business hours; counting
 * starts Monday 27 April 08:30. 24 business hours = 3 days 3 h, skipping
 * the 1 May holiday (Labour Day). Paused 2 h 30 while waiting on the
 * client. Due Thursday 30 April 11:30."
 *
 * The facts are given one by one, then the text is written in French or
 * English whatever the interface language (the client's language for a
 * letter, the user's in the view). Times are shown in the calendar's zone.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-business-hours.h"
#include "qs-commitment.h"
#include "qs-enums.h"
#include "qs-request.h"

G_BEGIN_DECLS

typedef struct _QsDeadlineExplanation QsDeadlineExplanation;

/* The promise as the charter makes it: received at @received_at, due
 * @value @unit later. */
QsDeadlineExplanation *qs_deadline_explanation_new        (QsBusinessHours       *hours,
                                                           gint64                 received_at,
                                                           double                 value,
                                                           QsDurationUnit         unit);
void                   qs_deadline_explanation_free       (QsDeadlineExplanation *self);

/* The resolution deadline of @request: @commitment's delay from its
 * reception, the waits on the client and the extensions its @events
 * (QsRequestEvent, oldest first) record, a wait still under way while it
 * waits, and the due date stored with it. */
QsDeadlineExplanation *qs_deadline_explanation_new_for_request (QsBusinessHours *hours,
                                                           QsRequest             *request,
                                                           QsCommitment          *commitment,
                                                           GPtrArray             *events);

/* A wait on the client from @from to @to (0: still waiting). Pauses are
 * given in time order; the due date moves by their business time. */
void                   qs_deadline_explanation_add_pause  (QsDeadlineExplanation *self,
                                                           gint64                 from,
                                                           gint64                 to);
/* An extension given at @at: @new_due becomes the promise. */
void                   qs_deadline_explanation_add_extension (QsDeadlineExplanation *self,
                                                           gint64                 at,
                                                           gint64                 new_due,
                                                           const char            *reason);
/* The due date stored with the request, when known: if the calendar has
 * changed since, the text says the stored promise stands. */
void                   qs_deadline_explanation_set_stored_due (QsDeadlineExplanation *self,
                                                           gint64                 stored_due);

/* The due date these facts give (the stored one when set). */
gint64                 qs_deadline_explanation_get_due    (QsDeadlineExplanation *self);
char                  *qs_deadline_explanation_to_text    (QsDeadlineExplanation *self,
                                                           QsLanguage             language);

/* "vendredi 24 avril, 17 h 10" / "Friday 24 April, 17:10", in the zone
 * of @hours. */
char                  *qs_deadline_format_instant         (QsBusinessHours       *hours,
                                                           gint64                 at,
                                                           QsLanguage             language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsDeadlineExplanation, qs_deadline_explanation_free)

G_END_DECLS
/* clang-format on */
