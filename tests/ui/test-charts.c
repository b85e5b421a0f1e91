/* test-charts.c — the bar and trend charts: what they draw, at 360 and
 * 1,000 px, in the light and the dark style, and what they say to screen
 * readers
 *
 * Each test renders the chart as its window would (the render nodes of a
 * snapshot) and reads the nodes: a bar is a colour node, a dot a colour
 * under a round clip, a piece of line a cairo node, a label a text node.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>

#include "qs-bar-chart.h"
#include "qs-trend-chart.h"

#include "qs-ui-test-util.h"

typedef struct
{
  GskRenderNodeType type;
  graphene_rect_t   bounds; /* in the chart's coordinates */
  GdkRGBA           color;  /* of a colour or text node */
  gboolean          rounded;
} Leaf;

typedef struct
{
  GtkWidget *window;
  GtkWidget *chart;
  int        width;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->width = GPOINTER_TO_INT (data);
  f->window = gtk_window_new ();
  /* No decorations: the chart gets the window's width exactly. */
  gtk_window_set_decorated (GTK_WINDOW (f->window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (f->window), f->width, 600);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  qs_ui_test_drain ();
}

static void
on_after_paint_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the chart's window has drawn a frame, so that
 * what changed is measured and allocated. */
static void
wait_for_frame (GtkWidget *widget)
{
  for (guint i = 0; i < 2; i++)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
      gboolean       painted = FALSE;
      gulong         id;

      g_assert_nonnull (clock);
      id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
      gtk_widget_queue_draw (widget);
      QS_UI_TEST_WAIT_UNTIL (painted);
      g_signal_handler_disconnect (clock, id);
    }
}

static void
show (Fixture *f, GtkWidget *chart)
{
  f->chart = chart;
  gtk_window_set_child (GTK_WINDOW (f->window), chart);
  gtk_window_present (GTK_WINDOW (f->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (chart) && gtk_widget_get_width (chart) > 0);
  wait_for_frame (chart);
  g_assert_cmpint (gtk_widget_get_width (chart), ==, f->width);
}

static void
collect (GskRenderNode *node, GskTransform *transform, gboolean rounded, GArray *leaves)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect (gsk_container_node_get_child (node, i), transform, rounded, leaves);
      break;
    case GSK_TRANSFORM_NODE:
      {
        GskTransform *inner = gsk_transform_transform (gsk_transform_ref (transform),
                                                       gsk_transform_node_get_transform (node));

        collect (gsk_transform_node_get_child (node), inner, rounded, leaves);
        gsk_transform_unref (inner);
      }
      break;
    case GSK_CLIP_NODE:
      collect (gsk_clip_node_get_child (node), transform, rounded, leaves);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect (gsk_rounded_clip_node_get_child (node), transform, TRUE, leaves);
      break;
    case GSK_OPACITY_NODE:
      collect (gsk_opacity_node_get_child (node), transform, rounded, leaves);
      break;
    case GSK_DEBUG_NODE:
      collect (gsk_debug_node_get_child (node), transform, rounded, leaves);
      break;
    default:
      {
        Leaf            leaf = { .type = gsk_render_node_get_node_type (node), .rounded = rounded };
        graphene_rect_t bounds;

        gsk_render_node_get_bounds (node, &bounds);
        if (transform != NULL)
          gsk_transform_transform_bounds (transform, &bounds, &leaf.bounds);
        else
          leaf.bounds = bounds;
        if (leaf.type == GSK_COLOR_NODE)
          leaf.color = *gsk_color_node_get_color (node);
        else if (leaf.type == GSK_TEXT_NODE)
          leaf.color = *gsk_text_node_get_color (node);
        g_array_append_val (leaves, leaf);
      }
    }
}

/* What the chart draws, as its window draws it: the leaves of its render
 * node, in the chart's coordinates. */
