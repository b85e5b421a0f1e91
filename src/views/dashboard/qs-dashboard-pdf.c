/* qs-dashboard-pdf.c — the Dashboard on paper: a page for each providing department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn with cairo and Pango for print, not from the window's widgets:
 * black on white whatever the window's style, at 72 points an inch. Each
 * indicator is a box of two columns: its title, its value and status,
 * its target, and a chart of its periods with the target dashed.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "qs-byte-file.h"
#include "qs-dashboard-pdf.h"
#include "qs-dashboard-words.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-period.h"

#define A4_WIDTH 595.0
#define A4_HEIGHT 842.0
#define MARGIN 48.0
#define GAP 12.0
#define BOX_HEIGHT 112.0
#define HEADER_HEIGHT 64.0

typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  GTimeZone    *zone;
  double        y;
} Draw;

void
qs_dashboard_page_free (QsDashboardPage *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_clear_pointer (&self->data, qs_dashboard_data_free);
  g_free (self);
}

static void
set_rgb (cairo_t *cr, guint32 rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* Text at (x, y), @width wide, at most @lines lines; returns its height. */
static double
text (Draw       *draw,
      const char *words,
      const char *font,
      guint32     rgb,
      double      x,
      double      y,
      double      width,
      int         lines)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (draw->context);
  PangoFontDescription *description = pango_font_description_from_string (font);
  int                   height;

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_text (layout, words, -1);
  set_rgb (draw->cr, rgb);
  cairo_move_to (draw->cr, x, y);
  pango_cairo_show_layout (draw->cr, layout);
  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

static guint32
status_color (QsIndicatorStatus status)
{
  switch (status)
    {
    case QS_INDICATOR_STATUS_MET:
      return 0x26700f;
    case QS_INDICATOR_STATUS_AT_RISK:
      return 0x7a5200;
    case QS_INDICATOR_STATUS_MISSED:
      return 0xa33c00;
    default:
      return 0x555555;
    }
}

/* The chart of a series in the rectangle: a line through the periods'
 * values, dots on them, the target dashed, the range's ends written. */
static void
draw_chart (Draw                    *draw,
            const QsIndicatorSeries *series,
            const QsIndicatorFigure *last,
            double                   x,
            double                   y,
            double                   w,
            double                   h)
{
  double           lo = 0, hi = 0;
  gboolean         drawing = FALSE;
  g_autofree char *top = NULL;

  qs_dashboard_words_range (series, last, &lo, &hi);
  set_rgb (draw->cr, 0xdddddd);
  cairo_set_line_width (draw->cr, 0.5);
  cairo_rectangle (draw->cr, x, y, w, h);
  cairo_stroke (draw->cr);
  top = qs_dashboard_words_value (last, hi);
  text (draw, top, "Sans 6", 0x777777, x + 2, y + 1, w / 2, 1);

  if (!isnan (last->target) && last->target >= lo && last->target <= hi)
    {
      double ty = y + h - (last->target - lo) / (hi - lo) * h;
      double dashes[] = { 3, 2 };

      set_rgb (draw->cr, 0x1c5f99);
      cairo_set_dash (draw->cr, dashes, 2, 0);
      cairo_move_to (draw->cr, x, ty);
      cairo_line_to (draw->cr, x + w, ty);
      cairo_stroke (draw->cr);
      cairo_set_dash (draw->cr, NULL, 0, 0);
    }
  if (qs_indicator_figure_is_count (last))
    {
      /* A count: a bar a period, coloured by its status. */
      for (guint p = 0; p < series->n_periods; p++)
        {
          const QsIndicatorFigure *figure = series->figures[p];
          double                   top, base = y + h - (CLAMP (0, lo, hi) - lo) / (hi - lo) * h;

          if (figure == NULL || isnan (figure->value))
            continue;
          top = y + h - (CLAMP (figure->value, lo, hi) - lo) / (hi - lo) * h;
          set_rgb (draw->cr, status_color (figure->status));
          cairo_rectangle (draw->cr, x + (p + 0.2) * w / series->n_periods, MIN (top, base),
                           0.6 * w / series->n_periods, MAX (fabs (base - top), 0.5));
          cairo_fill (draw->cr);
        }
      return;
    }
  set_rgb (draw->cr, 0x222222);
  cairo_set_line_width (draw->cr, 1.2);
  for (guint p = 0; p < series->n_periods; p++)
    {
      const QsIndicatorFigure *figure = series->figures[p];
      double                   px = x + (p + 0.5) * w / series->n_periods;
      double                   py;

      if (figure == NULL || isnan (figure->value))
        {
          /* The line breaks where a period has no value. */
          cairo_stroke (draw->cr);
          drawing = FALSE;
          continue;
        }
      py = y + h - (CLAMP (figure->value, lo, hi) - lo) / (hi - lo) * h;
      if (drawing)
        cairo_line_to (draw->cr, px, py);
      else
        cairo_move_to (draw->cr, px, py);
      drawing = TRUE;
    }
  cairo_stroke (draw->cr);
  for (guint p = 0; p < series->n_periods; p++)
    {
      const QsIndicatorFigure *figure = series->figures[p];

      if (figure == NULL || isnan (figure->value))
        continue;
      set_rgb (draw->cr, status_color (figure->status));
      cairo_arc (draw->cr, x + (p + 0.5) * w / series->n_periods,
                 y + h - (CLAMP (figure->value, lo, hi) - lo) / (hi - lo) * h, 1.8, 0, 2 * G_PI);
      cairo_fill (draw->cr);
    }
}

