/* qs-content-line-reader.c — the content lines of an iCalendar file, unfolded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written by hand: the GNOME runtime has no iCalendar reader (libical is
 * not part of it), and holiday files need only the lines, their
 * parameters and the text escapes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-content-line-reader.h"
#include "qs-error.h"

void
qs_content_line_free (QsContentLine *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_hash_table_unref (self->params);
  g_free (self->value);
  g_free (self);
}

const char *
qs_content_line_get_param (const QsContentLine *self, const char *name)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->params, name);
}

char *
qs_content_line_unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, (*p == 'n' || *p == 'N') ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Up to @stop outside double quotes, or the end: where it stopped. */
static const char *
skip_to (const char *p, const char *stops)
{
  gboolean quoted = FALSE;

  for (; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && strchr (stops, *p) != NULL)
        break;
    }
  return p;
}

static QsContentLine *
parse_line (const char *text, guint line, GError **error)
{
  g_autoptr (QsContentLine) self = g_new0 (QsContentLine, 1);
  const char *p = skip_to (text, ";:");

  self->line = line;
  self->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->name = g_ascii_strup (text, p - text);
  while (*p == ';')
    {
      const char      *start = p + 1;
      const char      *equals;
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      p = skip_to (start, ";:");
      equals = memchr (start, '=', p - start);
      if (equals == NULL)
        break;
      key = g_ascii_strup (start, equals - start);
      value = g_strndup (equals + 1, p - equals - 1);
      if (value[0] == '"' && strlen (value) >= 2 && value[strlen (value) - 1] == '"')
        {
          memmove (value, value + 1, strlen (value) - 2);
          value[strlen (value) - 2] = '\0';
        }
      g_hash_table_replace (self->params, g_steal_pointer (&key), g_steal_pointer (&value));
    }
  if (*p != ':' || *self->name == '\0')
    {
      g_autofree char *shown = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 40));

      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("line %u: “%s” is not an iCalendar line (NAME:value)"), line, shown);
      return NULL;
    }
  self->value = g_strdup (p + 1);
  return g_steal_pointer (&self);
}

GPtrArray *
qs_content_lines_read (const char *text, gsize length, GError **error)
{
  g_autoptr (GPtrArray) lines =
    g_ptr_array_new_with_free_func ((GDestroyNotify) qs_content_line_free);
  g_autoptr (GString) logical = g_string_new (NULL);
  const char *end = text + length;
  const char *p = text;
  const char *bad;
  guint       number = 0;
  guint       logical_number = 0;

  if (!g_utf8_validate_len (text, length, &bad))
    {
      guint at = 1;

      for (const char *q = text; q < bad; q++)
        at += *q == '\n';
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("line %u: the file is not UTF-8 text, as iCalendar files are"), at);
      return NULL;
    }
  /* A byte-order mark is not part of the first line. */
  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *next = eol != NULL ? eol + 1 : end;
      gsize       n = (eol != NULL ? eol : end) - p;

      if (n > 0 && p[n - 1] == '\r')
        n--;
      number++;
      if (n > 0 && (p[0] == ' ' || p[0] == '\t') && logical->len > 0)
        g_string_append_len (logical, p + 1, n - 1);
      else
        {
          if (logical->len > 0)
            {
              QsContentLine *line = parse_line (logical->str, logical_number, error);

              if (line == NULL)
                return NULL;
              g_ptr_array_add (lines, line);
            }
          g_string_truncate (logical, 0);
          g_string_append_len (logical, p, n);
          logical_number = number;
        }
      p = next;
    }
  if (logical->len > 0)
    {
      QsContentLine *line = parse_line (logical->str, logical_number, error);

      if (line == NULL)
        return NULL;
      g_ptr_array_add (lines, line);
    }
  return g_steal_pointer (&lines);
}
