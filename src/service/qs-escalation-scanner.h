/* qs-escalation-scanner.h — escalates overdue requests while QualServ runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-context.h"

G_BEGIN_DECLS

#define QS_TYPE_ESCALATION_SCANNER (qs_escalation_scanner_get_type ())

G_DECLARE_FINAL_TYPE (QsEscalationScanner, qs_escalation_scanner, QS, ESCALATION_SCANNER, GObject)

QsEscalationScanner *qs_escalation_scanner_new          (QsContext           *context);
/* Scans @first_delay seconds from now, then every five minutes, each time
 * in a thread; stops with the last reference. */
void                 qs_escalation_scanner_start        (QsEscalationScanner *self,
                                                         guint                first_delay);
void                 qs_escalation_scanner_stop         (QsEscalationScanner *self);
/* Scans at once, on the store's own connection. Returns how many requests
 * were escalated, -1 with @error set when the scan failed. */
int                  qs_escalation_scanner_scan_now     (QsEscalationScanner *self,
                                                         gint64               now,
                                                         GError             **error);
/* Whether escalations are told by a desktop notification at @now. */
gboolean             qs_escalation_scanner_notification_due (QsEscalationScanner *self,
                                                         gint64               now);
/* "3 requests escalated": the title of the notification and the toast. */
char                *qs_escalation_scanner_title        (GPtrArray           *escalated);
/* The body of that notification: the first references and how many more. */
char                *qs_escalation_scanner_summary      (GPtrArray           *escalated);
/* "Below target: …", or "3 indicator alerts": the title of the
 * notification and the toast of what the alert scan did (QsAlertOutcome). */
char                *qs_escalation_scanner_alerts_title (GPtrArray           *alerts);

G_END_DECLS
/* clang-format on */
