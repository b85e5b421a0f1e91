/* test-request-page.c — a request created, handled and closed as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the requests fixture (Human Resources, its Toronto calendar and its
 * charter: e-mails acknowledged within 24 business hours, every request
 * resolved within 5 business days), the tests fill the new request
 * dialog, then take a request through its whole lifecycle with the
 * page's actions, reading back what was stored after each step.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "qs-repository.h"
#include "qs-request-repository.h"
#include "requests/qs-new-request-dialog-private.h"
#include "requests/qs-request-page-private.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"
#include "../store/requests-fixture.h"

typedef struct
{
  QsRequestsFixture base;
  GtkWindow        *window;
  QsContext        *context;
  QsRequestPage    *page;
  GtkWidget        *probe; /* a button on request.close, to read its enabled state */
  guint             n_changed;
} Fixture;

static void
on_changed_cb (QsRequestPage *page, Fixture *fixture)
{
  fixture->n_changed++;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  qs_requests_fixture_set_up (&fixture->base, data);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 800);
  fixture->page = QS_REQUEST_PAGE (qs_request_page_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, overlay);
  fixture->context = qs_ui_test_context_new (fixture->base.store);
  g_object_set (fixture->page, "context", fixture->context, NULL);
  g_signal_connect (fixture->page, "changed", G_CALLBACK (on_changed_cb), fixture);

  fixture->probe = gtk_button_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (fixture->probe), "request.close");
  gtk_widget_set_visible (fixture->probe, FALSE);
  gtk_widget_set_parent (fixture->probe, GTK_WIDGET (fixture->page));

  gtk_window_present (fixture->window);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
close_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window) || QS_IS_NEW_REQUEST_DIALOG (window))
        gtk_window_destroy (window);
    }
  qs_ui_test_drain ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  close_dialogs ();
  gtk_widget_unparent (fixture->probe);
  gtk_window_destroy (fixture->window);
  qs_ui_test_drain ();
  g_clear_object (&fixture->context);
  qs_requests_fixture_tear_down (&fixture->base, data);
}

static QsRequest *
create_request (Fixture *fixture, QsRequestKind kind, gboolean confidential)
{
  QsNewRequest input = { 0 };
  g_autoptr (GError) error = NULL;
  QsRequest *request;

  input.client_id = fixture->base.client_fr_id;
  input.department_id = fixture->base.department_id;
  input.channel = QS_CHANNEL_EMAIL;
  input.kind = kind;
  input.problem =
    kind == QS_REQUEST_KIND_COMPLAINT ? QS_PROBLEM_UNFAIR_TREATMENT : QS_PROBLEM_SERVICE;
  input.priority = QS_PRIORITY_NORMAL;
  input.subject = "Payslip for October is missing";
  input.confidential = confidential;
  request = qs_request_desk_create (fixture->base.desk, &input, "Test",
                                    qs_store_now (fixture->base.store), &error);
  g_assert_no_error (error);
  g_assert_nonnull (request);
  return request;
}

/* The request as stored now, not as the page holds it. */
static QsEntity *
reload (Fixture *fixture, QsRequest *request)
{
  return QS_ENTITY (qs_requests_fixture_reload (&fixture->base, request));
}

static QsRequestStatus
stored_status (Fixture *fixture, QsRequest *request)
{
  g_autoptr (QsEntity) stored = reload (fixture, request);

  return qs_entity_get_enum (stored, QS_REQUEST_FIELD_STATUS);
}

/* The kinds of the stored events, oldest first: "created,status,…". */
static char *
event_kinds (Fixture *fixture, QsRequest *request)
{
  g_autoptr (GPtrArray) events = qs_requests_fixture_events (&fixture->base, request);
  g_autoptr (GString) kinds = g_string_new (NULL);
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_EVENT_KIND);

  for (guint i = 0; i < events->len; i++)
    {
      int kind = qs_entity_get_enum (g_ptr_array_index (events, i), QS_REQUEST_EVENT_FIELD_KIND);

      if (kinds->len > 0)
        g_string_append_c (kinds, ',');
      g_string_append (kinds, g_enum_get_value (klass, kind)->value_nick);
    }
  return g_string_free (g_steal_pointer (&kinds), FALSE);
}

/* The labels of the step buttons shown, in order, the suggested one
 * starred: "*Resolve…,Wait on Client". */
static char *
shown_actions (Fixture *fixture)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr (GString) labels = g_string_new (NULL);

  qs_ui_test_find_all (GTK_WIDGET (fixture->page->actions_box), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (labels->len > 0)
        g_string_append_c (labels, ',');
      if (gtk_widget_has_css_class (button, "suggested-action"))
        g_string_append_c (labels, '*');
      g_string_append (labels, gtk_button_get_label (GTK_BUTTON (button)));
    }
  return g_string_free (g_steal_pointer (&labels), FALSE);
}

static guint
n_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint       n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      n += ADW_IS_MESSAGE_DIALOG (window);
    }
  return n;
}

