/* qs-indicator.c — A service-quality indicator with its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-indicator.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_INDICATOR_FIELD_REF] = { "ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_INDICATOR_FIELD_NAME_EN] = { "name_en", QS_FIELD_STRING, 0 },
  [QS_INDICATOR_FIELD_NAME_FR] = { "name_fr", QS_FIELD_STRING, 0 },
  [QS_INDICATOR_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL,
                                         "departments" },
  [QS_INDICATOR_FIELD_COMMITMENT_ID] = { "commitment_id", QS_FIELD_REFERENCE, 0, NULL,
                                         "commitments" },
  [QS_INDICATOR_FIELD_KIND] = { "kind", QS_FIELD_ENUM, 0, qs_indicator_kind_get_type },
  [QS_INDICATOR_FIELD_DIMENSION] = { "dimension", QS_FIELD_ENUM, 0, qs_dimension_get_type },
  [QS_INDICATOR_FIELD_TARGET] = { "target", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_INDICATOR_FIELD_DIRECTION] = { "direction", QS_FIELD_ENUM, 0, qs_direction_get_type },
  [QS_INDICATOR_FIELD_PERIOD] = { "period", QS_FIELD_ENUM, 0, qs_period_get_type },
  [QS_INDICATOR_FIELD_UNIT] = { "unit", QS_FIELD_STRING, 0 },
  [QS_INDICATOR_FIELD_MEASURE] = { "measure", QS_FIELD_STRING, 0, qs_measure_get_type },
  [QS_INDICATOR_FIELD_CHANNEL] = { "channel", QS_FIELD_STRING, 0, qs_channel_get_type },
  [QS_INDICATOR_FIELD_REQUEST_KIND] = { "request_kind", QS_FIELD_STRING, 0,
                                        qs_request_kind_get_type },
  [QS_INDICATOR_FIELD_PROBLEM] = { "problem", QS_FIELD_STRING, 0, qs_problem_get_type },
  [QS_INDICATOR_FIELD_SERVICE_ID] = { "service_id", QS_FIELD_REFERENCE, 0, NULL, "services" },
  [QS_INDICATOR_FIELD_OWNER_ID] = { "owner_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_INDICATOR_FIELD_MIN_COUNT] = { "min_count", QS_FIELD_INT, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_INDICATOR_N_FIELDS);

QS_DEFINE_ENTITY (QsIndicator, qs_indicator, "indicators")
