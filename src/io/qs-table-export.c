/* qs-table-export.c — exports one table as CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Columns are id, created_at, updated_at, then every field of the entity
 * in the order of its QsField table (deleted_at is left out: tombstoned
 * rows are not exported). Rows are streamed from the repository in the
 * order they were written, so the largest table costs one row of memory.
 *
 * CSV: RFC 4180 with a header row, CRLF, UTF-8, empty for NULL/not set.
 * JSON: an array of objects, one per line, null for NULL/not set.
 * Both: times ISO 8601 UTC, numbers with '.', enums by nick, true/false.
 *
 * Privacy: fields flagged QS_FIELD_PERSONAL are left out, and a row
 * flagged "confidential" (a request) or "anonymous" (feedback) has its
 * client_id withheld, unless QS_EXPORT_WITH_PERSONAL_DATA; so has a row
 * about a confidential request (the feedback after it), which would
 * otherwise pair the request with its complainant.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-csv-writer.h"
#include "qs-entities.h"
#include "qs-json-export.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-table-export.h"

typedef struct
{
  QsEntityClass *klass;
  const QsField *fields;
  GArray        *columns;       /* guint: indexes of the exported fields */
  int            private_flag;  /* the "confidential"/"anonymous" field, or -1 */
  int            linked_person; /* the field it withholds (client_id), or -1 */
  int            request_field; /* request_id, whose request may be confidential, or -1 */
  GHashTable    *confidential;  /* the confidential requests' ids, with request_field */
  QsExportFormat format;
  QsCsvWriter   *csv;
  GOutputStream *stream;
  GString       *line;
  guint64        n_rows;
  GCancellable  *cancellable;
  GError        *error;
} Export;

static const char *const base_columns[] = { "id", "created_at", "updated_at" };

/**
 * qs_table_export_find_type:
 * @table: a table name of the schema, such as "requests"
 *
 * Returns: the entity type stored in @table, or %G_TYPE_INVALID
 */
GType
qs_table_export_find_type (const char *table)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      QsEntityClass *klass = g_type_class_ref (types[i]);
      gboolean       found = g_strcmp0 (qs_entity_class_get_table (klass), table) == 0;

      g_type_class_unref (klass);
      if (found)
        return types[i];
    }
  return G_TYPE_INVALID;
}

/**
 * qs_table_export_list_tables:
 *
 * Returns: (transfer full): every table name, in schema order, separated
 *   by ", " (for messages: the names are not translated)
 */
char *
qs_table_export_list_tables (void)
{
  GString     *list = g_string_new (NULL);
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      QsEntityClass *klass = g_type_class_ref (types[i]);

      g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", qs_entity_class_get_table (klass));
      g_type_class_unref (klass);
    }
  return g_string_free (list, FALSE);
}

static int
find_boolean_field (QsEntityClass *klass, const char *name)
{
  int            index = qs_entity_class_find_field (klass, name);
  const QsField *fields = qs_entity_class_get_fields (klass, NULL);

  return index >= 0 && fields[index].kind == QS_FIELD_BOOLEAN ? index : -1;
}

static void
plan_columns (Export *export, QsExportFlags flags)
{
  guint n_fields;

  export->fields = qs_entity_class_get_fields (export->klass, &n_fields);
  export->columns = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n_fields; i++)
    if (!(export->fields[i].flags & QS_FIELD_PERSONAL) || (flags & QS_EXPORT_WITH_PERSONAL_DATA))
      g_array_append_val (export->columns, i);

  export->private_flag = -1;
  export->linked_person = -1;
  export->request_field = -1;
  if (!(flags & QS_EXPORT_WITH_PERSONAL_DATA))
    {
      export->private_flag = find_boolean_field (export->klass, "confidential");
      if (export->private_flag < 0)
        export->private_flag = find_boolean_field (export->klass, "anonymous");
      export->linked_person = qs_entity_class_find_field (export->klass, "client_id");
      if (export->linked_person < 0)
        export->private_flag = -1;
      else
        export->request_field = qs_entity_class_find_field (export->klass, "request_id");
    }
}