static GArray *
render (Fixture *f)
{
  GArray          *leaves = g_array_new (FALSE, TRUE, sizeof (Leaf));
  GtkSnapshot     *snapshot;
  GskRenderNode   *node;
  graphene_point_t origin;
  GskTransform    *transform;

  wait_for_frame (f->chart);
  snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (f->window, f->chart, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_true (
    gtk_widget_compute_point (f->chart, f->window, &GRAPHENE_POINT_INIT (0, 0), &origin));
  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (-origin.x, -origin.y));
  if (node != NULL)
    collect (node, transform, FALSE, leaves);
  g_clear_pointer (&transform, gsk_transform_unref);
  g_clear_pointer (&node, gsk_render_node_unref);
  return leaves;
}

static GPtrArray *
leaves_of (GArray *leaves, GskRenderNodeType type, int rounded)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < leaves->len; i++)
    {
      Leaf *leaf = &g_array_index (leaves, Leaf, i);

      if (leaf->type == type && (rounded < 0 || leaf->rounded == rounded))
        g_ptr_array_add (found, leaf);
    }
  return found;
}

static int
by_top_cb (gconstpointer a, gconstpointer b)
{
  const Leaf *x = *(const Leaf *const *) a, *y = *(const Leaf *const *) b;

  return (x->bounds.origin.y > y->bounds.origin.y) - (x->bounds.origin.y < y->bounds.origin.y);
}

static graphene_rect_t ink (Leaf *leaf);

static void
assert_inside (Fixture *f, GArray *leaves)
{
  int width = gtk_widget_get_width (f->chart), height = gtk_widget_get_height (f->chart);

  g_assert_cmpuint (leaves->len, >, 0);
  for (guint i = 0; i < leaves->len; i++)
    {
      Leaf           *leaf = &g_array_index (leaves, Leaf, i);
      graphene_rect_t b = ink (leaf);

      if (b.origin.x < -0.5 || b.origin.y < -0.5 || b.origin.x + b.size.width > width + 0.5 ||
          b.origin.y + b.size.height > height + 0.5)
        g_error ("a node of type %d at %g, %g, %g x %g leaves the chart of %d x %d", leaf->type,
                 b.origin.x, b.origin.y, b.size.width, b.size.height, width, height);
    }
}

static gboolean
overlap (const graphene_rect_t *a, const graphene_rect_t *b)
{
  graphene_rect_t both;

  return graphene_rect_intersection (a, b, &both) && both.size.width > 0.5 &&
         both.size.height > 0.5;
}

/* The ink of a node: GTK pads a text node's by a pixel on each side. */
static graphene_rect_t
ink (Leaf *leaf)
{
  graphene_rect_t b = leaf->bounds;

  if (leaf->type == GSK_TEXT_NODE)
    graphene_rect_inset (&b, 1, 1);
  return b;
}

static void
assert_apart (Leaf *a, Leaf *b)
{
  graphene_rect_t x = ink (a), y = ink (b);

  if (overlap (&x, &y))
    g_error ("nodes of type %d at %g, %g, %g x %g and %d at %g, %g, %g x %g overlap", a->type,
             x.origin.x, x.origin.y, x.size.width, x.size.height, b->type, y.origin.x, y.origin.y,
             y.size.width, y.size.height);
}

/* No text is drawn over other text. */
static void
assert_texts_apart (GArray *leaves)
{
  g_autoptr (GPtrArray) texts = leaves_of (leaves, GSK_TEXT_NODE, -1);

  g_assert_cmpuint (texts->len, >, 0);
  for (guint i = 0; i < texts->len; i++)
    for (guint j = i + 1; j < texts->len; j++)
      assert_apart (texts->pdata[i], texts->pdata[j]);
}

static gboolean
same_color (const GdkRGBA *a, const GdkRGBA *b)
{
  return gdk_rgba_equal (a, b);
}

