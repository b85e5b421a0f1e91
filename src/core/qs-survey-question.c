/* qs-survey-question.c — A question of a questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-survey-question.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_SURVEY_QUESTION_FIELD_SURVEY_ID] = { "survey_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                           "surveys" },
  [QS_SURVEY_QUESTION_FIELD_POSITION] = { "position", QS_FIELD_INT, 0 },
  [QS_SURVEY_QUESTION_FIELD_KIND] = { "kind", QS_FIELD_ENUM, 0, qs_question_kind_get_type },
  [QS_SURVEY_QUESTION_FIELD_TEXT_EN] = { "text_en", QS_FIELD_STRING, 0 },
  [QS_SURVEY_QUESTION_FIELD_TEXT_FR] = { "text_fr", QS_FIELD_STRING, 0 },
  /* A nick or NULL: an enum field is never NULL. */
  [QS_SURVEY_QUESTION_FIELD_CATEGORY] = { "category", QS_FIELD_STRING, 0, qs_category_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SURVEY_QUESTION_N_FIELDS);

QS_DEFINE_ENTITY (QsSurveyQuestion, qs_survey_question, "survey_questions")

const char *
qs_survey_question_get_text (QsSurveyQuestion *self, QsLanguage language)
{
  QsEntity   *entity = QS_ENTITY (self);
  const char *text =
    qs_entity_get_string (entity, language == QS_LANGUAGE_FR ? QS_SURVEY_QUESTION_FIELD_TEXT_FR
                                                             : QS_SURVEY_QUESTION_FIELD_TEXT_EN);

  if (text == NULL || *text == '\0')
    text =
      qs_entity_get_string (entity, language == QS_LANGUAGE_FR ? QS_SURVEY_QUESTION_FIELD_TEXT_EN
                                                               : QS_SURVEY_QUESTION_FIELD_TEXT_FR);
  return text != NULL && *text != '\0' ? text : NULL;
}
