/* qs-row-slot.c — one row of a QsSlotListModel: the same object for a position across new lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slot stands for a position of its list. What it holds, the item of
 * the list under it at that position, is read when first asked and
 * forgotten whenever the list says that position changed.
 */
#include "config.h"

#include "qs-row-slot-private.h"

struct _QsRowSlot
{
  GObject          parent_instance;
  QsSlotListModel *owner; /* unowned; NULL once out of the list */
  guint            position;
  GObject         *item; /* read when first asked, or NULL */
};

G_DEFINE_FINAL_TYPE (QsRowSlot, qs_row_slot, G_TYPE_OBJECT)

static void
qs_row_slot_finalize (GObject *object)
{
  QsRowSlot *self = QS_ROW_SLOT (object);

  if (self->owner != NULL)
    qs_slot_list_model_slot_gone (self->owner, self);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (qs_row_slot_parent_class)->finalize (object);
}

static void
qs_row_slot_class_init (QsRowSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_row_slot_finalize;
}

static void
qs_row_slot_init (QsRowSlot *self)
{
}

QsRowSlot *
qs_row_slot_new (QsSlotListModel *owner, guint position)
{
  QsRowSlot *self = g_object_new (QS_TYPE_ROW_SLOT, NULL);

  self->owner = owner;
  self->position = position;
  return self;
}

/**
 * qs_row_slot_get_item:
 *
 * Returns: (transfer none) (nullable): the item of the list at the slot's
 * position, or %NULL if the slot has left the list
 */
gpointer
qs_row_slot_get_item (QsRowSlot *self)
{
  g_return_val_if_fail (QS_IS_ROW_SLOT (self), NULL);

  if (self->item == NULL && self->owner != NULL)
    self->item = qs_slot_list_model_get_row (self->owner, self->position);
  return self->item;
}

guint
qs_row_slot_get_position (QsRowSlot *self)
{
  g_return_val_if_fail (QS_IS_ROW_SLOT (self), G_MAXUINT);

  return self->position;
}

/* The list changed at the slot's position: read it again when asked. */
void
qs_row_slot_forget (QsRowSlot *self)
{
  g_clear_object (&self->item);
}

/* Rows were added or removed before it: the same item, elsewhere. */
void
qs_row_slot_move (QsRowSlot *self, guint position)
{
  self->position = position;
}

/* Its row was removed: the slot holds nothing any more. */
void
qs_row_slot_orphan (QsRowSlot *self)
{
  self->owner = NULL;
  g_clear_object (&self->item);
}
