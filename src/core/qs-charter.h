/* qs-charter.h — One version of a service charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_CHARTER (qs_charter_get_type ())

G_DECLARE_FINAL_TYPE (QsCharter, qs_charter, QS, CHARTER, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_CHARTER_FIELD_REF,
  QS_CHARTER_FIELD_VERSION,
  QS_CHARTER_FIELD_STATUS,
  QS_CHARTER_FIELD_DEPARTMENT_ID,
  QS_CHARTER_FIELD_SERVICE_ID,
  QS_CHARTER_FIELD_CALENDAR_ID,
  QS_CHARTER_FIELD_OWNER_ID,
  QS_CHARTER_FIELD_LANGUAGE,
  QS_CHARTER_FIELD_TITLE_EN,
  QS_CHARTER_FIELD_TITLE_FR,
  QS_CHARTER_FIELD_VALUES_EN,
  QS_CHARTER_FIELD_VALUES_FR,
  QS_CHARTER_FIELD_INTRODUCTION_EN,
  QS_CHARTER_FIELD_INTRODUCTION_FR,
  QS_CHARTER_FIELD_REVIEW_DATE,
  QS_CHARTER_FIELD_PUBLISHED_AT,
  QS_CHARTER_FIELD_PREVIOUS_ID,
  QS_CHARTER_FIELD_CHECKLIST,
  QS_CHARTER_N_FIELDS
} QsCharterField;

QsCharter *qs_charter_new (void);

G_END_DECLS
/* clang-format on */