static void
activate (Fixture *fixture, const char *action, const char *text)
{
  if (text != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, "s", text));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  qs_ui_test_drain ();
}

static void
on_created_cb (QsNewRequestDialog *dialog, QsRequest *request, QsRequest **out)
{
  g_assert_null (*out);
  *out = g_object_ref (request);
}

static void
test_create_through_dialog (Fixture *fixture, gconstpointer data)
{
  QsNewRequestDialog *dialog =
    QS_NEW_REQUEST_DIALOG (qs_new_request_dialog_new (fixture->window, fixture->context));
  g_autoptr (QsRequest) created = NULL;
  g_autoptr (QsEntity) stored = NULL;
  const char    *promise;
  GtkListBoxRow *first;

  /* The dialog reads "now" from the store's clock, stopped by the
   * fixture on Wednesday 18 November at 10:00 in Toronto. */
  g_assert_cmpint (qs_store_now (fixture->base.store), ==,
                   qs_test_instant ("2026-11-18T10:00:00-05:00"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  qs_ui_test_drain ();
  g_signal_connect (dialog, "created", G_CALLBACK (on_created_cb), &created);

  /* Nothing typed yet: Create is off and says why. */
  g_assert_false (gtk_widget_get_sensitive (dialog->create_button));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog->reason_label), "subject"));

  /* Only Human Resources has a published charter: it is the one offered. */
  g_assert_cmpuint (dialog->departments->len, ==, 1);
  g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (dialog->departments, 0)), ==,
                   fixture->base.department_id);

  /* Typing searches the directory; Enter picks the first match. */
  gtk_editable_set_text (GTK_EDITABLE (dialog->client_row), "Tremb");
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->matches_list)));
  first = gtk_list_box_get_row_at_index (dialog->matches_list, 0);
  g_assert_nonnull (first);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Marie Tremblay");
  g_assert_null (gtk_list_box_get_row_at_index (dialog->matches_list, 1));
  /* A name typed but not picked keeps Create off. */
  g_assert_false (gtk_widget_get_sensitive (dialog->create_button));
  g_signal_emit_by_name (dialog->client_row, "entry-activated");
  qs_ui_test_drain ();
  g_assert_cmpstr (dialog->client_id, ==, fixture->base.client_fr_id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->client_row)), ==, "Marie Tremblay");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog->matches_list)));

  adw_combo_row_set_selected (dialog->channel_row, QS_CHANNEL_EMAIL - 1);
  adw_combo_row_set_selected (dialog->kind_row, QS_REQUEST_KIND_COMPLAINT);
  adw_combo_row_set_selected (dialog->problem_row, QS_PROBLEM_UNCLEAR_ROLES);
  adw_combo_row_set_selected (dialog->priority_row, QS_PRIORITY_HIGH);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog->description_view),
                            "Nobody knows who approves overtime.", -1);
  gtk_switch_set_active (dialog->confidential_switch, TRUE);

  /* The promise of the charter, before anything is saved. */
  promise = adw_action_row_get_subtitle (dialog->promise_row);
  g_assert_nonnull (strstr (promise, "Acknowledge by "));
  g_assert_nonnull (strstr (promise, " · Answer by "));

  gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "  Who approves overtime?  ");
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_sensitive (dialog->create_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-request.create", NULL));
  qs_ui_test_drain ();

  /* Created, announced, and the dialog closed. */
  g_assert_nonnull (created);
  g_assert_null (dialog);
  stored = reload (fixture, created);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_SUBJECT), ==,
                   "Who approves overtime?");
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_DESCRIPTION), ==,
                   "Nobody knows who approves overtime.");
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_CLIENT_ID), ==,
                   fixture->base.client_fr_id);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_DEPARTMENT_ID), ==,
                   fixture->base.department_id);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_CHANNEL), ==, QS_CHANNEL_EMAIL);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_KIND), ==,
                   QS_REQUEST_KIND_COMPLAINT);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_PROBLEM), ==,
                   QS_PROBLEM_UNCLEAR_ROLES);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_PRIORITY), ==, QS_PRIORITY_HIGH);
  g_assert_true (qs_entity_get_boolean (stored, QS_REQUEST_FIELD_CONFIDENTIAL));
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_RECEIVED);
  /* Received at the store's "now", Wednesday 18 November at 10:00 in
   * Toronto. By e-mail, acknowledged within 24 business hours: 5.5 that
   * Wednesday (10:00–12:00, 13:00–16:30), 7 on Thursday and 7 on Friday
   * make 19.5, then Monday 23 08:30–12:00 and 13:00–14:00. Resolved
   * within 5 business days of 7 h, 35 h: 19.5 to Friday, 7 on Monday
   * and 7 on Tuesday make 33.5, then Wednesday 25 08:30–10:00. */
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_RECEIVED_AT), ==,
                   qs_test_instant ("2026-11-18T10:00:00-05:00"));
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_ACK_DUE_AT), ==,
                   qs_test_instant ("2026-11-23T14:00:00-05:00"));
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-11-25T10:00:00-05:00"));
  g_assert_true (g_str_has_prefix (qs_entity_get_string (stored, QS_REQUEST_FIELD_REF), "REQ-"));

  /* The next dialog offers the same department first. */
  dialog = QS_NEW_REQUEST_DIALOG (qs_new_request_dialog_new (fixture->window, fixture->context));
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->department_row), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-request.cancel", NULL));
  qs_ui_test_drain ();
}

