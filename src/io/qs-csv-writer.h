/* qs-csv-writer.h — writes RFC 4180 CSV to a stream, one row at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-enums.h"

G_BEGIN_DECLS

typedef struct _QsCsvWriter QsCsvWriter;

QsCsvWriter *qs_csv_writer_new       (GOutputStream  *stream);
/* A file for people, opened in LibreOffice or Excel: a byte-order mark,
 * then fields separated as @language's spreadsheets expect. */
QsCsvWriter *qs_csv_writer_new_for_spreadsheet (GOutputStream *stream,
                                                QsLanguage     language);
void         qs_csv_writer_free      (QsCsvWriter    *self);

void         qs_csv_writer_add_field (QsCsvWriter    *self,
                                      const char     *text);
gboolean     qs_csv_writer_end_row   (QsCsvWriter    *self,
                                      GCancellable   *cancellable,
                                      GError        **error);

void         qs_csv_append_field     (GString        *row,
                                      const char     *text);

/* ',', or ';' where numbers are written "1,5" (French). */
char         qs_csv_spreadsheet_separator (QsLanguage  language);
/* "2026-03-02 14:30" in @zone, which spreadsheets take for a date and
 * time whatever their language; "" for 0. */
char        *qs_csv_format_spreadsheet_time (gint64     usec,
                                             GTimeZone *zone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsCsvWriter, qs_csv_writer_free)

G_END_DECLS
/* clang-format on */
