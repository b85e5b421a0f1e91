/* qs-org-chart-render.c — draws an org chart layout with cairo, exports PNG and SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-org-chart-render.h"

#include <math.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "qs-byte-file.h"
#include "qs-error.h"

#define RADIUS 8.0
#define PAD 10.0

void
qs_org_chart_style_init_default (QsOrgChartStyle *style)
{
  *style = (QsOrgChartStyle){
    .foreground = { 0.14, 0.14, 0.16, 1 },
    .accent = { 0.21, 0.52, 0.89, 1 },
    .box = { 0.96, 0.97, 0.99, 1 },
    .background = { 1, 1, 1, 1 },
    .focused = -1,
    .hovered = -1,
  };
}

static void
set_color (cairo_t *cr, const double rgba[4], double alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

static void
rounded_rectangle (cairo_t *cr, double x, double y, double w, double h)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - RADIUS, y + RADIUS, RADIUS, -G_PI / 2, 0);
  cairo_arc (cr, x + w - RADIUS, y + h - RADIUS, RADIUS, 0, G_PI / 2);
  cairo_arc (cr, x + RADIUS, y + h - RADIUS, RADIUS, G_PI / 2, G_PI);
  cairo_arc (cr, x + RADIUS, y + RADIUS, RADIUS, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_links (QsOrgChartLayout *layout, cairo_t *cr, const QsOrgChartStyle *style)
{
  guint n = qs_org_chart_layout_get_n_nodes (layout);

  /* Drawn opaque in a group, then blended once: shared segments of the
   * links do not darken where they overlap. */
  cairo_push_group (cr);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_color (cr, style->foreground, 1);
  for (guint i = 0; i < n; i++)
    {
      guint  parent = qs_org_chart_layout_get_parent_index (layout, i);
      double x, y, w, h, px, py, pw, ph, bus;

      if (parent == G_MAXUINT)
        continue;
      qs_org_chart_layout_get_node (layout, i, NULL, NULL, NULL, &x, &y, &w, &h);
      qs_org_chart_layout_get_node (layout, parent, NULL, NULL, NULL, &px, &py, &pw, &ph);
      bus = py + ph + QS_ORG_CHART_BUS_DROP;
      cairo_move_to (cr, px + pw / 2, py + ph);
      cairo_line_to (cr, px + pw / 2, bus);
      if (qs_org_chart_layout_is_stacked (layout, i))
        {
          double rail = x - QS_ORG_CHART_RAIL_INSET;

          cairo_line_to (cr, rail, bus);
          cairo_line_to (cr, rail, y + h / 2);
          cairo_line_to (cr, x, y + h / 2);
        }
      else
        {
          cairo_line_to (cr, x + w / 2, bus);
          cairo_line_to (cr, x + w / 2, y);
        }
      cairo_stroke (cr);
    }
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, 0.45);
}

static void
draw_text (cairo_t              *cr,
           PangoLayout          *pl,
           PangoFontDescription *font,
           const char           *text,
           double                x,
           double                y,
           double                width)
{
  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, text, -1);
  pango_layout_set_width (pl, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, pl);
}

/**
 * qs_org_chart_render:
 *
 * Draws in chart units: scale @cr beforehand for zoom or resolution.
 */
