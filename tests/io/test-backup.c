/* test-backup.c — the JSON backup: round trip, validation, atomicity, CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "qs-backup-reader.h"
#include "qs-backup-writer.h"
#include "qs-cli.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-store.h"

#include "qs-cli-test-util.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

typedef struct
{
  char    *dir;
  char    *source_path;
  QsStore *source; /* every table filled, see fill_store() */
} Fixture;

/* Text that CSV, JSON and SQLite all have to get right. */
#define TRICKY_TEXT "Zoé « l’été », \"quoted\", a,b; semi\nnew line\r\nCRLF \\ back\tslash \x01 end"

static const double doubles[] = { 0.1, 1e20, -2.5e-300, 4.0, 1.0 / 3.0, 95.5, 1e-7 };

static QsEntityClass *
class_of (GType type)
{
  return g_type_class_peek (type);
}

static guint
rows_for (GType type)
{
  guint          n_fields, n = 3;
  const QsField *fields = qs_entity_class_get_fields (class_of (type), &n_fields);

  /* Enough rows for every value of every enum of the table. */
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == QS_FIELD_ENUM)
      {
        g_autoptr (GEnumClass) enum_class = g_type_class_ref (fields[i].enum_type ());
        n = MAX (n, enum_class->n_values);
      }
  /* A comment is taken up by one piece of feedback at most (016.sql):
   * each row of feedback names another answer. */
  if (type == QS_TYPE_SURVEY_ANSWER)
    n = MAX (n, rows_for (QS_TYPE_FEEDBACK));
  return n;
}

static GPtrArray *
rows_of_table (GHashTable *tables, const char *table)
{
  GPtrArray *rows = g_hash_table_lookup (tables, table);

  g_assert_nonnull (rows);
  return rows;
}

