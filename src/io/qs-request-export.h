/* qs-request-export.h — the tracker's list as CSV, its deadlines as iCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both write the requests @filter selects, in its order, atomically (a
 * failure leaves no partial file).
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-request-query.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* The list as a spreadsheet reads it (LibreOffice, Excel): UTF-8 with a
 * byte-order mark, CRLF, the separator of @language's spreadsheets (';'
 * in French), headers and values in @language's words (kinds, channels,
 * statuses and priorities as labels, yes or no), the names of the
 * client, department and assignee, dates and times in @zone as
 * "2026-03-02 14:30". A confidential request's client is withheld unless
 * @include_confidential. The raw table is qs_table_export_write()'s.
 * Returns the number of rows written, -1 on error. */
gint64  qs_request_export_csv  (QsStore               *store,
                                const QsRequestFilter *filter,
                                gboolean               include_confidential,
                                QsLanguage             language,
                                GTimeZone             *zone,
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
/* clang-format on */
