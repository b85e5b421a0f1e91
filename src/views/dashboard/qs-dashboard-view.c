/* qs-dashboard-view.c — the Dashboard view: every promise measured against its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model. One QsDashboardData: the built-in indicators of one providing
 * department over the last periods (twelve months, eight quarters or five
 * years, the current one last), gathered into series, and the complaints
 * of the last period broken down (qs-dashboard-loader.h). It is counted
 * in a thread on a connection of its own, with a progress bar, again
 * when the department or the periods change, and a moment after data it
 * counts changes. Nothing is counted before the view is first shown.
 *
 * Layout. An AdwLeaflet: the overview (tiles grouped by dimension, each
 * with its value, status, target and trend, then the complaints broken
 * down) and beside it the detail of the tile chosen: its chart over the
 * periods, or the same as a table a screen reader reads, and a button to
 * the requests behind it. Folded (down to 360 px), the detail comes
 * after the overview, with a back button.
 *
 * Actions, `dashboard.` on this widget:
 *   reload                        count again
 *   show-series (u)               the detail of a tile
 *   show-list                     back to the tiles, when folded
 *   open-requests ((ssu))         Requests filtered to a figure's requests:
 *                                 its reference, its title, the period
 *   export-csv, export-pdf        the figures, the dashboard
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-calendar-words.h"
#include "qs-dashboard-pdf.h"
#include "qs-dashboard-view-private.h"
#include "qs-dashboard-words.h"
#include "qs-department.h"
#include "qs-drop-down-ellipsize.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-file-replace.h"
#include "qs-indicator-export.h"
#include "qs-indicator-figures.h"
#include "qs-period.h"
#include "qs-request-query.h"
#include "qs-save-chooser.h"
#include "qs-toast.h"
#include "qs-trend-chart.h"

/* Changes are counted again this long after the last one. */
#define RELOAD_DELAY_MS 1500

const QsDashboardPeriods qs_dashboard_periods[] = {
  { QS_PERIOD_WEEK, 12, N_ ("Twelve Weeks") },
  { QS_PERIOD_MONTH, 12, N_ ("Twelve Months") },
  { QS_PERIOD_QUARTER, 12, N_ ("Twelve Quarters") },
  { QS_PERIOD_YEAR, 12, N_ ("Twelve Years") },
};

G_DEFINE_FINAL_TYPE (QsDashboardView, qs_dashboard_view, QS_TYPE_VIEW)

void
qs_dashboard_view_toast_error (QsDashboardView *self, const GError *error)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, TRUE));
}

GTimeZone *
qs_dashboard_view_get_zone (QsDashboardView *self)
{
  QsContext *context = qs_view_get_context (QS_VIEW (self));

  return context != NULL ? qs_context_get_timezone (context) : NULL;
}

QsEntity *
qs_dashboard_view_get_provider (QsDashboardView *self)
{
  guint selected = gtk_drop_down_get_selected (self->provider_dropdown);

  if (self->providers == NULL || selected >= self->providers->len)
    return NULL;
  return g_ptr_array_index (self->providers, selected);
}

guint
qs_dashboard_view_period_choice (QsDashboardView *self)
{
  guint choice = gtk_drop_down_get_selected (self->period_dropdown);

  return choice < QS_DASHBOARD_N_PERIODS ? choice : 1;
}

char *
qs_dashboard_view_period_label (QsDashboardView *self, guint period, gboolean brief)
{
  return qs_period_label (self->data->period, qs_dashboard_view_get_zone (self),
                          self->data->bounds[period], qs_interface_language (), brief);
}

QsIndicatorSeries *
qs_dashboard_view_find_series (QsDashboardView *self, const char *ref, guint *index)
{
  for (guint i = 0; ref != NULL && self->data != NULL && i < self->data->series->len; i++)
    {
      QsIndicatorSeries *series = g_ptr_array_index (self->data->series, i);

      if (g_str_equal (series->ref, ref))
        {
          if (index != NULL)
            *index = i;
          return series;
        }
    }
  return NULL;
}

