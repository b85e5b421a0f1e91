/* qs-request-export.h — the tracker's list as CSV, its deadlines as iCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both write the requests @filter selects, in its order, atomically (a
 * failure leaves no partial file).
 */
#pragma once

#include <gio/gio.h>

#include "qs-request-query.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Columns: ref, kind, channel, subject, client, department, status,
 * received_at, ack_due_at, resolution_due_at, assignee, priority,
 * confidential — dates ISO-8601 UTC, enum values as nicks, never
 * localised; a confidential request's client is left out
 * ("confidential") unless @include_confidential. Returns the number of
 * rows written, -1 on error. */
gint64  qs_request_export_csv  (QsStore               *store,
                                const QsRequestFilter *filter,
                                gboolean               include_confidential,
                                GFile                 *file,
                                GCancellable          *cancellable,
                                GError               **error);

/* RFC 5545: one VEVENT per request still waiting for its resolution
 * (and one for the acknowledgement while not acknowledged), UID stable
 * per request and deadline, DTSTART the due instant in UTC, a 15-minute
 * event, SUMMARY "REQ-2026-00042 — subject" in @language words, folded
 * lines, CRLF. GNOME Calendar opens it. Such a file is shared: unless
 * @with_personal_data, an event names no client and carries no
 * description, and a confidential request shows its reference only. */
gint64  qs_request_export_ics  (QsStore               *store,
                                const QsRequestFilter *filter,
                                gboolean               with_personal_data,
                                QsLanguage             language,
                                GFile                 *file,
                                GCancellable          *cancellable,
                                GError               **error);

G_END_DECLS
