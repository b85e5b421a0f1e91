/* qs-cli-report.c — qualserv-cli report: a questionnaire's results, the barometer, indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] report survey REF [--group department|service]
 *                [--department REF] [--from DATE] [--to DATE] --format json|csv
 *   qualserv-cli [--db FILE] report barometer [--from DATE] [--to DATE] --format json|csv
 *   qualserv-cli [--db FILE] report indicators [--provider REF] [--from DATE] [--to DATE]
 *                [--period week|month|quarter|year] --format json|csv
 *
 * For programs: numbers written with ".", never localised; a group that
 * anonymity hides has its count and no score ("shown": false). The
 * shapes are in the README ("Reports"). DATE is a day of the context's
 * zone, both ends included.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "qs-cli.h"
#include "qs-csv-writer.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-indicator-export.h"
#include "qs-indicator-figures.h"
#include "qs-json-export.h"
#include "qs-period.h"
#include "qs-survey-barometer.h"
#include "qs-survey-repository.h"
#include "qs-survey-results.h"

typedef struct
{
  char *format;
  char *group;
  char *department;
  char *provider;
  char *period;
  char *from;
  char *to;
} Options;

static void
options_clear (Options *self)
{
  g_free (self->format);
  g_free (self->group);
  g_free (self->department);
  g_free (self->provider);
  g_free (self->period);
  g_free (self->from);
  g_free (self->to);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* Two decimals are what a person reads; JSON keeps them exact. */
static double
rounded (double value)
{
  return round (value * 100) / 100;
}

static void
append_member_double (GString *out, const char *name, double value)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  if (isnan (value))
    g_string_append (out, "null");
  else
    qs_json_export_append_double (out, rounded (value));
}

static void
append_counts (GString *out, const char *name, const guint *counts, guint n)
{
  g_string_append_printf (out, ", \"%s\": [", name);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%u", i > 0 ? ", " : "", counts[i]);
  g_string_append_c (out, ']');
}

static void
append_question_json (GString *out, QsQuestionResult *result, guint position)
{
  QsEntity      *question = result->question;
  QsQuestionKind kind = qs_entity_get_enum (question, QS_SURVEY_QUESTION_FIELD_KIND);
  const char    *category = qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_CATEGORY);

  g_string_append_printf (out, "{\"position\": %u, \"kind\": ", position);
  qs_json_export_append_string (out, qs_enum_nick (QS_TYPE_QUESTION_KIND, kind));
  if (category != NULL)
    {
      g_string_append (out, ", \"category\": ");
      qs_json_export_append_string (out, category);
    }
  switch (kind)
    {
    case QS_QUESTION_KIND_SCALE:
      g_string_append_printf (out, ", \"answers\": %u", result->perceived.n);
      append_member_double (out, "average", qs_likert_score_average (&result->perceived));
      append_counts (out, "distribution", result->perceived.counts, 5);
      if (category != NULL)
        {
          append_member_double (out, "expected", qs_likert_score_average (&result->expected));
          append_counts (out, "expected_distribution", result->expected.counts, 5);
        }
      break;
    case QS_QUESTION_KIND_RECOMMENDATION:
      g_string_append_printf (
        out, ", \"answers\": %u, \"nps\": %d, \"few\": %s", result->recommendation.n,
        qs_recommendation_score_nps (&result->recommendation),
        qs_recommendation_score_is_few (&result->recommendation) ? "true" : "false");
      append_counts (out, "distribution", result->recommendation.counts, 11);
      break;
    case QS_QUESTION_KIND_YES_NO:
      g_string_append_printf (out, ", \"answers\": %u, \"yes\": %u, \"no\": %u",
                              result->yes + result->no, result->yes, result->no);
      break;
    case QS_QUESTION_KIND_TEXT:
    default:
      g_string_append (out, ", \"comments\": [");
      for (guint i = 0; i < result->comments->len; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          qs_json_export_append_string (
            out, ((QsSurveyComment *) g_ptr_array_index (result->comments, i))->text);
        }
      g_string_append_c (out, ']');
      break;
    }
  g_string_append_c (out, '}');
}

