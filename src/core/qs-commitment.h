/* qs-commitment.h — A measurable commitment of a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_COMMITMENT (qs_commitment_get_type ())

G_DECLARE_FINAL_TYPE (QsCommitment, qs_commitment, QS, COMMITMENT, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_COMMITMENT_FIELD_CHARTER_ID,
  QS_COMMITMENT_FIELD_POSITION,
  QS_COMMITMENT_FIELD_CATEGORY,
  QS_COMMITMENT_FIELD_TEXT_EN,
  QS_COMMITMENT_FIELD_TEXT_FR,
  QS_COMMITMENT_FIELD_METRIC,
  QS_COMMITMENT_FIELD_TARGET_VALUE,
  QS_COMMITMENT_FIELD_TARGET_UNIT,
  QS_COMMITMENT_FIELD_THRESHOLD_PERCENT,
  QS_COMMITMENT_FIELD_CHANNEL,
  QS_COMMITMENT_FIELD_REQUEST_KINDS,
  QS_COMMITMENT_FIELD_OWNER_ID,
  QS_COMMITMENT_FIELD_REVIEW_DATE,
  QS_COMMITMENT_FIELD_LINEAGE_ID,   /* the id of its first version; kept by every copy */
  QS_COMMITMENT_N_FIELDS
} QsCommitmentField;

QsCommitment *qs_commitment_new (void);

G_END_DECLS
/* clang-format on */
