/* bench-achieved.c — how long the achieved figures of a charter take
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-achieved DATABASE [--now ISO-8601] [--runs N]
 *
 * Opens DATABASE, picks the largest charter (the published version whose
 * commitments have the most requests linked to them), and times
 * qs_charter_repository_get_achieved() for each of its measured
 * commitments over the last complete quarter before --now (default: now),
 * the way a publication computes them. Prints one line per commitment and
 * the total, in milliseconds: the first (cold) run and the median of the
 * following ones.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "qs-charter-repository.h"
#include "qs-entities.h"
#include "qs-quarter.h"
#include "qs-repository.h"
#include "qs-store.h"

/* Chosen outside the timing, with a connection of its own. */
static char *
largest_charter (const char *path)
{
  static const char sql[] =
    "SELECT c.charter_id FROM commitments AS c "
    "JOIN charters AS ch ON ch.id = c.charter_id AND ch.status = 'published' "
    "JOIN requests AS r ON r.ack_commitment_id = c.id OR r.commitment_id = c.id "
    "GROUP BY c.charter_id ORDER BY count(*) DESC LIMIT 1";
  sqlite3      *db;
  sqlite3_stmt *stmt;
  char         *id = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_printerr ("bench-achieved: %s\n", sqlite3_errmsg (db));
      exit (1);
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return id;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return samples->len == 0 ? NAN : g_array_index (samples, double, samples->len / 2);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsEntity) charter = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  g_autoptr (GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *charter_id = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  int              runs = 10;
  double           cold_total = 0;
  gint64           total_requests = 0;
  g_autoptr (GOptionContext) context = g_option_context_new ("DATABASE");
  GOptionEntry entries[] = { { "now", 0, 0, G_OPTION_ARG_STRING, &now_text,
                               "The moment the quarter is counted back from", "ISO-8601" },
                             { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
                               "Warm runs after the cold one (default 10)", "N" },
                             { NULL } };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("usage: bench-achieved DATABASE [--now ISO-8601] [--runs N]%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 1;
    }

  now =
    now_text != NULL ? g_date_time_new_from_iso8601 (now_text, zone) : g_date_time_new_now (zone);
  if (now == NULL)
    {
      g_printerr ("bench-achieved: “%s” is not an ISO-8601 time\n", now_text);
      return 1;
    }
  qs_last_complete_quarter (now, zone, &start, &end);
  start_text = g_date_time_format_iso8601 (start);
  end_text = g_date_time_format_iso8601 (end);

  charter_id = largest_charter (argv[1]);
  if (charter_id == NULL)
    {
      g_printerr ("bench-achieved: %s has no published charter with requests\n", argv[1]);
      return 1;
    }

  store = qs_store_open (argv[1], &error);
  if (store != NULL)
    charter =
      qs_repository_find (qs_store_get_repository (store, QS_TYPE_CHARTER), charter_id, &error);
  if (charter != NULL)
    commitments = qs_charter_repository_get_commitments (store, QS_CHARTER (charter), &error);
  if (commitments == NULL)
    {
      g_printerr ("bench-achieved: %s\n", error->message);
      return 1;
    }

  g_print ("database: %s, %" G_GINT64_FORMAT " requests\n", argv[1],
           qs_store_query_int (store, "SELECT count(*) FROM requests", NULL));
  g_print ("charter: %s version %" G_GINT64_FORMAT ", quarter [%s, %s)\n",
           qs_entity_get_string (charter, QS_CHARTER_FIELD_REF),
           qs_entity_get_int (charter, QS_CHARTER_FIELD_VERSION), start_text, end_text);

  for (int run = 0; run <= runs; run++)
    {
      double run_total = 0;

      for (guint i = 0; i < commitments->len; i++)
        {
          QsCommitment *commitment = g_ptr_array_index (commitments, i);
          QsMetric metric = qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_METRIC);
          double   percent, ms;
          gint64   n, t0;

          if (metric != QS_METRIC_ACKNOWLEDGEMENT && metric != QS_METRIC_RESOLUTION)
            continue;
          t0 = g_get_monotonic_time ();
          if (!qs_charter_repository_get_achieved (store, commitment, start, end, &percent, &n,
                                                   &error))
            {
              g_printerr ("bench-achieved: %s\n", error->message);
              return 1;
            }
          ms = (g_get_monotonic_time () - t0) / 1000.0;
          run_total += ms;
          if (run == 0)
            {
              g_print ("  %8.2f ms  %7" G_GINT64_FORMAT " requests  %6.2f %%  %s\n", ms, n, percent,
                       qs_entity_get_string (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TEXT_EN));
              total_requests += n;
            }
        }
      if (run == 0)
        cold_total = run_total;
      else
        g_array_append_val (totals, run_total);
    }

  g_print ("achieved figures of the charter (%" G_GINT64_FORMAT " requests in the quarter): "
           "first run %.1f ms, median of %d warm runs %.1f ms\n",
           total_requests, cold_total, runs, median (totals));
  return 0;
}
