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

#include "qs-catalog.h"
#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-department.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"

/* "“REQ-2026-00042” is closed: it cannot be resolved." in two halves,
 * the status and the action, so that each action need not be written
 * once per status. */
static const char *status_phrases[] = {
  [QS_REQUEST_STATUS_RECEIVED]          = N_("“%s” has just been received"),
  [QS_REQUEST_STATUS_ACKNOWLEDGED]      = N_("“%s” is acknowledged"),
  [QS_REQUEST_STATUS_IN_ANALYSIS]       = N_("“%s” is in analysis"),
  [QS_REQUEST_STATUS_WAITING_ON_CLIENT] = N_("“%s” is waiting on the client"),
  [QS_REQUEST_STATUS_RESOLVED]          = N_("“%s” is resolved"),
  [QS_REQUEST_STATUS_CLIENT_INFORMED]   = N_("“%s” has been reported to the client"),
  [QS_REQUEST_STATUS_CLOSED]            = N_("“%s” is closed"),
  [QS_REQUEST_STATUS_REOPENED]          = N_("“%s” is reopened"),
  [QS_REQUEST_STATUS_REJECTED]          = N_("“%s” is rejected"),
};

static const char *refusal_phrases[] = {
  [QS_REQUEST_ACTION_ACKNOWLEDGE]    = N_("it cannot be acknowledged."),
  [QS_REQUEST_ACTION_START_ANALYSIS] = N_("its analysis cannot be started."),
  [QS_REQUEST_ACTION_WAIT_ON_CLIENT] = N_("it cannot be put on hold for the client."),
  [QS_REQUEST_ACTION_RESUME]         = N_("it is not waiting, so it cannot be resumed."),
  [QS_REQUEST_ACTION_RESOLVE]        = N_("it cannot be resolved."),
  [QS_REQUEST_ACTION_INFORM_CLIENT]  = N_("the client can only be informed of a resolved request."),
  [QS_REQUEST_ACTION_CLOSE]          = N_("it can only be closed once the client is informed."),
  [QS_REQUEST_ACTION_REOPEN]         = N_("it is still open, so it cannot be reopened."),
  [QS_REQUEST_ACTION_REJECT]         = N_("it can no longer be rejected."),
};

static const char *missing_text[] = {
  [QS_REQUEST_ACTION_RESOLVE] = N_("Write the resolution: what was done for the client."),
  [QS_REQUEST_ACTION_REOPEN]  = N_("Give the reason for reopening the request."),
  [QS_REQUEST_ACTION_REJECT]  = N_("Give the reason for rejecting the request: the client will be told."),
};

static void
set_refusal (GError          **error,
             QsRequest        *request,
             QsRequestStatus   status,
             QsRequestAction   action)
{
  const char *ref = qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF);
  g_autofree char *subject = g_strdup_printf (_(status_phrases[status]), ref);

  /* TRANSLATORS: "“REQ-2026-00042” is closed" then "it cannot be resolved." */
  g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _("%s: %s"), subject, _(refusal_phrases[action]));
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Moves the resolution due date by the business time spent waiting and
 * records it in a "resume" event. */
static gboolean
resume_clock (QsStore     *store,
              QsRequest   *request,
              const char  *actor,
              gint64       now,
              GError     **error)
{
  QsEntity *e = QS_ENTITY (request);
  gint64 paused_at = qs_entity_get_int (e, QS_REQUEST_FIELD_PAUSED_AT);
  gint64 due = qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  gint64 new_due = due;
  g_autofree char *old_iso = NULL;
  g_autofree char *new_iso = NULL;
  g_autofree char *paused_text = NULL;

  if (paused_at != 0 && due != 0)
    {
      g_autoptr(QsBusinessHours) hours = qs_request_repository_hours_of (store, request, error);
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
qs_request_repository_apply (QsStore          *store,
                             QsRequest        *request,
                             QsRequestAction   action,
                             const char       *text,
                             const char       *actor,
                             gint64            now,
                             GError          **error)
{
  g_autoptr(QsRequestSnapshot) snapshot = NULL;
  g_autofree char *note = NULL;
  QsEntity *e = QS_ENTITY (request);
  QsRequestStatus from, to;
  gboolean ok;

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
  if (qs_request_action_needs_text (action) && is_blank (text))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID, _(missing_text[action]));
      return FALSE;
    }
  if (!is_blank (text))
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
      g_autofree char *due = qs_request_format_iso (qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT));

      qs_entity_set_int (e, QS_REQUEST_FIELD_PAUSED_AT, now);
      ok = qs_request_repository_add_event (store, request, QS_EVENT_KIND_PAUSE, "resolution_due_at",
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
qs_request_repository_extend (QsStore     *store,
                              QsRequest   *request,
                              gint64       new_due,
                              const char  *reason,
                              gboolean     client_told,
                              const char  *actor,
                              gint64       now,
                              GError     **error)
{
  g_autoptr(QsRequestSnapshot) snapshot = NULL;
  g_autofree char *old_iso = NULL;
  g_autofree char *new_iso = NULL;
  g_autofree char *note = NULL;
  QsEntity *e = QS_ENTITY (request);
  QsRequestStatus status;
  gint64 due;
  gboolean ok;

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
                   _("%s is already resolved or closed: its deadline can no longer be extended."), ref);
      return FALSE;
    }
  if (is_blank (reason))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _("Give the reason for the extension: it is kept with the new date."));
      return FALSE;
    }
  if (!client_told)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _("Tell the client the new date first: an extension is only a promise once the client knows it."));
      return FALSE;
    }
  if (new_due <= due || new_due <= 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _("Choose a new due date later than the current one."));
      return FALSE;
    }

  note = g_strstrip (g_strdup (reason));
  old_iso = qs_request_format_iso (due);
  new_iso = qs_request_format_iso (new_due);

  if (!qs_store_begin (store, error))
    return FALSE;
  snapshot = qs_request_snapshot_take (request);
  qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT, new_due);
  ok = qs_request_repository_add_event (store, request, QS_EVENT_KIND_EXTENSION, "resolution_due_at",
                                        old_iso, new_iso, note, TRUE, actor, now, error);
  return qs_request_repository_finish (store, request, snapshot, ok, error);
}