/* With several departments and nothing to go by, the dialog does not
 * guess one (the first of the list went unnoticed); the user's own is
 * offered once the user is known. An empty subject is marked at the
 * field once the user has left it. Runs first: the dialog remembers the
 * department chosen last for the life of the process. */
static void
test_dialog_department_and_subject (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) finance_charter = qs_charter_new ();
  g_autoptr (QsEntity) luc = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  QsNewRequestDialog *dialog;
  GtkEventController *leave = NULL;
  g_autoptr (GListModel) controllers = NULL;

  g_object_set (finance_charter, "ref", "CH-FIN", "version", (gint64) 1, "status",
                QS_CHARTER_STATUS_PUBLISHED, "department-id", fixture->base.client_department_id,
                "title-en", "Finance service charter", NULL);
  qs_requests_fixture_save (&fixture->base, finance_charter);
  g_settings_set_string (settings, "user-email", "");

  dialog = QS_NEW_REQUEST_DIALOG (qs_new_request_dialog_new (fixture->window, fixture->context));
  gtk_window_present (GTK_WINDOW (dialog));
  qs_ui_test_drain ();
  g_assert_cmpuint (dialog->departments->len, ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->department_row), ==,
                    GTK_INVALID_LIST_POSITION);
  gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "Heating in room 12");
  qs_ui_test_drain ();
  g_assert_false (gtk_widget_get_sensitive (dialog->create_button));
  g_assert_cmpstr (gtk_label_get_label (dialog->reason_label), ==,
                   "Choose the department that handles the request.");

  /* Left empty, the subject is marked; written, it is not. */
  gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog->subject_row), "error"));
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (dialog->subject_row));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && leave == NULL; i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
        leave = controller;
    }
  g_assert_nonnull (leave);
  g_signal_emit_by_name (leave, "leave");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog->subject_row), "error"));
  gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "Heating in room 12");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog->subject_row), "error"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  qs_ui_test_drain ();

  /* Luc Gagnon works in Human Resources: once he is the user, it is offered. */
  luc = qs_repository_find (qs_store_get_repository (fixture->base.store, QS_TYPE_CLIENT),
                            fixture->base.manager_id, NULL);
  g_assert_nonnull (luc);
  qs_entity_set_string (luc, QS_CLIENT_FIELD_EMAIL, "luc.gagnon@example.org");
  qs_requests_fixture_save (&fixture->base, luc);
  g_settings_set_string (settings, "user-email", "luc.gagnon@example.org");
  dialog = QS_NEW_REQUEST_DIALOG (qs_new_request_dialog_new (fixture->window, fixture->context));
  g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (
                     dialog->departments, adw_combo_row_get_selected (dialog->department_row))),
                   ==, fixture->base.department_id);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_set_string (settings, "user-email", "");
  qs_ui_test_drain ();
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }
  return NULL;
}

static void
test_dialog_keyboard_and_anonymous (Fixture *fixture, gconstpointer data)
{
  QsNewRequestDialog *dialog =
    QS_NEW_REQUEST_DIALOG (qs_new_request_dialog_new (fixture->window, fixture->context));
  g_autoptr (QsRequest) created = NULL;
  g_autoptr (QsEntity) stored = NULL;
  GtkEventController *keys;
  GtkListBoxRow      *first;
  gboolean            handled = FALSE;

  g_signal_connect (dialog, "created", G_CALLBACK (on_created_cb), &created);
  gtk_window_present (GTK_WINDOW (dialog));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  qs_ui_test_drain ();

  /* Focus starts in the client field. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         GTK_WIDGET (dialog->client_row)));

  /* Down goes to the matches, Up comes back. */
  gtk_editable_set_text (GTK_EDITABLE (dialog->client_row), "john");
  qs_ui_test_drain ();
  first = gtk_list_box_get_row_at_index (dialog->matches_list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "John Smith");
  keys = find_key_controller (GTK_WIDGET (dialog->client_row));
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == GTK_WIDGET (first));
  g_signal_emit_by_name (dialog->matches_list, "keynav-failed", GTK_DIR_UP, &handled);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         GTK_WIDGET (dialog->client_row)));

  /* Emptied, the field makes an anonymous request. */
  gtk_editable_set_text (GTK_EDITABLE (dialog->client_row), "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "Put a water fountain on floor 2");
  adw_combo_row_set_selected (dialog->kind_row, QS_REQUEST_KIND_SUGGESTION);
  adw_combo_row_set_selected (dialog->channel_row, QS_CHANNEL_SUGGESTION_BOX - 1);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_sensitive (dialog->create_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-request.create", NULL));
  qs_ui_test_drain ();
  g_assert_nonnull (created);
  stored = reload (fixture, created);
  g_assert_null (qs_entity_get_string (stored, QS_REQUEST_FIELD_CLIENT_ID));
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_KIND), ==,
                   QS_REQUEST_KIND_SUGGESTION);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_CHANNEL), ==,
                   QS_CHANNEL_SUGGESTION_BOX);
}

