/* qs-bar-chart.h — horizontal bars, a row an item, one or two series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define QS_TYPE_BAR_CHART (qs_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (QsBarChart, qs_bar_chart, QS, BAR_CHART, GtkWidget)

QsBarChart *qs_bar_chart_new             (void);
void        qs_bar_chart_set_series      (QsBarChart *self,
                                          const char *first,
                                          const char *second);
void        qs_bar_chart_set_maximum     (QsBarChart *self,
                                          double      maximum);
void        qs_bar_chart_clear           (QsBarChart *self);
void        qs_bar_chart_add_row         (QsBarChart *self,
                                          const char *label,
                                          double      first,
                                          double      second,
                                          const char *value_text);
guint       qs_bar_chart_get_n_rows      (QsBarChart *self);
const char *qs_bar_chart_get_description (QsBarChart *self);

G_END_DECLS
/* clang-format on */
