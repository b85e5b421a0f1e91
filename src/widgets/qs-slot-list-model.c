/* qs-slot-list-model.c — a list whose rows stay the same objects when the list under it is replaced
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list views make new widgets for every item they have not
 * seen, and destroy those of the items that left: given a new list of a
 * million requests (another sort, a search), the column view destroyed
 * two hundred rows of ten cells and built as many again, most of the
 * time between the click and the frame that shows the new order. A view
 * keeps a widget whose item comes back, and binds it again.
 *
 * So the view is given this list, whose items are QsRowSlots: the slot
 * at a position stays the same object when the list under it is replaced
 * (qs_slot_list_model_set_model()), and the rows on screen are bound to
 * the new items without a widget made or destroyed. Within one list,
 * slots follow their rows as the list under it says items were added or
 * removed before them, as its own items would.
 */
#include "config.h"

#include "qs-row-slot-private.h"
#include "qs-slot-list-model.h"

struct _QsSlotListModel
{
  GObject     parent_instance;
  GListModel *model;   /* the list shown, or NULL */
  guint       n_items; /* as views were last told */
  GHashTable *slots;   /* position → QsRowSlot, unowned: a slot leaves as it goes */
};

static void qs_slot_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QsSlotListModel,
                               qs_slot_list_model,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      qs_slot_list_model_list_model_init))

static GType
qs_slot_list_model_get_item_type (GListModel *list)
{
  return QS_TYPE_ROW_SLOT;
}

static guint
qs_slot_list_model_get_n_items (GListModel *list)
{
  return QS_SLOT_LIST_MODEL (list)->n_items;
}

static gpointer
qs_slot_list_model_get_item (GListModel *list, guint position)
{
  QsSlotListModel *self = QS_SLOT_LIST_MODEL (list);
  QsRowSlot       *slot;

  if (position >= self->n_items)
    return NULL;
  slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (position));
  if (slot != NULL)
    return g_object_ref (slot);
  slot = qs_row_slot_new (self, position);
  g_hash_table_insert (self->slots, GUINT_TO_POINTER (position), slot);
  return slot;
}

static void
qs_slot_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = qs_slot_list_model_get_item_type;
  iface->get_n_items = qs_slot_list_model_get_n_items;
  iface->get_item = qs_slot_list_model_get_item;
}

void
qs_slot_list_model_slot_gone (QsSlotListModel *self, QsRowSlot *slot)
{
  gpointer key = GUINT_TO_POINTER (qs_row_slot_get_position (slot));

  if (g_hash_table_lookup (self->slots, key) == slot)
    g_hash_table_remove (self->slots, key);
}

static void
orphan_all (QsSlotListModel *self)
{
  GHashTableIter iter;
  gpointer       slot;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    qs_row_slot_orphan (slot);
  g_hash_table_remove_all (self->slots);
}

/* Rows removed or added at @position: the slots of the rows removed
 * leave, those after follow their rows. */
static void
shift_slots (QsSlotListModel *self, guint position, guint removed, guint added)
{
  g_autoptr (GPtrArray) moved = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer       slot;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    {
      guint at = qs_row_slot_get_position (slot);

      if (at < position)
        continue;
      g_hash_table_iter_steal (&iter);
      if (at < position + removed)
        qs_row_slot_orphan (slot);
      else
        {
          qs_row_slot_move (slot, at - removed + added);
          g_ptr_array_add (moved, slot);
        }
    }
  for (guint i = 0; i < moved->len; i++)
    g_hash_table_insert (self->slots, GUINT_TO_POINTER (qs_row_slot_get_position (moved->pdata[i])),
                         moved->pdata[i]);
}

static void
on_items_changed_cb (QsSlotListModel *self, guint position, guint removed, guint added)
{
  self->n_items = g_list_model_get_n_items (self->model);
  if (removed == added)
    {
      /* In place: the same slots, bound again to what is there now. */
      for (guint i = position; i < position + removed; i++)
        {
          QsRowSlot *slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (i));

          if (slot != NULL)
            qs_row_slot_forget (slot);
        }
    }
  else
    shift_slots (self, position, removed, added);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
qs_slot_list_model_dispose (GObject *object)
{
  QsSlotListModel *self = QS_SLOT_LIST_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  orphan_all (self);

  G_OBJECT_CLASS (qs_slot_list_model_parent_class)->dispose (object);
}

static void
qs_slot_list_model_finalize (GObject *object)
{
  g_hash_table_unref (QS_SLOT_LIST_MODEL (object)->slots);

  G_OBJECT_CLASS (qs_slot_list_model_parent_class)->finalize (object);
}

static void
qs_slot_list_model_class_init (QsSlotListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qs_slot_list_model_dispose;
  object_class->finalize = qs_slot_list_model_finalize;
}

static void
qs_slot_list_model_init (QsSlotListModel *self)
{
  self->slots = g_hash_table_new (g_direct_hash, g_direct_equal);
}

QsSlotListModel *
qs_slot_list_model_new (void)
{
  return g_object_new (QS_TYPE_SLOT_LIST_MODEL, NULL);
}

/**
 * qs_slot_list_model_set_model:
 * @model: (nullable): the list to show
 *
 * Shows @model instead of the list shown: one items-changed for the whole
 * list, the slots of the positions both have staying the same objects.
 */
void
qs_slot_list_model_set_model (QsSlotListModel *self, GListModel *model)
{
  guint          removed;
  GHashTableIter iter;
  gpointer       slot;

  g_return_if_fail (QS_IS_SLOT_LIST_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  removed = self->n_items;
  self->n_items = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    {
      if (qs_row_slot_get_position (slot) < self->n_items)
        qs_row_slot_forget (slot);
      else
        {
          qs_row_slot_orphan (slot);
          g_hash_table_iter_remove (&iter);
        }
    }
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                             G_CONNECT_SWAPPED);
  if (removed > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}

/**
 * qs_slot_list_model_get_model:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
GListModel *
qs_slot_list_model_get_model (QsSlotListModel *self)
{
  g_return_val_if_fail (QS_IS_SLOT_LIST_MODEL (self), NULL);

  return self->model;
}

/**
 * qs_slot_list_model_get_row:
 *
 * Returns: (transfer full) (nullable): the item of the list shown at
 * @position, not its slot
 */
gpointer
qs_slot_list_model_get_row (QsSlotListModel *self, guint position)
{
  g_return_val_if_fail (QS_IS_SLOT_LIST_MODEL (self), NULL);

  return self->model != NULL ? g_list_model_get_item (self->model, position) : NULL;
}
