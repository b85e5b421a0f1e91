/* qs-charter-diff.h — what changed in commitments between two charter versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-charter-change.h"
#include "qs-enums.h"

G_BEGIN_DECLS

GPtrArray *qs_charter_diff (GPtrArray  *old_commitments,
                            GPtrArray  *new_commitments,
                            QsLanguage  language);

G_END_DECLS
/* clang-format on */
