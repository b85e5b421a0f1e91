/* qs-backup-reader.c — restores a database from a JSON backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reverse of qs-backup-writer.c. The file is read as it is parsed (see
 * qs-backup-scanner.h), one row at a time, and every row is checked before
 * it is saved: the format marker, the schema, table and column names, the
 * JSON type of every value, enum nicks, dates, required fields, ids used
 * twice and references to rows that are not there. The first problem
 * stops the restore with one sentence naming the file, line, table, row,
 * id and field; everything happens in one transaction, so a failed
 * restore leaves the database as it was.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "qs-backup-reader.h"
#include "qs-backup-scanner.h"
#include "qs-backup-table.h"
#include "qs-backup-writer.h"
#include "qs-bulk-session.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"

typedef struct
{
  QsStore         *store;
  QsBackupScanner *scanner;
  const char      *name;
  JsonParser      *parser;
  GString         *text;
  GCancellable    *cancellable;
  guint64          n_rows;
  gboolean         has_format;
  int              schema; /* -1 until read */
  gboolean         has_tables;
  GHashTable      *tables_done; /* table names already read */

  /* The table and row being read, for messages. */
  QsBackupTable *table_reader;
  QsRepository  *repository;
  const char    *table;
  guint          row;
  guint          line;
  guint          column;
  const char    *id;
} Reader;

/* "table “requests”, row 3 (id “…”)" or less, as far as it is known. */
static char *
describe_place (Reader *r)
{
  if (r->table == NULL)
    return NULL;
  if (r->row == 0)
    /* Translators: %s is a table name such as “requests” */
    return g_strdup_printf (_ ("table “%s”"), r->table);
  if (r->id == NULL)
    /* Translators: %s is a table name such as “requests”, %u a row number from 1 */
    return g_strdup_printf (_ ("table “%s”, row %u"), r->table, r->row);
  /* Translators: %s is a table name, %u a row number from 1, the last %s a row's id */
  return g_strdup_printf (_ ("table “%s”, row %u (id “%s”)"), r->table, r->row, r->id);
}

/* Sets the error of the current row: "FILE:LINE:COLUMN: table “t”, row n
 * (id “x”), field “f”: detail". */
G_GNUC_PRINTF (4, 5)
static void
row_error (Reader *r, GError **error, const char *field, const char *format, ...)
{
  g_autofree char *detail = NULL;
  g_autofree char *place = describe_place (r);
  va_list          args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (field != NULL)
    /* Translators: FILE:LINE:COLUMN: then the place (table, row, id), a
     * column name, and what is wrong with it, a sentence */
    g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("%s:%u:%u: %s, field “%s”: %s"), r->name,
                 r->line, r->column, place, field, detail);
  else
    g_set_error (error, QS_ERROR, QS_ERROR_INVALID, "%s:%u:%u: %s: %s", r->name, r->line, r->column,
                 place, detail);
}

static JsonNode *
parse_text (Reader *r, guint line, guint column, GError **error)
{
  g_autoptr (GError) parse_error = NULL;
  g_autofree char *place = NULL;
  const char      *message;
  guint            at_line = 1, at_column = 1;
  int              consumed = 0;

  if (json_parser_load_from_data (r->parser, r->text->str, r->text->len, &parse_error))
    return json_parser_steal_root (r->parser);

  /* json-glib locates its errors in the piece it was given ("<data>:1:7:
   * ..."); move that to the file. */
  message = parse_error->message;
  if (sscanf (message, "<data>:%u:%u: %n", &at_line, &at_column, &consumed) == 2 && consumed > 0)
    message += consumed;
  if (at_line == 1)
    at_column += column - 1;
  at_line += line - 1;

  place = describe_place (r);
  g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "%s:%u:%u: %s%s%s%s", r->name, at_line, at_column,
               place != NULL ? place : "", place != NULL ? ": " : "", message,
               g_str_has_suffix (message, ".") ? "" : ".");
  return NULL;
}

