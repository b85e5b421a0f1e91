/* qs-steady-bin.c — a container whose natural width does not follow its content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A leaflet shares its width by its children's natural widths. The
 * request page's changes with what it shows (the buttons of a status, a
 * long line of history), so the divider between the list and the page
 * jumped at each change (575 → 671 px). This bin asks for its child's
 * minimum width and for a natural width of its own ("natural-width"), and
 * gives the child all it gets. It is visible only while its child is,
 * so that a leaflet page holding it hides with the child.
 */
#include "config.h"

#include "qs-steady-bin.h"

struct _QsSteadyBin
{
  GtkWidget parent_instance;

  GtkWidget *child;
  int        natural_width;
};

G_DEFINE_FINAL_TYPE (QsSteadyBin, qs_steady_bin, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHILD,
  PROP_NATURAL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qs_steady_bin_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  QsSteadyBin *self = QS_STEADY_BIN (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;
  gtk_widget_measure (self->child, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, self->natural_width);
}

static void
qs_steady_bin_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  QsSteadyBin *self = QS_STEADY_BIN (widget);

  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
on_child_visible_cb (QsSteadyBin *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), gtk_widget_get_visible (self->child));
}

void
qs_steady_bin_set_child (QsSteadyBin *self, GtkWidget *child)
{
  g_return_if_fail (QS_IS_STEADY_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  if (self->child != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->child, on_child_visible_cb, self);
      gtk_widget_unparent (self->child);
    }
  self->child = child;
  if (child != NULL)
    {
      gtk_widget_set_parent (child, GTK_WIDGET (self));
      g_signal_connect_object (child, "notify::visible", G_CALLBACK (on_child_visible_cb), self,
                               G_CONNECT_SWAPPED);
      on_child_visible_cb (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

static void
qs_steady_bin_dispose (GObject *object)
{
  qs_steady_bin_set_child (QS_STEADY_BIN (object), NULL);
  G_OBJECT_CLASS (qs_steady_bin_parent_class)->dispose (object);
}

static void
qs_steady_bin_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsSteadyBin *self = QS_STEADY_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_NATURAL_WIDTH:
      g_value_set_int (value, self->natural_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_steady_bin_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  QsSteadyBin *self = QS_STEADY_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      qs_steady_bin_set_child (self, g_value_get_object (value));
      break;
    case PROP_NATURAL_WIDTH:
      self->natural_width = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GtkSizeRequestMode
qs_steady_bin_get_request_mode (GtkWidget *widget)
{
  QsSteadyBin *self = QS_STEADY_BIN (widget);

  return self->child != NULL ? gtk_widget_get_request_mode (self->child)
                             : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
qs_steady_bin_class_init (QsSteadyBinClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_steady_bin_dispose;
  object_class->get_property = qs_steady_bin_get_property;
  object_class->set_property = qs_steady_bin_set_property;
  widget_class->measure = qs_steady_bin_measure;
  widget_class->size_allocate = qs_steady_bin_size_allocate;
  widget_class->get_request_mode = qs_steady_bin_get_request_mode;

  properties[PROP_CHILD] = g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* The width asked for whatever the child shows, in pixels; at least the
   * child's minimum. */
  properties[PROP_NATURAL_WIDTH] =
    g_param_spec_int ("natural-width", NULL, NULL, 0, G_MAXINT, 480,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_steady_bin_init (QsSteadyBin *self)
{
}

GtkWidget *
qs_steady_bin_new (void)
{
  return g_object_new (QS_TYPE_STEADY_BIN, NULL);
}
