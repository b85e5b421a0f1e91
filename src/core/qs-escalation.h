/* qs-escalation.h — who an overdue request goes to, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ISO 10002 asks for clear responsibilities: a request past its
 * resolution due date goes to the owner of the commitment it breaks
 * (level 1), and once it is more than one business day late, to the
 * manager of the providing department (level 2). A request waiting on
 * the client is not late: its clock is stopped; nor is one already
 * resolved, whose deadline was met or missed for good, nor one closed or
 * rejected. A level is never lowered.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-business-hours.h"
#include "qs-charter.h"
#include "qs-client.h"
#include "qs-commitment.h"
#include "qs-department.h"
#include "qs-enums.h"

G_BEGIN_DECLS

/* The values of a request's escalation_level. */
typedef enum {
  QS_ESCALATION_LEVEL_NONE    = 0,
  QS_ESCALATION_LEVEL_OWNER   = 1,   /* the owner of the commitment */
  QS_ESCALATION_LEVEL_MANAGER = 2,   /* the manager of the department */
} QsEscalationLevel;

#define QS_ESCALATION_LEVEL_HIGHEST QS_ESCALATION_LEVEL_MANAGER

/* Whether a request of @status can be late: its clock runs. */
gboolean          qs_escalation_clock_runs  (QsRequestStatus  status);

/* The level the lateness of a request of @status, due at @due (0: no due
 * date), calls for at @now, counted on @hours. */
QsEscalationLevel qs_escalation_level_due   (QsBusinessHours *hours,
                                             QsRequestStatus  status,
                                             gint64           due,
                                             gint64           now);

/* Who owns @commitment: its owner, else its charter's (@charter may be
 * NULL); NULL when neither has one. */
const char       *qs_escalation_owner_id    (QsCommitment    *commitment,
                                             QsCharter       *charter);

/* Whether @level goes to the department's manager: at level 2, or at
 * level 1 when the commitment has no @owner that can be named. */
gboolean          qs_escalation_goes_to_manager (QsEscalationLevel level,
                                             QsClient          *owner);

/* Whom @level points to, in the interface's language: "Marie Tremblay
 * (owner of the commitment)" at level 1 when the commitment has an owner
 * (@owner), else "Luc Gagnon (manager of Human Resources)" (@manager of
 * @department), else a sentence saying no one. NULL below level 1. A
 * person is named by their display name, else their e-mail address. */
char             *qs_escalation_describe    (QsEscalationLevel  level,
                                             QsClient          *owner,
                                             QsClient          *manager,
                                             QsDepartment      *department);

G_END_DECLS
/* clang-format on */