/* Reads the next value of the file and parses it. */
static JsonNode *
read_node (Reader *r, guint *line, guint *column, GError **error)
{
  int c;

  if (!qs_backup_scanner_peek (r->scanner, &c, error))
    return NULL;
  *line = qs_backup_scanner_get_line (r->scanner);
  *column = qs_backup_scanner_get_column (r->scanner);
  if (!qs_backup_scanner_read_value (r->scanner, r->text, error))
    return NULL;
  return parse_text (r, *line, *column, error);
}

/* Reads a member name: "name" then ':'. */
static char *
read_member_name (Reader *r, guint *line, guint *column, GError **error)
{
  g_autoptr (JsonNode) node = read_node (r, line, column, error);
  char *name;

  if (node == NULL)
    return NULL;
  if (!qs_backup_table_node_holds (node, G_TYPE_STRING))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   /* Translators: %s is what was found: a number, a list... */
                   _ ("%s:%u:%u: expected a member name in quotes, found %s."), r->name, *line,
                   *column, qs_backup_table_describe_node (node));
      return NULL;
    }
  name = json_node_dup_string (node);
  if (!qs_backup_scanner_expect (r->scanner, ':', error))
    {
      g_free (name);
      return NULL;
    }
  return name;
}

/* After an element of an object or array: ',' (more follow, TRUE) or
 * @close (the end, FALSE in *more). */
static gboolean
read_separator (Reader *r, char close, gboolean *more, GError **error)
{
  g_autofree char *found = NULL;
  int              c;

  if (!qs_backup_scanner_peek (r->scanner, &c, error))
    return FALSE;
  if (c == ',' || c == close)
    {
      qs_backup_scanner_skip (r->scanner);
      *more = c == ',';
      return TRUE;
    }
  found = qs_backup_scanner_describe (c);
  /* Translators: %c is “}” or “]”, %s is what was found instead */
  qs_backup_scanner_set_error (r->scanner, error, _ ("expected “,” or “%c”, found %s."), close,
                               found);
  return FALSE;
}

/* Consumes @close if it comes next: an empty object or array. */
static gboolean
read_empty (Reader *r, char close, gboolean *empty, GError **error)
{
  int c;

  if (!qs_backup_scanner_peek (r->scanner, &c, error))
    return FALSE;
  *empty = c == close;
  if (*empty)
    qs_backup_scanner_skip (r->scanner);
  return TRUE;
}

static gboolean
restore_row (Reader *r, JsonNode *node, GError **error)
{
  g_autoptr (QsEntity) entity = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *column;
  gint64      count;

  entity = qs_backup_table_read_row (r->table_reader, node, &r->id, &column, &local_error);
  if (entity == NULL)
    {
      row_error (r, error, column, "%s", local_error->message);
      return FALSE;
    }

  /* Saving is an upsert: a second row with the same id would silently
   * replace the first. */
  count = qs_repository_count (r->repository, "id = ?", g_variant_new ("(s)", r->id),
                               QS_QUERY_INCLUDE_DELETED, &local_error);
  if (count != 0)
    {
      if (count < 0)
        row_error (r, error, NULL, "%s", local_error->message);
      else
        row_error (r, error, "id", _ ("an earlier row of the table has the same id."));
      return FALSE;
    }

  if (!qs_repository_save_full (r->repository, entity, QS_SAVE_KEEP_TIMESTAMPS, &local_error))
    {
      row_error (r, error, NULL, "%s", local_error->message);
      return FALSE;
    }
  r->n_rows++;
  return TRUE;
}

