/* qs-backup-writer.h — writes the whole database as a JSON backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-store.h"

G_BEGIN_DECLS

/* The "format" marker of a backup file. */
#define QS_BACKUP_FORMAT "qualserv-backup"

gboolean qs_backup_writer_write (QsStore        *store,
                                 GOutputStream  *stream,
                                 guint64        *n_rows,
                                 GCancellable   *cancellable,
                                 GError        **error);

G_END_DECLS
/* clang-format on */
