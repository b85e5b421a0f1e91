/* qs-survey-department.c — A department whose people a questionnaire asks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-entity-private.h"
#include "qs-enum-types.h"
#include "qs-survey-department.h"

static const QsField fields[] = {
  [QS_SURVEY_DEPARTMENT_FIELD_SURVEY_ID] = { "survey_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                             NULL, "surveys" },
  [QS_SURVEY_DEPARTMENT_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE,
                                                 QS_FIELD_REQUIRED, NULL, "departments" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SURVEY_DEPARTMENT_N_FIELDS);

QS_DEFINE_ENTITY (QsSurveyDepartment, qs_survey_department, "survey_departments")