static void
append_group_json (GString *out, QsSurveyResultGroup *group, const char *kind)
{
  g_string_append (out, "{\"group\": ");
  if (kind == NULL)
    g_string_append (out, "null");
  else
    {
      g_string_append_printf (out, "{\"kind\": \"%s\", \"ref\": ", kind);
      if (group->ref != NULL)
        qs_json_export_append_string (out, group->ref);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"name\": ");
      if (group->name != NULL)
        qs_json_export_append_string (out, group->name);
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  g_string_append_printf (out, ", \"responses\": %u, \"invited\": ", group->n_responses);
  if (group->n_invited >= 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, group->n_invited);
  else
    g_string_append (out, "null");
  append_member_double (out, "response_rate",
                        group->n_invited > 0 ? (double) group->n_responses / group->n_invited
                                             : NAN);
  g_string_append_printf (out, ", \"shown\": %s", group->shown ? "true" : "false");
  if (group->shown)
    {
      g_string_append (out, ", \"questions\": [");
      for (guint i = 0; i < group->questions->len; i++)
        {
          g_string_append (out, i > 0 ? ",\n      " : "\n      ");
          append_question_json (out, g_ptr_array_index (group->questions, i), i + 1);
        }
      g_string_append (out, "]");
    }
  g_string_append_c (out, '}');
}

static void
print_results_json (QsSurvey *survey, QsSurveyResults *results, const char *group_kind)
{
  g_autoptr (GString) out = g_string_new ("{\"survey\": ");

  qs_json_export_append_string (out,
                                qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF));
  g_string_append_printf (out, ", \"threshold\": %u,\n  \"total\": ", results->threshold);
  append_group_json (out, results->total, NULL);
  g_string_append (out, ",\n  \"groups\": [");
  for (guint i = 0; i < results->groups->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      append_group_json (out, g_ptr_array_index (results->groups, i), group_kind);
    }
  g_string_append (out, results->groups->len > 0 ? "\n  ]}\n" : "]}\n");
  fputs (out->str, stdout);
}

/* Rows are written to memory and printed whole: a memory stream
 * cannot fail. */
static void
end_row (QsCsvWriter *writer)
{
  qs_csv_writer_end_row (writer, NULL, NULL);
}

static void
print_memory (GOutputStream *memory)
{
  g_output_stream_close (memory, NULL, NULL);
  fwrite (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)), 1,
          g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)), stdout);
}

static void
add_number (QsCsvWriter *row, double value)
{
  char buffer[QS_JSON_EXPORT_DOUBLE_BUF_SIZE];

  qs_csv_writer_add_field (
    row, isnan (value) ? "" : qs_json_export_format_double (buffer, rounded (value)));
}

static void
add_count (QsCsvWriter *row, guint n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  qs_csv_writer_add_field (row, text);
}

/* One row per group and question; a hidden group, one row with its count. */
static void
print_group_csv (QsCsvWriter *row, QsSurveyResultGroup *group)
{
  if (!group->shown)
    {
      qs_csv_writer_add_field (row, group->ref != NULL ? group->ref : "");
      add_count (row, group->n_responses);
      qs_csv_writer_add_field (row, "false");
      end_row (row);
      return;
    }
  for (guint i = 0; i < group->questions->len; i++)
    {
      QsQuestionResult *result = g_ptr_array_index (group->questions, i);
      QsQuestionKind    kind = qs_entity_get_enum (result->question, QS_SURVEY_QUESTION_FIELD_KIND);

      qs_csv_writer_add_field (row, group->ref != NULL ? group->ref : "");
      add_count (row, group->n_responses);
      qs_csv_writer_add_field (row, "true");
      add_count (row, i + 1);
      qs_csv_writer_add_field (row, qs_enum_nick (QS_TYPE_QUESTION_KIND, kind));
      qs_csv_writer_add_field (
        row, qs_entity_get_string (result->question, QS_SURVEY_QUESTION_FIELD_CATEGORY));
      add_count (row, kind == QS_QUESTION_KIND_SCALE            ? result->perceived.n
                      : kind == QS_QUESTION_KIND_RECOMMENDATION ? result->recommendation.n
                      : kind == QS_QUESTION_KIND_YES_NO         ? result->yes + result->no
                                                                : result->comments->len);
      add_number (row, kind == QS_QUESTION_KIND_SCALE ? qs_likert_score_average (&result->perceived)
                                                      : NAN);
      add_number (row, kind == QS_QUESTION_KIND_SCALE ? qs_likert_score_average (&result->expected)
                                                      : NAN);
      add_number (row, kind == QS_QUESTION_KIND_RECOMMENDATION
                         ? qs_recommendation_score_nps (&result->recommendation)
                         : NAN);
      add_number (row, kind == QS_QUESTION_KIND_YES_NO ? result->yes : NAN);
      add_number (row, kind == QS_QUESTION_KIND_YES_NO ? result->no : NAN);
      end_row (row);
    }
}

