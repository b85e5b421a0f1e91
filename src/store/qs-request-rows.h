/* qs-request-rows.h — reads the tracker's list row by row, for exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The requests a QsRequestFilter selects, in its order (the same query as
 * the view's list, see qs-request-query.h), as plain rows with the names
 * of the client, department and assignee joined in. Only the row ids are
 * held, eight bytes a request; each row is read when asked for and
 * replaced by the next, so that an export of a million requests never
 * holds more than one of them.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-request-query.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Enum values as nicks, times in Unix microseconds (0: none). */
typedef struct
{
  char     *id;
  char     *ref;
  char     *kind;
  char     *channel;
  char     *subject;
  char     *description;
  char     *client;             /* "Given Family", NULL when none */
  char     *department;         /* its name */
  char     *status;
  char     *assignee;           /* "Given Family", NULL when none */
  char     *priority;
  gboolean  confidential;
  gint64    received_at;
  gint64    acknowledged_at;
  gint64    ack_due_at;
  gint64    resolution_due_at;
  gint64    updated_at;
} QsRequestRow;

typedef struct _QsRequestRows QsRequestRows;

QsRequestRows *qs_request_rows_new        (QsStore                *store,
                                           const QsRequestFilter  *filter,
                                           gint64                  now,
                                           GError                **error);
guint          qs_request_rows_get_n_rows (QsRequestRows          *self);
gboolean       qs_request_rows_iterate    (QsRequestRows          *self,
                                           const QsRequestRow    **out_row,
                                           GError                **error);
void           qs_request_rows_free       (QsRequestRows          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsRequestRows, qs_request_rows_free)

G_END_DECLS
/* clang-format on */
