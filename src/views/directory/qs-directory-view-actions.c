/* qs-directory-view-actions.c — what the Clients view's buttons and keys do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-client.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-directory-view-private.h"
#include "qs-new-person-dialog.h"

/**
 * qs_directory_set_requests_target:
 *
 * Makes @actionable open the Requests view on the requests @filter
 * keeps: the window's show-in-view, and the view's apply-filter with the
 * whole filter ("filter:" then the filter serialized).
 */
void
qs_directory_set_requests_target (GtkActionable *actionable, QsRequestFilter *filter)
{
  g_autofree char *text = qs_request_filter_serialize (filter);
  g_autofree char *target = g_strconcat ("filter:", text, NULL);
  gtk_actionable_set_action_target (actionable, "(sss)", "requests", "requests.apply-filter",
                                    target);

  gtk_actionable_set_action_name (actionable, "win.show-in-view");
}

static void
search_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->people_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_departments_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
show_people_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->people_pane);
}

static void
show_department_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  const char      *name = qs_directory_view_get_department_name (self, self->department_id);

  if (name == NULL)
    return;
  gtk_label_set_label (self->person_title, name);
  qs_directory_view_show_detail (self, "department");
}

static void
close_detail_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_directory_view_close_detail (QS_DIRECTORY_VIEW (widget));
}

static void
undo_edit_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (!qs_person_page_undo (self->person_page, &error))
    qs_directory_view_toast_error (self, error);
}

static void
on_anonymise_response_cb (AdwMessageDialog *dialog, const char *response, QsDirectoryView *self)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "anonymise") != 0)
    return;
  if (!qs_person_page_anonymise (self->person_page, &error))
    qs_directory_view_toast_error (self, error);
  else
    qs_directory_view_toast (self, _ ("Person anonymised"), NULL);
}

static void
anonymise_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView  *self = QS_DIRECTORY_VIEW (widget);
  GtkRoot          *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (qs_person_page_get_client (self->person_page) == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Anonymise This Person?"),
    _ ("Their name, e-mail, phone and notes are "
       "erased for good: this cannot be undone. "
       "Their requests and feedback stay counted "
       "in every statistic.")));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "anonymise", _ ("_Anonymise"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "anonymise", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_anonymise_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_person_created_cb (QsNewPersonDialog *dialog, QsClient *client, QsDirectoryView *self)
{
  g_autofree char *name = qs_client_dup_display_name (client);
  /* Translators: %s is a person's name */
  g_autofree char *message = g_strdup_printf (_ ("%s added"), name);

  qs_directory_view_show_person (self, qs_entity_get_id (QS_ENTITY (client)));
  /* Undo takes the new person out again, as Delete would. */
  g_set_object (&self->added, client);
  qs_directory_view_toast (self, message, "directory.undo-add-person");
}

static void
undo_add_person_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  g_autoptr (QsClient) client = g_steal_pointer (&self->added);
  g_autoptr (GError) error = NULL;

  if (client == NULL)
    return;
  if (!qs_directory_repository_delete_client (self->store, client, &error))
    {
      qs_directory_view_toast_error (self, error);
      return;
    }
  qs_directory_view_show_person (self, NULL);
}

static void
new_person_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView   *self = QS_DIRECTORY_VIEW (widget);
  GtkRoot           *root = gtk_widget_get_root (widget);
  QsNewPersonDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = qs_new_person_dialog_new (self->store, self->departments, self->department_id);
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_person_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_person_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  QsClient        *client = qs_person_page_get_client (self->person_page);
  g_autoptr (QsClient) deleted = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (client == NULL)
    return;
  deleted = g_object_ref (client);
  if (!qs_directory_repository_delete_client (self->store, deleted, &error))
    {
      qs_directory_view_toast_error (self, error);
      return;
    }
  g_set_object (&self->deleted, deleted);
  name = qs_client_dup_display_name (deleted);
  /* Translators: %s is a person's name */
  message = g_strdup_printf (_ ("%s deleted"), name);
  qs_directory_view_show_person (self, NULL);
  qs_directory_view_toast (self, message, "directory.undo-delete-person");
}

static void
undo_delete_person_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  g_autoptr (QsClient) client = g_steal_pointer (&self->deleted);
  g_autoptr (GError) error = NULL;

  if (client == NULL)
    return;
  if (!qs_directory_repository_restore_client (self->store, client, &error))
    {
      qs_directory_view_toast_error (self, error);
      return;
    }
  qs_directory_view_show_person (self, qs_entity_get_id (QS_ENTITY (client)));
}

