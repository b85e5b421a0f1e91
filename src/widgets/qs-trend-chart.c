/* qs-trend-chart.c — values over periods, as lines with dots
 *
 * Up to a dozen periods along the x axis, their labels every other one
 * (or fewer) when they would overlap; a y axis of two to five labelled
 * grid lines between the range's ends; one line of dots a series (the
 * second dashed and in a second colour, a legend naming them); an
 * optional dashed target line. A period without a value (NAN) has no dot,
 * and the line breaks there. Screen readers get the data in words, as the
 * accessible description of an image.
 *
 * Each piece of line between two dots is a node of its own, drawn with
 * cairo (GskPathBuilder comes with GTK 4.14); dots are round clips of a
 * colour, grid and target lines colour nodes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-chart-paint.h"
#include "qs-trend-chart.h"

#define MIN_WIDTH 120
#define NATURAL_WIDTH 480
#define MIN_PLOT 80
#define NATURAL_PLOT 160
#define MAX_TICKS 5
#define AXIS_GAP 6
#define LEGEND_SPACING 8
#define LINE_WIDTH 2.0
#define DOT_SIZE 7.0

typedef struct
{
  char   *name;
  double *values;
  guint   n_values;
} Series;

struct _QsTrendChart
{
  GtkWidget parent_instance;

  double     minimum;
  double     maximum;
  GStrv      periods;
  GPtrArray *series;
  double     target;
  char      *description;
  gboolean   bars; /* counts: a bar a period rather than a line */
};

G_DEFINE_FINAL_TYPE (QsTrendChart, qs_trend_chart, GTK_TYPE_WIDGET)

typedef struct
{
  double lo, hi;
  double ticks[MAX_TICKS];
  guint  n_ticks;
  int    decimals;
  int    legend_height; /* with the space below it; 0 without a legend */
  int    small_height;
  int    y_label_width;
  double left, right, top, bottom;
  double band;
  guint  label_step;
} Geometry;

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_free (series->values);
  g_free (series);
}

static guint
n_periods (QsTrendChart *self)
{
  return self->periods != NULL ? g_strv_length (self->periods) : 0;
}

static double
series_value (Series *series, guint period)
{
  return period < series->n_values ? series->values[period] : NAN;
}

/* The smallest of 1, 2, 2.5 and 5 times a power of ten that puts at most
 * MAX_TICKS multiples of itself between @lo and @hi. */
static double
nice_step (double lo, double hi)
{
  static const double multiples[] = { 1, 2, 2.5, 5 };
  double              base = pow (10, floor (log10 (hi - lo)) - 1);

  for (int decade = 0; decade < 4; decade++, base *= 10)
    for (guint m = 0; m < G_N_ELEMENTS (multiples); m++)
      {
        double step = multiples[m] * base;
        double first = ceil (lo / step - 1e-9), last = floor (hi / step + 1e-9);

        if (last - first + 1 <= MAX_TICKS)
          return step;
      }
  return hi - lo;
}

static int
decimals_for (double step)
{
  if (fabs (step - round (step)) < 1e-9)
    return 0;
  if (fabs (step * 10 - round (step * 10)) < 1e-6)
    return 1;
  return 2;
}

/* The range shown: the caller's, else the data's (and the target's)
 * rounded out to grid lines. Then the grid lines themselves. */
