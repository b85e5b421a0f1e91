/* qs-survey-department.h — A department whose people a questionnaire asks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_DEPARTMENT (qs_survey_department_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyDepartment, qs_survey_department, QS, SURVEY_DEPARTMENT, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SURVEY_DEPARTMENT_FIELD_SURVEY_ID,
  QS_SURVEY_DEPARTMENT_FIELD_DEPARTMENT_ID,
  QS_SURVEY_DEPARTMENT_N_FIELDS
} QsSurveyDepartmentField;

QsSurveyDepartment *qs_survey_department_new (void);

G_END_DECLS
/* clang-format on */
