/* qs-request-desk.c — where requests are received: what they are promised, their letter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-acknowledgement-letter.h"
#include "qs-charter-repository.h"
#include "qs-commitment-match.h"
#include "qs-deadline-explanation.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-request-desk.h"
#include "qs-request-repository.h"

struct _QsRequestDesk
{
  GObject parent_instance;

  QsStore *store;
};

G_DEFINE_FINAL_TYPE (QsRequestDesk, qs_request_desk, G_TYPE_OBJECT)

static void
qs_request_desk_dispose (GObject *object)
{
  QsRequestDesk *self = QS_REQUEST_DESK (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (qs_request_desk_parent_class)->dispose (object);
}

static void
qs_request_desk_class_init (QsRequestDeskClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = qs_request_desk_dispose;
}

static void
qs_request_desk_init (QsRequestDesk *self)
{
}

/* A desk over @store: the window's, the command line's, or a worker
 * thread's own connection. */
QsRequestDesk *
qs_request_desk_new (QsStore *store)
{
  QsRequestDesk *self;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  self = g_object_new (QS_TYPE_REQUEST_DESK, NULL);
  self->store = g_object_ref (store);
  return self;
}

QsStore *
qs_request_desk_get_store (QsRequestDesk *self)
{
  g_return_val_if_fail (QS_IS_REQUEST_DESK (self), NULL);

  return self->store;
}

/* The charters of @department_id and their commitments: what the
 * matching chooses from. */
static gboolean
load_charters (QsRequestDesk *self,
               const char    *department_id,
               GPtrArray    **charters,
               GPtrArray    **commitments,
               GError       **error)
{
  *commitments = NULL;
  *charters = qs_charter_repository_get_department_charters (self->store, department_id, error);
  if (*charters == NULL)
    return FALSE;
  *commitments =
    qs_charter_repository_get_department_commitments (self->store, department_id, error);
  if (*commitments == NULL)
    {
      g_clear_pointer (charters, g_ptr_array_unref);
      return FALSE;
    }
  return TRUE;
}

static QsCommitment *
match (GPtrArray    *charters,
       GPtrArray    *commitments,
       const char   *department_id,
       QsMetric      metric,
       QsChannel     channel,
       QsRequestKind kind)
{
  QsCommitment *found =
    qs_commitment_match (charters, commitments, department_id, metric, channel, kind);

  return found != NULL ? g_object_ref (found) : NULL;
}

/**
 * qs_request_desk_match_commitments:
 * @ack_commitment: (out) (optional) (nullable) (transfer full):
 * @resolution_commitment: (out) (optional) (nullable) (transfer full):
 *
 * Returns: FALSE with @error set only when the database fails; finding
 *   no commitment is not an error (the out values are then %NULL).
 */
gboolean
qs_request_desk_match_commitments (QsRequestDesk *self,
                                   const char    *department_id,
                                   QsChannel      channel,
                                   QsRequestKind  kind,
                                   QsCommitment **ack_commitment,
                                   QsCommitment **resolution_commitment,
                                   GError       **error)
{
  g_autoptr (GPtrArray) charters = NULL;
  g_autoptr (GPtrArray) commitments = NULL;

  g_return_val_if_fail (QS_IS_REQUEST_DESK (self), FALSE);
  g_return_val_if_fail (department_id != NULL, FALSE);

  if (ack_commitment != NULL)
    *ack_commitment = NULL;
  if (resolution_commitment != NULL)
    *resolution_commitment = NULL;
  if (!load_charters (self, department_id, &charters, &commitments, error))
    return FALSE;
  if (ack_commitment != NULL)
    *ack_commitment =
      match (charters, commitments, department_id, QS_METRIC_ACKNOWLEDGEMENT, channel, kind);
  if (resolution_commitment != NULL)
    *resolution_commitment =
      match (charters, commitments, department_id, QS_METRIC_RESOLUTION, channel, kind);
  return TRUE;
}

/* What the checks of qs_new_request_check() cannot know: whether the
 * department and the client chosen are still there. */
