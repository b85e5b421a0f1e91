/* test-requests-view.c — the Requests view, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window on a temporary database with five requests whose deadlines are
 * set around the present instant:
 *
 *   ref            subject                              received  due     state
 *   REQ-2026-00001 Printer out of toner                 -20 d     -10 d   overdue
 *   REQ-2026-00002 Broken chair in the meeting room     -5 d      +30 d   on track (Carol's)
 *   REQ-2026-00003 Payroll slip missing                 -30 d     -25 d   closed, confidential
 *   REQ-2026-00004 Printer jams on every page           -1 d      +60 d   on track
 *   REQ-2026-00005 Late reimbursement of travel costs   -40 d     +1 d    at risk (Carol's)
 *
 * Newest recorded first, the list reads 5, 4, 3, 2, 1.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "qs-entities.h"
#include "qs-preferences-window.h"
#include "qs-repository.h"
#include "qs-window.h"
#include "requests/qs-new-request-dialog.h"
#include "qs-steady-bin.h"
#include "requests/qs-request-page.h"
#include "requests/qs-request-page-private.h"
#include "requests/qs-requests-view.h"
#include "requests/qs-requests-view-private.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"

#define DAY (G_GINT64_CONSTANT (24) * 3600 * G_USEC_PER_SEC)

typedef struct
{
  char           *dir;
  QsStore        *store;
  QsWindow       *window;
  QsRequestsView *view;
  GSettings      *settings;
} Fixture;

static QsEntity *
add_person (QsStore *store, const char *given, const char *family, const char *email)
{
  QsClient *client = qs_client_new ();

  g_object_set (client, "given-name", given, "family-name", family, "email", email, NULL);
  qs_test_save (store, client);
  return QS_ENTITY (client);
}

static QsEntity *
add_department (QsStore *store, const char *ref, const char *name)
{
  QsDepartment *department = qs_department_new ();

  g_object_set (department, "ref", ref, "name", name, NULL);
  qs_test_save (store, department);
  return QS_ENTITY (department);
}

static void
add_request (QsStore        *store,
             const char     *ref,
             const char     *subject,
             QsRequestKind   kind,
             QsRequestStatus status,
             gint64          received,
             gint64          due,
             QsEntity       *department,
             QsEntity       *client,
             QsEntity       *assignee,
             gboolean        confidential)
{
  g_autoptr (QsRequest) request = qs_request_new ();
  QsEntity *e = QS_ENTITY (request);

  qs_entity_set_string (e, QS_REQUEST_FIELD_REF, ref);
  qs_entity_set_string (e, QS_REQUEST_FIELD_SUBJECT, subject);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_KIND, kind);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_STATUS, status);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_PRIORITY, QS_PRIORITY_NORMAL);
  qs_entity_set_int (e, QS_REQUEST_FIELD_RECEIVED_AT, received);
  qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT, due);
  qs_entity_set_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID, qs_entity_get_id (department));
  qs_entity_set_string (e, QS_REQUEST_FIELD_CLIENT_ID, qs_entity_get_id (client));
  qs_entity_set_string (e, QS_REQUEST_FIELD_ASSIGNEE_ID, qs_entity_get_id (assignee));
  qs_entity_set_boolean (e, QS_REQUEST_FIELD_CONFIDENTIAL, confidential);
  if (status == QS_REQUEST_STATUS_CLOSED)
    {
      qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLVED_AT, received + 2 * DAY);
      qs_entity_set_int (e, QS_REQUEST_FIELD_CLOSED_AT, received + 3 * DAY);
    }
  qs_test_save (store, request);
}

static void
reset_settings (GSettings *settings)
{
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  g_autoptr (QsEntity) it = NULL;
  g_autoptr (QsEntity) finance = NULL;
  g_autoptr (QsEntity) alice = NULL;
  g_autoptr (QsEntity) bob = NULL;
  g_autoptr (QsEntity) carol = NULL;
  g_autofree char *path = NULL;
  gint64           now;

  fixture->settings = g_settings_new (APP_ID);
  reset_settings (fixture->settings);
  g_settings_set_int (fixture->settings, "window-width",
                      data != NULL ? GPOINTER_TO_INT (data) : 1280);
  g_settings_set_int (fixture->settings, "window-height", 720);
  g_settings_set_string (fixture->settings, "default-calendar", "STD");
  g_settings_set_boolean (fixture->settings, "request-notifications", FALSE);
  /* The test opens on another view, to see that the list waits. */
  g_settings_set_string (fixture->settings, "last-view", "charters");

  fixture->dir = qs_test_make_tmp_dir ("qs-requests-view-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  now = qs_store_now (fixture->store);

  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_REF, "STD");
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_NAME, "Standard hours");
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_TIMEZONE, "Europe/Paris");
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS,
                        "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"
                        "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;"
                        "fri=08:30-12:00,13:00-16:30");
  qs_test_save (fixture->store, calendar);
  it = add_department (fixture->store, "IT", "Information Technology");
  finance = add_department (fixture->store, "FIN", "Finance");
  alice = add_person (fixture->store, "Alice", "Martin", "alice.martin@example.org");
  bob = add_person (fixture->store, "Bob", "Tremblay", "bob.tremblay@example.org");
  carol = add_person (fixture->store, "Carol", "Smith", "carol.smith@example.org");

  add_request (fixture->store, "REQ-2026-00001", "Printer out of toner", QS_REQUEST_KIND_REQUEST,
               QS_REQUEST_STATUS_ACKNOWLEDGED, now - 20 * DAY, now - 10 * DAY, it, alice, bob,
               FALSE);
  add_request (fixture->store, "REQ-2026-00002", "Broken chair in the meeting room",
               QS_REQUEST_KIND_COMPLAINT, QS_REQUEST_STATUS_IN_ANALYSIS, now - 5 * DAY,
               now + 30 * DAY, it, bob, carol, FALSE);
  add_request (fixture->store, "REQ-2026-00003", "Payroll slip missing", QS_REQUEST_KIND_REQUEST,
               QS_REQUEST_STATUS_CLOSED, now - 30 * DAY, now - 25 * DAY, finance, alice, bob, TRUE);
  add_request (fixture->store, "REQ-2026-00004", "Printer jams on every page",
               QS_REQUEST_KIND_REQUEST, QS_REQUEST_STATUS_RECEIVED, now - 1 * DAY, now + 60 * DAY,
               it, carol, bob, FALSE);
  add_request (fixture->store, "REQ-2026-00005", "Late reimbursement of travel costs",
               QS_REQUEST_KIND_COMPLAINT, QS_REQUEST_STATUS_ACKNOWLEDGED, now - 40 * DAY,
               now + 1 * DAY, finance, bob, carol, FALSE);

  fixture->window = qs_ui_test_window_new (fixture->store);
  /* Escalation scans when a test asks, not while another one runs. */
  qs_escalation_scanner_stop (qs_window_get_escalation_scanner (fixture->window));
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  qs_ui_test_drain ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->settings);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static guint
n_requests (QsRequestsView *view)
{
  GListModel *requests = qs_requests_view_get_requests (view);

  return requests != NULL ? g_list_model_get_n_items (requests) : 0;
}

