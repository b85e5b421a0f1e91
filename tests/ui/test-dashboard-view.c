/* test-dashboard-view.c — the Dashboard view, driven as a department head would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the requests fixture: Human Resources provides services under a
 * published charter; the store's now is Monday 15 June 2026. Four
 * requests were received in May: three closed ones (one confidential)
 * and a complaint still open. The tiles show May, the last month over.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include <math.h>

#include "dashboard/qs-dashboard-view.h"
#include "dashboard/qs-indicator-dialog.h"
#include "qs-repository.h"
#include "qs-alert-desk.h"
#include "qs-indicator-desk.h"
#include "qs-indicator-figures.h"
#include "qs-request-desk.h"
#include "qs-trend-chart.h"
#include "requests/qs-requests-view.h"
#include "requests/qs-requests-view-private.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"
#include "../store/requests-fixture.h"

typedef struct
{
  QsRequestsFixture base;
  QsWindow         *window;
  QsDashboardView  *view;
} Fixture;

static void
add_complaint (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  QsNewRequest input = {
    .client_id = fixture->base.client_fr_id,
    .department_id = fixture->base.department_id,
    .channel = QS_CHANNEL_EMAIL,
    .kind = QS_REQUEST_KIND_COMPLAINT,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "Late payslip",
    .received_at = qs_requests_fixture_at ("2026-05-11T09:00:00-04:00"),
  };

  complaint =
    qs_request_desk_create (fixture->base.desk, &input, "Reception", input.received_at, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClock) clock =
    qs_clock_new_fixed (qs_requests_fixture_at ("2026-06-15T12:00:00-04:00"));
  g_autoptr (QsRequest) a = NULL;
  g_autoptr (QsRequest) b = NULL;
  g_autoptr (QsRequest) c = NULL;

  qs_requests_fixture_set_up (&fixture->base, data);
  qs_store_set_clock (fixture->base.store, clock);
  a = qs_requests_fixture_close_new (&fixture->base, fixture->base.client_fr_id, FALSE,
                                     "2026-05-06T10:00:00-04:00");
  b = qs_requests_fixture_close_new (&fixture->base, fixture->base.client_en_id, FALSE,
                                     "2026-05-07T10:00:00-04:00");
  c = qs_requests_fixture_close_new (&fixture->base, NULL, TRUE, "2026-05-08T10:00:00-04:00");
  add_complaint (fixture);

  fixture->window = qs_ui_test_window_new (fixture->base.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "dashboard"));
  fixture->view = QS_DASHBOARD_VIEW (
    qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_DASHBOARD_VIEW));
  g_assert_nonnull (fixture->view);
  /* Counted in a thread: the window waits for nothing. */
  QS_UI_TEST_WAIT_UNTIL (qs_dashboard_view_get_data (fixture->view) != NULL);
  qs_ui_test_drain ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  qs_requests_fixture_tear_down (&fixture->base, data);
}

/* The series of @ref, and its index; fails when there is none. */
static const QsIndicatorSeries *
find_series (Fixture *fixture, const char *ref, guint *index)
{
  const QsDashboardData *data = qs_dashboard_view_get_data (fixture->view);

  for (guint i = 0; i < data->series->len; i++)
    {
      const QsIndicatorSeries *series = g_ptr_array_index (data->series, i);

      if (g_str_equal (series->ref, ref))
        {
          *index = i;
          return series;
        }
    }
  g_error ("no series %s", ref);
  return NULL;
}

/* A mapped widget of @type whose label or title is @text. */
static gboolean
has_text (GtkWidget *widget, const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child, text))
      return TRUE;
  return FALSE;
}

static QsRequestsView *
requests_view (Fixture *fixture)
{
  QsRequestsView *view =
    QS_REQUESTS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_REQUESTS_VIEW));

  g_assert_nonnull (view);
  return view;
}

/* Requests, as the click left it: the list, loaded. */
static guint
listed_requests (Fixture *fixture)
{
  QsRequestsView *view;

  QS_UI_TEST_WAIT_UNTIL (g_strcmp0 (qs_window_get_view (fixture->window), "requests") == 0);
  view = requests_view (fixture);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (view)) &&
                         qs_requests_view_get_requests (view) != NULL);
  qs_ui_test_drain ();
  return g_list_model_get_n_items (qs_requests_view_get_requests (view));
}

static void
back_to_dashboard (Fixture *fixture)
{
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "dashboard"));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

/* Each tile's button opens Requests filtered to as many requests as the
 * tile counted, and says which figure they are behind. */
