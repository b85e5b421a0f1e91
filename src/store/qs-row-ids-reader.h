/* qs-row-ids-reader.h — a query's row ids, read in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-row-ids.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Whether @sql can run on a connection of its own: the store is a file
 * (not a database in memory) and @sql calls no SQL function of ours
 * (named qs_…), which are registered on the store's connection and read
 * the store. */
gboolean  qs_row_ids_reader_can_read   (QsStore            *store,
                                        const char         *sql);
/* Runs @sql (its first column, a rowid) with @params on a read-only
 * connection of its own, in a worker thread; @source_object is the
 * GTask's. Cancelling @cancellable interrupts the query. */
void      qs_row_ids_read_async        (gpointer            source_object,
                                        QsStore            *store,
                                        const char         *sql,
                                        GVariant           *params,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
QsRowIds *qs_row_ids_read_finish       (QsStore            *store,
                                        GAsyncResult       *result,
                                        GError            **error);

G_END_DECLS
/* clang-format on */