static void
assert_description (GtkWidget *chart, const char *description)
{
  char *problem;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  if (problem != NULL)
    g_error ("accessible description: %s", problem);
}

static void
assert_contains (const char *text, const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not say “%s”", text, part);
}

static QsBarChart *
two_series_bar_chart (void)
{
  QsBarChart *chart = qs_bar_chart_new ();

  qs_bar_chart_set_series (chart, "Expected", "Perceived");
  qs_bar_chart_set_maximum (chart, 10);
  qs_bar_chart_add_row (chart, "Reception desk", 10, 8, NULL);
  qs_bar_chart_add_row (chart, "Telephone", 5, NAN, NULL);
  qs_bar_chart_add_row (
    chart, "Letters and forms sent by post to every client of the department, every month", 2.5, 4,
    "gap 1.5");
  return chart;
}

/* Two series: a bar a value, none for NAN, lengths in proportion to the
 * values, the labels and numbers clear of the bars and of each other. */
static void
test_bar_two_series (Fixture *f, gconstpointer data)
{
  QsBarChart *chart = two_series_bar_chart ();
  g_autoptr (GArray) leaves = NULL;
  g_autoptr (GPtrArray) bars = NULL;
  g_autoptr (GPtrArray) swatches = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  g_autofree char *two_and_a_half = g_strdup_printf ("%.1f", 2.5);
  const char      *description;
  Leaf            *full, *half, *quarter, *eight, *four;
  int              natural_height;

  show (f, GTK_WIDGET (chart));
  g_assert_cmpuint (qs_bar_chart_get_n_rows (chart), ==, 3);
  leaves = render (f);
  assert_inside (f, leaves);
  assert_texts_apart (leaves);

  /* Rows × series bars, less the missing value; the legend's two swatches. */
  bars = leaves_of (leaves, GSK_COLOR_NODE, FALSE);
  swatches = leaves_of (leaves, GSK_COLOR_NODE, TRUE);
  g_assert_cmpuint (bars->len, ==, 5);
  g_assert_cmpuint (swatches->len, ==, 2);
  g_ptr_array_sort (bars, by_top_cb);
  full = bars->pdata[0];
  eight = bars->pdata[1];
  half = bars->pdata[2];
  quarter = bars->pdata[3];
  four = bars->pdata[4];
  g_assert_false (same_color (&full->color, &eight->color));
  g_assert_true (same_color (&full->color, &half->color));
  g_assert_true (same_color (&full->color, &quarter->color));
  g_assert_true (same_color (&eight->color, &four->color));
  g_assert_true (same_color (&full->color, &((Leaf *) swatches->pdata[0])->color) ||
                 same_color (&full->color, &((Leaf *) swatches->pdata[1])->color));

  /* Half the maximum draws a bar half as long as the full one. */
  g_assert_cmpfloat (full->bounds.size.width, >, 40);
  g_assert_cmpfloat_with_epsilon (half->bounds.size.width, full->bounds.size.width / 2, 0.5);
  g_assert_cmpfloat_with_epsilon (quarter->bounds.size.width, full->bounds.size.width / 4, 0.5);
  g_assert_cmpfloat_with_epsilon (eight->bounds.size.width, full->bounds.size.width * 0.8, 0.5);
  g_assert_cmpfloat_with_epsilon (four->bounds.size.width, full->bounds.size.width * 0.4, 0.5);
  for (guint i = 1; i < bars->len; i++)
    g_assert_cmpfloat (((Leaf *) bars->pdata[i])->bounds.origin.x, ==, full->bounds.origin.x);

  /* No text runs into a bar (the long label is ellipsized). */
  texts = leaves_of (leaves, GSK_TEXT_NODE, -1);
  for (guint i = 0; i < texts->len; i++)
    for (guint j = 0; j < bars->len; j++)
      assert_apart (texts->pdata[i], bars->pdata[j]);

  /* Every row's label and values, in words. */
  description = qs_bar_chart_get_description (chart);
  assert_contains (description, "Reception desk: Expected: 10, Perceived: 8");
  assert_contains (description, "Telephone: Expected: 5, Perceived: no value");
  assert_contains (description, "Letters and forms sent by post to every client of the "
                                "department, every month: Expected: ");
  assert_contains (description, two_and_a_half);
  assert_contains (description, "Perceived: 4 (gap 1.5)");
  assert_description (GTK_WIDGET (chart), description);

  /* As tall as its rows at any width; narrower than a phone. */
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, NULL, &natural_height, NULL,
                      NULL);
  g_assert_cmpint (natural_height, >, 3 * 18);
  g_assert_cmpint (natural_height, <, 200);
  g_assert_cmpfloat (four->bounds.origin.y + four->bounds.size.height, <=, natural_height);
}

