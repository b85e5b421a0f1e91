/* qs-json-export.c — JSON text for the exports and the backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-json-export.h"

/**
 * qs_json_export_append_string:
 * @text: (nullable): UTF-8 text, or %NULL for JSON null
 *
 * Appends @text as a JSON string. Text that is not valid UTF-8 (which
 * QualServ never writes, but another program might have) is repaired with
 * U+FFFD rather than producing a file no parser accepts.
 */
void
qs_json_export_append_string (GString *out, const char *text)
{
  g_autofree char *repaired = NULL;

  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  if (!g_utf8_validate (text, -1, NULL))
    text = repaired = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/**
 * qs_json_export_format_double:
 * @buffer: at least %QS_JSON_EXPORT_DOUBLE_BUF_SIZE bytes
 *
 * Writes the shortest decimal text that reads back as exactly @value,
 * with a '.' whatever the locale ("0.1", not "0.10000000000000001" nor
 * "0,1"). @value must be finite.
 *
 * Returns: @buffer
 */
const char *
qs_json_export_format_double (char *buffer, double value)
{
  static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };

  g_return_val_if_fail (isfinite (value), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, QS_JSON_EXPORT_DOUBLE_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return buffer;
}

/**
 * qs_json_export_append_double:
 *
 * Appends @value as a JSON number that JsonParser reads back as a double
 * (so "4.0", never "4"), or null when it is NaN (not set) or infinite,
 * which JSON cannot write.
 */
void
qs_json_export_append_double (GString *out, double value)
{
  char buffer[QS_JSON_EXPORT_DOUBLE_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  qs_json_export_format_double (buffer, value);
  g_string_append (out, buffer);
  /* "-0" would read back as the integer 0 and lose its sign. */
  if (strpbrk (buffer, ".e") == NULL)
    g_string_append (out, ".0");
}

/* Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
 * civil_from_days): a million rows need no GDateTime each. */
static void
civil_from_days (gint64 days, gint64 *year, int *month, int *day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;

  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = yoe + era * 400 + (*month <= 2);
}

/**
 * qs_json_export_format_timestamp:
 * @buffer: at least %QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE bytes
 * @usec: Unix time in microseconds
 *
 * Writes @usec as ISO 8601 in UTC: "2026-03-04T09:30:00Z", with
 * ".123456" before the Z only when the microseconds are not zero.
 *
 * Returns: @buffer
 */
const char *
qs_json_export_format_timestamp (char *buffer, gint64 usec)
{
  gint64 seconds = usec / G_USEC_PER_SEC;
  gint64 fraction = usec % G_USEC_PER_SEC;
  gint64 days, second_of_day, year;
  int    month, day;

  if (fraction < 0)
    {
      fraction += G_USEC_PER_SEC;
      seconds--;
    }
  days = seconds / 86400;
  second_of_day = seconds % 86400;
  if (second_of_day < 0)
    {
      second_of_day += 86400;
      days--;
    }
  civil_from_days (days, &year, &month, &day);

  if (fraction != 0)
    g_snprintf (buffer, QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE,
                "%04" G_GINT64_FORMAT "-%02d-%02dT%02d:%02d:%02d.%06dZ", year, month, day,
                (int) (second_of_day / 3600), (int) (second_of_day / 60 % 60),
                (int) (second_of_day % 60), (int) fraction);
  else
    g_snprintf (buffer, QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE,
                "%04" G_GINT64_FORMAT "-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                (int) (second_of_day / 3600), (int) (second_of_day / 60 % 60),
                (int) (second_of_day % 60));
  return buffer;
}