/**
 * qs_request_repository_explain:
 *
 * Returns: (transfer full): the explanation, or %NULL with @error set
 *   (no commitment applies, no calendar)
 */
char *
qs_request_repository_explain (QsStore     *store,
                               QsRequest   *request,
                               QsLanguage   language,
                               GError     **error)
{
  g_autoptr(QsBusinessHours) hours = NULL;
  g_autoptr(QsEntity) commitment = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(QsDeadlineExplanation) explanation = NULL;
  QsEntity *e = QS_ENTITY (request);
  const char *commitment_id;
  gint64 pause_start = 0;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  commitment_id = qs_entity_get_string (e, QS_REQUEST_FIELD_COMMITMENT_ID);
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_COMMITMENT),
                                  commitment_id, &commitment, error))
    return NULL;
  if (commitment == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                           _("No commitment of the provider’s charter applies to this request, so it has no resolution deadline."));
      return NULL;
    }
  hours = qs_request_repository_hours_of (store, request, error);
  if (hours == NULL)
    return NULL;
  events = qs_request_repository_get_events (store, qs_entity_get_id (e), error);
  if (events == NULL)
    return NULL;

  explanation = qs_deadline_explanation_new (hours,
                                             qs_entity_get_int (e, QS_REQUEST_FIELD_RECEIVED_AT),
                                             qs_entity_get_double (commitment, QS_COMMITMENT_FIELD_TARGET_VALUE),
                                             qs_entity_get_enum (commitment, QS_COMMITMENT_FIELD_TARGET_UNIT));
  for (guint i = 0; i < events->len; i++)
    {
      QsEntity *event = g_ptr_array_index (events, i);
      gint64 at = qs_entity_get_int (event, QS_REQUEST_EVENT_FIELD_AT);

      switch (qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND))
        {
        case QS_EVENT_KIND_PAUSE:
          pause_start = at;
          break;
        case QS_EVENT_KIND_RESUME:
          if (pause_start != 0)
            qs_deadline_explanation_add_pause (explanation, pause_start, at);
          pause_start = 0;
          break;
        case QS_EVENT_KIND_EXTENSION:
          qs_deadline_explanation_add_extension (explanation, at,
                                                 qs_request_parse_iso (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NEW_VALUE)),
                                                 qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NOTE));
          break;
        default:
          break;
        }
    }
  if (pause_start != 0 &&
      qs_entity_get_enum (e, QS_REQUEST_FIELD_STATUS) == QS_REQUEST_STATUS_WAITING_ON_CLIENT)
    qs_deadline_explanation_add_pause (explanation, pause_start, 0);
  if (qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT) != 0)
    qs_deadline_explanation_set_stored_due (explanation,
                                            qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT));

  return qs_deadline_explanation_to_text (explanation, language);
}

/* The sentence saying what was received: one per kind, so that each
 * language can make the sentence agree with its noun. */
