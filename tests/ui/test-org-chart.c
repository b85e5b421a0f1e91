/* test-org-chart.c — the org chart widget: zoom, click and keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "qs-department.h"
#include "qs-org-chart.h"
#include "qs-org-chart-layout.h"

#include "qs-ui-test-util.h"

typedef struct
{
  GtkWidget  *window;
  QsOrgChart *chart;
  GPtrArray  *departments;
  GPtrArray  *activated;
} Fixture;

static QsDepartment *
department (GPtrArray *all, const char *name, QsDepartment *parent, gint64 position)
{
  QsDepartment *dep = qs_department_new ();

  qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_NAME, name);
  qs_entity_set_int (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_POSITION, position);
  if (parent != NULL)
    qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_PARENT_ID,
                          qs_entity_get_id (QS_ENTITY (parent)));
  g_ptr_array_add (all, dep);
  return dep;
}

static const char *
id_of (Fixture *f, guint i)
{
  return qs_entity_get_id (f->departments->pdata[i]);
}

static void
on_activated_cb (QsOrgChart *chart, const char *id, Fixture *f)
{
  g_ptr_array_add (f->activated, g_strdup (id));
}

static void
iterate (void)
{
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  QsDepartment *dg, *rh, *it;
  gint64        end;

  f->departments = g_ptr_array_new_with_free_func (g_object_unref);
  f->activated = g_ptr_array_new_with_free_func (g_free);
  dg = department (f->departments, "Direction générale", NULL, 0); /* 0 */
  rh = department (f->departments, "Ressources humaines", dg, 1);  /* 1 */
  it = department (f->departments, "Informatique", dg, 2);         /* 2 */
  department (f->departments, "Paie", rh, 0);                      /* 3 */
  department (f->departments, "Support", it, 0);                   /* 4 */

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 600);
  f->chart = QS_ORG_CHART (qs_org_chart_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->chart));
  qs_org_chart_set_departments (f->chart, f->departments);
  g_signal_connect (f->chart, "department-activated", G_CALLBACK (on_activated_cb), f);
  gtk_window_present (GTK_WINDOW (f->window));

  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (f->chart)) == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  iterate ();
  g_assert_true (gtk_widget_get_realized (GTK_WIDGET (f->chart)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->chart)), >, 0);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_pointer (&f->departments, g_ptr_array_unref);
  g_clear_pointer (&f->activated, g_ptr_array_unref);
}