static gboolean
begin_table (Reader *r, const char *table, guint line, guint column, GError **error)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);
  GType        type = G_TYPE_INVALID;

  for (guint i = 0; i < n_types && type == G_TYPE_INVALID; i++)
    if (g_strcmp0 (qs_repository_get_table (qs_store_get_repository (r->store, types[i])), table) ==
        0)
      type = types[i];

  if (type == G_TYPE_INVALID)
    {
      GString *known = g_string_new (NULL);

      for (guint i = 0; i < n_types; i++)
        g_string_append_printf (
          known, "%s%s", i > 0 ? ", " : "",
          qs_repository_get_table (qs_store_get_repository (r->store, types[i])));
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   /* Translators: FILE:LINE:COLUMN: then a table name from the
                    * file, the schema number, and the list of known tables */
                   _ ("%s:%u:%u: “%s” is not a table of schema %d; the tables are %s."), r->name,
                   line, column, table, r->schema, known->str);
      g_string_free (known, TRUE);
      return FALSE;
    }
  if (!g_hash_table_add (r->tables_done, g_strdup (table)))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("%s:%u:%u: the table “%s” appears twice."),
                   r->name, line, column, table);
      return FALSE;
    }

  r->repository = qs_store_get_repository (r->store, type);
  r->table = qs_repository_get_table (r->repository);
  r->row = 0;
  r->id = NULL;
  g_clear_pointer (&r->table_reader, qs_backup_table_free);
  r->table_reader = qs_backup_table_new (type);
  return TRUE;
}

static gboolean
read_rows (Reader *r, GError **error)
{
  gboolean empty, more = TRUE;

  if (!qs_backup_scanner_expect (r->scanner, '[', error) || !read_empty (r, ']', &empty, error))
    return FALSE;
  if (empty)
    return TRUE;

  while (more)
    {
      g_autoptr (JsonNode) node = NULL;

      if (g_cancellable_set_error_if_cancelled (r->cancellable, error))
        return FALSE;
      r->row++;
      r->id = NULL;
      node = read_node (r, &r->line, &r->column, error);
      if (node == NULL || !restore_row (r, node, error))
        return FALSE;
      r->id = NULL;
      if (!read_separator (r, ']', &more, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_tables (Reader *r, GError **error)
{
  gboolean empty, more = TRUE;

  if (!qs_backup_scanner_expect (r->scanner, '{', error) || !read_empty (r, '}', &empty, error))
    return FALSE;

  while (!empty && more)
    {
      g_autofree char *table = NULL;
      guint            line, column;

      table = read_member_name (r, &line, &column, error);
      if (table == NULL || !begin_table (r, table, line, column, error) || !read_rows (r, error))
        return FALSE;
      r->table = NULL;
      r->row = 0;
      if (!read_separator (r, '}', &more, error))
        return FALSE;
    }
  r->has_tables = TRUE;
  return TRUE;
}

static gboolean
read_header_member (Reader *r, const char *member, GError **error)
{
  g_autoptr (JsonNode) node = NULL;
  guint line, column;

  node = read_node (r, &line, &column, error);
  if (node == NULL)
    return FALSE;

  if (g_str_equal (member, "format"))
    {
      if (!qs_backup_table_node_holds (node, G_TYPE_STRING) ||
          g_strcmp0 (json_node_get_string (node), QS_BACKUP_FORMAT) != 0)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                       /* Translators: %s is a file name, %u:%u a line and column */
                       _ ("%s:%u:%u: this is not a QualServ backup: its “format” is not “%s”."),
                       r->name, line, column, QS_BACKUP_FORMAT);
          return FALSE;
        }
      r->has_format = TRUE;
      return TRUE;
    }

  /* "schema" */
  if (!qs_backup_table_node_holds (node, G_TYPE_INT64) || json_node_get_int (node) < 1)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("%s:%u:%u: the “schema” of a backup must be a whole number from 1, not %s."),
                   r->name, line, column, qs_backup_table_describe_node (node));
      return FALSE;
    }
  if (json_node_get_int (node) > QS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_NEWER_SCHEMA,
                   /* Translators: %s is a file name, %d schema numbers */
                   _ ("“%s” was written by a newer version of QualServ (schema %d; this version "
                      "knows schema %d): update QualServ to restore it."),
                   r->name, (int) MIN (json_node_get_int (node), G_MAXINT),
                   QS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  r->schema = (int) json_node_get_int (node);
  return TRUE;
}

static gboolean
read_backup (Reader *r, GError **error)
{
  gboolean empty, more = TRUE;
  int      c;

  if (!qs_backup_scanner_peek (r->scanner, &c, error))
    return FALSE;
  if (c == -1)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("“%s” is empty: it is not a QualServ backup."), r->name);
      return FALSE;
    }
  if (c != '{')
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("“%s” is not a QualServ backup: it does not start with “{”."), r->name);
      return FALSE;
    }
  qs_backup_scanner_skip (r->scanner);
  if (!read_empty (r, '}', &empty, error))
    return FALSE;

  while (!empty && more)
    {
      g_autofree char *member = NULL;
      guint            line, column;

      member = read_member_name (r, &line, &column, error);
      if (member == NULL)
        return FALSE;

      if ((g_str_equal (member, "format") && !r->has_format) ||
          (g_str_equal (member, "schema") && r->schema < 0))
        {
          if (!read_header_member (r, member, error))
            return FALSE;
        }
      else if (g_str_equal (member, "tables") && !r->has_tables)
        {
          if (!r->has_format || r->schema < 0)
            {
              g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                           _ ("%s:%u:%u: this is not a QualServ backup: “format” and “schema” "
                              "must come before “tables”."),
                           r->name, line, column);
              return FALSE;
            }
          if (!read_tables (r, error))
            return FALSE;
        }
      else
        {
          g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                       /* Translators: FILE:LINE:COLUMN: then a name from the file */
                       _ ("%s:%u:%u: a QualServ backup has no member “%s” here."), r->name, line,
                       column, member);
          return FALSE;
        }
      if (!read_separator (r, '}', &more, error))
        return FALSE;
    }

  if (!qs_backup_scanner_peek (r->scanner, &c, error))
    return FALSE;
  if (c != -1)
    {
      qs_backup_scanner_set_error (r->scanner, error,
                                   _ ("there is more after the end of the backup."));
      return FALSE;
    }
  if (!r->has_tables)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("“%s” is not a QualServ backup: it has no “tables”."), r->name);
      return FALSE;
    }
  return TRUE;
}

