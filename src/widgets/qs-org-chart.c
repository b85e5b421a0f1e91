/* qs-org-chart.c — a zoomable, pannable drawing of the department hierarchy
 *
 * A scrolled window holds the canvas, which draws the visible part of the
 * chart: GTK provides the scrollbars, this widget adds Ctrl+scroll zoom, drag
 * to pan, a focused box moved with the arrow keys, and activation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-org-chart.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-org-chart-canvas.h"
#include "qs-org-chart-layout.h"

#define ZOOM_STEP 1.25

struct _QsOrgChart
{
  GtkWidget parent_instance;

  GtkWidget        *scrolled;
  GtkWidget        *canvas;
  QsOrgChartLayout *layout;
  GPtrArray        *departments;
  GHashTable       *sublabels;
  double            zoom;
  int               focused;
  int               hovered;
  double            drag_h, drag_v;
  gboolean          centre_pending;
  int               scroll_pending; /* a box to bring into view once the size is known */
};

G_DEFINE_FINAL_TYPE (QsOrgChart, qs_org_chart, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

enum
{
  DEPARTMENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
update_marks (QsOrgChart *self)
{
  qs_org_chart_canvas_set_marks (QS_ORG_CHART_CANVAS (self->canvas), self->focused, self->hovered);
}

/* Keeps the chart point under (@ax, @ay), in visible-area coordinates, in place. */
static void
set_zoom_at (QsOrgChart *self, double zoom, double ax, double ay)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  double         ratio;

  zoom = CLAMP (zoom, QS_ORG_CHART_ZOOM_MIN, QS_ORG_CHART_ZOOM_MAX);
  if (zoom == self->zoom)
    return;
  ratio = zoom / self->zoom;
  self->zoom = zoom;
  /* The canvas sets the adjustments' new bounds first, so the new position
   * is not clamped away. */
  qs_org_chart_canvas_set_zoom (QS_ORG_CHART_CANVAS (self->canvas), zoom);
  gtk_adjustment_set_value (h, (gtk_adjustment_get_value (h) + ax) * ratio - ax);
  gtk_adjustment_set_value (v, (gtk_adjustment_get_value (v) + ay) * ratio - ay);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_around_centre (QsOrgChart *self, double zoom)
{
  set_zoom_at (self, zoom, gtk_widget_get_width (self->scrolled) / 2.0,
               gtk_widget_get_height (self->scrolled) / 2.0);
}

static void
scroll_to_node (QsOrgChart *self, int index)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  double         x, y, w, hh;

  if (self->layout == NULL || index < 0)
    return;
  qs_org_chart_layout_get_node (self->layout, index, NULL, NULL, NULL, &x, &y, &w, &hh);
  gtk_adjustment_clamp_page (h, x * self->zoom - 12, (x + w) * self->zoom + 12);
  gtk_adjustment_clamp_page (v, y * self->zoom - 12, (y + hh) * self->zoom + 12);
}

/* Puts a box in the middle of the visible area, as far as the chart allows. */
static void
centre_on_node (QsOrgChart *self, int index)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  double         x, y, w, hh;

  qs_org_chart_layout_get_node (self->layout, index, NULL, NULL, NULL, &x, &y, &w, &hh);
  gtk_adjustment_set_value (h, (x + w / 2) * self->zoom - gtk_adjustment_get_page_size (h) / 2);
  gtk_adjustment_set_value (v, (y + hh / 2) * self->zoom - gtk_adjustment_get_page_size (v) / 2);
}

/* Once the adjustments know the visible size: a box asked for is brought
 * into view; a first chart opens on its left edge, where it starts, not
 * centred on its top box with the first departments cut off. */
static void
on_adjustment_changed_cb (GtkAdjustment *adjustment, QsOrgChart *self)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));

  if ((!self->centre_pending && self->scroll_pending < 0) || self->layout == NULL ||
      gtk_adjustment_get_page_size (h) <= 0 || gtk_adjustment_get_page_size (v) <= 0 ||
      qs_org_chart_layout_get_n_nodes (self->layout) == 0)
    return;
  if (self->scroll_pending >= 0)
    centre_on_node (self, self->scroll_pending);
  else
    {
      gtk_adjustment_set_value (h, 0);
      gtk_adjustment_set_value (v, 0);
    }
  self->centre_pending = FALSE;
  self->scroll_pending = -1;
}

