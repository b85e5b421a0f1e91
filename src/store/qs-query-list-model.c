/* qs-query-list-model.c — a GListModel over a query, fetched in pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On reload the model runs the query once for row ids only, in the query's
 * order, kept compact (QsRowIds: a few bytes a row at most, next to nothing
 * for runs of consecutive ids). Items are built a page at a time, when a
 * view asks for them, and only the most recently used are kept, by row id
 * (so that a row keeps its object when rows before it come and go): a list
 * over a million requests holds a million integers at most, not a million
 * objects.
 *
 * Reading a million row ids still takes a tenth of a second. An
 * incremental model reads the first few thousand on reload, enough for
 * the first screens, and the rest in the main loop's idle time, a chunk
 * at a time, on a statement of its own (not the store's cache, which
 * another query could reset under it); a new reload abandons it.
 *
 * A refresh runs the query again and says what changed with the fewest
 * items-changed (qs-row-ids-diff.c); while the hunks are said one by one,
 * views see the new list up to the end of the last hunk said and the old
 * list after it, as GListModel wants. Cached rows that stay where they were
 * but were written are read again and said as items-changed (pos, 1, 1).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-entity.h"
#include "qs-query-list-model-private.h"
#include "qs-repository-private.h"
#include "qs-row-ids-diff.h"
#include "qs-statement-tables.h"
#include "qs-row-ids.h"

#define PAGE_SIZE 64
#define MAX_CACHED_PAGES 32
#define MAX_CACHED (MAX_CACHED_PAGES * PAGE_SIZE)
/* Row ids read per idle callback: a few milliseconds. */
#define IDLE_CHUNK 32768
/* A position not known: the row is on its way out of the list. */
#define UNKNOWN G_MAXUINT

/* One cached item. */
typedef struct
{
  gint64    rowid;    /* the key of the slots table */
  QsEntity *entity;   /* or a placeholder */
  guint     position; /* in the list once a refresh under way has said everything; UNKNOWN */
  GList     link;     /* in the LRU queue */
} Slot;

enum
{
  PROP_0,
  PROP_ERROR,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

/* clang-format would join the type and its interfaces on one line. */
/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (QsQueryListModel, qs_query_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))
/* clang-format on */

static guint
n_rows (QsQueryListModel *self)
{
  if (self->old_rowids != NULL)
    return self->split_new + qs_row_ids_get_length (self->old_rowids) - self->split_old;
  return qs_row_ids_get_length (self->rowids);
}

static gint64
rowid_at (QsQueryListModel *self, guint position)
{
  if (self->old_rowids != NULL && position >= self->split_new)
    return qs_row_ids_get (self->old_rowids, position - self->split_new + self->split_old);
  return qs_row_ids_get (self->rowids, position);
}

