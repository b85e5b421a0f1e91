/* qs-action.h — An improvement action on the Plan/Do/Check/Act board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_ACTION (qs_action_get_type ())

G_DECLARE_FINAL_TYPE (QsAction, qs_action, QS, ACTION, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_ACTION_FIELD_REF,
  QS_ACTION_FIELD_TITLE,
  QS_ACTION_FIELD_PROBLEM,
  QS_ACTION_FIELD_ANALYSIS,
  QS_ACTION_FIELD_SOLUTION,
  QS_ACTION_FIELD_DEPARTMENT_ID,
  QS_ACTION_FIELD_OWNER_ID,
  QS_ACTION_FIELD_STAGE,
  QS_ACTION_FIELD_ORIGIN,
  QS_ACTION_FIELD_BENEFIT,
  QS_ACTION_FIELD_INDICATOR_ID,
  QS_ACTION_FIELD_BEFORE_VALUE,
  QS_ACTION_FIELD_AFTER_VALUE,
  QS_ACTION_FIELD_TARGET_VALUE,
  QS_ACTION_FIELD_DUE_ON,
  QS_ACTION_FIELD_STARTED_AT,
  QS_ACTION_FIELD_CHECKED_AT,
  QS_ACTION_FIELD_COMPLETED_AT,
  QS_ACTION_N_FIELDS
} QsActionField;

QsAction *qs_action_new (void);

G_END_DECLS
/* clang-format on */