static void
set_focused (QsOrgChart *self, int index)
{
  if (index == self->focused)
    return;
  self->focused = index;
  scroll_to_node (self, index);
  update_marks (self);
}

static void
activate_node (QsOrgChart *self, int index)
{
  const char *id;

  if (self->layout == NULL || index < 0)
    return;
  qs_org_chart_layout_get_node (self->layout, index, &id, NULL, NULL, NULL, NULL, NULL, NULL);
  g_signal_emit (self, signals[DEPARTMENT_ACTIVATED], 0, id);
}

static int
node_at (QsOrgChart *self, double canvas_x, double canvas_y)
{
  double x, y;

  if (self->layout == NULL)
    return -1;
  qs_org_chart_canvas_to_chart (QS_ORG_CHART_CANVAS (self->canvas), canvas_x, canvas_y, &x, &y);
  return qs_org_chart_layout_hit_test (self->layout, x, y);
}

static void
on_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, QsOrgChart *self)
{
  int index = node_at (self, x, y);

  gtk_widget_grab_focus (self->canvas);
  if (index >= 0)
    set_focused (self, index);
}

static void
on_released_cb (GtkGestureClick *gesture, int n_press, double x, double y, QsOrgChart *self)
{
  graphene_point_t in = GRAPHENE_POINT_INIT (x, y), out;

  if (n_press == 1 && gtk_widget_compute_point (self->canvas, GTK_WIDGET (self), &in, &out))
    qs_org_chart_activate_at (self, out.x, out.y);
}

static void
on_motion_cb (GtkEventControllerMotion *motion, double x, double y, QsOrgChart *self)
{
  int index = node_at (self, x, y);

  if (index == self->hovered)
    return;
  self->hovered = index;
  gtk_widget_set_cursor_from_name (self->canvas, index >= 0 ? "pointer" : NULL);
  update_marks (self);
}

/* A box's name and address in full, wherever the box is too narrow. */
static gboolean
on_query_tooltip_cb (
  GtkWidget *canvas, int x, int y, gboolean keyboard, GtkTooltip *tooltip, QsOrgChart *self)
{
  int              index = keyboard ? self->focused : node_at (self, x, y);
  const char      *label = NULL, *sublabel = NULL;
  g_autofree char *text = NULL;

  if (index < 0 || self->layout == NULL)
    return FALSE;
  qs_org_chart_layout_get_node (self->layout, index, NULL, &label, &sublabel, NULL, NULL, NULL,
                                NULL);
  text = sublabel != NULL && *sublabel != '\0' ? g_strdup_printf ("%s\n%s", label, sublabel)
                                               : g_strdup (label);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_leave_cb (GtkEventControllerMotion *motion, QsOrgChart *self)
{
  self->hovered = -1;
  update_marks (self);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *scroll, double dx, double dy, QsOrgChart *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  double    x = gtk_widget_get_width (self->scrolled) / 2.0;
  double    y = gtk_widget_get_height (self->scrolled) / 2.0;
  GdkEvent *event;

  if (!(state & GDK_CONTROL_MASK))
    return FALSE;
  event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (scroll));
  if (event != NULL)
    {
      double ex, ey;

      /* Zoom around the pointer, not the centre. */
      if (gdk_event_get_position (event, &ex, &ey))
        {
          graphene_point_t in, out;

          in = GRAPHENE_POINT_INIT (ex, ey);
          if (gtk_widget_compute_point (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self))),
                                        self->scrolled, &in, &out))
            {
              x = out.x;
              y = out.y;
            }
        }
    }
  set_zoom_at (self, self->zoom * pow (ZOOM_STEP, -dy), x, y);
  return TRUE;
}

static void
on_drag_begin_cb (GtkGestureDrag *drag, double x, double y, QsOrgChart *self)
{
  self->drag_h = gtk_adjustment_get_value (
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled)));
  self->drag_v = gtk_adjustment_get_value (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)));
}

