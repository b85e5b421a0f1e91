/* qs-csv-reader.c — reads the rows of a CSV file from an HR system or a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole file is decoded to UTF-8 up front: files are small next to
 * memory, and it lets the parser work on one string. "column" in errors
 * counts the CSV's fields from 1, as the user sees them in a spreadsheet.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-csv-reader.h"
#include "qs-error.h"

struct _QsCsvReader
{
  GObject parent_instance;

  char       *text; /* UTF-8, without the BOM */
  gsize       len;
  gsize       pos;
  guint       line; /* of text[pos], from 1 */
  const char *encoding;
  char        separator;
  GPtrArray  *row;
};

G_DEFINE_FINAL_TYPE (QsCsvReader, qs_csv_reader, G_TYPE_OBJECT)

/* Windows-1252's 0x80–0x9F; 0 where the code page defines nothing. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
  0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
  0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static void
qs_csv_reader_finalize (GObject *object)
{
  QsCsvReader *self = QS_CSV_READER (object);

  g_free (self->text);
  g_clear_pointer (&self->row, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_csv_reader_parent_class)->finalize (object);
}

static void
qs_csv_reader_class_init (QsCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_csv_reader_finalize;
}

static void
qs_csv_reader_init (QsCsvReader *self)
{
  self->row = g_ptr_array_new_with_free_func (g_free);
  self->line = 1;
  self->separator = ',';
  self->encoding = "UTF-8";
}

/* Separators and quotes are ASCII in both encodings, so the raw bytes say
 * which separator the first line uses and where a byte sits. */
static char
detect_separator (const guchar *data, gsize len)
{
  guint    commas = 0, semicolons = 0;
  gboolean quoted = FALSE;
  gsize    i;

  for (i = 0; i < len; i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && (data[i] == '\n' || data[i] == '\r'))
        break;
      else if (!quoted && data[i] == ',')
        commas++;
      else if (!quoted && data[i] == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

static void
locate (const guchar *data, gsize offset, char separator, guint *line, guint *column)
{
  gboolean quoted = FALSE;
  gsize    i;

  *line = 1;
  *column = 1;
  for (i = 0; i < offset; i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (data[i] == '\n' || (data[i] == '\r' && data[i + 1] != '\n'))
        {
          (*line)++;
          if (!quoted)
            *column = 1;
        }
      else if (!quoted && data[i] == separator)
        (*column)++;
    }
}

static char *
decode_cp1252 (const guchar *data, gsize len, char separator, GError **error)
{
  g_autoptr (GString) out = g_string_sized_new (len + len / 8);
  gsize i;

  for (i = 0; i < len; i++)
    {
      gunichar c = data[i];

      if (c >= 0x80 && c < 0xA0)
        c = cp1252_high[c - 0x80];
      if (c == 0)
        {
          guint line, column;

          locate (data, i, separator, &line, &column);
          g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                       _ ("line %u, column %u: the byte 0x%02X is neither UTF-8 nor Windows-1252; "
                          "save the file as UTF-8 and try again."),
                       line, column, data[i]);
          return NULL;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * qs_csv_reader_new:
 *
 * Returns: (transfer full): a reader, or %NULL when the bytes are in no
 *   encoding it knows (QS_ERROR_PARSE, located).
 */
QsCsvReader *
qs_csv_reader_new (GBytes *bytes, GError **error)
{
  g_autoptr (QsCsvReader) self = NULL;
  const guchar *data;
  gsize         len;

  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (QS_TYPE_CSV_READER, NULL);
  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = (const guchar *) "";

  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      data += 3;
      len -= 3;
    }

  /* A NUL is no text in either encoding. */
  if (memchr (data, 0, len) != NULL)
    {
      guint line, column;

      locate (data, (const guchar *) memchr (data, 0, len) - data, detect_separator (data, len),
              &line, &column);
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("line %u, column %u: the file holds a NUL byte; it is not a text CSV file."),
                   line, column);
      return NULL;
    }

  self->separator = detect_separator (data, len);
  if (g_utf8_validate ((const char *) data, len, NULL))
    {
      self->text = g_strndup ((const char *) data, len);
    }
  else
    {
      self->text = decode_cp1252 (data, len, self->separator, error);
      if (self->text == NULL)
        return NULL;
      self->encoding = "WINDOWS-1252";
    }
  self->len = strlen (self->text);

  return g_steal_pointer (&self);
}

const char *
qs_csv_reader_get_encoding (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), NULL);
  return self->encoding;
}

char
qs_csv_reader_get_separator (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), ',');
  return self->separator;
}

void
qs_csv_reader_rewind (QsCsvReader *self)
{
  g_return_if_fail (QS_IS_CSV_READER (self));
  self->pos = 0;
  self->line = 1;
  g_ptr_array_set_size (self->row, 0);
}

/* Consumes a line break at pos, if any. */
static gboolean
eat_newline (QsCsvReader *self)
{
  if (self->text[self->pos] == '\r')
    {
      self->pos++;
      if (self->text[self->pos] == '\n')
        self->pos++;
      self->line++;
      return TRUE;
    }
  if (self->text[self->pos] == '\n')
    {
      self->pos++;
      self->line++;
      return TRUE;
    }
  return FALSE;
}

gboolean
qs_csv_reader_next (QsCsvReader *self, GPtrArray **row, guint *line, GError **error)
{
  const char *t;
  GString    *field;

  g_return_val_if_fail (QS_IS_CSV_READER (self), FALSE);

  g_ptr_array_set_size (self->row, 0);
  t = self->text;

  /* Blank lines carry no row. */
  while (self->pos < self->len && eat_newline (self))
    ;
  if (self->pos >= self->len)
    return FALSE;

  if (line != NULL)
    *line = self->line;

  field = g_string_new (NULL);
  for (;;)
    {
      char c = t[self->pos];

      if (c == '"' && field->len == 0)
        {
          guint start_line = self->line;

          self->pos++;
          for (;;)
            {
              if (self->pos >= self->len)
                {
                  g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                               _ ("line %u, column %u: a quoted field is not closed; add the "
                                  "missing \" and try again."),
                               start_line, self->row->len + 1);
                  g_string_free (field, TRUE);
                  g_ptr_array_set_size (self->row, 0);
                  self->pos = self->len;
                  return FALSE;
                }
              if (t[self->pos] == '"')
                {
                  if (t[self->pos + 1] == '"')
                    {
                      g_string_append_c (field, '"');
                      self->pos += 2;
                      continue;
                    }
                  self->pos++;
                  break;
                }
              if (t[self->pos] == '\r' || t[self->pos] == '\n')
                {
                  /* Keep the line break, as LF, and count the line. */
                  eat_newline (self);
                  g_string_append_c (field, '\n');
                  continue;
                }
              g_string_append_c (field, t[self->pos]);
              self->pos++;
            }
          continue;
        }

      if (self->pos >= self->len || c == '\r' || c == '\n')
        {
          g_ptr_array_add (self->row, g_string_free (field, FALSE));
          eat_newline (self);
          break;
        }
      if (c == self->separator)
        {
          g_ptr_array_add (self->row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          self->pos++;
          continue;
        }
      g_string_append_c (field, c);
      self->pos++;
    }

  if (row != NULL)
    *row = self->row;
  return TRUE;
}