static void
test_click_through (Fixture *fixture, gconstpointer data)
{
  const char *refs[] = { "received", "complaints-received", "open", "resolved" };
  gint64      expected[] = { 4, 1, 1, 3 };

  /* May, the last month over, is shown. */
  g_assert_true (has_text (GTK_WIDGET (fixture->view),
                           "May 2026 is over: a figure below its target is missed."));
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      guint                    index;
      const QsIndicatorSeries *series = find_series (fixture, refs[i], &index);
      const QsIndicatorFigure *may = series->figures[10];
      GtkWidget               *button;
      g_autofree char         *label = NULL;

      g_assert_cmpint (qs_indicator_figure_get_n_requests (may), ==, expected[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view),
                                                 "dashboard.show-series", "u", index));
      g_assert_true (qs_dashboard_view_get_shown (fixture->view) == series);
      label = g_strdup_printf (expected[i] == 1 ? "Show the %d Request" : "Show the %d Requests",
                               (int) expected[i]);
      button = NULL;
      {
        g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

        qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_BUTTON, buttons);
        for (guint b = 0; b < buttons->len; b++)
          if (g_strcmp0 (gtk_button_get_label (buttons->pdata[b]), label) == 0)
            button = buttons->pdata[b];
      }
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_activate (button));
      g_assert_cmpuint (listed_requests (fixture), ==, expected[i]);
      g_assert_true (gtk_revealer_get_reveal_child (requests_view (fixture)->scope_revealer));
      g_assert_nonnull (
        strstr (gtk_label_get_text (requests_view (fixture)->scope_label), "May 2026"));
      /* Cleared, every request again. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (requests_view (fixture)),
                                                 "requests.clear-client", NULL));
      qs_ui_test_drain ();
      g_assert_cmpuint (listed_requests (fixture), ==, 4);
      back_to_dashboard (fixture);
    }
}

/* The complaints of May by category: one, opened from its row. */
static void
test_breakdown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  AdwActionRow *service = NULL;

  g_assert_true (has_text (GTK_WIDGET (fixture->view), "Complaints in May 2026"));
  qs_ui_test_find_all (GTK_WIDGET (fixture->view), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), "Employee") == 0)
      service = rows->pdata[i];
  g_assert_nonnull (service);
  adw_action_row_activate (service);
  g_assert_cmpuint (listed_requests (fixture), ==, 1);
}

/* The chart's table: a row a month, newest first, each opening its
 * requests; another period shown changes the tiles. */
static void
test_table_and_periods (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) toggles = g_ptr_array_new ();
  GtkListBox *table;
  guint       index;
  guint       n = 0;

  /* A share is a line; a count, bars. */
  find_series (fixture, "kept", &index);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.show-series", "u", index));
  g_assert_false (qs_trend_chart_get_bars (
    QS_TREND_CHART (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), QS_TYPE_TREND_CHART))));
  find_series (fixture, "received", &index);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.show-series", "u", index));
  g_assert_true (qs_trend_chart_get_bars (
    QS_TREND_CHART (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), QS_TYPE_TREND_CHART))));
  qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (toggles->pdata[i]), "Show as Table") == 0)
      gtk_toggle_button_set_active (toggles->pdata[i], TRUE);
  qs_ui_test_drain ();
  {
    g_autoptr (GPtrArray) boxes = g_ptr_array_new ();

    /* The table, named so in the view's template. */
    qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_BOX, boxes);
    table = NULL;
    for (guint i = 0; i < boxes->len; i++)
      if (g_strcmp0 (gtk_widget_get_name (boxes->pdata[i]), "dashboard-table") == 0)
        table = boxes->pdata[i];
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table)));
  }
  g_assert_nonnull (table);
  while (gtk_list_box_get_row_at_index (table, n) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpstr (
    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (table, 0))),
    ==, "June 2026");
  g_assert_true (has_text (GTK_WIDGET (table), "4"));
  /* May, the second row: its four requests. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (table, 1), "activate");
  g_assert_cmpuint (listed_requests (fixture), ==, 4);
  back_to_dashboard (fixture);

  /* June so far: nothing received, the complaint still open. */
  {
    g_autoptr (GPtrArray) drop_downs = g_ptr_array_new ();

    qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, drop_downs);
    g_assert_cmpuint (drop_downs->len, ==, 3);
    gtk_drop_down_set_selected (drop_downs->pdata[2], 0);
  }
  qs_ui_test_drain ();
  g_assert_true (has_text (GTK_WIDGET (fixture->view),
                           "June 2026 is not over: a figure below its target is at risk."));
  g_assert_true (
    has_text (GTK_WIDGET (fixture->view), "No complaint was received in this period."));
}

