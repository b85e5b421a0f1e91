/* qs-content-line.h — the text lines of vCard and iCalendar files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vCard (RFC 6350 §3.2, §3.4) and iCalendar (RFC 5545 §3.1, §3.3.11)
 * escape text values and fold long lines the same way.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

void qs_content_line_append_escaped  (GString    *out,
                                      const char *text);
void qs_content_line_append_folded   (GString    *out,
                                      const char *line);
void qs_content_line_append_property (GString    *out,
                                      const char *name,
                                      const char *text);

G_END_DECLS
/* clang-format on */
