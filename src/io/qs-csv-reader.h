/* qs-csv-reader.h — reads the rows of a CSV file from an HR system or a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UTF-8 with or without a BOM, or Windows-1252 when the bytes are not
 * valid UTF-8 (converted to UTF-8); "," or ";" separators, detected from
 * the first line; CRLF or LF; quoted fields with doubled quotes and line
 * breaks. Rows may have any number of fields: the importer judges them.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

G_BEGIN_DECLS

#define QS_TYPE_CSV_READER (qs_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (QsCsvReader, qs_csv_reader, QS, CSV_READER, GObject)

QsCsvReader *qs_csv_reader_new           (GBytes       *bytes,
                                          GError      **error);
/* "UTF-8" or "WINDOWS-1252". */
const char  *qs_csv_reader_get_encoding  (QsCsvReader  *self);
char         qs_csv_reader_get_separator (QsCsvReader  *self);
/* FALSE at the end (error unset) or on a malformed row (QS_ERROR_PARSE,
 * "line L, column C: …"). @row holds the fields as UTF-8 strings and stays
 * valid until the next call; @line is where the row starts, from 1. */
gboolean     qs_csv_reader_next          (QsCsvReader  *self,
                                          GPtrArray   **row,
                                          guint        *line,
                                          GError      **error);
/* Back to the first row. */
void         qs_csv_reader_rewind        (QsCsvReader  *self);

G_END_DECLS
/* clang-format on */