/* The figures as CSV, a row a figure and month; the dashboard as PDF. */
static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv_path = g_build_filename (fixture->base.dir, "indicators.csv", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->base.dir, "dashboard.pdf", NULL);
  g_autoptr (GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr (GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  const QsDashboardData *data_shown = qs_dashboard_view_get_data (fixture->view);
  guint                  expected = 1;
  gsize                  length;

  g_assert_true (qs_dashboard_view_export (fixture->view, csv, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &text, &length, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; i < data_shown->series->len; i++)
    {
      const QsIndicatorSeries *series = g_ptr_array_index (data_shown->series, i);

      for (guint p = 0; p < series->n_periods; p++)
        expected += series->figures[p] != NULL;
    }
  g_assert_cmpuint (g_strv_length (lines) - 1, ==, expected);
  g_assert_true (g_str_has_prefix (lines[0], "provider,indicator,measure"));
  g_assert_nonnull (strstr (text, "RH,received,received,,2026-05-01,2026-05-31,4,4,0,"));

  g_clear_pointer (&text, g_free);
  g_assert_true (qs_dashboard_view_export (fixture->view, pdf, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &text, &length, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_assert_cmpuint (length, >, 2000);
}

/* At 360 px the detail comes after the tiles, with a back button. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  AdwLeaflet *leaflet =
    ADW_LEAFLET (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), ADW_TYPE_LEAFLET));
  guint index;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "overview");
  find_series (fixture, "open", &index);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.show-series", "u", index));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_true (qs_view_is_on_subpage (QS_VIEW (fixture->view)));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.show-list", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "overview");
}

static QsIndicatorDialog *
open_indicator_dialog (Fixture *fixture)
{
  QsIndicatorDialog *dialog;

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.new-indicator", NULL));
  dialog = qs_ui_test_find_toplevel (QS_TYPE_INDICATOR_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  return dialog;
}

/* The series of a department's own indicator named @name, once counted
 * again after the change. */
static const QsIndicatorSeries *
wait_for_own (Fixture *fixture, const char *name, guint *index)
{
  const QsIndicatorSeries *found = NULL;

  QS_UI_TEST_WAIT_UNTIL ((found = NULL, ({
                            const QsDashboardData *d = qs_dashboard_view_get_data (fixture->view);

                            for (guint i = 0; d != NULL && i < d->series->len; i++)
                              {
                                const QsIndicatorSeries *s = g_ptr_array_index (d->series, i);

                                if (g_strcmp0 (s->subject, name) == 0 &&
                                    g_str_has_prefix (s->ref, "indicator:"))
                                  {
                                    found = s;
                                    *index = i;
                                  }
                              }
                          }),
                          found != NULL));
  return found;
}

static void
select_measure (QsIndicatorDialog *dialog, const char *label)
{
  AdwComboRow *row = qs_indicator_dialog_get_measure_row (dialog);
  GListModel  *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_error ("no measure %s", label);
}

/* A department's own indicator: complaints received by e-mail, with a
 * target; refused with a target that is no number; then its tile and
 * the requests behind it. */
static void
test_own_indicator (Fixture *fixture, gconstpointer data)
{
  QsIndicatorDialog       *dialog = open_indicator_dialog (fixture);
  const QsIndicatorSeries *series;
  g_autoptr (GError) error = NULL;
  guint index;

  gtk_editable_set_text (GTK_EDITABLE (qs_indicator_dialog_get_name_row (dialog, QS_LANGUAGE_EN)),
                         "E-mail complaints");
  select_measure (dialog, "Complaints received");
  adw_combo_row_set_selected (qs_indicator_dialog_get_channel_row (dialog), QS_CHANNEL_EMAIL + 1);
  gtk_editable_set_text (GTK_EDITABLE (qs_indicator_dialog_get_target_row (dialog)), "one");
  g_assert_false (qs_indicator_dialog_save (dialog));
  g_assert_nonnull (strstr (qs_indicator_dialog_get_reason (dialog), "number"));
  g_assert_cmpint (
    qs_repository_count (qs_store_get_repository (fixture->base.store, QS_TYPE_INDICATOR), NULL,
                         NULL, QS_QUERY_DEFAULT, &error),
    ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (qs_indicator_dialog_get_target_row (dialog)), "0,5");
  g_assert_true (qs_indicator_dialog_save (dialog));
  qs_ui_test_drain ();

  series = wait_for_own (fixture, "E-mail complaints", &index);
  g_assert_cmpfloat (series->figures[10]->value, ==, 1);
  g_assert_cmpfloat (series->figures[10]->target, ==, 0.5);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.show-series", "u", index));
  {
    g_autofree char *ref = qs_indicator_figure_requests_ref (series->figures[10]);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view),
                                               "dashboard.open-requests", "(ssu)", ref,
                                               "E-mail complaints", 10));
  }
  g_assert_cmpuint (listed_requests (fixture), ==, 1);
}

/* May's figure of the commitment to resolve within 5 business days. */
static const QsIndicatorFigure *
resolution_figure (Fixture *fixture)
{
  g_autofree char *ref = g_strconcat ("compliance:", fixture->base.resolution_commitment_id, NULL);
  const QsDashboardData *data = qs_dashboard_view_get_data (fixture->view);

  for (guint i = 0; data != NULL && i < data->series->len; i++)
    {
      const QsIndicatorSeries *series = g_ptr_array_index (data->series, i);

      if (g_str_equal (series->ref, ref))
        return series->figures[10];
    }
  return NULL;
}

/* A value typed in by hand, "92,5" %, for May; and the fewest requests
 * to judge, set to 2, judges May's figures. */
static void
test_manual_and_min_count (Fixture *fixture, gconstpointer data)
{
  QsIndicatorDialog       *dialog = open_indicator_dialog (fixture);
  const QsIndicatorSeries *series;
  AdwMessageDialog        *question;
  guint                    index;

  gtk_editable_set_text (GTK_EDITABLE (qs_indicator_dialog_get_name_row (dialog, QS_LANGUAGE_EN)),
                         "Calls answered");
  select_measure (dialog, "Typed in by hand");
  g_assert_true (qs_indicator_dialog_save (dialog));
  series = wait_for_own (fixture, "Calls answered", &index);
  g_assert_true (isnan (series->figures[10]->value));
  /* Its tile says that nobody typed May's value in, not that there were
   * too few requests. */
  qs_ui_test_drain ();
  g_assert_true (has_text (GTK_WIDGET (fixture->view), "No value typed in"));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.show-series", "u", index));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.enter-value", "u", 10));
  question = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_assert_nonnull (question);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (question)), "92,5");
  adw_message_dialog_response (question, "save");
  /* A click on the button closes it too. */
  gtk_window_destroy (GTK_WINDOW (question));
  QS_UI_TEST_WAIT_UNTIL ((series = wait_for_own (fixture, "Calls answered", &index),
                          !isnan (series->figures[10]->value)));
  g_assert_cmpfloat (series->figures[10]->value, ==, 92.5);

  /* The resolution commitment in May: four requests, too few for 10. */
  g_assert_cmpint (resolution_figure (fixture)->denominator, ==, 4);
  g_assert_cmpint (resolution_figure (fixture)->status, ==, QS_INDICATOR_STATUS_NOT_ENOUGH_DATA);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.min-count", NULL));
  question = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_assert_nonnull (question);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (adw_message_dialog_get_extra_child (question)), 2);
  adw_message_dialog_response (question, "save");
  g_assert_cmpint (
    qs_indicator_figures_min_count (fixture->base.store, fixture->base.department_id), ==, 2);
  /* Enough for 2: judged, once counted again. */
  QS_UI_TEST_WAIT_UNTIL (resolution_figure (fixture) != NULL &&
                         resolution_figure (fixture)->status !=
                           QS_INDICATOR_STATUS_NOT_ENOUGH_DATA);
}