static void
fill_field (QsEntity *entity, guint index, const QsField *field, guint row, GHashTable *tables)
{
  gboolean optional = !(field->flags & QS_FIELD_REQUIRED);
  /* Row 1 leaves every optional field unset: NULLs and NaN. */
  gboolean unset = optional && row % 3 == 1;

  switch (field->kind)
    {
    case QS_FIELD_STRING:
      if (field->enum_type != NULL)
        {
          g_autoptr (GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
          qs_entity_set_string (entity, index,
                                unset ? NULL
                                      : enum_class->values[row % enum_class->n_values].value_nick);
          break;
        }
      {
        g_autofree char *text = g_strdup_printf ("%s %u %s", field->name, row, TRICKY_TEXT);
        /* Row 2: an empty string, which is not NULL. */
        qs_entity_set_string (entity, index, unset ? NULL : (optional && row % 3 == 2) ? "" : text);
      }
      break;
    case QS_FIELD_REFERENCE:
      {
        GPtrArray *targets = rows_of_table (tables, field->references);
        QsEntity  *target = g_ptr_array_index (targets, (row + 1) % targets->len);
        qs_entity_set_string (entity, index, unset ? NULL : qs_entity_get_id (target));
      }
      break;
    case QS_FIELD_INT:
      qs_entity_set_int (entity, index,
                         (row % 2 ? -1 : 1) * (G_GINT64_CONSTANT (1) << (row * 7 % 62)));
      break;
    case QS_FIELD_TIMESTAMP:
      qs_entity_set_int (
        entity, index,
        unset ? 0 : G_GINT64_CONSTANT (1767261600000000) + row * G_GINT64_CONSTANT (3600000001));
      break;
    case QS_FIELD_DOUBLE:
      qs_entity_set_double (entity, index, unset ? NAN : doubles[row % G_N_ELEMENTS (doubles)]);
      break;
    case QS_FIELD_BOOLEAN:
      qs_entity_set_boolean (entity, index, row % 2 == 0);
      break;
    case QS_FIELD_ENUM:
      {
        g_autoptr (GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
        qs_entity_set_enum (entity, index, enum_class->values[row % enum_class->n_values].value);
      }
      break;
    case QS_FIELD_DATE:
      {
        g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + row % 12, 1 + row % 28);
        qs_entity_set_string (entity, index, unset ? NULL : date);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Fills every table: each enum value, NULLs, NaN, empty strings, tricky
 * text, negative and large numbers, and the last row of each table a
 * tombstone. References point at real rows, some of later tables. */
static void
fill_store (QsStore *store)
{
  g_autoptr (GHashTable) tables =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GError) error = NULL;
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      QsEntityClass *klass = g_type_class_ref (types[t]);
      GPtrArray     *rows = g_ptr_array_new_with_free_func (g_object_unref);
      guint          n = rows_for (types[t]);

      for (guint r = 0; r < n; r++)
        g_ptr_array_add (rows, qs_entity_new (types[t]));
      g_hash_table_insert (tables, (gpointer) qs_entity_class_get_table (klass), rows);
    }

  g_assert_true (qs_store_begin (store, &error));
  for (guint t = 0; t < n_types; t++)
    {
      QsEntityClass *klass = class_of (types[t]);
      GPtrArray     *rows = rows_of_table (tables, qs_entity_class_get_table (klass));
      QsRepository  *repository = qs_store_get_repository (store, types[t]);
      guint          n_fields;
      const QsField *fields = qs_entity_class_get_fields (klass, &n_fields);

      for (guint r = 0; r < rows->len; r++)
        {
          QsEntity *entity = g_ptr_array_index (rows, r);
          gint64    created = G_GINT64_CONSTANT (1760000000123456) + t * 1000 + r;

          for (guint i = 0; i < n_fields; i++)
            fill_field (entity, i, &fields[i], r, tables);
          qs_entity_set_created_at (entity, created);
          qs_entity_set_updated_at (entity, created + 5000000);
          if (r == rows->len - 1)
            qs_entity_set_deleted_at (entity, created + 9000000);
          qs_repository_save_full (repository, entity, QS_SAVE_KEEP_TIMESTAMPS, &error);
          g_assert_no_error (error);
        }
    }
  g_assert_true (qs_store_commit (store, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qs-backup-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->source_path = g_build_filename (fixture->dir, "source.db", NULL);
  fixture->source = qs_test_open_store (fixture->source_path);
  fill_store (fixture->source);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->source);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->source_path);
  g_free (fixture->dir);
}

static char *
temp_path (Fixture *fixture, const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
write_backup (QsStore *store, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFileOutputStream) stream =
    g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (qs_backup_writer_write (store, G_OUTPUT_STREAM (stream), NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));
}

static gboolean
restore_text (QsStore *store, const char *text, QsBackupReaderFlags flags, GError **error)
{
  g_autoptr (GInputStream) stream =
    g_memory_input_stream_new_from_data (g_strdup (text), -1, g_free);

  return qs_backup_reader_restore (store, stream, "backup.json", flags, NULL, NULL, error);
}

static void
assert_values_equal (const GValue *a, const GValue *b, const char *what)
{
  GType type = G_VALUE_TYPE (a);

  g_assert_cmpstr (g_type_name (type), ==, g_type_name (G_VALUE_TYPE (b)));
  if (type == G_TYPE_STRING)
    {
      if (g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) != 0)
        g_error ("%s: “%s” ≠ “%s”", what, g_value_get_string (a), g_value_get_string (b));
    }
  else if (type == G_TYPE_INT64)
    g_assert_cmpint (g_value_get_int64 (a), ==, g_value_get_int64 (b));
  else if (type == G_TYPE_DOUBLE)
    {
      double x = g_value_get_double (a), y = g_value_get_double (b);
      if (!(isnan (x) && isnan (y)) && memcmp (&x, &y, sizeof x) != 0)
        g_error ("%s: %.17g ≠ %.17g", what, x, y);
    }
  else if (type == G_TYPE_BOOLEAN)
    g_assert_cmpint (g_value_get_boolean (a), ==, g_value_get_boolean (b));
  else if (G_TYPE_IS_ENUM (type))
    g_assert_cmpint (g_value_get_enum (a), ==, g_value_get_enum (b));
  else
    g_assert_not_reached ();
}

/* Every row of every table, tombstones included, field by field. */
static void
assert_stores_equal (QsStore *a, QsStore *b)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) rows_a = qs_repository_find_all (
        qs_store_get_repository (a, types[t]), NULL, NULL, "id", QS_QUERY_INCLUDE_DELETED, &error);
      g_autoptr (GPtrArray) rows_b = qs_repository_find_all (
        qs_store_get_repository (b, types[t]), NULL, NULL, "id", QS_QUERY_INCLUDE_DELETED, &error);
      guint          n_fields;
      const QsField *fields = qs_entity_class_get_fields (class_of (types[t]), &n_fields);

      g_assert_no_error (error);
      g_assert_cmpuint (rows_a->len, ==, rows_b->len);
      g_assert_cmpuint (rows_a->len, >, 0);
      for (guint r = 0; r < rows_a->len; r++)
        {
          QsEntity *x = g_ptr_array_index (rows_a, r);
          QsEntity *y = g_ptr_array_index (rows_b, r);

          g_assert_cmpstr (qs_entity_get_id (x), ==, qs_entity_get_id (y));
          g_assert_cmpint (qs_entity_get_created_at (x), ==, qs_entity_get_created_at (y));
          g_assert_cmpint (qs_entity_get_updated_at (x), ==, qs_entity_get_updated_at (y));
          g_assert_cmpint (qs_entity_get_deleted_at (x), ==, qs_entity_get_deleted_at (y));
          for (guint i = 0; i < n_fields; i++)
            {
              g_autofree char *what =
                g_strdup_printf ("%s.%s of %s", qs_entity_class_get_table (class_of (types[t])),
                                 fields[i].name, qs_entity_get_id (x));
              assert_values_equal (qs_entity_get_value (x, i), qs_entity_get_value (y, i), what);
            }
        }
    }
}