static const char *
received_sentence (QsCatalog     *catalog,
                   QsRequestKind  kind)
{
  switch (kind)
    {
    case QS_REQUEST_KIND_COMPLAINT:
      /* Translators: in the acknowledgement letter sent to a client: %1$s
       * is the subject of the complaint, %2$s when it was received. The
       * next sentence says "Its reference is …" of it. */
      return qs_catalog_pgettext (catalog, "document", "We received your complaint “%1$s” on %2$s.");
    case QS_REQUEST_KIND_SUGGESTION:
      /* Translators: in the acknowledgement letter sent to a client: %1$s
       * is the subject of the suggestion, %2$s when it was received. */
      return qs_catalog_pgettext (catalog, "document", "We received your suggestion “%1$s” on %2$s.");
    case QS_REQUEST_KIND_COMPLIMENT:
      /* Translators: in the acknowledgement letter sent to a client: %1$s
       * is the subject of the compliment, %2$s when it was received. */
      return qs_catalog_pgettext (catalog, "document", "We received your compliment “%1$s” on %2$s.");
    case QS_REQUEST_KIND_REQUEST:
    default:
      /* Translators: in the acknowledgement letter sent to a client: %1$s
       * is the subject of the request, %2$s when it was received. */
      return qs_catalog_pgettext (catalog, "document", "We received your request “%1$s” on %2$s.");
    }
}

/**
 * qs_request_repository_acknowledgement_text:
 *
 * A confidential request is still addressed to its client: confidentiality
 * hides the complainant from others, not from themselves.
 *
 * Returns: (transfer full): the letter, or %NULL with @error set
 */
char *
qs_request_repository_acknowledgement_text (QsStore     *store,
                                            QsRequest   *request,
                                            GError     **error)
{
  g_autoptr(QsBusinessHours) hours = NULL;
  g_autoptr(QsEntity) client = NULL;
  g_autoptr(QsEntity) department = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *received = NULL;
  QsEntity *e = QS_ENTITY (request);
  const char *client_id, *department_id, *given_name = NULL;
  QsLanguage language;
  QsCatalog *catalog;
  gint64 due;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  language = qs_entity_get_enum (e, QS_REQUEST_FIELD_LANGUAGE);
  catalog = qs_catalog_get_for_language (language);
  hours = qs_request_repository_hours_of (store, request, error);
  if (hours == NULL)
    return NULL;

  client_id = qs_entity_get_string (e, QS_REQUEST_FIELD_CLIENT_ID);
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_CLIENT), client_id, &client, error))
    return NULL;
  if (client != NULL)
    given_name = qs_entity_get_string (client, QS_CLIENT_FIELD_GIVEN_NAME);
  department_id = qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID);
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                                  department_id, &department, error))
    return NULL;

  if (given_name != NULL && *given_name != '\0')
    /* Translators: the greeting of the acknowledgement letter sent to a
     * client; %s is their given name. */
    g_string_append_printf (text, qs_catalog_pgettext (catalog, "document", "Dear %s,"), given_name);
  else
    /* Translators: the greeting of the acknowledgement letter sent to a
     * client whose name is not known. */
    g_string_append (text, qs_catalog_pgettext (catalog, "document", "Hello,"));
  g_string_append (text, "\n\n");

  received = qs_deadline_format_instant (hours, qs_entity_get_int (e, QS_REQUEST_FIELD_RECEIVED_AT), language);
  g_string_append_printf (text, received_sentence (catalog, qs_entity_get_enum (e, QS_REQUEST_FIELD_KIND)),
                          qs_entity_get_string (e, QS_REQUEST_FIELD_SUBJECT), received);
  g_string_append_c (text, ' ');
  /* Translators: in the acknowledgement letter sent to a client, after
   * "We received your request …" (French: "Elle" agrees with demande,
   * plainte, suggestion and appréciation alike); %s is its reference,
   * "REQ-2026-00042". */
  g_string_append_printf (text, qs_catalog_pgettext (catalog, "document", "Its reference is %s; please "
                                                                         "quote it when you contact us "
                                                                         "about it."),
                          qs_entity_get_string (e, QS_REQUEST_FIELD_REF));
  g_string_append (text, "\n\n");

  due = qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  if (due != 0)
    {
      g_autofree char *due_text = qs_deadline_format_instant (hours, due, language);

      /* Translators: in the acknowledgement letter sent to a client; %s is
       * the date and time promised. */
      g_string_append_printf (text, qs_catalog_pgettext (catalog, "document", "We commit to giving you an "
                                                                             "answer at the latest by %s."),
                              due_text);
    }
  else
    /* Translators: in the acknowledgement letter sent to a client whose
     * request has no due date. */
    g_string_append (text, qs_catalog_pgettext (catalog, "document", "We will keep you informed at every "
                                                                     "step of its handling."));
  g_string_append (text, "\n\n");

  /* Translators: the closing of the acknowledgement letter sent to a
   * client, before the department's name. */
  g_string_append (text, qs_catalog_pgettext (catalog, "document", "Kind regards,"));
  if (department != NULL)
    g_string_append_printf (text, "\n%s", qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
  g_string_append_c (text, '\n');

  return g_string_free (g_steal_pointer (&text), FALSE);
}
