/* qs-cli-indicators.c — qualserv-cli report indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] report indicators [--provider REF] [--from DATE] [--to DATE]
 *                [--period month|quarter|year] --format json|csv
 *
 * Every built-in figure of each providing department (or of REF), over
 * each month, quarter or year that meets [--from, --to], or over the
 * whole span without --period. Without --from, the first day of the
 * month a year before; without --to, today. The figures are those of the
 * dashboard (qs_indicator_figures_compute()). The JSON shape is in the
 * README ("Reports").
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "qs-cli.h"
#include "qs-csv-writer.h"
#include "qs-enum-types.h"
#include "qs-enum-labels.h"
#include "qs-indicator-figures.h"
#include "qs-json-export.h"
#include "qs-period.h"
#include "qs-survey-repository.h"

typedef struct
{
  char *format;
  char *provider;
  char *from;
  char *to;
  char *period;
} Options;

static void
options_clear (Options *self)
{
  g_free (self->format);
  g_free (self->provider);
  g_free (self->from);
  g_free (self->to);
  g_free (self->period);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* One period's figures of one department. */
typedef struct
{
  QsEntity  *provider;
  GPtrArray *figures;
} Block;

static void
block_free (Block *block)
{
  g_object_unref (block->provider);
  g_ptr_array_unref (block->figures);
  g_free (block);
}

static gboolean
parse_options (const char *command, int *argc, char ***argv, Options *options)
{
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options->format, N_ ("json or csv"), N_ ("FORMAT") },
    { "provider", 0, 0, G_OPTION_ARG_STRING, &options->provider,
      N_ ("Only this providing department"), N_ ("REF") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options->from, N_ ("The first day"), N_ ("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options->to, N_ ("The last day"), N_ ("YYYY-MM-DD") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &options->period, N_ ("month, quarter or year"),
      N_ ("PERIOD") },
    { NULL }
  };

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      qs_cli_usage_error (command, error->message);
      return FALSE;
    }
  if (g_strcmp0 (options->format, "json") != 0 && g_strcmp0 (options->format, "csv") != 0)
    {
      qs_cli_usage_error (command, _ ("say what to write: --format json or --format csv."));
      return FALSE;
    }
  if (options->period != NULL && !g_str_equal (options->period, "month") &&
      !g_str_equal (options->period, "quarter") && !g_str_equal (options->period, "year"))
    {
      qs_cli_usage_error (command, _ ("--period must be month, quarter or year."));
      return FALSE;
    }
  if (*argc != 1)
    {
      qs_cli_usage_error (command, _ ("this report takes no other argument."));
      return FALSE;
    }
  return TRUE;
}

static char *
local_day (gint64 at, GTimeZone *zone)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);

  return g_date_time_format (local, "%Y-%m-%d");
}

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
  return "count";
}

/* Two decimals are what a person reads. */
static double
rounded (double value)
{
  return round (value * 100) / 100;
}

static void
append_member (GString *out, const char *name, const char *text)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  if (text == NULL)
    g_string_append (out, "null");
  else
    qs_json_export_append_string (out, text);
}

static void
append_number (GString *out, const char *name, double value)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  if (isnan (value))
    g_string_append (out, "null");
  else
    qs_json_export_append_double (out, rounded (value));
}

static void
print_json (GPtrArray *blocks, GTimeZone *zone)
{
  g_autoptr (GString) out = g_string_new ("{\"indicators\": [");
  gboolean first = TRUE;

  for (guint b = 0; b < blocks->len; b++)
    {
      Block *block = g_ptr_array_index (blocks, b);

      for (guint i = 0; i < block->figures->len; i++)
        {
          QsIndicatorFigure *figure = g_ptr_array_index (block->figures, i);
          g_autofree char   *ref = qs_indicator_figure_ref (figure);
          g_autofree char   *start = local_day (figure->period_start, zone);
          g_autofree char   *last = local_day (figure->period_end - 1, zone);

          g_string_append (out, first ? "\n  {\"provider\": " : ",\n  {\"provider\": ");
          first = FALSE;
          qs_json_export_append_string (
            out, qs_entity_get_string (block->provider, QS_DEPARTMENT_FIELD_REF));
          append_member (out, "indicator", ref);
          append_member (out, "measure", qs_enum_nick (QS_TYPE_MEASURE, figure->measure));
          append_member (out, "subject", figure->subject);
          append_member (out, "period_start", start);
          append_member (out, "period_end", last);
          append_number (out, "value", figure->value);
          g_string_append_printf (out, ", \"numerator\": %" G_GINT64_FORMAT, figure->numerator);
          g_string_append_printf (out, ", \"denominator\": %" G_GINT64_FORMAT, figure->denominator);
          append_number (out, "target", figure->target);
          append_member (out, "direction", qs_enum_nick (QS_TYPE_DIRECTION, figure->direction));
          append_member (out, "unit", unit_of (figure->measure));
          append_member (out, "status", qs_enum_nick (QS_TYPE_INDICATOR_STATUS, figure->status));
          g_string_append_c (out, '}');
        }
    }
  g_string_append (out, first ? "]}\n" : "\n]}\n");
  fputs (out->str, stdout);
}

static void
add_number (QsCsvWriter *row, double value)
{
  char buffer[QS_JSON_EXPORT_DOUBLE_BUF_SIZE];

  qs_csv_writer_add_field (
    row, isnan (value) ? "" : qs_json_export_format_double (buffer, rounded (value)));
}

static void
add_int (QsCsvWriter *row, gint64 n)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, n);

  qs_csv_writer_add_field (row, text);
}