static void
test_lifecycle (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  g_autoptr (QsEntity) stored = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *kinds = NULL;
  gint64           paused_at;

  /* Every step until the resume happens on Wednesday 18 November at
   * 10:00 in Toronto: the fixture's "now", written out. */
  g_assert_cmpint (qs_store_now (fixture->base.store), ==,
                   qs_test_instant ("2026-11-18T10:00:00-05:00"));
  qs_request_page_set_request (fixture->page, request);
  qs_ui_test_drain ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->page->stack), ==, "request");
  g_assert_cmpstr (gtk_label_get_label (fixture->page->title_label), ==,
                   "Payslip for October is missing");
  /* A new request can be acknowledged or rejected, nothing else. */
  actions = shown_actions (fixture);
  g_assert_cmpstr (actions, ==, "*Acknowledge");
  g_assert_true (gtk_widget_get_visible (fixture->page->reject_button));
  g_assert_false (gtk_widget_get_sensitive (fixture->probe));
  g_assert_true (gtk_widget_get_visible (fixture->page->extend_button));

  activate (fixture, "request.acknowledge", NULL);
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_ACKNOWLEDGED);
  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_ACKNOWLEDGED_AT), ==,
                   qs_test_instant ("2026-11-18T10:00:00-05:00"));
  g_clear_object (&stored);
  /* The acknowledgement letter is offered to copy, and again later. */
  g_assert_cmpuint (n_message_dialogs (), ==, 1);
  close_dialogs ();
  g_assert_true (gtk_widget_get_visible (fixture->page->letter_button));
  activate (fixture, "request.show-acknowledgement", NULL);
  {
    AdwMessageDialog *letter = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE);
    GtkTextView      *view =
      GTK_TEXT_VIEW (qs_ui_test_find_widget (GTK_WIDGET (letter), GTK_TYPE_TEXT_VIEW));
    GtkTextIter      start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
    /* Marie reads French: her letter names the reference. */
    g_assert_nonnull (
      strstr (text, qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF)));
  }
  close_dialogs ();

  activate (fixture, "request.start-analysis", NULL);
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_IN_ANALYSIS);
  g_free (actions);
  actions = shown_actions (fixture);
  g_assert_cmpstr (actions, ==, "*Resolve…,Wait on Client");
  g_assert_true (gtk_widget_get_visible (fixture->page->reject_button));

  activate (fixture, "request.wait-on-client", NULL);
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_WAITING_ON_CLIENT);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_PAUSED_AT), >, 0);
  g_assert_nonnull (
    strstr (adw_action_row_get_subtitle (fixture->page->resolution_row), "clock paused"));

  /* Received and paused on Wednesday 18 November at 10:00 in Toronto (the
   * fixture's "now"): five business days of 7 h end on Wednesday 25 at
   * 10:00 (5 h 30 that Wednesday, then Thursday, Friday, Monday and
   * Tuesday, then 1 h 30). */
  paused_at = qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_PAUSED_AT);
  g_assert_cmpint (paused_at, ==, qs_test_instant ("2026-11-18T10:00:00-05:00"));
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-11-25T10:00:00-05:00"));
  /* Resumed on Thursday at 10:00: 7 business hours paused (10:00–12:00,
   * 13:00–16:30, then 08:30–10:00) move the deadline to Thursday 26 at
   * 10:00. */
  qs_test_pin_clock (fixture->base.store, qs_test_instant ("2026-11-19T10:00:00-05:00"));
  activate (fixture, "request.resume", NULL);
  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_IN_ANALYSIS);
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_PAUSED_AT), ==, 0);
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-11-26T10:00:00-05:00"));
  g_clear_object (&stored);

  /* Resolve with no text asks for it, and changes nothing yet. */
  activate (fixture, "request.resolve", "");
  g_assert_cmpuint (n_message_dialogs (), ==, 1);
  close_dialogs ();
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_IN_ANALYSIS);

  activate (fixture, "request.resolve", "The October payslip was sent again.");
  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_RESOLVED);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_RESOLUTION), ==,
                   "The October payslip was sent again.");
  g_clear_object (&stored);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->resolution_text_row)));

  /* Closing needs the client informed first. */
  g_free (actions);
  actions = shown_actions (fixture);
  g_assert_cmpstr (actions, ==, "*Inform Client,Reopen…");
  g_assert_false (gtk_widget_get_visible (fixture->page->reject_button));
  g_assert_false (gtk_widget_get_sensitive (fixture->probe));
  g_assert_false (gtk_widget_get_visible (fixture->page->extend_button));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "request.close", NULL);
  qs_ui_test_drain ();
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_RESOLVED);

  activate (fixture, "request.inform-client", NULL);
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_CLIENT_INFORMED);
  g_assert_true (gtk_widget_get_sensitive (fixture->probe));

  activate (fixture, "request.close", NULL);
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_CLOSED);
  g_free (actions);
  actions = shown_actions (fixture);
  g_assert_cmpstr (actions, ==, "Reopen…");
  g_assert_false (gtk_widget_get_sensitive (fixture->probe));

  /* Every step is in the history, stored and shown. */
  kinds = event_kinds (fixture, request);
  g_assert_cmpstr (kinds, ==,
                   "created,status,status,status,pause,status,resume,status,status,status");
  g_assert_nonnull (gtk_list_box_get_row_at_index (fixture->page->history_list, 9));
  g_assert_null (gtk_list_box_get_row_at_index (fixture->page->history_list, 10));
  g_assert_cmpuint (fixture->n_changed, ==, 7);
  g_assert_false (gtk_revealer_get_reveal_child (fixture->page->message_revealer));
}

