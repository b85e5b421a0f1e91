/* qs-chart-paint.c — what QsBarChart and QsTrendChart draw alike
 *
 * Colours come from the style sheet (the widget's CSS colour and
 * libadwaita's named colours), so that both charts read in the light and
 * the dark style; text is drawn from Pango layouts in the widget's font.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "qs-chart-paint.h"

/* Named colours of the style sheet, in the order of the series: a filled
 * shape (a bar) takes the _bg_ colours, a line or a dot the ones meant for
 * drawing on the window's background. */
static const char *const filled_names[QS_CHART_PAINT_N_SERIES_COLORS] = {
  "accent_bg_color", "warning_bg_color", "success_bg_color", "error_bg_color"
};
static const char *const line_names[QS_CHART_PAINT_N_SERIES_COLORS] = {
  "accent_color", "warning_color", "success_color", "error_color"
};
/* libadwaita's light values, for a theme that names none of them. */
static const char *const fallbacks[QS_CHART_PAINT_N_SERIES_COLORS] = { "#3584e4", "#e5a50a",
                                                                       "#26a269", "#e01b24" };

/* The colour of the style sheet named @name, else @fallback. Each widget
 * has its own style context in GTK 4.8; its API is not deprecated before
 * 4.10. */
static void
lookup_color (GtkStyleContext *context, const char *name, const char *fallback, GdkRGBA *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

void
qs_chart_paint_get_colors (GtkWidget *widget, gboolean filled, QsChartPaintColors *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &colors->foreground);
  colors->dim = colors->foreground;
  colors->dim.alpha *= 0.7f;
  colors->grid = colors->foreground;
  colors->grid.alpha *= 0.15f;
  for (guint i = 0; i < QS_CHART_PAINT_N_SERIES_COLORS; i++)
    lookup_color (context, (filled ? filled_names : line_names)[i], fallbacks[i],
                  &colors->series[i]);
}

/* A layout of @text in the widget's font, smaller for axes and legends. */
PangoLayout *
qs_chart_paint_layout_new (GtkWidget *widget, const char *text, gboolean small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  return layout;
}

int
qs_chart_paint_line_height (GtkWidget *widget, gboolean small)
{
  g_autoptr (PangoLayout) layout = qs_chart_paint_layout_new (widget, "Ag", small);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

int
qs_chart_paint_text_width (GtkWidget *widget, const char *text, gboolean small)
{
  g_autoptr (PangoLayout) layout = qs_chart_paint_layout_new (widget, text, small);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

void
qs_chart_paint_text (
  GtkSnapshot *snapshot, PangoLayout *layout, double x, double y, const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* @value with @decimals digits after the user's decimal separator. */
char *
qs_chart_paint_format (double value, int decimals)
{
  /* A tick a rounding away from zero is zero, not "-0". */
  if (fabs (value) < 0.5 * pow (10, -decimals))
    value = 0;
  return g_strdup_printf ("%.*f", decimals, value);
}

/* A whole number without decimals, any other with one. */
char *
qs_chart_paint_format_auto (double value)
{
  return qs_chart_paint_format (value, value == floor (value) ? 0 : 1);
}

#define LEGEND_SWATCH 10
#define LEGEND_GAP 4
#define LEGEND_SPACING 12

int
qs_chart_paint_legend_height (GtkWidget *widget)
{
  return MAX (qs_chart_paint_line_height (widget, TRUE), LEGEND_SWATCH);
}

/* A short line of the series' look: solid for the first series, dashed
 * for the second, and so on. */
static void
legend_line (GtkSnapshot *snapshot, const GdkRGBA *color, guint index, double x, double y)
{
  if (index % 2 == 0)
    gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y - 1.5, 14, 3));
  else
    qs_chart_paint_dash (snapshot, color, x, y - 1.5, 14, 3, 5, 4);
}

/* The series' names in a row, each behind a swatch of its colour and
 * ellipsized to its share of @width. A bar chart's swatches are rounded
 * squares (a clip the bars never have), a trend chart's short lines. */
void
qs_chart_paint_legend (GtkWidget                *widget,
                       GtkSnapshot              *snapshot,
                       const char *const        *names,
                       guint                     n_names,
                       const QsChartPaintColors *colors,
                       gboolean                  lines,
                       double                    width)
{
  int    height = qs_chart_paint_legend_height (widget);
  int    swatch = lines ? 14 : LEGEND_SWATCH;
  double share = n_names > 0 ? width / n_names : width;
  double x = 0;

  for (guint i = 0; i < n_names; i++)
    {
      g_autoptr (PangoLayout) layout = qs_chart_paint_layout_new (widget, names[i], TRUE);
      const GdkRGBA *color = &colors->series[i % QS_CHART_PAINT_N_SERIES_COLORS];
      double         room = MAX (0, share - swatch - LEGEND_GAP - LEGEND_SPACING);
      int            text_width, text_height;

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, (int) (room * PANGO_SCALE));
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      if (lines)
        legend_line (snapshot, color, i, x, height / 2.0);
      else
        {
          graphene_rect_t square =
            GRAPHENE_RECT_INIT (x, (height - LEGEND_SWATCH) / 2.0, LEGEND_SWATCH, LEGEND_SWATCH);
          GskRoundedRect rounded;

          gsk_rounded_rect_init_from_rect (&rounded, &square, 2);
          gtk_snapshot_push_rounded_clip (snapshot, &rounded);
          gtk_snapshot_append_color (snapshot, color, &square);
          gtk_snapshot_pop (snapshot);
        }
      if (room > 0)
        qs_chart_paint_text (snapshot, layout, x + swatch + LEGEND_GAP,
                             (height - text_height) / 2.0, &colors->foreground);
      x += swatch + LEGEND_GAP + MIN (text_width, room) + LEGEND_SPACING;
    }
}

/* A horizontal dashed line of color nodes from @x to @x + @width. */
void
qs_chart_paint_dash (GtkSnapshot   *snapshot,
                     const GdkRGBA *color,
                     double         x,
                     double         y,
                     double         width,
                     double         thickness,
                     double         dash,
                     double         gap)
{
  for (double start = x; start < x + width; start += dash + gap)
    gtk_snapshot_append_color (
      snapshot, color, &GRAPHENE_RECT_INIT (start, y, MIN (dash, x + width - start), thickness));
}
