/* qs-charters-view.h — the Charters view: service charters, drafted and published
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-view.h"

#include "qs-charter.h"
#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_CHARTERS_VIEW (qs_charters_view_get_type ())

G_DECLARE_FINAL_TYPE (QsChartersView, qs_charters_view, QS, CHARTERS_VIEW, QsView)

typedef enum {
  QS_CHARTER_EXPORT_PDF,
  QS_CHARTER_EXPORT_HTML,
} QsCharterExportFormat;

GtkWidget  *qs_charters_view_new            (QsContext            *context);
QsStore    *qs_charters_view_get_store      (QsChartersView       *self);
GListModel *qs_charters_view_get_charters   (QsChartersView       *self);
QsCharter  *qs_charters_view_get_charter    (QsChartersView       *self);
gboolean    qs_charters_view_export_to_file (QsChartersView       *self,
                                             GFile                *file,
                                             QsCharterExportFormat format,
                                             QsLanguage            language,
                                             GError              **error);
gboolean    qs_charters_view_print_to_file  (QsChartersView       *self,
                                             GFile                *file,
                                             GError              **error);

G_END_DECLS
/* clang-format on */