static void
set_error (QsQueryListModel *self, GError *error)
{
  if (error == NULL && self->error == NULL)
    return;
  g_clear_error (&self->error);
  self->error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* Slots */

static void
slot_free (gpointer data)
{
  Slot *slot = data;

  g_object_unref (slot->entity);
  g_free (slot);
}

static void
drop_slot (QsQueryListModel *self, Slot *slot)
{
  g_queue_unlink (&self->lru, &slot->link);
  g_hash_table_remove (self->slots, &slot->rowid);
}

static void
forget_slots (QsQueryListModel *self)
{
  /* The links are the slots' own: not g_queue_clear(). */
  g_hash_table_remove_all (self->slots);
  g_queue_init (&self->lru);
}

static Slot *
lookup_slot (QsQueryListModel *self, gint64 rowid)
{
  return g_hash_table_lookup (self->slots, &rowid);
}

/* Takes @entity. */
static Slot *
put_slot (QsQueryListModel *self, gint64 rowid, QsEntity *entity, guint position)
{
  Slot *slot = lookup_slot (self, rowid);

  if (slot != NULL)
    {
      g_object_unref (slot->entity);
      g_queue_unlink (&self->lru, &slot->link);
    }
  else
    {
      slot = g_new0 (Slot, 1);
      slot->rowid = rowid;
      slot->link.data = slot;
      g_hash_table_insert (self->slots, &slot->rowid, slot);
    }
  slot->entity = entity;
  slot->position = position;
  g_queue_push_head_link (&self->lru, &slot->link);
  return slot;
}

static void
evict_slots (QsQueryListModel *self)
{
  while (g_queue_get_length (&self->lru) > MAX_CACHED)
    drop_slot (self, g_queue_peek_tail (&self->lru));
}

static QsEntity *
new_placeholder (QsQueryListModel *self)
{
  return g_object_new (self->entity_type, "id", "", NULL);
}

/* Positions through a refresh */

/* Where the row at @old_pos of the list before @hunks is after them;
 * UNKNOWN when a hunk removes it. */
static guint
map_position (GArray *hunks, guint old_pos)
{
  guint               lo = 0, hi = hunks->len;
  const QsRowIdsHunk *hunk;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (hunks, QsRowIdsHunk, mid).old_pos <= old_pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return old_pos;
  hunk = &g_array_index (hunks, QsRowIdsHunk, lo - 1);
  if (old_pos < hunk->old_pos + hunk->removed)
    return UNKNOWN;
  return old_pos - (hunk->old_pos + hunk->removed) + (hunk->new_pos + hunk->added);
}

/* TRUE when @new_pos is one of the rows @hunks insert. */
static gboolean
is_inserted (GArray *hunks, guint new_pos)
{
  guint               lo = 0, hi = hunks->len;
  const QsRowIdsHunk *hunk;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (hunks, QsRowIdsHunk, mid).new_pos <= new_pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return FALSE;
  hunk = &g_array_index (hunks, QsRowIdsHunk, lo - 1);
  return new_pos < hunk->new_pos + hunk->added;
}

/* Where the row @rowid, now at @position, will be when the refresh under
 * way has said everything. */
static guint
final_position (QsQueryListModel *self, gint64 rowid, guint position)
{
  guint final;

  if (self->old_rowids == NULL || position < self->split_new)
    return position;
  final = map_position (self->hunks, position - self->split_new + self->split_old);
  if (final == UNKNOWN && self->inserted != NULL)
    {
      gpointer found;

      if (g_hash_table_lookup_extended (self->inserted, &rowid, NULL, &found))
        final = GPOINTER_TO_UINT (found);
    }
  return final;
}

/* Reading rows */

/* Reads the rows @rowids (PAGE_SIZE at most) into @found (rowid →
 * QsEntity), tombstoned ones too; a row not there is not found. */
static gboolean
read_rows (QsQueryListModel *self, const gint64 *rowids, guint n, GHashTable *found, GError **error)
{
  QsRepository *repository = qs_store_get_repository (self->store, self->entity_type);
  sqlite3_stmt *stmt;
  int           rc;

  g_assert (n <= PAGE_SIZE);

  if (self->page_sql == NULL)
    {
      GString *sql = g_string_new (NULL);

      g_string_append_printf (sql, "SELECT rowid, %s FROM %s WHERE rowid IN (",
                              qs_repository_get_columns_sql (repository), self->table);
      for (guint i = 0; i < PAGE_SIZE; i++)
        g_string_append (sql, i ? ", ?" : "?");
      g_string_append_c (sql, ')');
      self->page_sql = g_string_free (sql, FALSE);
    }

  stmt = qs_store_prepare (self->store, self->page_sql, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    sqlite3_bind_int64 (stmt, i + 1, rowids[i]);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *rowid = g_new (gint64, 1);

      *rowid = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (found, rowid, qs_repository_entity_from_row (repository, stmt, 1));
    }
  if (rc != SQLITE_DONE)
    qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading a list"));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static GHashTable *
new_found_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static gboolean deferred_cb (gpointer data);

/* What a view must not be told while it asks for items (it may be laying
 * itself out), it is told from an idle callback. */
static void
defer (QsQueryListModel *self)
{
  if (self->deferred_id == 0)
    self->deferred_id = g_idle_add_full (G_PRIORITY_DEFAULT, deferred_cb, self, NULL);
}

/* A row listed that is no longer there, or tombstoned: it leaves the
 * list. */
static void
mark_vanished (QsQueryListModel *self, gint64 rowid)
{
  gint64 *key = g_new (gint64, 1);

  *key = rowid;
  g_hash_table_add (self->vanished, key);
  defer (self);
}

static gboolean
is_live (QsEntity *entity)
{
  return entity != NULL && !qs_entity_is_deleted (entity);
}

/* Caches the rows of @page that are not: one query for those missing. A
 * failed read caches placeholders and says so in the error property; a
 * row gone since the list was read gets a placeholder and leaves the list
 * soon after. */
static void
fetch_page (QsQueryListModel *self, guint page)
{
  guint  first = page * PAGE_SIZE;
  guint  count = MIN (PAGE_SIZE, n_rows (self) - first);
  gint64 wanted[PAGE_SIZE];
  guint  positions[PAGE_SIZE];
  guint  n_wanted = 0;
  g_autoptr (GHashTable) found = new_found_table ();
  g_autoptr (GError) error = NULL;
  gboolean read;

  for (guint i = 0; i < count; i++)
    {
      gint64 rowid = rowid_at (self, first + i);
      guint  position = final_position (self, rowid, first + i);
      guint  j;

      if (lookup_slot (self, rowid) != NULL)
        continue;
      /* While a refresh says a row moved up, it is listed twice. */
      for (j = 0; j < n_wanted && wanted[j] != rowid; j++)
        ;
      if (j == n_wanted)
        {
          wanted[n_wanted] = rowid;
          positions[n_wanted++] = position;
        }
      else if (positions[j] == UNKNOWN)
        positions[j] = position;
    }
  if (n_wanted == 0)
    return;

  read = read_rows (self, wanted, n_wanted, found, &error);
  if (!read && self->error == NULL && self->read_error == NULL)
    {
      self->read_error = g_steal_pointer (&error);
      defer (self);
    }
  for (guint j = 0; j < n_wanted; j++)
    {
      QsEntity *entity = g_hash_table_lookup (found, &wanted[j]);

      if (is_live (entity))
        put_slot (self, wanted[j], g_object_ref (entity), positions[j]);
      else
        {
          put_slot (self, wanted[j], new_placeholder (self), positions[j]);
          if (read)
            mark_vanished (self, wanted[j]);
        }
    }
}

static GType
qs_query_list_model_get_item_type (GListModel *model)
{
  return QS_QUERY_LIST_MODEL (model)->entity_type;
}

static guint
qs_query_list_model_get_n_items (GListModel *model)
{
  return n_rows (QS_QUERY_LIST_MODEL (model));
}

static gpointer
qs_query_list_model_get_item (GListModel *model, guint position)
{
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (model);
  gint64            rowid;
  Slot             *slot;

  if (position >= n_rows (self))
    return NULL;

  rowid = rowid_at (self, position);
  slot = lookup_slot (self, rowid);
  if (slot == NULL)
    {
      fetch_page (self, position / PAGE_SIZE);
      slot = lookup_slot (self, rowid);
      g_assert (slot != NULL);
    }
  g_queue_unlink (&self->lru, &slot->link);
  g_queue_push_head_link (&self->lru, &slot->link);
  evict_slots (self);
  return g_object_ref (slot->entity);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = qs_query_list_model_get_item_type;
  iface->get_n_items = qs_query_list_model_get_n_items;
  iface->get_item = qs_query_list_model_get_item;
}

/* Saying what changed */

/* The positions of cached rows after @hunks; rows they remove are
 * dropped, unless they come back elsewhere (a row moved). */
static void
move_slots (QsQueryListModel *self, GArray *hunks)
{
  GHashTableIter iter;
  gpointer       value;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Slot    *slot = value;
      gpointer found;

      if (slot->position != UNKNOWN)
        slot->position = map_position (hunks, slot->position);
      if (slot->position == UNKNOWN && self->inserted != NULL &&
          g_hash_table_lookup_extended (self->inserted, &slot->rowid, NULL, &found))
        slot->position = GPOINTER_TO_UINT (found);
      if (slot->position == UNKNOWN)
        {
          g_queue_unlink (&self->lru, &slot->link);
          g_hash_table_iter_remove (&iter);
        }
    }
}

/* Makes @new_ids the list and says so, one items-changed per hunk.
 * Returns: (transfer full): the hunks said. */
static GArray *
replace_rowids (QsQueryListModel *self, QsRowIds *new_ids, guint same_start)
{
  GArray *hunks = qs_row_ids_diff (self->rowids, new_ids, same_start);
  guint   n_inserted = 0;

  for (guint i = 0; i < hunks->len; i++)
    n_inserted += g_array_index (hunks, QsRowIdsHunk, i).added;
  /* Rows that move keep their object; past this, they are read again. */
  if (n_inserted > 0 && n_inserted <= 4 * MAX_CACHED)
    {
      self->inserted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < hunks->len; i++)
        {
          const QsRowIdsHunk *hunk = &g_array_index (hunks, QsRowIdsHunk, i);

          for (guint j = hunk->new_pos; j < hunk->new_pos + hunk->added; j++)
            {
              gint64 *rowid = g_new (gint64, 1);

              *rowid = qs_row_ids_get (new_ids, j);
              g_hash_table_insert (self->inserted, rowid, GUINT_TO_POINTER (j));
            }
        }
    }
  move_slots (self, hunks);

  self->old_rowids = self->rowids;
  self->rowids = new_ids;
  self->hunks = hunks;
  for (guint i = 0; i < hunks->len; i++)
    {
      const QsRowIdsHunk *hunk = &g_array_index (hunks, QsRowIdsHunk, i);

      self->split_new = hunk->new_pos + hunk->added;
      self->split_old = hunk->old_pos + hunk->removed;
      g_list_model_items_changed (G_LIST_MODEL (self), hunk->new_pos, hunk->removed, hunk->added);
    }
  g_clear_pointer (&self->old_rowids, qs_row_ids_free);
  g_clear_pointer (&self->inserted, g_hash_table_unref);
  self->hunks = NULL;
  self->split_new = self->split_old = 0;
  return hunks;
}

