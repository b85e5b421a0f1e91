/* qs-csv-writer.h — writes RFC 4180 CSV to a stream, one row at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _QsCsvWriter QsCsvWriter;

QsCsvWriter *qs_csv_writer_new       (GOutputStream  *stream);
void         qs_csv_writer_free      (QsCsvWriter    *self);

void         qs_csv_writer_add_field (QsCsvWriter    *self,
                                      const char     *text);
gboolean     qs_csv_writer_end_row   (QsCsvWriter    *self,
                                      GCancellable   *cancellable,
                                      GError        **error);

void         qs_csv_append_field     (GString        *row,
                                      const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsCsvWriter, qs_csv_writer_free)

G_END_DECLS