static void
test_refused_shows_sentence (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);

  qs_request_page_set_request (fixture->page, request);
  /* An empty subject is refused with a sentence, and nothing stored. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->page->subject_row), "   ");
  g_signal_emit_by_name (fixture->page->subject_row, "apply");
  qs_ui_test_drain ();
  g_assert_true (gtk_revealer_get_reveal_child (fixture->page->message_revealer));
  g_assert_cmpstr (gtk_label_get_label (fixture->page->message_label), !=, "");
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->page->subject_row)), ==,
                   "Payslip for October is missing");
}

static void
test_reject (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  g_autoptr (QsEntity) stored = NULL;
  g_autofree char *actions = NULL;

  qs_request_page_set_request (fixture->page, request);
  activate (fixture, "request.reject", "Payslips are handled by the payroll office.");
  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_REJECTED);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_REJECT_REASON), ==,
                   "Payslips are handled by the payroll office.");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->reject_row)));
  g_assert_false (gtk_widget_get_visible (fixture->page->reject_button));
  /* Its deadlines stop counting; only reopening is offered. */
  g_assert_cmpstr (gtk_label_get_label (fixture->page->resolution_left_label), ==,
                   "No longer counted");
  actions = shown_actions (fixture);
  g_assert_cmpstr (actions, ==, "Reopen…");
  g_assert_false (gtk_widget_get_visible (fixture->page->extend_button));
}

static void
test_edit_fields_and_comment (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  g_autoptr (QsEntity) stored = NULL;
  g_autofree char *kinds = NULL;
  guint            nadia = 0;

  qs_request_page_set_request (fixture->page, request);
  adw_combo_row_set_selected (fixture->page->priority_row, QS_PRIORITY_URGENT);
  adw_combo_row_set_selected (fixture->page->problem_row, QS_PROBLEM_TRAINING);
  for (guint i = 0; i < fixture->page->people->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (fixture->page->people, i)),
                   fixture->base.owner_id) == 0)
      nadia = i + 1;
  g_assert_cmpuint (nadia, >, 0);
  adw_combo_row_set_selected (fixture->page->assignee_row, nadia);
  activate (fixture, "request.comment", "Called Marie: she has no payslip since October.");
  /* The description, through its small editor. */
  activate (fixture, "request.edit-description", NULL);
  {
    AdwMessageDialog *editor = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE);
    GtkTextView      *view =
      GTK_TEXT_VIEW (qs_ui_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "No payslip since October.\n", -1);
    adw_message_dialog_response (editor, "save");
    qs_ui_test_drain ();
  }

  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_PRIORITY), ==, QS_PRIORITY_URGENT);
  g_assert_cmpint (qs_entity_get_enum (stored, QS_REQUEST_FIELD_PROBLEM), ==, QS_PROBLEM_TRAINING);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_ASSIGNEE_ID), ==,
                   fixture->base.owner_id);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_DESCRIPTION), ==,
                   "No payslip since October.");
  kinds = event_kinds (fixture, request);
  g_assert_cmpstr (kinds, ==, "created,field,field,field,comment,field");
  g_assert_cmpuint (fixture->n_changed, ==, 5);
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->page->description_row), ==,
                   "No payslip since October.");
  /* The client of a request that is not confidential is shown. */
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->page->client_row), ==, "Marie Tremblay");
  g_assert_false (gtk_widget_get_visible (fixture->page->reveal_button));
  /* No guide for a plain request. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->page->guide_group)));
}

static void
test_confidential_reveal (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_COMPLAINT, TRUE);
  g_autoptr (QsRequest) other = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  g_autoptr (GPtrArray) events = NULL;
  g_autofree char *kinds = NULL;
  QsEntity        *reveal;

  qs_request_page_set_request (fixture->page, request);
  qs_ui_test_drain ();
  g_assert_null (strstr (adw_action_row_get_subtitle (fixture->page->client_row), "Marie"));
  g_assert_true (gtk_widget_get_visible (fixture->page->reveal_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->confidential_label)));

  activate (fixture, "request.reveal", NULL);
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->page->client_row), ==, "Marie Tremblay");
  g_assert_false (gtk_widget_get_visible (fixture->page->reveal_button));

  /* The reveal is logged, with who did it. */
  kinds = event_kinds (fixture, request);
  g_assert_cmpstr (kinds, ==, "created,reveal");
  events = qs_requests_fixture_events (&fixture->base, request);
  reveal = g_ptr_array_index (events, 1);
  g_assert_nonnull (qs_entity_get_string (reveal, QS_REQUEST_EVENT_FIELD_ACTOR));

  /* For this page and this request only: shown again, it is hidden. */
  qs_request_page_set_request (fixture->page, other);
  qs_request_page_set_request (fixture->page, request);
  g_assert_null (strstr (adw_action_row_get_subtitle (fixture->page->client_row), "Marie"));
  g_assert_true (gtk_widget_get_visible (fixture->page->reveal_button));
}

