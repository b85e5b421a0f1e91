/* qs-row-slot-private.h — what QsSlotListModel does to its slots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-row-slot.h"
#include "qs-slot-list-model.h"

G_BEGIN_DECLS

QsRowSlot *qs_row_slot_new    (QsSlotListModel *owner,
                               guint            position);
void       qs_row_slot_forget (QsRowSlot       *self);
void       qs_row_slot_move   (QsRowSlot       *self,
                               guint            position);
void       qs_row_slot_orphan (QsRowSlot       *self);

void       qs_slot_list_model_slot_gone (QsSlotListModel *self,
                                         QsRowSlot       *slot);

G_END_DECLS
/* clang-format on */
