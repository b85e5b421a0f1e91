/* qs-alert-repository.h — alerts, found by their indicator and period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* The alert of that indicator raised for the latest period, open or
 * recovered, in @alert, or NULL. */
gboolean   qs_alert_repository_find_latest (QsStore     *store,
                                            const char  *department_id,
                                            const char  *indicator_ref,
                                            QsPeriod     period,
                                            QsAlert    **alert,
                                            GError     **error);
/* The alert whose complaint is @complaint_id, in @alert, or NULL. */
gboolean   qs_alert_repository_find_by_complaint (QsStore     *store,
                                                  const char  *complaint_id,
                                                  QsAlert    **alert,
                                                  GError     **error);
/* Every live alert (QsAlert), the latest period first; of one department
 * when @department_id is not NULL. */
GPtrArray *qs_alert_repository_list        (QsStore     *store,
                                            const char  *department_id,
                                            GError     **error);

G_END_DECLS
/* clang-format on */
