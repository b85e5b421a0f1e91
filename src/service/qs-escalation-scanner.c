/* qs-escalation-scanner.c — escalates overdue requests while QualServ runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shortly after the window opens, and every five minutes after while the
 * application runs, whatever view is shown, the overdue requests are
 * escalated to the owner of their commitment (then to the manager of the
 * department). The scan runs in a thread on its own connection to the
 * database: the first one on a large backlog writes thousands of events,
 * which must not freeze the window.
 *
 * Each scan that escalated something emits ::escalated; during the
 * default calendar's business hours, it also sends a desktop
 * notification. A scan that failed emits ::failed.
 *
 * The same scan then looks at the dashboard's indicators of the last
 * months (qs_alert_desk_scan()): an alert raised, escalated or recovered
 * emits ::alerts and is notified the same way.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-alert-desk.h"
#include "qs-business-hours.h"
#include "qs-enum-labels.h"
#include "qs-entities.h"
#include "qs-escalation-policy.h"
#include "qs-escalation-scanner.h"
#include "qs-request-repository.h"

#define SCAN_INTERVAL_SECONDS (5 * 60)
#define NOTIFICATION_MAX_REFS 5
#define SCAN_PAUSE_MS 25

struct _QsEscalationScanner
{
  GObject parent_instance;

  QsContext    *context;
  QsStore      *store;    /* the context's */
  GSettings    *settings; /* the context's, or NULL */
  guint         timeout_id;
  GCancellable *cancellable; /* the scan under way in a thread, or NULL */
};

G_DEFINE_FINAL_TYPE (QsEscalationScanner, qs_escalation_scanner, G_TYPE_OBJECT)

enum
{
  ESCALATED,
  ALERTS,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char      *path;
  char      *actor;
  char      *calendar;
  QsClock   *clock;
  GTimeZone *zone;
  gint64     now;
} Scan;

/* What a scan did: requests escalated, alerts raised, escalated,
 * recovered. */
typedef struct
{
  GPtrArray *escalated;
  GPtrArray *alerts;
} Done;

static void
done_free (Done *done)
{
  g_clear_pointer (&done->escalated, g_ptr_array_unref);
  g_clear_pointer (&done->alerts, g_ptr_array_unref);
  g_free (done);
}

static void
scan_free (Scan *scan)
{
  g_free (scan->path);
  g_free (scan->actor);
  g_free (scan->calendar);
  g_clear_object (&scan->clock);
  g_clear_pointer (&scan->zone, g_time_zone_unref);
  g_free (scan);
}

/* The calendar that counts a deadline whose charter names none. */
static char *
default_calendar (QsEscalationScanner *self)
{
  return self->settings != NULL ? g_settings_get_string (self->settings, "default-calendar")
                                : g_strdup ("");
}

gboolean
qs_escalation_scanner_notification_due (QsEscalationScanner *self, gint64 now)
{
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autofree char *calendar = NULL;

  g_return_val_if_fail (QS_IS_ESCALATION_SCANNER (self), FALSE);

  /* No one is paged at night about a deadline that waits for the morning. */
  if (self->settings == NULL || !g_settings_get_boolean (self->settings, "request-notifications"))
    return FALSE;
  calendar = default_calendar (self);
  hours = qs_request_repository_get_hours (self->store, NULL, NULL, calendar, NULL);
  return hours != NULL && qs_business_hours_is_open (hours, now / G_USEC_PER_SEC * G_USEC_PER_SEC);
}

char *
qs_escalation_scanner_title (GPtrArray *escalated)
{
  return g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u request escalated", "%u requests escalated", escalated->len),
    escalated->len);
}

char *
qs_escalation_scanner_summary (GPtrArray *escalated)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < escalated->len && i < NOTIFICATION_MAX_REFS; i++)
    {
      if (i > 0)
        g_string_append (body, ", ");
      g_string_append (
        body, qs_entity_get_string (g_ptr_array_index (escalated, i), QS_REQUEST_FIELD_REF));
    }
  if (escalated->len > NOTIFICATION_MAX_REFS)
    {
      guint more = escalated->len - NOTIFICATION_MAX_REFS;

      g_string_append (body, " ");
      g_string_append_printf (
        /* Translators: after a list of request references, "and 12 more" */
        body, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }
  return g_string_free (body, FALSE);
}

