/* qs-backup-scanner.c — walks the outline of a JSON file as it is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-backup-scanner.h"
#include "qs-error.h"

#define BUFFER_SIZE (64 * 1024)
/* One value (a row) larger than this is a damaged file, not a row: stop
 * before it takes all the memory there is. */
#define MAX_VALUE_SIZE (256 * 1024 * 1024)

struct _QsBackupScanner
{
  GInputStream *stream;
  GCancellable *cancellable;
  char         *name;
  guchar       *buffer;
  gsize         length;
  gsize         position;
  gboolean      at_end;
  gboolean      started;
  guint         line;   /* of the next byte, from 1 */
  guint         column; /* in characters, from 1 */
};

QsBackupScanner *
qs_backup_scanner_new (GInputStream *stream, const char *name, GCancellable *cancellable)
{
  QsBackupScanner *self = g_new0 (QsBackupScanner, 1);

  self->stream = g_object_ref (stream);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->name = g_strdup (name);
  self->buffer = g_malloc (BUFFER_SIZE);
  self->line = 1;
  self->column = 1;
  return self;
}

void
qs_backup_scanner_free (QsBackupScanner *self)
{
  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);
  g_free (self->name);
  g_free (self->buffer);
  g_free (self);
}

const char *
qs_backup_scanner_get_name (QsBackupScanner *self)
{
  return self->name;
}

guint
qs_backup_scanner_get_line (QsBackupScanner *self)
{
  return self->line;
}

guint
qs_backup_scanner_get_column (QsBackupScanner *self)
{
  return self->column;
}

/**
 * qs_backup_scanner_set_error:
 *
 * Sets a %QS_ERROR_PARSE error located at the scanner's position:
 * "FILE:LINE:COLUMN: " then the formatted message.
 */
void
qs_backup_scanner_set_error (QsBackupScanner *self, GError **error, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "%s:%u:%u: %s", self->name, self->line,
               self->column, message);
}

/**
 * qs_backup_scanner_describe:
 * @c: a byte, or -1 for the end of the file
 *
 * Returns: (transfer full): @c for a message: “x”, or words
 */
char *
qs_backup_scanner_describe (int c)
{
  if (c < 0)
    return g_strdup (_ ("the end of the file"));
  if (c > 0x20 && c < 0x7f)
    return g_strdup_printf ("“%c”", c);
  /* Translators: %02X is the hexadecimal value of a byte */
  return g_strdup_printf (_ ("the byte 0x%02X"), (guint) c);
}

/* The next byte without consuming it, -1 at the end, -2 on a read error. */
static int
peek_byte (QsBackupScanner *self, GError **error)
{
  if (self->position == self->length)
    {
      gssize n;

      if (self->at_end)
        return -1;
      n = g_input_stream_read (self->stream, self->buffer, BUFFER_SIZE, self->cancellable, error);
      if (n < 0)
        {
          g_prefix_error (error, _ ("Could not read “%s”: "), self->name);
          return -2;
        }
      if (n == 0)
        {
          self->at_end = TRUE;
          return -1;
        }
      self->length = n;
      self->position = 0;
    }
  return self->buffer[self->position];
}

static void
advance (QsBackupScanner *self)
{
  guchar c = self->buffer[self->position++];

  if (c == '\n')
    {
      self->line++;
      self->column = 1;
    }
  else if ((c & 0xc0) != 0x80)
    self->column++;
}

/**
 * qs_backup_scanner_peek:
 * @c: (out): the next byte that is not white space, or -1 at the end
 *
 * Skips white space (and a byte order mark at the start of the file).
 * Returns %FALSE only if the file could not be read.
 */
gboolean
qs_backup_scanner_peek (QsBackupScanner *self, int *c, GError **error)
{
  for (;;)
    {
      int next = peek_byte (self, error);

      if (next == -2)
        return FALSE;
      if (!self->started)
        {
          self->started = TRUE;
          /* Some editors start UTF-8 files with EF BB BF. */
          if (next == 0xef && self->length - self->position >= 3 &&
              self->buffer[self->position + 1] == 0xbb && self->buffer[self->position + 2] == 0xbf)
            {
              self->position += 3;
              continue;
            }
        }
      if (next == ' ' || next == '\t' || next == '\n' || next == '\r')
        {
          advance (self);
          continue;
        }
      *c = next;
      return TRUE;
    }
}

