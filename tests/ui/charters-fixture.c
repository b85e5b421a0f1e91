/* charters-fixture.c — what the Charters view's ui tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture opens the real window on a temporary database with one
 * providing department, its calendar and its manager; the helpers find
 * widgets the way a user sees them and read back what was stored.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "charters-fixture.h"
#include "qs-charter-repository.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-window.h"

#include "qs-test-util.h"

static void
save_entity (QsStore *store, gpointer entity)
{
  g_autoptr (GError) error = NULL;

  qs_repository_save (qs_store_get_repository (store, G_OBJECT_TYPE (entity)), entity, &error);
  g_assert_no_error (error);
}

/* A providing department with its calendar and its manager, as the
 * Clients view would have recorded them. */
static void
fill_directory (QsStore *store)
{
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (QsClient) manager = qs_client_new ();
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  const char *department_id = qs_entity_get_id (QS_ENTITY (department));

  g_object_set (department, "ref", "HR", "name", "Human Resources", "is-provider", TRUE,
                "manager-id", qs_entity_get_id (QS_ENTITY (manager)), NULL);
  g_object_set (manager, "given-name", "Alice", "family-name", "Martin", "is-staff", TRUE,
                "department-id", department_id, NULL);
  g_object_set (
    calendar, "ref", "CAL-HR", "name", "HR offices", "timezone", "Europe/Paris", "weekly-hours",
    "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"
    "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30",
    "department-id", department_id, NULL);
  /* The department and its manager point at each other: one transaction. */
  g_assert_true (qs_store_begin (store, NULL));
  save_entity (store, department);
  save_entity (store, manager);
  save_entity (store, calendar);
  g_assert_true (qs_store_commit (store, NULL));
}

/* The label the user can see whose text contains @text, if any. */
GtkWidget *
find_mapped_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A sentence shown in the style of an error, if any is on screen. */
GtkWidget *
find_error_message (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      gtk_widget_has_css_class (widget, "error") &&
      *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_error_message (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
find_row (GtkWidget *widget, GType type, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (widget, type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* The text view whose label reads @label, as a person finds it. */
GtkWidget *
find_text_view (GtkWidget *widget, const char *label)
{
  GtkWidget *target;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), label) == 0 &&
      (target = gtk_label_get_mnemonic_widget (GTK_LABEL (widget))) != NULL &&
      GTK_IS_TEXT_VIEW (target))
    return target;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text_view (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

AdwPreferencesGroup *
find_group (GtkWidget *widget, const char *title)
{
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();

  qs_ui_test_find_all (widget, ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), title) == 0)
      return g_ptr_array_index (groups, i);
  return NULL;
}

QsCommitmentRow *
find_commitment_row (Fixture *fixture, const char *id)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (fixture->view), QS_TYPE_COMMITMENT_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      QsCommitment *commitment = qs_commitment_row_get_commitment (g_ptr_array_index (rows, i));

      if (g_strcmp0 (qs_entity_get_id (QS_ENTITY (commitment)), id) == 0)
        return g_ptr_array_index (rows, i);
    }
  return NULL;
}

guint
count_commitment_rows (Fixture *fixture)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (fixture->view), QS_TYPE_COMMITMENT_ROW, rows);
  return rows->len;
}

void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  /* The window opens on the Charters view, at the size the test asks. */
  g_settings_reset (settings, "last-view");
  g_settings_set_int (settings, "window-width", data != NULL ? GPOINTER_TO_INT (data) : 1280);
  g_settings_set_int (settings, "window-height", 720);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  fixture->dir = g_dir_make_tmp ("qs-charters-view-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (fixture->path);
  fill_directory (fixture->store);

  fixture->window = qs_ui_test_window_new (fixture->store);
  fixture->view =
    QS_CHARTERS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_CHARTERS_VIEW));
  g_assert_nonnull (fixture->view);
  g_assert_true (qs_charters_view_get_store (fixture->view) == fixture->store);

  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  qs_ui_test_drain ();
}

void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