/* The departments a dashboard is drawn for, in the drop-down. */
static void
load_providers (QsDashboardView *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *selected_id = NULL;
  GtkStringList   *names = gtk_string_list_new (NULL);
  QsEntity        *selected = qs_dashboard_view_get_provider (self);
  guint            position = 0;

  if (selected != NULL)
    selected_id = g_strdup (qs_entity_get_id (selected));
  g_clear_pointer (&self->providers, g_ptr_array_unref);
  if (self->store != NULL)
    self->providers = qs_indicator_figures_providers (self->store, &error);
  if (error != NULL)
    qs_dashboard_view_toast_error (self, error);
  for (guint i = 0; self->providers != NULL && i < self->providers->len; i++)
    {
      QsEntity *department = g_ptr_array_index (self->providers, i);

      gtk_string_list_append (names, qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
      if (g_strcmp0 (qs_entity_get_id (department), selected_id) == 0)
        position = i;
    }
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->provider_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->provider_dropdown, position);
  self->syncing = FALSE;
  g_object_unref (names);
}

void
qs_dashboard_view_update_actions (QsDashboardView *self)
{
  gboolean ready = self->data != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-csv", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-pdf", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.open-requests", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.show-series", ready);
  qs_dashboard_view_update_indicator_actions (self);
}

/* A tile's status, coloured as GNOME colours success, warning, error. */
static void
style_status (GtkWidget *label, QsIndicatorStatus status)
{
  static const char *classes[] = { "success", "warning", "error", "dim-label" };
  const char        *wanted = status == QS_INDICATOR_STATUS_MET       ? "success"
                              : status == QS_INDICATOR_STATUS_AT_RISK ? "warning"
                              : status == QS_INDICATOR_STATUS_MISSED  ? "error"
                                                                      : "dim-label";

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);
  gtk_widget_add_css_class (label, wanted);
}

static GtkWidget *
new_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* One tile: the title, the value, the status and trend, the target. */
static GtkWidget *
create_tile (QsDashboardView *self, QsIndicatorSeries *series, guint index)
{
  QsIndicatorFigure *last = series->figures[self->index];
  g_autofree char   *title = qs_dashboard_words_title (series);
  g_autofree char   *value = qs_dashboard_words_value (last, last->value);
  g_autofree char   *target = qs_dashboard_words_target (last);
  g_autofree char   *counted = qs_dashboard_words_counted (last);
  g_autofree char   *accessible = NULL;
  const char        *status = qs_dashboard_words_status (last);
  int                better = 0;
  QsTrend            trend = qs_indicator_series_trend (series, self->index, &better);
  const char        *trend_words = qs_dashboard_words_trend (trend);
  GtkWidget         *child = gtk_flow_box_child_new ();
  GtkWidget         *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget         *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget         *label;

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "dashboard-tile");
  label = new_label (title, "heading");
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, title);
  gtk_box_append (GTK_BOX (box), label);
  label = new_label (value, "title-2");
  gtk_widget_set_vexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), label);

  label = new_label (status, "caption-heading");
  style_status (label, last->status);
  gtk_box_append (GTK_BOX (line), label);
  if (trend != QS_TREND_NONE)
    {
      label = gtk_label_new (trend == QS_TREND_UP ? "↑" : trend == QS_TREND_DOWN ? "↓" : "→");
      gtk_widget_add_css_class (label, better > 0 ? "success" : better < 0 ? "error" : "dim-label");
      gtk_widget_set_tooltip_text (label, trend_words);
      gtk_box_append (GTK_BOX (line), label);
    }
  gtk_box_append (GTK_BOX (box), line);
  if (target != NULL || counted != NULL)
    {
      label = new_label (target != NULL ? target : counted, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  g_object_set_data (G_OBJECT (child), "series", GUINT_TO_POINTER (index));
  accessible =
    g_strdup_printf ("%s: %s. %s.%s%s", title, value, status, trend_words != NULL ? " " : "",
                     trend_words != NULL ? trend_words : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return child;
}

static void
on_tile_activated_cb (QsDashboardView *self, GtkFlowBoxChild *child)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "series"));

  gtk_widget_activate_action (GTK_WIDGET (self), "dashboard.show-series", "u", index);
}

