/* qs-backup-reader.h — restores a database from a JSON backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-store.h"

G_BEGIN_DECLS

typedef enum {
  QS_BACKUP_READER_DEFAULT = 0,
  QS_BACKUP_READER_REPLACE = 1 << 0,  /* erase every row first, in the same transaction */
} QsBackupReaderFlags;

gboolean qs_backup_reader_restore      (QsStore              *store,
                                        GInputStream         *stream,
                                        const char           *name,
                                        QsBackupReaderFlags   flags,
                                        guint64              *n_rows,
                                        GCancellable         *cancellable,
                                        GError              **error);
gboolean qs_backup_reader_restore_file (QsStore              *store,
                                        GFile                *file,
                                        QsBackupReaderFlags   flags,
                                        guint64              *n_rows,
                                        GCancellable         *cancellable,
                                        GError              **error);

gint64   qs_backup_reader_count_rows   (QsStore              *store,
                                        GError              **error);

G_END_DECLS
/* clang-format on */