static void
test_handling_guide (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_COMPLAINT, FALSE);
  g_autoptr (QsEntity) stored = NULL;
  g_autofree char *kinds = NULL;

  qs_request_page_set_request (fixture->page, request);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->guide_group)));
  gtk_check_button_set_active (
    GTK_CHECK_BUTTON (fixture->page->guide_checks[QS_GUIDE_STEP_LISTENED]), TRUE);
  gtk_check_button_set_active (
    GTK_CHECK_BUTTON (fixture->page->guide_checks[QS_GUIDE_STEP_APOLOGY]), TRUE);
  qs_ui_test_drain ();

  stored = reload (fixture, request);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_REQUEST_FIELD_HANDLING_GUIDE), ==,
                   "listened,apology");
  kinds = event_kinds (fixture, request);
  g_assert_cmpstr (kinds, ==, "created,field,field");

  /* Shown again, the ticks are the stored ones. */
  qs_request_page_set_request (fixture->page, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->page->stack), ==, "empty");
  g_clear_object (&stored);
  stored = reload (fixture, request);
  qs_request_page_set_request (fixture->page, QS_REQUEST (stored));
  g_assert_true (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (fixture->page->guide_checks[QS_GUIDE_STEP_APOLOGY])));
  g_assert_false (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (fixture->page->guide_checks[QS_GUIDE_STEP_FEELINGS])));
}

static void
test_extend (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GPtrArray) checks = g_ptr_array_new ();
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (QsEntity) stored = NULL;
  AdwMessageDialog *dialog;
  QsEntity         *extension;

  /* Received on Wednesday 18 November at 10:00 in Toronto: due five
   * business days later, on Wednesday 25 at 10:00 (see lifecycle). */
  qs_test_pin_clock (fixture->base.store, qs_test_instant ("2026-11-18T10:00:00-05:00"));
  request = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-11-25T10:00:00-05:00"));
  /* Extended the next day at 11:00. */
  qs_test_pin_clock (fixture->base.store, qs_test_instant ("2026-11-19T11:00:00-05:00"));

  qs_request_page_set_request (fixture->page, request);
  activate (fixture, "request.extend", NULL);
  dialog = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE);
  g_assert_nonnull (dialog);
  qs_ui_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  qs_ui_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpuint (checks->len, ==, 1);

  /* Two business days more, for a reason; not before the client is told. */
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "+2");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 1)),
                         "The supplier answers on Monday");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "extend"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (g_ptr_array_index (checks, 0)), TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "extend"));
  adw_message_dialog_response (dialog, "extend");
  qs_ui_test_drain ();

  stored = reload (fixture, request);
  /* 2 business days of 7 h, 14 h, after the old date, Wednesday 25 at
   * 10:00: 5.5 h that Wednesday (10:00–12:00, 13:00–16:30), 7 h on
   * Thursday 26, then Friday 27 08:30–10:00. */
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-11-27T10:00:00-05:00"));
  events = qs_requests_fixture_events (&fixture->base, request);
  g_assert_cmpuint (events->len, ==, 2);
  extension = g_ptr_array_index (events, 1);
  g_assert_cmpint (qs_entity_get_enum (extension, QS_REQUEST_EVENT_FIELD_KIND), ==,
                   QS_EVENT_KIND_EXTENSION);
  g_assert_cmpint (qs_entity_get_int (extension, QS_REQUEST_EVENT_FIELD_AT), ==,
                   qs_test_instant ("2026-11-19T11:00:00-05:00"));
  g_assert_cmpstr (qs_entity_get_string (extension, QS_REQUEST_EVENT_FIELD_OLD_VALUE), ==,
                   "2026-11-25T15:00:00Z");
  g_assert_cmpstr (qs_entity_get_string (extension, QS_REQUEST_EVENT_FIELD_NEW_VALUE), ==,
                   "2026-11-27T15:00:00Z");
  g_assert_cmpstr (qs_entity_get_string (extension, QS_REQUEST_EVENT_FIELD_NOTE), ==,
                   "The supplier answers on Monday");
  g_assert_true (qs_entity_get_boolean (extension, QS_REQUEST_EVENT_FIELD_CLIENT_TOLD));
  g_assert_cmpuint (fixture->n_changed, ==, 1);
}