static GtkWidget *
new_flow_box (QsDashboardView *self)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_activate_on_single_click (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  g_signal_connect_object (flow, "child-activated", G_CALLBACK (on_tile_activated_cb), self,
                           G_CONNECT_SWAPPED);
  return flow;
}

/* Until the Improvement board measures whether actions worked, a tile
 * says so in place of the figure. */
static GtkWidget *
create_effective_tile (void)
{
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label;

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "dashboard-tile");
  gtk_box_append (GTK_BOX (box), new_label (_ ("Improvement actions effective"), "heading"));
  label = new_label (_ ("Measured once the Improvement board checks each action against its "
                        "indicator."),
                     "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  gtk_widget_set_can_target (child, FALSE);
  gtk_widget_set_focusable (child, FALSE);
  return child;
}

static void
on_breakdown_row_activated_cb (QsDashboardView *self, AdwActionRow *row)
{
  const char *ref = g_object_get_data (G_OBJECT (row), "ref");

  gtk_widget_activate_action (GTK_WIDGET (self), "dashboard.open-requests", "(ssu)", ref,
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              self->index);
}

/* ISO 10002's classification of the last period's complaints: a group
 * of rows an axis, each with its count and its share as a bar. */
static void
add_breakdown (QsDashboardView *self)
{
  g_autofree char *period = qs_dashboard_view_period_label (self, self->index, FALSE);
  g_autofree char *heading = NULL;
  GPtrArray       *rows = qs_dashboard_data_get_breakdown (self->data, self->index, 0);
  gint64           total = 0;
  GtkWidget       *flow;

  for (guint i = 0; i < rows->len; i++)
    total += ((QsBreakdownRow *) g_ptr_array_index (rows, i))->count;
  /* Translators: a heading of the dashboard; %s is a period, "March 2026" */
  heading = g_strdup_printf (_ ("Complaints in %s"), period);
  gtk_box_append (self->content_box, new_label (heading, "title-4"));
  if (total == 0)
    {
      GtkWidget *none = new_label (_ ("No complaint was received in this period."), NULL);

      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->content_box, none);
      return;
    }
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  /* Each group as tall as its own rows. */
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_widget_set_valign (flow, GTK_ALIGN_START);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  for (QsComplaintAxis axis = 0; axis < QS_COMPLAINT_N_AXES; axis++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      rows = qs_dashboard_data_get_breakdown (self->data, self->index, axis);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       qs_dashboard_words_axis (axis));
      for (guint i = 0; i < rows->len; i++)
        {
          QsBreakdownRow  *item = g_ptr_array_index (rows, i);
          GtkWidget       *row = adw_action_row_new ();
          GtkWidget       *bar = gtk_level_bar_new_for_interval (0, total);
          g_autofree char *count =
            qs_calendar_words_format_count (item->count, qs_interface_language ());

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->label);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), item->count);
          gtk_widget_set_size_request (bar, 60, -1);
          gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          count, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (count));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_object_set_data_full (G_OBJECT (row), "ref",
                                  qs_complaint_breakdown_ref (axis, item->key), g_free);
          g_signal_connect_object (row, "activated", G_CALLBACK (on_breakdown_row_activated_cb),
                                   self, G_CONNECT_SWAPPED);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_flow_box_append (GTK_FLOW_BOX (flow), group);
      gtk_widget_set_focusable (gtk_widget_get_parent (group), FALSE);
    }
  gtk_box_append (self->content_box, flow);
}

