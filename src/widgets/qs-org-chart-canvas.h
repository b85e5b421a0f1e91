/* qs-org-chart-canvas.h — the scrollable drawing surface inside QsOrgChart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-org-chart-layout.h"

G_BEGIN_DECLS

#define QS_TYPE_ORG_CHART_CANVAS (qs_org_chart_canvas_get_type ())

G_DECLARE_FINAL_TYPE (QsOrgChartCanvas, qs_org_chart_canvas, QS, ORG_CHART_CANVAS, GtkWidget)

GtkWidget *qs_org_chart_canvas_new          (void);
void       qs_org_chart_canvas_set_layout   (QsOrgChartCanvas *self,
                                             QsOrgChartLayout *layout);
void       qs_org_chart_canvas_set_zoom     (QsOrgChartCanvas *self,
                                             double            zoom);
void       qs_org_chart_canvas_set_marks    (QsOrgChartCanvas *self,
                                             int               focused,
                                             int               hovered);
void       qs_org_chart_canvas_to_chart     (QsOrgChartCanvas *self,
                                             double            x,
                                             double            y,
                                             double           *chart_x,
                                             double           *chart_y);

G_END_DECLS
/* clang-format on */