/* References are checked by SQLite at commit, without saying which row is
 * at fault; this finds the first one and names it. */
static gboolean
check_references (Reader *r, GError **error)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      QsRepository  *repository = qs_store_get_repository (r->store, types[t]);
      guint          n_fields;
      const QsField *fields = qs_entity_class_get_fields (g_type_class_peek (types[t]), &n_fields);

      for (guint i = 0; i < n_fields; i++)
        {
          g_autoptr (QsEntity) dangling = NULL;

          if (fields[i].kind != QS_FIELD_REFERENCE || fields[i].references == NULL)
            continue;
          if (!qs_repository_find_dangling (repository, i, &dangling, error))
            return FALSE;
          if (dangling == NULL)
            continue;

          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       /* Translators: a file name, a table, a row id, a column, a value
                        * from the file, and the table it should be the id of a row of */
                       _ ("%s: table “%s”, row with id “%s”, field “%s”: “%s” is not the id of "
                          "a row of the table “%s”."),
                       r->name, qs_repository_get_table (repository), qs_entity_get_id (dangling),
                       fields[i].name, qs_entity_get_string (dangling, i), fields[i].references);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * qs_backup_reader_count_rows:
 *
 * Returns: the number of rows in every table, tombstones included, or -1
 *   with @error set
 */
gint64
qs_backup_reader_count_rows (QsStore *store, GError **error)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);
  gint64       total = 0;

  for (guint t = 0; t < n_types; t++)
    {
      gint64 count = qs_repository_count (qs_store_get_repository (store, types[t]), NULL, NULL,
                                          QS_QUERY_INCLUDE_DELETED, error);
      if (count < 0)
        return -1;
      total += count;
    }
  return total;
}

