/* qs-byte-file.h — documents made in memory, written in one go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

cairo_status_t qs_byte_file_append_cb (void                *closure,
                                       const unsigned char *data,
                                       unsigned int         length);
gboolean       qs_byte_file_save      (GFile               *file,
                                       GByteArray          *bytes,
                                       GError             **error);

G_END_DECLS
/* clang-format on */
