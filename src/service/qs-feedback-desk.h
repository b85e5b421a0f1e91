/* qs-feedback-desk.h — where feedback is recorded, from whatever channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Checks @feedback (qs_feedback_check()), completes it from the request
 * it is about (the provider, the client's department and, unless it is
 * anonymous, the client) and saves it. Nothing is written on error. */
gboolean   qs_feedback_desk_record          (QsStore     *store,
                                             QsFeedback  *feedback,
                                             gint64       now,
                                             GError     **error);
/* Opens a complaint in Requests from @feedback, stored, received @now
 * by @actor: its words, its department, its client unless anonymous;
 * @feedback names the complaint it became. Refused when it became one
 * already. */
QsRequest *qs_feedback_desk_open_complaint  (QsStore     *store,
                                             QsFeedback  *feedback,
                                             const char  *actor,
                                             gint64       now,
                                             GError     **error);
/* Proposes an improvement action, in Plan, born from @feedback (linked
 * to it), numbered in @now's year in @zone. */
QsAction  *qs_feedback_desk_propose_action  (QsStore     *store,
                                             QsFeedback  *feedback,
                                             gint64       now,
                                             GTimeZone   *zone,
                                             GError     **error);

G_END_DECLS
/* clang-format on */