static void
on_alert_row_activated_cb (QsDashboardView *self, AdwActionRow *row)
{
  const char *complaint = g_object_get_data (G_OBJECT (row), "complaint");

  if (complaint != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-in-view", "(sss)", "requests",
                                "requests.show-request", complaint);
}

/* The department's open alerts, each opening its complaint. */
static void
add_alerts (QsDashboardView *self)
{
  GtkWidget *group;

  if (self->data->alerts == NULL || self->data->alerts->len == 0)
    return;
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Open Alerts"));
  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (group),
    _ ("Indicators below target for a whole period; each opened a complaint in Requests."));
  for (guint i = 0; i < self->data->alerts->len; i++)
    {
      QsEntity        *alert = g_ptr_array_index (self->data->alerts, i);
      GtkWidget       *row = adw_action_row_new ();
      g_autofree char *period = qs_period_label_of_day (
        qs_entity_get_enum (alert, QS_ALERT_FIELD_PERIOD),
        qs_entity_get_string (alert, QS_ALERT_FIELD_PERIOD_START), qs_interface_language ());
      g_autofree char *subtitle = NULL;
      gint64           level = qs_entity_get_int (alert, QS_ALERT_FIELD_LEVEL);

      if (level > 0)
        subtitle = g_strdup_printf (
          /* Translators: an open alert; %s is the first period missed */
          g_dngettext (GETTEXT_PACKAGE, "Missed since %s, escalated once",
                       "Missed since %s, escalated %d times", (gulong) level),
          period, (int) level);
      else
        /* Translators: an open alert; %s is the period missed */
        subtitle = g_strdup_printf (_ ("Missed in %s"), period);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qs_entity_get_string (alert, QS_ALERT_FIELD_SUBJECT));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "complaint",
                              g_strdup (qs_entity_get_string (alert, QS_ALERT_FIELD_COMPLAINT_ID)),
                              g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_alert_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content_box, group);
}

/* The tiles of the last period, grouped by dimension, then the
 * complaints. */
static void
build_overview (QsDashboardView *self)
{
  static const QsDimension dimensions[] = { QS_DIMENSION_ECONOMIC, QS_DIMENSION_SOCIAL,
                                            QS_DIMENSION_CLIENT };
  GtkWidget               *child;
  g_autofree char         *period = qs_dashboard_view_period_label (self, self->index, FALSE);
  g_autofree char         *heading = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content_box))) != NULL)
    gtk_box_remove (self->content_box, child);

  if (self->index + 1 == self->data->n_periods)
    /* Translators: above the tiles; %s is the current period, "March 2026" */
    heading = g_strdup_printf (_ ("%s is not over: a figure below its target is at risk."), period);
  else
    /* Translators: above the tiles; %s is a period over, "March 2026" */
    heading = g_strdup_printf (_ ("%s is over: a figure below its target is missed."), period);
  gtk_box_append (self->content_box, new_label (heading, "dim-label"));
  add_alerts (self);
  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    {
      GtkWidget *flow = NULL;

      for (guint i = 0; i < self->data->series->len; i++)
        {
          QsIndicatorSeries *series = g_ptr_array_index (self->data->series, i);

          if (series->dimension != dimensions[d] || series->figures[self->index] == NULL)
            continue;
          if (flow == NULL)
            {
              gtk_box_append (self->content_box,
                              new_label (qs_dashboard_words_dimension (dimensions[d]), "title-4"));
              flow = new_flow_box (self);
              gtk_box_append (self->content_box, flow);
            }
          gtk_flow_box_append (GTK_FLOW_BOX (flow), create_tile (self, series, i));
          if (series->measure == QS_MEASURE_ACTIONS_LATE)
            gtk_flow_box_append (GTK_FLOW_BOX (flow), create_effective_tile ());
        }
    }
  add_breakdown (self);
}

