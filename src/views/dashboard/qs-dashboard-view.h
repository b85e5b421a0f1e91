/* qs-dashboard-view.h — the Dashboard view: every promise measured against its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-dashboard-loader.h"
#include "qs-view.h"

G_BEGIN_DECLS

#define QS_TYPE_DASHBOARD_VIEW (qs_dashboard_view_get_type ())

G_DECLARE_FINAL_TYPE (QsDashboardView, qs_dashboard_view, QS, DASHBOARD_VIEW, QsView)

/* What the view shows, once counted; NULL while it counts. */
const QsDashboardData *qs_dashboard_view_get_data     (QsDashboardView *self);
/* The series shown in the detail, or NULL. */
const QsIndicatorSeries *qs_dashboard_view_get_shown  (QsDashboardView *self);
gboolean               qs_dashboard_view_export       (QsDashboardView *self,
                                                       GFile           *file,
                                                       gboolean         pdf,
                                                       GError         **error);

G_END_DECLS
/* clang-format on */
