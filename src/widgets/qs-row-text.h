/* qs-row-text.h — what a person typed in an entry row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

G_BEGIN_DECLS

/* The row's text without the spaces around it; NULL when nothing is left. */
char *qs_row_dup_text (AdwEntryRow *row);

G_END_DECLS
/* clang-format on */
