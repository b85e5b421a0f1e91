/* qs-department-need.h — A need, priority or wish of a client department, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_DEPARTMENT_NEED (qs_department_need_get_type ())

G_DECLARE_FINAL_TYPE (QsDepartmentNeed, qs_department_need, QS, DEPARTMENT_NEED, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_DEPARTMENT_NEED_FIELD_DEPARTMENT_ID,
  QS_DEPARTMENT_NEED_FIELD_KIND,
  QS_DEPARTMENT_NEED_FIELD_POSITION,
  QS_DEPARTMENT_NEED_FIELD_TEXT,
  QS_DEPARTMENT_NEED_N_FIELDS
} QsDepartmentNeedField;

QsDepartmentNeed *qs_department_need_new (void);

G_END_DECLS
/* clang-format on */
