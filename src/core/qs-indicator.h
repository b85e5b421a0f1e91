/* qs-indicator.h — A service-quality indicator with its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_INDICATOR (qs_indicator_get_type ())

G_DECLARE_FINAL_TYPE (QsIndicator, qs_indicator, QS, INDICATOR, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_INDICATOR_FIELD_REF,
  QS_INDICATOR_FIELD_NAME_EN,
  QS_INDICATOR_FIELD_NAME_FR,
  QS_INDICATOR_FIELD_DEPARTMENT_ID,
  QS_INDICATOR_FIELD_COMMITMENT_ID,
  QS_INDICATOR_FIELD_KIND,
  QS_INDICATOR_FIELD_DIMENSION,
  QS_INDICATOR_FIELD_TARGET,
  QS_INDICATOR_FIELD_DIRECTION,
  QS_INDICATOR_FIELD_PERIOD,
  QS_INDICATOR_FIELD_UNIT,
  QS_INDICATOR_N_FIELDS
} QsIndicatorField;

QsIndicator *qs_indicator_new (void);

G_END_DECLS
/* clang-format on */
