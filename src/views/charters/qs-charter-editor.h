/* qs-charter-editor.h — the editor of one charter version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-calendar.h"
#include "qs-charter.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_CHARTER_EDITOR (qs_charter_editor_get_type ())

G_DECLARE_FINAL_TYPE (QsCharterEditor, qs_charter_editor, QS, CHARTER_EDITOR, GtkWidget)

GtkWidget  *qs_charter_editor_new                (void);
QsStore    *qs_charter_editor_get_store          (QsCharterEditor *self);
void        qs_charter_editor_set_store          (QsCharterEditor *self,
                                                  QsStore         *store);
void        qs_charter_editor_set_people         (QsCharterEditor *self,
                                                  GPtrArray       *providers,
                                                  GPtrArray       *staff);
gboolean    qs_charter_editor_load               (QsCharterEditor *self,
                                                  const char      *charter_id,
                                                  GError         **error);
QsCharter  *qs_charter_editor_get_charter        (QsCharterEditor *self);
GPtrArray  *qs_charter_editor_get_commitments    (QsCharterEditor *self);
QsCalendar *qs_charter_editor_get_calendar       (QsCharterEditor *self);
gboolean    qs_charter_editor_get_frozen         (QsCharterEditor *self);
gboolean    qs_charter_editor_flush              (QsCharterEditor *self,
                                                  GError         **error);
void        qs_charter_editor_set_review_date    (QsCharterEditor *self,
                                                  const char      *iso_date);
void        qs_charter_editor_reload_commitments (QsCharterEditor *self,
                                                  const char      *focus_id);
void        qs_charter_editor_show_problems      (QsCharterEditor *self);
void        qs_charter_editor_focus_title        (QsCharterEditor *self);
gboolean    qs_charter_editor_refresh            (QsCharterEditor *self,
                                                  GError         **error);

G_END_DECLS
/* clang-format on */
