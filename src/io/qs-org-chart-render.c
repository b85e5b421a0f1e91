/* qs-org-chart-render.c — draws an org chart layout with cairo, exports PNG and SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-org-chart-render.h"

void
qs_org_chart_style_init_default (QsOrgChartStyle *style)
{
  *style = (QsOrgChartStyle) {
    .foreground = { 0.1, 0.1, 0.1, 1 },
    .accent = { 0.21, 0.52, 0.89, 1 },
    .box = { 1, 1, 1, 1 },
    .background = { 1, 1, 1, 1 },
    .focused = -1,
    .hovered = -1,
  };
}

void
qs_org_chart_render (QsOrgChartLayout      *layout,
                     cairo_t               *cr,
                     const QsOrgChartStyle *style)
{
}

gboolean
qs_org_chart_export_png (QsOrgChartLayout *layout,
                         GFile            *file,
                         double            scale,
                         GError          **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not yet");
  return FALSE;
}

gboolean
qs_org_chart_export_svg (QsOrgChartLayout *layout,
                         GFile            *file,
                         GError          **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not yet");
  return FALSE;
}
