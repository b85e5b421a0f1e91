/* qs-bar-chart.c — horizontal bars, a row an item, one or two series
 *
 * Each row shows its label at the left (ellipsized), one bar a series one
 * above the other (the second in a second colour), and its value at the
 * right. Two series get a legend above the rows. The columns share the
 * width so that nothing leaves the widget at 360 px: the label and the
 * value take their width while the bars keep a third, then give way in
 * proportion and ellipsize. Screen readers get
 * the data in words, as the accessible description of an image.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-bar-chart.h"
#include "qs-chart-paint.h"

#define MIN_WIDTH 96
#define NATURAL_BARS 240
#define COLUMN_GAP 8
#define ROW_SPACING 8
#define LEGEND_SPACING 8
#define BAR_ONE 14
#define BAR_TWO 9
#define BAR_GAP 2
/* Room at either end for the ink of the first and last glyphs, which may
 * pass their advance by a pixel. */
#define START_MARGIN 1
#define END_MARGIN 2

typedef struct
{
  char  *label;
  double values[2];
  char  *value_text;
} Row;

struct _QsBarChart
{
  GtkWidget parent_instance;

  char      *series[2];
  double     maximum;
  GPtrArray *rows;
  char      *description;
};

G_DEFINE_FINAL_TYPE (QsBarChart, qs_bar_chart, GTK_TYPE_WIDGET)

typedef struct
{
  int    legend_height; /* with the space below it; 0 without a legend */
  int    row_height;
  double bar_thickness;
  double label_width;
  double bar_x;
  double bar_width;
  double value_x;
  double value_width;
} Geometry;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->label);
  g_free (row->value_text);
  g_free (row);
}

static guint
n_series (QsBarChart *self)
{
  return self->series[1] != NULL ? 2 : 1;
}

/* What the row shows at its right: the caller's text, else its numbers. */
static char *
row_value_text (QsBarChart *self, Row *row)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (row->value_text != NULL)
    return g_strdup (row->value_text);
  first = isnan (row->values[0]) ? g_strdup ("—") : qs_chart_paint_format_auto (row->values[0]);
  if (n_series (self) == 1)
    return g_steal_pointer (&first);
  second = isnan (row->values[1]) ? g_strdup ("—") : qs_chart_paint_format_auto (row->values[1]);
  return g_strdup_printf ("%s / %s", first, second);
}

static double
effective_maximum (QsBarChart *self)
{
  double largest = 0;

  if (self->maximum > 0)
    return self->maximum;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = self->rows->pdata[i];

      for (guint s = 0; s < n_series (self); s++)
        if (isfinite (row->values[s]))
          largest = MAX (largest, row->values[s]);
    }
  return largest > 0 ? largest : 1;
}

static void
widest_texts (QsBarChart *self, int *label_width, int *value_width)
{
  GtkWidget *widget = GTK_WIDGET (self);

  *label_width = 0;
  *value_width = 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row             *row = self->rows->pdata[i];
      g_autofree char *value = row_value_text (self, row);

      *label_width = MAX (*label_width, qs_chart_paint_text_width (widget, row->label, FALSE));
      *value_width = MAX (*value_width, qs_chart_paint_text_width (widget, value, FALSE));
    }
}

static void
compute_geometry (QsBarChart *self, int width, Geometry *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int        line_height = qs_chart_paint_line_height (widget, FALSE);
  int        label_width, value_width, bars_height;
  double     texts;

  widest_texts (self, &label_width, &value_width);
  g->legend_height =
    n_series (self) == 2 ? qs_chart_paint_legend_height (widget) + LEGEND_SPACING : 0;
  g->bar_thickness = n_series (self) == 2 ? BAR_TWO : BAR_ONE;
  bars_height = n_series (self) == 2 ? 2 * BAR_TWO + BAR_GAP : BAR_ONE;
  g->row_height = MAX (line_height, bars_height);
  /* The texts whole while the bars keep a third of the width; past that,
   * both give way in proportion. */
  texts = width * 2.0 / 3.0;
  if (label_width + value_width > texts)
    {
      double scale = texts / (label_width + value_width);

      label_width = floor (label_width * scale);
      value_width = floor (value_width * scale);
    }
  g->label_width = label_width;
  g->value_width = value_width;
  g->bar_x = START_MARGIN + g->label_width + COLUMN_GAP;
  g->bar_width = MAX (0, width - g->label_width - g->value_width - 2 * COLUMN_GAP - END_MARGIN);
  g->value_x = width - END_MARGIN - g->value_width;
}

