/* qs-directory-view-private.h — what the Clients view's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-department-page.h"
#include "qs-directory-view.h"
#include "qs-org-chart.h"
#include "qs-person-page.h"
#include "qs-query-list-model.h"
#include "qs-request-query.h"

G_BEGIN_DECLS

struct _QsDirectoryView
{
  QsView              parent_instance;

  QsStore            *store;
  gboolean            loaded;        /* the directory was read for this store */
  gboolean            restoring;     /* selecting again what was selected before a change */
  QsQueryListModel   *people;        /* the people shown, by name */
  GtkSingleSelection *selection;
  GtkSingleSelection *department_selection;
  GPtrArray          *departments;   /* QsDepartment, by position then name */
  GHashTable         *department_names;  /* id → name */
  GHashTable         *children;      /* parent id → GListStore of QsDepartment */
  char               *department_id; /* the list's department, or NULL */
  char               *search;        /* as typed, or NULL */
  int                 language;      /* -1: any */
  int                 channel;       /* -1: any */
  gboolean            collapsing;    /* the departments are hidden by the view, not the user */
  QsClient           *deleted;       /* the last person deleted, for Undo */
  QsClient           *added;         /* the last person added, for Undo */
  QsDepartment       *deleted_department; /* the last department deleted, for Undo */

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *sidebar_separator;
  GtkToggleButton    *departments_button;
  GtkWidget          *department_bar;
  GtkLabel           *department_title;
  GtkWidget          *department_button;
  GtkWidget          *person_back_button;
  GtkWidget          *close_button;
  GtkWidget          *people_pane;
  GtkWidget          *person_pane;
  GtkListView        *department_list;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *language_dropdown;
  GtkDropDown        *channel_dropdown;
  GtkStack           *people_stack;
  GtkColumnView      *people_view;
  GtkWidget          *org_chart_page;
  GtkStack           *org_chart_stack;
  QsOrgChart         *org_chart;
  AdwViewStack       *main_stack;
  QsPersonPage       *person_page;
  QsDepartmentPage   *department_page;
  GtkStack           *detail_stack;
  GtkLabel           *person_title;
};

/* qs-directory-view.c */
void     qs_directory_view_toast        (QsDirectoryView *self,
                                         const char      *title,
                                         const char      *action);
void     qs_directory_view_toast_error  (QsDirectoryView *self,
                                         const GError    *error);
const char *qs_directory_view_get_department_name (QsDirectoryView *self,
                                                   const char      *id);
void     qs_directory_view_refilter     (QsDirectoryView *self);
void     qs_directory_view_show_detail  (QsDirectoryView *self,
                                         const char      *page);
void     qs_directory_view_close_detail (QsDirectoryView *self);
void     qs_directory_view_update_layout (QsDirectoryView *self);

/* qs-directory-view-export.c */
void     qs_directory_view_install_export_actions (GtkWidgetClass *widget_class);
gboolean qs_directory_view_export_org_chart       (QsDirectoryView *self,
                                                   GFile           *file,
                                                   gboolean         svg,
                                                   GError         **error);
gboolean qs_directory_view_export_directory       (QsDirectoryView *self,
                                                   GFile           *file,
                                                   gboolean         vcard,
                                                   GError         **error);
GtkWidget *qs_directory_view_open_import          (QsDirectoryView *self,
                                                   GFile           *file);

/* qs-directory-view-drag.c */
void     qs_directory_view_setup_department_drag (QsDirectoryView *self,
                                                  GtkWidget       *row);
void     qs_directory_view_bind_department_drag  (GtkWidget       *row,
                                                  const char      *department_id);

/* qs-directory-view-actions.c */
void     qs_directory_set_requests_target (GtkActionable   *actionable,
                                           QsRequestFilter *filter);
void     qs_directory_view_install_actions (GtkWidgetClass *widget_class);
void     qs_directory_view_update_actions  (QsDirectoryView *self);

G_END_DECLS
/* clang-format on */
