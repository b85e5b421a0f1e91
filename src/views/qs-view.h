/* qs-view.h — what every view of the window is: the view contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-context.h"
#include "qs-query-list-model.h"

G_BEGIN_DECLS

#define QS_TYPE_VIEW (qs_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (QsView, qs_view, QS, VIEW, GtkWidget)

struct _QsViewClass
{
  GtkWidgetClass parent_class;

  /* What the window shows of a view before it is built; see
   * qs_view_class_set_page(). */
  const char *page_name;
  const char *title;       /* untranslated, marked for translation */
  const char *icon_name;
  const char *help_page;

  /* The context was set or changed: @context may be NULL. */
  void     (*context_set) (QsView      *self,
                           QsContext   *context);
  /* Something was committed to the database; called while the view is
   * shown, else once when it is shown again, with all it missed. */
  void     (*changed)     (QsView      *self,
                           QsChangeSet *changes);

  gpointer padding[8];
};

void         qs_view_class_set_page  (QsViewClass *klass,
                                      const char  *page_name,
                                      const char  *title,
                                      const char  *icon_name,
                                      const char  *help_page);

QsContext   *qs_view_get_context     (QsView      *self);
void         qs_view_set_context     (QsView      *self,
                                      QsContext   *context);
QsStore     *qs_view_get_store       (QsView      *self);

const char  *qs_view_get_page_name   (QsView      *self);
const char  *qs_view_get_help_page   (QsView      *self);
AdwLeaflet  *qs_view_get_leaflet     (QsView      *self);
gboolean     qs_view_is_on_subpage   (QsView      *self);

gboolean     qs_view_refresh_list    (QsQueryListModel   *model,
                                      GtkSingleSelection *selection,
                                      QsChangeSet        *changes,
                                      GError            **error);

void         qs_view_ensure_resources (void);

G_END_DECLS
/* clang-format on */