/* One series: no legend, the largest value fills the bar, the caller's
 * value texts are what screen readers hear. */
static void
test_bar_one_series (Fixture *f, gconstpointer data)
{
  QsBarChart *chart = qs_bar_chart_new ();
  g_autoptr (GArray) leaves = NULL;
  g_autoptr (GArray) cleared = NULL;
  g_autoptr (GPtrArray) bars = NULL;
  int minimum_width;

  qs_bar_chart_set_series (chart, "Requests", NULL);
  qs_bar_chart_add_row (chart, "Reception", 12, NAN, "12 (40 %)");
  qs_bar_chart_add_row (chart, "Telephone", 6, NAN, "6 (20 %)");
  qs_bar_chart_add_row (chart, "Mail", 12, NAN, "12 (40 %)");
  show (f, GTK_WIDGET (chart));

  leaves = render (f);
  assert_inside (f, leaves);
  assert_texts_apart (leaves);
  bars = leaves_of (leaves, GSK_COLOR_NODE, -1);
  g_assert_cmpuint (bars->len, ==, 3);
  g_ptr_array_sort (bars, by_top_cb);
  g_assert_cmpfloat_with_epsilon (((Leaf *) bars->pdata[1])->bounds.size.width,
                                  ((Leaf *) bars->pdata[0])->bounds.size.width / 2, 0.5);
  g_assert_cmpfloat (((Leaf *) bars->pdata[2])->bounds.size.width, ==,
                     ((Leaf *) bars->pdata[0])->bounds.size.width);
  g_assert_cmpstr (qs_bar_chart_get_description (chart), ==,
                   "Reception: 12 (40 %); Telephone: 6 (20 %); Mail: 12 (40 %)");
  assert_description (GTK_WIDGET (chart), qs_bar_chart_get_description (chart));

  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum_width, <=, 120);

  qs_bar_chart_clear (chart);
  g_assert_cmpuint (qs_bar_chart_get_n_rows (chart), ==, 0);
  g_assert_cmpstr (qs_bar_chart_get_description (chart), ==, "No data");
  cleared = render (f);
  g_assert_cmpuint (cleared->len, ==, 0);
}

#define N_PERIODS 12

static const char *const periods[N_PERIODS + 1] = { "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024",
                                                    "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025",
                                                    "Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026",
                                                    NULL };
/* Expected has no value in Q4 2024 and Q4 2025, Perceived none in Q1 2024,
 * Q2 2025 and Q3 2025. */
static const double expected[N_PERIODS] = { 2, 3, 4, NAN, 4.5, 4.5, 4.5, NAN, 4.2, 4.2, 4.4, 4.4 };
static const double perceived[N_PERIODS] = {
  NAN, 3.6, 3.8, 3.9, 4.1, NAN, NAN, 3.2, 3.5, 3.7, 5, 1
};

static QsTrendChart *
two_series_trend_chart (void)
{
  QsTrendChart *chart = qs_trend_chart_new ();

  qs_trend_chart_set_range (chart, 1, 5);
  qs_trend_chart_set_periods (chart, periods);
  qs_trend_chart_add_series (chart, "Expected", expected);
  qs_trend_chart_add_series (chart, "Perceived", perceived);
  qs_trend_chart_set_target (chart, 4);
  return chart;
}