static void
assert_store_empty (QsStore *store)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr (GError) error = NULL;
      gint64 count = qs_repository_count (qs_store_get_repository (store, types[t]), NULL, NULL,
                                          QS_QUERY_INCLUDE_DELETED, &error);
      g_assert_no_error (error);
      g_assert_cmpint (count, ==, 0);
    }
}

static gint64
count_all_rows (QsStore *store)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_backup_reader_count_rows (store, &error);

  g_assert_no_error (error);
  return n;
}

/* Export, restore into a new database, export again: the same bytes, and
 * the same rows field by field. */
static void
test_backup_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autofree char *first = temp_path (fixture, "first.json");
  g_autofree char *second = temp_path (fixture, "second.json");
  g_autofree char *target_path = temp_path (fixture, "target.db");
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autoptr (QsStore) target = qs_test_open_store (target_path);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  guint64 n_rows = 0;
  gsize   first_length, second_length;
  gint64  temp_store = qs_store_query_int (target, "PRAGMA temp_store", NULL);
  gint64  cache_size = qs_store_query_int (target, "PRAGMA cache_size", NULL);

  write_backup (fixture->source, first);
  file = g_file_new_for_path (first);
  g_assert_true (
    qs_backup_reader_restore_file (target, file, QS_BACKUP_READER_DEFAULT, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint ((gint64) n_rows, ==, count_all_rows (fixture->source));
  /* The restore's own settings end with it: later sorts do not stay in
   * memory. */
  g_assert_cmpint (qs_store_query_int (target, "PRAGMA temp_store", NULL), ==, temp_store);
  g_assert_cmpint (qs_store_query_int (target, "PRAGMA cache_size", NULL), ==, cache_size);
  write_backup (target, second);

  g_assert_true (g_file_get_contents (first, &first_text, &first_length, NULL));
  g_assert_true (g_file_get_contents (second, &second_text, &second_length, NULL));
  g_assert_cmpuint (first_length, ==, second_length);
  g_assert_true (memcmp (first_text, second_text, first_length) == 0);

  assert_stores_equal (fixture->source, target);
}

/* The format itself: what other programs may rely on. */
static void
test_backup_format (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = temp_path (fixture, "backup.json");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GList) table_names = NULL;
  JsonObject  *root, *tables;
  guint        n_types, n_tombstones = 0;
  const GType *types = qs_entity_types (&n_types);
  GList       *l;
  GStatBuf     st;

  write_backup (fixture->source, path);
  /* A backup holds personal data. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "qualserv-backup");
  g_assert_cmpint (json_object_get_int_member (root, "schema"), ==, QS_STORE_SCHEMA_VERSION);
  tables = json_object_get_object_member (root, "tables");
  table_names = json_object_get_members (tables);
  g_assert_cmpuint (g_list_length (table_names), ==, n_types);

  l = table_names;
  for (guint t = 0; t < n_types; t++, l = l->next)
    {
      QsEntityClass *klass = class_of (types[t]);
      JsonArray     *rows = json_object_get_array_member (tables, l->data);
      guint          n_fields;
      const QsField *fields = qs_entity_class_get_fields (klass, &n_fields);

      g_assert_cmpstr (l->data, ==, qs_entity_class_get_table (klass));
      g_assert_cmpuint (json_array_get_length (rows), ==, rows_for (types[t]));
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonObject *row = json_array_get_object_element (rows, r);
          g_autoptr (GList) members = json_object_get_members (row);
          const char *base[] = { "id", "created_at", "updated_at", "deleted_at" };
          GList      *m = members;

          g_assert_cmpuint (g_list_length (members), ==, 4 + n_fields);
          for (guint i = 0; i < 4; i++, m = m->next)
            g_assert_cmpstr (m->data, ==, base[i]);
          for (guint i = 0; i < n_fields; i++, m = m->next)
            {
              JsonNode *node = json_object_get_member (row, fields[i].name);

              g_assert_cmpstr (m->data, ==, fields[i].name);
              switch (fields[i].kind)
                {
                case QS_FIELD_ENUM:
                  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
                  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);
                  break;
                case QS_FIELD_BOOLEAN:
                  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_BOOLEAN);
                  break;
                case QS_FIELD_TIMESTAMP:
                case QS_FIELD_DOUBLE:
                  /* Row 1 has them unset: null, not 0 or NaN. */
                  if (r % 3 == 1 && !(fields[i].flags & QS_FIELD_REQUIRED))
                    g_assert_true (JSON_NODE_HOLDS_NULL (node));
                  else
                    g_assert_cmpint (json_node_get_value_type (node), ==,
                                     fields[i].kind == QS_FIELD_TIMESTAMP ? G_TYPE_INT64
                                                                          : G_TYPE_DOUBLE);
                  break;
                default:
                  break;
                }
            }
          g_assert_cmpint (json_object_get_int_member (row, "created_at"), >, 0);
          if (!json_object_get_null_member (row, "deleted_at"))
            n_tombstones++;
        }
    }
  /* The last row of every table is a tombstone, and a backup keeps them. */
  g_assert_cmpuint (n_tombstones, ==, n_types);
}

