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
#include "qs-view-shortcuts.h"

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

/**
 * qs_requests_view_notification_due:
 * @now: the instant, Unix microseconds
 *
 * Whether escalations are told by a desktop notification at @now: only
 * when the user wants them and while the default calendar is open, for
 * no one is paged at night about a deadline that waits for the morning.
 */
gboolean
qs_requests_view_notification_due (QsRequestsView *self,
                                   gint64          now)
{
  g_autoptr(QsBusinessHours) hours = NULL;

  if (self->store == NULL || !g_settings_get_boolean (self->settings, "request-notifications"))
    return FALSE;
  hours = qs_request_repository_get_hours (self->store, NULL, NULL, self->default_calendar, NULL);
  return hours != NULL && qs_business_hours_is_open (hours, now / G_USEC_PER_SEC * G_USEC_PER_SEC);
}

/**
 * qs_requests_view_escalation_summary:
 * @escalated: (element-type QsRequest): the requests a scan escalated
 *
 * Returns: (transfer full): their references, the first few and how many
 *   more, the body of the notification
 */
char *
qs_requests_view_escalation_summary (GPtrArray *escalated)
{
  GString *body = g_string_new (NULL);

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
  return g_string_free (body, FALSE);
}

static void
notify_escalated (QsRequestsView *self,
                  GPtrArray      *escalated,
                  const char     *title,
                  gint64          now)
{
  GApplication *application = g_application_get_default ();
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *body = NULL;

  if (application == NULL || !g_application_get_is_registered (application) ||
      g_application_get_is_remote (application) ||
      !qs_requests_view_notification_due (self, now))
    return;

  body = qs_requests_view_escalation_summary (escalated);
  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (application, "requests-escalated", notification);
}

/* Tells the user about the requests a scan escalated and shows their badges. */
static void
report_escalated (QsRequestsView *self,
                  GPtrArray      *escalated,
                  gint64          now)
{
  g_autofree char *title = NULL;

  if (escalated->len == 0)
    return;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request escalated",
                                        "%u requests escalated", escalated->len),
                           escalated->len);
  qs_requests_view_toast (self, title);
  notify_escalated (self, escalated, title, now);
  qs_requests_view_apply (self);
}

/**
 * qs_requests_view_escalate:
 * @now: the instant, Unix microseconds
 *
 * Escalates the overdue requests at once, tells the user and shows the
 * badges.
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
  report_escalated (self, escalated, now);
  return (int) escalated->len;
}

/* The periodic scan runs in a thread on its own connection to the
 * database: the first one on a large backlog writes thousands of events,
 * which must not freeze the window. */
typedef struct
{
  char   *path;
  char   *actor;
  char   *calendar;
  gint64  now;
} Scan;

static void
scan_free (Scan *scan)
{
  g_free (scan->path);
  g_free (scan->actor);
  g_free (scan->calendar);
  g_free (scan);
}

static void
scan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Scan *scan = task_data;
  g_autoptr(QsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *escalated;
  gint64 started = g_get_monotonic_time ();

  store = qs_store_open (scan->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  qs_request_repository_set_default_calendar (store, scan->calendar);
  escalated = qs_request_repository_escalate_overdue (store, scan->actor, scan->now, &error);
  g_debug ("Escalation scan in %.1f ms, in a thread", (g_get_monotonic_time () - started) / 1000.0);
  if (escalated == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, escalated, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_scan_done_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (source_object);
  Scan *scan = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) escalated = NULL;
  g_autoptr(GError) error = NULL;

  escalated = g_task_propagate_pointer (G_TASK (result), &error);
  /* A scan stopped (the view is gone, or shows another database) says nothing. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))) || self->store == NULL)
    return;
  if (self->scan_cancellable == g_task_get_cancellable (G_TASK (result)))
    g_clear_object (&self->scan_cancellable);
  if (escalated == NULL)
    qs_requests_view_toast_error (self, error);
  else
    report_escalated (self, escalated, scan->now);
}

static void
start_scan (QsRequestsView *self)
{
  g_autoptr(GTask) task = NULL;
  Scan *scan;

  /* One at a time, and never on a database that cannot change. */
  if (self->scan_cancellable != NULL || self->store == NULL || qs_store_is_read_only (self->store))
    return;
  scan = g_new0 (Scan, 1);
  scan->path = g_strdup (qs_store_get_path (self->store));
  scan->actor = qs_requests_identity_dup_actor (self->store);
  scan->calendar = g_strdup (self->default_calendar);
  scan->now = g_get_real_time ();
  self->scan_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->scan_cancellable, on_scan_done_cb, NULL);
  g_task_set_source_tag (task, start_scan);
  g_task_set_task_data (task, scan, (GDestroyNotify) scan_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, scan_thread);
}

static gboolean
escalate_cb (gpointer user_data)
{
  start_scan (QS_REQUESTS_VIEW (user_data));
  return G_SOURCE_CONTINUE;
}

static gboolean
first_escalation_cb (gpointer user_data)
{
  QsRequestsView *self = user_data;

  start_scan (self);
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
  qs_requests_view_stop_escalation (self);
  if (self->store == NULL || qs_store_is_read_only (self->store))
    return;
  self->escalate_id = g_idle_add_full (G_PRIORITY_LOW, first_escalation_cb, self, NULL);
}

void
qs_requests_view_stop_escalation (QsRequestsView *self)
{
  g_clear_handle_id (&self->escalate_id, g_source_remove);
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
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
