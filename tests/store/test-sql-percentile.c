/* test-sql-percentile.c — qs_percentile(), the median and 90th percentile times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <math.h>
#include <stdlib.h>

#include "qs-sql-percentile.h"

/* The result of qs_percentile (v, @percent) over the values @values (a
 * comma-separated list of SQL values, or "" for none); NAN for NULL. */
static double
percentile (const char *values, double percent)
{
  g_autofree char *sql = NULL;
  sqlite3         *db = NULL;
  sqlite3_stmt    *stmt = NULL;
  double           result;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (qs_sql_percentile_register (db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (v)", NULL, NULL, NULL), ==, SQLITE_OK);
  if (*values != '\0')
    {
      g_autofree char *insert =
        g_strdup_printf ("INSERT INTO t SELECT value FROM json_each ('[%s]')", values);

      g_assert_cmpint (sqlite3_exec (db, insert, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  sql = g_strdup_printf ("SELECT qs_percentile (v, %g) FROM t", percent);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/* Between the two nearest values, as PERCENTILE_CONT: the median of an
 * even count is the mean of the middle two, whatever their order. */
static void
test_interpolated (void)
{
  g_assert_cmpfloat (percentile ("4, 1, 3, 2", 50), ==, 2.5);
  g_assert_cmpfloat (percentile ("1, 2, 3", 50), ==, 2.0);
  /* Of 11 values, the 90th percentile is the tenth smallest. */
  g_assert_cmpfloat (percentile ("10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0", 90), ==, 9.0);
  /* Of 1, 2, 3, 4: rank 2.7, between 3 and 4. */
  g_assert_cmpfloat_with_epsilon (percentile ("1, 2, 3, 4", 90), 3.7, 1e-12);
  g_assert_cmpfloat (percentile ("1, 2, 3, 4", 0), ==, 1.0);
  g_assert_cmpfloat (percentile ("1, 2, 3, 4", 100), ==, 4.0);
  g_assert_cmpfloat (percentile ("7", 90), ==, 7.0);
  /* Equal values, and microseconds too large for an int. */
  g_assert_cmpfloat (percentile ("5, 5, 5, 5", 50), ==, 5.0);
  g_assert_cmpfloat (percentile ("3600000000000, 7200000000000", 50), ==, 5400000000000.0);
}

/* NULL values are left out; over nothing, or with a percent that is not
 * one, there is no percentile. */
static void
test_nothing_to_say (void)
{
  g_assert_cmpfloat (percentile ("null, 1, null, 3", 50), ==, 2.0);
  g_assert_true (isnan (percentile ("", 50)));
  g_assert_true (isnan (percentile ("null, null", 50)));
  g_assert_true (isnan (percentile ("1, 2", 101)));
  g_assert_true (isnan (percentile ("1, 2", -1)));
}

/* More values than the first allocation holds. */
static void
test_many (void)
{
  GString *values = g_string_new (NULL);

  for (int i = 100000; i > 0; i--)
    g_string_append_printf (values, "%s%d", values->len > 0 ? ", " : "", i);
  g_assert_cmpfloat (percentile (values->str, 50), ==, 50000.5);
  g_assert_cmpfloat_with_epsilon (percentile (values->str, 90), 90000.1, 1e-6);
  g_string_free (values, TRUE);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Lists of every length up to 120, with many equal values, in any order:
 * the same result as sorting them all and reading the ranks. */
static void
test_as_sorted (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261208);
  const double percents[] = { 0, 10, 50, 90, 100 };

  for (int n = 1; n <= 120; n++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      g_autofree double *sorted = g_new (double, n);

      for (int i = 0; i < n; i++)
        {
          sorted[i] = g_rand_int_range (rand, 0, 1 + n / 3);
          g_string_append_printf (text, "%s%d", i > 0 ? ", " : "", (int) sorted[i]);
        }
      qsort (sorted, n, sizeof (double), compare_doubles);
      for (guint p = 0; p < G_N_ELEMENTS (percents); p++)
        {
          double rank = (n - 1) * percents[p] / 100.0;
          int    below = (int) rank;
          double expected = below + 1 < n
                              ? sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below])
                              : sorted[below];

          g_assert_cmpfloat_with_epsilon (percentile (text->str, percents[p]), expected, 1e-9);
        }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sql-percentile/interpolated", test_interpolated);
  g_test_add_func ("/sql-percentile/nothing-to-say", test_nothing_to_say);
  g_test_add_func ("/sql-percentile/many", test_many);
  g_test_add_func ("/sql-percentile/as-sorted", test_as_sorted);
  return g_test_run ();
}
