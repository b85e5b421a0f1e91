/* qs-query-list-model.c — a GListModel over a query, fetched in pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On reload the model runs the query once for row ids only, in the query's
 * order, kept compact (QsRowIds: a few bytes a row at most, next to nothing
 * for runs of consecutive ids). Items are built a page at a time, when a
 * view asks for them, and only the most recently used pages are kept: a
 * list over a million requests holds a million integers at most, not a
 * million objects.
 *
 * Reading a million row ids still takes a tenth of a second. An
 * incremental model reads the first few thousand on reload, enough for
 * the first screens, and the rest in the main loop's idle time, a chunk
 * at a time, on a statement of its own (not the store's cache, which
 * another query could reset under it); a new reload abandons it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-entity.h"
#include "qs-query-list-model.h"
#include "qs-repository-private.h"
#include "qs-row-ids.h"

#define PAGE_SIZE 64
#define MAX_CACHED_PAGES 32
/* Row ids read per idle callback: a few milliseconds. */
#define IDLE_CHUNK 32768

struct _QsQueryListModel
{
  GObject       parent_instance;

  QsStore      *store;
  GType         entity_type;
  char         *where;
  GVariant     *params;
  char         *order_by;
  char         *rowid_sql; /* a whole statement, instead of the three above */

  QsRowIds     *rowids;    /* in list order */
  guint         first_rows; /* incremental: read on reload; 0 = all */
  sqlite3_stmt *pending;   /* incremental: what is left to read */
  guint         idle_id;
  GHashTable   *pages;     /* page number → GPtrArray of QsEntity */
  GQueue        lru;       /* page numbers, most recent first */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QsQueryListModel, qs_query_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
qs_query_list_model_get_item_type (GListModel *model)
{
  return QS_QUERY_LIST_MODEL (model)->entity_type;
}

static guint
qs_query_list_model_get_n_items (GListModel *model)
{
  return qs_row_ids_get_length (QS_QUERY_LIST_MODEL (model)->rowids);
}

static void
forget_pages (QsQueryListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
}

static GPtrArray *
fetch_page (QsQueryListModel *self,
            guint             page)
{
  QsRepository *repository = qs_store_get_repository (self->store, self->entity_type);
  guint first = page * PAGE_SIZE;
  guint count = MIN (PAGE_SIZE, qs_row_ids_get_length (self->rowids) - first);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GHashTable) by_rowid = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  GPtrArray *items = g_ptr_array_new_full (count, g_object_unref);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_string_append_printf (sql, "SELECT rowid, %s FROM %s WHERE rowid IN (",
                          qs_repository_get_columns_sql (repository),
                          qs_repository_get_table (repository));
  for (guint i = 0; i < PAGE_SIZE; i++)
    g_string_append (sql, i ? ", ?" : "?");
  g_string_append_c (sql, ')');

  stmt = qs_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      g_warning ("Could not read a page of %s: %s", qs_repository_get_table (repository), error->message);
      return items;
    }
  for (guint i = 0; i < count; i++)
    sqlite3_bind_int64 (stmt, i + 1, qs_row_ids_get (self->rowids, first + i));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *rowid = g_new (gint64, 1);

      *rowid = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (by_rowid, rowid, qs_repository_entity_from_row (repository, stmt, 1));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < count; i++)
    {
      gint64 rowid = qs_row_ids_get (self->rowids, first + i);
      QsEntity *entity = g_hash_table_lookup (by_rowid, &rowid);

      /* A row deleted since the reload leaves a blank entity until the next
       * reload, rather than shifting every position after it. */
      g_ptr_array_add (items, entity != NULL ? g_object_ref (entity) : qs_entity_new (self->entity_type));
    }
  return items;
}

static gpointer
qs_query_list_model_get_item (GListModel *model,
                              guint       position)
{
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *items;

  if (position >= qs_row_ids_get_length (self->rowids))
    return NULL;

  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items == NULL)
    {
      items = fetch_page (self, page);
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
      if (g_queue_get_length (&self->lru) >= MAX_CACHED_PAGES)
        g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));
    }
  else
    g_queue_remove (&self->lru, GUINT_TO_POINTER (page));
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));

  if (position % PAGE_SIZE >= items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (items, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = qs_query_list_model_get_item_type;
  iface->get_n_items = qs_query_list_model_get_n_items;
  iface->get_item = qs_query_list_model_get_item;
}

static void
stop_loading (QsQueryListModel *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->pending, sqlite3_finalize);
}

static void
qs_query_list_model_finalize (GObject *object)
{
  QsQueryListModel *self = QS_QUERY_LIST_MODEL (object);

  stop_loading (self);
  forget_pages (self);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->rowids, qs_row_ids_free);
  g_clear_pointer (&self->params, g_variant_unref);
  g_clear_pointer (&self->where, g_free);
  g_clear_pointer (&self->order_by, g_free);
  g_clear_pointer (&self->rowid_sql, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (qs_query_list_model_parent_class)->finalize (object);
}

static void
qs_query_list_model_class_init (QsQueryListModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_query_list_model_finalize;
}

static void
qs_query_list_model_init (QsQueryListModel *self)
{
  self->rowids = qs_row_ids_new ();
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->lru);
}

/**
 * qs_query_list_model_new:
 *
 * A model of every live row of @entity_type's table, empty until
 * qs_query_list_model_reload().
 */
QsQueryListModel *
qs_query_list_model_new (QsStore *store,
                         GType    entity_type)
{
  QsQueryListModel *self = g_object_new (QS_TYPE_QUERY_LIST_MODEL, NULL);

  self->store = g_object_ref (store);
  self->entity_type = entity_type;
  return self;
}