static void
draw_box (Draw *draw, const QsIndicatorSeries *series, guint index, double x, double y, double w)
{
  const QsIndicatorFigure *last = series->figures[index];
  g_autofree char         *title = qs_dashboard_words_title (series);
  g_autofree char         *value = qs_dashboard_words_value (last, last->value);
  g_autofree char         *summary = qs_dashboard_words_summary (last);
  double                   half = (w - GAP) / 2;
  double                   h;

  set_rgb (draw->cr, 0xbbbbbb);
  cairo_set_line_width (draw->cr, 0.6);
  cairo_rectangle (draw->cr, x, y, w, BOX_HEIGHT - GAP);
  cairo_stroke (draw->cr);
  x += 6, y += 5, w -= 12;
  h = text (draw, title, "Sans Bold 8", 0x222222, x, y, half, 3);
  h += text (draw, value, "Sans Bold 14", 0x222222, x, y + h + 2, half, 1);
  text (draw, summary, "Sans 7", status_color (last->status), x, y + h + 4, half, 4);
  draw_chart (draw, series, last, x + half + GAP / 2, y + 4, half - GAP / 2, BOX_HEIGHT - GAP - 18);
}

static void
draw_header (Draw *draw, const QsDashboardPage *page, gboolean continued)
{
  const QsDashboardData *data = page->data;
  QsLanguage             language = qs_interface_language ();
  g_autofree char       *first =
    qs_period_label (data->period, draw->zone, data->bounds[0], language, FALSE);
  g_autofree char *last =
    qs_period_label (data->period, draw->zone, data->bounds[data->n_periods - 1], language, FALSE);
  g_autofree char *shown =
    qs_period_label (data->period, draw->zone, data->bounds[page->index], language, FALSE);
  g_autofree char *title = NULL;
  g_autofree char *periods = NULL;

  /* Translators: the title of a page of the dashboard's PDF; %s is a department */
  title = g_strdup_printf (continued ? _ ("Dashboard of %s (continued)") : _ ("Dashboard of %s"),
                           page->name);
  /* Translators: under the title of the dashboard's PDF: the period of
   * the figures, then the first and last periods of the charts */
  periods = g_strdup_printf (_ ("Figures of %s. Charts from %s to %s, the last period not over."),
                             shown, first, last);
  draw->y = MARGIN;
  draw->y +=
    text (draw, title, "Sans Bold 16", 0x1c5f99, MARGIN, draw->y, A4_WIDTH - 2 * MARGIN, 2);
  draw->y +=
    text (draw, periods, "Sans 9", 0x555555, MARGIN, draw->y + 4, A4_WIDTH - 2 * MARGIN, 2) + GAP;
}

GBytes *
qs_dashboard_pdf_render (GPtrArray *pages, GTimeZone *zone, GError **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  g_autoptr (PangoFontMap) font_map = pango_cairo_font_map_new ();
  cairo_surface_t *surface;
  cairo_status_t   status;
  Draw             draw = { .zone = zone };
  double           width = (A4_WIDTH - 2 * MARGIN - GAP) / 2;

  g_return_val_if_fail (pages != NULL && zone != NULL, NULL);

  surface =
    cairo_pdf_surface_create_for_stream (qs_byte_file_append_cb, bytes, A4_WIDTH, A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _ ("Dashboard"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "QualServ");
  draw.cr = cairo_create (surface);
  /* A font map of its own: this may run in a thread. */
  draw.context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (draw.context, 72);

  for (guint i = 0; i < pages->len; i++)
    {
      const QsDashboardPage *page = g_ptr_array_index (pages, i);
      guint                  column = 0;

      draw_header (&draw, page, FALSE);
      for (guint s = 0; s < page->data->series->len; s++)
        {
          const QsIndicatorSeries *series = g_ptr_array_index (page->data->series, s);

          if (series->figures[page->index] == NULL)
            continue;
          if (column == 0 && draw.y + BOX_HEIGHT > A4_HEIGHT - MARGIN)
            {
              cairo_show_page (draw.cr);
              draw_header (&draw, page, TRUE);
            }
          draw_box (&draw, series, page->index, MARGIN + column * (width + GAP), draw.y, width);
          column = (column + 1) % 2;
          if (column == 0)
            draw.y += BOX_HEIGHT;
        }
      cairo_show_page (draw.cr);
    }
  g_object_unref (draw.context);
  cairo_destroy (draw.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
