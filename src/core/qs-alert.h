/* qs-alert.h — An indicator below its target for a completed period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_ALERT (qs_alert_get_type ())

G_DECLARE_FINAL_TYPE (QsAlert, qs_alert, QS, ALERT, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_ALERT_FIELD_DEPARTMENT_ID,
  QS_ALERT_FIELD_INDICATOR_REF,          /* qs_indicator_figure_ref() */
  QS_ALERT_FIELD_SUBJECT,                /* the indicator's words when it was raised */
  QS_ALERT_FIELD_PERIOD,
  QS_ALERT_FIELD_PERIOD_START,           /* the first period missed */
  QS_ALERT_FIELD_LAST_PERIOD_START,      /* the last period missed */
  QS_ALERT_FIELD_VALUE,                  /* of the first period */
  QS_ALERT_FIELD_TARGET,
  QS_ALERT_FIELD_NUMERATOR,
  QS_ALERT_FIELD_DENOMINATOR,
  QS_ALERT_FIELD_LEVEL,                  /* escalations since it was raised */
  QS_ALERT_FIELD_STATUS,
  QS_ALERT_FIELD_RECOVERED_PERIOD_START, /* the period back on target */
  QS_ALERT_FIELD_COMPLAINT_ID,
  QS_ALERT_N_FIELDS
} QsAlertField;

QsAlert *qs_alert_new (void);

G_END_DECLS
/* clang-format on */
