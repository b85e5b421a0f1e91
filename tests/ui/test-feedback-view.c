/* test-feedback-view.c — the Feedback view, driven as a coordinator would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the requests fixture: Human Resources provides services, Finance
 * does not; Marie Tremblay works in Finance.
 */
#include "config.h"

#include <adwaita.h>

#include "feedback/qs-feedback-dialog.h"
#include "feedback/qs-feedback-view.h"
#include "requests/qs-request-page.h"
#include "qs-enum-types.h"
#include "qs-feedback-desk.h"
#include "qs-repository.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"
#include "../store/requests-fixture.h"

typedef struct
{
  QsRequestsFixture base;
  QsWindow         *window;
  QsFeedbackView   *view;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  qs_requests_fixture_set_up (&fixture->base, data);
  fixture->window = qs_ui_test_window_new (fixture->base.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "feedback"));
  fixture->view =
    QS_FEEDBACK_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_FEEDBACK_VIEW));
  g_assert_nonnull (fixture->view);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  qs_ui_test_drain ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  qs_requests_fixture_tear_down (&fixture->base, data);
}

static guint
n_listed (Fixture *fixture)
{
  return g_list_model_get_n_items (qs_feedback_view_get_list (fixture->view));
}

static gint64
n_stored (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_repository_count (qs_store_get_repository (fixture->base.store, QS_TYPE_FEEDBACK),
                                  NULL, NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  return n;
}

/* The text of a mapped label of @widget that starts with @prefix. */
static const char *
find_label (GtkWidget *widget, const char *prefix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Activates row @position of the view's list, as a click does (the
 * drop-downs' popovers hold list views too). */
static void
activate_row (Fixture *fixture, guint position)
{
  g_autoptr (GPtrArray) lists = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW, lists);
  for (guint i = 0; i < lists->len; i++)
    {
      GtkSelectionModel *model = gtk_list_view_get_model (g_ptr_array_index (lists, i));

      if (GTK_IS_SINGLE_SELECTION (model) && gtk_single_selection_get_model (GTK_SINGLE_SELECTION (
                                               model)) == qs_feedback_view_get_list (fixture->view))
        {
          g_signal_emit_by_name (g_ptr_array_index (lists, i), "activate", position);
          return;
        }
    }
  g_assert_not_reached ();
}

/* The record dialog, opened as the Record button does. */
static QsFeedbackDialog *
open_dialog (Fixture *fixture)
{
  QsFeedbackDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "feedback.record", NULL));
  dialog = qs_ui_test_find_toplevel (QS_TYPE_FEEDBACK_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  return dialog;
}

/* The dialog's combo rows in order: channel, about, from, rating, language. */
static AdwComboRow *
combo (QsFeedbackDialog *dialog, guint index)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 5);
  return g_ptr_array_index (rows, index);
}

static void
select_channel (QsFeedbackDialog *dialog, const char *label)
{
  AdwComboRow *row = combo (dialog, 0);
  GListModel  *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_assert_not_reached ();
}

