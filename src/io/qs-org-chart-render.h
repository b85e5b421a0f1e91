/* qs-org-chart-render.h — draws an org chart layout with cairo, exports PNG and SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <cairo.h>
#include <gio/gio.h>

#include "qs-org-chart-layout.h"

G_BEGIN_DECLS

/* PNG export lowers its scale so no side exceeds this many pixels. */
#define QS_ORG_CHART_PNG_MAX_SIDE 16384.0

/* Colours as red, green, blue, alpha in 0..1. */
typedef struct {
  double foreground[4];  /* text and links */
  double accent[4];      /* box border and highlight */
  double box[4];         /* box fill */
  double background[4];  /* whole chart; alpha 0 leaves it transparent */
  int    focused;        /* node index or -1 */
  int    hovered;        /* node index or -1 */
} QsOrgChartStyle;

void     qs_org_chart_style_init_default (QsOrgChartStyle  *style);

void     qs_org_chart_render             (QsOrgChartLayout *layout,
                                          cairo_t          *cr,
                                          const QsOrgChartStyle *style);
gboolean qs_org_chart_export_png         (QsOrgChartLayout *layout,
                                          GFile            *file,
                                          double            scale,
                                          GError          **error);
gboolean qs_org_chart_export_svg         (QsOrgChartLayout *layout,
                                          GFile            *file,
                                          GError          **error);

G_END_DECLS
/* clang-format on */