static int
content_height (QsBarChart *self)
{
  Geometry g;

  if (self->rows->len == 0)
    return 0;
  compute_geometry (self, MIN_WIDTH, &g);
  return g.legend_height + self->rows->len * g.row_height + (self->rows->len - 1) * ROW_SPACING;
}

static GtkSizeRequestMode
qs_bar_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
qs_bar_chart_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  QsBarChart *self = QS_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int label_width, value_width;

      widest_texts (self, &label_width, &value_width);
      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, START_MARGIN + label_width + value_width + NATURAL_BARS +
                                   2 * COLUMN_GAP + END_MARGIN);
    }
  else
    {
      /* The labels ellipsize: the height does not depend on the width. */
      *minimum = *natural = content_height (self);
    }
}

static void
snapshot_label (GtkWidget     *widget,
                GtkSnapshot   *snapshot,
                const char    *text,
                double         x,
                double         width,
                double         row_y,
                int            row_height,
                PangoAlignment alignment,
                const GdkRGBA *color)
{
  g_autoptr (PangoLayout) layout = NULL;
  int text_height;

  if (width < 1)
    return;
  layout = qs_chart_paint_layout_new (widget, text, FALSE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  qs_chart_paint_text (snapshot, layout, x, row_y + (row_height - text_height) / 2.0, color);
}

static void
qs_bar_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  QsBarChart        *self = QS_BAR_CHART (widget);
  int                width = gtk_widget_get_width (widget);
  double             maximum = effective_maximum (self);
  guint              series = n_series (self);
  QsChartPaintColors colors;
  Geometry           g;
  double             y;

  if (self->rows->len == 0 || width <= 0)
    return;
  qs_chart_paint_get_colors (widget, TRUE, &colors);
  compute_geometry (self, width, &g);

  if (series == 2)
    qs_chart_paint_legend (widget, snapshot, (const char *const *) self->series, 2, &colors, FALSE,
                           width);

  y = g.legend_height;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row             *row = self->rows->pdata[i];
      g_autofree char *value = row_value_text (self, row);
      double           bars_height = series * g.bar_thickness + (series - 1) * BAR_GAP;
      double           bar_y = y + (g.row_height - bars_height) / 2.0;

      snapshot_label (widget, snapshot, row->label, START_MARGIN, g.label_width, y, g.row_height,
                      PANGO_ALIGN_LEFT, &colors.foreground);
      for (guint s = 0; s < series; s++)
        {
          double v = row->values[s];
          double length;

          /* No value, no bar; a bar never runs past the full length. */
          if (!isfinite (v) || v <= 0)
            continue;
          length = g.bar_width * MIN (v, maximum) / maximum;
          gtk_snapshot_append_color (snapshot, &colors.series[s],
                                     &GRAPHENE_RECT_INIT (g.bar_x,
                                                          bar_y + s * (g.bar_thickness + BAR_GAP),
                                                          length, g.bar_thickness));
        }
      snapshot_label (widget, snapshot, value, g.value_x, g.value_width, y, g.row_height,
                      PANGO_ALIGN_RIGHT, &colors.foreground);
      y += g.row_height + ROW_SPACING;
    }
}

/* One series' value in the description: "Expected: 4.2". */
static char *
describe_value (const char *series, double value)
{
  g_autofree char *number = NULL;

  if (isfinite (value))
    number = qs_chart_paint_format_auto (value);
  else
    /* Translators: in the description of a chart for screen readers, what
     * a series has where it has no value, e.g. "Perceived: no value". */
    number = g_strdup (_ ("no value"));
  /* Translators: in the description of a chart for screen readers, a
   * name and its value, e.g. "Reception: 12 (40 %)" or "Expected: 4.2". */
  return g_strdup_printf (_ ("%s: %s"), series, number);
}

/* "Reception: 12 (40 %); Phone: 8 (27 %)", or with two series
 * "Reception: Expected: 4.2, Perceived: 3.6; …". */
