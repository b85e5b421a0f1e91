/* qs-slot-list-model.h — a list whose rows stay the same objects when the list under it is replaced
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

G_BEGIN_DECLS

#define QS_TYPE_SLOT_LIST_MODEL (qs_slot_list_model_get_type ())

G_DECLARE_FINAL_TYPE (QsSlotListModel, qs_slot_list_model, QS, SLOT_LIST_MODEL, GObject)

QsSlotListModel *qs_slot_list_model_new       (void);
void             qs_slot_list_model_set_model (QsSlotListModel *self,
                                               GListModel      *model);
GListModel      *qs_slot_list_model_get_model (QsSlotListModel *self);
gpointer         qs_slot_list_model_get_row   (QsSlotListModel *self,
                                               guint            position);

G_END_DECLS
/* clang-format on */
