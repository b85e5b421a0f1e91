/* qs-backup-writer.c — writes the whole database as a JSON backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * {"format": "qualserv-backup", "schema": 1, "tables": {"departments":
 * [{row}, ...], ...}} with every table in the order of qs_entity_types()
 * and every row, tombstoned or not, in the order it was written. A row has
 * id, created_at, updated_at, deleted_at, then every field by its column
 * name: enums by nick, timestamps as integer microseconds, NULL, unset
 * times and NaN numbers as null. One row per line, so that a backup can be
 * compared, grepped, and located by line in an error message.
 *
 * The file is written as the rows are read: a million requests need the
 * memory of one. It is personal data: give it a private file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-backup-writer.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-json-export.h"
#include "qs-repository.h"

typedef struct
{
  GOutputStream *stream;
  GString       *line;
  const QsField *fields;
  guint          n_fields;
  guint64        n_table_rows;
  guint64        n_rows;
  GCancellable  *cancellable;
  GError        *error;
} Backup;

static void
append_timestamp (GString *out, gint64 usec)
{
  if (usec == 0)
    g_string_append (out, "null");
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT, usec);
}

static void
append_value (GString *out, const QsField *field, const GValue *value)
{
  switch (field->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      qs_json_export_append_string (out, g_value_get_string (value));
      break;
    case QS_FIELD_INT:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
      break;
    case QS_FIELD_TIMESTAMP:
      append_timestamp (out, g_value_get_int64 (value));
      break;
    case QS_FIELD_DOUBLE:
      qs_json_export_append_double (out, g_value_get_double (value));
      break;
    case QS_FIELD_BOOLEAN:
      g_string_append (out, g_value_get_boolean (value) ? "true" : "false");
      break;
    case QS_FIELD_ENUM:
      {
        GEnumClass *enum_class = g_type_class_peek (G_VALUE_TYPE (value));
        GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (value));

        qs_json_export_append_string (out, ev != NULL ? ev->value_nick : NULL);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
write_row_cb (QsEntity *entity, gpointer user_data)
{
  Backup  *backup = user_data;
  GString *out = backup->line;

  if (g_cancellable_set_error_if_cancelled (backup->cancellable, &backup->error))
    return FALSE;

  g_string_truncate (out, 0);
  g_string_append (out, backup->n_table_rows > 0 ? ",\n      {\"id\":" : "\n      {\"id\":");
  qs_json_export_append_string (out, qs_entity_get_id (entity));
  g_string_append (out, ",\"created_at\":");
  g_string_append_printf (out, "%" G_GINT64_FORMAT, qs_entity_get_created_at (entity));
  g_string_append (out, ",\"updated_at\":");
  g_string_append_printf (out, "%" G_GINT64_FORMAT, qs_entity_get_updated_at (entity));
  g_string_append (out, ",\"deleted_at\":");
  append_timestamp (out, qs_entity_get_deleted_at (entity));

  for (guint i = 0; i < backup->n_fields; i++)
    {
      g_string_append_c (out, ',');
      qs_json_export_append_string (out, backup->fields[i].name);
      g_string_append_c (out, ':');
      append_value (out, &backup->fields[i], qs_entity_get_value (entity, i));
    }
  g_string_append_c (out, '}');

  backup->n_table_rows++;
  backup->n_rows++;
  return g_output_stream_write_all (backup->stream, out->str, out->len, NULL, backup->cancellable,
                                    &backup->error);
}

static gboolean
write_text (Backup *backup, const char *text)
{
  return g_output_stream_write_all (backup->stream, text, strlen (text), NULL, backup->cancellable,
                                    &backup->error);
}

static gboolean
write_tables (QsStore *store, Backup *backup, GError **error)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      QsRepository  *repository = qs_store_get_repository (store, types[t]);
      QsEntityClass *klass = g_type_class_peek (types[t]);
      g_autoptr (GString) head = g_string_new (t > 0 ? ",\n    " : "\n    ");

      backup->fields = qs_entity_class_get_fields (klass, &backup->n_fields);
      backup->n_table_rows = 0;
      qs_json_export_append_string (head, qs_repository_get_table (repository));
      g_string_append (head, ": [");
      if (!write_text (backup, head->str))
        return FALSE;

      /* rowid: the order rows were written in, which a restore keeps, so
       * that backing up a restored database gives the same file. */
      if (!qs_repository_foreach (repository, NULL, NULL, "rowid", QS_QUERY_INCLUDE_DELETED,
                                  write_row_cb, backup, error))
        return FALSE;
      if (backup->error != NULL)
        return FALSE;
      if (!write_text (backup, backup->n_table_rows > 0 ? "\n    ]" : "]"))
        return FALSE;
    }
  return TRUE;
}

/**
 * qs_backup_writer_write:
 * @stream: where the backup goes; it is flushed, not closed
 * @n_rows: (out) (optional): the number of rows written
 *
 * Writes every row of every table to @stream. The rows are read in one
 * read transaction, so the backup is a consistent snapshot even if another
 * program writes to the database meanwhile.
 */
gboolean
qs_backup_writer_write (
  QsStore *store, GOutputStream *stream, guint64 *n_rows, GCancellable *cancellable, GError **error)
{
  g_autoptr (GOutputStream) buffered = NULL;
  g_autoptr (GError) read_error = NULL;
  g_autofree char *head = NULL;
  Backup           backup = { NULL };
  gboolean         ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);

  /* A backup claiming schema N must hold every column of schema N. */
  if (qs_store_get_schema_version (store) > QS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_NEWER_SCHEMA,
                   _ ("The database “%s” was written by a newer version of QualServ "
                      "(schema %d); back it up with that version."),
                   qs_store_get_path (store), qs_store_get_schema_version (store));
      return FALSE;
    }

  buffered = g_buffered_output_stream_new_sized (stream, 64 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  backup.stream = buffered;
  backup.cancellable = cancellable;
  backup.line = g_string_sized_new (4096);

  /* A snapshot of the database for as long as the backup takes, without
   * a write lock. */
  if (!qs_store_begin_read (store, error))
    {
      g_string_free (backup.line, TRUE);
      return FALSE;
    }

  head = g_strdup_printf ("{\n  \"format\": \"%s\",\n  \"schema\": %d,\n  \"tables\": {",
                          QS_BACKUP_FORMAT, qs_store_get_schema_version (store));
  ok = write_text (&backup, head) && write_tables (store, &backup, &read_error) &&
       write_text (&backup, "\n  }\n}\n") &&
       g_output_stream_flush (buffered, cancellable, &backup.error);

  qs_store_end_read (store);
  g_string_free (backup.line, TRUE);

  if (n_rows != NULL)
    *n_rows = backup.n_rows;
  if (backup.error != NULL)
    {
      g_propagate_error (error, backup.error);
      return FALSE;
    }
  if (read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }
  return ok;
}
