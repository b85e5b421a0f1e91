/* qs-survey-answer.c — The answer to one question of a filled-in questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-survey-answer.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_SURVEY_ANSWER_FIELD_RESPONSE_ID] = { "response_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                           NULL, "survey_responses" },
  [QS_SURVEY_ANSWER_FIELD_QUESTION_ID] = { "question_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                           NULL, "survey_questions" },
  [QS_SURVEY_ANSWER_FIELD_SCORE] = { "score", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_SURVEY_ANSWER_FIELD_TEXT] = { "text", QS_FIELD_STRING, 0 },
  [QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE] = { "expected_score", QS_FIELD_DOUBLE,
                                              QS_FIELD_OPTIONAL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SURVEY_ANSWER_N_FIELDS);

QS_DEFINE_ENTITY (QsSurveyAnswer, qs_survey_answer, "survey_answers")
