/* bench-search.c — how fast the requests search answers a keystroke
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-search DB [--runs N] [--sqlite3 PATH]
 *
 * Over an existing database (a million requests for the figures), types
 * realistic searches one character at a time and times what a keystroke
 * costs the view: qs_request_query_apply() (the query and the reload of
 * the list model) and building the first page of 64 items. For each, the
 * same statement with its parameters written in runs in the sqlite3 shell
 * (.timer on, output to /dev/null), and the ratio of the two. Then the
 * unfiltered list and a few sorted and filtered lists. Times are in
 * milliseconds, median and max of N runs (default 5).
 *
 * The view's model reads the first rows of a list on reload and the rest
 * in idle time: "first page" is what a keystroke costs before the list
 * shows, "whole list" adds reading every row id (what the sqlite3 shell
 * does, hence the ratio).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qs-entities.h"
#include "qs-request-query.h"
#include "qs-store.h"

#define FIRST_PAGE 64

static guint       n_runs = 5;
static const char *sqlite3_path = "sqlite3";
static const char *db_path;

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The statement with its parameters written in, for the shell. */
static char *
inline_params (const char *sql, GVariant *params)
{
  GString *out = g_string_new (NULL);
  gsize    i = 0;

  for (const char *p = sql; *p != '\0'; p++)
    {
      g_autoptr (GVariant) value = NULL;

      if (*p != '?')
        {
          g_string_append_c (out, *p);
          continue;
        }
      value = g_variant_get_child_value (params, i++);
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        {
          g_autofree char *quoted = NULL;
          g_auto (GStrv) parts = g_strsplit (g_variant_get_string (value, NULL), "'", -1);

          quoted = g_strjoinv ("''", parts);
          g_string_append_printf (out, "'%s'", quoted);
        }
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        g_string_append_printf (out, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append (out,
                           g_ascii_dtostr (buffer, sizeof buffer, g_variant_get_double (value)));
        }
      else
        g_string_append (out, "NULL");
    }
  return g_string_free (out, FALSE);
}

/* Median of the shell's "Run Time: real" over n_runs runs. */
static double
time_in_shell (const char *sql, double *max)
{
  g_autoptr (GString) script = g_string_new (".timer on\n.output /dev/null\n");
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  const char *argv[] = { sqlite3_path, "-readonly", db_path, NULL };
  g_autoptr (GSubprocess) process = NULL;
  const char *p;

  /* One run to warm the cache, as the model's runs are. */
  for (guint r = 0; r <= n_runs; r++)
    g_string_append_printf (script, "%s;\n", sql);
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                               &error);
  if (process == NULL ||
      !g_subprocess_communicate_utf8 (process, script->str, NULL, &out, NULL, &error))
    g_error ("%s: %s", sqlite3_path, error->message);
  for (p = out; (p = strstr (p, "real ")) != NULL; p += 5)
    {
      double ms = g_ascii_strtod (p + 5, NULL) * 1000.0;

      g_array_append_val (runs, ms);
    }
  if (runs->len < 2)
    g_error ("the sqlite3 shell gave no times: %s", out);
  g_array_remove_index (runs, 0);
  g_array_sort (runs, compare_doubles);
  *max = g_array_index (runs, double, runs->len - 1);
  return g_array_index (runs, double, runs->len / 2);
}

typedef struct
{
  double first; /* median ms: apply + the first page */
  double first_max;
  double whole; /* median ms: apply + every row id + the first page */
  double whole_max;
  guint  n_items;
} Timing;

static void
median_max (GArray *runs, double *median, double *max)
{
  g_array_sort (runs, compare_doubles);
  *max = g_array_index (runs, double, runs->len - 1);
  *median = g_array_index (runs, double, runs->len / 2);
}

/* Median and max of n_runs keystrokes, after one to warm the caches. */
static void
time_keystroke (QsQueryListModel *model, const QsRequestFilter *filter, gint64 now, Timing *timing)
{
  g_autoptr (GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) whole = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r <= n_runs; r++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!qs_request_query_apply (model, filter, now, 0.75, &error))
        g_error ("%s", error->message);
      for (guint i = 0; i < MIN (g_list_model_get_n_items (G_LIST_MODEL (model)), FIRST_PAGE); i++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (r > 0)
        g_array_append_val (first, ms);

      start = g_get_monotonic_time ();
      if (!qs_request_query_apply (model, filter, now, 0.75, &error) ||
          !qs_query_list_model_finish_loading (model, &error))
        g_error ("%s", error->message);
      for (guint i = 0; i < MIN (g_list_model_get_n_items (G_LIST_MODEL (model)), FIRST_PAGE); i++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (r > 0)
        g_array_append_val (whole, ms);
      timing->n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
    }
  median_max (first, &timing->first, &timing->first_max);
  median_max (whole, &timing->whole, &timing->whole_max);
}

static double worst_first = 0, worst_whole = 0, worst_ratio = 0;

