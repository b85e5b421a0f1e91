/* qs-directory-export.c — the directory as a CSV file to re-import, or as vCards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Anonymised people are left out of both: nothing is left to say of them.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-catalog.h"
#include "qs-content-line.h"
#include "qs-csv-writer.h"
#include "qs-directory-export.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-repository.h"

/* In the document's language: a person reads the file in a spreadsheet,
 * and the importer's guess maps these words back in either language
 * (qs-client-import.c). */
static const char *csv_header[] = {
  /* Translators: a column of the directory exported for a spreadsheet;
   * the import recognises it when reading the file back. */
  NC_ ("document: directory column", "Given name"),
  /* Translators: a column of the directory exported for a spreadsheet;
   * the import recognises it when reading the file back. */
  NC_ ("document: directory column", "Family name"),
  /* Translators: a column of the directory exported for a spreadsheet;
   * the import recognises it when reading the file back. */
  NC_ ("document: directory column", "E-mail"),
  /* Translators: a column of the directory exported for a spreadsheet;
   * the import recognises it when reading the file back. */
  NC_ ("document: directory column", "Phone"),
  /* Translators: a column of the directory exported for a spreadsheet:
   * the person's job title; the import recognises it. */
  NC_ ("document: directory column", "Role"),
  /* Translators: a column of the directory exported for a spreadsheet:
   * the person's department; the import recognises it (French "Service",
   * beside "Direction" for the parent department). */
  NC_ ("document: directory column", "Department"),
  /* Translators: a column of the directory exported for a spreadsheet:
   * the department the person's department belongs to; the import
   * recognises it when reading the file back. */
  NC_ ("document: directory column", "Parent department"),
  /* Translators: a column of the directory exported for a spreadsheet:
   * the language the person is written to in; the import recognises it. */
  NC_ ("document: directory column", "Language"),
  /* Translators: a column of the directory exported for a spreadsheet;
   * the import recognises it when reading the file back. */
  NC_ ("document: directory column", "Preferred channel"),
  /* Translators: a column of the directory exported for a spreadsheet:
   * when the person can be reached; the import recognises it. */
  NC_ ("document: directory column", "Availability"),
  /* Translators: a column of the directory exported for a spreadsheet:
   * whether the person accepts satisfaction surveys (yes or no); the
   * import recognises it when reading the file back. */
  NC_ ("document: directory column", "Survey consent"),
};

#define LIVE_PEOPLE "anonymised_at IS NULL"
#define PEOPLE_ORDER "family_name COLLATE qs_name, given_name COLLATE qs_name"

static const char *
enum_nick (GType type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : "";
}

/* Department ids to their entity, for names and parents. */
static GHashTable *
load_departments (QsStore *store, GError **error)
{
  g_autoptr (GPtrArray) all = qs_repository_find_all (
    qs_store_get_repository (store, QS_TYPE_DEPARTMENT), NULL, NULL, NULL, QS_QUERY_DEFAULT, error);
  GHashTable *table;
  guint       i;

  if (all == NULL)
    return NULL;
  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (i = 0; i < all->len; i++)
    g_hash_table_insert (table, g_strdup (qs_entity_get_id (all->pdata[i])),
                         g_object_ref (all->pdata[i]));
  return table;
}

static const char *
department_name (GHashTable *departments, const char *id)
{
  QsEntity *department = id != NULL ? g_hash_table_lookup (departments, id) : NULL;

  return department != NULL ? qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME) : NULL;
}

typedef struct
{
  QsCsvWriter   *writer;
  QsCatalog     *catalog; /* the document's language */
  const char    *yes;
  const char    *no;
  GHashTable    *departments;
  GString       *vcard;
  GOutputStream *stream;
  GError       **error;
} Export;

/* The label of @value in the document's language. */
static const char *
label (Export *export, GType type, int value)
{
  const char *label = qs_enum_label_untranslated (type, value);

  return label != NULL ? qs_catalog_gettext (export->catalog, label) : enum_nick (type, value);
}

static gboolean
write_csv_row_cb (QsEntity *person, gpointer user_data)
{
  Export *export = user_data;
  const char *department_id = qs_entity_get_string (person, QS_CLIENT_FIELD_DEPARTMENT_ID);
  QsEntity   *department =
    department_id != NULL ? g_hash_table_lookup (export->departments, department_id) : NULL;
  const char *parent_id =
    department != NULL ? qs_entity_get_string (department, QS_DEPARTMENT_FIELD_PARENT_ID) : NULL;

  qs_csv_writer_add_field (export->writer,
                           qs_entity_get_string (person, QS_CLIENT_FIELD_GIVEN_NAME));
  qs_csv_writer_add_field (export->writer,
                           qs_entity_get_string (person, QS_CLIENT_FIELD_FAMILY_NAME));
  qs_csv_writer_add_field (export->writer, qs_entity_get_string (person, QS_CLIENT_FIELD_EMAIL));
  qs_csv_writer_add_field (export->writer, qs_entity_get_string (person, QS_CLIENT_FIELD_PHONE));
  qs_csv_writer_add_field (export->writer, qs_entity_get_string (person, QS_CLIENT_FIELD_ROLE));
  qs_csv_writer_add_field (export->writer, department_name (export->departments, department_id));
  qs_csv_writer_add_field (export->writer, department_name (export->departments, parent_id));
  qs_csv_writer_add_field (
    export->writer,
    label (export, QS_TYPE_LANGUAGE, qs_entity_get_enum (person, QS_CLIENT_FIELD_LANGUAGE)));
  qs_csv_writer_add_field (export->writer,
                           label (export, QS_TYPE_CHANNEL,
                                  qs_entity_get_enum (person, QS_CLIENT_FIELD_PREFERRED_CHANNEL)));
  qs_csv_writer_add_field (export->writer,
                           qs_entity_get_string (person, QS_CLIENT_FIELD_AVAILABILITY));
  qs_csv_writer_add_field (
    export->writer,
    qs_entity_get_boolean (person, QS_CLIENT_FIELD_SURVEY_CONSENT) ? export->yes : export->no);
  return qs_csv_writer_end_row (export->writer, NULL, export->error);
}