static gboolean
is_withheld (Export *export, QsEntity *entity, guint field)
{
  const char *request_id;

  if (export->linked_person < 0 || (int) field != export->linked_person)
    return FALSE;
  if (export->private_flag >= 0 && qs_entity_get_boolean (entity, export->private_flag))
    return TRUE;
  request_id =
    export->confidential != NULL ? qs_entity_get_string (entity, export->request_field) : NULL;
  return request_id != NULL && g_hash_table_contains (export->confidential, request_id);
}

static const char *
enum_nick (const GValue *value)
{
  GEnumClass *enum_class = g_type_class_peek (G_VALUE_TYPE (value));
  GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (value));

  return ev != NULL ? ev->value_nick : NULL;
}

/* The text of a field for CSV, in @buffer when it has to be formatted;
 * NULL when not set. */
static const char *
field_text (const QsField *field, const GValue *value, char *buffer, gsize size)
{
  switch (field->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      return g_value_get_string (value);
    case QS_FIELD_INT:
      g_snprintf (buffer, size, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
      return buffer;
    case QS_FIELD_TIMESTAMP:
      if (g_value_get_int64 (value) == 0)
        return NULL;
      return qs_json_export_format_timestamp (buffer, g_value_get_int64 (value));
    case QS_FIELD_DOUBLE:
      if (!isfinite (g_value_get_double (value)))
        return NULL;
      return qs_json_export_format_double (buffer, g_value_get_double (value));
    case QS_FIELD_BOOLEAN:
      return g_value_get_boolean (value) ? "true" : "false";
    case QS_FIELD_ENUM:
      return enum_nick (value);
    default:
      g_assert_not_reached ();
    }
}

static void
append_json_value (GString *out, const QsField *field, const GValue *value)
{
  char buffer[QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE];

  switch (field->kind)
    {
    case QS_FIELD_INT:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
      break;
    case QS_FIELD_DOUBLE:
      qs_json_export_append_double (out, g_value_get_double (value));
      break;
    case QS_FIELD_BOOLEAN:
      g_string_append (out, g_value_get_boolean (value) ? "true" : "false");
      break;
    default:
      qs_json_export_append_string (out, field_text (field, value, buffer, sizeof buffer));
    }
}

static const char *
timestamp_text (char *buffer, gint64 usec)
{
  return usec != 0 ? qs_json_export_format_timestamp (buffer, usec) : NULL;
}

static void
append_json_timestamp (GString *out, gint64 usec)
{
  char buffer[QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE];

  qs_json_export_append_string (out, timestamp_text (buffer, usec));
}

static gboolean
write_json_row (Export *export, QsEntity *entity)
{
  GString *out = export->line;

  g_string_truncate (out, 0);
  g_string_append (out, export->n_rows > 0 ? ",\n{\"id\":" : "[\n{\"id\":");
  qs_json_export_append_string (out, qs_entity_get_id (entity));
  g_string_append (out, ",\"created_at\":");
  append_json_timestamp (out, qs_entity_get_created_at (entity));
  g_string_append (out, ",\"updated_at\":");
  append_json_timestamp (out, qs_entity_get_updated_at (entity));

  for (guint c = 0; c < export->columns->len; c++)
    {
      guint i = g_array_index (export->columns, guint, c);

      g_string_append_c (out, ',');
      qs_json_export_append_string (out, export->fields[i].name);
      g_string_append_c (out, ':');
      if (is_withheld (export, entity, i))
        g_string_append (out, "null");
      else
        append_json_value (out, &export->fields[i], qs_entity_get_value (entity, i));
    }
  g_string_append_c (out, '}');

  return g_output_stream_write_all (export->stream, out->str, out->len, NULL, export->cancellable,
                                    &export->error);
}

static gboolean
write_csv_row (Export *export, QsEntity *entity)
{
  char buffer[QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE];

  qs_csv_writer_add_field (export->csv, qs_entity_get_id (entity));
  qs_csv_writer_add_field (export->csv, timestamp_text (buffer, qs_entity_get_created_at (entity)));
  qs_csv_writer_add_field (export->csv, timestamp_text (buffer, qs_entity_get_updated_at (entity)));

  for (guint c = 0; c < export->columns->len; c++)
    {
      guint i = g_array_index (export->columns, guint, c);

      if (is_withheld (export, entity, i))
        qs_csv_writer_add_field (export->csv, NULL);
      else
        qs_csv_writer_add_field (
          export->csv,
          field_text (&export->fields[i], qs_entity_get_value (entity, i), buffer, sizeof buffer));
    }
  return qs_csv_writer_end_row (export->csv, export->cancellable, &export->error);
}

static gboolean
write_csv_header (Export *export)
{
  for (guint i = 0; i < G_N_ELEMENTS (base_columns); i++)
    qs_csv_writer_add_field (export->csv, base_columns[i]);
  for (guint c = 0; c < export->columns->len; c++)
    qs_csv_writer_add_field (export->csv,
                             export->fields[g_array_index (export->columns, guint, c)].name);
  return qs_csv_writer_end_row (export->csv, export->cancellable, &export->error);
}

static gboolean
export_row_cb (QsEntity *entity, gpointer user_data)
{
  Export *export = user_data;
  gboolean ok;

  if (g_cancellable_set_error_if_cancelled (export->cancellable, &export->error))
    return FALSE;
  ok = export->format == QS_EXPORT_FORMAT_CSV ? write_csv_row (export, entity)
                                              : write_json_row (export, entity);
  export->n_rows++;
  return ok;
}

/**
 * qs_table_export_write:
 * @stream: where the export goes; it is flushed, not closed
 *
 * Writes every row of @entity_type's table that is not tombstoned.
 */
gboolean
qs_table_export_write (QsStore       *store,
                       GType          entity_type,
                       QsExportFormat format,
                       QsExportFlags  flags,
                       GOutputStream *stream,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr (GOutputStream) buffered = g_buffered_output_stream_new_sized (stream, 64 * 1024);
  g_autoptr (GError) read_error = NULL;
  Export export = { NULL };
  gboolean ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_type_is_a (entity_type, QS_TYPE_ENTITY), FALSE);

  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  export.klass = g_type_class_ref (entity_type);
  export.format = format;
  export.stream = buffered;
  export.cancellable = cancellable;
  export.line = g_string_sized_new (4096);
  plan_columns (&export, flags);
  if (export.request_field >= 0)
    {
      export.confidential = qs_request_repository_get_confidential_ids (store, &export.error);
      if (export.confidential == NULL)
        export.request_field = -1;
    }

  if (format == QS_EXPORT_FORMAT_CSV)
    {
      export.csv = qs_csv_writer_new (buffered);
      ok = write_csv_header (&export);
    }
  else
    ok = TRUE;

  /* rowid: the order rows were written in, and the cheapest to scan. */
  ok = ok && export.error == NULL &&
       qs_repository_foreach (qs_store_get_repository (store, entity_type), NULL, NULL, "rowid",
                              QS_QUERY_DEFAULT, export_row_cb, &export, &read_error);
  if (ok && export.error == NULL && format == QS_EXPORT_FORMAT_JSON)
    {
      const char *end = export.n_rows > 0 ? "\n]\n" : "[]\n";
      ok =
        g_output_stream_write_all (buffered, end, strlen (end), NULL, cancellable, &export.error);
    }
  ok = ok && export.error == NULL && g_output_stream_flush (buffered, cancellable, &export.error);

  g_clear_pointer (&export.csv, qs_csv_writer_free);
  g_clear_pointer (&export.confidential, g_hash_table_unref);
  g_string_free (export.line, TRUE);
  g_array_unref (export.columns);
  g_type_class_unref (export.klass);

  if (export.error != NULL)
    {
      g_propagate_error (error, export.error);
      return FALSE;
    }
  if (read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }
  return ok;
}
