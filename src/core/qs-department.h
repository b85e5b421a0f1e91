/* qs-department.h — A department or service of the organisation, in a hierarchy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"
#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_TYPE_DEPARTMENT (qs_department_get_type ())

G_DECLARE_FINAL_TYPE (QsDepartment, qs_department, QS, DEPARTMENT, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_DEPARTMENT_FIELD_REF,
  QS_DEPARTMENT_FIELD_NAME,
  QS_DEPARTMENT_FIELD_PARENT_ID,
  QS_DEPARTMENT_FIELD_MANAGER_ID,
  QS_DEPARTMENT_FIELD_IS_PROVIDER,
  QS_DEPARTMENT_FIELD_EMAIL,
  QS_DEPARTMENT_FIELD_PHONE,
  QS_DEPARTMENT_FIELD_LOCATION,
  QS_DEPARTMENT_FIELD_PREFERRED_CHANNELS,
  QS_DEPARTMENT_FIELD_POSITION,
  QS_DEPARTMENT_FIELD_NOTES,
  QS_DEPARTMENT_FIELD_NAME_EN,           /* NULL: the name is used */
  QS_DEPARTMENT_FIELD_NAME_FR,
  QS_DEPARTMENT_FIELD_SURVEY_RULES,      /* qs_survey_fatigue_rules_parse(); NULL: defaults */
  QS_DEPARTMENT_FIELD_INDICATOR_MIN_COUNT, /* fewer requests are not judged; 0: 10 */
  QS_DEPARTMENT_N_FIELDS
} QsDepartmentField;

QsDepartment *qs_department_new         (void);
/* The name in @language when it was given, else the name. */
const char   *qs_department_get_name_in (QsEntity   *department,
                                         QsLanguage  language);

G_END_DECLS
/* clang-format on */