/**
 * qs_backup_scanner_skip:
 *
 * Consumes the byte that qs_backup_scanner_peek() returned.
 */
void
qs_backup_scanner_skip (QsBackupScanner *self)
{
  g_return_if_fail (self->position < self->length);
  advance (self);
}

/**
 * qs_backup_scanner_expect:
 *
 * Consumes @c, after white space, or fails with a located error.
 */
gboolean
qs_backup_scanner_expect (QsBackupScanner *self, char c, GError **error)
{
  g_autofree char *found = NULL;
  int              next;

  if (!qs_backup_scanner_peek (self, &next, error))
    return FALSE;
  if (next == c)
    {
      advance (self);
      return TRUE;
    }
  found = qs_backup_scanner_describe (next);
  /* Translators: the first %c is a character such as “:”, the %s is what
   * was found instead: “x”, or the end of the file */
  qs_backup_scanner_set_error (self, error, _ ("expected “%c”, found %s."), c, found);
  return FALSE;
}

static gboolean
append_byte (QsBackupScanner *self, GString *value, int c, GError **error)
{
  if (value->len >= MAX_VALUE_SIZE)
    {
      qs_backup_scanner_set_error (self, error,
                                   _ ("a value larger than %u MiB: the file is damaged."),
                                   (guint) (MAX_VALUE_SIZE / (1024 * 1024)));
      return FALSE;
    }
  g_string_append_c (value, (char) c);
  advance (self);
  return TRUE;
}

static gboolean
capture_string (QsBackupScanner *self, GString *value, guint line, guint column, GError **error)
{
  gboolean escaped = FALSE;

  if (!append_byte (self, value, '"', error))
    return FALSE;
  for (;;)
    {
      int c = peek_byte (self, error);

      if (c == -2)
        return FALSE;
      if (c == -1)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                       _ ("%s:%u:%u: this text has no closing quote before the end of the file."),
                       self->name, line, column);
          return FALSE;
        }
      if (!append_byte (self, value, c, error))
        return FALSE;
      if (escaped)
        escaped = FALSE;
      else if (c == '\\')
        escaped = TRUE;
      else if (c == '"')
        return TRUE;
    }
}

/**
 * qs_backup_scanner_read_value:
 * @value: receives the text of the value, without the white space around
 *
 * Consumes one JSON value, after white space: a string, an object or an
 * array (up to its matching end), or a number or literal. The text is not
 * checked beyond that: parse it.
 */
gboolean
qs_backup_scanner_read_value (QsBackupScanner *self, GString *value, GError **error)
{
  g_autofree char *found = NULL;
  guint            line, column;
  int              c, depth = 0;

  g_string_truncate (value, 0);
  if (!qs_backup_scanner_peek (self, &c, error))
    return FALSE;
  line = self->line;
  column = self->column;

  if (c == '"')
    return capture_string (self, value, line, column, error);

  if (c == '{' || c == '[')
    {
      do
        {
          c = peek_byte (self, error);
          if (c == -2)
            return FALSE;
          if (c == -1)
            {
              g_set_error (
                error, QS_ERROR, QS_ERROR_PARSE,
                _ ("%s:%u:%u: the file ends before the value that starts here is closed."),
                self->name, line, column);
              return FALSE;
            }
          if (c == '"')
            {
              if (!capture_string (self, value, self->line, self->column, error))
                return FALSE;
              continue;
            }
          if (c == '{' || c == '[')
            depth++;
          else if (c == '}' || c == ']')
            depth--;
          if (!append_byte (self, value, c, error))
            return FALSE;
        }
      while (depth > 0);
      return TRUE;
    }

  /* A number, true, false or null: up to the next separator. */
  while (c >= 0 && c != ',' && c != ':' && c != ']' && c != '}' && c != '[' && c != '{' &&
         c != '"' && c != ' ' && c != '\t' && c != '\n' && c != '\r')
    {
      if (!append_byte (self, value, c, error))
        return FALSE;
      c = peek_byte (self, error);
      if (c == -2)
        return FALSE;
    }
  if (value->len > 0)
    return TRUE;

  found = qs_backup_scanner_describe (c);
  /* Translators: %s is what was found instead: “,”, or the end of the file */
  qs_backup_scanner_set_error (self, error, _ ("expected a value, found %s."), found);
  return FALSE;
}