static int
by_value_cb (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static gboolean
has_dot_at (GPtrArray *dots, double x)
{
  for (guint i = 0; i < dots->len; i++)
    {
      graphene_rect_t *b = &((Leaf *) dots->pdata[i])->bounds;

      if (fabs (b->origin.x + b->size.width / 2 - x) < 0.5)
        return TRUE;
    }
  return FALSE;
}

static double
dot_y (GPtrArray *dots, double x)
{
  for (guint i = 0; i < dots->len; i++)
    {
      graphene_rect_t *b = &((Leaf *) dots->pdata[i])->bounds;

      if (fabs (b->origin.x + b->size.width / 2 - x) < 0.5)
        return b->origin.y + b->size.height / 2;
    }
  g_assert_not_reached ();
}

/* A dot a value and none for NAN, the line broken at each gap, values at
 * their heights, period labels that never overlap, all inside. */
static void
test_trend_two_series (Fixture *f, gconstpointer data)
{
  QsTrendChart *chart = two_series_trend_chart ();
  g_autoptr (GArray) leaves = NULL;
  g_autoptr (GPtrArray) dots = NULL;
  g_autoptr (GPtrArray) first = g_ptr_array_new ();
  g_autoptr (GPtrArray) second = g_ptr_array_new ();
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (GPtrArray) plain = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (GArray) centres = g_array_new (FALSE, FALSE, sizeof (double));
  const char *description;
  double      step, bottom_grid = 0;
  guint       grid_lines = 0, period_labels = 0;

  show (f, GTK_WIDGET (chart));
  g_assert_cmpuint (qs_trend_chart_get_n_series (chart), ==, 2);
  leaves = render (f);
  assert_inside (f, leaves);
  assert_texts_apart (leaves);

  /* Dots, by series: ten values of Expected, nine of Perceived. */
  dots = leaves_of (leaves, GSK_COLOR_NODE, TRUE);
  for (guint i = 0; i < dots->len; i++)
    {
      Leaf    *dot = dots->pdata[i];
      double   x = dot->bounds.origin.x + dot->bounds.size.width / 2;
      gboolean known;

      g_ptr_array_add (same_color (&dot->color, &((Leaf *) dots->pdata[0])->color) ? first : second,
                       dot);
      known = FALSE;
      for (guint c = 0; c < centres->len; c++)
        known = known || fabs (g_array_index (centres, double, c) - x) < 0.5;
      if (!known)
        g_array_append_val (centres, x);
    }
  g_assert_cmpuint (first->len, ==, 10);
  g_assert_cmpuint (second->len, ==, 9);
  g_assert_false (
    same_color (&((Leaf *) first->pdata[0])->color, &((Leaf *) second->pdata[0])->color));

  /* Between them, the series have a value in every period: one dot
   * column a period, evenly spaced; none where the value is NAN. */
  g_array_sort (centres, by_value_cb);
  g_assert_cmpuint (centres->len, ==, N_PERIODS);
  step = g_array_index (centres, double, 1) - g_array_index (centres, double, 0);
  for (guint i = 0; i < N_PERIODS; i++)
    {
      double x = g_array_index (centres, double, i);

      g_assert_cmpfloat_with_epsilon (x - g_array_index (centres, double, 0), i * step, 0.5);
      g_assert_cmpint (has_dot_at (first, x), ==, !isnan (expected[i]));
      g_assert_cmpint (has_dot_at (second, x), ==, !isnan (perceived[i]));
    }

  /* Heights follow the values: 2, 3, 4 evenly; 5 above 1. */
  g_assert_cmpfloat_with_epsilon (dot_y (first, g_array_index (centres, double, 0)) -
                                    dot_y (first, g_array_index (centres, double, 1)),
                                  dot_y (first, g_array_index (centres, double, 1)) -
                                    dot_y (first, g_array_index (centres, double, 2)),
                                  0.5);
  g_assert_cmpfloat (dot_y (second, g_array_index (centres, double, 10)), <,
                     dot_y (second, g_array_index (centres, double, 11)));

  /* A piece of line between each two neighbouring values: 7 a series. */
  lines = leaves_of (leaves, GSK_CAIRO_NODE, -1);
  g_assert_cmpuint (lines->len, ==, 14);
  for (guint i = 0; i < lines->len; i++)
    g_assert_cmpfloat (((Leaf *) lines->pdata[i])->bounds.size.width, <, step + 8);

  /* Two to five grid lines; the period labels below the lowest. */
  plain = leaves_of (leaves, GSK_COLOR_NODE, FALSE);
  for (guint i = 0; i < plain->len; i++)
    {
      Leaf *leaf = plain->pdata[i];

      if (leaf->bounds.size.height == 1 && leaf->bounds.size.width > 5 * step)
        {
          grid_lines++;
          bottom_grid = MAX (bottom_grid, leaf->bounds.origin.y);
        }
    }
  g_assert_cmpuint (grid_lines, >=, 2);
  g_assert_cmpuint (grid_lines, <=, 5);
  texts = leaves_of (leaves, GSK_TEXT_NODE, -1);
  for (guint i = 0; i < texts->len; i++)
    if (((Leaf *) texts->pdata[i])->bounds.origin.y > bottom_grid)
      period_labels++;
  if (f->width >= 1000)
    g_assert_cmpuint (period_labels, ==, N_PERIODS);
  else
    {
      /* Every other one or fewer, but still some. */
      g_assert_cmpuint (period_labels, <=, N_PERIODS / 2);
      g_assert_cmpuint (period_labels, >=, 3);
    }

  description = qs_trend_chart_get_description (chart);
  assert_contains (description, "Expected: 2 in Q1 2024, 3 in Q2 2024, 4 in Q3 2024, no value "
                                "in Q4 2024");
  assert_contains (description, "Perceived: no value in Q1 2024");
  assert_contains (description, "5 in Q3 2026, 1 in Q4 2026");
  assert_contains (description, "; Target: 4");
  for (guint i = 0; i < N_PERIODS; i++)
    if (!isnan (perceived[i]))
      {
        g_autofree char *number = perceived[i] == floor (perceived[i])
                                    ? g_strdup_printf ("%.0f", perceived[i])
                                    : g_strdup_printf ("%.1f", perceived[i]);
        g_autofree char *said = g_strdup_printf ("%s in %s", number, periods[i]);

        assert_contains (description, said);
      }
  assert_description (GTK_WIDGET (chart), description);

  qs_trend_chart_clear (chart);
  g_assert_cmpuint (qs_trend_chart_get_n_series (chart), ==, 0);
  g_assert_cmpstr (qs_trend_chart_get_description (chart), ==, "No data");
}

/* One series from the data's own range: no legend, no dashes of a second
 * series, the dots inside even for a value on the range's edge. */
static void
test_trend_one_series (Fixture *f, gconstpointer data)
{
  QsTrendChart            *chart = qs_trend_chart_new ();
  static const char *const months[] = { "January", "February", "March", NULL };
  static const double      values[] = { 120, NAN, 480 };
  g_autoptr (GArray) leaves = NULL;
  g_autoptr (GPtrArray) dots = NULL;
  g_autoptr (GPtrArray) lines = NULL;
  int minimum_width, natural_height;

  qs_trend_chart_set_periods (chart, months);
  qs_trend_chart_add_series (chart, "Requests", values);
  show (f, GTK_WIDGET (chart));
  leaves = render (f);
  assert_inside (f, leaves);
  assert_texts_apart (leaves);
  dots = leaves_of (leaves, GSK_COLOR_NODE, TRUE);
  lines = leaves_of (leaves, GSK_CAIRO_NODE, -1);
  g_assert_cmpuint (dots->len, ==, 2);
  g_assert_cmpuint (lines->len, ==, 0);
  g_assert_cmpstr (qs_trend_chart_get_description (chart), ==,
                   "Requests: 120 in January, no value in February, 480 in March");

  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL,
                      NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, NULL, &natural_height, NULL,
                      NULL);
  g_assert_cmpint (minimum_width, <=, 120);
  g_assert_cmpint (natural_height, >=, 150);
  g_assert_cmpint (natural_height, <=, 400);
}

