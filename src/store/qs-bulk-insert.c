/* qs-bulk-insert.c — inserts many new rows of one entity table, fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-bulk-insert.h"
#include "qs-entity.h"
#include "qs-error.h"
#include "qs-store-private.h"

/* id, created_at and updated_at are bound before the fields (a new row is
 * never deleted), so that field i is parameter N_BASE_PARAMS + 1 + i. */
#define N_BASE_PARAMS 3

struct _QsBulkInsert
{
  QsStore       *store;
  QsEntityClass *klass;
  const QsField *fields;
  guint          n_fields;
  GEnumClass   **enum_classes; /* per field; NULL unless an enum */
  gboolean      *is_set;       /* per field, for this row */
  sqlite3_stmt  *stmt;
  gint64         n_rows;
  GPtrArray     *deferred; /* CREATE INDEX statements to run again */
};

/**
 * qs_bulk_insert_new:
 *
 * Prepares the INSERT of @entity_type's table. Fails if the database is
 * read-only.
 */
QsBulkInsert *
qs_bulk_insert_new (QsStore *store, GType entity_type, GError **error)
{
  g_autoptr (GString) sql = g_string_new (NULL);
  QsBulkInsert *self;
  int           rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (entity_type, QS_TYPE_ENTITY), NULL);

  if (!qs_store_ensure_writable (store, error))
    return NULL;

  self = g_new0 (QsBulkInsert, 1);
  self->store = g_object_ref (store);
  self->klass = g_type_class_ref (entity_type);
  self->fields = qs_entity_class_get_fields (self->klass, &self->n_fields);
  self->enum_classes = g_new0 (GEnumClass *, self->n_fields);
  self->is_set = g_new0 (gboolean, self->n_fields);

  g_string_append_printf (sql, "INSERT INTO %s (id, created_at, updated_at, deleted_at",
                          qs_entity_class_get_table (self->klass));
  for (guint i = 0; i < self->n_fields; i++)
    {
      g_string_append_printf (sql, ", \"%s\"", self->fields[i].name);
      if (self->fields[i].kind == QS_FIELD_ENUM)
        self->enum_classes[i] = g_type_class_ref (self->fields[i].enum_type ());
    }
  g_string_append (sql, ") VALUES (?, ?, ?, NULL");
  for (guint i = 0; i < self->n_fields; i++)
    g_string_append (sql, ", ?");
  g_string_append_c (sql, ')');

  rc = sqlite3_prepare_v3 (qs_store_get_db (store), sql->str, -1, SQLITE_PREPARE_PERSISTENT,
                           &self->stmt, NULL);
  if (rc != SQLITE_OK)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Preparing a query"));
      qs_bulk_insert_free (self);
      return NULL;
    }
  return self;
}

void
qs_bulk_insert_free (QsBulkInsert *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_fields; i++)
    if (self->enum_classes[i] != NULL)
      g_type_class_unref (self->enum_classes[i]);
  g_free (self->enum_classes);
  g_free (self->is_set);
  g_clear_pointer (&self->deferred, g_ptr_array_unref);
  sqlite3_finalize (self->stmt);
  g_type_class_unref (self->klass);
  g_object_unref (self->store);
  g_free (self);
}

static inline int
param_index (guint field)
{
  return N_BASE_PARAMS + 1 + field;
}

void
qs_bulk_insert_set_string (QsBulkInsert *self, guint field, const char *value)
{
  QsFieldKind kind;

  g_return_if_fail (field < self->n_fields);
  kind = self->fields[field].kind;
  g_return_if_fail (kind == QS_FIELD_STRING || kind == QS_FIELD_REFERENCE || kind == QS_FIELD_DATE);

  /* An empty reference or date is no reference or date at all. */
  if (value == NULL || (*value == '\0' && kind != QS_FIELD_STRING))
    sqlite3_bind_null (self->stmt, param_index (field));
  else
    sqlite3_bind_text (self->stmt, param_index (field), value, -1, SQLITE_STATIC);
  self->is_set[field] = value != NULL && *value != '\0';
}

void
qs_bulk_insert_set_int (QsBulkInsert *self, guint field, gint64 value)
{
  QsFieldKind kind;

  g_return_if_fail (field < self->n_fields);
  kind = self->fields[field].kind;
  g_return_if_fail (kind == QS_FIELD_INT || kind == QS_FIELD_TIMESTAMP);

  if (kind == QS_FIELD_TIMESTAMP && value == 0)
    sqlite3_bind_null (self->stmt, param_index (field));
  else
    sqlite3_bind_int64 (self->stmt, param_index (field), value);
  self->is_set[field] = kind == QS_FIELD_INT || value != 0;
}

void
qs_bulk_insert_set_double (QsBulkInsert *self, guint field, double value)
{
  g_return_if_fail (field < self->n_fields);
  g_return_if_fail (self->fields[field].kind == QS_FIELD_DOUBLE);

  if (isnan (value))
    sqlite3_bind_null (self->stmt, param_index (field));
  else
    sqlite3_bind_double (self->stmt, param_index (field), value);
  self->is_set[field] = !isnan (value);
}