gboolean
qs_directory_export_csv (QsStore *store, QsLanguage language, GOutputStream *stream, GError **error)
{
  g_autoptr (GHashTable) departments = NULL;
  g_autoptr (GOutputStream) buffered = NULL;
  g_autoptr (QsCsvWriter) writer = NULL;
  GError *row_error = NULL;
  Export export = {
    0,
  };
  guint i;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  departments = load_departments (store, error);
  if (departments == NULL)
    return FALSE;
  buffered = g_buffered_output_stream_new (stream);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  writer = qs_csv_writer_new_for_spreadsheet (buffered, language);
  export.catalog = qs_catalog_get_for_language (language);
  /* Translators: a cell of a file exported for a spreadsheet (the
   * requests, the directory): the answer to a yes-or-no column. */
  export.yes = qs_catalog_pgettext (export.catalog, "document: spreadsheet cell", "Yes");
  /* Translators: a cell of a file exported for a spreadsheet (the
   * requests, the directory): the answer to a yes-or-no column. */
  export.no = qs_catalog_pgettext (export.catalog, "document: spreadsheet cell", "No");
  for (i = 0; i < G_N_ELEMENTS (csv_header); i++)
    qs_csv_writer_add_field (
      writer, qs_catalog_pgettext (export.catalog, "document: directory column", csv_header[i]));
  if (!qs_csv_writer_end_row (writer, NULL, error))
    return FALSE;

  export.writer = writer;
  export.departments = departments;
  export.error = &row_error;
  if (!qs_repository_foreach (qs_store_get_repository (store, QS_TYPE_CLIENT), LIVE_PEOPLE, NULL,
                              PEOPLE_ORDER, QS_QUERY_DEFAULT, write_csv_row_cb, &export, error))
    return FALSE;
  if (row_error != NULL)
    {
      g_propagate_error (error, row_error);
      return FALSE;
    }
  return g_output_stream_flush (buffered, NULL, error);
}

static void
append_property (GString *out, const char *name, const char *value)
{
  if (value != NULL && *value != '\0')
    qs_content_line_append_property (out, name, value);
}

static gboolean
write_vcard_cb (QsEntity *person, gpointer user_data)
{
  Export *export = user_data;
  const char      *given = qs_entity_get_string (person, QS_CLIENT_FIELD_GIVEN_NAME);
  const char      *family = qs_entity_get_string (person, QS_CLIENT_FIELD_FAMILY_NAME);
  g_autofree char *full =
    g_strjoin (" ", given != NULL ? given : "", family != NULL ? family : "", NULL);
  g_autoptr (GString) n = g_string_new ("N:");
  GString *out = export->vcard;

  g_string_truncate (out, 0);
  g_string_append (out, "BEGIN:VCARD\r\nVERSION:4.0\r\n");
  append_property (out, "FN", g_strstrip (full));
  qs_content_line_append_escaped (n, family);
  g_string_append_c (n, ';');
  qs_content_line_append_escaped (n, given);
  g_string_append (n, ";;;");
  qs_content_line_append_folded (out, n->str);
  append_property (out, "EMAIL", qs_entity_get_string (person, QS_CLIENT_FIELD_EMAIL));
  append_property (out, "TEL", qs_entity_get_string (person, QS_CLIENT_FIELD_PHONE));
  append_property (out, "TITLE", qs_entity_get_string (person, QS_CLIENT_FIELD_ROLE));
  append_property (out, "ORG",
                   department_name (export->departments,
                                    qs_entity_get_string (person, QS_CLIENT_FIELD_DEPARTMENT_ID)));
  append_property (
    out, "LANG",
    enum_nick (QS_TYPE_LANGUAGE, qs_entity_get_enum (person, QS_CLIENT_FIELD_LANGUAGE)));
  append_property (out, "UID", qs_entity_get_id (person));
  g_string_append (out, "END:VCARD\r\n");

  return g_output_stream_write_all (export->stream, out->str, out->len, NULL, NULL, export->error);
}

gboolean
qs_directory_export_vcard (QsStore *store, GOutputStream *stream, GError **error)
{
  g_autoptr (GHashTable) departments = NULL;
  g_autoptr (GOutputStream) buffered = NULL;
  g_autoptr (GString) vcard = g_string_new (NULL);
  GError *row_error = NULL;
  Export export = {
    0,
  };

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  departments = load_departments (store, error);
  if (departments == NULL)
    return FALSE;
  buffered = g_buffered_output_stream_new (stream);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);

  export.departments = departments;
  export.vcard = vcard;
  export.stream = buffered;
  export.error = &row_error;
  if (!qs_repository_foreach (qs_store_get_repository (store, QS_TYPE_CLIENT), LIVE_PEOPLE, NULL,
                              PEOPLE_ORDER, QS_QUERY_DEFAULT, write_vcard_cb, &export, error))
    return FALSE;
  if (row_error != NULL)
    {
      g_propagate_error (error, row_error);
      return FALSE;
    }
  return g_output_stream_flush (buffered, NULL, error);
}