#define SCHEMA G_STRINGIFY (QS_STORE_SCHEMA_VERSION)
#define HEAD "{\"format\":\"qualserv-backup\",\"schema\":" SCHEMA ",\"tables\":{"

/* Each files/malformed/NAME.json gives one located sentence, the glob
 * pattern of NAME.expected, and writes nothing. The files say schema 1:
 * older backups are restored too. */
static void
test_backup_malformed (Fixture *fixture, gconstpointer data)
{
  g_autofree char *target_path = temp_path (fixture, "target.db");
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "io", "files", "malformed", NULL);
  g_autoptr (QsStore) target = qs_test_open_store (target_path);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint       n_cases = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *stem = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      g_autoptr (GError) error = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      stem = g_strndup (path, strlen (path) - strlen (".json"));
      expected_path = g_strconcat (stem, ".expected", NULL);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
      g_strchomp (expected);

      g_test_message ("case %s", name);
      g_assert_false (restore_text (target, text, QS_BACKUP_READER_DEFAULT, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == QS_ERROR);
      if (!g_pattern_match_simple (expected, error->message))
        g_error ("case %s: got “%s”", name, error->message);
      /* One sentence, one line. */
      g_assert_null (strchr (error->message, '\n'));
      assert_store_empty (target);
      n_cases++;
    }
  g_assert_cmpuint (n_cases, >=, 30);
}

/* A well-formed row of each table but the last row of the last table is
 * wrong: nothing at all is restored. */
