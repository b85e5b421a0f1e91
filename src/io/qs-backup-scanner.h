/* qs-backup-scanner.h — walks the outline of a JSON file as it is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup of a million requests is far too large for a JsonParser tree.
 * The scanner reads the file through a small buffer and hands out the raw
 * text of one JSON value at a time (a member name, a row) with the line
 * and column it starts at; JsonParser then parses that piece. It knows
 * only enough of JSON to find where a value ends.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _QsBackupScanner QsBackupScanner;

QsBackupScanner *qs_backup_scanner_new        (GInputStream     *stream,
                                               const char       *name,
                                               GCancellable     *cancellable);
void             qs_backup_scanner_free       (QsBackupScanner  *self);

const char      *qs_backup_scanner_get_name   (QsBackupScanner  *self);
guint            qs_backup_scanner_get_line   (QsBackupScanner  *self);
guint            qs_backup_scanner_get_column (QsBackupScanner  *self);

gboolean         qs_backup_scanner_peek       (QsBackupScanner  *self,
                                               int              *c,
                                               GError          **error);
void             qs_backup_scanner_skip       (QsBackupScanner  *self);
gboolean         qs_backup_scanner_expect     (QsBackupScanner  *self,
                                               char              c,
                                               GError          **error);
gboolean         qs_backup_scanner_read_value (QsBackupScanner  *self,
                                               GString          *value,
                                               GError          **error);
void             qs_backup_scanner_set_error  (QsBackupScanner  *self,
                                               GError          **error,
                                               const char       *format,
                                               ...) G_GNUC_PRINTF (3, 4);
char            *qs_backup_scanner_describe   (int               c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsBackupScanner, qs_backup_scanner_free)

G_END_DECLS
/* clang-format on */
