/* qs-survey-question.h — A question of a questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"
#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_QUESTION (qs_survey_question_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyQuestion, qs_survey_question, QS, SURVEY_QUESTION, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SURVEY_QUESTION_FIELD_SURVEY_ID,
  QS_SURVEY_QUESTION_FIELD_POSITION,
  QS_SURVEY_QUESTION_FIELD_KIND,
  QS_SURVEY_QUESTION_FIELD_TEXT_EN,
  QS_SURVEY_QUESTION_FIELD_TEXT_FR,
  QS_SURVEY_QUESTION_FIELD_CATEGORY,  /* a QsCategory nick: the barometer's; NULL none */
  QS_SURVEY_QUESTION_N_FIELDS
} QsSurveyQuestionField;

QsSurveyQuestion *qs_survey_question_new (void);
/* Its text in @language, else in the other one; NULL without any. */
const char *qs_survey_question_get_text (QsSurveyQuestion *self,
                                        QsLanguage language);

G_END_DECLS
/* clang-format on */
