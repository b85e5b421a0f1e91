/* qs-department-need.c — A need, priority or wish of a client department, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-department-need.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_DEPARTMENT_NEED_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE,
                                               QS_FIELD_REQUIRED, NULL, "departments" },
  [QS_DEPARTMENT_NEED_FIELD_KIND] = { "kind", QS_FIELD_ENUM, 0, qs_need_kind_get_type },
  [QS_DEPARTMENT_NEED_FIELD_POSITION] = { "position", QS_FIELD_INT, 0 },
  [QS_DEPARTMENT_NEED_FIELD_TEXT] = { "text", QS_FIELD_STRING, QS_FIELD_REQUIRED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_DEPARTMENT_NEED_N_FIELDS);

QS_DEFINE_ENTITY (QsDepartmentNeed, qs_department_need, "department_needs")
