/* qs-sql-percentile.c — qs_percentile (X, P), the P-th percentile of X
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard's median and 90th percentile times. SQLite 3.40 has no
 * percentile function, and writing one in SQL (numbering the sorted times
 * with a window, then reading the two ranks around the one wanted) took
 * half the time of a whole dashboard. This aggregate keeps the values of
 * its group, finds the rank wanted without sorting them all, and
 * interpolates between the two nearest ranks as PERCENTILE_CONT does: of
 * 1, 2, 3 and 4 the 50th percentile is 2.5. NULL values are left out;
 * over no value, or with P outside 0–100, the result is NULL. Only
 * SQLite's API: the sqlite3 shell loads it too
 * (build-aux/bench-indicators.sh).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qs-sql-percentile.h"

typedef struct
{
  double *values;
  int64_t n;
  int64_t allocated;
  double  percent;
  int     failed;
} Values;

static void
step_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  Values *values = sqlite3_aggregate_context (context, sizeof (Values));

  if (values == NULL)
    {
      sqlite3_result_error_nomem (context);
      return;
    }
  values->percent = sqlite3_value_double (argv[1]);
  if (sqlite3_value_type (argv[0]) == SQLITE_NULL || values->failed)
    return;
  if (values->n == values->allocated)
    {
      int64_t allocated = values->allocated > 0 ? 2 * values->allocated : 1024;
      double *grown =
        sqlite3_realloc64 (values->values, (sqlite3_uint64) allocated * sizeof (double));

      if (grown == NULL)
        {
          values->failed = 1;
          return;
        }
      values->values = grown;
      values->allocated = allocated;
    }
  values->values[values->n++] = sqlite3_value_double (argv[0]);
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
swap (double *values, int64_t i, int64_t j)
{
  double kept = values[i];

  values[i] = values[j];
  values[j] = kept;
}

/* Puts in values[k] the value it would hold were values[0..n-1] sorted,
 * smaller or equal ones before it and greater or equal ones after
 * (quickselect: a full sort took twice as long). Partitions around the
 * median of three; after 64 rounds, sorts what is left, so that no order
 * of the values makes it quadratic. */
static void
select_rank (double *values, int64_t n, int64_t k)
{
  int64_t low = 0, high = n - 1;

  for (int round = 0; high > low; round++)
    {
      int64_t middle = low + (high - low) / 2;
      int64_t i = low, j = high;
      double  pivot;

      if (round == 64)
        {
          qsort (values + low, (size_t) (high - low + 1), sizeof (double), compare_doubles);
          return;
        }
      if (values[middle] < values[low])
        swap (values, middle, low);
      if (values[high] < values[low])
        swap (values, high, low);
      if (values[high] < values[middle])
        swap (values, high, middle);
      pivot = values[middle];
      while (i <= j)
        {
          while (values[i] < pivot)
            i++;
          while (values[j] > pivot)
            j--;
          if (i <= j)
            swap (values, i++, j--);
        }
      if (k <= j)
        high = j;
      else if (k >= i)
        low = i;
      else
        return;
    }
}

static void
final_cb (sqlite3_context *context)
{
  Values *values = sqlite3_aggregate_context (context, 0);
  double  rank, weight, next;
  int64_t below;

  if (values == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  if (values->failed)
    sqlite3_result_error_nomem (context);
  else if (values->n == 0 || !(values->percent >= 0.0 && values->percent <= 100.0))
    sqlite3_result_null (context);
  else
    {
      rank = (double) (values->n - 1) * values->percent / 100.0;
      below = (int64_t) rank;
      weight = rank - (double) below;
      select_rank (values->values, values->n, below);
      /* The next rank: the least of the values after it. */
      next = below + 1 < values->n ? values->values[below + 1] : values->values[below];
      for (int64_t i = below + 2; i < values->n; i++)
        if (values->values[i] < next)
          next = values->values[i];
      sqlite3_result_double (context,
                             values->values[below] + weight * (next - values->values[below]));
    }
  sqlite3_free (values->values);
}

int
qs_sql_percentile_register (sqlite3 *db)
{
  return sqlite3_create_function_v2 (db, "qs_percentile", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                     NULL, NULL, step_cb, final_cb, NULL);
}