static gboolean
deferred_cb (gpointer data)
{
  QsQueryListModel *self = data;
  g_autoptr (GHashTable) vanished = g_steal_pointer (&self->vanished);

  self->deferred_id = 0;
  self->vanished = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (self->read_error != NULL)
    set_error (self, g_steal_pointer (&self->read_error));
  if (g_hash_table_size (vanished) > 0)
    {
      QsRowIds *kept = qs_row_ids_new ();
      guint     len = qs_row_ids_get_length (self->rowids);

      for (guint i = 0; i < len; i++)
        {
          gint64 rowid = qs_row_ids_get (self->rowids, i);

          if (!g_hash_table_contains (vanished, &rowid))
            qs_row_ids_append (kept, rowid);
        }
      g_array_unref (replace_rowids (self, kept, 0));
    }
  return G_SOURCE_REMOVE;
}

/* A reload or refresh reads everything again. */
static void
forget_deferred (QsQueryListModel *self)
{
  g_clear_handle_id (&self->deferred_id, g_source_remove);
  g_hash_table_remove_all (self->vanished);
  g_clear_error (&self->read_error);
}

/* Incremental loading */

static void set_pending (QsQueryListModel *self, sqlite3_stmt *stmt);

/* Steps @stmt for up to @max_rows more row ids (G_MAXUINT: all); TRUE
 * when it is done, *rc its last result. */
