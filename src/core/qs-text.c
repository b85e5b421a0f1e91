/* qs-text.c — what every layer asks of a text a person typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "qs-text.h"

gboolean
qs_text_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
is_ascii (const char *text, int length)
{
  for (int i = 0; i < length; i++)
    if ((guchar) text[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/**
 * qs_text_sort_key:
 *
 * Returns: @text (@length bytes, or -1 up to its NUL) as names are
 * sorted in a directory: accents dropped and case folded, so that
 * "Bélanger" sorts with the B's, before "Brown". Unlike
 * g_utf8_collate_key(), it does not change with the locale.
 */
char *
qs_text_sort_key (const char *text, gssize length)
{
  g_autofree char *decomposed =
    g_utf8_normalize (text != NULL ? text : "", length, G_NORMALIZE_NFD);
  GString *kept = g_string_new (NULL);

  for (const char *p = decomposed != NULL ? decomposed : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          break;
        default:
          g_string_append_unichar (kept, c);
        }
    }
  {
    char *folded = g_utf8_casefold (kept->str, kept->len);

    g_string_free (kept, TRUE);
    return folded;
  }
}

/**
 * qs_text_compare_for_sort:
 *
 * Compares two texts by qs_text_sort_key(), then, between texts that
 * differ only by accents or case, by their bytes: a total order. Plain
 * ASCII, most names, is compared without building keys.
 */
int
qs_text_compare_for_sort (const char *a, int a_length, const char *b, int b_length)
{
  int result;

  if (is_ascii (a, a_length) && is_ascii (b, b_length))
    {
      int common = MIN (a_length, b_length);

      for (int i = 0; i < common; i++)
        {
          int x = g_ascii_tolower (a[i]);
          int y = g_ascii_tolower (b[i]);

          if (x != y)
            return x < y ? -1 : 1;
        }
      result = a_length == b_length ? 0 : (a_length < b_length ? -1 : 1);
    }
  else
    {
      g_autofree char *x = qs_text_sort_key (a, a_length);
      g_autofree char *y = qs_text_sort_key (b, b_length);

      result = strcmp (x, y);
    }
  if (result != 0)
    return result < 0 ? -1 : 1;
  result = memcmp (a, b, MIN (a_length, b_length));
  if (result != 0)
    return result < 0 ? -1 : 1;
  return a_length == b_length ? 0 : (a_length < b_length ? -1 : 1);
}