static void
test_backup_atomic (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = temp_path (fixture, "backup.json");
  g_autofree char *target_path = temp_path (fixture, "target.db");
  g_autoptr (QsStore) target = qs_test_open_store (target_path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  char            *kind, *end;
  guint            n_types;
  const GType     *types = qs_entity_types (&n_types);
  QsEntityClass   *last = class_of (types[n_types - 1]);
  GString         *edited;

  write_backup (fixture->source, path);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  /* The last table is alerts; its last row ends the file. */
  g_assert_cmpstr (qs_entity_class_get_table (last), ==, "alerts");
  kind = g_strrstr (text, "\"status\":\"");
  g_assert_nonnull (kind);
  g_assert_null (strstr (kind, "\n      {"));
  kind += strlen ("\"status\":\"");
  end = strchr (kind, '"');
  edited = g_string_new_len (text, kind - text);
  g_string_append (edited, "wrong-status");
  g_string_append (edited, end);

  g_assert_false (restore_text (target, edited->str, QS_BACKUP_READER_DEFAULT, &error));
  expected = g_strdup_printf ("*table “alerts”, row %u (id “*”), field “status”: “wrong-status” "
                              "is not one of open, recovered.",
                              rows_for (types[n_types - 1]));
  if (!g_pattern_match_simple (expected, error->message))
    g_error ("got “%s”", error->message);
  assert_store_empty (target);
  g_string_free (edited, TRUE);
}

/* A backup goes into an empty database, or replaces everything. */
static void
test_backup_non_empty (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = temp_path (fixture, "backup.json");
  g_autofree char *target_path = temp_path (fixture, "target.db");
  g_autoptr (QsStore) target = qs_test_open_store (target_path);
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  gint64 before;

  write_backup (fixture->source, path);
  file = g_file_new_for_path (path);

  g_object_set (department, "ref", "OTHER", "name", "Autre", NULL);
  g_assert_true (qs_repository_save (qs_store_get_repository (target, QS_TYPE_DEPARTMENT),
                                     QS_ENTITY (department), &error));
  before = count_all_rows (target);

  g_assert_false (
    qs_backup_reader_restore_file (target, file, QS_BACKUP_READER_DEFAULT, NULL, NULL, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already holds data"));
  g_clear_error (&error);
  g_assert_cmpint (count_all_rows (target), ==, before);

  g_assert_true (
    qs_backup_reader_restore_file (target, file, QS_BACKUP_READER_REPLACE, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_stores_equal (fixture->source, target);

  /* A failed replace leaves the database as it was, too. */
  g_assert_false (restore_text (target, HEAD "\"bogus\":[]}}", QS_BACKUP_READER_REPLACE, &error));
  assert_stores_equal (fixture->source, target);
}

static void
set_user_version (const char *path, int version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
  sqlite3         *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A backup of a newer schema would lose the columns this version does not
 * know: refused. */
static void
test_backup_newer_store (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = NULL;
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  g_clear_object (&fixture->source);
  set_user_version (fixture->source_path, QS_STORE_SCHEMA_VERSION + 1);
  store = qs_test_open_store (fixture->source_path);
  g_assert_true (qs_store_is_read_only (store));
  g_assert_false (qs_backup_writer_write (store, out, NULL, NULL, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_NEWER_SCHEMA);
}

static void
test_cli_round_trip (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = temp_path (fixture, "cli.json");
      g_autofree char *target_path = temp_path (fixture, "target.db");
      const char      *export_argv[] = { "export", "backup", "-o", path, NULL };
      const char      *import_argv[] = { "import", "backup", path, NULL };
      const char      *replace_argv[] = { "import", "--replace", "backup", path, NULL };
      g_autoptr (QsStore) target = NULL;

      g_assert_cmpint (qs_test_run_cli (qs_cli_export, fixture->source_path, export_argv), ==, 0);
      g_assert_cmpint (qs_test_run_cli (qs_cli_import, target_path, import_argv), ==, 0);
      target = qs_test_open_store (target_path);
      assert_stores_equal (fixture->source, target);

      g_assert_cmpint (qs_test_run_cli (qs_cli_import, target_path, replace_argv), ==, 0);
      assert_stores_equal (fixture->source, target);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("Restored * rows from “*cli.json”.\n"
                             "Restored * rows from “*cli.json”.\n");
  g_test_trap_assert_stderr ("");
}

/* In a subprocess, to see exactly what reaches stderr. */
static void
test_cli_import_missing_file (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *target_path = temp_path (fixture, "target.db");
      const char      *argv[] = { "import", "backup", "/nonexistent/backup.json", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_import, target_path, argv), ==, 1);
      /* A typo does not leave an empty database behind. */
      g_assert_false (g_file_test (target_path, G_FILE_TEST_EXISTS));
      return;
    }
  qs_test_assert_cli_error (
    "qualserv-cli import: the file “/nonexistent/backup.json” does not exist.\n");
}

static void
test_cli_import_non_empty (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = temp_path (fixture, "cli.json");
      const char      *export_argv[] = { "export", "backup", "-o", path, NULL };
      const char      *import_argv[] = { "import", "backup", path, NULL };
      gint64           before = count_all_rows (fixture->source);

      g_assert_cmpint (qs_test_run_cli (qs_cli_export, fixture->source_path, export_argv), ==, 0);
      g_assert_cmpint (qs_test_run_cli (qs_cli_import, fixture->source_path, import_argv), ==, 1);
      g_assert_cmpint (count_all_rows (fixture->source), ==, before);
      return;
    }
  qs_test_assert_cli_error ("qualserv-cli import: the database “*source.db” already holds data; "
                            "restore the backup into a new database, or add --replace to erase "
                            "everything in it first.\n");
}

static void
test_cli_import_malformed (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "files", "malformed",
                                                     "unknown-column.json", NULL);
      g_autofree char *target_path = temp_path (fixture, "target.db");
      const char      *argv[] = { "import", "backup", path, NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_import, target_path, argv), ==, 1);
      /* The database the command created for nothing is gone. */
      g_assert_false (g_file_test (target_path, G_FILE_TEST_EXISTS));
      return;
    }
  qs_test_assert_cli_error (
    "qualserv-cli import: */unknown-column.json:2:1: table “departments”, row 1 "
    "(id “d1”), field “colour”: the table has no such column.\n");
}

static void
test_cli_import_usage (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *requests[] = { "import", "requests", "requests.csv", NULL };
      const char *nothing[] = { "import", "backup", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_import, fixture->source_path, requests), ==, 1);
      g_assert_cmpint (qs_test_run_cli (qs_cli_import, fixture->source_path, nothing), ==, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("qualserv-cli import: importing requests is not available yet.\n"
                             "qualserv-cli import: name the backup file to import.\n");
}

static void
test_cli_check (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "check", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_check, fixture->source_path, argv), ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("Database: *source.db\nSchema version: " SCHEMA "\nRows: *\n"
                             "Integrity check: ok\nForeign key check: ok\n");
  g_test_trap_assert_stderr ("");
}

