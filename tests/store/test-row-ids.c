/* test-row-ids.c — a list's row ids, kept compact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-row-ids.h"

/* Appends @n ids from @next and checks that each comes back. */
static QsRowIds *
fill_and_check (guint n, gint64 (*next) (guint i, gpointer data), gpointer data)
{
  QsRowIds *ids = qs_row_ids_new ();

  for (guint i = 0; i < n; i++)
    qs_row_ids_append (ids, next (i, data));
  g_assert_cmpuint (qs_row_ids_get_length (ids), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (qs_row_ids_get (ids, i), ==, next (i, data));
  return ids;
}

static gint64
newest_first (guint i, gpointer data)
{
  return 1000000 - (gint64) i;
}

static void
test_row_ids_runs (void)
{
  g_autoptr (QsRowIds) ids = fill_and_check (1000000, newest_first, NULL);

  /* The unfiltered list: runs, not eight megabytes. */
  g_assert_cmpuint (qs_row_ids_get_memory_size (ids), <, 64 * 1024);
}

static gint64
scattered (guint i, gpointer data)
{
  guint span = GPOINTER_TO_UINT (data);

  /* A fixed pseudo-random order over [1, span]. */
  return 1 + (gint64) (((guint64) i * 2654435761u) % span);
}

static void
test_row_ids_offsets (void)
{
  g_autoptr (QsRowIds) near = fill_and_check (100000, scattered, GUINT_TO_POINTER (60000));
  g_autoptr (QsRowIds) far = fill_and_check (100000, scattered, GUINT_TO_POINTER (1000000));

  /* A sort or a search: two or four bytes a row, not eight (but for a
   * last block of up to 4,096 ids kept whole). */
  g_assert_cmpuint (qs_row_ids_get_memory_size (near), <=, 100000 * 2 + 40 * 1024);
  g_assert_cmpuint (qs_row_ids_get_memory_size (far), <=, 100000 * 4 + 40 * 1024);
  g_assert_cmpuint (qs_row_ids_get_memory_size (far), >, 100000 * 2);
}

static gint64
extremes (guint i, gpointer data)
{
  static const gint64 values[] = { G_MININT64, G_MAXINT64, -1, 0, 1, G_MAXINT32 + (gint64) 1 };

  /* In unsigned arithmetic, which wraps: a signed overflow is undefined. */
  return (gint64) ((guint64) values[i % G_N_ELEMENTS (values)] - (i % 7 == 0 ? 0 : i));
}

static gint64
wide_run (guint i, gpointer data)
{
  /* Wraps around: still a run, and still exact. */
  return (gint64) ((guint64) G_MAXINT64 - (guint64) i * (G_MAXINT64 / 1000));
}

static void
test_row_ids_any_value (void)
{
  g_autoptr (QsRowIds) ids = fill_and_check (3 * 4096 + 17, extremes, NULL);
  g_autoptr (QsRowIds) run = fill_and_check (3 * 4096 + 17, wide_run, NULL);
  g_autoptr (QsRowIds) empty = qs_row_ids_new ();

  g_assert_cmpuint (qs_row_ids_get_length (empty), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-ids/runs", test_row_ids_runs);
  g_test_add_func ("/row-ids/offsets", test_row_ids_offsets);
  g_test_add_func ("/row-ids/any-value", test_row_ids_any_value);

  return g_test_run ();
}
