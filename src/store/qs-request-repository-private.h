/* qs-request-repository-private.h — what the request repository's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-request-repository.h"
#include "qs-repository-private.h"

G_BEGIN_DECLS

/* The field values of a request before a change, to put back in the
 * object when the transaction fails: the caller's request then still
 * shows what is stored. */
typedef struct _QsRequestSnapshot QsRequestSnapshot;

QsRequestSnapshot *qs_request_snapshot_take     (QsRequest         *request);
void               qs_request_snapshot_restore  (QsRequestSnapshot *snapshot,
                                                 QsRequest         *request);
void               qs_request_snapshot_free     (QsRequestSnapshot *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsRequestSnapshot, qs_request_snapshot_free)

/* Adds the SQL function qs_at_risk() to @store's connection. */
gboolean    qs_request_repository_register_sql  (QsStore           *store,
                                                 GError           **error);

/* Saves a new event of @request; @field, @old_value, @new_value and
 * @note may be NULL. */
gboolean    qs_request_repository_add_event     (QsStore           *store,
                                                 QsRequest         *request,
                                                 QsEventKind        kind,
                                                 const char        *field,
                                                 const char        *old_value,
                                                 const char        *new_value,
                                                 const char        *note,
                                                 gboolean           client_told,
                                                 const char        *actor,
                                                 gint64             now,
                                                 GError           **error);
/* The same for a request known by its id only. */
gboolean    qs_request_repository_add_event_for_id (QsStore        *store,
                                                 const char        *request_id,
                                                 QsEventKind        kind,
                                                 const char        *field,
                                                 const char        *old_value,
                                                 const char        *new_value,
                                                 const char        *note,
                                                 gboolean           client_told,
                                                 const char        *actor,
                                                 gint64             now,
                                                 GError           **error);
/* Reads @request's row again into it: a change starts from what is
 * stored (the escalation scan may have raised its level meanwhile). */
gboolean    qs_request_repository_refresh       (QsStore           *store,
                                                 QsRequest         *request,
                                                 GError           **error);
/* Saves @request and ends the transaction begun by the caller: commits,
 * or rolls back and restores @snapshot into @request. */
gboolean    qs_request_repository_finish        (QsStore           *store,
                                                 QsRequest         *request,
                                                 QsRequestSnapshot *snapshot,
                                                 gboolean           ok,
                                                 GError           **error);

/* One text column of the first row, or NULL (with @error only on failure). */
char       *qs_request_repository_query_text    (QsStore           *store,
                                                 const char        *sql,
                                                 const char        *param1,
                                                 const char        *param2,
                                                 GError           **error);
/* The compiled calendar, from the store's cache. */
QsBusinessHours *qs_request_repository_hours_for_id (QsStore       *store,
                                                 const char        *calendar_id,
                                                 GError           **error);
/* The clock of @request (its stored calendar, else its department's). */
QsBusinessHours *qs_request_repository_hours_of (QsStore           *store,
                                                 QsRequest         *request,
                                                 GError           **error);
/* "2026-04-30T15:30:00Z" for events; NULL for 0. */
char       *qs_request_format_iso               (gint64             at);
const char *qs_request_status_nick              (QsRequestStatus    status);
/* The reference in quotes for messages: "“REQ-2026-00042”". */
char       *qs_request_quoted_ref               (QsRequest         *request);

G_END_DECLS
/* clang-format on */
