/* qs-json-export.h — JSON text for the exports and the backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are written one at a time so that a million of them never sit in
 * memory as a tree. json-glib 1.6's generator cannot help there, and it
 * writes 0.1 as 0.10000000000000001 and 1e20 as the invalid "1e+20.0";
 * these helpers write what JsonParser reads back exactly.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

/* Large enough for any double written by qs_json_export_format_double(). */
#define QS_JSON_EXPORT_DOUBLE_BUF_SIZE 32

void        qs_json_export_append_string    (GString    *out,
                                             const char *text);
const char *qs_json_export_format_double    (char       *buffer,
                                             double      value);
void        qs_json_export_append_double    (GString    *out,
                                             double      value);
const char *qs_json_export_format_timestamp (char       *buffer,
                                             gint64      usec);

/* Large enough for "-292277-01-01T00:00:00.000000Z" and its NUL. */
#define QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE 40

G_END_DECLS
/* clang-format on */