static gboolean
read_rowids (sqlite3_stmt *stmt, QsRowIds *rowids, guint max_rows, int *rc)
{
  for (guint n = 0; n < max_rows; n++)
    {
      if ((*rc = sqlite3_step (stmt)) != SQLITE_ROW)
        return TRUE;
      qs_row_ids_append (rowids, sqlite3_column_int64 (stmt, 0));
    }
  *rc = SQLITE_ROW;
  return FALSE;
}

/* The same into the empty @rowids, counting in *@same how many of the
 * first ids are those of @old: the diff need not compare them again. */
static gboolean
read_rowids_comparing (
  sqlite3_stmt *stmt, QsRowIds *rowids, guint max_rows, int *rc, const QsRowIds *old, guint *same)
{
  guint old_len = qs_row_ids_get_length (old);
  guint n;

  for (n = 0; n < max_rows && n < old_len; n++)
    {
      gint64 rowid;

      if ((*rc = sqlite3_step (stmt)) != SQLITE_ROW)
        {
          *same = n;
          return TRUE;
        }
      rowid = sqlite3_column_int64 (stmt, 0);
      qs_row_ids_append (rowids, rowid);
      if (rowid != qs_row_ids_get (old, n))
        {
          *same = n;
          return read_rowids (stmt, rowids, max_rows - n - 1, rc);
        }
    }
  *same = n;
  if (n == max_rows)
    {
      *rc = SQLITE_ROW;
      return FALSE;
    }
  return read_rowids (stmt, rowids, max_rows - n, rc);
}

static void
append_rowids (QsQueryListModel *self, guint old_len)
{
  guint len = qs_row_ids_get_length (self->rowids);

  if (len > old_len)
    g_list_model_items_changed (G_LIST_MODEL (self), old_len, 0, len - old_len);
}

