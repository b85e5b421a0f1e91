/* bench-indicators.c — how long a provider's whole dashboard takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-indicators DATABASE [--runs N] [--sql FILE]
 *
 * Opens DATABASE, picks the providing department with the most requests,
 * and times qs_indicator_figures_compute() for each of the twelve months
 * before the month of the newest request: the dashboard of one provider
 * over a year. Prints the first (cold) run and the median of the
 * following ones, in milliseconds; then the same for qs_dashboard_load()
 * over the twelve months to now, as the Dashboard view waits for it. With
 * --sql, writes every statement of
 * one run, its parameters filled in, to FILE: the same SQL, for the
 * sqlite3 shell (build-aux/bench-indicators.sh).
 */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "qs-dashboard-loader.h"
#include "qs-indicator-figures.h"
#include "qs-period.h"
#include "qs-store-private.h"
#include "qs-store.h"

static int
trace_statement (unsigned kind, void *data, void *stmt, void *sql)
{
  char *expanded = sqlite3_expanded_sql (stmt);

  /* Only the figures' reads: not the savepoints around them. */
  if (expanded != NULL &&
      (g_str_has_prefix (expanded, "SELECT") || g_str_has_prefix (expanded, "WITH")))
    fprintf (data, "%s;\n", expanded);
  sqlite3_free (expanded);
  return 0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
run_year (QsStore *store, const char *provider, gint64 *starts, GError **error)
{
  for (int m = 0; m < 12; m++)
    {
      g_autoptr (GPtrArray) figures = qs_indicator_figures_compute (
        store, provider, starts[m], starts[m + 1], QS_LANGUAGE_EN, QS_INDICATOR_MIN_COUNT, error);

      if (figures == NULL)
        return FALSE;
    }
  return TRUE;
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (GArray) warm = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GOptionContext) context = g_option_context_new ("DATABASE");
  g_autofree char *provider = NULL;
  g_autofree char *sql_path = NULL;
  gint64           starts[13];
  gint64           newest, t0;
  double           cold;
  int              runs = 10;
  GOptionEntry     entries[] = {
        { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Warm runs after the cold one (default 10)", "N" },
        { "sql", 0, 0, G_OPTION_ARG_FILENAME, &sql_path, "Write the SQL of one run to FILE", "FILE" },
        { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("usage: bench-indicators DATABASE [--runs N] [--sql FILE]\n");
      return 1;
    }
  store = qs_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("bench-indicators: %s\n", error->message);
      return 1;
    }
  {
    sqlite3_stmt *stmt;

    sqlite3_prepare_v2 (qs_store_get_db (store),
                        "SELECT department_id, count (*) FROM requests WHERE deleted_at IS NULL "
                        "GROUP BY department_id ORDER BY 2 DESC LIMIT 1",
                        -1, &stmt, NULL);
    if (sqlite3_step (stmt) == SQLITE_ROW)
      provider = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
  }
  if (provider == NULL)
    {
      g_printerr ("bench-indicators: %s has no request\n", argv[1]);
      return 1;
    }
  newest = qs_store_query_int (store, "SELECT max (received_at) FROM requests", NULL);
  starts[12] = qs_period_start_of (QS_PERIOD_MONTH, zone, newest);
  for (int m = 11; m >= 0; m--)
    starts[m] = qs_period_start_of (QS_PERIOD_MONTH, zone, starts[m + 1] - 1);

  g_print ("database: %s, %" G_GINT64_FORMAT " requests; provider with %" G_GINT64_FORMAT
           " of them\n",
           argv[1], qs_store_query_int (store, "SELECT count (*) FROM requests", NULL),
           qs_store_query_int (store,
                               "SELECT max (n) FROM (SELECT count (*) AS n FROM requests "
                               "GROUP BY department_id)",
                               NULL));

  t0 = g_get_monotonic_time ();
  if (!run_year (store, provider, starts, &error))
    {
      g_printerr ("bench-indicators: %s\n", error->message);
      return 1;
    }
  cold = (g_get_monotonic_time () - t0) / 1000.0;
  for (int run = 0; run < runs; run++)
    {
      double ms;

      t0 = g_get_monotonic_time ();
      if (!run_year (store, provider, starts, &error))
        return 1;
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (warm, ms);
    }
  g_array_sort (warm, compare_doubles);
  g_print ("twelve months of one provider: cold %.1f ms, warm median %.1f ms (%d runs)\n", cold,
           g_array_index (warm, double, warm->len / 2), runs);

  /* What the Dashboard view waits for: the same twelve months as its
   * loader counts them, with the department's own indicators and the
   * breakdown of its complaints. */
  g_array_set_size (warm, 0);
  for (int run = 0; run <= runs; run++)
    {
      g_autoptr (QsDashboardData) data = NULL;
      double ms;

      t0 = g_get_monotonic_time ();
      data = qs_dashboard_load (store, provider, QS_PERIOD_MONTH, 12, zone, QS_LANGUAGE_EN, NULL,
                                &error);
      if (data == NULL)
        {
          g_printerr ("bench-indicators: %s\n", error->message);
          return 1;
        }
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      if (run == 0)
        cold = ms;
      else
        g_array_append_val (warm, ms);
    }
  g_array_sort (warm, compare_doubles);
  g_print ("the dashboard's loader, twelve months: cold %.1f ms, warm median %.1f ms (%d runs)\n",
           cold, g_array_index (warm, double, warm->len / 2), runs);

  if (sql_path != NULL)
    {
      FILE *out = fopen (sql_path, "w");

      if (out == NULL)
        {
          g_printerr ("bench-indicators: cannot write %s\n", sql_path);
          return 1;
        }
      sqlite3_trace_v2 (qs_store_get_db (store), SQLITE_TRACE_STMT, trace_statement, out);
      run_year (store, provider, starts, NULL);
      sqlite3_trace_v2 (qs_store_get_db (store), 0, NULL, NULL);
      fclose (out);
    }
  return 0;
}