static void
on_drag_update_cb (GtkGestureDrag *drag, double dx, double dy, QsOrgChart *self)
{
  /* The scrolled window does not move with its content, so offsets stay steady. */
  gtk_adjustment_set_value (
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), self->drag_h - dx);
  gtk_adjustment_set_value (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), self->drag_v - dy);
}

static void
zoom_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsOrgChart *self = QS_ORG_CHART (widget);

  if (g_str_equal (action_name, "org-chart.zoom-in"))
    zoom_around_centre (self, self->zoom * ZOOM_STEP);
  else if (g_str_equal (action_name, "org-chart.zoom-out"))
    zoom_around_centre (self, self->zoom / ZOOM_STEP);
  else
    {
      double width = 0, height = 0, sw, sh, fit = 1;

      if (self->layout != NULL)
        qs_org_chart_layout_get_size (self->layout, &width, &height);
      sw = gtk_widget_get_width (self->scrolled);
      sh = gtk_widget_get_height (self->scrolled);
      if (width > 0 && height > 0 && sw > 0 && sh > 0)
        fit = MIN (1.0, MIN (sw / width, sh / height));
      set_zoom_at (self, fit, 0, 0);
    }
}

static guint
sibling_index (QsOrgChart *self, guint node, int step)
{
  guint parent = qs_org_chart_layout_get_parent_index (self->layout, node);
  guint n = qs_org_chart_layout_get_n_nodes (self->layout);
  g_autoptr (GArray) siblings = g_array_new (FALSE, FALSE, sizeof (guint));
  guint pos = 0;

  if (parent != G_MAXUINT)
    {
      for (guint i = 0; i < qs_org_chart_layout_get_n_children (self->layout, parent); i++)
        {
          guint c = qs_org_chart_layout_get_child (self->layout, parent, i);

          g_array_append_val (siblings, c);
        }
    }
  else
    {
      for (guint i = 0; i < n; i++)
        if (qs_org_chart_layout_get_parent_index (self->layout, i) == G_MAXUINT)
          g_array_append_val (siblings, i);
    }
  for (guint i = 0; i < siblings->len; i++)
    if (g_array_index (siblings, guint, i) == node)
      pos = i;
  if ((step < 0 && pos == 0) || (step > 0 && pos + 1 >= siblings->len))
    return node;
  return g_array_index (siblings, guint, pos + step);
}

static void
move_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsOrgChart *self = QS_ORG_CHART (widget);
  const char *direction = g_variant_get_string (parameter, NULL);
  guint       node;

  if (self->layout == NULL || qs_org_chart_layout_get_n_nodes (self->layout) == 0)
    return;
  if (self->focused < 0)
    {
      set_focused (self, 0);
      return;
    }
  node = self->focused;
  if (g_str_equal (direction, "up"))
    {
      guint parent = qs_org_chart_layout_get_parent_index (self->layout, node);

      if (parent != G_MAXUINT)
        node = parent;
    }
  else if (g_str_equal (direction, "down"))
    {
      if (qs_org_chart_layout_get_n_children (self->layout, node) > 0)
        node = qs_org_chart_layout_get_child (self->layout, node, 0);
    }
  else if (g_str_equal (direction, "left"))
    node = sibling_index (self, node, -1);
  else if (g_str_equal (direction, "right"))
    node = sibling_index (self, node, 1);
  set_focused (self, node);
}

static void
activate_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsOrgChart *self = QS_ORG_CHART (widget);

  activate_node (self, self->focused);
}

static void
on_focus_changed_cb (GtkWidget *canvas, GParamSpec *pspec, QsOrgChart *self)
{
  if (gtk_widget_has_focus (canvas) && self->focused < 0 && self->layout != NULL &&
      qs_org_chart_layout_get_n_nodes (self->layout) > 0)
    self->focused = 0;
  update_marks (self);
  gtk_widget_queue_draw (canvas);
}