static void
notify (QsEscalationScanner *self, const char *id, const char *title, const char *body, gint64 now)
{
  GApplication *application = g_application_get_default ();
  g_autoptr (GNotification) notification = NULL;

  /* Without a session bus (a bare X session, some sandboxes) the desktop
   * has nowhere to show it, and GIO complains: the window's toast says it. */
  if (application == NULL || !g_application_get_is_registered (application) ||
      g_application_get_is_remote (application) ||
      g_application_get_dbus_connection (application) == NULL ||
      !qs_escalation_scanner_notification_due (self, now))
    return;

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (application, id, notification);
}

char *
qs_escalation_scanner_alerts_title (GPtrArray *alerts)
{
  const QsAlertOutcome *first = g_ptr_array_index (alerts, 0);

  if (alerts->len > 1)
    return g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u indicator alert", "%u indicator alerts", alerts->len),
      alerts->len);
  switch (first->kind)
    {
    case QS_ALERT_OUTCOME_RAISED:
      /* Translators: %s is an indicator, or a commitment of a charter */
      return g_strdup_printf (_ ("Below target: %s"), first->subject);
    case QS_ALERT_OUTCOME_ESCALATED:
      /* Translators: %s is an indicator, or a commitment of a charter */
      return g_strdup_printf (_ ("Still below target, escalated: %s"), first->subject);
    case QS_ALERT_OUTCOME_RECOVERED:
    default:
      /* Translators: %s is an indicator, or a commitment of a charter */
      return g_strdup_printf (_ ("Back on target: %s"), first->subject);
    }
}

static void
report (QsEscalationScanner *self, GPtrArray *escalated, GPtrArray *alerts, gint64 now)
{
  if (escalated->len > 0)
    {
      g_autofree char *title = qs_escalation_scanner_title (escalated);
      g_autofree char *body = qs_escalation_scanner_summary (escalated);

      notify (self, "requests-escalated", title, body, now);
      g_signal_emit (self, signals[ESCALATED], 0, escalated);
    }
  if (alerts != NULL && alerts->len > 0)
    {
      g_autofree char      *title = qs_escalation_scanner_alerts_title (alerts);
      const QsAlertOutcome *first = g_ptr_array_index (alerts, 0);

      notify (self, "indicator-alerts", title, first->department, now);
      g_signal_emit (self, signals[ALERTS], 0, alerts);
    }
}

int
qs_escalation_scanner_scan_now (QsEscalationScanner *self, gint64 now, GError **error)
{
  g_autoptr (QsEscalationPolicy) policy = NULL;
  g_autoptr (GPtrArray) escalated = NULL;
  g_autoptr (GPtrArray) alerts = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *calendar = NULL;

  g_return_val_if_fail (QS_IS_ESCALATION_SCANNER (self), -1);

  if (qs_store_is_read_only (self->store))
    return 0;
  actor = qs_context_dup_actor (self->context);
  calendar = default_calendar (self);
  qs_request_repository_set_default_calendar (self->store, calendar);
  policy = qs_escalation_policy_new (self->store);
  escalated = qs_escalation_policy_escalate_overdue (policy, actor, now, error);
  if (escalated == NULL)
    return -1;
  alerts = qs_alert_desk_scan (self->store, qs_context_get_timezone (self->context),
                               qs_interface_language (), actor, error);
  if (alerts == NULL)
    return -1;
  report (self, escalated, alerts, now);
  return (int) escalated->len;
}

static void
scan_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  Scan *scan = task_data;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsEscalationPolicy) policy = NULL;
  g_autoptr (GError) error = NULL;
  Done  *done;
  gint64 started = g_get_monotonic_time ();

  store = qs_store_open (scan->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The thread's connection stamps its writes by the window's clock. */
  qs_store_set_clock (store, scan->clock);
  qs_request_repository_set_default_calendar (store, scan->calendar);
  policy = qs_escalation_policy_new (store);
  /* As long as each transaction: the window writes at most one late. */
  qs_escalation_policy_set_pause (policy, SCAN_PAUSE_MS);
  done = g_new0 (Done, 1);
  done->escalated = qs_escalation_policy_escalate_overdue (policy, scan->actor, scan->now, &error);
  if (done->escalated != NULL)
    done->alerts =
      qs_alert_desk_scan (store, scan->zone, qs_interface_language (), scan->actor, &error);
  g_debug ("Escalation scan in %.1f ms, in a thread", (g_get_monotonic_time () - started) / 1000.0);
  if (done->alerts == NULL)
    {
      done_free (done);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, done, (GDestroyNotify) done_free);
}

