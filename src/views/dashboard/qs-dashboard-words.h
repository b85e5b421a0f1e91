/* qs-dashboard-words.h — the Dashboard's figures in words, on screen and in its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-complaint-breakdown.h"
#include "qs-indicator-series.h"

G_BEGIN_DECLS

char       *qs_dashboard_words_title     (const QsIndicatorSeries *series);
char       *qs_dashboard_words_value     (const QsIndicatorFigure *figure,
                                          double                   value);
char       *qs_dashboard_words_target    (const QsIndicatorFigure *figure);
char       *qs_dashboard_words_counted   (const QsIndicatorFigure *figure);
const char *qs_dashboard_words_status    (const QsIndicatorFigure *figure);
char       *qs_dashboard_words_summary   (const QsIndicatorFigure *figure);
void        qs_dashboard_words_range     (const QsIndicatorSeries *series,
                                          const QsIndicatorFigure *shown,
                                          double                  *lo,
                                          double                  *hi);
gboolean    qs_dashboard_words_read_number (const char          *text,
                                            double              *value);
const char *qs_dashboard_words_trend     (QsTrend                  trend);
const char *qs_dashboard_words_dimension (QsDimension              dimension);
const char *qs_dashboard_words_axis      (QsComplaintAxis          axis);

G_END_DECLS
/* clang-format on */
