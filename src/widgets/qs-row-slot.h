/* qs-row-slot.h — one row of a QsSlotListModel: the same object for a position across new lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

G_BEGIN_DECLS

#define QS_TYPE_ROW_SLOT (qs_row_slot_get_type ())

G_DECLARE_FINAL_TYPE (QsRowSlot, qs_row_slot, QS, ROW_SLOT, GObject)

gpointer qs_row_slot_get_item     (QsRowSlot *self);
guint    qs_row_slot_get_position (QsRowSlot *self);

G_END_DECLS
/* clang-format on */
