/* qs-survey-barometer.c — the level of service expected and perceived, per charter category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-store-private.h"
#include "qs-survey-barometer.h"

static const char *const COUNT_SQL =
  "SELECT q.category, r.submitted_at / 86400000000, a.expected_score, a.score, count (*)"
  " FROM survey_answers a"
  " JOIN survey_questions q ON q.id = a.question_id AND q.category IS NOT NULL"
  " AND q.deleted_at IS NULL"
  " JOIN survey_responses r ON r.id = a.response_id AND r.deleted_at IS NULL"
  " JOIN surveys s ON s.id = r.survey_id AND s.deleted_at IS NULL"
  " WHERE a.deleted_at IS NULL AND r.submitted_at >= ? AND r.submitted_at < ?"
  " GROUP BY 1, 2, 3, 4";

static void
row_free (QsBarometerRow *row)
{
  g_clear_pointer (&row->quarters, g_array_unref);
  g_free (row);
}

double
qs_barometer_row_gap (const QsBarometerRow *row)
{
  return qs_likert_score_average (&row->expected) - qs_likert_score_average (&row->perceived);
}

static QsBarometerQuarter *
find_quarter (QsBarometerRow *row, gint64 day)
{
  g_autoptr (GDateTime) date = g_date_time_new_from_unix_utc (day * 86400);
  int                year = g_date_time_get_year (date);
  int                quarter = (g_date_time_get_month (date) - 1) / 3 + 1;
  QsBarometerQuarter fresh = { year, quarter };
  guint              i;

  for (i = 0; i < row->quarters->len; i++)
    {
      QsBarometerQuarter *q = &g_array_index (row->quarters, QsBarometerQuarter, i);

      if (q->year == year && q->quarter == quarter)
        return q;
      if (q->year > year || (q->year == year && q->quarter > quarter))
        break;
    }
  g_array_insert_val (row->quarters, i, fresh);
  return &g_array_index (row->quarters, QsBarometerQuarter, i);
}

/* The answers counted per category from @from to @to, with their
 * quarters when @quarters. */
static gboolean
count (
  QsStore *store, gint64 from, gint64 to, gboolean quarters, QsBarometerRow **rows, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (store, COUNT_SQL, error);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to > 0 ? to : G_MAXINT64);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int category =
        qs_enum_from_nick (QS_TYPE_CATEGORY, (const char *) sqlite3_column_text (stmt, 0));
      gint64          day = sqlite3_column_int64 (stmt, 1);
      guint           n = sqlite3_column_int64 (stmt, 4);
      gboolean        has_expected = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      gboolean        has_perceived = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      int             expected = sqlite3_column_int (stmt, 2);
      int             perceived = sqlite3_column_int (stmt, 3);
      QsBarometerRow *row;

      if (category < 0)
        continue;
      row = rows[category];
      for (guint i = 0; i < n; i++)
        {
          QsBarometerQuarter *quarter = quarters ? find_quarter (row, day) : NULL;

          if (has_expected)
            {
              qs_likert_score_add (&row->expected, expected);
              if (quarter != NULL)
                qs_likert_score_add (&quarter->expected, expected);
            }
          if (has_perceived)
            {
              qs_likert_score_add (&row->perceived, perceived);
              if (quarter != NULL)
                qs_likert_score_add (&quarter->perceived, perceived);
            }
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Reading the barometer"));
      return FALSE;
    }
  return TRUE;
}

static guint
answered (const QsBarometerRow *row)
{
  return MAX (row->expected.n, row->perceived.n);
}

static int
compare_rows (gconstpointer a, gconstpointer b)
{
  const QsBarometerRow *first = *(QsBarometerRow **) a;
  const QsBarometerRow *second = *(QsBarometerRow **) b;
  double                gap_first = qs_barometer_row_gap (first);
  double                gap_second = qs_barometer_row_gap (second);

  if (first->shown != second->shown)
    return first->shown ? -1 : 1;
  if (!first->shown || isnan (gap_first) || isnan (gap_second) || gap_first == gap_second)
    return (int) first->category - (int) second->category;
  return gap_first > gap_second ? -1 : 1;
}

GPtrArray *
qs_survey_barometer_read (QsStore *store, gint64 from, gint64 to, guint threshold, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  QsBarometerRow *by_category[QS_CATEGORY_CREDIBILITY + 1];
  QsBarometerRow *all_time[QS_CATEGORY_CREDIBILITY + 1];
  gboolean        period = from != 0 || to != 0;
  gboolean        ok;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  if (threshold == 0)
    threshold = QS_SURVEY_SCORE_DEFAULT_THRESHOLD;
  for (guint c = 0; c < G_N_ELEMENTS (by_category); c++)
    {
      by_category[c] = g_new0 (QsBarometerRow, 1);
      by_category[c]->category = c;
      by_category[c]->quarters = g_array_new (FALSE, TRUE, sizeof (QsBarometerQuarter));
      all_time[c] = g_new0 (QsBarometerRow, 1);
      all_time[c]->quarters = g_array_new (FALSE, TRUE, sizeof (QsBarometerQuarter));
      g_ptr_array_add (rows, by_category[c]);
    }

  if (!qs_store_begin_read (store, error))
    ok = FALSE;
  else
    {
      ok = count (store, from, to, TRUE, by_category, error) &&
           (!period || count (store, 0, 0, FALSE, all_time, error));
      qs_store_end_read (store);
    }

  for (guint c = 0; c < G_N_ELEMENTS (by_category); c++)
    {
      QsBarometerRow      *row = by_category[c];
      guint                n = answered (row);
      guint                n_quarters = row->quarters->len;
      g_autofree guint    *counts = g_new0 (guint, MAX (n_quarters, 1));
      g_autofree gboolean *shown = g_new0 (gboolean, MAX (n_quarters, 1));

      /* The period is a filter: what it leaves out may not be small. */
      row->shown = qs_survey_score_may_show (n, period ? answered (all_time[c]) : n, threshold);
      for (guint q = 0; q < n_quarters; q++)
        {
          QsBarometerQuarter *quarter = &g_array_index (row->quarters, QsBarometerQuarter, q);

          counts[q] = MAX (quarter->expected.n, quarter->perceived.n);
        }
      qs_survey_score_hide_groups (counts, n_quarters, threshold, shown);
      for (guint q = 0; q < n_quarters; q++)
        g_array_index (row->quarters, QsBarometerQuarter, q).shown = shown[q] && row->shown;
      row_free (all_time[c]);
    }
  if (!ok)
    return NULL;
  /* Categories nobody answered are not rows. */
  for (guint i = rows->len; i > 0; i--)
    if (answered (g_ptr_array_index (rows, i - 1)) == 0)
      g_ptr_array_remove_index (rows, i - 1);
  g_ptr_array_sort (rows, compare_rows);
  return g_steal_pointer (&rows);
}
