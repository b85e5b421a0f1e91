/* qs-change-set.c — which rows of which tables a change touched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the store says after a commit, and what every view listens to: for
 * each table, the ids of the rows written (inserted, updated, tombstoned),
 * or "the whole table" when there were too many to list or nobody knows
 * which (a restore, a change made by another program).
 */
#include "config.h"

#include "qs-change-set.h"

struct _QsChangeSet
{
  gatomicrefcount ref_count;
  GHashTable     *tables; /* table → GHashTable of ids, or NULL: the whole table */
};

G_DEFINE_BOXED_TYPE (QsChangeSet, qs_change_set, qs_change_set_ref, qs_change_set_unref)

static void
ids_unref (gpointer ids)
{
  if (ids != NULL)
    g_hash_table_unref (ids);
}

QsChangeSet *
qs_change_set_new (void)
{
  QsChangeSet *self = g_new0 (QsChangeSet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, ids_unref);
  return self;
}

QsChangeSet *
qs_change_set_ref (QsChangeSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
qs_change_set_unref (QsChangeSet *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_hash_table_unref (self->tables);
      g_free (self);
    }
}

/* Records that the row @id of @table changed; @id NULL: the whole table. */
void
qs_change_set_add (QsChangeSet *self, const char *table, const char *id)
{
  GHashTable *ids;
  gpointer    found;

  g_return_if_fail (self != NULL);
  g_return_if_fail (table != NULL);

  if (!g_hash_table_lookup_extended (self->tables, table, NULL, &found))
    {
      ids = id != NULL ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;
      g_hash_table_insert (self->tables, g_strdup (table), ids);
    }
  else
    ids = found;

  if (ids == NULL)
    return;
  if (id == NULL || g_hash_table_size (ids) >= QS_CHANGE_SET_MAX_IDS)
    {
      g_hash_table_insert (self->tables, g_strdup (table), NULL);
      return;
    }
  if (!g_hash_table_contains (ids, id))
    g_hash_table_add (ids, g_strdup (id));
}

void
qs_change_set_add_table (QsChangeSet *self, const char *table)
{
  qs_change_set_add (self, table, NULL);
}

/* Adds what @other says to @self. */
void
qs_change_set_merge (QsChangeSet *self, QsChangeSet *other)
{
  GHashTableIter iter;
  gpointer       table, ids;

  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);

  g_hash_table_iter_init (&iter, other->tables);
  while (g_hash_table_iter_next (&iter, &table, &ids))
    {
      GHashTableIter id_iter;
      gpointer       id;

      if (ids == NULL)
        {
          qs_change_set_add_table (self, table);
          continue;
        }
      g_hash_table_iter_init (&id_iter, ids);
      while (g_hash_table_iter_next (&id_iter, &id, NULL))
        qs_change_set_add (self, table, id);
    }
}

gboolean
qs_change_set_is_empty (QsChangeSet *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return g_hash_table_size (self->tables) == 0;
}

gboolean
qs_change_set_has_table (QsChangeSet *self, const char *table)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_contains (self->tables, table);
}

gboolean
qs_change_set_is_whole_table (QsChangeSet *self, const char *table)
{
  gpointer ids;

  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_lookup_extended (self->tables, table, NULL, &ids) && ids == NULL;
}

/* TRUE when the row @id of @table may have changed. */
gboolean
qs_change_set_contains (QsChangeSet *self, const char *table, const char *id)
{
  gpointer ids;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!g_hash_table_lookup_extended (self->tables, table, NULL, &ids))
    return FALSE;
  return ids == NULL || g_hash_table_contains (ids, id);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static char **
sorted_keys (GHashTable *table)
{
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer       key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, g_strdup (key));
  g_ptr_array_sort (keys, compare_strings);
  g_ptr_array_add (keys, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&keys), FALSE);
}

/* Returns: (transfer full) (nullable): the ids of @table's rows that
 * changed, sorted; NULL when the whole table may have, or none did. */
char **
qs_change_set_dup_ids (QsChangeSet *self, const char *table)
{
  GHashTable *ids;

  g_return_val_if_fail (self != NULL, NULL);

  ids = g_hash_table_lookup (self->tables, table);
  return ids != NULL ? sorted_keys (ids) : NULL;
}

/* Returns: (transfer full): the tables that changed, sorted. */
char **
qs_change_set_dup_tables (QsChangeSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return sorted_keys (self->tables);
}

/* "requests: 2 rows; calendars: all", for logs and tests. */
char *
qs_change_set_to_string (QsChangeSet *self)
{
  g_auto (GStrv) tables = qs_change_set_dup_tables (self);
  GString *text = g_string_new (NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      GHashTable *ids = g_hash_table_lookup (self->tables, tables[i]);

      if (text->len > 0)
        g_string_append (text, "; ");
      if (ids == NULL)
        g_string_append_printf (text, "%s: all", tables[i]);
      else
        g_string_append_printf (text, "%s: %u", tables[i], g_hash_table_size (ids));
    }
  return g_string_free (text, FALSE);
}