/* Relative luminance, as WCAG counts it. */
static double
luminance (const GdkRGBA *c)
{
  double channel[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    channel[i] =
      channel[i] <= 0.03928 ? channel[i] / 12.92 : pow ((channel[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

static gboolean
style_is_dark (GtkWidget *widget, gboolean dark)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  return dark ? luminance (&color) > 0.5 : luminance (&color) < 0.2;
}

/* In each style, the text is far from the window's background and the
 * series' colours are not the background. */
static void
assert_readable (Fixture *f, gboolean dark)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr (GArray) leaves = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (GPtrArray) shapes = NULL;
  GdkRGBA background;
  double  light;

  adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                    : ADW_COLOR_SCHEME_FORCE_LIGHT);
  QS_UI_TEST_WAIT_UNTIL (style_is_dark (f->chart, dark));
  g_assert_true (adw_style_manager_get_dark (manager) == dark);
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (f->chart),
                                                 "window_bg_color", &background));

  leaves = render (f);
  texts = leaves_of (leaves, GSK_TEXT_NODE, -1);
  g_assert_cmpuint (texts->len, >, 0);
  for (guint i = 0; i < texts->len; i++)
    {
      light = luminance (&((Leaf *) texts->pdata[i])->color);
      if (dark)
        g_assert_cmpfloat (light, >, 0.6);
      else
        g_assert_cmpfloat (light, <, 0.1);
    }
  light = luminance (&background);
  if (dark)
    g_assert_cmpfloat (light, <, 0.1);
  else
    g_assert_cmpfloat (light, >, 0.6);
  shapes = leaves_of (leaves, GSK_COLOR_NODE, -1);
  for (guint i = 0; i < shapes->len; i++)
    g_assert_false (same_color (&((Leaf *) shapes->pdata[i])->color, &background));
}