static gboolean
load_more_cb (gpointer data)
{
  QsQueryListModel *self = data;
  guint             old_len = qs_row_ids_get_length (self->rowids);
  gboolean          done;
  int               rc;

  done = read_rowids (self->pending, self->rowids, IDLE_CHUNK, &rc);
  if (done)
    {
      GError *error = NULL;

      /* Nobody to hand the error to: views show the error property. */
      if (rc != SQLITE_DONE)
        qs_store_set_sqlite_error (self->store, &error, rc, _ ("Reading a list"));
      self->idle_id = 0;
      g_clear_pointer (&self->pending, sqlite3_finalize);
      if (error != NULL)
        set_error (self, error);
    }
  /* A handler may reload: nothing of this call is used after it. */
  append_rowids (self, old_len);
  if (done)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  return done ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

/* Takes @stmt, which has more rows to read in idle time, or NULL. */
static void
set_pending (QsQueryListModel *self, sqlite3_stmt *stmt)
{
  gboolean was_loading = self->pending != NULL;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->pending, sqlite3_finalize);
  self->pending = stmt;
  if (stmt != NULL)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, load_more_cb, self, NULL);
  if (was_loading != (stmt != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The query */

char *
qs_query_list_model_build_sql (QsQueryListModel *self)
{
  if (self->rowid_sql != NULL)
    return g_strdup (self->rowid_sql);
  return g_strdup_printf (
    "SELECT rowid FROM %s WHERE deleted_at IS NULL AND (%s) ORDER BY %s%srowid", self->table,
    self->where != NULL ? self->where : "1", self->order_by != NULL ? self->order_by : "",
    self->order_by != NULL ? ", " : "");
}

/* Runs @sql into @rowids: all of it when @max_rows is G_MAXUINT, else up
 * to @max_rows and *left, on a statement of its own, what is left (NULL
 * when nothing is). With @same, counts the first rows that the list has
 * already. */
gboolean
qs_query_list_model_run_query (QsQueryListModel *self,
                               const char       *sql,
                               guint             max_rows,
                               QsRowIds         *rowids,
                               guint            *same,
                               sqlite3_stmt    **left,
                               GError          **error)
{
  gboolean      own = max_rows != G_MAXUINT;
  sqlite3_stmt *stmt;
  gboolean      done;
  int           rc;

  *left = NULL;
  if (own)
    {
      rc = sqlite3_prepare_v2 (qs_store_get_db (self->store), sql, -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading a list"));
          return FALSE;
        }
    }
  else if ((stmt = qs_store_prepare (self->store, sql, error)) == NULL)
    return FALSE;

  qs_sql_bind_params (stmt, 1, self->params);
  if (same != NULL)
    done = read_rowids_comparing (stmt, rowids, max_rows, &rc, self->rowids, same);
  else
    done = read_rowids (stmt, rowids, max_rows, &rc);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading a list"));
  if (!own)
    sqlite3_reset (stmt);
  else if (done || (rc != SQLITE_DONE && rc != SQLITE_ROW))
    sqlite3_finalize (stmt);
  else
    *left = stmt;
  return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

/* The statement just run is the one a refresh compares with. */
static void
set_statement (QsQueryListModel *self, char *sql)
{
  if (g_strcmp0 (sql, self->statement) != 0)
    g_clear_pointer (&self->tables, g_hash_table_unref);
  g_free (self->statement);
  self->statement = sql;
  self->query_changed = FALSE;
}

/* Works out which tables the statement reads (qs-statement-tables.c). */
static gboolean
find_tables (QsQueryListModel *self, GError **error)
{
  GHashTable *tables = qs_statement_tables_find (self->store, self->statement, self->table, error);

  if (tables == NULL)
    return FALSE;
  g_clear_pointer (&self->tables, g_hash_table_unref);
  self->tables = tables;
  return TRUE;
}

/* TRUE when @changes may change what the list shows. */
gboolean
qs_query_list_model_concerns (QsQueryListModel *self, QsChangeSet *changes)
{
  g_autoptr (GError) error = NULL;
  GHashTableIter iter;
  gpointer       table;

  if (changes == NULL || self->query_changed || self->statement == NULL ||
      qs_change_set_has_table (changes, self->table))
    return TRUE;
  if (self->tables == NULL && !find_tables (self, &error))
    {
      g_debug ("Refreshing a list of %s whatever changed: %s", self->table, error->message);
      return TRUE;
    }
  g_hash_table_iter_init (&iter, self->tables);
  while (g_hash_table_iter_next (&iter, &table, NULL))
    if (qs_change_set_has_table (changes, table))
      return TRUE;
  return FALSE;
}

/* GObject */

static void
qs_query_list_model_dispose (GObject *object)
{
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->pending, sqlite3_finalize);
  g_clear_handle_id (&self->deferred_id, g_source_remove);
  forget_slots (self);

  G_OBJECT_CLASS (qs_query_list_model_parent_class)->dispose (object);
}

static void
qs_query_list_model_finalize (GObject *object)
{
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (object);

  g_clear_pointer (&self->slots, g_hash_table_unref);
  g_clear_pointer (&self->vanished, g_hash_table_unref);
  g_clear_pointer (&self->rowids, qs_row_ids_free);
  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_clear_pointer (&self->params, g_variant_unref);
  g_clear_pointer (&self->where, g_free);
  g_clear_pointer (&self->order_by, g_free);
  g_clear_pointer (&self->rowid_sql, g_free);
  g_clear_pointer (&self->statement, g_free);
  g_clear_pointer (&self->page_sql, g_free);
  g_clear_error (&self->read_error);
  g_clear_error (&self->error);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qs_query_list_model_parent_class)->finalize (object);
}

static void
qs_query_list_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->pending != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_query_list_model_class_init (QsQueryListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qs_query_list_model_dispose;
  object_class->finalize = qs_query_list_model_finalize;
  object_class->get_property = qs_query_list_model_get_property;

  /**
   * QsQueryListModel:error:
   *
   * Why rows could not be read, when a page or the rest of an incremental
   * list failed to read; %NULL once a reload or refresh reads them.
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * QsQueryListModel:loading:
   *
   * Whether an incremental model still reads the rest of its list.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_query_list_model_init (QsQueryListModel *self)
{
  self->rowids = qs_row_ids_new ();
  self->slots = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, slot_free);
  self->vanished = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->query_changed = TRUE;
  self->quick_read_ms = QS_QUERY_LIST_MODEL_QUICK_READ_MS;
  g_queue_init (&self->lru);
}

/**
 * qs_query_list_model_new:
 *
 * A model of every live row of @entity_type's table, empty until
 * qs_query_list_model_reload().
 */
QsQueryListModel *
qs_query_list_model_new (QsStore *store, GType entity_type)
{
  QsQueryListModel *self;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (entity_type, QS_TYPE_ENTITY), NULL);

  self = g_object_new (QS_TYPE_QUERY_LIST_MODEL, NULL);
  self->store = g_object_ref (store);
  self->entity_type = entity_type;
  self->table = qs_repository_get_table (qs_store_get_repository (store, entity_type));
  return self;
}

/**
 * qs_query_list_model_set_query:
 * @where: (nullable): an SQL condition with ? placeholders
 * @params: (nullable): a tuple of values for the placeholders
 * @order_by: (nullable): an SQL ordering; the rowid breaks ties
 *
 * Takes effect at the next qs_query_list_model_reload() or
 * qs_query_list_model_refresh().
 */
void
qs_query_list_model_set_query (QsQueryListModel *self,
                               const char       *where,
                               GVariant         *params,
                               const char       *order_by)
{
  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (self));

  g_free (self->where);
  self->where = g_strdup (where);
  g_clear_pointer (&self->params, g_variant_unref);
  self->params = params != NULL ? g_variant_ref_sink (params) : NULL;
  g_free (self->order_by);
  self->order_by = g_strdup (order_by);
  g_clear_pointer (&self->rowid_sql, g_free);
  self->query_changed = TRUE;
}

