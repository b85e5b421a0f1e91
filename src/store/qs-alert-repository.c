/* qs-alert-repository.c — alerts, found by their indicator and period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-alert-repository.h"
#include "qs-enum-types.h"
#include "qs-enum-labels.h"
#include "qs-repository.h"

static QsRepository *
alerts (QsStore *store)
{
  return qs_store_get_repository (store, QS_TYPE_ALERT);
}

gboolean
qs_alert_repository_find_latest (QsStore    *store,
                                 const char *department_id,
                                 const char *indicator_ref,
                                 QsPeriod    period,
                                 QsAlert   **alert,
                                 GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (alert != NULL, FALSE);

  return qs_repository_find_first (
    alerts (store), "department_id = ? AND indicator_ref = ? AND period = ?",
    g_variant_new ("(sss)", department_id, indicator_ref, qs_enum_nick (QS_TYPE_PERIOD, period)),
    "period_start DESC", (QsEntity **) alert, error);
}

gboolean
qs_alert_repository_find_by_complaint (QsStore    *store,
                                       const char *complaint_id,
                                       QsAlert   **alert,
                                       GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (alert != NULL, FALSE);

  return qs_repository_find_first (alerts (store), "complaint_id = ?",
                                   g_variant_new ("(s)", complaint_id), "period_start",
                                   (QsEntity **) alert, error);
}

GPtrArray *
qs_alert_repository_list (QsStore *store, const char *department_id, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  if (department_id == NULL)
    return qs_repository_find_all (alerts (store), NULL, NULL,
                                   "ifnull (last_period_start, period_start) DESC, subject",
                                   QS_QUERY_DEFAULT, error);
  return qs_repository_find_all (
    alerts (store), "department_id = ?", g_variant_new ("(s)", department_id),
    "ifnull (last_period_start, period_start) DESC, subject", QS_QUERY_DEFAULT, error);
}
