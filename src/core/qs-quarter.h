/* qs-quarter.h — calendar quarters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

void qs_last_complete_quarter (GDateTime  *now,
                               GTimeZone  *zone,
                               GDateTime **start,
                               GDateTime **end);

G_END_DECLS
/* clang-format on */
