/* qs-request-repository-clock.c — the lifecycle of a request and its deadline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each action writes the request and a "status" event (old and new
 * status, who, when, the text given) in one transaction. Waiting on the
 * client stops the clock: paused_at is set, and resuming moves the
 * resolution due date by the business time spent waiting, recorded in a
 * "resume" event with the due date before and after. An extension is a
 * new promise: it needs a reason and a client who has been told.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-deadline.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"
#include "qs-text.h"

/* "“REQ-2026-00042” is closed: it cannot be resolved." in two halves,
 * the status and the action, so that each action need not be written
 * once per status. */
static const char *status_phrases[] = {
  [QS_REQUEST_STATUS_RECEIVED] = N_ ("“%s” has just been received"),
  [QS_REQUEST_STATUS_ACKNOWLEDGED] = N_ ("“%s” is acknowledged"),
  [QS_REQUEST_STATUS_IN_ANALYSIS] = N_ ("“%s” is in analysis"),
  [QS_REQUEST_STATUS_WAITING_ON_CLIENT] = N_ ("“%s” is waiting on the client"),
  [QS_REQUEST_STATUS_RESOLVED] = N_ ("“%s” is resolved"),
  [QS_REQUEST_STATUS_CLIENT_INFORMED] = N_ ("“%s” has been reported to the client"),
  [QS_REQUEST_STATUS_CLOSED] = N_ ("“%s” is closed"),
  [QS_REQUEST_STATUS_REOPENED] = N_ ("“%s” is reopened"),
  [QS_REQUEST_STATUS_REJECTED] = N_ ("“%s” is rejected"),
};

static const char *refusal_phrases[] = {
  [QS_REQUEST_ACTION_ACKNOWLEDGE] = N_ ("it cannot be acknowledged."),
  [QS_REQUEST_ACTION_START_ANALYSIS] = N_ ("its analysis cannot be started."),
  [QS_REQUEST_ACTION_WAIT_ON_CLIENT] = N_ ("it cannot be put on hold for the client."),
  [QS_REQUEST_ACTION_RESUME] = N_ ("it is not waiting, so it cannot be resumed."),
  [QS_REQUEST_ACTION_RESOLVE] = N_ ("it cannot be resolved."),
  [QS_REQUEST_ACTION_INFORM_CLIENT] = N_ ("the client can only be informed of a resolved request."),
  [QS_REQUEST_ACTION_CLOSE] = N_ ("it can only be closed once the client is informed."),
  [QS_REQUEST_ACTION_REOPEN] = N_ ("it is still open, so it cannot be reopened."),
  [QS_REQUEST_ACTION_REJECT] = N_ ("it can no longer be rejected."),
};

static const char *missing_text[] = {
  [QS_REQUEST_ACTION_RESOLVE] = N_ ("Write the resolution: what was done for the client."),
  [QS_REQUEST_ACTION_REOPEN] = N_ ("Give the reason for reopening the request."),
  [QS_REQUEST_ACTION_REJECT] =
    N_ ("Give the reason for rejecting the request: the client will be told."),
};

static void
set_refusal (GError **error, QsRequest *request, QsRequestStatus status, QsRequestAction action)
{
  const char      *ref = qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF);
  g_autofree char *subject = g_strdup_printf (_ (status_phrases[status]), ref);

  /* TRANSLATORS: "“REQ-2026-00042” is closed" then "it cannot be resolved." */
  g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("%s: %s"), subject,
               _ (refusal_phrases[action]));
}

/* Moves the resolution due date by the business time spent waiting and
 * records it in a "resume" event. */
static gboolean
resume_clock (QsStore *store, QsRequest *request, const char *actor, gint64 now, GError **error)
{
  QsEntity        *e = QS_ENTITY (request);
  gint64           paused_at = qs_entity_get_int (e, QS_REQUEST_FIELD_PAUSED_AT);
  gint64           due = qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  gint64           new_due = due;
  g_autofree char *old_iso = NULL;
  g_autofree char *new_iso = NULL;
  g_autofree char *paused_text = NULL;

  if (paused_at != 0 && due != 0)
    {
      g_autoptr (QsBusinessHours) hours = qs_request_repository_hours_of (store, request, error);
      gint64 paused;

      if (hours == NULL)
        return FALSE;
      paused = qs_business_hours_between (hours, paused_at, now);
      if (paused > 0)
        new_due = qs_business_hours_add (hours, due, paused);
      paused_text = qs_deadline_format_duration (hours, paused,
                                                 qs_entity_get_enum (e, QS_REQUEST_FIELD_LANGUAGE));
    }

  old_iso = qs_request_format_iso (due);
  new_iso = qs_request_format_iso (new_due);
  qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT, new_due);
  qs_entity_set_int (e, QS_REQUEST_FIELD_PAUSED_AT, 0);
  return qs_request_repository_add_event (store, request, QS_EVENT_KIND_RESUME, "resolution_due_at",
                                          old_iso, new_iso, paused_text, FALSE, actor, now, error);
}

/**
 * qs_request_repository_apply:
 *
 * Returns: whether the action was stored; on failure @request is left
 *   as it was
 */