static void
compute_range (QsTrendChart *self, Geometry *g)
{
  double step, first, last;

  if (self->maximum > self->minimum)
    {
      g->lo = self->minimum;
      g->hi = self->maximum;
    }
  else
    {
      g->lo = INFINITY;
      g->hi = -INFINITY;
      for (guint s = 0; s < self->series->len; s++)
        for (guint i = 0; i < n_periods (self); i++)
          {
            double v = series_value (self->series->pdata[s], i);

            if (isfinite (v))
              {
                g->lo = MIN (g->lo, v);
                g->hi = MAX (g->hi, v);
              }
          }
      if (isfinite (self->target))
        {
          g->lo = MIN (g->lo, self->target);
          g->hi = MAX (g->hi, self->target);
        }
      if (!isfinite (g->lo))
        {
          g->lo = 0;
          g->hi = 1;
        }
      else if (g->hi - g->lo < 1e-9)
        {
          g->lo -= 1;
          g->hi += 1;
        }
      step = nice_step (g->lo, g->hi);
      g->lo = floor (g->lo / step + 1e-9) * step;
      g->hi = ceil (g->hi / step - 1e-9) * step;
    }

  step = nice_step (g->lo, g->hi);
  first = ceil (g->lo / step - 1e-9);
  last = floor (g->hi / step + 1e-9);
  g->n_ticks = 0;
  for (double t = first; t <= last && g->n_ticks < MAX_TICKS; t++)
    g->ticks[g->n_ticks++] = t * step;
  g->decimals = decimals_for (step);
  if (g->n_ticks < 2)
    {
      g->ticks[0] = g->lo;
      g->ticks[1] = g->hi;
      g->n_ticks = 2;
      g->decimals = MAX (decimals_for (g->lo), decimals_for (g->hi));
    }
}

static int
legend_height (QsTrendChart *self)
{
  if (self->series->len < 2)
    return 0;
  return qs_chart_paint_legend_height (GTK_WIDGET (self)) + LEGEND_SPACING;
}

/* Room above and below the plot: the legend, half a y label above the
 * top line, and the period labels below the bottom one's half label. */
static int
frame_height (QsTrendChart *self)
{
  int small_height = qs_chart_paint_line_height (GTK_WIDGET (self), TRUE);

  return legend_height (self) + small_height / 2 + small_height / 2 + 2 + small_height + 2;
}

static void
compute_geometry (QsTrendChart *self, int width, int height, Geometry *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint      n = n_periods (self);
  int        widest_period = 0;

  compute_range (self, g);
  g->legend_height = legend_height (self);
  g->small_height = qs_chart_paint_line_height (widget, TRUE);
  g->y_label_width = 0;
  for (guint i = 0; i < g->n_ticks; i++)
    {
      g_autofree char *label = qs_chart_paint_format (g->ticks[i], g->decimals);

      g->y_label_width = MAX (g->y_label_width, qs_chart_paint_text_width (widget, label, TRUE));
    }
  g->left = MIN (g->y_label_width + AXIS_GAP, width / 3);
  g->right = width - 2;
  g->top = g->legend_height + g->small_height / 2;
  /* Two pixels under the period labels for the ink of their descenders. */
  g->bottom = height - 2 - g->small_height - 2 - g->small_height / 2;
  g->band = n > 0 ? (g->right - g->left) / n : 0;

  /* Every period's label if they fit, else every other one, and so on. */
  for (guint i = 0; i < n; i++)
    widest_period = MAX (widest_period, qs_chart_paint_text_width (widget, self->periods[i], TRUE));
  g->label_step = 1;
  while (g->label_step < MAX (n, 1) && widest_period + 8 > g->label_step * g->band)
    g->label_step++;
}

static double
x_of (Geometry *g, guint period)
{
  return g->left + g->band * (period + 0.5);
}

static double
y_of (Geometry *g, double value)
{
  double fraction = (CLAMP (value, g->lo, g->hi) - g->lo) / (g->hi - g->lo);

  return g->bottom - fraction * (g->bottom - g->top);
}

static void
qs_trend_chart_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  QsTrendChart *self = QS_TREND_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = frame_height (self) + MIN_PLOT;
      *natural = frame_height (self) + NATURAL_PLOT;
    }
}

