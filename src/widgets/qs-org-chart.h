/* qs-org-chart.h — a zoomable, pannable drawing of the department hierarchy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define QS_ORG_CHART_ZOOM_MIN 0.25
#define QS_ORG_CHART_ZOOM_MAX 4.0

#define QS_TYPE_ORG_CHART (qs_org_chart_get_type ())

G_DECLARE_FINAL_TYPE (QsOrgChart, qs_org_chart, QS, ORG_CHART, GtkWidget)

GtkWidget  *qs_org_chart_new                (void);

/* departments: QsDepartment objects, any order; NULL clears the chart. */
void        qs_org_chart_set_departments    (QsOrgChart *self,
                                             GPtrArray  *departments);
/* sublabels: department id → second line of its box (e.g. the manager); nullable. */
void        qs_org_chart_set_sublabels      (QsOrgChart *self,
                                             GHashTable *sublabels);
double      qs_org_chart_get_zoom           (QsOrgChart *self);
void        qs_org_chart_set_zoom           (QsOrgChart *self,
                                             double      zoom);
const char *qs_org_chart_get_focused_department (QsOrgChart *self);
void        qs_org_chart_focus_department   (QsOrgChart *self,
                                             const char *department_id);
void        qs_org_chart_get_visible_area   (QsOrgChart *self,
                                             double     *x,
                                             double     *y,
                                             double     *width,
                                             double     *height);
gboolean    qs_org_chart_activate_at        (QsOrgChart *self,
                                             double      x,
                                             double      y);
/* transfer none; NULL before departments are set. */
gpointer    qs_org_chart_get_layout         (QsOrgChart *self);

G_END_DECLS
/* clang-format on */
