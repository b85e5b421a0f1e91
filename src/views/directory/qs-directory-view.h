/* qs-directory-view.h — the Clients view: departments and the people they hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-view.h"

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_DIRECTORY_VIEW (qs_directory_view_get_type ())

G_DECLARE_FINAL_TYPE (QsDirectoryView, qs_directory_view, QS, DIRECTORY_VIEW, QsView)

GtkWidget  *qs_directory_view_new               (QsContext       *context);
QsStore    *qs_directory_view_get_store         (QsDirectoryView *self);
GListModel *qs_directory_view_get_people        (QsDirectoryView *self);
void        qs_directory_view_select_department (QsDirectoryView *self,
                                                 const char      *department_id);
void        qs_directory_view_show_person       (QsDirectoryView *self,
                                                 const char      *client_id);
void        qs_directory_view_reload            (QsDirectoryView *self);
/* What dropping a department onto another in the tree does; @parent_id
 * NULL is the top of the organisation. */
gboolean    qs_directory_view_move_department   (QsDirectoryView *self,
                                                 const char      *id,
                                                 const char      *parent_id,
                                                 GError         **error);

G_END_DECLS
/* clang-format on */