static void
type_comment (QsFeedbackDialog *dialog, const char *text)
{
  GtkTextView *view =
    GTK_TEXT_VIEW (qs_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
record_and_wait (Fixture *fixture, QsFeedbackDialog *dialog)
{
  g_autoptr (GtkWidget) watched = g_object_ref (GTK_WIDGET (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feedback-dialog.record", NULL));
  QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_visible (watched));
  qs_ui_test_drain ();
}

/* A coordinator records a suggestion-box note and a rating after a
 * request, is told what is missing, finds them again by words and
 * channel, deletes one and takes it back. */
static void
test_record (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = qs_requests_fixture_close_new (
    &fixture->base, fixture->base.client_fr_id, FALSE, "2026-05-06T10:00:00-04:00");
  QsFeedbackDialog *dialog;
  QsEntity         *shown;
  GtkWidget        *search;
  g_autoptr (GPtrArray) dropdowns = g_ptr_array_new ();

  g_assert_cmpuint (n_listed (fixture), ==, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "No Feedback Yet"));

  /* Nothing said: a sentence, and nothing written. */
  dialog = open_dialog (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feedback-dialog.record", NULL));
  g_assert_cmpstr (find_label (GTK_WIDGET (dialog), "Write"), ==,
                   "Write what was said, or give a rating.");
  g_assert_cmpint (n_stored (fixture), ==, 0);

  /* A suggestion box is anonymous, about the only provider. */
  g_assert_true (gtk_switch_get_active (
    GTK_SWITCH (qs_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH))));
  type_comment (dialog, "Le distributeur de café est en panne");
  record_and_wait (fixture, dialog);
  g_assert_cmpuint (n_listed (fixture), ==, 1);
  shown = QS_ENTITY (qs_feedback_view_get_shown (fixture->view));
  g_assert_nonnull (shown);
  g_assert_cmpstr (qs_entity_get_string (shown, QS_FEEDBACK_FIELD_COMMENT), ==,
                   "Le distributeur de café est en panne");
  g_assert_cmpstr (qs_entity_get_string (shown, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID), ==,
                   fixture->base.department_id);
  g_assert_true (qs_entity_get_boolean (shown, QS_FEEDBACK_FIELD_ANONYMOUS));
  g_assert_null (qs_entity_get_string (shown, QS_FEEDBACK_FIELD_CLIENT_ID));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Anonymous"));

  /* After a request: a wrong reference is named; the right one brings
   * the person and their department. */
  dialog = open_dialog (fixture);
  select_channel (dialog, "After a request");
  g_assert_false (gtk_switch_get_active (
    GTK_SWITCH (qs_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH))));
  adw_combo_row_set_selected (combo (dialog, 3), 2);
  gtk_editable_set_text (
    GTK_EDITABLE (qs_ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW)),
    "REQ-2026-99999");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feedback-dialog.record", NULL));
  g_assert_cmpstr (find_label (GTK_WIDGET (dialog), "No request"), ==,
                   "No request has the reference “REQ-2026-99999”.");
  gtk_editable_set_text (
    GTK_EDITABLE (qs_ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW)),
    qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF));
  record_and_wait (fixture, dialog);
  g_assert_cmpuint (n_listed (fixture), ==, 2);
  shown = QS_ENTITY (qs_feedback_view_get_shown (fixture->view));
  g_assert_cmpint (qs_entity_get_int (shown, QS_FEEDBACK_FIELD_RATING), ==, 2);
  g_assert_cmpstr (qs_entity_get_string (shown, QS_FEEDBACK_FIELD_CLIENT_ID), ==,
                   fixture->base.client_fr_id);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Marie Tremblay, Finance"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "2 of 5"));

  /* Found by a word without its accent, then by channel. */
  search = qs_ui_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "cafe");
  QS_UI_TEST_WAIT_UNTIL (n_listed (fixture) == 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  QS_UI_TEST_WAIT_UNTIL (n_listed (fixture) == 2);
  qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 2);
  gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 0),
                              1 + QS_FEEDBACK_SOURCE_AFTER_REQUEST);
  QS_UI_TEST_WAIT_UNTIL (n_listed (fixture) == 1);
  gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 0), 0);
  QS_UI_TEST_WAIT_UNTIL (n_listed (fixture) == 2);

  /* The search hid the entry shown: nothing is shown until one is
   * chosen. Deleted, then back with Undo. */
  g_assert_null (qs_feedback_view_get_shown (fixture->view));
  activate_row (fixture, 1);
  shown = QS_ENTITY (qs_feedback_view_get_shown (fixture->view));
  g_assert_nonnull (shown);
  {
    g_autofree char *id = g_strdup (qs_entity_get_id (shown));

    g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->view), "feedback.delete", NULL));
    g_assert_cmpuint (n_listed (fixture), ==, 1);
    g_assert_cmpint (n_stored (fixture), ==, 1);
    g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->view), "feedback.undo-delete", "s", id));
    g_assert_cmpuint (n_listed (fixture), ==, 2);
    g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_feedback_view_get_shown (fixture->view))), ==,
                     id);
  }
}

/* Feedback recorded elsewhere (the command line, a request page) comes
 * into the list; its entry shown changes with it. */
static void
test_follows_changes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsFeedback) feedback = qs_feedback_new ();
  g_autoptr (GError) error = NULL;
  QsEntity *entity = QS_ENTITY (feedback);

  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_FOCUS_GROUP);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                        fixture->base.department_id);
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT,
                     qs_requests_fixture_at ("2026-05-04T10:00:00-04:00"));
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT, "Forms are too long");
  g_assert_true (qs_feedback_desk_record (fixture->base.store, feedback, qs_test_now (), &error));
  g_assert_no_error (error);
  QS_UI_TEST_WAIT_UNTIL (n_listed (fixture) == 1);

  activate_row (fixture, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Forms are too long"));

  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT, "Forms are far too long");
  g_assert_true (qs_feedback_desk_record (fixture->base.store, feedback, qs_test_now (), &error));
  g_assert_no_error (error);
  QS_UI_TEST_WAIT_UNTIL (find_label (GTK_WIDGET (fixture->view), "Forms are far") != NULL);
  g_assert_null (find_label (GTK_WIDGET (fixture->view), "(null)"));
}

