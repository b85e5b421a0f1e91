/* qs-indicator-export.c — the dashboard's figures as JSON or CSV, for programs and spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "qs-csv-writer.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-indicator-export.h"
#include "qs-json-export.h"

static const char *columns[] = {
  "provider",  "indicator",   "measure", "subject",   "period_start", "period_end", "value",
  "numerator", "denominator", "target",  "direction", "unit",         "status",
};

/* The unit of a figure's value, for programs. */
static const char *
unit_of (QsMeasure measure)
{
  if (qs_measure_is_percent (measure))
    return "percent";
  if (qs_measure_is_duration (measure))
    return "business-hours";
  if (measure == QS_MEASURE_SATISFACTION)
    return "score-of-5";
  if (measure == QS_MEASURE_NPS)
    return "nps";
  if (measure == QS_MEASURE_MANUAL)
    return "manual";
  return "count";
}

static char *
local_day (gint64 at, GTimeZone *zone)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* The fields of a row, in the order of columns[]: text, or NULL for none.
 * Numbers are rounded to two decimals, what a person reads. */
static void
fill_row (char **fields, const char *provider_ref, const QsIndicatorFigure *figure, GTimeZone *zone)
{
  char buffer[QS_JSON_EXPORT_DOUBLE_BUF_SIZE];

  fields[0] = g_strdup (provider_ref);
  fields[1] = qs_indicator_figure_ref (figure);
  fields[2] = g_strdup (qs_enum_nick (QS_TYPE_MEASURE, figure->measure));
  fields[3] = g_strdup (figure->subject);
  fields[4] = local_day (figure->period_start, zone);
  fields[5] = local_day (figure->period_end - 1, zone);
  fields[6] =
    isnan (figure->value)
      ? NULL
      : g_strdup (qs_json_export_format_double (buffer, round (figure->value * 100) / 100));
  fields[7] = g_strdup_printf ("%" G_GINT64_FORMAT, figure->numerator);
  fields[8] = g_strdup_printf ("%" G_GINT64_FORMAT, figure->denominator);
  fields[9] =
    isnan (figure->target)
      ? NULL
      : g_strdup (qs_json_export_format_double (buffer, round (figure->target * 100) / 100));
  fields[10] = g_strdup (qs_enum_nick (QS_TYPE_DIRECTION, figure->direction));
  fields[11] = g_strdup (unit_of (figure->measure));
  fields[12] = g_strdup (qs_enum_nick (QS_TYPE_INDICATOR_STATUS, figure->status));
}

/* Numbers stay numbers in JSON, a share of 50 % written 50.0; the rest
 * are strings or null. */
static void
append_json (GString *out, guint column, const char *field, const QsIndicatorFigure *figure)
{
  if (field == NULL)
    g_string_append (out, "null");
  else if (column == 6 || column == 9)
    qs_json_export_append_double (
      out, round ((column == 6 ? figure->value : figure->target) * 100) / 100);
  else if (column == 7 || column == 8)
    g_string_append (out, field);
  else
    qs_json_export_append_string (out, field);
}

gboolean
qs_indicator_export_write (GOutputStream *stream,
                           gboolean       json,
                           GPtrArray     *blocks,
                           GTimeZone     *zone,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr (GString) out = g_string_new (json ? "{\"indicators\": [" : NULL);
  g_autoptr (QsCsvWriter) csv = json ? NULL : qs_csv_writer_new (stream);
  gboolean first = TRUE;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (blocks != NULL && zone != NULL, FALSE);

  for (guint i = 0; csv != NULL && i < G_N_ELEMENTS (columns); i++)
    qs_csv_writer_add_field (csv, columns[i]);
  if (csv != NULL && !qs_csv_writer_end_row (csv, cancellable, error))
    return FALSE;
  for (guint b = 0; b < blocks->len; b++)
    {
      QsIndicatorBlock *block = g_ptr_array_index (blocks, b);

      for (guint i = 0; i < block->figures->len; i++)
        {
          const QsIndicatorFigure *figure = g_ptr_array_index (block->figures, i);
          char                    *fields[G_N_ELEMENTS (columns)];

          fill_row (fields, block->provider_ref, figure, zone);
          if (json)
            {
              g_string_append (out, first ? "\n  {" : ",\n  {");
              first = FALSE;
            }
          for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
            {
              if (!json)
                qs_csv_writer_add_field (csv, fields[c] != NULL ? fields[c] : "");
              else
                {
                  g_string_append_printf (out, "%s\"%s\": ", c > 0 ? ", " : "", columns[c]);
                  append_json (out, c, fields[c], figure);
                }
              g_free (fields[c]);
            }
          if (json)
            g_string_append_c (out, '}');
          else if (!qs_csv_writer_end_row (csv, cancellable, error))
            return FALSE;
        }
    }
  if (!json)
    return TRUE;
  g_string_append (out, first ? "]}\n" : "\n]}\n");
  return g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error);
}
