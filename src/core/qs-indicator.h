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
  QS_INDICATOR_FIELD_MEASURE,       /* a QsMeasure's nick; NULL: typed in by hand */
  QS_INDICATOR_FIELD_CHANNEL,       /* the requests counted, QsChannel nick; NULL: any */
  QS_INDICATOR_FIELD_REQUEST_KIND,  /* QsRequestKind nick; NULL: any */
  QS_INDICATOR_FIELD_PROBLEM,       /* QsProblem nick; NULL: any */
  QS_INDICATOR_FIELD_SERVICE_ID,    /* NULL: any */
  QS_INDICATOR_FIELD_OWNER_ID,      /* who answers for it; alerts go to them */
  QS_INDICATOR_FIELD_MIN_COUNT,     /* 0: the department's */
  QS_INDICATOR_N_FIELDS
} QsIndicatorField;

QsIndicator *qs_indicator_new (void);

G_END_DECLS
/* clang-format on */
