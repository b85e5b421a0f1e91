/* qs-content-line.c — the text lines of vCard and iCalendar files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "qs-content-line.h"

/* At most 75 octets a line, CRLF excluded. */
#define LINE_OCTETS 75

/* Backslash, comma and semicolon escaped, line breaks as \n; NULL is
 * the empty text. */
void
qs_content_line_append_escaped (GString *out, const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
      case ';':
      case ',':
        g_string_append_c (out, '\\');
        g_string_append_c (out, *p);
        break;
      case '\r':
        if (p[1] == '\n')
          p++;
        G_GNUC_FALLTHROUGH;
      case '\n':
        g_string_append (out, "\\n");
        break;
      default:
        g_string_append_c (out, *p);
      }
}

/* Appends @line folded: at most 75 octets a line, never inside a UTF-8
 * sequence, continuation lines starting with a space; CRLF after each. */
void
qs_content_line_append_folded (GString *out, const char *line)
{
  gsize    length = strlen (line);
  gsize    start = 0;
  gboolean first = TRUE;

  while (first || start < length)
    {
      gsize room = first ? LINE_OCTETS : LINE_OCTETS - 1;
      gsize end = MIN (length, start + room);

      /* Back to the start of a character: continuation bytes are 10xxxxxx. */
      while (end < length && end > start && ((guchar) line[end] & 0xC0) == 0x80)
        end--;
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n");
      start = end;
      first = FALSE;
    }
}

/* "NAME:escaped text", folded. */
void
qs_content_line_append_property (GString *out, const char *name, const char *text)
{
  g_autoptr (GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  qs_content_line_append_escaped (line, text);
  qs_content_line_append_folded (out, line->str);
}
