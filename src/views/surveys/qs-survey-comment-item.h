/* qs-survey-comment-item.h — a questionnaire's comment, as a list holds it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-survey-results.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_COMMENT_ITEM (qs_survey_comment_item_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyCommentItem, qs_survey_comment_item, QS, SURVEY_COMMENT_ITEM, GObject)

QsSurveyCommentItem   *qs_survey_comment_item_new         (QsSurveyComment     *comment);
const QsSurveyComment *qs_survey_comment_item_get_comment (QsSurveyCommentItem *self);
/* The same comment, read again with what it became since: emits
 * "changed", for its row to follow in place. */
void                   qs_survey_comment_item_set_comment (QsSurveyCommentItem *self,
                                                           QsSurveyComment     *comment);

G_END_DECLS
/* clang-format on */