/* The subject of the request at @position, as listed. */
static const char *
subject_at (QsRequestsView *view, guint position)
{
  g_autoptr (QsEntity) request =
    g_list_model_get_item (qs_requests_view_get_requests (view), position);

  g_assert_nonnull (request);
  /* The entity is kept by the model's page cache. */
  return qs_entity_get_string (request, QS_REQUEST_FIELD_SUBJECT);
}

/* Shows the view and waits until its list is read. */
static QsRequestsView *
show_view (Fixture *fixture)
{
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "requests"));
  fixture->view =
    QS_REQUESTS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_REQUESTS_VIEW));
  g_assert_nonnull (fixture->view);
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_requests (fixture->view) != NULL);
  qs_ui_test_drain ();
  /* What opening the filter popover does. */
  g_assert_null (fixture->view->status_dropdown);
  qs_requests_view_ensure_filter_popover (fixture->view);
  g_assert_nonnull (fixture->view->status_dropdown);
  return fixture->view;
}

static void
type_search (QsRequestsView *view, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), text);
}

static void
test_lazy_list (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view;

  /* Opened on the Charters view: the Requests view is not even built. */
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "charters");
  g_assert_null (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_REQUESTS_VIEW));

  view = show_view (fixture);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_cmpuint (n_requests (view), ==, 5);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->list_stack), ==, "list");
  g_assert_cmpstr (gtk_label_get_label (view->count_label), ==, "5 requests");
  /* Newest recorded first. */
  g_assert_cmpstr (subject_at (view, 0), ==, "Late reimbursement of travel costs");
  g_assert_cmpstr (subject_at (view, 4), ==, "Printer out of toner");
}

/* The text cells of the list's rows under @root (GtkInscription, as a
 * list's cells are), mapped. */
static GPtrArray *
find_cells (GtkWidget *root)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  GPtrArray *cells = g_ptr_array_new ();

  qs_ui_test_find_all (root, GTK_TYPE_INSCRIPTION, all);
  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (all, i)) &&
        gtk_inscription_get_text (g_ptr_array_index (all, i)) != NULL)
      g_ptr_array_add (cells, g_ptr_array_index (all, i));
  return cells;
}

/* The cells of the table whose text starts with @prefix. */
static guint
count_cells (QsRequestsView *view, const char *prefix, const char *css_class)
{
  g_autoptr (GPtrArray) cells = find_cells (GTK_WIDGET (view->column_view));
  guint n = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);

      if (g_str_has_prefix (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), prefix) &&
          (css_class == NULL || gtk_widget_has_css_class (cell, css_class)))
        n++;
    }
  return n;
}

/* Cells saying @text in the list shown: the table, or beside a request
 * the two-line list. */
static guint
count_in_list (QsRequestsView *view, const char *text)
{
  g_autoptr (GPtrArray) cells = find_cells (adw_squeezer_get_visible_child (view->list_squeezer));
  guint n = 0;

  for (guint i = 0; i < cells->len; i++)
    if (strstr (gtk_inscription_get_text (g_ptr_array_index (cells, i)), text) != NULL)
      n++;
  return n;
}

static void
test_cells (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);

  /* Deadlines in business time, overdue in red, at risk in amber. */
  QS_UI_TEST_WAIT_UNTIL (count_cells (view, "REQ-2026-0000", NULL) == 5);
  g_assert_cmpuint (count_cells (view, "overdue by ", "error"), ==, 1);
  g_assert_cmpuint (count_cells (view, "due in ", "warning"), ==, 1);
  g_assert_cmpuint (count_cells (view, "due in ", NULL), ==, 3);
  g_assert_cmpuint (count_cells (view, "Met", NULL), ==, 1);
  /* Names, and no name for the confidential request. */
  g_assert_cmpuint (count_cells (view, "Confidential", NULL), ==, 1);
  g_assert_cmpuint (count_cells (view, "Alice Martin", NULL), ==, 1);
  g_assert_cmpuint (count_cells (view, "Information Technology", NULL), ==, 3);
  g_assert_cmpuint (count_cells (view, "Carol Smith", NULL), ==, 3);
}

static void
test_search (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  GtkWidget      *focus;

  /* Ctrl+F's action puts the keyboard in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.search", NULL));
  qs_ui_test_drain ();
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (view)));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (view->search_entry)));

  type_search (view, "printer");
  QS_UI_TEST_WAIT_UNTIL (n_requests (view) == 2);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer jams on every page");
  g_assert_cmpstr (subject_at (view, 1), ==, "Printer out of toner");
  g_assert_cmpstr (gtk_label_get_label (view->count_label), ==, "2 requests");

  /* Words are prefixes, all of them required. */
  type_search (view, "print ton");
  QS_UI_TEST_WAIT_UNTIL (n_requests (view) == 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer out of toner");

  type_search (view, "nothing like this");
  QS_UI_TEST_WAIT_UNTIL (n_requests (view) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->list_stack), ==, "no-results");

  type_search (view, "");
  QS_UI_TEST_WAIT_UNTIL (n_requests (view) == 5);
}

/* Counts the lists the view has shown since *seen; always TRUE. */
static gboolean
count_lists (QsRequestsView *view, GListModel **seen, guint *lists)
{
  GListModel *shown = qs_requests_view_get_requests (view);

  if (shown != *seen)
    {
      *seen = shown;
      (*lists)++;
    }
  return TRUE;
}

/* A frame longer than the frame clock's interval, as software rendering
 * draws it: the next one is due at once. */
static gboolean
slow_frame_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  guint *frames = data;

  (*frames)++;
  g_usleep (25 * 1000);
  return G_SOURCE_CONTINUE;
}

/* Keys typed before the frame that shows them make one search, read once
 * that frame is drawn, even while the window is drawn at every frame
 * (the entry's cursor blinks); a window that draws no frame searches
 * all the same. */
