/* qs-org-chart.c — a zoomable, pannable drawing of the department hierarchy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-org-chart.h"

struct _QsOrgChart
{
  GtkWidget parent_instance;
  double zoom;
};

G_DEFINE_FINAL_TYPE (QsOrgChart, qs_org_chart, GTK_TYPE_WIDGET)

static void
qs_org_chart_class_init (QsOrgChartClass *klass)
{
}

static void
qs_org_chart_init (QsOrgChart *self)
{
  self->zoom = 1.0;
}

GtkWidget *
qs_org_chart_new (void)
{
  return g_object_new (QS_TYPE_ORG_CHART, NULL);
}

void
qs_org_chart_set_departments (QsOrgChart *self,
                              GPtrArray  *departments)
{
}

double
qs_org_chart_get_zoom (QsOrgChart *self)
{
  return self->zoom;
}

void
qs_org_chart_set_zoom (QsOrgChart *self,
                       double      zoom)
{
  self->zoom = CLAMP (zoom, QS_ORG_CHART_ZOOM_MIN, QS_ORG_CHART_ZOOM_MAX);
}

const char *
qs_org_chart_get_focused_department (QsOrgChart *self)
{
  return NULL;
}

void
qs_org_chart_focus_department (QsOrgChart *self,
                               const char *department_id)
{
}

gpointer
qs_org_chart_get_layout (QsOrgChart *self)
{
  return NULL;
}
