/* test-slot-list-model.c — rows that stay the same objects across new lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "qs-row-slot.h"
#include "qs-slot-list-model.h"

typedef struct
{
  guint position, removed, added, calls;
} Said;

static void
on_items_changed_cb (GListModel *list, guint position, guint removed, guint added, Said *said)
{
  said->position = position;
  said->removed = removed;
  said->added = added;
  said->calls++;
}

/* A list of the words of @text, as GApplication-free objects: menus. */
static GListStore *
words (const char *text)
{
  g_auto (GStrv) split = g_strsplit (text, " ", -1);
  GListStore *store = g_list_store_new (G_TYPE_MENU_ITEM);

  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (split[i], NULL);

      g_list_store_append (store, item);
    }
  return store;
}

static char *
label_of (QsRowSlot *slot)
{
  GMenuItem *item = qs_row_slot_get_item (slot);
  char      *label = NULL;

  if (item != NULL)
    g_menu_item_get_attribute (item, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  return label;
}

static char *
label_at (GListModel *list, guint position)
{
  g_autoptr (QsRowSlot) slot = g_list_model_get_item (list, position);

  return label_of (slot);
}

/* A new list: the slot of each position both lists have is the same
 * object, and holds the new list's item. */
static void
test_new_list_keeps_slots (void)
{
  g_autoptr (QsSlotListModel) model = qs_slot_list_model_new ();
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GListStore) first = words ("alpha beta gamma delta");
  g_autoptr (GListStore) second = words ("zulu yankee");
  g_autoptr (QsRowSlot) slot0 = NULL;
  g_autoptr (QsRowSlot) slot1 = NULL;
  g_autoptr (QsRowSlot) slot3 = NULL;
  g_autofree char *label = NULL;
  Said             said = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &said);
  qs_slot_list_model_set_model (model, G_LIST_MODEL (first));
  g_assert_cmpuint (said.calls, ==, 1);
  g_assert_cmpuint (said.added, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  g_assert_true (g_list_model_get_item_type (list) == QS_TYPE_ROW_SLOT);
  slot0 = g_list_model_get_item (list, 0);
  slot1 = g_list_model_get_item (list, 1);
  slot3 = g_list_model_get_item (list, 3);
  g_assert_null (g_list_model_get_item (list, 4));
  label = label_of (slot1);
  g_assert_cmpstr (label, ==, "beta");
  g_clear_pointer (&label, g_free);

  qs_slot_list_model_set_model (model, G_LIST_MODEL (second));
  g_assert_cmpuint (said.calls, ==, 2);
  g_assert_cmpuint (said.position, ==, 0);
  g_assert_cmpuint (said.removed, ==, 4);
  g_assert_cmpuint (said.added, ==, 2);
  {
    g_autoptr (QsRowSlot) again = g_list_model_get_item (list, 1);

    g_assert_true (again == slot1);
  }
  label = label_of (slot1);
  g_assert_cmpstr (label, ==, "yankee");
  g_clear_pointer (&label, g_free);
  label = label_of (slot0);
  g_assert_cmpstr (label, ==, "zulu");
  g_clear_pointer (&label, g_free);
  /* Past the new list's end: out of it, holding nothing. */
  g_assert_null (qs_row_slot_get_item (slot3));
  g_assert_true (qs_slot_list_model_get_model (model) == G_LIST_MODEL (second));

  qs_slot_list_model_set_model (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_cmpuint (said.removed, ==, 2);
  g_assert_null (qs_row_slot_get_item (slot0));
}

/* Within one list, a slot follows its row: rows removed or added before
 * it move it, the slot of a removed row leaves, a row changed in place
 * keeps its slot, which then holds the new item. */
static void
test_slots_follow_rows (void)
{
  g_autoptr (QsSlotListModel) model = qs_slot_list_model_new ();
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GListStore) store = words ("alpha beta gamma delta");
  g_autoptr (QsRowSlot) beta = NULL;
  g_autoptr (QsRowSlot) gamma = NULL;
  g_autoptr (QsRowSlot) delta = NULL;
  g_autoptr (GMenuItem) epsilon = g_menu_item_new ("epsilon", NULL);
  g_autoptr (GMenuItem) omega = g_menu_item_new ("omega", NULL);
  g_autofree char *label = NULL;
  Said             said = { 0 };

  qs_slot_list_model_set_model (model, G_LIST_MODEL (store));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &said);
  beta = g_list_model_get_item (list, 1);
  gamma = g_list_model_get_item (list, 2);
  delta = g_list_model_get_item (list, 3);
  g_assert_nonnull (qs_row_slot_get_item (gamma));

  /* beta removed: gamma and delta move up, as told. */
  g_list_store_remove (store, 1);
  g_assert_cmpuint (said.position, ==, 1);
  g_assert_cmpuint (said.removed, ==, 1);
  g_assert_cmpuint (said.added, ==, 0);
  g_assert_null (qs_row_slot_get_item (beta));
  g_assert_cmpuint (qs_row_slot_get_position (gamma), ==, 1);
  g_assert_cmpuint (qs_row_slot_get_position (delta), ==, 2);
  {
    g_autoptr (QsRowSlot) at2 = g_list_model_get_item (list, 2);

    g_assert_true (at2 == delta);
  }
  label = label_of (delta);
  g_assert_cmpstr (label, ==, "delta");
  g_clear_pointer (&label, g_free);

  /* Added at the top: both down one. */
  g_list_store_insert (store, 0, epsilon);
  g_assert_cmpuint (qs_row_slot_get_position (gamma), ==, 2);
  label = label_at (list, 2);
  g_assert_cmpstr (label, ==, "gamma");
  g_clear_pointer (&label, g_free);

  /* gamma replaced in place: its slot stays, with the new item. */
  g_list_store_splice (store, 2, 1, (gpointer *) &omega, 1);
  g_assert_cmpuint (said.removed, ==, 1);
  g_assert_cmpuint (said.added, ==, 1);
  {
    g_autoptr (QsRowSlot) at2 = g_list_model_get_item (list, 2);

    g_assert_true (at2 == gamma);
  }
  label = label_of (gamma);
  g_assert_cmpstr (label, ==, "omega");
  g_clear_pointer (&label, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
}

/* A slot nobody holds any more leaves: the next one asked for its
 * position is new, and the model outlives or predeceases its slots. */
static void
test_slot_lifetime (void)
{
  g_autoptr (QsSlotListModel) model = qs_slot_list_model_new ();
  g_autoptr (GListStore) store = words ("alpha beta");
  QsRowSlot *slot;
  QsRowSlot *kept;

  qs_slot_list_model_set_model (model, G_LIST_MODEL (store));
  slot = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_object_add_weak_pointer (G_OBJECT (slot), (gpointer *) &slot);
  g_object_unref (slot);
  g_assert_null (slot);

  kept = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_clear_object (&model);
  g_assert_null (qs_row_slot_get_item (kept));
  g_object_unref (kept);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot-list-model/new-list-keeps-slots", test_new_list_keeps_slots);
  g_test_add_func ("/slot-list-model/slots-follow-rows", test_slots_follow_rows);
  g_test_add_func ("/slot-list-model/slot-lifetime", test_slot_lifetime);
  return g_test_run ();
}
