/* qs-feedback.h — A piece of feedback: a rating, a comment, a barometer answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_FEEDBACK (qs_feedback_get_type ())

G_DECLARE_FINAL_TYPE (QsFeedback, qs_feedback, QS, FEEDBACK, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_FEEDBACK_FIELD_SOURCE,
  QS_FEEDBACK_FIELD_DEPARTMENT_ID,
  QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
  QS_FEEDBACK_FIELD_CLIENT_ID,
  QS_FEEDBACK_FIELD_REQUEST_ID,
  QS_FEEDBACK_FIELD_SURVEY_ID,
  QS_FEEDBACK_FIELD_RECEIVED_AT,
  QS_FEEDBACK_FIELD_RATING,
  QS_FEEDBACK_FIELD_EXPECTED_SCORE,
  QS_FEEDBACK_FIELD_PERCEIVED_SCORE,
  QS_FEEDBACK_FIELD_COMMENT,
  QS_FEEDBACK_FIELD_ANONYMOUS,
  QS_FEEDBACK_FIELD_LANGUAGE,
  QS_FEEDBACK_FIELD_COMPLAINT_ID,   /* the complaint it became, or NULL */
  QS_FEEDBACK_FIELD_SURVEY_ANSWER_ID, /* the questionnaire's comment it is, or NULL */
  QS_FEEDBACK_N_FIELDS
} QsFeedbackField;

QsFeedback *qs_feedback_new   (void);
gboolean    qs_feedback_check (QsFeedback  *self,
                               gint64       now,
                               GError     **error);

G_END_DECLS
/* clang-format on */