static void
on_notify_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_zoom (Fixture *f, gconstpointer data)
{
  guint  notified = 0;
  double zoom;

  g_signal_connect (f->chart, "notify::zoom", G_CALLBACK (on_notify_cb), &notified);
  g_assert_cmpfloat (qs_org_chart_get_zoom (f->chart), ==, 1.0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.zoom-in", NULL));
  g_object_get (f->chart, "zoom", &zoom, NULL);
  g_assert_cmpfloat (zoom, >, 1.0);
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.zoom-out", NULL));
  g_assert_cmpfloat (qs_org_chart_get_zoom (f->chart), <, 1.0);
  g_assert_cmpuint (notified, ==, 3);

  /* Limits hold however often the user zooms. */
  for (guint i = 0; i < 30; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.zoom-out", NULL);
  g_assert_cmpfloat (qs_org_chart_get_zoom (f->chart), ==, QS_ORG_CHART_ZOOM_MIN);
  for (guint i = 0; i < 30; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.zoom-in", NULL);
  g_assert_cmpfloat (qs_org_chart_get_zoom (f->chart), ==, QS_ORG_CHART_ZOOM_MAX);

  /* The small chart fits the window at full size. */
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.zoom-fit", NULL));
  g_assert_cmpfloat (qs_org_chart_get_zoom (f->chart), ==, 1.0);
}

static void
test_click (Fixture *f, gconstpointer data)
{
  QsOrgChartLayout *layout = qs_org_chart_get_layout (f->chart);
  double            x, y, w, h, zoom;
  int               index;

  g_assert_nonnull (layout);
  for (guint i = 0; i < f->departments->len; i++)
    {
      index = qs_org_chart_layout_find (layout, id_of (f, i));
      g_assert_cmpint (index, >=, 0);
      qs_org_chart_layout_get_node (layout, index, NULL, NULL, NULL, &x, &y, &w, &h);
      g_assert_true (qs_org_chart_activate_at (f->chart, x + w / 2, y + h / 2));
      g_assert_cmpuint (f->activated->len, ==, i + 1);
      g_assert_cmpstr (f->activated->pdata[i], ==, id_of (f, i));
    }

  /* A click between boxes opens nothing. */
  g_assert_false (qs_org_chart_activate_at (f->chart, 2, 2));
  g_assert_cmpuint (f->activated->len, ==, f->departments->len);

  /* Zoomed in, the same chart point is under the same box. */
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.zoom-in", NULL);
  iterate ();
  zoom = qs_org_chart_get_zoom (f->chart);
  index = qs_org_chart_layout_find (layout, id_of (f, 3));
  qs_org_chart_layout_get_node (layout, index, NULL, NULL, NULL, &x, &y, &w, &h);
  {
    GtkAdjustment *hadj, *vadj;
    GtkWidget     *scrolled = gtk_widget_get_first_child (GTK_WIDGET (f->chart));

    hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
    vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    g_assert_true (qs_org_chart_activate_at (f->chart,
                                             (x + w / 2) * zoom - gtk_adjustment_get_value (hadj),
                                             (y + h / 2) * zoom - gtk_adjustment_get_value (vadj)));
  }
  g_assert_cmpstr (g_ptr_array_index (f->activated, f->activated->len - 1), ==, id_of (f, 3));
}

static void
move (Fixture *f, const char *direction)
{
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.move", "s", direction));
}

static void
test_keyboard (Fixture *f, gconstpointer data)
{
  qs_org_chart_focus_department (f->chart, id_of (f, 0));
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 0));

  move (f, "down"); /* first child, by position: Ressources humaines */
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 1));
  move (f, "right");
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 2));
  move (f, "right"); /* no sibling further right: stays */
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 2));
  move (f, "down");
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 4));
  move (f, "up");
  move (f, "left");
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 1));
  move (f, "up");
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 0));

  move (f, "down");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.activate", NULL));
  g_assert_cmpuint (f->activated->len, ==, 1);
  g_assert_cmpstr (f->activated->pdata[0], ==, id_of (f, 1));

  /* A reload keeps the focused department. */
  qs_org_chart_set_departments (f->chart, f->departments);
  g_assert_cmpstr (qs_org_chart_get_focused_department (f->chart), ==, id_of (f, 1));
}

static void
test_keys (Fixture *f, gconstpointer data)
{
  GtkWidget *chart = GTK_WIDGET (f->chart);

  g_assert_true (qs_ui_test_has_shortcut (chart, "Up", "org-chart.move", "up"));
  g_assert_true (qs_ui_test_has_shortcut (chart, "Down", "org-chart.move", "down"));
  g_assert_true (qs_ui_test_has_shortcut (chart, "Left", "org-chart.move", "left"));
  g_assert_true (qs_ui_test_has_shortcut (chart, "Right", "org-chart.move", "right"));
  g_assert_true (qs_ui_test_has_shortcut (chart, "Return", "org-chart.activate", NULL));
  g_assert_true (qs_ui_test_has_shortcut (chart, "<Control>plus", "org-chart.zoom-in", NULL));
  g_assert_true (qs_ui_test_has_shortcut (chart, "<Control>minus", "org-chart.zoom-out", NULL));
  g_assert_true (qs_ui_test_has_shortcut (chart, "<Control>0", "org-chart.zoom-fit", NULL));
  g_assert_false (qs_ui_test_has_shortcut (chart, "<Control>q", "org-chart.zoom-fit", NULL));
}

/* Eight services side by side under the top, each with a team and a long
 * e-mail address: a chart much wider than its window. Services are 1, 3,
 * 5… in the array, the last one 15. */
static GPtrArray *
wide_organisation (void)
{
  GPtrArray    *all = g_ptr_array_new_with_free_func (g_object_unref);
  QsDepartment *top = department (all, "Direction générale", NULL, 0);

  for (int i = 0; i < 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("Service %d", i + 1);
      g_autofree char *email = g_strdup_printf ("service-%02d@community-agency.example", i + 1);
      QsDepartment    *dep = department (all, name, top, i + 1);

      qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_EMAIL, email);
      department (all, "Team", dep, 0);
    }
  return all;
}

