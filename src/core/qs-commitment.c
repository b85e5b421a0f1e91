/* qs-commitment.c — A measurable commitment of a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-commitment.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_COMMITMENT_FIELD_CHARTER_ID] = { "charter_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                       "charters" },
  [QS_COMMITMENT_FIELD_POSITION] = { "position", QS_FIELD_INT, 0 },
  [QS_COMMITMENT_FIELD_CATEGORY] = { "category", QS_FIELD_ENUM, 0, qs_category_get_type },
  [QS_COMMITMENT_FIELD_TEXT_EN] = { "text_en", QS_FIELD_STRING, 0 },
  [QS_COMMITMENT_FIELD_TEXT_FR] = { "text_fr", QS_FIELD_STRING, 0 },
  [QS_COMMITMENT_FIELD_METRIC] = { "metric", QS_FIELD_ENUM, 0, qs_metric_get_type },
  [QS_COMMITMENT_FIELD_TARGET_VALUE] = { "target_value", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_COMMITMENT_FIELD_TARGET_UNIT] = { "target_unit", QS_FIELD_ENUM, 0,
                                        qs_duration_unit_get_type },
  [QS_COMMITMENT_FIELD_THRESHOLD_PERCENT] = { "threshold_percent", QS_FIELD_DOUBLE,
                                              QS_FIELD_OPTIONAL },
  [QS_COMMITMENT_FIELD_CHANNEL] = { "channel", QS_FIELD_ENUM, 0, qs_channel_get_type },
  [QS_COMMITMENT_FIELD_REQUEST_KINDS] = { "request_kinds", QS_FIELD_STRING, 0 },
  [QS_COMMITMENT_FIELD_OWNER_ID] = { "owner_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_COMMITMENT_FIELD_REVIEW_DATE] = { "review_date", QS_FIELD_DATE, 0 },
  [QS_COMMITMENT_FIELD_LINEAGE_ID] = { "lineage_id", QS_FIELD_REFERENCE, 0, NULL, "commitments" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_COMMITMENT_N_FIELDS);

QS_DEFINE_ENTITY (QsCommitment, qs_commitment, "commitments")