static void
on_period_row_activated_cb (QsDashboardView *self, GtkListBoxRow *row)
{
  QsIndicatorSeries *series = qs_dashboard_view_find_series (self, self->shown_ref, NULL);
  guint              period = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "period"));
  g_autofree char   *title = NULL;
  g_autofree char   *ref = NULL;

  if (series == NULL || series->figures[period] == NULL)
    return;
  /* A value typed in by hand: typed in again. */
  if (series->figures[period]->measure == QS_MEASURE_MANUAL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "dashboard.enter-value", "u", period);
      return;
    }
  title = qs_dashboard_words_title (series);
  ref = qs_indicator_figure_requests_ref (series->figures[period]);
  gtk_widget_activate_action (GTK_WIDGET (self), "dashboard.open-requests", "(ssu)", ref, title,
                              period);
}

/* The table beside the chart: a row a period, newest first, each opening
 * the requests it was counted over. */
static void
fill_table (QsDashboardView *self, QsIndicatorSeries *series)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_list))) != NULL)
    gtk_list_box_remove (self->table_list, child);
  for (guint p = series->n_periods; p > 0; p--)
    {
      QsIndicatorFigure *figure = series->figures[p - 1];
      GtkWidget         *row = adw_action_row_new ();
      g_autofree char   *label = qs_dashboard_view_period_label (self, p - 1, FALSE);
      g_autofree char   *value = NULL;
      g_autofree char   *summary = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      if (figure != NULL)
        {
          value = qs_dashboard_words_value (figure, figure->value);
          summary = qs_dashboard_words_summary (figure);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (value));
          if (qs_indicator_figure_get_n_requests (figure) > 0)
            {
              gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
              adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                         gtk_image_new_from_icon_name ("go-next-symbolic"));
            }
          else if (figure->measure == QS_MEASURE_MANUAL)
            {
              GtkWidget *edit = gtk_image_new_from_icon_name ("document-edit-symbolic");

              gtk_widget_set_tooltip_text (edit, _ ("Type In the Value"));
              gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
              adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
            }
        }
      g_object_set_data (G_OBJECT (row), "period", GUINT_TO_POINTER (p - 1));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_period_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_append (self->table_list, row);
    }
}

static void
fill_chart (QsDashboardView *self, QsIndicatorSeries *series, const char *title)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) labels = NULL;
  g_autofree double *values = g_new0 (double, series->n_periods);
  QsIndicatorFigure *last = series->figures[self->index] != NULL
                              ? series->figures[self->index]
                              : qs_indicator_series_get_last (series);
  double             lo, hi;

  for (guint p = 0; p < series->n_periods; p++)
    {
      g_autofree char *label = qs_dashboard_view_period_label (self, p, TRUE);

      g_strv_builder_add (builder, label);
      values[p] = series->figures[p] != NULL ? series->figures[p]->value : NAN;
    }
  labels = g_strv_builder_end (builder);
  qs_trend_chart_clear (self->chart);
  qs_trend_chart_set_periods (self->chart, (const char *const *) labels);
  qs_dashboard_words_range (series, last, &lo, &hi);
  qs_trend_chart_set_range (self->chart, lo, hi);
  qs_trend_chart_set_bars (self->chart, qs_indicator_figure_is_count (last));
  qs_trend_chart_add_series (self->chart, title, values);
  if (!isnan (last->target))
    qs_trend_chart_set_target (self->chart, last->target);
}

/* The detail of a series: its last figure in words, its chart and its
 * table, the requests behind it. */