/* A low score becomes a complaint in one action, then an improvement
 * action; the entry says what it became, and cannot become a second
 * complaint. */
static void
test_low_score_to_complaint (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = qs_requests_fixture_close_new (
    &fixture->base, fixture->base.client_fr_id, FALSE, "2026-05-06T10:00:00-04:00");
  g_autoptr (QsFeedback) feedback = qs_feedback_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) complaints = NULL;
  QsEntity *entity = QS_ENTITY (feedback);

  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_AFTER_REQUEST);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_REQUEST_ID,
                        qs_entity_get_id (QS_ENTITY (request)));
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT,
                     qs_requests_fixture_at ("2026-05-08T09:00:00-04:00"));
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RATING, 2);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT, "Waited two weeks for a pay slip");
  g_assert_true (qs_feedback_desk_record (fixture->base.store, feedback, qs_test_now (), &error));
  g_assert_no_error (error);
  QS_UI_TEST_WAIT_UNTIL (n_listed (fixture) == 1);
  activate_row (fixture, 0);
  g_assert_null (find_label (GTK_WIDGET (fixture->view), "What Was Done"));

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "feedback.make-complaint", NULL));
  qs_ui_test_drain ();
  complaints = qs_requests_fixture_complaints (&fixture->base);
  g_assert_cmpuint (complaints->len, ==, 1);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (complaints, 0), QS_REQUEST_FIELD_SUBJECT), ==,
    "Waited two weeks for a pay slip");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "What Was Done"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "REQ-2026-00002"));

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "feedback.propose-action", NULL));
  qs_ui_test_drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "ACT-2026-001 — Waited two weeks"));

  /* The complaint's page leads back to the feedback it was born from. */
  {
    g_autofree char *feedback_id = g_strdup (qs_entity_get_id (QS_ENTITY (feedback)));
    GtkWidget       *page;

    g_assert_true (gtk_widget_activate_action (
      GTK_WIDGET (fixture->window), "win.show-in-view", "(sss)", "requests",
      "requests.show-request", qs_entity_get_id (g_ptr_array_index (complaints, 0))));
    qs_ui_test_drain ();
    g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "requests");
    page = qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_REQUEST_PAGE);
    g_assert_nonnull (page);
    QS_UI_TEST_WAIT_UNTIL (find_label (page, "Born from Feedback") != NULL);
    g_assert_true (gtk_widget_activate_action (page, "request.show-feedback", NULL));
    qs_ui_test_drain ();
    g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "feedback");
    g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_feedback_view_get_shown (fixture->view))), ==,
                     feedback_id);
  }
  /* Once a complaint, not a second one. */
  {
    g_autoptr (GPtrArray) again = NULL;

    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "feedback.make-complaint", NULL);
    qs_ui_test_drain ();
    again = qs_requests_fixture_complaints (&fixture->base);
    g_assert_cmpuint (again->len, ==, 1);
  }
}

/* At 360 px the list comes alone; an entry opens over it, and back. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsFeedback) feedback = qs_feedback_new ();
  g_autoptr (GError) error = NULL;
  QsEntity   *entity = QS_ENTITY (feedback);
  AdwLeaflet *leaflet;

  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_COMMENT_BOOK);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                        fixture->base.department_id);
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT,
                     qs_requests_fixture_at ("2026-05-04T10:00:00-04:00"));
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT, "Friendly welcome");
  qs_entity_set_boolean (entity, QS_FEEDBACK_FIELD_ANONYMOUS, TRUE);
  g_assert_true (qs_feedback_desk_record (fixture->base.store, feedback, qs_test_now (), &error));
  g_assert_no_error (error);
  QS_UI_TEST_WAIT_UNTIL (n_listed (fixture) == 1);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  leaflet = ADW_LEAFLET (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), ADW_TYPE_LEAFLET));
  QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  activate_row (fixture, 0);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "feedback.show-list", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

int
main (int argc, char **argv)
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func)                                                                            \
  g_test_add ("/feedback-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("record", test_record);
  ADD ("follows-changes", test_follows_changes);
  ADD ("low-score-to-complaint", test_low_score_to_complaint);
  ADD ("narrow", test_narrow);
#undef ADD

  return g_test_run ();
}
