/* qs-csv-writer.c — writes RFC 4180 CSV to a stream, one row at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fields are separated by commas and rows end with CRLF, as RFC 4180 and
 * spreadsheets expect. A field is quoted only when it must be: when it
 * holds a comma, a double quote, a CR or a LF; quotes inside are doubled.
 * Text is written as given (UTF-8); formatting numbers and dates is the
 * caller's business, never the locale's.
 */
#include "config.h"

#include <string.h>

#include "qs-csv-writer.h"

struct _QsCsvWriter
{
  GOutputStream *stream;
  GString       *row;
  guint          n_fields; /* in the row being built */
};

/**
 * qs_csv_writer_new:
 * @stream: where rows go; writes are not buffered here, so give a
 *   #GBufferedOutputStream for speed
 */
QsCsvWriter *
qs_csv_writer_new (GOutputStream *stream)
{
  QsCsvWriter *self = g_new0 (QsCsvWriter, 1);

  self->stream = g_object_ref (stream);
  self->row = g_string_sized_new (1024);
  return self;
}

void
qs_csv_writer_free (QsCsvWriter *self)
{
  g_clear_object (&self->stream);
  g_string_free (self->row, TRUE);
  g_free (self);
}

/**
 * qs_csv_append_field:
 * @text: (nullable): the field; %NULL is written as an empty field
 *
 * Appends @text to @row as one CSV field, quoted if needed, without a
 * separator.
 */
void
qs_csv_append_field (GString *row, const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (row, text);
      return;
    }

  g_string_append_c (row, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

void
qs_csv_writer_add_field (QsCsvWriter *self, const char *text)
{
  if (self->n_fields++ > 0)
    g_string_append_c (self->row, ',');
  qs_csv_append_field (self->row, text);
}

/**
 * qs_csv_writer_end_row:
 *
 * Ends the row and writes it to the stream.
 */
gboolean
qs_csv_writer_end_row (QsCsvWriter *self, GCancellable *cancellable, GError **error)
{
  gboolean ok;

  g_string_append (self->row, "\r\n");
  ok = g_output_stream_write_all (self->stream, self->row->str, self->row->len, NULL, cancellable,
                                  error);
  g_string_truncate (self->row, 0);
  self->n_fields = 0;
  return ok;
}