static void
show_series (QsDashboardView *self, QsIndicatorSeries *series)
{
  QsIndicatorFigure *shown = series->figures[self->index];
  g_autofree char   *title = qs_dashboard_words_title (series);
  g_autofree char   *value = NULL;
  g_autofree char   *summary = NULL;
  g_autofree char   *period = qs_dashboard_view_period_label (self, self->index, FALSE);
  g_autofree char   *text = NULL;
  gint64             n = shown != NULL ? qs_indicator_figure_get_n_requests (shown) : -1;

  g_free (self->shown_ref);
  self->shown_ref = g_strdup (series->ref);
  qs_dashboard_view_update_indicator_actions (self);
  gtk_label_set_label (self->detail_title, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->detail_title), title);
  if (shown != NULL)
    {
      value = qs_dashboard_words_value (shown, shown->value);
      summary = qs_dashboard_words_summary (shown);
      /* Translators: the detail of a figure: its period, its value, then
       * its status, target and what it was counted over */
      text = g_strdup_printf (_ ("%s: %s. %s."), period, value, summary);
    }
  else
    /* Translators: the detail of a figure; %s is a period */
    text = g_strdup_printf (_ ("%s: not counted."), period);
  gtk_label_set_label (self->detail_summary, text);
  fill_chart (self, series, title);
  fill_table (self, series);

  gtk_widget_set_visible (GTK_WIDGET (self->requests_button), n >= 0);
  if (n >= 0)
    {
      g_autofree char *ref = qs_indicator_figure_requests_ref (shown);
      g_autofree char *number = qs_calendar_words_format_count (n, qs_interface_language ());
      g_autofree char *label = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "Show the %s Request", "Show the %s Requests", (gulong) n),
        number);

      gtk_button_set_label (self->requests_button, label);
      /* The target first: the action takes one. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->requests_button), "(ssu)", ref, title,
                                        self->index);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->requests_button),
                                      "dashboard.open-requests");
      gtk_widget_set_sensitive (GTK_WIDGET (self->requests_button), n > 0);
    }
}

/* The periods in the drop-down, newest first; the last one over is
 * shown first, unless one was chosen. */
static void
fill_shown (QsDashboardView *self, gboolean keep)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  guint          n = self->data->n_periods;

  if (!keep || self->index >= n)
    self->index = n > 1 ? n - 2 : 0;
  for (guint p = n; p > 0; p--)
    {
      g_autofree char *label = qs_dashboard_view_period_label (self, p - 1, FALSE);

      if (p == n)
        {
          g_autofree char *current = NULL;

          /* Translators: the period not over in the list of periods, "December 2026 (so far)" */
          current = g_strdup_printf (_ ("%s (so far)"), label);
          gtk_string_list_append (labels, current);
        }
      else
        gtk_string_list_append (labels, label);
    }
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->shown_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->shown_dropdown, n - 1 - self->index);
  self->syncing = FALSE;
  g_object_unref (labels);
}

static void
show_loaded (QsDashboardView *self, gboolean keep_period)
{
  QsIndicatorSeries *series = qs_dashboard_view_find_series (self, self->shown_ref, NULL);

  fill_shown (self, keep_period);
  gtk_stack_set_visible_child_name (self->overview_stack, "content");
  build_overview (self);
  if (series == NULL && self->data->series->len > 0)
    series = g_ptr_array_index (self->data->series, 0);
  if (series != NULL)
    show_series (self, series);
  qs_dashboard_view_update_actions (self);
}

static void
on_progress_cb (double fraction, gpointer user_data)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (user_data);

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
on_loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (QsDashboardView) self = QS_DASHBOARD_VIEW (user_data);
  g_autoptr (GError) error = NULL;
  QsDashboardData *data = qs_dashboard_load_finish (result, &error);
  gboolean         keep;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&data, qs_dashboard_data_free);
      return;
    }
  g_clear_object (&self->cancellable);
  if (data == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->overview_stack, "error");
      return;
    }
  /* Counted again for a change: the period chosen stays. */
  keep = self->data != NULL && self->data->period == data->period &&
         self->data->n_periods == data->n_periods && self->data->bounds[0] == data->bounds[0];
  g_clear_pointer (&self->data, qs_dashboard_data_free);
  self->data = data;
  show_loaded (self, keep);
}

/* Counts the dashboard of the department and periods chosen, in a
 * thread; what was shown stays until the new one is ready, unless the
 * choice changed. */
