/* qs-trend-chart.h — values over periods, as lines with dots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define QS_TYPE_TREND_CHART (qs_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (QsTrendChart, qs_trend_chart, QS, TREND_CHART, GtkWidget)

QsTrendChart *qs_trend_chart_new             (void);
void          qs_trend_chart_set_range       (QsTrendChart      *self,
                                              double             minimum,
                                              double             maximum);
void          qs_trend_chart_set_periods     (QsTrendChart      *self,
                                              const char *const *labels);
void          qs_trend_chart_add_series      (QsTrendChart      *self,
                                              const char        *name,
                                              const double      *values);
void          qs_trend_chart_set_target      (QsTrendChart      *self,
                                              double             target);
void          qs_trend_chart_set_bars        (QsTrendChart      *self,
                                              gboolean           bars);
gboolean      qs_trend_chart_get_bars        (QsTrendChart      *self);
void          qs_trend_chart_clear           (QsTrendChart      *self);
guint         qs_trend_chart_get_n_series    (QsTrendChart      *self);
const char   *qs_trend_chart_get_description (QsTrendChart      *self);

G_END_DECLS
/* clang-format on */