static void
print_csv (GPtrArray *blocks, GTimeZone *zone)
{
  static const char *header[] = { "provider",     "indicator",  "measure",   "subject",
                                  "period_start", "period_end", "value",     "numerator",
                                  "denominator",  "target",     "direction", "unit",
                                  "status" };
  g_autoptr (GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr (QsCsvWriter) row = qs_csv_writer_new (memory);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    qs_csv_writer_add_field (row, header[i]);
  /* A memory stream cannot fail. */
  qs_csv_writer_end_row (row, NULL, NULL);
  for (guint b = 0; b < blocks->len; b++)
    {
      Block *block = g_ptr_array_index (blocks, b);

      for (guint i = 0; i < block->figures->len; i++)
        {
          QsIndicatorFigure *figure = g_ptr_array_index (block->figures, i);
          g_autofree char   *ref = qs_indicator_figure_ref (figure);
          g_autofree char   *start = local_day (figure->period_start, zone);
          g_autofree char   *last = local_day (figure->period_end - 1, zone);

          qs_csv_writer_add_field (row,
                                   qs_entity_get_string (block->provider, QS_DEPARTMENT_FIELD_REF));
          qs_csv_writer_add_field (row, ref);
          qs_csv_writer_add_field (row, qs_enum_nick (QS_TYPE_MEASURE, figure->measure));
          qs_csv_writer_add_field (row, figure->subject != NULL ? figure->subject : "");
          qs_csv_writer_add_field (row, start);
          qs_csv_writer_add_field (row, last);
          add_number (row, figure->value);
          add_int (row, figure->numerator);
          add_int (row, figure->denominator);
          add_number (row, figure->target);
          qs_csv_writer_add_field (row, qs_enum_nick (QS_TYPE_DIRECTION, figure->direction));
          qs_csv_writer_add_field (row, unit_of (figure->measure));
          qs_csv_writer_add_field (row, qs_enum_nick (QS_TYPE_INDICATOR_STATUS, figure->status));
          qs_csv_writer_end_row (row, NULL, NULL);
        }
    }
  g_output_stream_close (memory, NULL, NULL);
  fwrite (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)), 1,
          g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)), stdout);
}

/* The departments reported on: REF alone, or every provider. */
static GPtrArray *
find_providers (QsStore *store, const char *command, const char *ref, int *status)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) department = NULL;
  GPtrArray *providers;

  *status = 0;
  if (ref == NULL)
    {
      providers = qs_indicator_figures_providers (store, &error);
      if (providers == NULL)
        *status = qs_cli_fail (g_steal_pointer (&error));
      return providers;
    }
  if (!qs_survey_repository_find_department (store, ref, &department, &error))
    {
      *status = qs_cli_fail (g_steal_pointer (&error));
      return NULL;
    }
  if (department == NULL)
    {
      g_autofree char *message = g_strdup_printf (_ ("no department has the reference “%s”."), ref);

      *status = qs_cli_usage_error (command, message);
      return NULL;
    }
  providers = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (providers, g_steal_pointer (&department));
  return providers;
}

int
qs_cli_report_indicators (QsCliOptions *cli, int argc, char **argv)
{
  const char       *command = "report indicators";
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_auto (Options) options = { 0 };
  g_autoptr (QsContext) context = NULL;
  g_autoptr (GPtrArray) providers = NULL;
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  g_autoptr (GError) error = NULL;
  GTimeZone *zone;
  QsStore   *store;
  QsPeriod   period = QS_PERIOD_MONTH;
  gint64     from, to, now;
  int        status;

  if (!parse_options (command, &argc, &args, &options))
    return 1;
  context = qs_cli_open_existing_context (cli, command);
  if (context == NULL)
    return 1;
  store = qs_context_get_store (context);
  zone = qs_context_get_timezone (context);
  if (!qs_cli_read_period (command, options.from, options.to, zone, &from, &to))
    return 1;
  now = qs_store_now (store);
  if (options.from == NULL)
    from = qs_period_start_of (QS_PERIOD_MONTH, zone, now - 365 * G_TIME_SPAN_DAY);
  if (options.to == NULL)
    {
      g_autofree char *today = local_day (now, zone);

      qs_cli_read_period (command, NULL, today, zone, &(gint64){ 0 }, &to);
    }
  if (to <= from)
    return qs_cli_usage_error (command, _ ("--to must not come before --from."));
  if (g_strcmp0 (options.period, "quarter") == 0)
    period = QS_PERIOD_QUARTER;
  else if (g_strcmp0 (options.period, "year") == 0)
    period = QS_PERIOD_YEAR;

  providers = find_providers (store, command, options.provider, &status);
  if (providers == NULL)
    return status;
  for (guint p = 0; p < providers->len; p++)
    {
      QsEntity *provider = g_ptr_array_index (providers, p);
      gint64    start = from;

      while (start < to)
        {
          /* Each period that meets the span, cut to it. */
          gint64 end =
            options.period == NULL
              ? to
              : MIN (qs_period_next (period, zone, qs_period_start_of (period, zone, start)), to);
          Block *block = g_new0 (Block, 1);

          block->provider = g_object_ref (provider);
          block->figures = qs_indicator_figures_compute (store, qs_entity_get_id (provider), start,
                                                         end, qs_cli_environment_language (),
                                                         QS_INDICATOR_MIN_COUNT, &error);
          if (block->figures == NULL)
            {
              g_object_unref (block->provider);
              g_free (block);
              return qs_cli_fail (g_steal_pointer (&error));
            }
          g_ptr_array_add (blocks, block);
          start = end;
        }
    }
  if (g_str_equal (options.format, "json"))
    print_json (blocks, zone);
  else
    print_csv (blocks, zone);
  return 0;
}
