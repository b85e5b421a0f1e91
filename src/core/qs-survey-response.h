/* qs-survey-response.h — One filled-in questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_RESPONSE (qs_survey_response_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyResponse, qs_survey_response, QS, SURVEY_RESPONSE, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SURVEY_RESPONSE_FIELD_SURVEY_ID,
  QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID,
  QS_SURVEY_RESPONSE_FIELD_CLIENT_ID,
  QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT,
  QS_SURVEY_RESPONSE_FIELD_SERVICE_ID,
  QS_SURVEY_RESPONSE_N_FIELDS
} QsSurveyResponseField;

QsSurveyResponse *qs_survey_response_new (void);

G_END_DECLS
/* clang-format on */
