/* qs-backup-table.c — turns the rows of one table of a backup into entities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks every member of a row against the table's QsField descriptions:
 * known column, JSON type, enum nick, date, required value. The messages
 * say what is wrong with the value; the reader says where it is.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "qs-backup-table.h"
#include "qs-error.h"

typedef enum
{
  BASE_CREATED_AT,
  BASE_UPDATED_AT,
  BASE_DELETED_AT,
  N_BASE
} BaseColumn;

static const char *const base_names[N_BASE] = { "created_at", "updated_at", "deleted_at" };

/* Column indexes in the hash table: fields count up from 1, the base
 * columns down from G_MAXUINT (0 is "not found"). */
#define BASE_INDEX(b) (G_MAXUINT - (guint) (b))
#define IS_BASE_INDEX(i) ((i) > G_MAXUINT - N_BASE)

struct _QsBackupTable
{
  GType          entity_type;
  QsEntityClass *klass;
  const QsField *fields;
  guint          n_fields;
  GHashTable    *columns; /* column name → index, see BASE_INDEX() */
};

QsBackupTable *
qs_backup_table_new (GType entity_type)
{
  QsBackupTable *self = g_new0 (QsBackupTable, 1);

  self->entity_type = entity_type;
  self->klass = g_type_class_ref (entity_type);
  self->fields = qs_entity_class_get_fields (self->klass, &self->n_fields);
  self->columns = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->n_fields; i++)
    g_hash_table_insert (self->columns, (gpointer) self->fields[i].name, GUINT_TO_POINTER (i + 1));
  for (guint b = 0; b < N_BASE; b++)
    g_hash_table_insert (self->columns, (gpointer) base_names[b],
                         GUINT_TO_POINTER (BASE_INDEX (b)));
  return self;
}

void
qs_backup_table_free (QsBackupTable *self)
{
  g_hash_table_unref (self->columns);
  g_type_class_unref (self->klass);
  g_free (self);
}

/**
 * qs_backup_table_describe_node:
 *
 * Returns: what @node is, for messages: “a whole number”, “a list”...
 */
const char *
qs_backup_table_describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _ ("an object");
    case JSON_NODE_ARRAY:
      return _ ("a list");
    case JSON_NODE_NULL:
      return _ ("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          return _ ("a whole number");
        case G_TYPE_DOUBLE:
          return _ ("a number");
        case G_TYPE_BOOLEAN:
          return _ ("true or false");
        case G_TYPE_STRING:
        default:
          return _ ("text");
        }
    }
}

/**
 * qs_backup_table_node_holds:
 *
 * Whether @node is a value of @type: %G_TYPE_STRING, %G_TYPE_INT64,
 * %G_TYPE_DOUBLE or %G_TYPE_BOOLEAN.
 */
gboolean
qs_backup_table_node_holds (JsonNode *node, GType type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
is_valid_date (const char *s)
{
  int year, month, day;

  if (strlen (s) != 10 || s[4] != '-' || s[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (s[i]))
      return FALSE;
  year = atoi (s);
  month = atoi (s + 5);
  day = atoi (s + 8);
  return year >= 1 && g_date_valid_dmy (day, month, year);
}

static char *
list_nicks (GType enum_type)
{
  GEnumClass *enum_class = g_type_class_ref (enum_type);
  GString    *list = g_string_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", enum_class->values[i].value_nick);
  g_type_class_unref (enum_class);
  return g_string_free (list, FALSE);
}

static gboolean
wrong_type (GError **error, const char *expected, JsonNode *node)
{
  /* Translators: the first %s is what a column holds (“text or null”), the
   * second what the file has (“a list”) */
  g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("expected %s, found %s."), expected,
               qs_backup_table_describe_node (node));
  return FALSE;
}

/* A time: null (not set), or whole microseconds since 1970. */
static gboolean
read_timestamp (JsonNode *node, gint64 *usec, GError **error)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      *usec = 0;
      return TRUE;
    }
  if (!qs_backup_table_node_holds (node, G_TYPE_INT64))
    return wrong_type (error, _ ("microseconds since 1970 or null"), node);
  *usec = json_node_get_int (node);
  if (*usec < 0)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("a time cannot be before 1970."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_enum (QsEntity *entity, guint index, GType enum_type, JsonNode *node, GError **error)
{
  GEnumClass      *enum_class;
  GEnumValue      *value;
  g_autofree char *nicks = NULL;

  if (!qs_backup_table_node_holds (node, G_TYPE_STRING))
    return wrong_type (error, _ ("text"), node);

  enum_class = g_type_class_ref (enum_type);
  value = g_enum_get_value_by_nick (enum_class, json_node_get_string (node));
  if (value != NULL)
    qs_entity_set_enum (entity, index, value->value);
  g_type_class_unref (enum_class);
  if (value != NULL)
    return TRUE;

  nicks = list_nicks (enum_type);
  /* Translators: the first %s is a value from the file, the second the
   * list of the values allowed, such as “low, normal, high, urgent” */
  g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("“%s” is not one of %s."),
               json_node_get_string (node), nicks);
  return FALSE;
}

