/* qs-escalation-policy.h — overdue requests go up the line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applies the rules of qs-escalation.h to the stored requests: the scan
 * raises each open request past due to the level its lateness calls for
 * and writes an "escalation" event naming whom it went to; running it
 * again changes nothing until a level is due. The policy asks the
 * repositories for the overdue requests, the commitments, charters,
 * departments and people; they only load and save.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-request.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_ESCALATION_POLICY (qs_escalation_policy_get_type ())

G_DECLARE_FINAL_TYPE (QsEscalationPolicy, qs_escalation_policy, QS, ESCALATION_POLICY, GObject)

/* A policy over @store: the window's, or a scanning thread's own
 * connection. */
QsEscalationPolicy *qs_escalation_policy_new          (QsStore            *store);
/* Sleeps @ms between two transactions of a scan, so that another
 * connection's writes go in between (a scan in a thread). */
void                qs_escalation_policy_set_pause    (QsEscalationPolicy *self,
                                                       guint               ms);

/* Escalates every open request past its resolution due date, in short
 * transactions: level 1 (the owner of the commitment) once overdue, level
 * 2 (the manager of the department) once overdue by more than one
 * business day. @actor is who, @now when (Unix microseconds). Returns
 * the requests escalated by this call (QsRequest), possibly none. */
GPtrArray          *qs_escalation_policy_escalate_overdue (QsEscalationPolicy *self,
                                                       const char         *actor,
                                                       gint64              now,
                                                       GError            **error);

/* "Marie Tremblay (owner of the commitment)": whom @request's level
 * points to; NULL when it is not escalated, or with @error set when the
 * database cannot be read. */
char               *qs_escalation_policy_describe     (QsEscalationPolicy *self,
                                                       QsRequest          *request,
                                                       GError            **error);

G_END_DECLS
/* clang-format on */
