/* qs-row-ids-diff.c — the fewest changes that turn one list of row ids into another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a list model says when its query gives a new list of row ids: the
 * start and the end the two lists share are kept, and what lies between
 * is compared with Myers' O((N+M)D) algorithm ("An O(ND) Difference
 * Algorithm and Its Variations", 1986), which finds the fewest ids to
 * remove and insert. A commit changes a row or a few, so D is small: one
 * row inserted, removed or changed in place is D ≤ 1, one row moved is
 * D = 2, and the cost is a walk along the lists. Past
 * QS_ROW_IDS_DIFF_MAX_EDITS edits, or a few walks' worth of comparisons,
 * it gives up and the whole middle is replaced: a new filter, not a
 * commit.
 */
#include "config.h"

#include "qs-row-ids-diff.h"

typedef struct
{
  const QsRowIds *a;
  const QsRowIds *b;
  guint           a0; /* where the middles start: the shared start */
  guint           b0;
  int             n; /* their lengths */
  int             m;
} Middle;

typedef struct
{
  int      x; /* the point before the edit, in the middles */
  int      y;
  gboolean deletion; /* else an insertion */
} Edit;

static inline gboolean
same (const Middle *mid, int x, int y)
{
  return qs_row_ids_get (mid->a, mid->a0 + x) == qs_row_ids_get (mid->b, mid->b0 + y);
}

/* Follows the furthest paths of each diagonal k = x − y for d = 0, 1, …
 * edits, keeping a copy of them before each d to walk back from (n, m).
 * FALSE when there are more than max_d edits or it took too long. */
static gboolean
shortest_edits (const Middle *mid, GArray *edits)
{
  int             max_d = MIN (QS_ROW_IDS_DIFF_MAX_EDITS, mid->n + mid->m);
  int             width = 2 * max_d + 3;
  g_autofree int *v = g_new0 (int, width);
  g_autoptr (GPtrArray) trace = g_ptr_array_new_with_free_func (g_free);
  gint64 budget = 4 * ((gint64) mid->n + mid->m) + 65536;
  int   *vk = v + max_d + 1; /* vk[k], k from −max_d − 1 to max_d + 1 */
  int    d, x, y;

  for (d = 0; d <= max_d; d++)
    {
      g_ptr_array_add (trace, g_memdup2 (v, width * sizeof (int)));
      for (int k = -d; k <= d; k += 2)
        {
          if (k == -d || (k != d && vk[k - 1] < vk[k + 1]))
            x = vk[k + 1]; /* down: an insertion */
          else
            x = vk[k - 1] + 1; /* right: a deletion */
          y = x - k;
          while (x < mid->n && y < mid->m && same (mid, x, y))
            {
              x++;
              y++;
              budget--;
            }
          vk[k] = x;
          if (--budget <= 0)
            return FALSE;
          if (x >= mid->n && y >= mid->m)
            goto found;
        }
    }
  return FALSE;

found:
  x = mid->n;
  y = mid->m;
  for (; d > 0; d--)
    {
      int *before = (int *) trace->pdata[d] + max_d + 1;
      int  k = x - y;
      int  prev_k = (k == -d || (k != d && before[k - 1] < before[k + 1])) ? k + 1 : k - 1;
      int  prev_x = before[prev_k];
      int  prev_y = prev_x - prev_k;
      Edit edit = { prev_x, prev_y, prev_k == k - 1 };

      g_array_append_val (edits, edit);
      x = prev_x;
      y = prev_y;
    }
  return TRUE;
}

static void
add_edit (GArray *hunks, guint old_pos, guint new_pos, gboolean deletion)
{
  QsRowIdsHunk *last = hunks->len > 0 ? &g_array_index (hunks, QsRowIdsHunk, hunks->len - 1) : NULL;
  QsRowIdsHunk  hunk = { old_pos, deletion ? 1 : 0, new_pos, deletion ? 0 : 1 };

  if (last != NULL && last->old_pos + last->removed == old_pos &&
      last->new_pos + last->added == new_pos)
    {
      last->removed += hunk.removed;
      last->added += hunk.added;
    }
  else
    g_array_append_val (hunks, hunk);
}

/**
 * qs_row_ids_diff:
 * @same_start: how many ids at the start of both lists the caller knows
 *   are the same (it compared them as it read them), or 0
 *
 * Returns: (transfer full) (element-type QsRowIdsHunk): the hunks that
 * turn @old_ids into @new_ids, in increasing positions, none adjacent to
 * another; empty when the lists are the same.
 */
GArray *
qs_row_ids_diff (const QsRowIds *old_ids, const QsRowIds *new_ids, guint same_start)
{
  GArray *hunks = g_array_new (FALSE, FALSE, sizeof (QsRowIdsHunk));
  g_autoptr (GArray) edits = g_array_new (FALSE, FALSE, sizeof (Edit));
  guint  old_len = qs_row_ids_get_length (old_ids);
  guint  new_len = qs_row_ids_get_length (new_ids);
  guint  start = MIN (same_start, MIN (old_len, new_len)), end = 0;
  Middle mid;

  while (start < old_len && start < new_len &&
         qs_row_ids_get (old_ids, start) == qs_row_ids_get (new_ids, start))
    start++;
  while (end < old_len - start && end < new_len - start &&
         qs_row_ids_get (old_ids, old_len - 1 - end) == qs_row_ids_get (new_ids, new_len - 1 - end))
    end++;

  mid = (Middle){ old_ids, new_ids, start, start, old_len - start - end, new_len - start - end };
  if (mid.n == 0 && mid.m == 0)
    return hunks;

  if (!shortest_edits (&mid, edits))
    {
      QsRowIdsHunk whole = { start, mid.n, start, mid.m };

      g_array_append_val (hunks, whole);
      return hunks;
    }
  /* The walk back found them last first. */
  for (guint i = edits->len; i-- > 0;)
    {
      const Edit *edit = &g_array_index (edits, Edit, i);

      add_edit (hunks, start + edit->x, start + edit->y, edit->deletion);
    }
  return hunks;
}