/**
 * qs_query_list_model_set_rowid_query:
 * @sql: a whole statement whose first column is the rowid of a live row,
 *   in list order
 * @params: (nullable): a tuple of values for its placeholders
 *
 * For queries that need not read the table itself (a full-text index
 * gives row ids in its own order). Takes effect at the next
 * qs_query_list_model_reload() or qs_query_list_model_refresh();
 * qs_query_list_model_set_query() undoes it.
 */
void
qs_query_list_model_set_rowid_query (QsQueryListModel *self, const char *sql, GVariant *params)
{
  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (self));
  g_return_if_fail (sql != NULL);

  g_free (self->rowid_sql);
  self->rowid_sql = g_strdup (sql);
  g_clear_pointer (&self->params, g_variant_unref);
  self->params = params != NULL ? g_variant_ref_sink (params) : NULL;
  self->query_changed = TRUE;
}

/**
 * qs_query_list_model_reload:
 *
 * Runs the query again and tells the views with one items-changed (and,
 * when incremental, one more for each chunk read afterwards): every item
 * is a new object. A view that follows the store's changes calls
 * qs_query_list_model_refresh() instead.
 */
/* Makes @rowids, read by @sql, the list, with one items-changed; @left
 * is what an incremental read has still to read, or NULL. */
void
qs_query_list_model_take_rowids (QsQueryListModel *self,
                                 QsRowIds         *rowids,
                                 char             *sql,
                                 sqlite3_stmt     *left)
{
  guint removed;

  self->ticket++;
  set_pending (self, left);
  set_statement (self, sql);
  forget_deferred (self);
  forget_slots (self);
  set_error (self, NULL);
  removed = qs_row_ids_get_length (self->rowids);
  qs_row_ids_free (self->rowids);
  self->rowids = rowids;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed,
                              qs_row_ids_get_length (self->rowids));
}

gboolean
qs_query_list_model_reload (QsQueryListModel *self, GError **error)
{
  g_autoptr (QsRowIds) rowids = qs_row_ids_new ();
  g_autofree char *sql = NULL;
  sqlite3_stmt    *left = NULL;
  guint            max_rows;

  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), FALSE);
  g_return_val_if_fail (self->old_rowids == NULL, FALSE);

  sql = qs_query_list_model_build_sql (self);
  max_rows = self->first_rows > 0 ? self->first_rows : G_MAXUINT;
  if (!qs_query_list_model_run_query (self, sql, max_rows, rowids, NULL, &left, error))
    return FALSE;
  qs_query_list_model_take_rowids (self, g_steal_pointer (&rowids), g_steal_pointer (&sql), left);
  return TRUE;
}
static gboolean
values_differ (const GValue *a, const GValue *b)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (a)))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) != 0;
    case G_TYPE_INT64:
      return g_value_get_int64 (a) != g_value_get_int64 (b);
    case G_TYPE_BOOLEAN:
      return !g_value_get_boolean (a) != !g_value_get_boolean (b);
    case G_TYPE_ENUM:
      return g_value_get_enum (a) != g_value_get_enum (b);
    case G_TYPE_DOUBLE:
      {
        double x = g_value_get_double (a), y = g_value_get_double (b);

        return x != y && !(isnan (x) && isnan (y));
      }
    default:
      return TRUE;
    }
}