gboolean
qs_request_repository_apply (QsStore        *store,
                             QsRequest      *request,
                             QsRequestAction action,
                             const char     *text,
                             const char     *actor,
                             gint64          now,
                             GError        **error)
{
  g_autoptr (QsRequestSnapshot) snapshot = NULL;
  g_autofree char *note = NULL;
  QsEntity        *e = QS_ENTITY (request);
  QsRequestStatus  from, to;
  gboolean         ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);
  g_return_val_if_fail (action < QS_REQUEST_N_ACTIONS, FALSE);

  if (!qs_request_repository_refresh (store, request, error))
    return FALSE;
  from = qs_entity_get_enum (e, QS_REQUEST_FIELD_STATUS);
  to = qs_request_action_get_target (action);
  if (!qs_request_action_is_allowed (action, from))
    {
      set_refusal (error, request, from, action);
      return FALSE;
    }
  if (qs_request_action_needs_text (action) && qs_text_is_blank (text))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID, _ (missing_text[action]));
      return FALSE;
    }
  if (!qs_text_is_blank (text))
    note = g_strstrip (g_strdup (text));

  if (!qs_store_begin (store, error))
    return FALSE;
  snapshot = qs_request_snapshot_take (request);

  switch (action)
    {
    case QS_REQUEST_ACTION_ACKNOWLEDGE:
      qs_entity_set_int (e, QS_REQUEST_FIELD_ACKNOWLEDGED_AT, now);
      break;
    case QS_REQUEST_ACTION_RESOLVE:
      qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLVED_AT, now);
      qs_entity_set_string (e, QS_REQUEST_FIELD_RESOLUTION, note);
      break;
    case QS_REQUEST_ACTION_INFORM_CLIENT:
      qs_entity_set_int (e, QS_REQUEST_FIELD_CLIENT_INFORMED_AT, now);
      break;
    case QS_REQUEST_ACTION_CLOSE:
      qs_entity_set_int (e, QS_REQUEST_FIELD_CLOSED_AT, now);
      break;
    case QS_REQUEST_ACTION_REOPEN:
      /* The history keeps the earlier resolution and reason. */
      qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLVED_AT, 0);
      qs_entity_set_int (e, QS_REQUEST_FIELD_CLIENT_INFORMED_AT, 0);
      qs_entity_set_int (e, QS_REQUEST_FIELD_CLOSED_AT, 0);
      qs_entity_set_string (e, QS_REQUEST_FIELD_REJECT_REASON, NULL);
      break;
    case QS_REQUEST_ACTION_REJECT:
      qs_entity_set_string (e, QS_REQUEST_FIELD_REJECT_REASON, note);
      /* The clock stops for good: no pause is left open. */
      qs_entity_set_int (e, QS_REQUEST_FIELD_PAUSED_AT, 0);
      break;
    case QS_REQUEST_ACTION_START_ANALYSIS:
    case QS_REQUEST_ACTION_WAIT_ON_CLIENT:
    case QS_REQUEST_ACTION_RESUME:
    case QS_REQUEST_N_ACTIONS:
    default:
      break;
    }
  qs_entity_set_enum (e, QS_REQUEST_FIELD_STATUS, to);

  ok = qs_request_repository_add_event (store, request, QS_EVENT_KIND_STATUS, "status",
                                        qs_request_status_nick (from), qs_request_status_nick (to),
                                        note, FALSE, actor, now, error);
  if (ok && action == QS_REQUEST_ACTION_WAIT_ON_CLIENT)
    {
      g_autofree char *due =
        qs_request_format_iso (qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT));

      qs_entity_set_int (e, QS_REQUEST_FIELD_PAUSED_AT, now);
      ok =
        qs_request_repository_add_event (store, request, QS_EVENT_KIND_PAUSE, "resolution_due_at",
                                         due, due, note, FALSE, actor, now, error);
    }
  else if (ok && action == QS_REQUEST_ACTION_RESUME)
    ok = resume_clock (store, request, actor, now, error);

  return qs_request_repository_finish (store, request, snapshot, ok, error);
}

/**
 * qs_request_repository_extend:
 *
 * Returns: whether the new date was stored; on failure @request is left
 *   as it was
 */
gboolean
qs_request_repository_extend (QsStore    *store,
                              QsRequest  *request,
                              gint64      new_due,
                              const char *reason,
                              gboolean    client_told,
                              const char *actor,
                              gint64      now,
                              GError    **error)
{
  g_autoptr (QsRequestSnapshot) snapshot = NULL;
  g_autofree char *old_iso = NULL;
  g_autofree char *new_iso = NULL;
  g_autofree char *note = NULL;
  QsEntity        *e = QS_ENTITY (request);
  QsRequestStatus  status;
  gint64           due;
  gboolean         ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);

  if (!qs_request_repository_refresh (store, request, error))
    return FALSE;
  status = qs_entity_get_enum (e, QS_REQUEST_FIELD_STATUS);
  due = qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  if (!qs_request_status_is_open (status) || status == QS_REQUEST_STATUS_RESOLVED ||
      status == QS_REQUEST_STATUS_CLIENT_INFORMED)
    {
      g_autofree char *ref = qs_request_quoted_ref (request);

      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("%s is already resolved or closed: its deadline can no longer be extended."),
                   ref);
      return FALSE;
    }
  if (qs_text_is_blank (reason))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Give the reason for the extension: it is kept with the new date."));
      return FALSE;
    }
  if (!client_told)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Tell the client the new date first: an extension is only a promise "
                              "once the client knows it."));
      return FALSE;
    }
  if (new_due <= due || new_due <= 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Choose a new due date later than the current one."));
      return FALSE;
    }

  note = g_strstrip (g_strdup (reason));
  old_iso = qs_request_format_iso (due);
  new_iso = qs_request_format_iso (new_due);

  if (!qs_store_begin (store, error))
    return FALSE;
  snapshot = qs_request_snapshot_take (request);
  qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT, new_due);
  ok =
    qs_request_repository_add_event (store, request, QS_EVENT_KIND_EXTENSION, "resolution_due_at",
                                     old_iso, new_iso, note, TRUE, actor, now, error);
  return qs_request_repository_finish (store, request, snapshot, ok, error);
}
