/* qs-row-ids-diff.h — the fewest changes that turn one list of row ids into another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-row-ids.h"

G_BEGIN_DECLS

/* @removed ids of the old list from @old_pos are replaced by @added ids of
 * the new list from @new_pos: what one GListModel::items-changed says at
 * @new_pos, once every hunk before it has been said. */
typedef struct
{
  guint old_pos;
  guint removed;
  guint new_pos;
  guint added;
} QsRowIdsHunk;

/* Hunks at most; past that, one hunk replaces what lies between the
 * common start and the common end. */
#define QS_ROW_IDS_DIFF_MAX_EDITS 128

GArray *qs_row_ids_diff (const QsRowIds *old_ids,
                         const QsRowIds *new_ids,
                         guint           same_start);

G_END_DECLS
/* clang-format on */