static gboolean
entities_differ (QsEntity *a, QsEntity *b)
{
  guint n_fields;

  if (g_strcmp0 (qs_entity_get_id (a), qs_entity_get_id (b)) != 0 ||
      qs_entity_get_updated_at (a) != qs_entity_get_updated_at (b) ||
      qs_entity_get_created_at (a) != qs_entity_get_created_at (b))
    return TRUE;
  qs_entity_class_get_fields (QS_ENTITY_GET_CLASS (a), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (values_differ (qs_entity_get_value (a, i), qs_entity_get_value (b, i)))
      return TRUE;
  return FALSE;
}

gboolean
qs_query_list_model_is_placeholder (gpointer item)
{
  g_return_val_if_fail (QS_IS_ENTITY (item), FALSE);

  return *qs_entity_get_id (item) == '\0';
}

/* The cached rows @changes may have written (all when NULL), and the
 * placeholders, read again into @found. */
static gboolean
read_again (
  QsQueryListModel *self, QsChangeSet *changes, GArray *rowids, GHashTable *found, GError **error)
{
  GHashTableIter iter;
  gpointer       value;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Slot       *slot = value;
      const char *id = qs_entity_get_id (slot->entity);

      if (changes == NULL || qs_change_set_contains (changes, self->table, id) ||
          qs_query_list_model_is_placeholder (slot->entity))
        g_array_append_val (rowids, slot->rowid);
    }
  for (guint i = 0; i < rowids->len; i += PAGE_SIZE)
    {
      guint n = MIN (PAGE_SIZE, rowids->len - i);

      if (!read_rows (self, &g_array_index (rowids, gint64, i), n, found, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_positions (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Says the rows at @positions changed in place, runs of them at once. */
static void
say_changed_in_place (QsQueryListModel *self, GArray *positions)
{
  g_array_sort (positions, compare_positions);
  for (guint i = 0; i < positions->len;)
    {
      guint first = g_array_index (positions, guint, i);
      guint n = 1;

      while (i + n < positions->len && g_array_index (positions, guint, i + n) == first + n)
        n++;
      g_list_model_items_changed (G_LIST_MODEL (self), first, n, n);
      i += n;
    }
}

/* Makes @rowids (all the rows of @sql, the first @same of them those of
 * the list; @left what an incremental read has still to read) the list,
 * reading again the cached rows @changes may have written, and says what
 * changed. Takes @sql, @rowids and @left; on error the list is left as it
 * was. */
gboolean
qs_query_list_model_take_refreshed (QsQueryListModel *self,
                                    QsChangeSet      *changes,
                                    char             *sql_taken,
                                    QsRowIds         *rowids_taken,
                                    guint             same,
                                    sqlite3_stmt     *left,
                                    GError          **error)
{
  g_autofree char *sql = sql_taken;
  g_autoptr (QsRowIds) rowids = rowids_taken;
  g_autoptr (GArray) reread = NULL;
  g_autoptr (GHashTable) found = NULL;
  g_autoptr (GArray) hunks = NULL;
  g_autoptr (GArray) changed = NULL;
  g_autoptr (GArray) gone = NULL;

  reread = g_array_new (FALSE, FALSE, sizeof (gint64));
  found = new_found_table ();
  if (!read_again (self, self->query_changed ? NULL : changes, reread, found, error))
    {
      g_clear_pointer (&left, sqlite3_finalize);
      return FALSE;
    }

  /* Nothing fails from here on. */
  if (self->pending != NULL)
    set_pending (self, left);
  else
    g_assert (left == NULL);
  set_statement (self, g_steal_pointer (&sql));
  forget_deferred (self);
  set_error (self, NULL);

  changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < reread->len; i++)
    {
      gint64    rowid = g_array_index (reread, gint64, i);
      Slot     *slot = lookup_slot (self, rowid);
      QsEntity *entity = g_hash_table_lookup (found, &rowid);

      if (is_live (entity))
        {
          if (!entities_differ (slot->entity, entity))
            continue;
          put_slot (self, rowid, g_object_ref (entity), slot->position);
        }
      else
        {
          g_array_append_val (gone, rowid);
          if (qs_query_list_model_is_placeholder (slot->entity))
            continue;
          put_slot (self, rowid, new_placeholder (self), slot->position);
        }
      g_array_append_val (changed, rowid);
    }

  hunks = replace_rowids (self, g_steal_pointer (&rowids), same);

  /* A row gone that the query still lists leaves soon after. Rows read
   * again that stay in the list are said changed: a row removed or
   * inserted was said already. */
  for (guint i = 0; i < gone->len; i++)
    {
      gint64 rowid = g_array_index (gone, gint64, i);
      Slot  *slot = lookup_slot (self, rowid);

      if (slot != NULL && slot->position != UNKNOWN)
        mark_vanished (self, rowid);
    }
  {
    g_autoptr (GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < changed->len; i++)
      {
        gint64 rowid = g_array_index (changed, gint64, i);
        Slot  *slot = lookup_slot (self, rowid);

        if (slot != NULL && slot->position != UNKNOWN && !is_inserted (hunks, slot->position))
          g_array_append_val (positions, slot->position);
      }
    say_changed_in_place (self, positions);
  }
  return TRUE;
}

/**
 * qs_query_list_model_update_in_place:
 * @changes: what a commit changed
 *
 * Reads again the cached rows @changes wrote that are still live, and
 * says each changed where it is, before the query runs again: a list of a
 * million rows shows a request's new status in the next frame, and the
 * refresh that follows moves or removes the row if the query says so.
 * Rows gone and rows added wait for the refresh.
 */
gboolean
qs_query_list_model_update_in_place (QsQueryListModel *self, QsChangeSet *changes, GError **error)
{
  g_autoptr (GArray) reread = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GHashTable) found = new_found_table ();
  g_autoptr (GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), FALSE);

  if (changes == NULL || self->query_changed || !qs_change_set_has_table (changes, self->table))
    return TRUE;
  if (!read_again (self, changes, reread, found, error))
    return FALSE;
  for (guint i = 0; i < reread->len; i++)
    {
      gint64    rowid = g_array_index (reread, gint64, i);
      Slot     *slot = lookup_slot (self, rowid);
      QsEntity *entity = g_hash_table_lookup (found, &rowid);

      if (slot == NULL || slot->position == UNKNOWN ||
          qs_query_list_model_is_placeholder (slot->entity) || !is_live (entity) ||
          !entities_differ (slot->entity, entity))
        continue;
      put_slot (self, rowid, g_object_ref (entity), slot->position);
      g_array_append_val (positions, slot->position);
    }
  say_changed_in_place (self, positions);
  return TRUE;
}

/**
 * qs_query_list_model_refresh:
 * @changes: (nullable): what a commit changed, as QsStore::changed says;
 *   %NULL when anything may have
 *
 * Runs the query again and says what changed with the fewest
 * items-changed (see the header); nothing when @changes names no table
 * the query reads. On error the list is left as it was.
 */
gboolean
qs_query_list_model_refresh (QsQueryListModel *self, QsChangeSet *changes, GError **error)
{
  g_autoptr (QsRowIds) rowids = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt    *left = NULL;
  guint            max_rows = G_MAXUINT;
  guint            same = 0;

  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), FALSE);
  /* Not from an items-changed handler of this model. */
  g_return_val_if_fail (self->old_rowids == NULL, FALSE);

  /* A refresh read in a thread is now out of date, and what it was to
   * read again: read again every cached row. */
  self->ticket++;
  if (self->threads > 0)
    changes = NULL;
  if (!qs_query_list_model_concerns (self, changes))
    return TRUE;

  /* Still reading the rest: read again what the views were shown, then
   * the rest, in idle time as before. */
  if (self->pending != NULL)
    max_rows = MAX (qs_row_ids_get_length (self->rowids), MAX (self->first_rows, 1));

  sql = qs_query_list_model_build_sql (self);
  rowids = qs_row_ids_new ();
  if (!qs_query_list_model_run_query (self, sql, max_rows, rowids, &same, &left, error))
    return FALSE;
  return qs_query_list_model_take_refreshed (self, changes, g_steal_pointer (&sql),
                                             g_steal_pointer (&rowids), same, left, error);
}
void
qs_query_list_model_set_incremental (QsQueryListModel *self, guint first_rows)
{
  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (self));

  self->first_rows = first_rows;
}

