/* qs-csv-writer.c — writes RFC 4180 CSV to a stream, one row at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fields are separated by commas and rows end with CRLF, as RFC 4180 and
 * spreadsheets expect. A field is quoted only when it must be: when it
 * holds a comma, a double quote, a CR or a LF; quotes inside are doubled.
 * Text is written as given (UTF-8); formatting numbers and dates is the
 * caller's business, never the locale's.
 *
 * A file for a spreadsheet (qs_csv_writer_new_for_spreadsheet()) starts
 * with a UTF-8 byte-order mark: without it LibreOffice and Excel read the
 * bytes in the system's legacy code page ("GeneviÃ¨ve"). Its separator is
 * the one the spreadsheets of the document's language expect: where the
 * decimal separator is a comma, a comma-separated file opens as one
 * column, so fields are separated by semicolons.
 */
#include "config.h"

#include <string.h>

#include "qs-catalog.h"
#include "qs-csv-writer.h"

#define UTF8_BOM "\xEF\xBB\xBF"

struct _QsCsvWriter
{
  GOutputStream *stream;
  GString       *row;
  guint          n_fields; /* in the row being built */
  char           separator;
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
  self->separator = ',';
  return self;
}

/**
 * qs_csv_writer_new_for_spreadsheet:
 * @language: the document's language, which chooses the separator
 *
 * A writer whose first row is preceded by a UTF-8 byte-order mark.
 */
QsCsvWriter *
qs_csv_writer_new_for_spreadsheet (GOutputStream *stream, QsLanguage language)
{
  QsCsvWriter *self = qs_csv_writer_new (stream);

  self->separator = qs_csv_spreadsheet_separator (language);
  g_string_append (self->row, UTF8_BOM);
  return self;
}

char
qs_csv_spreadsheet_separator (QsLanguage language)
{
  QsCatalog  *catalog = qs_catalog_get_for_language (language);
  const char *decimal_separator =
    /* Translators: the decimal separator of numbers printed in letters
     * and documents for clients ("1.5"; French "1,5"); where it is a
     * comma, files for spreadsheets separate their fields with ';'. */
    qs_catalog_pgettext (catalog, "document: decimal separator", ".");

  return g_str_equal (decimal_separator, ",") ? ';' : ',';
}

/**
 * qs_csv_format_spreadsheet_time:
 * @usec: Unix microseconds, 0 for none
 * @zone: the zone the reader lives in
 *
 * Returns: (transfer full): the local date and time to the minute, ISO
 *   8601 with a space, which LibreOffice and Excel read as a date in any
 *   language; "" for 0
 */
char *
qs_csv_format_spreadsheet_time (gint64 usec, GTimeZone *zone)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;

  if (usec == 0)
    return g_strdup ("");
  utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  local = utc != NULL ? g_date_time_to_timezone (utc, zone) : NULL;
  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("");
}

void
qs_csv_writer_free (QsCsvWriter *self)
{
  g_clear_object (&self->stream);
  g_string_free (self->row, TRUE);
  g_free (self);
}

/* @text as one field of a row separated by @separator. */
static void
append_field (GString *row, const char *text, char separator)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL && strchr (text, separator) == NULL)
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
  append_field (row, text, ',');
}

void
qs_csv_writer_add_field (QsCsvWriter *self, const char *text)
{
  if (self->n_fields++ > 0)
    g_string_append_c (self->row, self->separator);
  append_field (self->row, text, self->separator);
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
