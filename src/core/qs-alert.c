/* qs-alert.c — An indicator below its target for a completed period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-alert.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_ALERT_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                     "departments" },
  [QS_ALERT_FIELD_INDICATOR_REF] = { "indicator_ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_ALERT_FIELD_SUBJECT] = { "subject", QS_FIELD_STRING, 0 },
  [QS_ALERT_FIELD_PERIOD] = { "period", QS_FIELD_ENUM, 0, qs_period_get_type },
  [QS_ALERT_FIELD_PERIOD_START] = { "period_start", QS_FIELD_DATE, QS_FIELD_REQUIRED },
  [QS_ALERT_FIELD_LAST_PERIOD_START] = { "last_period_start", QS_FIELD_DATE, 0 },
  [QS_ALERT_FIELD_VALUE] = { "value", QS_FIELD_DOUBLE, 0 },
  [QS_ALERT_FIELD_TARGET] = { "target", QS_FIELD_DOUBLE, 0 },
  [QS_ALERT_FIELD_NUMERATOR] = { "numerator", QS_FIELD_INT, 0 },
  [QS_ALERT_FIELD_DENOMINATOR] = { "denominator", QS_FIELD_INT, 0 },
  [QS_ALERT_FIELD_LEVEL] = { "level", QS_FIELD_INT, 0 },
  [QS_ALERT_FIELD_STATUS] = { "status", QS_FIELD_ENUM, 0, qs_alert_status_get_type },
  [QS_ALERT_FIELD_RECOVERED_PERIOD_START] = { "recovered_period_start", QS_FIELD_DATE, 0 },
  [QS_ALERT_FIELD_COMPLAINT_ID] = { "complaint_id", QS_FIELD_REFERENCE, 0, NULL, "requests" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_ALERT_N_FIELDS);

QS_DEFINE_ENTITY (QsAlert, qs_alert, "alerts")