static GtkSizeRequestMode
qs_trend_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
snapshot_axes (QsTrendChart *self, GtkSnapshot *snapshot, Geometry *g, QsChartPaintColors *colors)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int        width = gtk_widget_get_width (widget);

  for (guint i = 0; i < g->n_ticks; i++)
    {
      g_autofree char *text = qs_chart_paint_format (g->ticks[i], g->decimals);
      g_autoptr (PangoLayout) layout = qs_chart_paint_layout_new (widget, text, TRUE);
      double y = round (y_of (g, g->ticks[i]));

      gtk_snapshot_append_color (snapshot, &colors->grid,
                                 &GRAPHENE_RECT_INIT (g->left, y - 0.5, g->right - g->left, 1));
      pango_layout_set_width (layout, (int) ((g->left - AXIS_GAP) * PANGO_SCALE));
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      qs_chart_paint_text (snapshot, layout, 0, y - g->small_height / 2.0, &colors->dim);
    }

  for (guint i = 0; i < n_periods (self); i += g->label_step)
    {
      g_autoptr (PangoLayout) layout = qs_chart_paint_layout_new (widget, self->periods[i], TRUE);
      double x = x_of (g, i);
      double half = MIN (MIN (g->label_step * g->band / 2 - 2, x), width - x);

      if (half < 1)
        continue;
      pango_layout_set_width (layout, (int) (2 * half * PANGO_SCALE));
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      qs_chart_paint_text (snapshot, layout, x - half, g->bottom + g->small_height / 2 + 2,
                           &colors->dim);
    }
}