static void
test_search_after_echo (Fixture *fixture, gconstpointer data)
{
  static const char *const typed[] = { "p", "pr", "pri", "prin", "print" };
  QsRequestsView          *view = show_view (fixture);
  GListModel              *seen = qs_requests_view_get_requests (view);
  guint                    lists = 0;
  guint                    frames = 0;
  guint                    frames_typed;
  guint                    tick_id;

  tick_id =
    gtk_widget_add_tick_callback (GTK_WIDGET (fixture->window), slow_frame_cb, &frames, NULL);
  QS_UI_TEST_WAIT_UNTIL (frames > 2);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    type_search (view, typed[i]);
  QS_UI_TEST_WAIT_UNTIL (g_strcmp0 (qs_requests_view_get_filter (view)->search, "print") == 0);
  /* Nothing read yet: the entry shows the keys first. */
  g_assert_true (qs_requests_view_get_requests (view) == seen);
  g_assert_nonnull (view->echo_clock);
  frames_typed = frames;
  QS_UI_TEST_WAIT_UNTIL (count_lists (view, &seen, &lists) && n_requests (view) == 2);
  /* The echo's frame, then the list's. */
  g_assert_cmpuint (frames - frames_typed, <=, 3);
  gtk_widget_remove_tick_callback (GTK_WIDGET (fixture->window), tick_id);
  qs_ui_test_drain ();
  count_lists (view, &seen, &lists);
  g_assert_cmpuint (lists, ==, 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer jams on every page");

  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  type_search (view, "toner");
  QS_UI_TEST_WAIT_UNTIL (g_strcmp0 (qs_requests_view_get_filter (view)->search, "toner") == 0);
  g_assert_null (view->echo_clock);
  QS_UI_TEST_WAIT_UNTIL (n_requests (view) == 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer out of toner");
}

static void
test_filters (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);

  /* The deadline drop-down: overdue, then at risk. */
  gtk_drop_down_set_selected (view->due_dropdown, 1);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer out of toner");
  gtk_drop_down_set_selected (view->due_dropdown, 2);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Late reimbursement of travel costs");

  /* Complaints only, whatever their deadline. */
  gtk_drop_down_set_selected (view->due_dropdown, 0);
  gtk_drop_down_set_selected (view->kind_dropdown, 1 + QS_REQUEST_KIND_COMPLAINT);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 2);

  /* The open ones, then the confidential ones. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.clear-filter", NULL));
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 5);
  gtk_drop_down_set_selected (view->status_dropdown, 1);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 4);
  gtk_drop_down_set_selected (view->status_dropdown, 0);
  gtk_drop_down_set_selected (view->confidential_dropdown, 1);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Payroll slip missing");

  /* "Assigned to me" needs to know who "me" is. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.clear-filter", NULL));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (view->mine_check)));
  /* Greyed, it says why. */
  g_assert_cmpstr (
    gtk_widget_get_tooltip_text (GTK_WIDGET (view->mine_check)), ==,
    "Pick yourself in the directory, in Preferences, to see the requests assigned to you.");
  g_settings_set_string (fixture->settings, "user-email", "carol.smith@example.org");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (view->mine_check)));
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (view->mine_check)));
  gtk_check_button_set_active (view->mine_check, TRUE);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 2);

  /* The built-in "My Open Complaints": Carol's two are both open complaints. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.clear-filter", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.apply-filter", "s",
                                             "builtin:my-open-complaints"));
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 2);
  /* Soonest deadline first. */
  g_assert_cmpstr (subject_at (view, 0), ==, "Late reimbursement of travel costs");
  g_assert_true (gtk_check_button_get_active (view->mine_check));
}

static GtkColumnViewColumn *
column_titled (QsRequestsView *view, const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (view->column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

static void
test_sort (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);

  /* What a click on the Subject header does: ascending, then descending. */
  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_ASCENDING);
  qs_ui_test_drain ();
  g_assert_cmpint (qs_requests_view_get_filter (view)->sort, ==, QS_REQUEST_SORT_SUBJECT);
  g_assert_false (qs_requests_view_get_filter (view)->descending);
  g_assert_cmpstr (subject_at (view, 0), ==, "Broken chair in the meeting room");
  g_assert_cmpstr (subject_at (view, 1), ==, "Late reimbursement of travel costs");
  g_assert_cmpstr (subject_at (view, 2), ==, "Payroll slip missing");
  g_assert_cmpstr (subject_at (view, 3), ==, "Printer jams on every page");
  g_assert_cmpstr (subject_at (view, 4), ==, "Printer out of toner");

  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_DESCENDING);
  qs_ui_test_drain ();
  g_assert_true (qs_requests_view_get_filter (view)->descending);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer out of toner");
  g_assert_cmpstr (subject_at (view, 4), ==, "Broken chair in the meeting room");

  /* By deadline: what is still to do by urgency, the one past due first;
   * the closed one after them all, though its deadline is the earliest. */
  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Deadline"),
                                  GTK_SORT_ASCENDING);
  qs_ui_test_drain ();
  g_assert_cmpint (qs_requests_view_get_filter (view)->sort, ==, QS_REQUEST_SORT_DUE);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer out of toner");
  g_assert_cmpstr (subject_at (view, 1), ==, "Late reimbursement of travel costs");
  g_assert_cmpstr (subject_at (view, 3), ==, "Printer jams on every page");
  g_assert_cmpstr (subject_at (view, 4), ==, "Payroll slip missing");

  /* Reversed, the latest deadline first; what is done stays last. */
  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Deadline"),
                                  GTK_SORT_DESCENDING);
  qs_ui_test_drain ();
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer jams on every page");
  g_assert_cmpstr (subject_at (view, 3), ==, "Printer out of toner");
  g_assert_cmpstr (subject_at (view, 4), ==, "Payroll slip missing");
}

static void set_subject_elsewhere (Fixture *fixture, const char *ref, const char *subject);

/* The subjects the table's rows show, top to bottom, joined by "|". */
static char *
subjects_on_screen (QsRequestsView *view)
{
  static const char *const subjects[] = {
    "Broken chair in the meeting room",
    "Late reimbursement of travel costs",
    "Payroll slip missing",
    "Printer jams on every page",
    "Printer out of toner",
  };
  g_autoptr (GPtrArray) cells = find_cells (GTK_WIDGET (view->column_view));
  g_autoptr (GString) shown = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    {
      const char *text = gtk_inscription_get_text (g_ptr_array_index (cells, i));

      if (g_strv_contains (subjects, text))
        g_string_append_printf (shown, "%s%s", shown->len > 0 ? "|" : "", text);
    }
  return g_string_free (g_steal_pointer (&shown), FALSE);
}