/* Fills the extension dialog with @date and a reason, tells the client,
 * and extends. */
static void
extend_through_dialog (Fixture *fixture, const char *date)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GPtrArray) checks = g_ptr_array_new ();
  AdwMessageDialog *dialog;

  activate (fixture, "request.extend", NULL);
  dialog = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE);
  g_assert_nonnull (dialog);
  qs_ui_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  qs_ui_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpuint (checks->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), date);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 1)), "Waiting for the bank");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (g_ptr_array_index (checks, 0)), TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "extend"));
  adw_message_dialog_response (dialog, "extend");
  qs_ui_test_drain ();
}

/* A date typed in the extension dialog is a date on the calendar, in
 * Toronto, whatever the zone of the machine. */
static void
test_extend_to_date (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = NULL;
  g_autoptr (QsEntity) stored = NULL;

  /* Due Wednesday 25 November at 10:00 (see lifecycle). */
  qs_test_pin_clock (fixture->base.store, qs_test_instant ("2026-11-18T10:00:00-05:00"));
  request = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  qs_request_page_set_request (fixture->page, request);

  extend_through_dialog (fixture, "2026-12-04 16:30");
  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-12-04T16:30:00-05:00"));
  g_clear_object (&stored);

  /* A day alone keeps the time of day of the current due date, 16:30. */
  extend_through_dialog (fixture, "2026-12-07");
  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_RESOLUTION_DUE_AT), ==,
                   qs_test_instant ("2026-12-07T16:30:00-05:00"));
  g_assert_cmpuint (fixture->n_changed, ==, 2);
}

static void
test_explain (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  const char *text;

  qs_request_page_set_request (fixture->page, request);
  g_assert_cmpstr (gtk_label_get_label (fixture->page->explain_label), ==, "");
  adw_expander_row_set_expanded (fixture->page->explain_row, TRUE);
  text = gtk_label_get_label (fixture->page->explain_label);
  /* In English, as the tests run in C.UTF-8. */
  g_assert_nonnull (strstr (text, "Due "));
  g_assert_nonnull (strstr (text, "5 business days"));
}

/* Once closed, the page says whether the client is to be asked how the
 * request was handled, or why not, and records that they were. */
static void
test_survey (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = create_request (fixture, QS_REQUEST_KIND_REQUEST, TRUE);
  g_autoptr (QsEntity) stored = NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *kinds = NULL;
  const char      *subtitle;
  gboolean         said = FALSE;

  qs_requests_fixture_consent (&fixture->base, fixture->base.client_fr_id);

  qs_request_page_set_request (fixture->page, request);
  qs_ui_test_drain ();
  /* Nothing to ask while the request is open. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->page->survey_group)));

  activate (fixture, "request.acknowledge", NULL);
  activate (fixture, "request.start-analysis", NULL);
  activate (fixture, "request.resolve", "The October payslip was sent again.");
  activate (fixture, "request.inform-client", NULL);
  activate (fixture, "request.close", NULL);
  g_assert_cmpint (stored_status (fixture, request), ==, QS_REQUEST_STATUS_CLOSED);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->survey_group)));
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->page->survey_row), ==,
                   "Not asked: the request is confidential.");
  g_assert_false (gtk_widget_get_visible (fixture->page->survey_button));

  /* No longer confidential: she agreed, so she can be asked. */
  qs_request_page_set_field (fixture->page, QS_REQUEST_FIELD_CONFIDENTIAL, "0");
  qs_ui_test_drain ();
  subtitle = adw_action_row_get_subtitle (fixture->page->survey_row);
  g_assert_true (
    g_str_has_prefix (subtitle, "The client can be asked how the request was handled from "));
  g_assert_true (gtk_widget_get_visible (fixture->page->survey_button));

  activate (fixture, "request.mark-surveyed", NULL);
  subtitle = adw_action_row_get_subtitle (fixture->page->survey_row);
  g_assert_true (g_str_has_prefix (subtitle, "The client was asked on "));
  g_assert_false (gtk_widget_get_visible (fixture->page->survey_button));
  stored = reload (fixture, request);
  g_assert_cmpint (qs_entity_get_int (stored, QS_REQUEST_FIELD_SURVEY_ASKED_AT), ==,
                   qs_store_now (fixture->base.store));
  kinds = event_kinds (fixture, request);
  g_assert_true (g_str_has_suffix (kinds, ",field,field"));

  /* The history says it in words, not as the stored field. */
  qs_ui_test_find_all (GTK_WIDGET (fixture->page->history_list), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_label (g_ptr_array_index (labels, i));

      said |= g_strcmp0 (text, "Client asked how the request was handled") == 0;
      g_assert_null (strstr (text, "survey_asked_at"));
    }
  g_assert_true (said);
}