static gboolean
read_field (QsEntity *entity, guint index, const QsField *field, JsonNode *node, GError **error)
{
  gboolean is_null = JSON_NODE_HOLDS_NULL (node);

  switch (field->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      if (!is_null && !qs_backup_table_node_holds (node, G_TYPE_STRING))
        return wrong_type (error, _ ("text or null"), node);
      if (field->kind == QS_FIELD_DATE && !is_null && *json_node_get_string (node) != '\0' &&
          !is_valid_date (json_node_get_string (node)))
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("“%s” is not a date of the form YYYY-MM-DD."),
                       json_node_get_string (node));
          return FALSE;
        }
      qs_entity_set_string (entity, index, is_null ? NULL : json_node_get_string (node));
      return TRUE;

    case QS_FIELD_INT:
      if (!qs_backup_table_node_holds (node, G_TYPE_INT64))
        return wrong_type (error, _ ("a whole number"), node);
      qs_entity_set_int (entity, index, json_node_get_int (node));
      return TRUE;

    case QS_FIELD_TIMESTAMP:
      {
        gint64 usec;

        if (!read_timestamp (node, &usec, error))
          return FALSE;
        qs_entity_set_int (entity, index, usec);
        return TRUE;
      }

    case QS_FIELD_DOUBLE:
      {
        double value = NAN;

        if (qs_backup_table_node_holds (node, G_TYPE_DOUBLE) ||
            qs_backup_table_node_holds (node, G_TYPE_INT64))
          value = json_node_get_double (node);
        else if (!is_null)
          return wrong_type (error, _ ("a number or null"), node);
        /* json-glib reads 1e999 as infinity, which SQLite cannot keep. */
        if (isinf (value))
          {
            g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("the number is too large."));
            return FALSE;
          }
        qs_entity_set_double (entity, index, value);
        return TRUE;
      }

    case QS_FIELD_BOOLEAN:
      if (!qs_backup_table_node_holds (node, G_TYPE_BOOLEAN))
        return wrong_type (error, _ ("true or false"), node);
      qs_entity_set_boolean (entity, index, json_node_get_boolean (node));
      return TRUE;

    case QS_FIELD_ENUM:
      return read_enum (entity, index, field->enum_type (), node, error);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_base_column (QsEntity *entity, BaseColumn base, JsonNode *node, gboolean *seen, GError **error)
{
  gint64 usec;

  if (!read_timestamp (node, &usec, error))
    return FALSE;
  if (base == BASE_CREATED_AT)
    qs_entity_set_created_at (entity, usec);
  else if (base == BASE_UPDATED_AT)
    qs_entity_set_updated_at (entity, usec);
  else
    qs_entity_set_deleted_at (entity, usec);
  seen[base] = !JSON_NODE_HOLDS_NULL (node);
  return TRUE;
}

/**
 * qs_backup_table_read_row:
 * @row: a row of the backup, as parsed
 * @id: (out): the row's id once it is known, else %NULL (owned by @row)
 * @column: (out): on error, the column at fault, or %NULL for the row
 *
 * Builds the entity of @row. Columns that are not in @row take the value
 * of a new entity, unless they are required; created_at and updated_at
 * are always required.
 *
 * Returns: (transfer full): the entity, or %NULL with @error saying what is
 *   wrong, in a sentence that does not say where
 */
QsEntity *
qs_backup_table_read_row (
  QsBackupTable *self, JsonNode *row, const char **id, const char **column, GError **error)
{
  g_autoptr (QsEntity) entity = NULL;
  g_autoptr (GList) members = NULL;
  gboolean    seen[N_BASE] = { FALSE };
  JsonObject *object;
  JsonNode   *id_node;

  *id = NULL;
  *column = NULL;
  if (!JSON_NODE_HOLDS_OBJECT (row))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("a row must be an object in braces, not %s."),
                   qs_backup_table_describe_node (row));
      return NULL;
    }
  object = json_node_get_object (row);
  id_node = json_object_get_member (object, "id");
  if (id_node == NULL || !qs_backup_table_node_holds (id_node, G_TYPE_STRING) ||
      *json_node_get_string (id_node) == '\0')
    {
      *column = "id";
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("every row needs an id, as text."));
      return NULL;
    }
  *id = json_node_get_string (id_node);
  entity = g_object_new (self->entity_type, "id", *id, NULL);

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode   *value = json_object_get_member (object, name);
      guint       index = GPOINTER_TO_UINT (g_hash_table_lookup (self->columns, name));
      gboolean    ok;

      if (g_str_equal (name, "id"))
        continue;
      *column = name;
      if (index == 0)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("the table has no such column."));
          return NULL;
        }
      if (IS_BASE_INDEX (index))
        ok = read_base_column (entity, G_MAXUINT - index, value, seen, error);
      else
        ok = read_field (entity, index - 1, &self->fields[index - 1], value, error);
      if (!ok)
        return NULL;
    }
  *column = NULL;

  /* created_at and updated_at are NOT NULL in the schema. */
  for (guint b = BASE_CREATED_AT; b <= BASE_UPDATED_AT; b++)
    if (!seen[b])
      {
        *column = base_names[b];
        g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                     _ ("this field is required but is missing or null."));
        return NULL;
      }
  for (guint i = 0; i < self->n_fields; i++)
    if ((self->fields[i].flags & QS_FIELD_REQUIRED) && !qs_entity_field_is_set (entity, i))
      {
        *column = self->fields[i].name;
        g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                     _ ("this field is required but is missing, null or empty."));
        return NULL;
      }

  return g_steal_pointer (&entity);
}
