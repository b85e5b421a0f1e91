/* qs-indicator-value.c — A value of an indicator measured by hand for one period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-indicator-value.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_INDICATOR_VALUE_FIELD_INDICATOR_ID] = { "indicator_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                              NULL, "indicators" },
  [QS_INDICATOR_VALUE_FIELD_PERIOD_START] = { "period_start", QS_FIELD_DATE, QS_FIELD_REQUIRED },
  [QS_INDICATOR_VALUE_FIELD_VALUE] = { "value", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_INDICATOR_VALUE_FIELD_NOTE] = { "note", QS_FIELD_STRING, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_INDICATOR_VALUE_N_FIELDS);

QS_DEFINE_ENTITY (QsIndicatorValue, qs_indicator_value, "indicator_values")