static void
update_description (QsBarChart *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row             *row = self->rows->pdata[i];
      g_autofree char *item = NULL;

      if (i > 0)
        g_string_append (text, "; ");
      if (n_series (self) == 1)
        {
          g_autofree char *value = row_value_text (self, row);

          /* Translators: in the description of a chart for screen readers,
           * a row's label and its value, e.g. "Reception: 12 (40 %)". */
          item = g_strdup_printf (_ ("%s: %s"), row->label, value);
        }
      else
        {
          g_autofree char *first = describe_value (self->series[0], row->values[0]);
          g_autofree char *second = describe_value (self->series[1], row->values[1]);
          g_autofree char *values = NULL;

          /* Translators: in the description of a chart for screen readers,
           * the values of two series in one row, e.g. "Expected: 4.2, Perceived: 3.6". */
          values = g_strdup_printf (_ ("%s, %s"), first, second);
          if (row->value_text != NULL)
            {
              g_autofree char *shown = NULL;

              /* Translators: in the description of a chart for screen
               * readers, a row's values and the text shown beside them,
               * e.g. "Expected: 4.2, Perceived: 3.6 (gap −0.6)". */
              shown = g_strdup_printf (_ ("%s (%s)"), values, row->value_text);
              g_free (values);
              values = g_steal_pointer (&shown);
            }
          item = g_strdup_printf (_ ("%s: %s"), row->label, values);
        }
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
changed (QsBarChart *self)
{
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
qs_bar_chart_finalize (GObject *object)
{
  QsBarChart *self = QS_BAR_CHART (object);

  g_free (self->series[0]);
  g_free (self->series[1]);
  g_ptr_array_unref (self->rows);
  g_free (self->description);

  G_OBJECT_CLASS (qs_bar_chart_parent_class)->finalize (object);
}

static void
qs_bar_chart_class_init (QsBarChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = qs_bar_chart_finalize;
  widget_class->get_request_mode = qs_bar_chart_get_request_mode;
  widget_class->measure = qs_bar_chart_measure;
  widget_class->snapshot = qs_bar_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
qs_bar_chart_init (QsBarChart *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  update_description (self);
}

QsBarChart *
qs_bar_chart_new (void)
{
  return g_object_new (QS_TYPE_BAR_CHART, NULL);
}

/* The series' names; with @second, each row has two bars and a legend
 * names them. */
void
qs_bar_chart_set_series (QsBarChart *self, const char *first, const char *second)
{
  g_return_if_fail (QS_IS_BAR_CHART (self));

  g_free (self->series[0]);
  g_free (self->series[1]);
  self->series[0] = g_strdup (first != NULL ? first : "");
  self->series[1] = g_strdup (second);
  changed (self);
}

/* The value a full bar stands for; 0: the largest value shown. */
void
qs_bar_chart_set_maximum (QsBarChart *self, double maximum)
{
  g_return_if_fail (QS_IS_BAR_CHART (self));

  self->maximum = isfinite (maximum) && maximum > 0 ? maximum : 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
qs_bar_chart_clear (QsBarChart *self)
{
  g_return_if_fail (QS_IS_BAR_CHART (self));

  g_ptr_array_set_size (self->rows, 0);
  changed (self);
}

/* A row: @second is NAN without a second series or value; @value_text
 * (nullable) is shown at the right instead of the numbers. */
void
qs_bar_chart_add_row (
  QsBarChart *self, const char *label, double first, double second, const char *value_text)
{
  Row *row;

  g_return_if_fail (QS_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL);

  row = g_new0 (Row, 1);
  row->label = g_strdup (label);
  row->values[0] = first;
  row->values[1] = second;
  row->value_text = g_strdup (value_text);
  g_ptr_array_add (self->rows, row);
  changed (self);
}

guint
qs_bar_chart_get_n_rows (QsBarChart *self)
{
  g_return_val_if_fail (QS_IS_BAR_CHART (self), 0);

  return self->rows->len;
}

/* The chart's data in words, as screen readers are given it. */
const char *
qs_bar_chart_get_description (QsBarChart *self)
{
  g_return_val_if_fail (QS_IS_BAR_CHART (self), NULL);

  return self->description;
}