void
qs_org_chart_render (QsOrgChartLayout *layout, cairo_t *cr, const QsOrgChartStyle *style)
{
  g_autoptr (PangoLayout) pl = NULL;
  g_autoptr (PangoFontDescription) bold = pango_font_description_from_string ("Sans Bold 10");
  g_autoptr (PangoFontDescription) regular = pango_font_description_from_string ("Sans 8.5");
  double cx1, cy1, cx2, cy2;
  guint  n;

  g_return_if_fail (QS_IS_ORG_CHART_LAYOUT (layout));

  n = qs_org_chart_layout_get_n_nodes (layout);
  cairo_save (cr);
  if (style->background[3] > 0)
    {
      set_color (cr, style->background, 1);
      cairo_paint (cr);
    }
  draw_links (layout, cr, style);

  pl = pango_cairo_create_layout (cr);
  pango_layout_set_single_paragraph_mode (pl, TRUE);
  /* Only the boxes in view are laid out: zoomed in, that is a few. */
  cairo_clip_extents (cr, &cx1, &cy1, &cx2, &cy2);
  for (guint i = 0; i < n; i++)
    {
      const char *label, *sublabel;
      double      x, y, w, h;
      gboolean    focused = (int) i == style->focused;
      gboolean    hovered = (int) i == style->hovered;
      int         text_h;

      qs_org_chart_layout_get_node (layout, i, NULL, &label, &sublabel, &x, &y, &w, &h);
      if (x > cx2 || x + w < cx1 || y > cy2 || y + h < cy1)
        continue;

      rounded_rectangle (cr, x, y, w, h);
      set_color (cr, style->box, 1);
      cairo_fill_preserve (cr);
      /* Alpha-blended accent tints work on light and dark boxes alike. */
      set_color (cr, style->accent, hovered || focused ? 0.22 : 0.08);
      cairo_fill_preserve (cr);
      set_color (cr, style->accent, focused ? 1 : 0.6);
      cairo_set_line_width (cr, focused ? 3 : 1.25);
      cairo_stroke (cr);

      set_color (cr, style->foreground, 1);
      if (sublabel != NULL && *sublabel != '\0')
        {
          draw_text (cr, pl, bold, label, x + PAD, y + 8, w - 2 * PAD);
          set_color (cr, style->foreground, 0.7);
          draw_text (cr, pl, regular, sublabel, x + PAD, y + 29, w - 2 * PAD);
        }
      else
        {
          pango_layout_set_font_description (pl, bold);
          pango_layout_set_text (pl, label, -1);
          pango_layout_get_pixel_size (pl, NULL, &text_h);
          draw_text (cr, pl, bold, label, x + PAD, y + (h - text_h) / 2, w - 2 * PAD);
        }
    }
  cairo_restore (cr);
}

static void
chart_size (QsOrgChartLayout *layout, double *width, double *height)
{
  qs_org_chart_layout_get_size (layout, width, height);
  /* An empty chart still makes a valid, tiny picture. */
  *width = MAX (*width, 1);
  *height = MAX (*height, 1);
}

gboolean
qs_org_chart_export_png (QsOrgChartLayout *layout, GFile *file, double scale, GError **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  QsOrgChartStyle  style;
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;
  double           width, height;

  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (layout), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (scale > 0, FALSE);

  chart_size (layout, &width, &height);
  /* A very wide chart at a high scale would need gigabytes: keep each side
   * within what viewers and cairo handle. */
  scale = MIN (scale, QS_ORG_CHART_PNG_MAX_SIDE / MAX (width, height));
  qs_org_chart_style_init_default (&style);
  surface = cairo_image_surface_create (
    CAIRO_FORMAT_ARGB32, MIN ((int) ceil (width * scale), (int) QS_ORG_CHART_PNG_MAX_SIDE),
    MIN ((int) ceil (height * scale), (int) QS_ORG_CHART_PNG_MAX_SIDE));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  qs_org_chart_render (layout, cr, &style);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, qs_byte_file_append_cb, bytes);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_FAILED,
                   _ ("The org chart could not be drawn (%s). Try a smaller scale."),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return qs_byte_file_save (file, bytes, error);
}

gboolean
qs_org_chart_export_svg (QsOrgChartLayout *layout, GFile *file, GError **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  QsOrgChartStyle  style;
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;
  double           width, height;

  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (layout), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  chart_size (layout, &width, &height);
  qs_org_chart_style_init_default (&style);
  surface = cairo_svg_surface_create_for_stream (qs_byte_file_append_cb, bytes, width, height);
  cr = cairo_create (surface);
  qs_org_chart_render (layout, cr, &style);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_FAILED,
                   _ ("The org chart could not be drawn (%s). Try a smaller scale."),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return qs_byte_file_save (file, bytes, error);
}