/* A new order is shown by the rows already on screen, bound again, not by
 * new ones (GTK 4.8 would build every row anew, most of a sort's time
 * on a million requests): the subjects read top to bottom follow the
 * sort, in the same cells. The rows follow a search that finds fewer,
 * and a change made to a request after that. */
static void
test_sort_keeps_rows (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  g_autoptr (GPtrArray) before = find_cells (GTK_WIDGET (view->column_view));
  g_autoptr (GPtrArray) after = NULL;
  g_autofree char *shown = NULL;
  g_autoptr (QsEntity) chair = NULL;

  g_assert_cmpuint (before->len, >, 0);
  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_ASCENDING);
  qs_ui_test_drain ();
  shown = subjects_on_screen (view);
  g_assert_cmpstr (shown, ==,
                   "Broken chair in the meeting room|Late reimbursement of travel costs|"
                   "Payroll slip missing|Printer jams on every page|Printer out of toner");
  after = find_cells (GTK_WIDGET (view->column_view));
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    g_assert_true (g_ptr_array_find (before, after->pdata[i], NULL));

  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_DESCENDING);
  qs_ui_test_drain ();
  g_free (shown);
  shown = subjects_on_screen (view);
  g_assert_cmpstr (shown, ==,
                   "Printer out of toner|Printer jams on every page|Payroll slip missing|"
                   "Late reimbursement of travel costs|Broken chair in the meeting room");

  type_search (view, "chair");
  QS_UI_TEST_WAIT_UNTIL (n_requests (view) == 1);
  qs_ui_test_drain ();
  g_free (shown);
  shown = subjects_on_screen (view);
  g_assert_cmpstr (shown, ==, "Broken chair in the meeting room");

  /* Renamed elsewhere: the row shows it. */
  chair = g_list_model_get_item (qs_requests_view_get_requests (view), 0);
  set_subject_elsewhere (fixture, qs_entity_get_string (chair, QS_REQUEST_FIELD_REF),
                         "Broken chair in the boardroom");
  QS_UI_TEST_WAIT_UNTIL (count_cells (view, "Broken chair in the boardroom", NULL) == 1);
  g_assert_cmpuint (count_cells (view, "Broken chair in the boardroom", NULL), ==, 1);
  g_assert_cmpuint (count_cells (view, "Broken chair in the meeting room", NULL), ==, 0);
}

/* A sort SQLite is slow to begin is read in a worker thread: the list
 * shown stays, beside a spinner, until the sorted one comes. */
static void
test_sort_in_thread (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);

  view->quick_read_ms = 0;
  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_ASCENDING);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->list_spinner)));
  g_assert_true (gtk_spinner_get_spinning (view->list_spinner));
  g_assert_cmpstr (subject_at (view, 0), ==, "Late reimbursement of travel costs");
  QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_visible (GTK_WIDGET (view->list_spinner)));
  g_assert_false (gtk_spinner_get_spinning (view->list_spinner));
  g_assert_cmpuint (n_requests (view), ==, 5);
  g_assert_cmpstr (subject_at (view, 0), ==, "Broken chair in the meeting room");
  g_assert_cmpstr (subject_at (view, 4), ==, "Printer out of toner");
  g_assert_cmpstr (gtk_label_get_label (view->count_label), ==, "5 requests");

  /* A newer sort while one is read: the newer one is what shows. */
  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_DESCENDING);
  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_ASCENDING);
  QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_visible (GTK_WIDGET (view->list_spinner)));
  qs_ui_test_drain ();
  g_assert_cmpstr (subject_at (view, 0), ==, "Broken chair in the meeting room");
}

static void
test_saved_filter (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  g_autoptr (GVariant) saved = NULL;
  const char *name = NULL;
  const char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.apply-filter", "s",
                                             "builtin:overdue"));
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 1);
  /* The popover shows the filter applied. */
  g_assert_cmpuint (gtk_drop_down_get_selected (view->due_dropdown), ==, 1);
  type_search (view, "toner");
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_filter (view)->search != NULL);
  g_assert_true (qs_requests_view_save_filter (view, "Toner late"));

  saved = g_settings_get_value (fixture->settings, "request-filters");
  g_assert_cmpuint (g_variant_n_children (saved), ==, 1);
  g_variant_get_child (saved, 0, "(&s&s)", &name, &text);
  g_assert_cmpstr (name, ==, "Toner late");
  g_assert_nonnull (strstr (text, "toner"));
  /* The menu lists it after the four built-in filters. */
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (view->saved_section)), ==, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.clear-filter", NULL));
  QS_UI_TEST_WAIT_UNTIL (n_requests (view) == 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->search_entry)), ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.apply-filter", "s",
                                             "saved:Toner late"));
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer out of toner");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->search_entry)), ==, "toner");

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (view), "requests.delete-filter", "s", "Toner late"));
  g_clear_pointer (&saved, g_variant_unref);
  saved = g_settings_get_value (fixture->settings, "request-filters");
  g_assert_cmpuint (g_variant_n_children (saved), ==, 0);
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (view->saved_section)), ==, 4);
}

static guint
count_badges (QsRequestsView *view)
{
  g_autoptr (GPtrArray) images = g_ptr_array_new ();
  guint n = 0;

  qs_ui_test_find_all (GTK_WIDGET (view->column_view), GTK_TYPE_IMAGE, images);
  for (guint i = 0; i < images->len; i++)
    {
      GtkWidget *image = g_ptr_array_index (images, i);

      /* Shown for an escalated request only; its tooltip is made when
       * the pointer rests on it. */
      if (gtk_widget_get_mapped (image) &&
          gtk_image_get_storage_type (GTK_IMAGE (image)) == GTK_IMAGE_ICON_NAME &&
          gtk_widget_get_has_tooltip (image))
        n++;
    }
  return n;
}

static guint
count_escalated (Fixture *fixture)
{
  g_autoptr (GPtrArray) escalated = NULL;
  g_autoptr (GError) error = NULL;

  escalated = qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                      "escalation_level > 0", NULL, NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  return escalated->len;
}