static void
measure (QsQueryListModel      *model,
         const QsRequestFilter *filter,
         gint64                 now,
         const char            *label,
         gboolean               keystroke)
{
  g_autoptr (GVariant) params = NULL;
  g_autofree char *sql = qs_request_query_build_sql (filter, now, 0.75, &params);
  g_autofree char *inlined = inline_params (sql, params);
  double           shell_max, shell_ms, ratio;
  Timing           timing;

  time_keystroke (model, filter, now, &timing);
  /* The shell does not have the store's own SQL functions. */
  if (strstr (sql, "qs_at_risk") != NULL)
    {
      printf ("%-24s %8u rows  first page %6.1f ms (max %6.1f)  whole list %6.1f ms (max %6.1f)"
              "  (no sqlite3 shell: calls qs_at_risk)\n",
              label, timing.n_items, timing.first, timing.first_max, timing.whole,
              timing.whole_max);
      return;
    }
  shell_ms = time_in_shell (inlined, &shell_max);
  /* The shell's timer counts in whole milliseconds. */
  ratio = timing.whole / MAX (shell_ms, 1.0);
  printf ("%-24s %8u rows  first page %6.1f ms (max %6.1f)  whole list %6.1f ms (max %6.1f)"
          "  sqlite3 %6.1f ms (max %6.1f)  ratio %.2f\n",
          label, timing.n_items, timing.first, timing.first_max, timing.whole, timing.whole_max,
          shell_ms, shell_max, ratio);
  if (keystroke)
    {
      worst_first = MAX (worst_first, timing.first);
      worst_whole = MAX (worst_whole, timing.whole);
      /* Below 5 ms the shell's timer says too little to compare. */
      if (shell_ms >= 5)
        worst_ratio = MAX (worst_ratio, ratio);
    }
}

static void
type_search (QsQueryListModel *model, const char *text, gint64 now)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  const char *end;

  printf ("typing \"%s\"\n", text);
  for (end = g_utf8_next_char (text);; end = g_utf8_next_char (end))
    {
      g_autofree char *typed = g_strndup (text, end - text);
      g_autofree char *label = g_strdup_printf ("  \"%s\"", typed);

      g_free (filter->search);
      filter->search = g_strdup (typed);
      measure (model, filter, now, label, TRUE);
      if (*end == '\0')
        break;
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsQueryListModel) model = NULL;
  g_autoptr (GError) error = NULL;
  const char *searches[] = {
    "pay statement",  "printer jam", "laptop",        "evaluation",
    "relevé de paie", "imprimante",  "congé maladie", "equipe",
  };
  gint64 now = g_get_real_time ();

  if (argc < 2)
    {
      g_printerr ("usage: %s DB [--runs N] [--sqlite3 PATH]\n", argv[0]);
      return 2;
    }
  db_path = argv[1];
  for (int i = 2; i + 1 < argc; i += 2)
    if (g_str_equal (argv[i], "--runs"))
      n_runs = MAX (1, (guint) g_ascii_strtoull (argv[i + 1], NULL, 10));
    else if (g_str_equal (argv[i], "--sqlite3"))
      sqlite3_path = argv[i + 1];

  store = qs_store_open (db_path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  model = qs_request_query_new_model (store);

  printf ("%u runs each, median (max); a keystroke = apply the filter + build the first %u items\n",
          n_runs, FIRST_PAGE);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    type_search (model, searches[i], now);
  printf ("slowest keystroke (median): first page %.1f ms, whole list %.1f ms; "
          "highest ratio to the shell (5 ms or more there): %.2f\n\n",
          worst_first, worst_whole, worst_ratio);

  {
    g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();

    measure (model, filter, now, "unfiltered, newest first", FALSE);
    filter->descending = FALSE;
    measure (model, filter, now, "unfiltered, oldest first", FALSE);
    filter->descending = TRUE;
    filter->sort = QS_REQUEST_SORT_DUE;
    measure (model, filter, now, "unfiltered, by due date", FALSE);
    filter->sort = QS_REQUEST_SORT_CLIENT;
    measure (model, filter, now, "unfiltered, by client", FALSE);
    filter->sort = QS_REQUEST_SORT_RECEIVED;
    filter->open_only = TRUE;
    measure (model, filter, now, "open only", FALSE);
    filter->open_only = FALSE;
    filter->due = QS_REQUEST_DUE_OVERDUE;
    measure (model, filter, now, "overdue", FALSE);
    filter->due = QS_REQUEST_DUE_AT_RISK;
    measure (model, filter, now, "at risk", FALSE);
    filter->due = QS_REQUEST_DUE_ANY;
    filter->kind = QS_REQUEST_KIND_COMPLAINT;
    filter->status = QS_REQUEST_STATUS_IN_ANALYSIS;
    measure (model, filter, now, "complaints in analysis", FALSE);
    filter->kind = -1;
    filter->status = -1;
    filter->search = g_strdup ("pay");
    filter->sort = QS_REQUEST_SORT_SUBJECT;
    measure (model, filter, now, "\"pay\" by subject", FALSE);
    filter->sort = QS_REQUEST_SORT_ASSIGNEE;
    measure (model, filter, now, "\"pay\" by assignee", FALSE);
    filter->sort = QS_REQUEST_SORT_RECEIVED;
    filter->open_only = TRUE;
    measure (model, filter, now, "\"pay\", open only", FALSE);
  }
  return 0;
}