static void
print_results_csv (QsSurveyResults *results)
{
  static const char *header[] = { "group",    "responses", "shown",   "question",
                                  "kind",     "category",  "answers", "average",
                                  "expected", "nps",       "yes",     "no" };
  g_autoptr (GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr (QsCsvWriter) row = qs_csv_writer_new (memory);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    qs_csv_writer_add_field (row, header[i]);
  end_row (row);
  print_group_csv (row, results->total);
  for (guint i = 0; i < results->groups->len; i++)
    print_group_csv (row, g_ptr_array_index (results->groups, i));
  print_memory (memory);
}

/* Parses @entries, then checks --format, which every report takes:
 * FALSE after saying why. */
static gboolean
parse_entries (
  const char *command, int *argc, char ***argv, const GOptionEntry *entries, Options *options)
{
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;

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
  return TRUE;
}

/* Parses the options after the report's name; FALSE after saying why. */
static gboolean
parse_options (const char *command, int *argc, char ***argv, gboolean survey, Options *options)
{
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options->format, N_ ("json or csv"), N_ ("FORMAT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options->from, N_ ("The first day"), N_ ("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options->to, N_ ("The last day"), N_ ("YYYY-MM-DD") },
    { "group", 0, 0, G_OPTION_ARG_STRING, &options->group, N_ ("department or service"),
      N_ ("GROUP") },
    { "department", 0, 0, G_OPTION_ARG_STRING, &options->department,
      N_ ("Only the answers of this department"), N_ ("REF") },
    { NULL }
  };

  /* The barometer is neither grouped nor of one department. */
  if (!survey)
    entries[3] = entries[5];
  if (!parse_entries (command, argc, argv, entries, options))
    return FALSE;
  if (options->group != NULL && !g_str_equal (options->group, "department") &&
      !g_str_equal (options->group, "service"))
    {
      qs_cli_usage_error (command, _ ("--group must be department or service."));
      return FALSE;
    }
  return TRUE;
}

/* The department of reference @ref, in @department: 0, else the exit
 * status, after saying why. */
static int
find_department (QsStore *store, const char *command, const char *ref, QsEntity **department)
{
  g_autoptr (GError) error = NULL;

  if (!qs_survey_repository_find_department (store, ref, department, &error))
    return qs_cli_fail (g_steal_pointer (&error));
  if (*department == NULL)
    {
      g_autofree char *message = g_strdup_printf (_ ("no department has the reference “%s”."), ref);

      return qs_cli_usage_error (command, message);
    }
  return 0;
}

static int
report_survey (QsCliOptions *cli, int argc, char **argv)
{
  const char       *command = "report survey";
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_auto (Options) options = { 0 };
  g_autoptr (QsContext) context = NULL;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (QsSurveyResults) results = NULL;
  g_autoptr (QsEntity) department = NULL;
  g_autoptr (GError) error = NULL;
  QsSurveyResultsQuery query = { 0 };
  QsStore             *store;

  if (!parse_options (command, &argc, &args, TRUE, &options))
    return 1;
  if (argc != 2)
    return qs_cli_usage_error (command, _ ("give the questionnaire’s reference."));
  context = qs_cli_open_existing_context (cli, command);
  if (context == NULL)
    return 1;
  store = qs_context_get_store (context);
  if (!qs_cli_read_period (command, options.from, options.to, qs_context_get_timezone (context),
                           &query.from, &query.to))
    return 1;
  if (!qs_survey_repository_find_by_ref (store, args[1], &survey, &error))
    return qs_cli_fail (g_steal_pointer (&error));
  if (survey == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_ ("no questionnaire has the reference “%s”."), args[1]);

      return qs_cli_usage_error (command, message);
    }
  if (options.department != NULL)
    {
      int status = find_department (store, command, options.department, &department);

      if (status != 0)
        return status;
      query.department_id = qs_entity_get_id (department);
    }
  query.grouping = g_strcmp0 (options.group, "department") == 0 ? QS_SURVEY_GROUPING_DEPARTMENT
                   : g_strcmp0 (options.group, "service") == 0  ? QS_SURVEY_GROUPING_SERVICE
                                                                : QS_SURVEY_GROUPING_NONE;
  results = qs_survey_results_read (store, survey, &query, &error);
  if (results == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  if (g_str_equal (options.format, "json"))
    print_results_json (survey, results, options.group);
  else
    print_results_csv (results);
  return 0;
}