static void
test_escalation (Fixture *fixture, gconstpointer data)
{
  QsEscalationScanner *scanner = qs_window_get_escalation_scanner (fixture->window);
  QsRequestsView      *view;
  g_autoptr (GPtrArray) escalated = NULL;
  g_autoptr (GError) error = NULL;

  /* The window scans a moment after it opens, on the Charters view: the
   * overdue request goes up, ten days late is more than a business day,
   * so to the manager... */
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "charters");
  qs_escalation_scanner_start (scanner, 0);
  QS_UI_TEST_WAIT_UNTIL (count_escalated (fixture) == 1);
  escalated = qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                      "escalation_level > 0", NULL, NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (escalated->len, ==, 1);
  g_assert_cmpstr (qs_entity_get_string (g_ptr_array_index (escalated, 0), QS_REQUEST_FIELD_REF),
                   ==, "REQ-2026-00001");
  g_assert_cmpint (
    qs_entity_get_int (g_ptr_array_index (escalated, 0), QS_REQUEST_FIELD_ESCALATION_LEVEL), ==, 2);

  /* ...and the list shows its badge. */
  view = show_view (fixture);
  QS_UI_TEST_WAIT_UNTIL (count_badges (view) == 1);

  /* Another scan finds nothing new. */
  g_assert_cmpint (qs_escalation_scanner_scan_now (scanner, qs_store_now (fixture->store), &error),
                   ==, 0);
  g_assert_no_error (error);
  /* Two days later the at-risk request is overdue too. */
  g_assert_cmpint (
    qs_escalation_scanner_scan_now (scanner, qs_store_now (fixture->store) + 2 * DAY, &error), ==,
    1);
  g_assert_no_error (error);
  qs_ui_test_drain ();
  QS_UI_TEST_WAIT_UNTIL (count_badges (view) == 2);
}

static char *
export_to (Fixture *fixture, gboolean ics, gint64 *n)
{
  g_autofree char *path =
    g_build_filename (fixture->dir, ics ? "deadlines.ics" : "requests.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  *n = qs_requests_view_export (fixture->view, file, ics, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  QsRequestsView  *view = show_view (fixture);
  g_autofree char *csv = NULL;
  g_autofree char *ics = NULL;
  g_auto (GStrv) lines = NULL;
  gint64 n = 0;

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (view)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.apply-filter", "s",
                                             "builtin:overdue"));
  /* What is listed is what is exported: the header and one row. */
  csv = export_to (fixture, FALSE, &n);
  g_assert_cmpint (n, ==, 1);
  /* For a spreadsheet, in the interface's language (English here). */
  g_assert_true (g_str_has_prefix (
    csv, "\xEF\xBB\xBFReference,Kind,Channel,Subject,Client,Department,Status,Received,"));
  lines = g_strsplit (g_strchomp (csv), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[1], "REQ-2026-00001,Request,"));

  /* Everything: five rows, the confidential client left out. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.clear-filter", NULL));
  g_clear_pointer (&csv, g_free);
  g_clear_pointer (&lines, g_strfreev);
  csv = export_to (fixture, FALSE, &n);
  g_assert_cmpint (n, ==, 5);
  lines = g_strsplit (g_strchomp (csv), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_null (strstr (lines[3], "Alice"));

  /* The open requests' deadlines as a calendar. */
  ics = export_to (fixture, TRUE, &n);
  g_assert_cmpint (n, >=, 4);
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ics, "REQ-2026-00004"));
  g_assert_null (strstr (ics, "REQ-2026-00003"));
}

static void
test_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsRequestsView *view = show_view (fixture);

  g_assert_true (
    qs_store_exec (fixture->store, "DELETE FROM request_events; DELETE FROM requests", &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.reload", NULL));
  qs_ui_test_drain ();
  g_assert_cmpuint (n_requests (view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->list_stack), ==, "empty");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (view)));
}

static void
test_new_request (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  QsRequestPage  *page;
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) it = NULL;
  g_autoptr (QsEntity) alice = NULL;
  GtkWidget *dialog;
  QsEntity  *created;
  gint64     now = qs_store_now (fixture->store);

  /* The request page is built the first time a request is shown. */
  g_assert_null (view->request_page);
  g_assert_false (gtk_widget_get_visible (view->detail_pane));

  /* Ctrl+N's action opens the dialog over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.new", NULL));
  QS_UI_TEST_WAIT_UNTIL ((dialog = qs_ui_test_find_toplevel (QS_TYPE_NEW_REQUEST_DIALOG, FALSE)) !=
                         NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture->window));

  /* What the dialog says once it has stored a request: the list shows it
   * and the request is opened beside it. */
  found = qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_DEPARTMENT),
                                  "ref = 'IT'", NULL, NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  it = g_object_ref (g_ptr_array_index (found, 0));
  g_clear_pointer (&found, g_ptr_array_unref);
  found = qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT),
                                  "email = 'alice.martin@example.org'", NULL, NULL,
                                  QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  alice = g_object_ref (g_ptr_array_index (found, 0));
  add_request (fixture->store, "REQ-2026-00006", "Projector in room 4 flickers",
               QS_REQUEST_KIND_REQUEST, QS_REQUEST_STATUS_RECEIVED, now, now + 5 * DAY, it, alice,
               alice, FALSE);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                  "ref = 'REQ-2026-00006'", NULL, NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  created = g_ptr_array_index (found, 0);
  g_signal_emit_by_name (dialog, "created", created);
  qs_ui_test_drain ();

  g_assert_cmpuint (n_requests (view), ==, 6);
  g_assert_cmpstr (subject_at (view, 0), ==, "Projector in room 4 flickers");
  page = view->request_page;
  g_assert_nonnull (page);
  g_assert_nonnull (qs_request_page_get_request (page));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_request_page_get_request (page))), ==,
                   qs_entity_get_id (created));
  g_assert_true (gtk_widget_get_visible (view->detail_pane));
  g_assert_cmpuint (gtk_single_selection_get_selected (view->selection), ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  qs_ui_test_drain ();

  /* Closing the request leaves the list alone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "requests.close-request", NULL));
  g_assert_null (qs_request_page_get_request (page));
  g_assert_false (gtk_widget_get_visible (view->detail_pane));
}

static void
test_preferences (Fixture *fixture, gconstpointer data)
{
  QsPreferencesWindow *preferences = qs_preferences_window_new (fixture->store);
  g_autoptr (GPtrArray) spins = g_ptr_array_new ();
  GtkWidget *email;
  GtkWidget *toggle;

  gtk_window_present (GTK_WINDOW (preferences));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (preferences)));

  /* The share is shown and typed as a percentage. */
  qs_ui_test_find_all (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (g_ptr_array_index (spins, 0)), ==, 75.0);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 90.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (fixture->settings, "at-risk-share"), 0.9,
                                  1e-9);

  /* The address is saved when applied, and only when it is one. */
  email = qs_ui_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (email), "carol.smith@");
  g_signal_emit_by_name (email, "apply");
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_cmpstr (g_settings_get_string (fixture->settings, "user-email"), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (email), " carol.smith@example.org ");
  g_assert_false (gtk_widget_has_css_class (email, "error"));
  g_signal_emit_by_name (email, "apply");
  g_assert_cmpstr (g_settings_get_string (fixture->settings, "user-email"), ==,
                   "carol.smith@example.org");
  /* The view knows who "me" is now. */
  toggle = qs_ui_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SWITCH);
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "request-notifications"));
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  g_assert_false (g_settings_get_boolean (fixture->settings, "request-notifications"));

  gtk_window_destroy (GTK_WINDOW (preferences));
  qs_ui_test_drain ();
}

