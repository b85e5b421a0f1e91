/* qs-chart-paint.h — what QsBarChart and QsTrendChart draw alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define QS_CHART_PAINT_N_SERIES_COLORS 4

typedef struct
{
  GdkRGBA foreground;                              /* text: the widget's CSS colour */
  GdkRGBA dim;                                     /* axis labels */
  GdkRGBA grid;                                    /* grid lines */
  GdkRGBA series[QS_CHART_PAINT_N_SERIES_COLORS]; /* one a series, in order */
} QsChartPaintColors;

void         qs_chart_paint_get_colors   (GtkWidget               *widget,
                                          gboolean                 filled,
                                          QsChartPaintColors      *colors);
PangoLayout *qs_chart_paint_layout_new   (GtkWidget               *widget,
                                          const char              *text,
                                          gboolean                 small);
int          qs_chart_paint_line_height  (GtkWidget               *widget,
                                          gboolean                 small);
int          qs_chart_paint_text_width   (GtkWidget               *widget,
                                          const char              *text,
                                          gboolean                 small);
void         qs_chart_paint_text         (GtkSnapshot             *snapshot,
                                          PangoLayout             *layout,
                                          double                   x,
                                          double                   y,
                                          const GdkRGBA           *color);
char        *qs_chart_paint_format       (double                   value,
                                          int                      decimals);
char        *qs_chart_paint_format_auto  (double                   value);
int          qs_chart_paint_legend_height (GtkWidget              *widget);
void         qs_chart_paint_legend       (GtkWidget               *widget,
                                          GtkSnapshot             *snapshot,
                                          const char *const       *names,
                                          guint                    n_names,
                                          const QsChartPaintColors *colors,
                                          gboolean                 lines,
                                          double                   width);
void         qs_chart_paint_dash         (GtkSnapshot             *snapshot,
                                          const GdkRGBA           *color,
                                          double                   x,
                                          double                   y,
                                          double                   width,
                                          double                   thickness,
                                          double                   dash,
                                          double                   gap);

G_END_DECLS
/* clang-format on */