static void
reload (QsDashboardView *self)
{
  QsEntity  *provider = qs_dashboard_view_get_provider (self);
  guint      choice = qs_dashboard_view_period_choice (self);
  GTimeZone *zone = qs_dashboard_view_get_zone (self);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->loaded = TRUE;
  if (self->store == NULL || provider == NULL || zone == NULL)
    {
      g_clear_pointer (&self->data, qs_dashboard_data_free);
      gtk_stack_set_visible_child_name (self->overview_stack, "empty");
      qs_dashboard_view_update_actions (self);
      return;
    }
  if (self->data == NULL || g_strcmp0 (self->data->provider_id, qs_entity_get_id (provider)) != 0 ||
      self->data->period != qs_dashboard_periods[choice].period)
    {
      g_clear_pointer (&self->data, qs_dashboard_data_free);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_stack_set_visible_child_name (self->overview_stack, "loading");
      qs_dashboard_view_update_actions (self);
    }
  self->cancellable = g_cancellable_new ();
  qs_dashboard_load_async (
    self->store, qs_entity_get_id (provider), qs_dashboard_periods[choice].period,
    qs_dashboard_periods[choice].n_periods, zone, qs_interface_language (), self->cancellable,
    on_progress_cb, self, on_loaded_cb, g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (user_data);

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_choice_changed_cb (QsDashboardView *self)
{
  if (!self->syncing && self->loaded)
    reload (self);
}

static void
on_shown_changed_cb (QsDashboardView *self)
{
  guint              selected = gtk_drop_down_get_selected (self->shown_dropdown);
  QsIndicatorSeries *series;

  if (self->syncing || self->data == NULL || selected >= self->data->n_periods)
    return;
  self->index = self->data->n_periods - 1 - selected;
  series = qs_dashboard_view_find_series (self, self->shown_ref, NULL);
  build_overview (self);
  if (series != NULL)
    show_series (self, series);
}

static void
on_folded_changed_cb (QsDashboardView *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
on_table_toggled_cb (QsDashboardView *self)
{
  gtk_stack_set_visible_child_name (
    self->chart_stack, gtk_toggle_button_get_active (self->table_toggle) ? "table" : "chart");
}

static void
reload_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  reload (QS_DASHBOARD_VIEW (widget));
}

static void
show_series_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (widget);
  guint            index = g_variant_get_uint32 (parameter);

  if (self->data == NULL || index >= self->data->series->len)
    return;
  show_series (self, g_ptr_array_index (self->data->series, index));
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
show_list_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "overview");
}

/* Requests, filtered to exactly the requests a figure was counted over,
 * as it was counted: the number matches the tile's. */
static void
open_requests_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (widget);
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autofree char *text = NULL;
  g_autofree char *target = NULL;
  g_autofree char *period = NULL;
  const char      *ref;
  const char      *title;
  guint            index;

  g_variant_get (parameter, "(&s&su)", &ref, &title, &index);
  if (self->data == NULL || index >= self->data->n_periods)
    return;
  period = qs_dashboard_view_period_label (self, index, FALSE);
  filter->figure_ref = g_strdup (ref);
  filter->figure_provider_id = g_strdup (self->data->provider_id);
  /* Translators: above the requests behind a figure: the period, then the
   * figure (the period first: a long figure is cut at its end) */
  filter->figure_title = g_strdup_printf (_ ("%s — %s"), period, title);
  filter->figure_start = self->data->bounds[index];
  filter->figure_end = self->data->bounds[index + 1];
  filter->figure_now = self->data->now;
  text = qs_request_filter_serialize (filter);
  target = g_strconcat ("filter:", text, NULL);
  gtk_widget_activate_action (widget, "win.show-in-view", "(sss)", "requests",
                              "requests.apply-filter", target);
}

static void
qs_dashboard_view_map (GtkWidget *widget)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (widget);

  GTK_WIDGET_CLASS (qs_dashboard_view_parent_class)->map (widget);
  if (!self->loaded)
    {
      load_providers (self);
      reload (self);
    }
}

/* What it counts changed: counted again a moment later, once for many
 * changes. */