static void
append_quarters_json (GString *out, GArray *quarters)
{
  g_string_append (out, ", \"quarters\": [");
  for (guint i = 0; i < quarters->len; i++)
    {
      QsBarometerQuarter *quarter = &g_array_index (quarters, QsBarometerQuarter, i);

      g_string_append_printf (out, "%s{\"quarter\": \"%d-Q%d\", \"answers\": %u, \"shown\": %s",
                              i > 0 ? ", " : "", quarter->year, quarter->quarter,
                              MAX (quarter->expected.n, quarter->perceived.n),
                              quarter->shown ? "true" : "false");
      if (quarter->shown)
        {
          append_member_double (out, "expected", qs_likert_score_average (&quarter->expected));
          append_member_double (out, "perceived", qs_likert_score_average (&quarter->perceived));
        }
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
print_barometer_json (GPtrArray *rows)
{
  g_autoptr (GString) out = g_string_new ("[");

  for (guint i = 0; i < rows->len; i++)
    {
      QsBarometerRow *row = g_ptr_array_index (rows, i);

      g_string_append (out, i > 0 ? ",\n  {\"category\": " : "\n  {\"category\": ");
      qs_json_export_append_string (out, qs_enum_nick (QS_TYPE_CATEGORY, row->category));
      g_string_append_printf (out, ", \"answers\": %u, \"shown\": %s",
                              MAX (row->expected.n, row->perceived.n),
                              row->shown ? "true" : "false");
      if (row->shown)
        {
          append_member_double (out, "expected", qs_likert_score_average (&row->expected));
          append_member_double (out, "perceived", qs_likert_score_average (&row->perceived));
          append_member_double (out, "gap", qs_barometer_row_gap (row));
          append_quarters_json (out, row->quarters);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, rows->len > 0 ? "\n]\n" : "]\n");
  fputs (out->str, stdout);
}

/* One row of the barometer's sheet: a category, or one of its quarters. */
static void
add_barometer_row (QsCsvWriter   *out,
                   const char    *category,
                   QsLikertScore *expected,
                   QsLikertScore *perceived,
                   gboolean       shown,
                   const char    *quarter)
{
  double gap = qs_likert_score_average (expected) - qs_likert_score_average (perceived);

  qs_csv_writer_add_field (out, category);
  add_count (out, MAX (expected->n, perceived->n));
  qs_csv_writer_add_field (out, shown ? "true" : "false");
  add_number (out, shown ? qs_likert_score_average (expected) : NAN);
  add_number (out, shown ? qs_likert_score_average (perceived) : NAN);
  add_number (out, shown ? gap : NAN);
  qs_csv_writer_add_field (out, quarter);
  end_row (out);
}

static void
print_barometer_csv (GPtrArray *rows)
{
  static const char *header[] = { "category",  "answers", "shown",  "expected",
                                  "perceived", "gap",     "quarter" };
  g_autoptr (GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr (QsCsvWriter) out = qs_csv_writer_new (memory);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    qs_csv_writer_add_field (out, header[i]);
  end_row (out);
  for (guint i = 0; i < rows->len; i++)
    {
      QsBarometerRow *row = g_ptr_array_index (rows, i);
      const char     *nick = qs_enum_nick (QS_TYPE_CATEGORY, row->category);

      add_barometer_row (out, nick, &row->expected, &row->perceived, row->shown, "");
      for (guint q = 0; row->shown && q < row->quarters->len; q++)
        {
          QsBarometerQuarter *quarter = &g_array_index (row->quarters, QsBarometerQuarter, q);
          g_autofree char    *name = g_strdup_printf ("%d-Q%d", quarter->year, quarter->quarter);

          add_barometer_row (out, nick, &quarter->expected, &quarter->perceived, quarter->shown,
                             name);
        }
    }
  print_memory (memory);
}

static int
report_barometer (QsCliOptions *cli, int argc, char **argv)
{
  const char       *command = "report barometer";
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_auto (Options) options = { 0 };
  g_autoptr (QsContext) context = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  gint64 from, to;

  if (!parse_options (command, &argc, &args, FALSE, &options))
    return 1;
  if (argc != 1)
    return qs_cli_usage_error (command, _ ("it takes no file or word, only options."));
  context = qs_cli_open_existing_context (cli, command);
  if (context == NULL)
    return 1;
  if (!qs_cli_read_period (command, options.from, options.to, qs_context_get_timezone (context),
                           &from, &to))
    return 1;
  rows = qs_survey_barometer_read (qs_context_get_store (context), from, to, 0, &error);
  if (rows == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  if (g_str_equal (options.format, "json"))
    print_barometer_json (rows);
  else
    print_barometer_csv (rows);
  return 0;
}

/* One period's figures of one department. */
typedef struct
{
  QsEntity  *provider;
  GPtrArray *figures;
  QsIndicatorBlock export;
} Block;

static void
block_free (Block *block)
{
  g_object_unref (block->provider);
  g_ptr_array_unref (block->figures);
  g_free (block);
}

static gboolean
parse_indicator_options (const char *command, int *argc, char ***argv, Options *options)
{
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options->format, N_ ("json or csv"), N_ ("FORMAT") },
    { "provider", 0, 0, G_OPTION_ARG_STRING, &options->provider,
      N_ ("Only this providing department"), N_ ("REF") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options->from, N_ ("The first day"), N_ ("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options->to, N_ ("The last day"), N_ ("YYYY-MM-DD") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &options->period, N_ ("week, month, quarter or year"),
      N_ ("PERIOD") },
    { NULL }
  };

  if (!parse_entries (command, argc, argv, entries, options))
    return FALSE;
  if (options->period != NULL && !g_str_equal (options->period, "month") &&
      !g_str_equal (options->period, "quarter") && !g_str_equal (options->period, "year") &&
      !g_str_equal (options->period, "week"))
    {
      qs_cli_usage_error (command, _ ("--period must be week, month, quarter or year."));
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
  *status = find_department (store, command, ref, &department);
  if (*status != 0)
    return NULL;
  providers = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (providers, g_steal_pointer (&department));
  return providers;
}

/* The department's own indicators judged over @period, after its
 * built-in figures: only with --period, a period of their own. */
static gboolean
add_own (QsStore   *store,
         QsEntity  *provider,
         gboolean   by_period,
         QsPeriod   period,
         gint64     start,
         gint64     end,
         GTimeZone *zone,
         GPtrArray *figures,
         GError   **error)
{
  const char *id = qs_entity_get_id (provider);
  g_autoptr (GPtrArray) own = NULL;

  if (!by_period)
    return TRUE;
  own = qs_indicator_figures_own_indicators (store, id, period, error);
  if (own == NULL)
    return FALSE;
  for (guint i = 0; i < own->len; i++)
    {
      QsIndicatorFigure *figure = qs_indicator_figures_compute_own (
        store, g_ptr_array_index (own, i), start, end, zone, qs_cli_environment_language (),
        qs_indicator_figures_min_count (store, id), error);

      if (figure == NULL)
        return FALSE;
      g_ptr_array_add (figures, figure);
    }
  return TRUE;
}

/* Every built-in figure of each providing department (or of --provider),
 * over each month, quarter or year that meets [--from, --to], or over the
 * whole span without --period. Without --from, the first day of the
 * month a year before; without --to, today. */
static int
report_indicators (QsCliOptions *cli, int argc, char **argv)
{
  const char       *command = "report indicators";
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_auto (Options) options = { 0 };
  g_autoptr (QsContext) context = NULL;
  g_autoptr (GPtrArray) providers = NULL;
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  g_autoptr (GPtrArray) exported = g_ptr_array_new ();
  g_autoptr (GOutputStream) memory = NULL;
  g_autoptr (GError) error = NULL;
  GTimeZone *zone;
  QsStore   *store;
  QsPeriod   period = QS_PERIOD_MONTH;
  gint64     from, to, now;
  int        status;

  if (!parse_indicator_options (command, &argc, &args, &options))
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
  else if (g_strcmp0 (options.period, "week") == 0)
    period = QS_PERIOD_WEEK;

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
          block->figures = qs_indicator_figures_compute (
            store, qs_entity_get_id (provider), start, end, qs_cli_environment_language (),
            qs_indicator_figures_min_count (store, qs_entity_get_id (provider)), &error);
          if (block->figures == NULL || !add_own (store, provider, options.period != NULL, period,
                                                  start, end, zone, block->figures, &error))
            {
              g_clear_pointer (&block->figures, g_ptr_array_unref);
              g_object_unref (block->provider);
              g_free (block);
              return qs_cli_fail (g_steal_pointer (&error));
            }
          g_ptr_array_add (blocks, block);
          start = end;
        }
    }
  memory = g_memory_output_stream_new_resizable ();
  for (guint b = 0; b < blocks->len; b++)
    {
      Block *block = g_ptr_array_index (blocks, b);

      block->export.provider_ref = qs_entity_get_string (block->provider, QS_DEPARTMENT_FIELD_REF);
      block->export.figures = block->figures;
      g_ptr_array_add (exported, &block->export);
    }
  /* To memory: it cannot fail. */
  qs_indicator_export_write (memory, g_str_equal (options.format, "json"), exported, zone, NULL,
                             NULL);
  print_memory (memory);
  return 0;
}

int
qs_cli_report (QsCliOptions *cli, int argc, char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "survey"))
    return report_survey (cli, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "barometer"))
    return report_barometer (cli, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "indicators"))
    return report_indicators (cli, argc - 1, argv + 1);
  return qs_cli_usage_error ("report", _ ("say which report: survey, barometer or indicators."));
}