static void
qs_org_chart_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsOrgChart *self = QS_ORG_CHART (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_org_chart_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  QsOrgChart *self = QS_ORG_CHART (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      qs_org_chart_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_org_chart_dispose (GObject *object)
{
  QsOrgChart *self = QS_ORG_CHART (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->sublabels, g_hash_table_unref);

  G_OBJECT_CLASS (qs_org_chart_parent_class)->dispose (object);
}

static void
add_move_binding (GtkWidgetClass *widget_class, guint key, guint keypad_key, const char *direction)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, "org-chart.move", "s", direction);
  gtk_widget_class_add_binding_action (widget_class, keypad_key, 0, "org-chart.move", "s",
                                       direction);
}

static void
qs_org_chart_class_init (QsOrgChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = qs_org_chart_get_property;
  object_class->set_property = qs_org_chart_set_property;
  object_class->dispose = qs_org_chart_dispose;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, QS_ORG_CHART_ZOOM_MIN, QS_ORG_CHART_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QsOrgChart::department-activated:
   * @department_id: the id of the clicked or activated department
   */
  signals[DEPARTMENT_ACTIVATED] =
    g_signal_new ("department-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "org-chart.zoom-in", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.zoom-out", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.zoom-fit", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.move", "s", move_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.activate", NULL, activate_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "org-chart.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "org-chart.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "org-chart.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "org-chart.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "org-chart.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "org-chart.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "org-chart.zoom-fit", NULL);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, "up");
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, "down");
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "left");
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "right");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "org-chart.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "org-chart.activate",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "org-chart.activate", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "orgchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qs_org_chart_init (QsOrgChart *self)
{
  GtkGesture         *click, *drag;
  GtkEventController *motion, *scroll;

  self->zoom = 1.0;
  self->focused = -1;
  self->hovered = -1;
  self->scroll_pending = -1;

  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  self->canvas = qs_org_chart_canvas_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->canvas);
  g_signal_connect_object (
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), "changed",
    G_CALLBACK (on_adjustment_changed_cb), self, 0);
  g_signal_connect_object (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), "changed",
    G_CALLBACK (on_adjustment_changed_cb), self, 0);
  g_signal_connect_object (self->canvas, "notify::has-focus", G_CALLBACK (on_focus_changed_cb),
                           self, 0);
  gtk_widget_set_has_tooltip (self->canvas, TRUE);
  g_signal_connect_object (self->canvas, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self,
                           0);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed_cb), self, 0);
  g_signal_connect_object (click, "released", G_CALLBACK (on_released_cb), self, 0);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion_cb), self, 0);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_leave_cb), self, 0);
  gtk_widget_add_controller (self->canvas, motion);

  drag = gtk_gesture_drag_new ();
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self, 0);
  gtk_widget_add_controller (self->scrolled, GTK_EVENT_CONTROLLER (drag));

  /* Captured before the scrolled window scrolls, only Ctrl+scroll is kept. */
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (on_scroll_cb), self, 0);
  gtk_widget_add_controller (self->scrolled, scroll);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Org chart"), -1);
}

GtkWidget *
qs_org_chart_new (void)
{
  return g_object_new (QS_TYPE_ORG_CHART, NULL);
}

static void
relayout (QsOrgChart *self)
{
  g_autofree char *focused_id = NULL;
  g_autofree char *description = NULL;
  guint            n;

  /* Keep the same box focused across a reload. */
  focused_id = g_strdup (qs_org_chart_get_focused_department (self));
  if (self->layout == NULL && self->departments != NULL)
    self->centre_pending = TRUE;
  g_clear_object (&self->layout);
  if (self->departments != NULL)
    self->layout = qs_org_chart_layout_new_full (self->departments, NULL, self->sublabels);
  self->hovered = -1;
  self->focused = (self->layout != NULL && focused_id != NULL)
                    ? qs_org_chart_layout_find (self->layout, focused_id)
                    : -1;
  qs_org_chart_canvas_set_layout (QS_ORG_CHART_CANVAS (self->canvas), self->layout);
  update_marks (self);

  n = self->layout != NULL ? qs_org_chart_layout_get_n_nodes (self->layout) : 0;
  description = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE,
                 "Org chart of %u department: arrow keys move between boxes, Enter opens one",
                 "Org chart of %u departments: arrow keys move between boxes, Enter opens one", n),
    n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

