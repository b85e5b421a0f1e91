/* qs-indicator-desk.h — where a department's own indicators are defined and their values typed in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Checks @indicator and saves it: a name in French or English, a
 * department, a measure that counts requests (or none: typed in by hand),
 * a target that is a number, filters of known values. A new one gets a
 * reference of its own. What is refused is said in a sentence. */
gboolean qs_indicator_desk_save          (QsStore     *store,
                                          QsIndicator *indicator,
                                          GError     **error);
/* Deletes @indicator and the values typed in for it. */
gboolean qs_indicator_desk_delete        (QsStore     *store,
                                          QsIndicator *indicator,
                                          GError     **error);
/* The value of a hand-measured @indicator for the period starting on
 * @period_start ("YYYY-MM-DD"), replacing one typed in before; NaN
 * removes it. */
gboolean qs_indicator_desk_set_value     (QsStore     *store,
                                          QsIndicator *indicator,
                                          const char  *period_start,
                                          double       value,
                                          GError     **error);
/* Below how many requests the figures of @department_id are not judged;
 * 0 for the default (QS_INDICATOR_MIN_COUNT). */
gboolean qs_indicator_desk_set_min_count (QsStore     *store,
                                          const char  *department_id,
                                          gint64       min_count,
                                          GError     **error);

G_END_DECLS
/* clang-format on */
