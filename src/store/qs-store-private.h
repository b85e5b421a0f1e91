/* qs-store-private.h — what the store's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only files under store/ include this: nothing above the store sees SQLite.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <sqlite3.h>

#include "qs-store.h"

G_BEGIN_DECLS

sqlite3      *qs_store_get_db     (QsStore       *self);
sqlite3_stmt *qs_store_prepare    (QsStore       *self,
                                   const char    *sql,
                                   GError       **error);
gboolean      qs_store_ensure_writable (QsStore  *self,
                                   GError       **error);
void          qs_store_set_sqlite_error (QsStore *self,
                                   GError       **error,
                                   int            rc,
                                   const char    *what);
/* The same for an error of another connection, with its message. */
void          qs_store_set_sqlite_error_message (QsStore *self,
                                   GError       **error,
                                   int            rc,
                                   const char    *message,
                                   const char    *what);

/* A read-only connection of its own to the database at @path, for a
 * worker thread (the store's connection belongs to the thread that opened
 * it); SQLite's result code, *db set even on failure, for its message. */
int           qs_store_open_reader (const char    *path,
                                   sqlite3      **db);

/* What a connection wrote (qs-store-changes.c). */
typedef struct _QsStoreChanges QsStoreChanges;

QsStoreChanges *qs_store_changes_new           (QsStore         *store);
void            qs_store_changes_free          (QsStoreChanges  *self);
gboolean        qs_store_changes_attach        (QsStoreChanges  *self,
                                                sqlite3         *db,
                                                GError         **error);
void            qs_store_changes_flush         (QsStoreChanges  *self);
QsChangeSet    *qs_store_changes_check_foreign (QsStoreChanges  *self,
                                                sqlite3         *db,
                                                GError         **error);
gboolean        qs_store_changes_check_foreign_async (QsStoreChanges     *self,
                                                      sqlite3            *db,
                                                      const char         *path,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data,
                                                      GError            **error);
QsChangeSet    *qs_store_changes_check_foreign_finish (QsStoreChanges  *self,
                                                       GAsyncResult    *result,
                                                       GError         **error);
QsStoreChanges *qs_store_get_changes           (QsStore         *self);
void            qs_store_emit_changed          (QsStore         *self,
                                                QsChangeSet     *changes);

G_END_DECLS
/* clang-format on */
