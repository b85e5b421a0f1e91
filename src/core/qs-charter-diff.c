/* qs-charter-diff.c — what changed in commitments between two charter versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-charter-diff.h"

GPtrArray *
qs_charter_diff (GPtrArray  *old_commitments,
                 GPtrArray  *new_commitments,
                 QsLanguage  language)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}
