/* qs-store.h — the SQLite database behind QualServ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-change-set.h"
#include "qs-clock.h"

G_BEGIN_DECLS

#define QS_TYPE_STORE (qs_store_get_type ())

G_DECLARE_FINAL_TYPE (QsStore, qs_store, QS, STORE, GObject)

/* The schema version this build writes; see data/sql/. */
#define QS_STORE_SCHEMA_VERSION 21

typedef struct _QsRepository QsRepository;

char         *qs_store_default_path        (void);
QsStore      *qs_store_open                (const char  *path,
                                            GError     **error);
const char   *qs_store_get_path            (QsStore     *self);
int           qs_store_get_schema_version  (QsStore     *self);
gboolean      qs_store_is_read_only        (QsStore     *self);
const char   *qs_store_get_read_only_reason (QsStore    *self);
QsClock      *qs_store_get_clock           (QsStore     *self);
void          qs_store_set_clock           (QsStore     *self,
                                            QsClock     *clock);
gint64        qs_store_now                 (QsStore     *self);

gboolean      qs_store_begin               (QsStore     *self,
                                            GError     **error);
gboolean      qs_store_commit              (QsStore     *self,
                                            GError     **error);
void          qs_store_rollback            (QsStore     *self);
gboolean      qs_store_begin_read          (QsStore     *self,
                                            GError     **error);
void          qs_store_end_read            (QsStore     *self);

/* For the store's own files and for tests: above the store, code reads
 * and writes through the named functions of the store, its repositories
 * and its sessions (build-aux/check-store-boundary.py keeps it so). */
gboolean      qs_store_exec                (QsStore     *self,
                                            const char  *sql,
                                            GError     **error);
gint64        qs_store_query_int           (QsStore     *self,
                                            const char  *sql,
                                            GError     **error);

gboolean      qs_store_check               (QsStore     *self,
                                            GString     *report,
                                            GError     **error);

QsRepository *qs_store_get_repository      (QsStore     *self,
                                            GType        entity_type);

void          qs_store_flush_changes       (QsStore     *self);
gboolean      qs_store_check_foreign_changes (QsStore   *self,
                                            GError     **error);
void          qs_store_check_foreign_changes_async  (QsStore            *self,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean      qs_store_check_foreign_changes_finish (QsStore            *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);

G_END_DECLS
/* clang-format on */