static gboolean
find_parties (QsRequestDesk      *self,
              const QsNewRequest *input,
              QsEntity          **department,
              QsEntity          **client,
              GError            **error)
{
  if (!qs_store_find_if_any (self->store, QS_TYPE_DEPARTMENT, input->department_id, department,
                             error))
    return FALSE;
  if (*department == NULL)
    {
      g_set_error_literal (
        error, QS_ERROR, QS_ERROR_INVALID,
        _ ("The department chosen for the request no longer exists: choose another one."));
      return FALSE;
    }
  if (input->client_id == NULL)
    return TRUE;
  if (!qs_store_find_if_any (self->store, QS_TYPE_CLIENT, input->client_id, client, error))
    return FALSE;
  if (*client == NULL)
    {
      g_set_error_literal (
        error, QS_ERROR, QS_ERROR_INVALID,
        _ ("The client chosen for the request no longer exists: choose another one."));
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_request_desk_create:
 *
 * Returns: (transfer full): the stored request, or %NULL with @error set
 *   and nothing written
 */
QsRequest *
qs_request_desk_create (
  QsRequestDesk *self, const QsNewRequest *input, const char *actor, gint64 now, GError **error)
{
  g_autoptr (QsEntity) client = NULL;
  g_autoptr (QsEntity) department = NULL;
  g_autoptr (GPtrArray) charters = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (QsRequest) request = NULL;
  g_autofree char *calendar_id = NULL;
  GError          *local_error = NULL;
  QsCharter       *charter;
  QsLanguage       language;

  g_return_val_if_fail (QS_IS_REQUEST_DESK (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (qs_store_is_read_only (self->store))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_READ_ONLY,
                           qs_store_get_read_only_reason (self->store));
      return NULL;
    }
  if (!qs_new_request_check (input, error) ||
      !find_parties (self, input, &department, &client, error))
    return NULL;

  /* No calendar at all is not a reason to lose the request: it is then
   * stored without due dates. */
  calendar_id = qs_request_repository_find_calendar_id (self->store, NULL, input->department_id,
                                                        NULL, &local_error);
  if (calendar_id != NULL)
    hours = qs_request_repository_get_hours (self->store, calendar_id, NULL, NULL, &local_error);
  if (local_error != NULL && !g_error_matches (local_error, QS_ERROR, QS_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  g_clear_error (&local_error);

  if (!load_charters (self, input->department_id, &charters, &commitments, error))
    return NULL;
  charter = qs_commitment_match_current_charter (charters, input->department_id);
  language = qs_new_request_language (QS_CLIENT (client), charter);
  request = qs_new_request_build (
    input, QS_CLIENT (client),
    qs_commitment_match (charters, commitments, input->department_id, QS_METRIC_ACKNOWLEDGEMENT,
                         input->channel, input->kind),
    qs_commitment_match (charters, commitments, input->department_id, QS_METRIC_RESOLUTION,
                         input->channel, input->kind),
    calendar_id, hours, language, now);

  if (!qs_request_repository_insert (
        self->store, request, qs_new_request_reference_year (request, hours), actor, now, error))
    return NULL;
  return g_steal_pointer (&request);
}

/* The clock of @request: its stored calendar, else its department's. */
static QsBusinessHours *
hours_of (QsRequestDesk *self, QsRequest *request, GError **error)
{
  QsEntity *e = QS_ENTITY (request);

  return qs_request_repository_get_hours (
    self->store, qs_entity_get_string (e, QS_REQUEST_FIELD_CALENDAR_ID),
    qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID), NULL, error);
}

/**
 * qs_request_desk_explain:
 *
 * Returns: (transfer full): the explanation, or %NULL with @error set
 *   (no commitment applies, no calendar, the database cannot be read)
 */
char *
qs_request_desk_explain (QsRequestDesk *self,
                         QsRequest     *request,
                         QsLanguage     language,
                         GError       **error)
{
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (QsEntity) commitment = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (QsDeadlineExplanation) explanation = NULL;
  QsEntity *e = QS_ENTITY (request);

  g_return_val_if_fail (QS_IS_REQUEST_DESK (self), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  if (!qs_store_find_if_any (self->store, QS_TYPE_COMMITMENT,
                             qs_entity_get_string (e, QS_REQUEST_FIELD_COMMITMENT_ID), &commitment,
                             error))
    return NULL;
  if (commitment == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                           _ ("No commitment of the provider’s charter applies to this request, so "
                              "it has no resolution deadline."));
      return NULL;
    }
  hours = hours_of (self, request, error);
  if (hours == NULL)
    return NULL;
  events = qs_request_repository_get_events (self->store, qs_entity_get_id (e), error);
  if (events == NULL)
    return NULL;

  explanation =
    qs_deadline_explanation_new_for_request (hours, request, QS_COMMITMENT (commitment), events);
  return qs_deadline_explanation_to_text (explanation, language);
}

/**
 * qs_request_desk_acknowledgement_text:
 *
 * Returns: (transfer full): the letter, or %NULL with @error set (no
 *   calendar, the database cannot be read)
 */
char *
qs_request_desk_acknowledgement_text (QsRequestDesk *self, QsRequest *request, GError **error)
{
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (QsEntity) client = NULL;
  g_autoptr (QsEntity) department = NULL;
  QsEntity *e = QS_ENTITY (request);

  g_return_val_if_fail (QS_IS_REQUEST_DESK (self), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  hours = hours_of (self, request, error);
  if (hours == NULL ||
      !qs_store_find_if_any (self->store, QS_TYPE_CLIENT,
                             qs_entity_get_string (e, QS_REQUEST_FIELD_CLIENT_ID), &client,
                             error) ||
      !qs_store_find_if_any (self->store, QS_TYPE_DEPARTMENT,
                             qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID), &department,
                             error))
    return NULL;

  return qs_acknowledgement_letter_write (request, QS_CLIENT (client), QS_DEPARTMENT (department),
                                          hours);
}
