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

/* A comment read in a questionnaire's results (@answer_id) is acted on
 * through a piece of feedback it is taken up as, once: anonymous, with
 * no respondent's department and dated the day it is taken up, so that
 * it leads back to no one the results did not show.
 *
 * The department it is about, in @department_id: its feedback's, the
 * questionnaire's, or that of the service the answer names; NULL when
 * none says, and the person must choose. */
gboolean   qs_feedback_desk_find_comment_department (QsStore     *store,
                                                     const char  *answer_id,
                                                     char       **department_id,
                                                     GError     **error);
/* Opens a complaint from the comment @answer_id, as
 * qs_feedback_desk_open_complaint() from the feedback it is taken up as;
 * @department_id, when the comment is taken up now, the department it is
 * about (NULL: as found above); @language, the comment's. All or
 * nothing. */
QsRequest *qs_feedback_desk_complain_about_comment  (QsStore     *store,
                                                     const char  *answer_id,
                                                     const char  *department_id,
                                                     QsLanguage   language,
                                                     const char  *actor,
                                                     gint64       now,
                                                     GError     **error);
/* Proposes an improvement action born from the comment @answer_id, as
 * qs_feedback_desk_propose_action(); the rest as above. */
QsAction  *qs_feedback_desk_propose_from_comment    (QsStore     *store,
                                                     const char  *answer_id,
                                                     const char  *department_id,
                                                     QsLanguage   language,
                                                     gint64       now,
                                                     GTimeZone   *zone,
                                                     GError     **error);

G_END_DECLS
/* clang-format on */