static void
test_notification (Fixture *fixture, gconstpointer data)
{
  QsEscalationScanner *scanner = qs_window_get_escalation_scanner (fixture->window);
  g_autoptr (GPtrArray) escalated = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *two = NULL;
  g_autofree char *seven = NULL;

  /* Off by default in the fixture: never. */
  g_assert_false (qs_escalation_scanner_notification_due (
    scanner, qs_test_instant ("2026-11-24T10:00:00+01:00")));

  /* On: while the default calendar is open only. */
  g_settings_set_boolean (fixture->settings, "request-notifications", TRUE);
  g_assert_true (qs_escalation_scanner_notification_due (
    scanner, qs_test_instant ("2026-11-24T10:00:00+01:00")));
  g_assert_false (qs_escalation_scanner_notification_due (
    scanner, qs_test_instant ("2026-11-24T12:30:00+01:00")));
  g_assert_false (qs_escalation_scanner_notification_due (
    scanner, qs_test_instant ("2026-11-24T22:00:00+01:00")));
  g_assert_false (qs_escalation_scanner_notification_due (
    scanner, qs_test_instant ("2026-11-28T10:00:00+01:00")));

  /* The body names the requests, the first five and how many more. */
  for (guint i = 1; i <= 7; i++)
    {
      QsEntity        *request = qs_entity_new (QS_TYPE_REQUEST);
      g_autofree char *ref = g_strdup_printf ("REQ-2026-%05u", i);

      qs_entity_set_string (request, QS_REQUEST_FIELD_REF, ref);
      g_ptr_array_add (escalated, request);
      if (i == 2)
        two = qs_escalation_scanner_summary (escalated);
    }
  seven = qs_escalation_scanner_summary (escalated);
  g_assert_cmpstr (two, ==, "REQ-2026-00001, REQ-2026-00002");
  g_assert_cmpstr (seven, ==,
                   "REQ-2026-00001, REQ-2026-00002, REQ-2026-00003, REQ-2026-00004, "
                   "REQ-2026-00005 and 2 more");
}

typedef struct
{
  guint n;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed_cb (
  GListModel *model, guint position, guint removed, guint added, ItemsChanged *seen)
{
  seen->n++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

static guint
find_ref (GListModel *requests, const char *ref)
{
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr (QsEntity) request = g_list_model_get_item (requests, i);

      if (g_strcmp0 (qs_entity_get_string (request, QS_REQUEST_FIELD_REF), ref) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* Another program (the command line opens its own connection to the
 * same file) changes the request the user has selected: the window
 * notices when it looks (every two seconds, and when it is active again),
 * the row shows the new subject in place, the other rows stay the same
 * objects, the selection stays, and the page beside the list shows the
 * change. */
/* Another window, or another instance of the application on the same
 * file, gives the request @ref a new subject; then the window looks. */
static void
set_subject_elsewhere (Fixture *fixture, const char *ref, const char *subject)
{
  g_autofree char *path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  g_autoptr (QsStore) elsewhere = qs_test_open_store (path);
  g_autoptr (GPtrArray) found =
    qs_repository_find_all (qs_store_get_repository (elsewhere, QS_TYPE_REQUEST), "ref = ?",
                            g_variant_new ("(s)", ref), NULL, QS_QUERY_DEFAULT, NULL);

  g_assert_cmpuint (found->len, ==, 1);
  qs_entity_set_string (g_ptr_array_index (found, 0), QS_REQUEST_FIELD_SUBJECT, subject);
  qs_test_save (elsewhere, g_ptr_array_index (found, 0));
  /* What the window's timer does. */
  g_assert_true (qs_context_check_foreign_changes (qs_window_get_context (fixture->window)));
  qs_ui_test_drain ();
}

static void
test_changed_elsewhere (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  GListModel     *requests = qs_requests_view_get_requests (view);
  guint           position = find_ref (requests, "REQ-2026-00002");
  guint           other = position == 0 ? 1 : 0;
  g_autoptr (QsEntity) other_before = g_list_model_get_item (requests, other);
  g_autoptr (QsEntity) after = NULL;
  ItemsChanged seen = { 0 };
  QsRequest   *shown;

  gtk_single_selection_set_selected (view->selection, position);
  QS_UI_TEST_WAIT_UNTIL ((shown = qs_requests_view_get_shown (view)) != NULL);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (shown), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00002");
  qs_ui_test_drain ();
  /* Where things stand, as the application's first look notes it. */
  g_assert_false (qs_context_check_foreign_changes (qs_window_get_context (fixture->window)));
  g_signal_connect (requests, "items-changed", G_CALLBACK (on_items_changed_cb), &seen);

  set_subject_elsewhere (fixture, "REQ-2026-00002", "Broken chair replaced, please check");

  g_assert_cmpuint (seen.n, ==, 1);
  g_assert_cmpuint (seen.position, ==, position);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 1);
  after = g_list_model_get_item (requests, position);
  g_assert_cmpstr (qs_entity_get_string (after, QS_REQUEST_FIELD_SUBJECT), ==,
                   "Broken chair replaced, please check");
  g_assert_true (qs_requests_view_get_requests (view) == requests);
  {
    g_autoptr (QsEntity) other_after = g_list_model_get_item (requests, other);

    g_assert_true (other_after == other_before);
  }
  g_assert_cmpuint (gtk_single_selection_get_selected (view->selection), ==, position);
  shown = qs_requests_view_get_shown (view);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (shown), QS_REQUEST_FIELD_SUBJECT), ==,
                   "Broken chair replaced, please check");
  QS_UI_TEST_WAIT_UNTIL (count_in_list (view, "Broken chair replaced") == 1);
  /* Beside the request, the two-line list: no table with an empty strip. */
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (view->narrow_view),
                                         adw_squeezer_get_visible_child (view->list_squeezer)));
  g_signal_handlers_disconnect_by_func (requests, on_items_changed_cb, &seen);
}

