/* qs-charters-view-private.h — what the view's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-charter-editor.h"
#include "qs-charters-view.h"
#include "qs-query-list-model.h"

G_BEGIN_DECLS

struct _QsChartersView
{
  QsView              parent_instance;

  QsStore            *store;
  QsQueryListModel   *charters;     /* the latest version of each charter, filtered */
  GtkSingleSelection *selection;
  GPtrArray          *providers;    /* QsDepartment that provide services, by name */
  GPtrArray          *staff;        /* QsClient who are staff, by name */
  GHashTable         *department_names;  /* id → name, for every department */
  GHashTable         *client_names;      /* id → name, for every person */
  GHashTable         *deleted;      /* id → QsCommitment deleted, until undone */
  gboolean            syncing;      /* the selection is being set by the view */
  gboolean            loaded;       /* the list was read for this store */
  guint               scroll_tick_id;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *filter_box;
  GtkWidget          *pane_separator;
  GtkWidget          *content;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkStack           *content_stack;
  GtkWidget          *publish_button;
  QsCharterEditor    *editor;
};

/* qs-charters-view.c */
void     qs_charters_view_reload        (QsChartersView *self,
                                         const char     *ref,
                                         const char     *show_id);
void     qs_charters_view_show_editor   (QsChartersView *self);
void     qs_charters_view_scroll_to_selected (QsChartersView *self);
gboolean qs_charters_view_is_listed     (QsChartersView *self,
                                         const char     *id);
void     qs_charters_view_update_actions (QsChartersView *self);
void     qs_charters_view_toast         (QsChartersView *self,
                                         const char     *title);
void     qs_charters_view_toast_error   (QsChartersView *self,
                                         const GError   *error);
const char *qs_charters_view_get_department_name (QsChartersView *self,
                                                  const char     *id);

/* qs-charters-view-actions.c */
void     qs_charters_view_install_actions (GtkWidgetClass *widget_class);

/* qs-charters-view-export.c */
void     qs_charters_view_install_export_actions (GtkWidgetClass *widget_class);

G_END_DECLS
/* clang-format on */
