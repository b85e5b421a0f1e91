/* qs-row-ids.h — the row ids of a list, in list order, kept compact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

typedef struct _QsRowIds QsRowIds;

QsRowIds *qs_row_ids_new             (void);
void      qs_row_ids_free            (QsRowIds       *self);
void      qs_row_ids_append          (QsRowIds       *self,
                                      gint64          rowid);
guint     qs_row_ids_get_length      (const QsRowIds *self);
gint64    qs_row_ids_get             (const QsRowIds *self,
                                      guint           position);
/* Bytes allocated for the ids, for tests and benchmarks. */
gsize     qs_row_ids_get_memory_size (const QsRowIds *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsRowIds, qs_row_ids_free)

G_END_DECLS
/* clang-format on */