static void
page_action (QsRequestsView *view, const char *action, const char *text)
{
  QsRequestPage *page =
    QS_REQUEST_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_REQUEST_PAGE));

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (page), action, text != NULL ? "s" : NULL, text));
  qs_ui_test_drain ();
}

/* What the title, the page and the list show of the request worked on. */
static void
assert_shown (QsRequestsView *view, QsRequestStatus status)
{
  QsRequest *shown = qs_requests_view_get_shown (view);
  QsEntity  *selected = QS_ENTITY (qs_requests_view_get_selected (view));

  g_assert_true (QS_IS_REQUEST (shown));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (shown), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00005");
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (shown), QS_REQUEST_FIELD_STATUS), ==, status);
  g_assert_cmpstr (gtk_label_get_label (view->detail_title), ==,
                   "REQ-2026-00005 — Late reimbursement of travel costs");
  g_assert_nonnull (selected);
  g_assert_cmpstr (qs_entity_get_string (selected, QS_REQUEST_FIELD_REF), ==, "REQ-2026-00005");
  g_assert_cmpint (qs_entity_get_enum (selected, QS_REQUEST_FIELD_STATUS), ==, status);
}

/* A coordinator works a complaint through from the list: every step,
 * the handling guide and a comment, sorting and filtering in between.
 * The page, its title and the selected row follow each change (they once
 * showed "(null) — (null)" after a step: a request freed under the page). */
static void
test_work_on_a_request (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  GListModel     *requests = qs_requests_view_get_requests (view);
  QsRequestPage  *page;
  int             list_width;

  gtk_single_selection_set_selected (view->selection, find_ref (requests, "REQ-2026-00005"));
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_shown (view) != NULL);
  qs_ui_test_drain ();
  assert_shown (view, QS_REQUEST_STATUS_ACKNOWLEDGED);
  page = QS_REQUEST_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_REQUEST_PAGE));
  list_width = gtk_widget_get_width (view->list_pane);

  page_action (view, "request.start-analysis", NULL);
  assert_shown (view, QS_REQUEST_STATUS_IN_ANALYSIS);
  /* The divider between the list and the page stays where it was, whatever
   * the page now shows (it jumped by a hundred pixels). */
  g_assert_cmpint (gtk_widget_get_width (view->list_pane), ==, list_width);

  /* A step of the handling guide, ticked as a click does. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (page->guide_checks[0]), TRUE);
  qs_ui_test_drain ();
  assert_shown (view, QS_REQUEST_STATUS_IN_ANALYSIS);

  gtk_column_view_sort_by_column (view->column_view, column_titled (view, "Subject"),
                                  GTK_SORT_DESCENDING);
  qs_ui_test_drain ();
  gtk_single_selection_set_selected (
    view->selection, find_ref (qs_requests_view_get_requests (view), "REQ-2026-00005"));
  qs_ui_test_drain ();
  page_action (view, "request.comment", "Called the client back about the missing receipt.");
  assert_shown (view, QS_REQUEST_STATUS_IN_ANALYSIS);

  page_action (view, "request.wait-on-client", NULL);
  assert_shown (view, QS_REQUEST_STATUS_WAITING_ON_CLIENT);
  type_search (view, "reimbursement");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (view)) == 1);
  gtk_single_selection_set_selected (view->selection, 0);
  qs_ui_test_drain ();
  page_action (view, "request.resume", NULL);
  assert_shown (view, QS_REQUEST_STATUS_IN_ANALYSIS);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (page->guide_checks[1]), TRUE);
  qs_ui_test_drain ();
  page_action (view, "request.resolve", "Reimbursed on the next payroll run.");
  assert_shown (view, QS_REQUEST_STATUS_RESOLVED);
  page_action (view, "request.inform-client", NULL);
  assert_shown (view, QS_REQUEST_STATUS_CLIENT_INFORMED);
  g_assert_cmpint (gtk_widget_get_width (view->list_pane), ==, list_width);

  type_search (view, "");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (view)) == 5);
  g_assert_cmpstr (
    qs_entity_get_string (QS_ENTITY (qs_requests_view_get_shown (view)), QS_REQUEST_FIELD_REF), ==,
    "REQ-2026-00005");
}

/* The request page's natural width follows what it shows; the bin that
 * holds it beside the list asks for the same width whatever it shows, so
 * that the divider does not move. */
static void
test_steady_divider (Fixture *fixture, gconstpointer data)
{
  GtkWidget *bin = g_object_ref_sink (qs_steady_bin_new ());
  GtkWidget *label = gtk_label_new ("Acknowledge");
  int        minimum, natural, first;

  qs_steady_bin_set_child (QS_STEADY_BIN (bin), label);
  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &first, NULL, NULL);
  g_assert_cmpint (first, ==, 480);
  gtk_label_set_label (GTK_LABEL (label), "Start Analysis · Wait on Client · Resolve · Reject");
  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, first);
  /* Hidden with its child, as the leaflet's page must be. */
  gtk_widget_set_visible (label, FALSE);
  g_assert_false (gtk_widget_get_visible (bin));
  g_object_unref (bin);
}

/* At 360 px the table's columns do not fit: two lines a request, its
 * reference and subject above its status and deadline, and a tap opens
 * it. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  g_autoptr (GPtrArray) cells = NULL;
  gboolean titled = FALSE, counted = FALSE;

  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (view->narrow_view)));
  g_assert_true (
    adw_squeezer_get_visible_child (view->list_squeezer) ==
    gtk_widget_get_ancestor (GTK_WIDGET (view->narrow_view), GTK_TYPE_SCROLLED_WINDOW));
  /* The table hidden binds no rows: only the list shown has the model. */
  QS_UI_TEST_WAIT_UNTIL (gtk_list_view_get_model (view->narrow_view) != NULL);
  g_assert_null (gtk_column_view_get_model (view->column_view));

  cells = find_cells (GTK_WIDGET (view->narrow_view));
  for (guint i = 0; i < cells->len; i++)
    {
      const char *text = gtk_inscription_get_text (g_ptr_array_index (cells, i));

      titled = titled || g_strcmp0 (text, "REQ-2026-00001 · Printer out of toner") == 0;
      counted = counted || g_str_has_prefix (text, "overdue by ");
    }
  g_assert_true (titled);
  g_assert_true (counted);

  /* What a tap on a row does. */
  g_signal_emit_by_name (view->narrow_view, "activate",
                         find_ref (qs_requests_view_get_requests (view), "REQ-2026-00004"));
  qs_ui_test_drain ();
  g_assert_cmpstr (
    qs_entity_get_string (QS_ENTITY (qs_requests_view_get_shown (view)), QS_REQUEST_FIELD_REF), ==,
    "REQ-2026-00004");
}