/* A complaint an indicator alert opened says which promise fell below
 * target, when, and where the alert stands; another request, shown next
 * in the same page, says nothing of it. */
static void
test_alert_origin (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) complaint = create_request (fixture, QS_REQUEST_KIND_COMPLAINT, FALSE);
  g_autoptr (QsRequest) other = create_request (fixture, QS_REQUEST_KIND_REQUEST, FALSE);
  g_autoptr (QsAlert) alert = qs_alert_new ();
  QsEntity *e = QS_ENTITY (alert);

  qs_entity_set_string (e, QS_ALERT_FIELD_DEPARTMENT_ID, fixture->base.department_id);
  qs_entity_set_string (e, QS_ALERT_FIELD_INDICATOR_REF, "compliance:e-mail");
  qs_entity_set_string (e, QS_ALERT_FIELD_SUBJECT, "We answer within the stated delay");
  qs_entity_set_string (e, QS_ALERT_FIELD_PERIOD_START, "2026-02-01");
  qs_entity_set_string (e, QS_ALERT_FIELD_LAST_PERIOD_START, "2026-03-01");
  qs_entity_set_double (e, QS_ALERT_FIELD_VALUE, 80);
  qs_entity_set_double (e, QS_ALERT_FIELD_TARGET, 90);
  qs_entity_set_int (e, QS_ALERT_FIELD_LEVEL, 1);
  qs_entity_set_string (e, QS_ALERT_FIELD_COMPLAINT_ID, qs_entity_get_id (QS_ENTITY (complaint)));
  qs_requests_fixture_save (&fixture->base, alert);

  qs_request_page_set_request (fixture->page, complaint);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->origin_group)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (fixture->page->origin_row)),
                   ==, "Raised by an Indicator Alert");
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->page->origin_row), ==,
                   "“We answer within the stated delay” was kept for 80% of requests in February "
                   "2026, below its target of 90%. Still missing it in March 2026.");
  /* Readable, not greyed out, and leading nowhere yet. */
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fixture->page->origin_row)));
  g_assert_false (gtk_widget_get_visible (fixture->page->origin_arrow));

  qs_request_page_set_request (fixture->page, other);
  qs_ui_test_drain ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->page->origin_group)));

  qs_entity_set_enum (e, QS_ALERT_FIELD_STATUS, QS_ALERT_STATUS_RECOVERED);
  qs_entity_set_string (e, QS_ALERT_FIELD_RECOVERED_PERIOD_START, "2026-04-01");
  qs_requests_fixture_save (&fixture->base, alert);
  qs_request_page_set_request (fixture->page, complaint);
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->page->origin_row), ==,
                   "“We answer within the stated delay” was kept for 80% of requests in February "
                   "2026, below its target of 90%. Back on target in April 2026.");

  /* An indicator of the department's own, over quarters, where fewer is
   * better: no share of requests, no "below". */
  qs_entity_set_string (e, QS_ALERT_FIELD_INDICATOR_REF, "indicator:calls");
  qs_entity_set_string (e, QS_ALERT_FIELD_SUBJECT, "Calls left unanswered");
  qs_entity_set_enum (e, QS_ALERT_FIELD_PERIOD, QS_PERIOD_QUARTER);
  qs_entity_set_string (e, QS_ALERT_FIELD_PERIOD_START, "2026-01-01");
  qs_entity_set_string (e, QS_ALERT_FIELD_LAST_PERIOD_START, "2026-04-01");
  qs_entity_set_enum (e, QS_ALERT_FIELD_STATUS, QS_ALERT_STATUS_OPEN);
  qs_requests_fixture_save (&fixture->base, alert);
  qs_request_page_set_request (fixture->page, other);
  qs_request_page_set_request (fixture->page, complaint);
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_action_row_get_subtitle (fixture->page->origin_row), ==,
                   "“Calls left unanswered” missed its target in Q1 2026. Still missing it in Q2 "
                   "2026.");
}

int
main (int argc, char **argv)
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func)                                                                            \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/request-page/dialog-department-and-subject", test_dialog_department_and_subject);
  ADD ("/request-page/create-through-dialog", test_create_through_dialog);
  ADD ("/request-page/dialog-keyboard-and-anonymous", test_dialog_keyboard_and_anonymous);
  ADD ("/request-page/lifecycle", test_lifecycle);
  ADD ("/request-page/refused-shows-sentence", test_refused_shows_sentence);
  ADD ("/request-page/reject", test_reject);
  ADD ("/request-page/edit-fields-and-comment", test_edit_fields_and_comment);
  ADD ("/request-page/confidential-reveal", test_confidential_reveal);
  ADD ("/request-page/handling-guide", test_handling_guide);
  ADD ("/request-page/extend", test_extend);
  ADD ("/request-page/extend-to-date", test_extend_to_date);
  ADD ("/request-page/explain", test_explain);
  ADD ("/request-page/survey", test_survey);
  ADD ("/request-page/alert-origin", test_alert_origin);
#undef ADD

  return g_test_run ();
}
