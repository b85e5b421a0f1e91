/* qs-indicator-value.h — A value of an indicator measured by hand for one period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_INDICATOR_VALUE (qs_indicator_value_get_type ())

G_DECLARE_FINAL_TYPE (QsIndicatorValue, qs_indicator_value, QS, INDICATOR_VALUE, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_INDICATOR_VALUE_FIELD_INDICATOR_ID,
  QS_INDICATOR_VALUE_FIELD_PERIOD_START,
  QS_INDICATOR_VALUE_FIELD_VALUE,
  QS_INDICATOR_VALUE_FIELD_NOTE,
  QS_INDICATOR_VALUE_N_FIELDS
} QsIndicatorValueField;

QsIndicatorValue *qs_indicator_value_new (void);

G_END_DECLS
/* clang-format on */
