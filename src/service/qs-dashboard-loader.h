/* qs-dashboard-loader.h — a department's dashboard over twelve periods, counted in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Dashboard shows: each built-in indicator of one providing
 * department over consecutive periods ending with the current one, and
 * the complaints of each period broken down. At a million requests a
 * period takes a second: the async call counts on a connection of its
 * own, in a thread, and says how far it is, so the window never freezes.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-complaint-breakdown.h"
#include "qs-indicator-series.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef struct
{
  char      *provider_id;
  QsPeriod   period;
  guint      n_periods;
  gint64    *bounds;      /* n_periods + 1 instants: each period's start, then the last's end */
  gint64     now;         /* when it was counted: what Requests lists behind a figure */
  GPtrArray *series;      /* QsIndicatorSeries */
  GPtrArray *breakdowns;  /* a period, oldest first: QS_COMPLAINT_N_AXES arrays of QsBreakdownRow */
  GPtrArray *alerts;      /* the department's open alerts (QsAlert), the latest first */
} QsDashboardData;

void             qs_dashboard_data_free   (QsDashboardData      *self);
/* The complaints of @period by @axis (QsBreakdownRow). */
GPtrArray       *qs_dashboard_data_get_breakdown (const QsDashboardData *self,
                                                  guint                  period,
                                                  QsComplaintAxis        axis);

/* Called in the caller's main context as each period is counted, with
 * the share done (0 to 1). */
typedef void (*QsDashboardProgress) (double   fraction,
                                     gpointer user_data);

/* Counts on @store itself, in this thread. */
QsDashboardData *qs_dashboard_load        (QsStore              *store,
                                           const char           *provider_id,
                                           QsPeriod              period,
                                           guint                 n_periods,
                                           GTimeZone            *zone,
                                           QsLanguage            language,
                                           GCancellable         *cancellable,
                                           GError              **error);

/* Counts on a connection of its own to @store's file, in a thread (on
 * @store itself, in an idle, for a database in memory). */
void             qs_dashboard_load_async  (QsStore              *store,
                                           const char           *provider_id,
                                           QsPeriod              period,
                                           guint                 n_periods,
                                           GTimeZone            *zone,
                                           QsLanguage            language,
                                           GCancellable         *cancellable,
                                           QsDashboardProgress   progress,
                                           gpointer              progress_data,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
QsDashboardData *qs_dashboard_load_finish (GAsyncResult         *result,
                                           GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsDashboardData, qs_dashboard_data_free)

G_END_DECLS
/* clang-format on */
