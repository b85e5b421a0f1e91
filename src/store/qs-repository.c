/* qs-repository.c — loads and saves the entities of one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-error.h"
#include "qs-repository-private.h"

/* id, created_at, updated_at, deleted_at come before the fields. */
#define N_BASE_COLUMNS 4

struct _QsRepository
{
  QsStore       *store; /* unowned: the store owns its repositories */
  GType          entity_type;
  QsEntityClass *klass;
  char          *columns_sql;
  char          *upsert_sql;
};

QsRepository *
qs_repository_new (QsStore *store, GType entity_type)
{
  QsRepository *self = g_new0 (QsRepository, 1);
  g_autoptr (GString) columns = g_string_new ("id, created_at, updated_at, deleted_at");
  g_autoptr (GString) upsert = g_string_new (NULL);
  const QsField *fields;
  guint          n_fields;

  self->store = store;
  self->entity_type = entity_type;
  self->klass = g_type_class_ref (entity_type);
  fields = qs_entity_class_get_fields (self->klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    g_string_append_printf (columns, ", \"%s\"", fields[i].name);

  g_string_append_printf (upsert, "INSERT INTO %s (%s) VALUES (?", self->klass->table,
                          columns->str);
  for (guint i = 1; i < N_BASE_COLUMNS + n_fields; i++)
    g_string_append (upsert, ", ?");
  /* created_at is the row's birth: an update never changes it. */
  g_string_append (upsert, ") ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, "
                           "deleted_at = excluded.deleted_at");
  for (guint i = 0; i < n_fields; i++)
    g_string_append_printf (upsert, ", \"%s\" = excluded.\"%s\"", fields[i].name, fields[i].name);

  self->columns_sql = g_string_free (g_steal_pointer (&columns), FALSE);
  self->upsert_sql = g_string_free (g_steal_pointer (&upsert), FALSE);
  return self;
}

void
qs_repository_free (QsRepository *self)
{
  g_type_class_unref (self->klass);
  g_free (self->columns_sql);
  g_free (self->upsert_sql);
  g_free (self);
}

GType
qs_repository_get_entity_type (QsRepository *self)
{
  return self->entity_type;
}

const char *
qs_repository_get_table (QsRepository *self)
{
  return self->klass->table;
}

QsStore *
qs_repository_get_store (QsRepository *self)
{
  return self->store;
}

const char *
qs_repository_get_columns_sql (QsRepository *self)
{
  return self->columns_sql;
}

static void
bind_timestamp (sqlite3_stmt *stmt, int index, gint64 value)
{
  if (value == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_field (sqlite3_stmt *stmt, int index, const QsField *field, const GValue *value)
{
  switch (field->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      {
        const char *s = g_value_get_string (value);
        /* An empty reference or date is no reference or date at all. */
        if (s == NULL || (*s == '\0' && field->kind != QS_FIELD_STRING))
          sqlite3_bind_null (stmt, index);
        else
          sqlite3_bind_text (stmt, index, s, -1, SQLITE_TRANSIENT);
      }
      break;
    case QS_FIELD_INT:
      sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;
    case QS_FIELD_TIMESTAMP:
      bind_timestamp (stmt, index, g_value_get_int64 (value));
      break;
    case QS_FIELD_DOUBLE:
      if (isnan (g_value_get_double (value)))
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_double (stmt, index, g_value_get_double (value));
      break;
    case QS_FIELD_BOOLEAN:
      sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
      break;
    case QS_FIELD_ENUM:
      {
        GEnumClass *enum_class = g_type_class_peek (G_VALUE_TYPE (value));
        GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (value));
        sqlite3_bind_text (stmt, index, ev->value_nick, -1, SQLITE_STATIC);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
read_field (sqlite3_stmt *stmt, int column, const QsField *field, GValue *value)
{
  gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

  switch (field->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      g_value_set_string (value, (const char *) sqlite3_column_text (stmt, column));
      break;
    case QS_FIELD_INT:
    case QS_FIELD_TIMESTAMP:
      g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
      break;
    case QS_FIELD_DOUBLE:
      g_value_set_double (value, is_null ? NAN : sqlite3_column_double (stmt, column));
      break;
    case QS_FIELD_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
      break;
    case QS_FIELD_ENUM:
      {
        GEnumClass *enum_class = g_type_class_peek (G_VALUE_TYPE (value));
        const char *nick = (const char *) sqlite3_column_text (stmt, column);
        GEnumValue *ev = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;
        /* The schema's CHECK constraints keep unknown nicks out. */
        g_value_set_enum (value, ev != NULL ? ev->value : enum_class->values[0].value);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * qs_repository_entity_from_row:
 *
 * Builds an entity from the columns of qs_repository_get_columns_sql(),
 * starting at @first_column of the current row of @stmt.
 */
QsEntity *
qs_repository_entity_from_row (QsRepository *self, sqlite3_stmt *stmt, int first_column)
{
  const char    *id = (const char *) sqlite3_column_text (stmt, first_column);
  QsEntity      *entity = g_object_new (self->entity_type, "id", id, NULL);
  const QsField *fields;
  guint          n_fields;

  g_object_freeze_notify (G_OBJECT (entity));
  qs_entity_set_created_at (entity, sqlite3_column_int64 (stmt, first_column + 1));
  qs_entity_set_updated_at (entity, sqlite3_column_int64 (stmt, first_column + 2));
  qs_entity_set_deleted_at (entity, sqlite3_column_int64 (stmt, first_column + 3));

  fields = qs_entity_class_get_fields (self->klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_VALUE_TYPE (qs_entity_get_value (entity, i)));
      read_field (stmt, first_column + N_BASE_COLUMNS + i, &fields[i], &value);
      qs_entity_set_value (entity, i, &value);
    }
  g_object_thaw_notify (G_OBJECT (entity));
  return entity;
}

gboolean
qs_sql_bind_params (sqlite3_stmt *stmt, int first_index, GVariant *params)
{
  GVariantIter iter;
  GVariant    *child;
  int          index = first_index;

  if (params == NULL)
    return TRUE;

  g_return_val_if_fail (g_variant_is_of_type (params, G_VARIANT_TYPE_TUPLE), FALSE);

  g_variant_iter_init (&iter, params);
  while ((child = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_autoptr (GVariant) value = child;

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
        {
          g_autoptr (GVariant) inner = g_variant_get_maybe (value);
          if (inner == NULL)
            {
              sqlite3_bind_null (stmt, index++);
              continue;
            }
          g_variant_unref (g_steal_pointer (&value));
          value = g_steal_pointer (&inner);
        }

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
        sqlite3_bind_int (stmt, index, g_variant_get_int32 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        sqlite3_bind_double (stmt, index, g_variant_get_double (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        sqlite3_bind_int (stmt, index, g_variant_get_boolean (value) ? 1 : 0);
      else
        {
          g_critical ("Cannot bind a parameter of type %s", g_variant_get_type_string (value));
          return FALSE;
        }
      index++;
    }
  return TRUE;
}

static gboolean
step_done (QsRepository *self, sqlite3_stmt *stmt, const char *what, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, what);
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_repository_save_full:
 *
 * Validates @entity and writes it (insert or update) in one statement.
 * Unless %QS_SAVE_KEEP_TIMESTAMPS, stamps updated_at (and created_at on the
 * first save) with the current time.
 */
gboolean
qs_repository_save_full (QsRepository *self, QsEntity *entity, QsSaveFlags flags, GError **error)
{
  sqlite3_stmt  *stmt;
  const QsField *fields;
  guint          n_fields;

  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (entity, self->entity_type), FALSE);

  if (!qs_store_ensure_writable (self->store, error) || !qs_entity_validate (entity, error))
    return FALSE;

  if (!(flags & QS_SAVE_KEEP_TIMESTAMPS))
    {
      gint64 now = qs_store_now (self->store);

      /* Two saves within one microsecond still move the clock forward. */
      if (now <= qs_entity_get_updated_at (entity))
        now = qs_entity_get_updated_at (entity) + 1;
      if (qs_entity_get_created_at (entity) == 0)
        qs_entity_set_created_at (entity, now);
      qs_entity_set_updated_at (entity, now);
    }

  stmt = qs_store_prepare (self->store, self->upsert_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, qs_entity_get_id (entity), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, qs_entity_get_created_at (entity));
  sqlite3_bind_int64 (stmt, 3, qs_entity_get_updated_at (entity));
  bind_timestamp (stmt, 4, qs_entity_get_deleted_at (entity));

  fields = qs_entity_class_get_fields (self->klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    bind_field (stmt, N_BASE_COLUMNS + 1 + i, &fields[i], qs_entity_get_value (entity, i));

  return step_done (self, stmt, _ ("Saving"), error);
}

gboolean
qs_repository_save (QsRepository *self, QsEntity *entity, GError **error)
{
  return qs_repository_save_full (self, entity, QS_SAVE_DEFAULT, error);
}

/**
 * qs_repository_save_all:
 *
 * Saves every entity of @entities in one transaction: all or none.
 */
gboolean
qs_repository_save_all (QsRepository *self, GPtrArray *entities, GError **error)
{
  if (!qs_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < entities->len; i++)
    if (!qs_repository_save (self, g_ptr_array_index (entities, i), error))
      {
        qs_store_rollback (self->store);
        return FALSE;
      }

  return qs_store_commit (self->store, error);
}

/**
 * qs_repository_delete:
 *
 * Marks @entity deleted (a tombstone): the row stays, so that nothing is
 * lost and offline copies can be merged.
 */
gboolean
qs_repository_delete (QsRepository *self, QsEntity *entity, GError **error)
{
  gint64 previous = qs_entity_get_deleted_at (entity);

  qs_entity_set_deleted_at (entity, qs_store_now (self->store));
  if (!qs_repository_save (self, entity, error))
    {
      qs_entity_set_deleted_at (entity, previous);
      return FALSE;
    }
  return TRUE;
}

static char *
select_sql (
  QsRepository *self, const char *what, const char *where, const char *order_by, QsQueryFlags flags)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT %s FROM %s WHERE ", what, self->klass->table);
  if (!(flags & QS_QUERY_INCLUDE_DELETED))
    g_string_append (sql, "deleted_at IS NULL AND ");
  g_string_append_printf (sql, "(%s)", where != NULL ? where : "1");
  if (order_by != NULL)
    g_string_append_printf (sql, " ORDER BY %s", order_by);
  return g_string_free (sql, FALSE);
}

gboolean
qs_repository_foreach (QsRepository    *self,
                       const char      *where,
                       GVariant        *params,
                       const char      *order_by,
                       QsQueryFlags     flags,
                       QsRepositoryFunc func,
                       gpointer         user_data,
                       GError         **error)
{
  g_autofree char *sql = select_sql (self, self->columns_sql, where, order_by, flags);
  g_autoptr (GVariant) owned_params = params != NULL ? g_variant_ref_sink (params) : NULL;
  sqlite3_stmt *stmt = NULL;
  int           rc;

  /* Not the statement cache: @func may run queries of its own, even this one. */
  rc = sqlite3_prepare_v2 (qs_store_get_db (self->store), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading the database"));
      return FALSE;
    }
  qs_sql_bind_params (stmt, 1, owned_params);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (QsEntity) entity = qs_repository_entity_from_row (self, stmt, 0);

      if (!func (entity, user_data))
        {
          rc = SQLITE_DONE;
          break;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading the database"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
collect_cb (QsEntity *entity, gpointer user_data)
{
  g_ptr_array_add (user_data, g_object_ref (entity));
  return TRUE;
}

GPtrArray *
qs_repository_find_all (QsRepository *self,
                        const char   *where,
                        GVariant     *params,
                        const char   *order_by,
                        QsQueryFlags  flags,
                        GError      **error)
{
  g_autoptr (GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);

  if (!qs_repository_foreach (self, where, params, order_by, flags, collect_cb, result, error))
    return NULL;
  return g_steal_pointer (&result);
}

/**
 * qs_repository_find:
 *
 * Returns: (transfer full): the entity with @id, tombstoned or not, or
 * %NULL with a %QS_ERROR_NOT_FOUND error.
 */
QsEntity *
qs_repository_find (QsRepository *self, const char *id, GError **error)
{
  g_autoptr (GPtrArray) found = qs_repository_find_all (self, "id = ?", g_variant_new ("(s)", id),
                                                        NULL, QS_QUERY_INCLUDE_DELETED, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                   _ ("Nothing with the identifier “%s” is in the database."), id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * qs_repository_find_if_any:
 * @id: (nullable): the id of the row, or %NULL
 * @entity: (out) (transfer full) (optional) (nullable): the entity with
 *   @id, tombstoned or not, or %NULL when there is none
 *
 * For a row that may well be missing (an optional reference, a person no
 * longer on staff): a missing row is not an error, a database that cannot
 * be read is.
 *
 * Returns: %FALSE with @error set when the database could not be read
 */
gboolean
qs_repository_find_if_any (QsRepository *self, const char *id, QsEntity **entity, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (QsEntity) found = NULL;

  if (id != NULL)
    found = qs_repository_find (self, id, &local_error);
  if (found == NULL && local_error != NULL &&
      !g_error_matches (local_error, QS_ERROR, QS_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      if (entity != NULL)
        *entity = NULL;
      return FALSE;
    }
  if (entity != NULL)
    *entity = g_steal_pointer (&found);
  return TRUE;
}

/**
 * qs_repository_find_first:
 *
 * Returns: %FALSE with @error set when the rows cannot be read
 */
gboolean
qs_repository_find_first (QsRepository *self,
                          const char   *where,
                          GVariant     *params,
                          const char   *order_by,
                          QsEntity    **entity,
                          GError      **error)
{
  g_autoptr (GPtrArray) rows = NULL;

  g_return_val_if_fail (entity != NULL, FALSE);

  *entity = NULL;
  rows = qs_repository_find_all (self, where, params, order_by, QS_QUERY_DEFAULT, error);
  if (rows == NULL)
    return FALSE;
  if (rows->len > 0)
    *entity = g_object_ref (g_ptr_array_index (rows, 0));
  return TRUE;
}

gint64
qs_repository_count (
  QsRepository *self, const char *where, GVariant *params, QsQueryFlags flags, GError **error)
{
  g_autofree char *sql = select_sql (self, "count(*)", where, NULL, flags);
  g_autoptr (GVariant) owned_params = params != NULL ? g_variant_ref_sink (params) : NULL;
  sqlite3_stmt *stmt = qs_store_prepare (self->store, sql, error);
  gint64        count = -1;
  int           rc;

  if (stmt == NULL)
    return -1;
  qs_sql_bind_params (stmt, 1, owned_params);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading the database"));
  sqlite3_reset (stmt);
  return count;
}

static gboolean
keep_first_cb (QsEntity *entity, gpointer user_data)
{
  QsEntity **first = user_data;

  *first = g_object_ref (entity);
  return FALSE;
}

/**
 * qs_repository_find_dangling:
 * @field: the index of a %QS_FIELD_REFERENCE field of the entity
 * @entity: (out) (transfer full) (nullable): the first row, tombstoned or
 *   not, whose @field names no row of the table it references (tombstones
 *   count as rows), or %NULL when every row's does
 *
 * SQLite checks references at the commit, without saying which row is at
 * fault: this names it, for a sentence the user can act on.
 *
 * Returns: %FALSE with @error set when the database could not be read
 */
gboolean
qs_repository_find_dangling (QsRepository *self, guint field, QsEntity **entity, GError **error)
{
  g_autofree char *where = NULL;
  g_autoptr (QsEntity) found = NULL;
  const QsField *fields;
  guint          n_fields;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);

  *entity = NULL;
  fields = qs_entity_class_get_fields (self->klass, &n_fields);
  g_return_val_if_fail (field < n_fields, FALSE);
  g_return_val_if_fail (
    fields[field].kind == QS_FIELD_REFERENCE && fields[field].references != NULL, FALSE);

  /* Names from the QsField tables, never from a file. */
  where = g_strdup_printf ("\"%s\" IS NOT NULL AND \"%s\" NOT IN (SELECT id FROM \"%s\")",
                           fields[field].name, fields[field].name, fields[field].references);
  if (!qs_repository_foreach (self, where, NULL, NULL, QS_QUERY_INCLUDE_DELETED, keep_first_cb,
                              &found, error))
    return FALSE;
  *entity = g_steal_pointer (&found);
  return TRUE;
}

/**
 * qs_repository_erase_all:
 *
 * Removes every row of the table, tombstones included: not tombstoned
 * but gone, which only restoring a backup over the whole database may
 * do, inside its transaction. The change hooks see every row go.
 */
gboolean
qs_repository_erase_all (QsRepository *self, GError **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!qs_store_ensure_writable (self->store, error))
    return FALSE;
  sql = g_strdup_printf ("DELETE FROM \"%s\"", self->klass->table);
  return qs_store_exec (self->store, sql, error);
}

/**
 * qs_store_find_if_any:
 *
 * qs_repository_find_if_any() on the repository of @entity_type: what the
 * services ask most.
 */
gboolean
qs_store_find_if_any (
  QsStore *store, GType entity_type, const char *id, QsEntity **entity, GError **error)
{
  return qs_repository_find_if_any (qs_store_get_repository (store, entity_type), id, entity,
                                    error);
}
