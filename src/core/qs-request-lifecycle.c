/* qs-request-lifecycle.c — the ISO 10002 states of a request and the actions between them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table: for each action, the statuses it may start from (a bit per
 * status) and the status it leads to. The view offers only the allowed
 * actions; the repository refuses the others.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-request-lifecycle.h"

#define S(status) (1u << (QS_REQUEST_STATUS_##status))

typedef struct
{
  const char     *name;
  const char     *label;
  guint           from;
  QsRequestStatus target;
  gboolean        needs_text;
} ActionInfo;

static const ActionInfo actions[QS_REQUEST_N_ACTIONS] = {
  [QS_REQUEST_ACTION_ACKNOWLEDGE] = { "acknowledge", N_ ("Acknowledge"), S (RECEIVED),
                                      QS_REQUEST_STATUS_ACKNOWLEDGED, FALSE },
  [QS_REQUEST_ACTION_START_ANALYSIS] = { "start-analysis", N_ ("Start Analysis"),
                                         S (ACKNOWLEDGED) | S (REOPENED),
                                         QS_REQUEST_STATUS_IN_ANALYSIS, FALSE },
  [QS_REQUEST_ACTION_WAIT_ON_CLIENT] = { "wait-on-client", N_ ("Wait on Client"), S (IN_ANALYSIS),
                                         QS_REQUEST_STATUS_WAITING_ON_CLIENT, FALSE },
  [QS_REQUEST_ACTION_RESUME] = { "resume", N_ ("Resume"), S (WAITING_ON_CLIENT),
                                 QS_REQUEST_STATUS_IN_ANALYSIS, FALSE },
  [QS_REQUEST_ACTION_RESOLVE] = { "resolve", N_ ("Resolve"), S (IN_ANALYSIS),
                                  QS_REQUEST_STATUS_RESOLVED, TRUE },
  [QS_REQUEST_ACTION_INFORM_CLIENT] = { "inform-client", N_ ("Inform Client"), S (RESOLVED),
                                        QS_REQUEST_STATUS_CLIENT_INFORMED, FALSE },
  /* Closing requires the client-informed step. */
  [QS_REQUEST_ACTION_CLOSE] = { "close", N_ ("Close"), S (CLIENT_INFORMED),
                                QS_REQUEST_STATUS_CLOSED, FALSE },
  [QS_REQUEST_ACTION_REOPEN] = { "reopen", N_ ("Reopen"),
                                 S (RESOLVED) | S (CLIENT_INFORMED) | S (CLOSED) | S (REJECTED),
                                 QS_REQUEST_STATUS_REOPENED, TRUE },
  /* Only before a resolution: once resolved, reopen instead. */
  [QS_REQUEST_ACTION_REJECT] = { "reject", N_ ("Reject"),
                                 S (RECEIVED) | S (ACKNOWLEDGED) | S (IN_ANALYSIS) |
                                   S (WAITING_ON_CLIENT) | S (REOPENED),
                                 QS_REQUEST_STATUS_REJECTED, TRUE },
};

gboolean
qs_request_action_is_allowed (QsRequestAction action, QsRequestStatus from)
{
  g_return_val_if_fail (action < QS_REQUEST_N_ACTIONS, FALSE);

  if ((guint) from > QS_REQUEST_STATUS_REJECTED)
    return FALSE;

  return (actions[action].from & (1u << from)) != 0;
}

QsRequestStatus
qs_request_action_get_target (QsRequestAction action)
{
  g_return_val_if_fail (action < QS_REQUEST_N_ACTIONS, QS_REQUEST_STATUS_RECEIVED);

  return actions[action].target;
}

gboolean
qs_request_action_needs_text (QsRequestAction action)
{
  g_return_val_if_fail (action < QS_REQUEST_N_ACTIONS, FALSE);

  return actions[action].needs_text;
}

const char *
qs_request_action_get_label (QsRequestAction action)
{
  g_return_val_if_fail (action < QS_REQUEST_N_ACTIONS, NULL);

  return _ (actions[action].label);
}

const char *
qs_request_action_get_name (QsRequestAction action)
{
  g_return_val_if_fail (action < QS_REQUEST_N_ACTIONS, NULL);

  return actions[action].name;
}

gboolean
qs_request_status_is_open (QsRequestStatus status)
{
  return status != QS_REQUEST_STATUS_CLOSED && status != QS_REQUEST_STATUS_REJECTED;
}