static void
qs_dashboard_view_changed (QsView *view, QsChangeSet *changes)
{
  static const char *tables[] = {
    "requests", "request_events", "feedback",   "charters",         "commitments",
    "actions",  "survey_answers", "indicators", "indicator_values",
  };
  QsDashboardView *self = QS_DASHBOARD_VIEW (view);
  gboolean         counted = FALSE;

  if (self->store == NULL || !self->loaded)
    return;
  if (qs_change_set_has_table (changes, "departments") ||
      qs_change_set_has_table (changes, "clients"))
    {
      load_providers (self);
      counted = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    counted = counted || qs_change_set_has_table (changes, tables[i]);
  if (counted && self->reload_id == 0)
    self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

static void
qs_dashboard_view_context_set (QsView *view, QsContext *context)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (view);
  QsStore         *store = context != NULL ? qs_context_get_store (context) : NULL;

  if (self->store == store)
    return;
  g_set_object (&self->store, store);
  self->loaded = FALSE;
  g_clear_pointer (&self->data, qs_dashboard_data_free);
  g_clear_pointer (&self->shown_ref, g_free);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      load_providers (self);
      reload (self);
    }
}

static void
qs_dashboard_view_dispose (GObject *object)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_DASHBOARD_VIEW);
  g_clear_pointer (&self->data, qs_dashboard_data_free);
  g_clear_pointer (&self->providers, g_ptr_array_unref);
  g_clear_pointer (&self->shown_ref, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qs_dashboard_view_parent_class)->dispose (object);
}

static void
qs_dashboard_view_class_init (QsDashboardViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  QsViewClass    *view_class = QS_VIEW_CLASS (klass);

  object_class->dispose = qs_dashboard_view_dispose;
  widget_class->map = qs_dashboard_view_map;
  view_class->context_set = qs_dashboard_view_context_set;
  view_class->changed = qs_dashboard_view_changed;
  qs_view_class_set_page (view_class, "dashboard", N_ ("Dashboard"),
                          "x-office-presentation-symbolic", "dashboard");

  g_type_ensure (QS_TYPE_TREND_CHART);
  qs_view_ensure_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/dashboard/qs-dashboard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, provider_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, shown_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, export_button);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, overview_stack);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, error_page);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, content_box);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, back_button);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, detail_summary);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, table_toggle);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, indicator_button);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, chart);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, table_list);
  gtk_widget_class_bind_template_child (widget_class, QsDashboardView, requests_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_shown_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dashboardview");

  gtk_widget_class_install_action (widget_class, "dashboard.reload", NULL, reload_activated_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.show-series", "u",
                                   show_series_activated_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.show-list", NULL,
                                   show_list_activated_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.open-requests", "(ssu)",
                                   open_requests_activated_cb);
  qs_dashboard_view_install_export_actions (widget_class);
  qs_dashboard_view_install_indicator_actions (widget_class);
}

static void
qs_dashboard_view_init (QsDashboardView *self)
{
  GtkStringList *choices = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < QS_DASHBOARD_N_PERIODS; i++)
    gtk_string_list_append (choices, _ (qs_dashboard_periods[i].label));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (choices));
  /* Months, the period charters promise over. */
  gtk_drop_down_set_selected (self->period_dropdown, 1);
  self->syncing = FALSE;
  g_object_unref (choices);
  qs_drop_down_ellipsize (self->provider_dropdown);
  qs_dashboard_view_update_actions (self);
}

const QsDashboardData *
qs_dashboard_view_get_data (QsDashboardView *self)
{
  g_return_val_if_fail (QS_IS_DASHBOARD_VIEW (self), NULL);

  return self->data;
}

const QsIndicatorSeries *
qs_dashboard_view_get_shown (QsDashboardView *self)
{
  g_return_val_if_fail (QS_IS_DASHBOARD_VIEW (self), NULL);

  return qs_dashboard_view_find_series (self, self->shown_ref, NULL);
}