void
qs_bulk_insert_set_boolean (QsBulkInsert *self, guint field, gboolean value)
{
  g_return_if_fail (field < self->n_fields);
  g_return_if_fail (self->fields[field].kind == QS_FIELD_BOOLEAN);

  sqlite3_bind_int (self->stmt, param_index (field), value ? 1 : 0);
  self->is_set[field] = TRUE;
}

void
qs_bulk_insert_set_enum (QsBulkInsert *self, guint field, int value)
{
  GEnumValue *ev;

  g_return_if_fail (field < self->n_fields);
  g_return_if_fail (self->enum_classes[field] != NULL);

  ev = g_enum_get_value (self->enum_classes[field], value);
  g_return_if_fail (ev != NULL);
  sqlite3_bind_text (self->stmt, param_index (field), ev->value_nick, -1, SQLITE_STATIC);
  self->is_set[field] = TRUE;
}

/* What an entity holds in a field nobody set: see qs-entity.c. */
static void
bind_default (QsBulkInsert *self, guint field)
{
  switch (self->fields[field].kind)
    {
    case QS_FIELD_INT:
    case QS_FIELD_BOOLEAN:
      sqlite3_bind_int (self->stmt, param_index (field), 0);
      break;
    case QS_FIELD_ENUM:
      sqlite3_bind_text (self->stmt, param_index (field),
                         self->enum_classes[field]->values[0].value_nick, -1, SQLITE_STATIC);
      break;
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
    case QS_FIELD_TIMESTAMP:
    case QS_FIELD_DOUBLE:
    default:
      /* Cleared bindings are already NULL. */
      break;
    }
}

/**
 * qs_bulk_insert_row:
 *
 * Inserts the row whose fields were set since the previous row, then
 * forgets them. Refuses, as the repository does, a required field that is
 * empty.
 */
gboolean
qs_bulk_insert_row (
  QsBulkInsert *self, const char *id, gint64 created_at, gint64 updated_at, GError **error)
{
  gboolean ok = TRUE;
  int      rc;

  g_return_val_if_fail (id != NULL && *id != '\0', FALSE);

  for (guint i = 0; i < self->n_fields; i++)
    {
      if (self->is_set[i])
        continue;
      if (self->fields[i].flags & QS_FIELD_REQUIRED)
        {
          g_autofree char *label = qs_field_dup_label (&self->fields[i]);

          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       /* Translators: %s is a field in words, such as “date received” */
                       _ ("The field “%s” must not be empty."), label);
          ok = FALSE;
          break;
        }
      bind_default (self, i);
    }

  if (ok)
    {
      sqlite3_bind_text (self->stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (self->stmt, 2, created_at);
      sqlite3_bind_int64 (self->stmt, 3, updated_at);
      rc = sqlite3_step (self->stmt);
      if (rc == SQLITE_DONE)
        self->n_rows++;
      else
        {
          qs_store_set_sqlite_error (self->store, error, rc, _ ("Saving"));
          ok = FALSE;
        }
    }

  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);
  memset (self->is_set, 0, self->n_fields * sizeof (gboolean));
  return ok;
}

gint64
qs_bulk_insert_get_n_rows (QsBulkInsert *self)
{
  return self->n_rows;
}

/**
 * qs_bulk_insert_defer_indexes:
 *
 * Drops the secondary indexes of the table (the primary key stays), to
 * build them again in qs_bulk_insert_finish(). Inserting millions of rows
 * into several indexes costs a random B-tree descent per row and index;
 * building an index afterwards sorts the rows once, which is several times
 * faster. Only inside a transaction: a rollback restores the indexes.
 */
gboolean
qs_bulk_insert_defer_indexes (QsBulkInsert *self, GError **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3      *db = qs_store_get_db (self->store);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (self->deferred == NULL, FALSE);
  g_return_val_if_fail (!sqlite3_get_autocommit (db), FALSE);

  rc = sqlite3_prepare_v2 (db,
                           "SELECT name, sql FROM sqlite_schema "
                           "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                           "ORDER BY name",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading the database"));
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, qs_entity_class_get_table (self->klass), -1, SQLITE_STATIC);
  self->deferred = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (self->deferred, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (self->store, error, rc, _ ("Reading the database"));
      return FALSE;
    }

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", (char *) names->pdata[i]);

      if (!qs_store_exec (self->store, drop, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * qs_bulk_insert_finish:
 *
 * Builds again the indexes dropped by qs_bulk_insert_defer_indexes(); a
 * unique index fails here if the rows break it. Does nothing otherwise.
 */
gboolean
qs_bulk_insert_finish (QsBulkInsert *self, GError **error)
{
  g_autoptr (GPtrArray) deferred = g_steal_pointer (&self->deferred);

  if (deferred == NULL)
    return TRUE;

  for (guint i = 0; i < deferred->len; i++)
    if (!qs_store_exec (self->store, deferred->pdata[i], error))
      return FALSE;
  return TRUE;
}
