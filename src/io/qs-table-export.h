/* qs-table-export.h — exports one table as CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export is for people and other programs: tombstoned rows are left
 * out, times are ISO 8601 in UTC, and personal data is withheld unless
 * the user asks for it. The backup (qs-backup-writer.h) is the one that
 * keeps everything.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-store.h"

G_BEGIN_DECLS

typedef enum {
  QS_EXPORT_FORMAT_CSV,
  QS_EXPORT_FORMAT_JSON,
} QsExportFormat;

typedef enum {
  QS_EXPORT_DEFAULT            = 0,
  QS_EXPORT_WITH_PERSONAL_DATA = 1 << 0,  /* personal fields and confidential links too */
} QsExportFlags;

GType     qs_table_export_find_type   (const char      *table);
char     *qs_table_export_list_tables (void);

gboolean  qs_table_export_write       (QsStore         *store,
                                       GType            entity_type,
                                       QsExportFormat   format,
                                       QsExportFlags    flags,
                                       GOutputStream   *stream,
                                       GCancellable    *cancellable,
                                       GError         **error);

G_END_DECLS
/* clang-format on */