void
qs_org_chart_set_departments (QsOrgChart *self, GPtrArray *departments)
{
  g_return_if_fail (QS_IS_ORG_CHART (self));

  if (departments != NULL)
    g_ptr_array_ref (departments);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  self->departments = departments;
  relayout (self);
}

/**
 * qs_org_chart_set_sublabels:
 * @sublabels: (nullable): department id → second line of its box, such as
 *   “Manager: Jeanne Martin”; others show their e-mail, phone or location
 */
void
qs_org_chart_set_sublabels (QsOrgChart *self, GHashTable *sublabels)
{
  g_return_if_fail (QS_IS_ORG_CHART (self));

  if (sublabels != NULL)
    g_hash_table_ref (sublabels);
  g_clear_pointer (&self->sublabels, g_hash_table_unref);
  self->sublabels = sublabels;
  relayout (self);
}

double
qs_org_chart_get_zoom (QsOrgChart *self)
{
  g_return_val_if_fail (QS_IS_ORG_CHART (self), 1.0);

  return self->zoom;
}

void
qs_org_chart_set_zoom (QsOrgChart *self, double zoom)
{
  g_return_if_fail (QS_IS_ORG_CHART (self));

  set_zoom_at (self, zoom, 0, 0);
}

const char *
qs_org_chart_get_focused_department (QsOrgChart *self)
{
  const char *id = NULL;

  g_return_val_if_fail (QS_IS_ORG_CHART (self), NULL);

  if (self->layout == NULL || self->focused < 0)
    return NULL;
  qs_org_chart_layout_get_node (self->layout, self->focused, &id, NULL, NULL, NULL, NULL, NULL,
                                NULL);
  return id;
}

/**
 * qs_org_chart_focus_department:
 *
 * Focuses a department's box and brings it into the middle of the view:
 * at once when the chart is on screen, else as soon as it has a size.
 */
void
qs_org_chart_focus_department (QsOrgChart *self, const char *department_id)
{
  GtkAdjustment *h, *v;
  int            index;

  g_return_if_fail (QS_IS_ORG_CHART (self));

  if (self->layout == NULL)
    return;
  index = qs_org_chart_layout_find (self->layout, department_id);
  if (index < 0)
    return;
  self->focused = index;
  update_marks (self);
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  if (gtk_adjustment_get_page_size (h) > 0 && gtk_adjustment_get_page_size (v) > 0)
    {
      self->centre_pending = FALSE;
      centre_on_node (self, index);
    }
  else
    self->scroll_pending = index;
  gtk_widget_grab_focus (self->canvas);
}

/**
 * qs_org_chart_get_visible_area:
 *
 * The part of the chart shown, in chart units (at zoom 1): what a test
 * looks at to know which boxes can be seen.
 */
void
qs_org_chart_get_visible_area (
  QsOrgChart *self, double *x, double *y, double *width, double *height)
{
  GtkAdjustment *h, *v;

  g_return_if_fail (QS_IS_ORG_CHART (self));

  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  *x = gtk_adjustment_get_value (h) / self->zoom;
  *y = gtk_adjustment_get_value (v) / self->zoom;
  *width = gtk_adjustment_get_page_size (h) / self->zoom;
  *height = gtk_adjustment_get_page_size (v) / self->zoom;
}

/**
 * qs_org_chart_activate_at:
 * @x: horizontal position in @self's coordinates
 * @y: vertical position in @self's coordinates
 *
 * What a click does: emits #QsOrgChart::department-activated for the box
 * under (@x, @y), if any.  Returns whether there was one.
 */
gboolean
qs_org_chart_activate_at (QsOrgChart *self, double x, double y)
{
  graphene_point_t in = GRAPHENE_POINT_INIT (x, y), out;
  int              index;

  g_return_val_if_fail (QS_IS_ORG_CHART (self), FALSE);

  if (!gtk_widget_compute_point (GTK_WIDGET (self), self->canvas, &in, &out))
    return FALSE;
  index = node_at (self, out.x, out.y);
  activate_node (self, index);
  return index >= 0;
}

/* For the view's export: the layout being drawn, or NULL. */
gpointer
qs_org_chart_get_layout (QsOrgChart *self)
{
  g_return_val_if_fail (QS_IS_ORG_CHART (self), NULL);

  return self->layout;
}