void
activate (Fixture *fixture, const char *action, const char *format, ...)
{
  va_list   args;
  GVariant *parameter = NULL;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }
  g_assert_true (
    gtk_widget_activate_action_variant (GTK_WIDGET (fixture->view), action, parameter));
  qs_ui_test_drain ();
}

QsCharter *
reload_charter (Fixture *fixture, const char *id)
{
  g_autoptr (GError) error = NULL;
  QsEntity *charter =
    qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_CHARTER), id, &error);

  g_assert_no_error (error);
  return QS_CHARTER (charter);
}

GPtrArray *
stored_commitments (Fixture *fixture, QsCharter *charter)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *commitments = qs_charter_repository_get_commitments (fixture->store, charter, &error);

  g_assert_no_error (error);
  return commitments;
}

QsCharter *
create_from_template (Fixture *fixture)
{
  QsCharter *charter;

  activate (fixture, "charters.new-from-template", NULL);
  charter = qs_charters_view_get_charter (fixture->view);
  g_assert_nonnull (charter);
  return charter;
}

/* The first commitment measured by a deadline. */
QsCommitment *
first_deadline_commitment (Fixture *fixture, QsCharter *charter)
{
  g_autoptr (GPtrArray) commitments = stored_commitments (fixture, charter);

  for (guint i = 0; i < commitments->len; i++)
    {
      QsEntity *commitment = g_ptr_array_index (commitments, i);
      QsMetric  metric = qs_entity_get_enum (commitment, QS_COMMITMENT_FIELD_METRIC);

      if (metric == QS_METRIC_ACKNOWLEDGEMENT || metric == QS_METRIC_RESOLUTION)
        return g_object_ref (QS_COMMITMENT (commitment));
    }
  g_assert_not_reached ();
  return NULL;
}

QsCommitmentDialog *
open_dialog (Fixture *fixture, const char *commitment_id)
{
  QsCommitmentDialog *dialog;

  activate (fixture, "charters.edit-commitment", "s", commitment_id);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture->window));
  return dialog;
}

void
set_row_text (GtkWidget *root, const char *title, const char *text)
{
  GtkWidget *row = find_row (root, ADW_TYPE_ENTRY_ROW, title);

  if (row == NULL)
    {
      /* A text of several lines, under the label that names it. */
      GtkWidget *view = find_text_view (root, title);

      g_assert_nonnull (view);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
      qs_ui_test_drain ();
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  qs_ui_test_drain ();
}

gboolean
is_open (QsCommitmentDialog *dialog)
{
  g_autoptr (GListModel) toplevels = gtk_window_get_toplevels ();
  gboolean found = FALSE;

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      found = found || window == (GObject *) dialog;
    }
  return found;
}

void
save_dialog (QsCommitmentDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commitment.save", NULL));
  qs_ui_test_drain ();
}

GtkWidget *
find_mapped_button (GtkWidget *widget, const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

double
stored_threshold (Fixture *fixture, QsCharter *charter, QsCommitment *commitment)
{
  g_autoptr (GPtrArray) commitments = stored_commitments (fixture, charter);

  for (guint i = 0; i < commitments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (commitments, i)),
                   qs_entity_get_id (QS_ENTITY (commitment))) == 0)
      return qs_entity_get_double (g_ptr_array_index (commitments, i),
                                   QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
  g_assert_not_reached ();
  return NAN;
}

guint
count_mapped_labels (GtkWidget *widget, const char *text)
{
  guint n = GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
            g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_mapped_labels (child, text);
  return n;
}

QsCommitmentDialog *
find_dialog (void)
{
  return qs_ui_test_find_toplevel (QS_TYPE_COMMITMENT_DIALOG, FALSE);
}

/* Answers the question a publication asks first, as its buttons do; returns
 * what it said, or NULL when it asked nothing. */
char *
answer_publication (gboolean publish)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  char *body;

  if (dialog == NULL)
    return NULL;
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Publish This Charter?");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  /* What a button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, publish ? "publish" : "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  qs_ui_test_drain ();
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE) == NULL);
  return body;
}

int
index_of (GPtrArray *commitments, const char *id)
{
  for (guint i = 0; i < commitments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (commitments, i)), id) == 0)
      return i;
  return -1;
}
