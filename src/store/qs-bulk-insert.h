/* qs-bulk-insert.h — inserts many new rows of one entity table, fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The repository builds one GObject per row, validates it and upserts it:
 * right for what a user edits, too slow for the million rows of a demo or
 * an import. A bulk inserter binds the values of one row at a time straight
 * into a prepared INSERT, by the same field indexes as the entity (e.g.
 * QS_REQUEST_FIELD_SUBJECT), and checks only what the repository would
 * refuse: an empty required field. Fields left unset get the entity's
 * defaults (the first value of an enum, 0, or NULL). Rows are only ever
 * inserted: an existing id is an error, not an update. Call it inside
 * qs_store_begin()/qs_store_commit().
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-store.h"

G_BEGIN_DECLS

typedef struct _QsBulkInsert QsBulkInsert;

QsBulkInsert *qs_bulk_insert_new            (QsStore       *store,
                                             GType          entity_type,
                                             GError       **error);
void          qs_bulk_insert_free           (QsBulkInsert  *self);

/* @value is not copied: it must stay valid until qs_bulk_insert_row(). */
void          qs_bulk_insert_set_string     (QsBulkInsert  *self,
                                             guint          field,
                                             const char    *value);
/* Integers and timestamps (a timestamp of 0 is stored as NULL). */
void          qs_bulk_insert_set_int        (QsBulkInsert  *self,
                                             guint          field,
                                             gint64         value);
/* NaN is stored as NULL. */
void          qs_bulk_insert_set_double     (QsBulkInsert  *self,
                                             guint          field,
                                             double         value);
void          qs_bulk_insert_set_boolean    (QsBulkInsert  *self,
                                             guint          field,
                                             gboolean       value);
void          qs_bulk_insert_set_enum       (QsBulkInsert  *self,
                                             guint          field,
                                             int            value);

gboolean      qs_bulk_insert_row            (QsBulkInsert  *self,
                                             const char    *id,
                                             gint64         created_at,
                                             gint64         updated_at,
                                             GError       **error);
gint64        qs_bulk_insert_get_n_rows     (QsBulkInsert  *self);

/* For millions of rows: drop the table's secondary indexes now and build
 * them again in qs_bulk_insert_finish(), inside the same transaction (a
 * rollback brings them back as they were). */
gboolean      qs_bulk_insert_defer_indexes  (QsBulkInsert  *self,
                                             GError       **error);
gboolean      qs_bulk_insert_finish         (QsBulkInsert  *self,
                                             GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsBulkInsert, qs_bulk_insert_free)

G_END_DECLS
/* clang-format on */