/* May below target, once the department judges from two requests: an
 * alert, shown above the tiles, opening its complaint. */
static void
test_open_alert (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
  g_autoptr (GPtrArray) outcomes = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  AdwActionRow *alert_row = NULL;

  g_assert_true (
    qs_indicator_desk_set_min_count (fixture->base.store, fixture->base.department_id, 2, &error));
  outcomes = qs_alert_desk_scan (fixture->base.store, zone, QS_LANGUAGE_EN, "test", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outcomes->len, >, 0);
  QS_UI_TEST_WAIT_UNTIL (qs_dashboard_view_get_data (fixture->view) != NULL &&
                         qs_dashboard_view_get_data (fixture->view)->alerts->len == outcomes->len);
  qs_ui_test_drain ();
  g_assert_true (has_text (GTK_WIDGET (fixture->view), "Open Alerts"));
  qs_ui_test_find_all (GTK_WIDGET (fixture->view), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_action_row_get_subtitle (rows->pdata[i]), "Missed in May 2026") == 0)
      alert_row = rows->pdata[i];
  g_assert_nonnull (alert_row);
  adw_action_row_activate (alert_row);
  QS_UI_TEST_WAIT_UNTIL (g_strcmp0 (qs_window_get_view (fixture->window), "requests") == 0);
}

int
main (int argc, char **argv)
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func)                                                                            \
  g_test_add ("/dashboard-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("click-through", test_click_through);
  ADD ("breakdown", test_breakdown);
  ADD ("table-and-periods", test_table_and_periods);
  ADD ("export", test_export);
  ADD ("narrow", test_narrow);
  ADD ("own-indicator", test_own_indicator);
  ADD ("manual-and-min-count", test_manual_and_min_count);
  ADD ("open-alert", test_open_alert);
#undef ADD

  return g_test_run ();
}
