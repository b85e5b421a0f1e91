/* qs-org-chart-layout.h — where each department's box goes in the drawn org chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

G_BEGIN_DECLS

/* Sizes in chart units (pixels at zoom 1). */
#define QS_ORG_CHART_BOX_HEIGHT 52.0
#define QS_ORG_CHART_BOX_MIN_WIDTH 150.0
/* Wide enough for a department's e-mail address of some forty characters. */
#define QS_ORG_CHART_BOX_MAX_WIDTH 340.0
#define QS_ORG_CHART_MARGIN 24.0
/* Links: the horizontal bus under a parent, and the rail left of stacked boxes. */
#define QS_ORG_CHART_BUS_DROP 24.0
#define QS_ORG_CHART_RAIL_INSET 10.0

#define QS_TYPE_ORG_CHART_LAYOUT (qs_org_chart_layout_get_type ())

G_DECLARE_FINAL_TYPE (QsOrgChartLayout, qs_org_chart_layout, QS, ORG_CHART_LAYOUT, GObject)

QsOrgChartLayout *qs_org_chart_layout_new              (GPtrArray        *departments,
                                                        const char       *root_id);
QsOrgChartLayout *qs_org_chart_layout_new_full         (GPtrArray        *departments,
                                                        const char       *root_id,
                                                        GHashTable       *sublabels);

guint             qs_org_chart_layout_get_n_nodes      (QsOrgChartLayout *self);
void              qs_org_chart_layout_get_node         (QsOrgChartLayout *self,
                                                        guint             index,
                                                        const char      **department_id,
                                                        const char      **label,
                                                        const char      **sublabel,
                                                        double           *x,
                                                        double           *y,
                                                        double           *width,
                                                        double           *height);
guint             qs_org_chart_layout_get_parent_index (QsOrgChartLayout *self,
                                                        guint             index);
gboolean          qs_org_chart_layout_is_stacked       (QsOrgChartLayout *self,
                                                        guint             index);
guint             qs_org_chart_layout_get_n_children   (QsOrgChartLayout *self,
                                                        guint             index);
guint             qs_org_chart_layout_get_child        (QsOrgChartLayout *self,
                                                        guint             index,
                                                        guint             nth);
int               qs_org_chart_layout_find             (QsOrgChartLayout *self,
                                                        const char       *department_id);
void              qs_org_chart_layout_get_size         (QsOrgChartLayout *self,
                                                        double           *width,
                                                        double           *height);
int               qs_org_chart_layout_hit_test         (QsOrgChartLayout *self,
                                                        double            x,
                                                        double            y);

G_END_DECLS
/* clang-format on */
