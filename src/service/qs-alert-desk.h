/* qs-alert-desk.h — alerts on indicators below target, their complaints and escalation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scan closes the loop of the dashboard: a figure below its target
 * for a completed period raises an alert, which opens an internal
 * complaint in Requests addressed to the indicator's owner; the next
 * period still below target escalates it one level, to the department's
 * manager, in the complaint's history; a period back on target marks it
 * recovered there (the complaint stays for a person to close). Once per
 * indicator and period: scanning again, from the window or the command
 * line, changes nothing.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef enum {
  QS_ALERT_OUTCOME_RAISED,
  QS_ALERT_OUTCOME_ESCALATED,
  QS_ALERT_OUTCOME_RECOVERED,
} QsAlertOutcomeKind;

/* What a scan did, for a notification or the command line. */
typedef struct
{
  QsAlertOutcomeKind kind;
  char  *department;     /* its name */
  char  *subject;        /* the indicator's words */
  char  *period;         /* "May 2026" */
  double value;
  double target;
  char  *complaint_ref;
  char  *complaint_id;
  gint64 level;
} QsAlertOutcome;

void       qs_alert_outcome_free (QsAlertOutcome *self);

/* Checks the last three completed months before the store's now (months
 * of @zone), oldest first, for every providing department: raises,
 * escalates and recovers alerts, complaints and events written in
 * @language, by @actor. Returns what it did (QsAlertOutcome), empty when
 * nothing changed, or NULL with @error set. */
GPtrArray *qs_alert_desk_scan    (QsStore    *store,
                                  GTimeZone  *zone,
                                  QsLanguage  language,
                                  const char *actor,
                                  GError    **error);

G_END_DECLS
/* clang-format on */
