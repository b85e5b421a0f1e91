/* qs-org-chart-canvas.c — the scrollable drawing surface inside QsOrgChart
 *
 * A GtkScrollable as big as what is visible: it draws only the part of the
 * chart in view, so a chart of 200 departments at zoom 4 costs no more per
 * frame than a small one (a drawing area sized to the whole chart would
 * rasterise all of it on every hover).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-org-chart-canvas.h"

#include "qs-org-chart-render.h"

struct _QsOrgChartCanvas
{
  GtkWidget parent_instance;

  QsOrgChartLayout *layout;
  GtkAdjustment    *hadjustment;
  GtkAdjustment    *vadjustment;
  guint             hscroll_policy : 1;
  guint             vscroll_policy : 1;
  double            zoom;
  int               focused;
  int               hovered;
};

enum
{
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

/* clang-format would join the type and its interfaces on one line. */
/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (QsOrgChartCanvas, qs_org_chart_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))
/* clang-format on */

static void
configure_adjustment (GtkAdjustment *adjustment, double content, double page)
{
  if (adjustment == NULL)
    return;
  gtk_adjustment_configure (
    adjustment, CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (0, content - page)), 0,
    MAX (content, page), page * 0.1, page * 0.9, page);
}

static void
configure_adjustments (QsOrgChartCanvas *self)
{
  double width = 0, height = 0;

  if (self->layout != NULL)
    qs_org_chart_layout_get_size (self->layout, &width, &height);
  configure_adjustment (self->hadjustment, width * self->zoom,
                        gtk_widget_get_width (GTK_WIDGET (self)));
  configure_adjustment (self->vadjustment, height * self->zoom,
                        gtk_widget_get_height (GTK_WIDGET (self)));
}

static void
on_adjustment_changed_cb (GtkAdjustment *adjustment, QsOrgChartCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (QsOrgChartCanvas *self, GtkAdjustment **slot, GtkAdjustment *adjustment)
{
  if (adjustment == *slot)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed_cb, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed_cb), self,
                           0);
  configure_adjustments (self);
}

static void
qs_org_chart_canvas_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  configure_adjustments (QS_ORG_CHART_CANVAS (widget));
}

static void
qs_org_chart_canvas_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  QsOrgChartCanvas *self = QS_ORG_CHART_CANVAS (widget);
  GtkStyleContext  *context = gtk_widget_get_style_context (widget);
  int               width = gtk_widget_get_width (widget);
  int               height = gtk_widget_get_height (widget);
  QsOrgChartStyle   style;
  GdkRGBA           fg, accent;
  cairo_t          *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  /* Text in the widget's colour and tints blended from it, so the dark
   * style works too. */
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = (GdkRGBA){ 0.21, 0.52, 0.89, 1 };
  style = (QsOrgChartStyle){
    .foreground = { fg.red, fg.green, fg.blue, fg.alpha },
    .accent = { accent.red, accent.green, accent.blue, accent.alpha },
    .box = { fg.red, fg.green, fg.blue, 0.04 },
    .background = { 0, 0, 0, 0 },
    .focused = gtk_widget_has_focus (widget) ? self->focused : -1,
    .hovered = self->hovered,
  };

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, -gtk_adjustment_get_value (self->hadjustment),
                   -gtk_adjustment_get_value (self->vadjustment));
  cairo_scale (cr, self->zoom, self->zoom);
  qs_org_chart_render (self->layout, cr, &style);
  cairo_destroy (cr);
}

static void
qs_org_chart_canvas_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsOrgChartCanvas *self = QS_ORG_CHART_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_org_chart_canvas_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  QsOrgChartCanvas *self = QS_ORG_CHART_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_org_chart_canvas_dispose (GObject *object)
{
  QsOrgChartCanvas *self = QS_ORG_CHART_CANVAS (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (qs_org_chart_canvas_parent_class)->dispose (object);
}

static void
qs_org_chart_canvas_class_init (QsOrgChartCanvasClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = qs_org_chart_canvas_get_property;
  object_class->set_property = qs_org_chart_canvas_set_property;
  object_class->dispose = qs_org_chart_canvas_dispose;
  widget_class->size_allocate = qs_org_chart_canvas_size_allocate;
  widget_class->snapshot = qs_org_chart_canvas_snapshot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "orgchartcanvas");
}

static void
qs_org_chart_canvas_init (QsOrgChartCanvas *self)
{
  self->zoom = 1.0;
  self->focused = -1;
  self->hovered = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
}

GtkWidget *
qs_org_chart_canvas_new (void)
{
  return g_object_new (QS_TYPE_ORG_CHART_CANVAS, NULL);
}

void
qs_org_chart_canvas_set_layout (QsOrgChartCanvas *self, QsOrgChartLayout *layout)
{
  g_return_if_fail (QS_IS_ORG_CHART_CANVAS (self));

  g_set_object (&self->layout, layout);
  configure_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Updates the adjustments' bounds at once, so the caller can move them. */
void
qs_org_chart_canvas_set_zoom (QsOrgChartCanvas *self, double zoom)
{
  g_return_if_fail (QS_IS_ORG_CHART_CANVAS (self));

  self->zoom = zoom;
  configure_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
qs_org_chart_canvas_set_marks (QsOrgChartCanvas *self, int focused, int hovered)
{
  g_return_if_fail (QS_IS_ORG_CHART_CANVAS (self));

  if (self->focused == focused && self->hovered == hovered)
    return;
  self->focused = focused;
  self->hovered = hovered;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
qs_org_chart_canvas_to_chart (
  QsOrgChartCanvas *self, double x, double y, double *chart_x, double *chart_y)
{
  g_return_if_fail (QS_IS_ORG_CHART_CANVAS (self));

  *chart_x = (x + gtk_adjustment_get_value (self->hadjustment)) / self->zoom;
  *chart_y = (y + gtk_adjustment_get_value (self->vadjustment)) / self->zoom;
}
