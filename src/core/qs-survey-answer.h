/* qs-survey-answer.h — The answer to one question of a filled-in questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_ANSWER (qs_survey_answer_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyAnswer, qs_survey_answer, QS, SURVEY_ANSWER, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SURVEY_ANSWER_FIELD_RESPONSE_ID,
  QS_SURVEY_ANSWER_FIELD_QUESTION_ID,
  QS_SURVEY_ANSWER_FIELD_SCORE,
  QS_SURVEY_ANSWER_FIELD_TEXT,
  QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE,  /* a barometer question's level expected */
  QS_SURVEY_ANSWER_N_FIELDS
} QsSurveyAnswerField;

QsSurveyAnswer *qs_survey_answer_new (void);

G_END_DECLS
/* clang-format on */