/**
 * qs_query_list_model_set_query:
 * @where: (nullable): an SQL condition with ? placeholders
 * @params: (nullable): a tuple of values for the placeholders
 * @order_by: (nullable): an SQL ordering; the rowid breaks ties
 *
 * Takes effect at the next qs_query_list_model_reload().
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
}

/**
 * qs_query_list_model_set_rowid_query:
 * @sql: a whole statement whose first column is the rowid of a live row,
 *   in list order
 * @params: (nullable): a tuple of values for its placeholders
 *
 * For queries that need not read the table itself (a full-text index
 * gives row ids in its own order). Takes effect at the next
 * qs_query_list_model_reload(); qs_query_list_model_set_query() undoes it.
 */
void
qs_query_list_model_set_rowid_query (QsQueryListModel *self,
                                     const char       *sql,
                                     GVariant         *params)
{
  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (self));
  g_return_if_fail (sql != NULL);

  g_free (self->rowid_sql);
  self->rowid_sql = g_strdup (sql);
  g_clear_pointer (&self->params, g_variant_unref);
  self->params = params != NULL ? g_variant_ref_sink (params) : NULL;
}

/* Steps @stmt for up to @max_rows more row ids (G_MAXUINT: all); TRUE
 * when it is done, *rc its last result. */
static gboolean
read_rowids (sqlite3_stmt *stmt,
             QsRowIds     *rowids,
             guint         max_rows,
             int          *rc)
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

/* Appends what @stmt read beyond the list's end; a cached last page that
 * was short is read again when asked for. */
static void
append_rowids (QsQueryListModel *self,
               guint             old_len)
{
  guint page = old_len / PAGE_SIZE;
  guint len = qs_row_ids_get_length (self->rowids);

  if (old_len % PAGE_SIZE != 0 && g_hash_table_remove (self->pages, GUINT_TO_POINTER (page)))
    g_queue_remove (&self->lru, GUINT_TO_POINTER (page));
  if (len > old_len)
    g_list_model_items_changed (G_LIST_MODEL (self), old_len, 0, len - old_len);
}

static gboolean
load_more_cb (gpointer data)
{
  QsQueryListModel *self = data;
  guint old_len = qs_row_ids_get_length (self->rowids);
  gboolean done;
  int rc;

  done = read_rowids (self->pending, self->rowids, IDLE_CHUNK, &rc);
  if (done)
    {
      /* Cut short (the database changed under it): the next reload
       * reads the list again. */
      if (rc != SQLITE_DONE)
        g_warning ("Could not read the rest of a list: %s", sqlite3_errstr (rc));
      self->idle_id = 0;
      g_clear_pointer (&self->pending, sqlite3_finalize);
    }
  append_rowids (self, old_len);
  return done ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

/**
 * qs_query_list_model_reload:
 *
 * Runs the query again and tells the views with one items-changed (and,
 * when incremental, one more for each chunk read afterwards).
 */
gboolean
qs_query_list_model_reload (QsQueryListModel  *self,
                            GError           **error)
{
  QsRepository *repository = qs_store_get_repository (self->store, self->entity_type);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(QsRowIds) rowids = qs_row_ids_new ();
  sqlite3_stmt *stmt;
  gboolean done;
  guint removed;
  int rc;

  stop_loading (self);
  if (self->rowid_sql != NULL)
    g_string_append (sql, self->rowid_sql);
  else
    g_string_append_printf (sql, "SELECT rowid FROM %s WHERE deleted_at IS NULL AND (%s) ORDER BY %s%srowid",
                            qs_repository_get_table (repository),
                            self->where != NULL ? self->where : "1",
                            self->order_by != NULL ? self->order_by : "",
                            self->order_by != NULL ? ", " : "");

  if (self->first_rows > 0)
    {
      rc = sqlite3_prepare_v2 (qs_store_get_db (self->store), sql->str, -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          qs_store_set_sqlite_error (self->store, error, rc, _("Reading a list"));
          return FALSE;
        }
    }
  else
    {
      stmt = qs_store_prepare (self->store, sql->str, error);
      if (stmt == NULL)
        return FALSE;
    }
  qs_sql_bind_params (stmt, 1, self->params);
  done = read_rowids (stmt, rowids, self->first_rows > 0 ? self->first_rows : G_MAXUINT, &rc);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _("Reading a list"));
      if (self->first_rows > 0)
        sqlite3_finalize (stmt);
      else
        sqlite3_reset (stmt);
      return FALSE;
    }
  if (self->first_rows == 0)
    sqlite3_reset (stmt);
  else if (done)
    sqlite3_finalize (stmt);
  else
    {
      self->pending = stmt;
      self->idle_id = g_idle_add_full (G_PRIORITY_LOW, load_more_cb, self, NULL);
    }

  removed = qs_row_ids_get_length (self->rowids);
  forget_pages (self);
  qs_row_ids_free (self->rowids);
  self->rowids = g_steal_pointer (&rowids);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, qs_row_ids_get_length (self->rowids));
  return TRUE;
}

void
qs_query_list_model_set_incremental (QsQueryListModel *self,
                                     guint             first_rows)
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
qs_query_list_model_finish_loading (QsQueryListModel  *self,
                                    GError           **error)
{
  guint old_len;
  int rc;

  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (self), FALSE);

  if (self->pending == NULL)
    return TRUE;
  old_len = qs_row_ids_get_length (self->rowids);
  read_rowids (self->pending, self->rowids, G_MAXUINT, &rc);
  stop_loading (self);
  append_rowids (self, old_len);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _("Reading a list"));
      return FALSE;
    }
  return TRUE;
}

guint
qs_query_list_model_get_cached_pages (QsQueryListModel *self)
{
  return g_hash_table_size (self->pages);
}