/* Shows @id selected in the tree, with its page open. */
static void
open_department (QsDirectoryView *self, const char *id)
{
  const char *name;

  qs_directory_view_reload (self);
  qs_directory_view_select_department (self, id);
  name = qs_directory_view_get_department_name (self, id);
  if (name == NULL)
    return;
  gtk_label_set_label (self->person_title, name);
  qs_directory_view_show_detail (self, "department");
}

/* A department under the one selected (or at the top), named to be
 * renamed at once in its page. */
static void
new_department_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;
  qs_entity_set_string (QS_ENTITY (department), QS_DEPARTMENT_FIELD_NAME, _ ("New Department"));
  qs_entity_set_string (QS_ENTITY (department), QS_DEPARTMENT_FIELD_PARENT_ID, self->department_id);
  if (!qs_directory_repository_save_department (self->store, department, &error))
    {
      qs_directory_view_toast_error (self, error);
      return;
    }
  open_department (self, qs_entity_get_id (QS_ENTITY (department)));
}

static void
delete_department_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  QsDepartment    *shown = qs_department_page_get_department (self->department_page);
  g_autoptr (QsDepartment) department = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (shown == NULL || self->store == NULL)
    return;
  department = g_object_ref (shown);
  if (!qs_directory_repository_delete_department (self->store, department, &error))
    {
      qs_directory_view_toast_error (self, error);
      return;
    }
  g_set_object (&self->deleted_department, department);
  /* Translators: %s is a department's name */
  message = g_strdup_printf (
    _ ("“%s” deleted"), qs_entity_get_string (QS_ENTITY (department), QS_DEPARTMENT_FIELD_NAME));
  qs_directory_view_close_detail (self);
  qs_directory_view_select_department (self, NULL);
  qs_directory_view_reload (self);
  qs_directory_view_toast (self, message, "directory.undo-delete-department");
}

static void
undo_delete_department_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  g_autoptr (QsDepartment) department = g_steal_pointer (&self->deleted_department);
  g_autoptr (GError) error = NULL;

  if (department == NULL)
    return;
  if (!qs_directory_repository_restore_department (self->store, department, &error))
    {
      qs_directory_view_toast_error (self, error);
      return;
    }
  open_department (self, qs_entity_get_id (QS_ENTITY (department)));
}

/**
 * qs_directory_view_update_actions:
 *
 * Enables what can be done with the person shown.
 */
void
qs_directory_view_update_actions (QsDirectoryView *self)
{
  QsClient *client = qs_person_page_get_client (self->person_page);
  gboolean  writable = self->store != NULL && !qs_store_is_read_only (self->store);
  gboolean  anonymised =
    client != NULL && qs_entity_get_int (QS_ENTITY (client), QS_CLIENT_FIELD_ANONYMISED_AT) != 0;
  gboolean chart = self->org_chart != NULL && qs_org_chart_get_layout (self->org_chart) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.close-detail",
                                 gtk_widget_get_visible (self->person_pane));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.show-department",
                                 self->department_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.anonymise",
                                 writable && client != NULL && !anonymised);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.new-person", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.new-department", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.delete-department", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.delete-person",
                                 writable && client != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.export-org-chart-png", chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.export-org-chart-svg", chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.export-csv", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.export-vcard", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.undo-edit",
                                 writable && qs_person_page_can_undo (self->person_page));
}

void
qs_directory_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "directory.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "directory.show-departments", NULL,
                                   show_departments_cb);
  gtk_widget_class_install_action (widget_class, "directory.show-people", NULL, show_people_cb);
  gtk_widget_class_install_action (widget_class, "directory.show-department", NULL,
                                   show_department_cb);
  gtk_widget_class_install_action (widget_class, "directory.close-detail", NULL, close_detail_cb);
  gtk_widget_class_install_action (widget_class, "directory.undo-edit", NULL, undo_edit_cb);
  gtk_widget_class_install_action (widget_class, "directory.anonymise", NULL, anonymise_cb);
  gtk_widget_class_install_action (widget_class, "directory.new-person", NULL, new_person_cb);
  gtk_widget_class_install_action (widget_class, "directory.delete-person", NULL, delete_person_cb);
  gtk_widget_class_install_action (widget_class, "directory.undo-delete-person", NULL,
                                   undo_delete_person_cb);
  gtk_widget_class_install_action (widget_class, "directory.undo-add-person", NULL,
                                   undo_add_person_cb);
  gtk_widget_class_install_action (widget_class, "directory.new-department", NULL,
                                   new_department_cb);
  gtk_widget_class_install_action (widget_class, "directory.delete-department", NULL,
                                   delete_department_cb);
  gtk_widget_class_install_action (widget_class, "directory.undo-delete-department", NULL,
                                   undo_delete_department_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "directory.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "directory.close-detail",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "directory.new-person", NULL);
}
