/* qs-content-line-reader.h — the content lines of an iCalendar file, unfolded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

/* One property: NAME;PARAM=VALUE;…:value (RFC 5545 §3.1). */
typedef struct
{
  guint       line;    /* of its first physical line, from 1 */
  char       *name;    /* upper case */
  GHashTable *params;  /* upper-case name → value, quotes removed */
  char       *value;   /* as written: escapes are the reader's to undo */
} QsContentLine;

void        qs_content_line_free      (QsContentLine       *self);
/* The lines of @text, CRLF or LF, continuation lines joined. Fails with
 * QS_ERROR_INVALID and "line N: …" when @text is not UTF-8 or a line is
 * not NAME:value. */
GPtrArray  *qs_content_lines_read     (const char          *text,
                                       gsize                length,
                                       GError             **error);
const char *qs_content_line_get_param (const QsContentLine *self,
                                       const char          *name);
/* A TEXT value with \n, \, \; and \\ undone. */
char       *qs_content_line_unescape  (const char          *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsContentLine, qs_content_line_free)

G_END_DECLS
/* clang-format on */