static void
snapshot_target (QsTrendChart *self, GtkSnapshot *snapshot, Geometry *g, QsChartPaintColors *colors)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double     y = round (y_of (g, self->target));
  double     room = (g->right - g->left) / 2;
  double     label_y;
  GdkRGBA    color = colors->foreground;
  g_autoptr (PangoLayout) layout = NULL;

  color.alpha *= 0.75f;
  qs_chart_paint_dash (snapshot, &color, g->left, y - 1, g->right - g->left, 2, 6, 4);

  /* Translators: the label of the dashed line of a chart that marks the
   * value aimed at. */
  layout = qs_chart_paint_layout_new (widget, _ ("Target"), TRUE);
  pango_layout_set_width (layout, (int) (room * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* Above the line, or below it when the line runs along the top. */
  label_y = y - 2 - g->small_height;
  if (label_y < g->legend_height)
    label_y = y + 2;
  qs_chart_paint_text (snapshot, layout, g->right - room, label_y, &colors->foreground);
}

/* The piece of line from one dot to the next, as a cairo node no larger
 * than the piece, so that a gap leaves nothing drawn. */
static void
snapshot_segment (GtkSnapshot   *snapshot,
                  const GdkRGBA *color,
                  gboolean       dashed,
                  double         x0,
                  double         y0,
                  double         x1,
                  double         y1)
{
  double          margin = LINE_WIDTH;
  graphene_rect_t bounds =
    GRAPHENE_RECT_INIT (MIN (x0, x1) - margin, MIN (y0, y1) - margin, fabs (x1 - x0) + 2 * margin,
                        fabs (y1 - y0) + 2 * margin);
  static const double dash[] = { 6, 4 };
  cairo_t            *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (dashed)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

/* A bar a period, from zero (or the range's nearer end) to the value. */
static void
snapshot_bars (Series *series, guint n, GtkSnapshot *snapshot, Geometry *g, const GdkRGBA *color)
{
  double base = y_of (g, CLAMP (0.0, g->lo, g->hi));

  for (guint i = 0; i < n; i++)
    {
      double          v = series_value (series, i);
      double          y;
      graphene_rect_t bar;

      if (!isfinite (v))
        continue;
      y = y_of (g, v);
      bar = GRAPHENE_RECT_INIT (x_of (g, i) - g->band * 0.3, MIN (y, base), g->band * 0.6,
                                MAX (fabs (base - y), 1));
      gtk_snapshot_append_color (snapshot, color, &bar);
    }
}

static void
snapshot_series (
  QsTrendChart *self, GtkSnapshot *snapshot, Geometry *g, QsChartPaintColors *colors, guint index)
{
  Series        *series = self->series->pdata[index];
  const GdkRGBA *color = &colors->series[index % QS_CHART_PAINT_N_SERIES_COLORS];
  guint          n = n_periods (self);

  if (self->bars)
    {
      snapshot_bars (series, n, snapshot, g, color);
      return;
    }

  for (guint i = 0; i + 1 < n; i++)
    {
      double v0 = series_value (series, i), v1 = series_value (series, i + 1);

      if (isfinite (v0) && isfinite (v1))
        snapshot_segment (snapshot, color, index % 2 == 1, x_of (g, i), y_of (g, v0),
                          x_of (g, i + 1), y_of (g, v1));
    }
  for (guint i = 0; i < n; i++)
    {
      double          v = series_value (series, i);
      graphene_rect_t dot;
      GskRoundedRect  round_dot;

      if (!isfinite (v))
        continue;
      dot = GRAPHENE_RECT_INIT (x_of (g, i) - DOT_SIZE / 2, y_of (g, v) - DOT_SIZE / 2, DOT_SIZE,
                                DOT_SIZE);
      gsk_rounded_rect_init_from_rect (&round_dot, &dot, DOT_SIZE / 2);
      gtk_snapshot_push_rounded_clip (snapshot, &round_dot);
      gtk_snapshot_append_color (snapshot, color, &dot);
      gtk_snapshot_pop (snapshot);
    }
}

static void
qs_trend_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  QsTrendChart      *self = QS_TREND_CHART (widget);
  int                width = gtk_widget_get_width (widget);
  int                height = gtk_widget_get_height (widget);
  QsChartPaintColors colors;
  Geometry           g;

  if (n_periods (self) == 0 || width <= 0 || height <= 0)
    return;
  qs_chart_paint_get_colors (widget, FALSE, &colors);
  compute_geometry (self, width, height, &g);
  if (g.bottom - g.top < 10 || g.band <= 0)
    return;

  if (self->series->len >= 2)
    {
      g_autofree const char **names = g_new0 (const char *, self->series->len + 1);

      for (guint s = 0; s < self->series->len; s++)
        names[s] = ((Series *) self->series->pdata[s])->name;
      qs_chart_paint_legend (widget, snapshot, names, self->series->len, &colors, TRUE, width);
    }
  snapshot_axes (self, snapshot, &g, &colors);
  if (isfinite (self->target))
    snapshot_target (self, snapshot, &g, &colors);
  for (guint s = 0; s < self->series->len; s++)
    snapshot_series (self, snapshot, &g, &colors, s);
}

/* "Expected: 4.2 in Q1, no value in Q2, 3.9 in Q3; Target: 4". */
static void
update_description (QsTrendChart *self)
{
  GString *text = g_string_new (NULL);

  for (guint s = 0; s < self->series->len; s++)
    {
      Series          *series = self->series->pdata[s];
      GString         *values = g_string_new (NULL);
      g_autofree char *values_text = NULL;
      g_autofree char *item = NULL;

      for (guint i = 0; i < n_periods (self); i++)
        {
          double           v = series_value (series, i);
          g_autofree char *number = NULL;

          if (i > 0)
            g_string_append (values, ", ");
          if (isfinite (v))
            {
              number = qs_chart_paint_format_auto (v);
              /* Translators: in the description of a chart for screen
               * readers, a value and its period, e.g. "4.2 in Q1 2024". */
              g_string_append_printf (values, _ ("%s in %s"), number, self->periods[i]);
            }
          else
            /* Translators: in the description of a chart for screen
             * readers, a period without a value, e.g. "no value in Q2 2024". */
            g_string_append_printf (values, _ ("no value in %s"), self->periods[i]);
        }
      values_text = g_string_free (values, FALSE);
      if (s > 0)
        g_string_append (text, "; ");
      /* Translators: in the description of a chart for screen readers, a
       * series' name and its values, e.g. "Expected: 4.2 in Q1, 3.9 in Q2". */
      item = g_strdup_printf (_ ("%s: %s"), series->name, values_text);
      g_string_append (text, item);
    }
  if (isfinite (self->target) && self->series->len > 0)
    {
      g_autofree char *number = qs_chart_paint_format_auto (self->target);
      g_autofree char *item = NULL;

      g_string_append (text, "; ");
      /* Translators: in the description of a chart for screen readers,
       * the value aimed at, e.g. "Target: 4". */
      item = g_strdup_printf (_ ("%s: %s"), _ ("Target"), number);
      g_string_append (text, item);
    }
  if (text->len == 0)
    /* Translators: the description, for screen readers, of an empty chart. */
    g_string_append (text, _ ("No data"));

  g_free (self->description);
  self->description = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

static void
changed (QsTrendChart *self)
{
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
qs_trend_chart_finalize (GObject *object)
{
  QsTrendChart *self = QS_TREND_CHART (object);

  g_strfreev (self->periods);
  g_ptr_array_unref (self->series);
  g_free (self->description);

  G_OBJECT_CLASS (qs_trend_chart_parent_class)->finalize (object);
}

static void
qs_trend_chart_class_init (QsTrendChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = qs_trend_chart_finalize;
  widget_class->get_request_mode = qs_trend_chart_get_request_mode;
  widget_class->measure = qs_trend_chart_measure;
  widget_class->snapshot = qs_trend_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
qs_trend_chart_init (QsTrendChart *self)
{
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->target = NAN;
  update_description (self);
}

QsTrendChart *
qs_trend_chart_new (void)
{
  return g_object_new (QS_TYPE_TREND_CHART, NULL);
}

/* The values at the bottom and the top of the plot; a value outside is
 * drawn at the nearer end. With @maximum not above @minimum, the range
 * follows the data. */
void
qs_trend_chart_set_range (QsTrendChart *self, double minimum, double maximum)
{
  g_return_if_fail (QS_IS_TREND_CHART (self));

  self->minimum = minimum;
  self->maximum = maximum;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Whether each period is drawn as a bar (counts) rather than a point on
 * a line. */
void
qs_trend_chart_set_bars (QsTrendChart *self, gboolean bars)
{
  g_return_if_fail (QS_IS_TREND_CHART (self));

  self->bars = bars;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
qs_trend_chart_get_bars (QsTrendChart *self)
{
  g_return_val_if_fail (QS_IS_TREND_CHART (self), FALSE);

  return self->bars;
}

/* The periods' labels (NULL-terminated), oldest first. Set them before
 * adding series: each series has one value a period. */
void
qs_trend_chart_set_periods (QsTrendChart *self, const char *const *labels)
{
  g_return_if_fail (QS_IS_TREND_CHART (self));

  g_strfreev (self->periods);
  self->periods = g_strdupv ((char **) labels);
  changed (self);
}

/* A series: one value a period set, NAN where there is none. */
void
qs_trend_chart_add_series (QsTrendChart *self, const char *name, const double *values)
{
  Series *series;

  g_return_if_fail (QS_IS_TREND_CHART (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (values != NULL || n_periods (self) == 0);

  series = g_new0 (Series, 1);
  series->name = g_strdup (name);
  series->n_values = n_periods (self);
  series->values = g_memdup2 (values, series->n_values * sizeof (double));
  g_ptr_array_add (self->series, series);
  changed (self);
}

/* The value aimed at, drawn as a dashed line; NAN: none. */
void
qs_trend_chart_set_target (QsTrendChart *self, double target)
{
  g_return_if_fail (QS_IS_TREND_CHART (self));

  self->target = target;
  changed (self);
}

/* Takes away the series and the target; the periods and range stay. */
void
qs_trend_chart_clear (QsTrendChart *self)
{
  g_return_if_fail (QS_IS_TREND_CHART (self));

  g_ptr_array_set_size (self->series, 0);
  self->target = NAN;
  changed (self);
}

guint
qs_trend_chart_get_n_series (QsTrendChart *self)
{
  g_return_val_if_fail (QS_IS_TREND_CHART (self), 0);

  return self->series->len;
}

/* The chart's data in words, as screen readers are given it. */
const char *
qs_trend_chart_get_description (QsTrendChart *self)
{
  g_return_val_if_fail (QS_IS_TREND_CHART (self), NULL);

  return self->description;
}
