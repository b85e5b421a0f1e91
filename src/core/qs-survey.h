/* qs-survey.h — A satisfaction questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"
#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY (qs_survey_get_type ())

G_DECLARE_FINAL_TYPE (QsSurvey, qs_survey, QS, SURVEY, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SURVEY_FIELD_REF,
  QS_SURVEY_FIELD_TITLE_EN,
  QS_SURVEY_FIELD_TITLE_FR,
  QS_SURVEY_FIELD_DEPARTMENT_ID,
  QS_SURVEY_FIELD_STATUS,
  QS_SURVEY_FIELD_ANONYMOUS,
  QS_SURVEY_FIELD_OPENS_ON,
  QS_SURVEY_FIELD_CLOSES_ON,
  QS_SURVEY_FIELD_AUDIENCE,
  QS_SURVEY_FIELD_AUDIENCE_FROM,   /* closed requests: the first day */
  QS_SURVEY_FIELD_AUDIENCE_TO,     /* and the last */
  QS_SURVEY_N_FIELDS
} QsSurveyField;

QsSurvey *qs_survey_new (void);
/* Its title in @language, else in the other one; NULL without any. */
const char *qs_survey_get_title (QsSurvey *self,
                                QsLanguage language);

G_END_DECLS
/* clang-format on */