/* The request open beside the list is its selected row: after going to
 * another view and back, and after a filter that hid it is cleared. */
static void
test_shown_is_selected (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  QsEntity       *selected;

  gtk_single_selection_set_selected (
    view->selection, find_ref (qs_requests_view_get_requests (view), "REQ-2026-00004"));
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_shown (view) != NULL);

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "charters"));
  qs_ui_test_drain ();
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "requests"));
  qs_ui_test_drain ();
  selected = QS_ENTITY (qs_requests_view_get_selected (view));
  g_assert_nonnull (selected);
  g_assert_cmpstr (qs_entity_get_string (selected, QS_REQUEST_FIELD_REF), ==, "REQ-2026-00004");

  type_search (view, "toner");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (view)) == 1);
  g_assert_null (qs_requests_view_get_selected (view));
  g_assert_cmpstr (
    qs_entity_get_string (QS_ENTITY (qs_requests_view_get_shown (view)), QS_REQUEST_FIELD_REF), ==,
    "REQ-2026-00004");
  type_search (view, "");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (view)) == 5);
  selected = QS_ENTITY (qs_requests_view_get_selected (view));
  g_assert_nonnull (selected);
  g_assert_cmpstr (qs_entity_get_string (selected, QS_REQUEST_FIELD_REF), ==, "REQ-2026-00004");
}

/* A worker thread reads the list, or reads it again. */
static gboolean
is_reading (QsRequestsView *view)
{
  GListModel *requests = qs_requests_view_get_requests (view);

  return requests != NULL && qs_query_list_model_is_reading (QS_QUERY_LIST_MODEL (requests));
}

/* A row chosen while the list is read again after a change stays chosen
 * when the list comes: the refresh puts back only a selection it took
 * away (it once took the user back to the request just worked on). */
static void
test_choice_outlives_refresh (Fixture *fixture, gconstpointer data)
{
  QsRequestsView *view = show_view (fixture);
  QsRequestPage  *page;

  /* Every refresh in a worker thread, as on a million requests. */
  view->quick_read_ms = 0;
  qs_requests_view_apply (view);
  QS_UI_TEST_WAIT_UNTIL (!is_reading (view));
  gtk_single_selection_set_selected (
    view->selection, find_ref (qs_requests_view_get_requests (view), "REQ-2026-00005"));
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_shown (view) != NULL);
  qs_ui_test_drain ();
  page = QS_REQUEST_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_REQUEST_PAGE));

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (page), "request.start-analysis", NULL, NULL));
  QS_UI_TEST_WAIT_UNTIL (is_reading (view));
  /* The next request, chosen before the list is read again. */
  gtk_single_selection_set_selected (
    view->selection, find_ref (qs_requests_view_get_requests (view), "REQ-2026-00004"));
  QS_UI_TEST_WAIT_UNTIL (!is_reading (view));
  qs_ui_test_drain ();

  g_assert_cmpstr (
    qs_entity_get_string (QS_ENTITY (qs_requests_view_get_selected (view)), QS_REQUEST_FIELD_REF),
    ==, "REQ-2026-00004");
  g_assert_cmpstr (
    qs_entity_get_string (QS_ENTITY (qs_requests_view_get_shown (view)), QS_REQUEST_FIELD_REF), ==,
    "REQ-2026-00004");
}

/* "Show" on the toast that says requests were escalated opens them, from
 * whichever view is shown: the open requests escalated at least once. */
static void
test_show_escalated (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) found =
    qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST), "ref = ?",
                            g_variant_new ("(s)", "REQ-2026-00001"), NULL, QS_QUERY_DEFAULT, NULL);
  QsRequestsView *view;

  g_assert_cmpuint (found->len, ==, 1);
  qs_entity_set_int (g_ptr_array_index (found, 0), QS_REQUEST_FIELD_ESCALATION_LEVEL, 1);
  qs_test_save (fixture->store, g_ptr_array_index (found, 0));
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "charters");

  /* What the toast's button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-in-view",
                                             "(sss)", "requests", "requests.apply-filter",
                                             "builtin:escalated"));
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "requests");
  view =
    QS_REQUESTS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_REQUESTS_VIEW));
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_requests (view) != NULL &&
                         qs_requests_view_get_filter (view)->escalated_only);
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (view)) == 1);
  g_assert_cmpstr (subject_at (view, 0), ==, "Printer out of toner");
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/requests-view/lazy-list", test_lazy_list);
  ADD ("/requests-view/cells", test_cells);
  ADD ("/requests-view/search", test_search);
  ADD ("/requests-view/search-after-echo", test_search_after_echo);
  ADD ("/requests-view/filters", test_filters);
  ADD ("/requests-view/sort", test_sort);
  ADD ("/requests-view/sort-keeps-rows", test_sort_keeps_rows);
  ADD ("/requests-view/sort-in-thread", test_sort_in_thread);
  ADD ("/requests-view/saved-filter", test_saved_filter);
  ADD ("/requests-view/escalation", test_escalation);
  ADD ("/requests-view/export", test_export);
  ADD ("/requests-view/empty", test_empty);
  ADD ("/requests-view/new-request", test_new_request);
  ADD ("/requests-view/preferences", test_preferences);
  ADD ("/requests-view/notification", test_notification);
  ADD ("/requests-view/changed-elsewhere", test_changed_elsewhere);
  ADD ("/requests-view/work-on-a-request", test_work_on_a_request);
  ADD ("/requests-view/steady-divider", test_steady_divider);
  ADD ("/requests-view/shown-is-selected", test_shown_is_selected);
  ADD ("/requests-view/choice-outlives-refresh", test_choice_outlives_refresh);
  ADD ("/requests-view/show-escalated", test_show_escalated);
  g_test_add ("/requests-view/narrow", Fixture, GINT_TO_POINTER (360), fixture_set_up, test_narrow,
              fixture_tear_down);

  return g_test_run ();
}