gboolean
qs_query_list_model_is_loading (QsQueryListModel *self)
{
  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), FALSE);

  return self->pending != NULL;
}

gboolean
qs_query_list_model_finish_loading (QsQueryListModel *self, GError **error)
{
  guint old_len;
  int   rc;

  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), FALSE);

  if (self->pending == NULL)
    return TRUE;
  old_len = qs_row_ids_get_length (self->rowids);
  read_rowids (self->pending, self->rowids, G_MAXUINT, &rc);
  set_pending (self, NULL);
  append_rowids (self, old_len);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading a list"));
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_query_list_model_get_error:
 *
 * Returns: (transfer none) (nullable): see QsQueryListModel:error
 */
const GError *
qs_query_list_model_get_error (QsQueryListModel *self)
{
  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), NULL);

  return self->error;
}

/* Pages' worth of items kept, for tests. */
guint
qs_query_list_model_get_cached_pages (QsQueryListModel *self)
{
  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), 0);

  return (g_hash_table_size (self->slots) + PAGE_SIZE - 1) / PAGE_SIZE;
}

/**
 * qs_query_list_model_find_cached:
 * @id: an entity's id
 *
 * Where the row @id is in the list, when it was read since the last
 * reload; a selection uses it to follow its row through a refresh that
 * read it again or moved it, without reading the whole list.
 *
 * Returns: its position, or %G_MAXUINT when the row is not in the cache
 */
guint
qs_query_list_model_find_cached (QsQueryListModel *self, const char *id)
{
  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), G_MAXUINT);
  g_return_val_if_fail (id != NULL, G_MAXUINT);

  for (GList *l = self->lru.head; l != NULL; l = l->next)
    {
      Slot *slot = l->data;

      if (slot->position != UNKNOWN && slot->position < n_rows (self) &&
          rowid_at (self, slot->position) == slot->rowid &&
          g_strcmp0 (qs_entity_get_id (slot->entity), id) == 0)
        return slot->position;
    }
  return G_MAXUINT;
}

/**
 * qs_query_list_model_find:
 * @id: an entity's id
 *
 * Where the row @id is in the list (as far as it is read, for an
 * incremental model), read or not: a view selects the row of the entity it
 * shows in a list it has just read. Costs one look-up by id and a pass
 * over the row ids (a millisecond for a million).
 *
 * Returns: its position, or %G_MAXUINT when it is not in the list or on
 *   error (@error set)
 */
guint
qs_query_list_model_find (QsQueryListModel *self, const char *id, GError **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt    *stmt;
  guint            position = qs_query_list_model_find_cached (self, id);
  gint64           rowid = 0;
  int              rc;
  guint            n;

  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), G_MAXUINT);
  g_return_val_if_fail (id != NULL, G_MAXUINT);

  if (position != G_MAXUINT)
    return position;
  sql = g_strdup_printf ("SELECT rowid FROM %s WHERE id = ?", self->table);
  stmt = qs_store_prepare (self->store, sql, error);
  if (stmt == NULL)
    return G_MAXUINT;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    rowid = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading a list"));
      return G_MAXUINT;
    }
  if (rc == SQLITE_DONE)
    return G_MAXUINT;

  n = n_rows (self);
  for (guint i = 0; i < n; i++)
    if (rowid_at (self, i) == rowid)
      return i;
  return G_MAXUINT;
}
