/* qs-requests-view-actions.c — what the Requests view's buttons and keys do, and escalation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Once the view has been shown, and every five minutes after while the
 * application runs, the overdue requests are escalated to the owner of
 * their commitment (then to the manager of the department). Escalations
 * are told in a toast and, during business hours, in a desktop
 * notification.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-new-request-dialog.h"
#include "qs-request-repository.h"
#include "qs-requests-identity.h"
#include "qs-requests-view-private.h"

#define ESCALATION_INTERVAL_SECONDS (5 * 60)
#define NOTIFICATION_MAX_REFS 5

static void
on_created_cb (GtkWidget      *dialog,
               QsRequest      *request,
               QsRequestsView *self)
{
  g_autofree char *id = g_strdup (qs_entity_get_id (QS_ENTITY (request)));
  g_autofree char *message = NULL;

  qs_requests_view_apply (self);
  qs_requests_view_show_request (self, id);
  /* Translators: %s is the reference of a new request */
  message = g_strdup_printf (_("Request %s recorded"),
                             qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF));
  qs_requests_view_toast (self, message);
}

static void
new_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  dialog = qs_new_request_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
reload_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  qs_requests_view_reload (QS_REQUESTS_VIEW (widget));
}

static void
show_list_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
close_request_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  qs_requests_view_show_request (self, NULL);
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
  gboolean writable = self->store != NULL && !qs_store_is_read_only (self->store);
  gboolean loaded = self->store != NULL && self->loaded;

  gtk_widget_action_set_enabled (widget, "requests.new", writable);
  gtk_widget_action_set_enabled (widget, "requests.export-csv", loaded);
  gtk_widget_action_set_enabled (widget, "requests.export-ics", loaded);
  gtk_widget_action_set_enabled (widget, "requests.reload", loaded);
  gtk_widget_action_set_enabled (widget, "requests.close-request",
                                 qs_request_page_get_request (self->request_page) != NULL);
}

static gboolean
on_shortcut_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  /* The shortcuts are the window's, but only while this view is shown. */
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, user_data, NULL);
}

void
qs_requests_view_add_shortcuts (QsRequestsView *self)
{
  static const struct {
    const char *trigger;
    const char *action;
  } shortcuts[] = {
    { "<Control>n", "requests.new" },
    { "<Control>f", "requests.search" },
    { "<Control>r", "requests.reload" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
                        gtk_callback_action_new (on_shortcut_cb, (gpointer) shortcuts[i].action,
                                                 NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* A desktop notification, only while the default calendar is open: no
 * one is paged at night about a deadline that waits for the morning. */
static void
notify_escalated (QsRequestsView *self,
                  GPtrArray      *escalated,
                  const char     *title,
                  gint64          now)
{
  GApplication *application = g_application_get_default ();
  g_autoptr(QsBusinessHours) hours = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GString) body = g_string_new (NULL);

  if (application == NULL || !g_application_get_is_registered (application) ||
      g_application_get_is_remote (application) ||
      !g_settings_get_boolean (self->settings, "request-notifications"))
    return;
  hours = qs_request_repository_get_hours (self->store, NULL, NULL, self->default_calendar, NULL);
  if (hours == NULL || !qs_business_hours_is_open (hours, now / G_USEC_PER_SEC * G_USEC_PER_SEC))
    return;

  for (guint i = 0; i < escalated->len && i < NOTIFICATION_MAX_REFS; i++)
    {
      QsEntity *request = g_ptr_array_index (escalated, i);

      if (i > 0)
        g_string_append (body, ", ");
      g_string_append (body, qs_entity_get_string (request, QS_REQUEST_FIELD_REF));
    }
  if (escalated->len > NOTIFICATION_MAX_REFS)
    {
      guint more = escalated->len - NOTIFICATION_MAX_REFS;

      g_string_append (body, " ");
      /* Translators: after a list of request references, "and 12 more" */
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                 more), more);
    }
  notification = g_notification_new (title);
  g_notification_set_body (notification, body->str);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target (notification, "win.view", "s", "requests");
  g_application_send_notification (application, "requests-escalated", notification);
}

/**
 * qs_requests_view_escalate:
 * @now: the instant, Unix microseconds
 *
 * Escalates the overdue requests, tells the user and shows the badges.
 *
 * Returns: how many requests were escalated, -1 on error (shown)
 */
int
qs_requests_view_escalate (QsRequestsView *self,
                           gint64          now)
{
  g_autoptr(GPtrArray) escalated = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *title = NULL;
  gint64 started;

  g_return_val_if_fail (QS_IS_REQUESTS_VIEW (self), -1);

  if (self->store == NULL || qs_store_is_read_only (self->store))
    return 0;
  actor = qs_requests_identity_dup_actor (self->store);
  started = g_get_monotonic_time ();
  escalated = qs_request_repository_escalate_overdue (self->store, actor, now, &error);
  g_debug ("Escalation scan in %.1f ms", (g_get_monotonic_time () - started) / 1000.0);
  if (escalated == NULL)
    {
      qs_requests_view_toast_error (self, error);
      return -1;
    }
  if (escalated->len == 0)
    return 0;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request escalated",
                                        "%u requests escalated", escalated->len),
                           escalated->len);
  qs_requests_view_toast (self, title);
  notify_escalated (self, escalated, title, now);
  qs_requests_view_apply (self);
  return (int) escalated->len;
}

static gboolean
escalate_cb (gpointer user_data)
{
  QsRequestsView *self = user_data;

  qs_requests_view_escalate (self, g_get_real_time ());
  return G_SOURCE_CONTINUE;
}

static gboolean
first_escalation_cb (gpointer user_data)
{
  QsRequestsView *self = user_data;

  qs_requests_view_escalate (self, g_get_real_time ());
  self->escalate_id = g_timeout_add_seconds (ESCALATION_INTERVAL_SECONDS, escalate_cb, self);
  return G_SOURCE_REMOVE;
}

/**
 * qs_requests_view_start_escalation:
 *
 * Runs the first escalation scan once the list is on screen, then every
 * five minutes.
 */
void
qs_requests_view_start_escalation (QsRequestsView *self)
{
  g_clear_handle_id (&self->escalate_id, g_source_remove);
  if (self->store == NULL || qs_store_is_read_only (self->store))
    return;
  self->escalate_id = g_idle_add_full (G_PRIORITY_LOW, first_escalation_cb, self, NULL);
}

void
qs_requests_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "requests.new", NULL, new_cb);
  gtk_widget_class_install_action (widget_class, "requests.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "requests.reload", NULL, reload_cb);
  gtk_widget_class_install_action (widget_class, "requests.show-list", NULL, show_list_cb);
  gtk_widget_class_install_action (widget_class, "requests.close-request", NULL, close_request_cb);
}
