/* qs-requests-view-actions.c — what the Requests view's buttons and keys do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-new-request-dialog.h"
#include "qs-request-repository.h"
#include "qs-requests-view-private.h"
#include "qs-view-shortcuts.h"

static void
on_created_cb (GtkWidget *dialog, QsRequest *request, QsRequestsView *self)
{
  g_autofree char *id = g_strdup (qs_entity_get_id (QS_ENTITY (request)));
  g_autofree char *message = NULL;

  qs_requests_view_apply (self);
  qs_requests_view_show_request (self, id);
  /* Translators: %s is the reference of a new request */
  message = g_strdup_printf (_ ("Request %s recorded"),
                             qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF));
  qs_requests_view_toast (self, message);
}

static void
new_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);
  GtkRoot        *root = gtk_widget_get_root (widget);
  GtkWidget      *dialog;

  if (self->store == NULL)
    return;
  dialog = qs_new_request_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      qs_view_get_context (QS_VIEW (self)));
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
reload_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_requests_view_reload (QS_REQUESTS_VIEW (widget));
}

static void
show_list_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
close_request_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  qs_requests_view_show_request (self, NULL);
}

/* Opens one request, by id: what a request listed elsewhere (a person's
 * latest requests in the directory) does when clicked. */
static void
show_request_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_requests_view_show_request (QS_REQUESTS_VIEW (widget), g_variant_get_string (parameter, NULL));
}

/**
 * qs_requests_view_update_actions:
 *
 * Enables what can be done with the database open.
 */
void
qs_requests_view_update_actions (QsRequestsView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean   writable = self->store != NULL && !qs_store_is_read_only (self->store);
  gboolean   loaded = self->store != NULL && self->loaded;

  gtk_widget_action_set_enabled (widget, "requests.new", writable);
  gtk_widget_action_set_enabled (widget, "requests.export-csv", loaded);
  gtk_widget_action_set_enabled (widget, "requests.export-ics", loaded);
  gtk_widget_action_set_enabled (widget, "requests.reload", loaded);
  gtk_widget_action_set_enabled (widget, "requests.close-request",
                                 qs_requests_view_get_shown (self) != NULL);
}

void
qs_requests_view_add_shortcuts (QsRequestsView *self)
{
  static const QsViewShortcut shortcuts[] = {
    { "<Control>n", "requests.new" },
    { "<Control>f", "requests.search" },
    { "<Control>r", "requests.reload" },
  };

  qs_view_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
}

void
qs_requests_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "requests.new", NULL, new_cb);
  gtk_widget_class_install_action (widget_class, "requests.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "requests.reload", NULL, reload_cb);
  gtk_widget_class_install_action (widget_class, "requests.show-list", NULL, show_list_cb);
  gtk_widget_class_install_action (widget_class, "requests.close-request", NULL, close_request_cb);
  gtk_widget_class_install_action (widget_class, "requests.show-request", "s", show_request_cb);
}
