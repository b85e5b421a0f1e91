/* qs-bulk-session.h — one transaction of many rows, the connection set for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A restore, a large import or the demo fill writes up to millions of rows
 * in one transaction. SQLite's defaults suit the few rows a user edits:
 * a session opens the transaction with the connection's settings changed
 * for the work, and puts every setting it changed back as it was when the
 * session ends, committed, rolled back or failed.
 *
 *   g_autoptr(QsBulkSession) session = qs_bulk_session_begin (store, flags, kib, error);
 *
 *   if (session == NULL)
 *     return FALSE;
 *   return write_rows (store, error) && qs_bulk_session_commit (session, error);
 *
 * Freeing a session that was not committed rolls it back. Inside a
 * transaction already open, a session is a savepoint and leaves the
 * connection's settings alone: SQLite cannot change them there.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-store.h"

G_BEGIN_DECLS

/**
 * QsBulkSessionFlags:
 * @QS_BULK_SESSION_DEFAULT: only the page cache, if a size is given
 * @QS_BULK_SESSION_TEMP_IN_MEMORY: statement journals and sorts in memory
 *   rather than in temporary files: for a transaction of many upserts
 * @QS_BULK_SESSION_UNCHECKED: references are not checked (foreign keys
 *   off), for a writer every reference of which points at a row it wrote
 *   before; `qualserv-cli check` verifies them
 * @QS_BULK_SESSION_FILL: for filling a database with millions of rows:
 *   the rollback journal instead of the write-ahead log, so that new pages
 *   are written once, into the file; no fsync until the end; reads
 *   through a memory map and the sorter's worker threads, for building
 *   indexes; the memory SQLite frees kept by the allocator until the end.
 *   A failure still rolls everything back.
 * @QS_BULK_SESSION_DEFER_SEARCH: the full-text search indexes of requests
 *   and of their history, and the names requests are sorted by, are filled
 *   once at the commit, rather than by their triggers one row at a time. For sessions that add rows: a row
 *   added in the session must not be changed or deleted in it.
 */
typedef enum {
  QS_BULK_SESSION_DEFAULT        = 0,
  QS_BULK_SESSION_TEMP_IN_MEMORY = 1 << 0,
  QS_BULK_SESSION_UNCHECKED      = 1 << 1,
  QS_BULK_SESSION_FILL           = 1 << 2,
  QS_BULK_SESSION_DEFER_SEARCH   = 1 << 3,
} QsBulkSessionFlags;

typedef struct _QsBulkSession QsBulkSession;

QsBulkSession *qs_bulk_session_begin  (QsStore             *store,
                                       QsBulkSessionFlags   flags,
                                       gint64               cache_kib,
                                       GError             **error);
gboolean       qs_bulk_session_commit (QsBulkSession       *self,
                                       GError             **error);
void           qs_bulk_session_free   (QsBulkSession       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsBulkSession, qs_bulk_session_free)

G_END_DECLS
/* clang-format on */
