/* qs-dashboard-view-private.h — what the Dashboard view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-dashboard-view.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-repository.h"
#include "qs-trend-chart.h"

G_BEGIN_DECLS

/* The periods a dashboard is counted over, in the drop-down's order. */
typedef struct
{
  QsPeriod    period;
  guint       n_periods;
  const char *label;
} QsDashboardPeriods;

#define QS_DASHBOARD_N_PERIODS 4

extern const QsDashboardPeriods qs_dashboard_periods[QS_DASHBOARD_N_PERIODS];

struct _QsDashboardView
{
  QsView parent_instance;

  QsStore         *store;
  GPtrArray       *providers; /* QsDepartment */
  QsDashboardData *data;
  GCancellable    *cancellable;
  char            *shown_ref; /* the series of the detail */
  guint            index;     /* the period the tiles show */
  guint            reload_id;
  gboolean         loaded;
  gboolean         syncing;

  /* Template widgets */
  AdwLeaflet      *leaflet;
  GtkDropDown     *provider_dropdown;
  GtkDropDown     *period_dropdown;
  GtkDropDown     *shown_dropdown;
  GtkWidget       *export_button;
  GtkStack        *overview_stack;
  GtkProgressBar  *progress_bar;
  AdwStatusPage   *error_page;
  GtkBox          *content_box;
  GtkWidget       *back_button;
  GtkLabel        *detail_title;
  GtkLabel        *detail_summary;
  GtkToggleButton *table_toggle;
  GtkWidget       *indicator_button;
  GtkStack        *chart_stack;
  QsTrendChart    *chart;
  GtkListBox      *table_list;
  GtkButton       *requests_button;
};


void               qs_dashboard_view_toast_error    (QsDashboardView *self,
                                                     const GError    *error);
GTimeZone         *qs_dashboard_view_get_zone       (QsDashboardView *self);
QsEntity          *qs_dashboard_view_get_provider   (QsDashboardView *self);
guint              qs_dashboard_view_period_choice  (QsDashboardView *self);
char              *qs_dashboard_view_period_label   (QsDashboardView *self,
                                                     guint            period,
                                                     gboolean         brief);
QsIndicatorSeries *qs_dashboard_view_find_series    (QsDashboardView *self,
                                                     const char      *ref,
                                                     guint           *index);
void               qs_dashboard_view_update_actions (QsDashboardView *self);

/* qs-dashboard-view-export.c: export-csv, export-pdf */
void qs_dashboard_view_install_export_actions    (GtkWidgetClass *widget_class);
/* qs-dashboard-view-indicators.c: new-indicator, edit-indicator,
 * delete-indicator, enter-value, min-count */
void qs_dashboard_view_install_indicator_actions (GtkWidgetClass *widget_class);
void qs_dashboard_view_update_indicator_actions  (QsDashboardView *self);

G_END_DECLS
/* clang-format on */