static void
test_bar_styles (Fixture *f, gconstpointer data)
{
  show (f, GTK_WIDGET (two_series_bar_chart ()));
  assert_readable (f, TRUE);
  assert_readable (f, FALSE);
}

static void
test_trend_styles (Fixture *f, gconstpointer data)
{
  show (f, GTK_WIDGET (two_series_trend_chart ()));
  assert_readable (f, TRUE);
  assert_readable (f, FALSE);
}

static void
add (const char *name, int width, void (*test) (Fixture *, gconstpointer))
{
  g_autofree char *path = g_strdup_printf ("/charts/%s/%d", name, width);

  g_test_add (path, Fixture, GINT_TO_POINTER (width), fixture_set_up, test, fixture_tear_down);
}

int
main (int argc, char **argv)
{
  static const int widths[] = { 360, 1000 };

  /* The suite turns accessibility off; GTK's test backend keeps the
   * properties a screen reader would be given, for this program to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  qs_ui_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      add ("bar/two-series", widths[i], test_bar_two_series);
      add ("bar/one-series", widths[i], test_bar_one_series);
      add ("trend/two-series", widths[i], test_trend_two_series);
      add ("trend/one-series", widths[i], test_trend_one_series);
    }
  add ("bar/styles", 360, test_bar_styles);
  add ("trend/styles", 360, test_trend_styles);

  return g_test_run ();
}
