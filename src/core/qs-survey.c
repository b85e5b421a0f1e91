/* qs-survey.c — A satisfaction questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-survey.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_SURVEY_FIELD_REF] = { "ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_SURVEY_FIELD_TITLE_EN] = { "title_en", QS_FIELD_STRING, 0 },
  [QS_SURVEY_FIELD_TITLE_FR] = { "title_fr", QS_FIELD_STRING, 0 },
  [QS_SURVEY_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL, "departments" },
  [QS_SURVEY_FIELD_STATUS] = { "status", QS_FIELD_ENUM, 0, qs_survey_status_get_type },
  [QS_SURVEY_FIELD_ANONYMOUS] = { "anonymous", QS_FIELD_BOOLEAN, 0 },
  [QS_SURVEY_FIELD_OPENS_ON] = { "opens_on", QS_FIELD_DATE, 0 },
  [QS_SURVEY_FIELD_CLOSES_ON] = { "closes_on", QS_FIELD_DATE, 0 },
  [QS_SURVEY_FIELD_AUDIENCE] = { "audience", QS_FIELD_ENUM, 0, qs_survey_audience_get_type },
  [QS_SURVEY_FIELD_AUDIENCE_FROM] = { "audience_from", QS_FIELD_DATE, 0 },
  [QS_SURVEY_FIELD_AUDIENCE_TO] = { "audience_to", QS_FIELD_DATE, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SURVEY_N_FIELDS);

QS_DEFINE_ENTITY (QsSurvey, qs_survey, "surveys")

const char *
qs_survey_get_title (QsSurvey *self, QsLanguage language)
{
  QsEntity   *entity = QS_ENTITY (self);
  const char *text = qs_entity_get_string (
    entity, language == QS_LANGUAGE_FR ? QS_SURVEY_FIELD_TITLE_FR : QS_SURVEY_FIELD_TITLE_EN);

  if (text == NULL || *text == '\0')
    text = qs_entity_get_string (entity, language == QS_LANGUAGE_FR ? QS_SURVEY_FIELD_TITLE_EN
                                                                    : QS_SURVEY_FIELD_TITLE_FR);
  return text != NULL && *text != '\0' ? text : NULL;
}