static void
test_cli_check_problems (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "check", NULL };
      sqlite3    *db;

      /* A reference to nothing, written behind the store's back. */
      g_clear_object (&fixture->source);
      g_assert_cmpint (sqlite3_open (fixture->source_path, &db), ==, SQLITE_OK);
      g_assert_cmpint (
        sqlite3_exec (db, "UPDATE services SET department_id = 'gone'", NULL, NULL, NULL), ==,
        SQLITE_OK);
      sqlite3_close (db);
      g_assert_cmpint (qs_test_run_cli (qs_cli_check, fixture->source_path, argv), ==, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Problems found:\nservices * departments *");
  g_test_trap_assert_stderr ("qualserv-cli check: the database “*source.db” has the problems "
                             "listed above.\n");
}

static void
test_cli_check_newer (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char      *argv[] = { "check", NULL };
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize            before_length, after_length;

      g_clear_object (&fixture->source);
      set_user_version (fixture->source_path, QS_STORE_SCHEMA_VERSION + 1);
      g_assert_true (g_file_get_contents (fixture->source_path, &before, &before_length, NULL));
      g_assert_cmpint (qs_test_run_cli (qs_cli_check, fixture->source_path, argv), ==, 0);
      g_assert_true (g_file_get_contents (fixture->source_path, &after, &after_length, NULL));
      g_assert_cmpuint (before_length, ==, after_length);
      g_assert_true (memcmp (before, after, before_length) == 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (
    "*Schema version: * (newer than this version of QualServ, which knows " SCHEMA
    ": opened read-only, nothing is changed)\n*Integrity check: ok\n*");
}

static void
test_cli_check_missing (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = temp_path (fixture, "missing.db");
      const char      *argv[] = { "check", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_check, path, argv), ==, 1);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      return;
    }
  qs_test_assert_cli_error ("qualserv-cli check: there is no database “*missing.db”.\n");
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/round-trip", test_backup_round_trip);
  ADD ("/backup/format", test_backup_format);
  ADD ("/backup/malformed", test_backup_malformed);
  ADD ("/backup/atomic", test_backup_atomic);
  ADD ("/backup/non-empty", test_backup_non_empty);
  ADD ("/backup/newer-store", test_backup_newer_store);
  ADD ("/backup/cli/round-trip", test_cli_round_trip);
  ADD ("/backup/cli/import-missing-file", test_cli_import_missing_file);
  ADD ("/backup/cli/import-non-empty", test_cli_import_non_empty);
  ADD ("/backup/cli/import-malformed", test_cli_import_malformed);
  ADD ("/backup/cli/import-usage", test_cli_import_usage);
  ADD ("/backup/cli/check", test_cli_check);
  ADD ("/backup/cli/check-problems", test_cli_check_problems);
  ADD ("/backup/cli/check-newer", test_cli_check_newer);
  ADD ("/backup/cli/check-missing", test_cli_check_missing);

  return g_test_run ();
}