static gboolean
box_in_view (QsOrgChart *chart, GPtrArray *departments, guint i)
{
  QsOrgChartLayout *layout = qs_org_chart_get_layout (chart);
  int    index = qs_org_chart_layout_find (layout, qs_entity_get_id (departments->pdata[i]));
  double x, y, w, h, vx, vy, vw, vh;

  g_assert_cmpint (index, >=, 0);
  qs_org_chart_layout_get_node (layout, index, NULL, NULL, NULL, &x, &y, &w, &h);
  qs_org_chart_get_visible_area (chart, &vx, &vy, &vw, &vh);
  return vw > 0 && x >= vx && x + w <= vx + vw && y >= vy && y + h <= vy + vh;
}

/* A chart wider than its window opens on its left edge, its first box
 * whole; asked for a department, even before it has a size, it opens with
 * that department's box in view and focused. */
static void
test_opens_on_department (void)
{
  g_autoptr (GPtrArray) departments = wide_organisation ();
  const char *last = qs_entity_get_id (departments->pdata[15]);
  GtkWidget  *window = gtk_window_new ();
  QsOrgChart *chart = QS_ORG_CHART (qs_org_chart_new ());
  double      width = 0, vx, vy, vw, vh;
  gint64      end;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  qs_org_chart_set_departments (chart, departments);
  qs_org_chart_layout_get_size (qs_org_chart_get_layout (chart), &width, NULL);
  g_assert_cmpfloat (width, >, 1800);
  gtk_window_present (GTK_WINDOW (window));
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((qs_org_chart_get_visible_area (chart, &vx, &vy, &vw, &vh), vw <= 0) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  iterate ();
  g_assert_cmpfloat (vx, ==, 0);
  g_assert_true (box_in_view (chart, departments, 1));
  g_assert_false (box_in_view (chart, departments, 15));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Asked before the window shows: done once the chart has its size. */
  window = gtk_window_new ();
  chart = QS_ORG_CHART (qs_org_chart_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  qs_org_chart_set_departments (chart, departments);
  qs_org_chart_focus_department (chart, last);
  gtk_window_present (GTK_WINDOW (window));
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!box_in_view (chart, departments, 15) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  iterate ();
  g_assert_true (box_in_view (chart, departments, 15));
  g_assert_false (box_in_view (chart, departments, 1));
  g_assert_cmpstr (qs_org_chart_get_focused_department (chart), ==, last);

  /* On screen, at once. */
  qs_org_chart_focus_department (chart, qs_entity_get_id (departments->pdata[1]));
  g_assert_true (box_in_view (chart, departments, 1));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every box is wide enough for its e-mail address, as drawn. */
static void
test_addresses_fit (void)
{
  g_autoptr (GPtrArray) departments = wide_organisation ();
  g_autoptr (QsOrgChartLayout) layout = qs_org_chart_layout_new (departments, NULL);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans 8.5");
  GtkWidget *label = g_object_ref_sink (gtk_label_new (NULL));
  guint      n_checked = 0;

  for (guint i = 0; i < qs_org_chart_layout_get_n_nodes (layout); i++)
    {
      g_autoptr (PangoLayout) pl = NULL;
      const char *sublabel;
      double      w;
      int         text_width;

      qs_org_chart_layout_get_node (layout, i, NULL, NULL, &sublabel, NULL, NULL, &w, NULL);
      if (sublabel == NULL || !g_str_has_suffix (sublabel, "@community-agency.example"))
        continue;
      n_checked++;
      pl = gtk_widget_create_pango_layout (label, sublabel);
      pango_layout_set_font_description (pl, font);
      pango_layout_get_pixel_size (pl, &text_width, NULL);
      /* The renderer leaves 10 units each side. */
      g_assert_cmpfloat (text_width, <=, w - 20);
    }
  g_assert_cmpuint (n_checked, ==, 8);
  g_object_unref (label);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/org-chart/zoom", Fixture, NULL, fixture_set_up, test_zoom, fixture_tear_down);
  g_test_add ("/org-chart/click", Fixture, NULL, fixture_set_up, test_click, fixture_tear_down);
  g_test_add ("/org-chart/keys", Fixture, NULL, fixture_set_up, test_keys, fixture_tear_down);
  g_test_add ("/org-chart/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add_func ("/org-chart/opens-on-department", test_opens_on_department);
  g_test_add_func ("/org-chart/addresses-fit", test_addresses_fit);

  return g_test_run ();
}
