/* qs-action.c — An improvement action on the Plan/Do/Check/Act board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-action.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_ACTION_FIELD_REF] = { "ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_ACTION_FIELD_TITLE] = { "title", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_ACTION_FIELD_PROBLEM] = { "problem", QS_FIELD_STRING, 0 },
  [QS_ACTION_FIELD_ANALYSIS] = { "analysis", QS_FIELD_STRING, 0 },
  [QS_ACTION_FIELD_SOLUTION] = { "solution", QS_FIELD_STRING, 0 },
  [QS_ACTION_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL, "departments" },
  [QS_ACTION_FIELD_OWNER_ID] = { "owner_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_ACTION_FIELD_STAGE] = { "stage", QS_FIELD_ENUM, 0, qs_action_stage_get_type },
  [QS_ACTION_FIELD_ORIGIN] = { "origin", QS_FIELD_ENUM, 0, qs_action_origin_get_type },
  [QS_ACTION_FIELD_BENEFIT] = { "benefit", QS_FIELD_ENUM, 0, qs_benefit_get_type },
  [QS_ACTION_FIELD_INDICATOR_ID] = { "indicator_id", QS_FIELD_REFERENCE, 0, NULL, "indicators" },
  [QS_ACTION_FIELD_BEFORE_VALUE] = { "before_value", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_ACTION_FIELD_AFTER_VALUE] = { "after_value", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_ACTION_FIELD_TARGET_VALUE] = { "target_value", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_ACTION_FIELD_DUE_ON] = { "due_on", QS_FIELD_DATE, 0 },
  [QS_ACTION_FIELD_STARTED_AT] = { "started_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_ACTION_FIELD_CHECKED_AT] = { "checked_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_ACTION_FIELD_COMPLETED_AT] = { "completed_at", QS_FIELD_TIMESTAMP, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_ACTION_N_FIELDS);

QS_DEFINE_ENTITY (QsAction, qs_action, "actions")
