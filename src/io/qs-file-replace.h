/* qs-file-replace.h — a written file that replaces the old one only once complete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

G_BEGIN_DECLS

void     qs_file_replace_abandon (GFileOutputStream  *stream);
gboolean qs_file_replace_finish  (GFileOutputStream  *stream,
                                  gboolean            ok,
                                  GError            **error);

G_END_DECLS
/* clang-format on */