/* In the order of qs_entity_types(): departments go before charters and
 * charters before commitments, which is what lets the triggers guarding
 * published charter versions (schema 2) allow erasing them. */
static gboolean
erase_everything (QsStore *store, GError **error)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    if (!qs_repository_erase_all (qs_store_get_repository (store, types[t]), error))
      return FALSE;
  return TRUE;
}

/**
 * qs_backup_reader_restore:
 * @name: the file's name, for messages
 * @flags: %QS_BACKUP_READER_REPLACE to erase the database first;
 *   otherwise the database must be empty
 * @n_rows: (out) (optional): the number of rows restored
 *
 * Restores every row of the backup read from @stream, exactly as it was
 * (ids, timestamps, tombstones), in one transaction: on any error nothing
 * is changed.
 */
gboolean
qs_backup_reader_restore (QsStore            *store,
                          GInputStream       *stream,
                          const char         *name,
                          QsBackupReaderFlags flags,
                          guint64            *n_rows,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr (QsBackupScanner) scanner = NULL;
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GString) text = NULL;
  g_autoptr (GHashTable) tables_done = NULL;
  g_autoptr (QsBulkSession) session = NULL;
  Reader   r = { NULL };
  gboolean ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);

  if (n_rows != NULL)
    *n_rows = 0;

  /* A restore is one transaction of up to millions of upserts. SQLite's
   * statement journals on disk would take half its time, and its default
   * page cache of 2 MB another third: measured on a million requests. */
  session = qs_bulk_session_begin (store, QS_BULK_SESSION_TEMP_IN_MEMORY, 64 * 1024, error);
  if (session == NULL)
    return FALSE;

  if (flags & QS_BACKUP_READER_REPLACE)
    ok = erase_everything (store, error);
  else
    {
      gint64 count = qs_backup_reader_count_rows (store, error);

      ok = count == 0;
      if (count > 0)
        g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                     _ ("The database “%s” already holds data: a backup can only be restored into "
                        "an empty database, or replace everything in it."),
                     qs_store_get_path (store));
    }

  if (ok)
    {
      scanner = qs_backup_scanner_new (stream, name, cancellable);
      parser = json_parser_new_immutable ();
      text = g_string_sized_new (4096);
      tables_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      r.store = store;
      r.scanner = scanner;
      r.name = name;
      r.parser = parser;
      r.text = text;
      r.cancellable = cancellable;
      r.schema = -1;
      r.tables_done = tables_done;

      ok = read_backup (&r, error) && check_references (&r, error);
      g_clear_pointer (&r.table_reader, qs_backup_table_free);
    }

  /* Not committed, the session rolls back when freed. */
  if (ok)
    ok = qs_bulk_session_commit (session, error);

  if (ok && n_rows != NULL)
    *n_rows = r.n_rows;
  return ok;
}

/**
 * qs_backup_reader_restore_file:
 *
 * qs_backup_reader_restore() from @file.
 */
gboolean
qs_backup_reader_restore_file (QsStore            *store,
                               GFile              *file,
                               QsBackupReaderFlags flags,
                               guint64            *n_rows,
                               GCancellable       *cancellable,
                               GError            **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GFileInputStream) stream = g_file_read (file, cancellable, &local_error);

  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, QS_ERROR, QS_ERROR_NOT_FOUND, _ ("The file “%s” does not exist."),
                     name);
      else
        g_set_error (error, QS_ERROR, QS_ERROR_FAILED, _ ("Could not read “%s”: %s"), name,
                     local_error->message);
      return FALSE;
    }
  return qs_backup_reader_restore (store, G_INPUT_STREAM (stream), name, flags, n_rows, cancellable,
                                   error);
}