static void
on_scan_done_cb (GObject *source_object, GAsyncResult *result, gpointer user_data)
{
  QsEscalationScanner *self = QS_ESCALATION_SCANNER (source_object);
  Scan                *scan = g_task_get_task_data (G_TASK (result));
  GCancellable        *cancellable = g_task_get_cancellable (G_TASK (result));
  Done                *done;
  g_autoptr (GError) error = NULL;

  done = g_task_propagate_pointer (G_TASK (result), &error);
  /* A scan stopped says nothing. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&done, done_free);
      return;
    }
  if (self->cancellable == cancellable)
    g_clear_object (&self->cancellable);
  if (done == NULL)
    g_signal_emit (self, signals[FAILED], 0, error);
  else
    report (self, done->escalated, done->alerts, scan->now);
  g_clear_pointer (&done, done_free);
}

static void
start_scan (QsEscalationScanner *self)
{
  g_autoptr (GTask) task = NULL;
  Scan *scan;

  /* One at a time, and never on a database that cannot change. */
  if (self->cancellable != NULL || qs_store_is_read_only (self->store))
    return;
  scan = g_new0 (Scan, 1);
  scan->path = g_strdup (qs_store_get_path (self->store));
  scan->actor = qs_context_dup_actor (self->context);
  scan->calendar = default_calendar (self);
  scan->clock = g_object_ref (qs_store_get_clock (self->store));
  scan->zone = g_time_zone_ref (qs_context_get_timezone (self->context));
  scan->now = qs_store_now (self->store);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_scan_done_cb, NULL);
  g_task_set_source_tag (task, start_scan);
  g_task_set_task_data (task, scan, (GDestroyNotify) scan_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, scan_thread);
}

static gboolean
on_interval_cb (gpointer user_data)
{
  start_scan (QS_ESCALATION_SCANNER (user_data));
  return G_SOURCE_CONTINUE;
}

static gboolean
on_first_scan_cb (gpointer user_data)
{
  QsEscalationScanner *self = QS_ESCALATION_SCANNER (user_data);

  start_scan (self);
  self->timeout_id = g_timeout_add_seconds (SCAN_INTERVAL_SECONDS, on_interval_cb, self);
  return G_SOURCE_REMOVE;
}

void
qs_escalation_scanner_start (QsEscalationScanner *self, guint first_delay)
{
  g_return_if_fail (QS_IS_ESCALATION_SCANNER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (qs_store_is_read_only (self->store))
    return;
  self->timeout_id = g_timeout_add_seconds (first_delay, on_first_scan_cb, self);
}

/* Stops the scans to come, and forgets the one under way. */
void
qs_escalation_scanner_stop (QsEscalationScanner *self)
{
  g_return_if_fail (QS_IS_ESCALATION_SCANNER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

static void
qs_escalation_scanner_dispose (GObject *object)
{
  QsEscalationScanner *self = QS_ESCALATION_SCANNER (object);

  qs_escalation_scanner_stop (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (qs_escalation_scanner_parent_class)->dispose (object);
}

static void
qs_escalation_scanner_class_init (QsEscalationScannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qs_escalation_scanner_dispose;

  /**
   * QsEscalationScanner::escalated:
   * @requests: (element-type QsRequest): the requests a scan escalated,
   *   never none
   */
  signals[ESCALATED] = g_signal_new ("escalated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  /**
   * QsEscalationScanner::alerts:
   * @outcomes: (element-type QsAlertOutcome): the alerts a scan raised,
   *   escalated or recovered, never none
   */
  signals[ALERTS] = g_signal_new ("alerts", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  /**
   * QsEscalationScanner::failed:
   * @error: why the scan in a thread failed
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
qs_escalation_scanner_init (QsEscalationScanner *self)
{
}

/* @context must have a store. */
QsEscalationScanner *
qs_escalation_scanner_new (QsContext *context)
{
  QsEscalationScanner *self;

  g_return_val_if_fail (QS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (qs_context_get_store (context) != NULL, NULL);

  self = g_object_new (QS_TYPE_ESCALATION_SCANNER, NULL);
  self->context = g_object_ref (context);
  self->store = g_object_ref (qs_context_get_store (context));
  if (qs_context_get_settings (context) != NULL)
    self->settings = g_object_ref (qs_context_get_settings (context));
  return self;
}
