/* qs-deadline-countdown.h — what a deadline's countdown says at a moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"
#include "qs-enums.h"

G_BEGIN_DECLS

typedef enum
{
  QS_COUNTDOWN_IN_ROW,   /* "due in 2 h 30", "overdue by 1 day" */
  QS_COUNTDOWN_ON_PAGE,  /* "2 h 30 left", "Overdue by 1 day" */
} QsCountdownStyle;

char *qs_deadline_format_countdown (QsBusinessHours  *hours,
                                    gint64            now,
                                    gint64            due,
                                    QsLanguage        language,
                                    QsCountdownStyle  style);

G_END_DECLS
/* clang-format on */
