/* qs-survey-response.c — One filled-in questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-survey-response.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_SURVEY_RESPONSE_FIELD_SURVEY_ID] = { "survey_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                           "surveys" },
  [QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL,
                                               "departments" },
  [QS_SURVEY_RESPONSE_FIELD_CLIENT_ID] = { "client_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT] = { "submitted_at", QS_FIELD_TIMESTAMP,
                                              QS_FIELD_REQUIRED },
  [QS_SURVEY_RESPONSE_FIELD_SERVICE_ID] = { "service_id", QS_FIELD_REFERENCE, 0, NULL, "services" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SURVEY_RESPONSE_N_FIELDS);

QS_DEFINE_ENTITY (QsSurveyResponse, qs_survey_response, "survey_responses")
