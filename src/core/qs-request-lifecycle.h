/* qs-request-lifecycle.h — the ISO 10002 states of a request and the actions between them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * received → acknowledged → in analysis ⇄ waiting on client → resolved →
 * client informed → closed; rejected (with a reason) from any open state
 * before resolution; reopened (with a reason) from resolved, client
 * informed, closed or rejected, and back to analysis from there.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-enums.h"

G_BEGIN_DECLS

typedef enum {
  QS_REQUEST_ACTION_ACKNOWLEDGE,
  QS_REQUEST_ACTION_START_ANALYSIS,
  QS_REQUEST_ACTION_WAIT_ON_CLIENT,   /* pauses the clock */
  QS_REQUEST_ACTION_RESUME,           /* restarts it; the deadline moves */
  QS_REQUEST_ACTION_RESOLVE,          /* needs the resolution text */
  QS_REQUEST_ACTION_INFORM_CLIENT,
  QS_REQUEST_ACTION_CLOSE,            /* only once the client is informed */
  QS_REQUEST_ACTION_REOPEN,           /* needs a reason */
  QS_REQUEST_ACTION_REJECT,           /* needs a reason */
  QS_REQUEST_N_ACTIONS
} QsRequestAction;

gboolean        qs_request_action_is_allowed   (QsRequestAction action,
                                                QsRequestStatus from);
/* The status the action leads to. */
QsRequestStatus qs_request_action_get_target   (QsRequestAction action);
/* TRUE for reject and reopen (a reason) and resolve (the resolution). */
gboolean        qs_request_action_needs_text   (QsRequestAction action);
/* "Acknowledge", "Start Analysis"… translated, for buttons. */
const char     *qs_request_action_get_label    (QsRequestAction action);
/* The action's name in the view's action group: "acknowledge",
 * "start-analysis", "wait-on-client", "resume", "resolve",
 * "inform-client", "close", "reopen", "reject". */
const char     *qs_request_action_get_name     (QsRequestAction action);
/* TRUE while the request is still to be handled (not closed, not
 * rejected). */
gboolean        qs_request_status_is_open      (QsRequestStatus status);

G_END_DECLS
/* clang-format on */
