/* qs-checklist-row.h — one question of a charter's adoption checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-adoption-checklist.h"

G_BEGIN_DECLS

#define QS_TYPE_CHECKLIST_ROW (qs_checklist_row_get_type ())

G_DECLARE_FINAL_TYPE (QsChecklistRow, qs_checklist_row, QS, CHECKLIST_ROW, AdwExpanderRow)

GtkWidget *qs_checklist_row_new (QsAdoptionChecklist *checklist,
                                 guint                index,
                                 gboolean             editable);

G_END_DECLS
/* clang-format on */
