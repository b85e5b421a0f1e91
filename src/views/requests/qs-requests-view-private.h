/* qs-requests-view-private.h — what the Requests view's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-enums.h"
#include "qs-query-list-model.h"
#include "qs-request-page.h"
#include "qs-request-query.h"
#include "qs-requests-view.h"
#include "qs-row-slot.h"
#include "qs-slot-list-model.h"

G_BEGIN_DECLS

struct _QsRequestsView
{
  QsView              parent_instance;

  QsStore            *store;
  GSettings          *settings;
  QsRequestFilter    *filter;        /* what the list shows */
  QsQueryListModel   *requests;      /* NULL until the view is first shown */
  QsSlotListModel    *rows;          /* the rows' slots, over requests */
  GtkSingleSelection *selection;
  GCancellable       *reading;       /* a list read in a worker thread, or NULL */
  guint               quick_read_ms; /* G_MAXUINT: the list model's own (tests set 0) */
  GCancellable       *refreshing;    /* refreshes of the list, until the view goes */
  char               *refresh_selected;  /* the row selected when the last began */
  gboolean            loaded;        /* the list was read at least once */
  gboolean            syncing;       /* widgets follow the filter: do not reload */
  guint               load_id;       /* the first load, after the first frame */
  guint               search_id;     /* a search to apply: after the echo, at the latest */
  GdkFrameClock      *echo_clock;    /* whose next frame shows what was typed */
  double              at_risk_share;
  QsLanguage          language;
  char               *me_id;         /* the user's person, for "assigned to me" */
  GHashTable         *names;         /* person id → name, per reload */
  GHashTable         *department_names;  /* id → name */
  GPtrArray          *departments;   /* QsDepartment offered in the filter */
  int                 probed_sort;   /* set by the column sorters, see columns.c */
  char               *default_calendar;  /* its reference, from GSettings */
  GMenu              *saved_section;  /* template objects */
  GMenu              *delete_section;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *detail_pane;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkMenuButton      *saved_button;
  /* The filter popover's, NULL until it first opens */
  GtkDropDown        *status_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *problem_dropdown;
  GtkDropDown        *department_dropdown;
  GtkDropDown        *due_dropdown;
  GtkDropDown        *confidential_dropdown;
  GtkCheckButton     *mine_check;
  GtkRevealer        *scope_revealer;  /* whose requests, when narrowed to a client */
  GtkImage           *scope_icon;
  GtkLabel           *scope_label;
  GtkWidget          *scope_clear_button;
  GtkLabel           *count_label;
  GtkSpinner         *list_spinner;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  AdwSqueezer        *list_squeezer;
  GtkListView        *narrow_view;   /* the list where the table does not fit */
  AdwStatusPage      *no_results_page;
  GtkLabel           *detail_title;
  AdwBin             *page_bin;
  QsRequestPage      *request_page;  /* NULL until a request is first shown */
};

/* qs-requests-view.c */
QsRequest  *qs_requests_view_get_shown      (QsRequestsView *self);
QsRequest  *qs_requests_view_get_selected   (QsRequestsView *self);
void        qs_requests_view_toast          (QsRequestsView *self,
                                             const char     *title);
void        qs_requests_view_toast_error    (QsRequestsView *self,
                                             const GError   *error);
/* Reads the list again with the current filter, keeping the request shown. */
void        qs_requests_view_apply          (QsRequestsView *self);
char       *qs_requests_view_format_count   (guint           n);

/* qs-requests-view-columns.c */
void        qs_requests_view_add_columns    (QsRequestsView *self);
void        qs_requests_view_set_up_narrow_list (QsRequestsView *self);
void        qs_requests_view_sync_sort      (QsRequestsView *self);
void        qs_requests_view_forget_names   (QsRequestsView *self);
void        qs_requests_view_update_columns (QsRequestsView *self);

/* qs-requests-view-filters.c */
void        qs_requests_view_setup_filters  (QsRequestsView *self);
void        qs_requests_view_ensure_filter_popover (QsRequestsView *self);
void        qs_requests_view_update_mine    (QsRequestsView *self);
void        qs_requests_view_load_departments (QsRequestsView *self);
void        qs_requests_view_sync_filter_widgets (QsRequestsView *self);
void        qs_requests_view_update_saved_menu (QsRequestsView *self);
void        qs_requests_view_install_filter_actions (GtkWidgetClass *widget_class);
gboolean    qs_requests_view_save_filter    (QsRequestsView *self,
                                             const char     *name);

/* qs-requests-view-actions.c */
void        qs_requests_view_install_actions (GtkWidgetClass *widget_class);
void        qs_requests_view_update_actions (QsRequestsView *self);
void        qs_requests_view_add_shortcuts  (QsRequestsView *self);

/* qs-requests-view-export.c */
void        qs_requests_view_install_export_actions (GtkWidgetClass *widget_class);
gint64      qs_requests_view_export         (QsRequestsView *self,
                                             GFile          *file,
                                             gboolean        ics,
                                             GError        **error);

G_END_DECLS
/* clang-format on */
