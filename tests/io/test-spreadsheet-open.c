/* test-spreadsheet-open.c — the exports for spreadsheets, as LibreOffice opens them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The requests' and the directory's CSV files, written in French, are
 * converted by LibreOffice headless, as a French user's Calc reads them
 * (semicolons, UTF-8, special numbers detected), into a flat OpenDocument
 * spreadsheet (.fods, plain XML), whose cells are read back: the accents
 * come back intact, the byte-order mark is not part of the first header,
 * and a date cell is a date with a date format, not text.
 */
#include <string.h>

#include "qs-directory-export.h"
#include "qs-entities.h"
#include "qs-request-export.h"
#include "qs-store.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

/* 2026-03-02 12:00 UTC, 13:00 in Paris. */
#define NOON ((gint64) 1772452800 * G_USEC_PER_SEC)
#define HOUR ((gint64) 3600 * G_USEC_PER_SEC)

/* Calc's CSV import options: separator ';', text delimiter '"', UTF-8,
 * from line 1, standard columns, French (1036), quoted fields not forced
 * to text, special numbers (dates) detected. */
#define FRENCH_CSV_FILTER "--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1036,false,true"

typedef struct
{
  char    *type;       /* office:value-type */
  char    *date_value; /* office:date-value */
  char    *style;      /* table:style-name */
  GString *text;
} Cell;

static void
cell_free (Cell *cell)
{
  g_free (cell->type);
  g_free (cell->date_value);
  g_free (cell->style);
  g_string_free (cell->text, TRUE);
  g_free (cell);
}

/* What the converted sheet says. */
typedef struct
{
  GPtrArray  *rows;        /* of GPtrArray of Cell */
  GHashTable *data_styles; /* cell style name → its data style name */
  GHashTable *date_styles; /* names of number:date-style elements */
  Cell       *cell;        /* being read */
  gboolean    in_paragraph;
} Sheet;

static void
sheet_clear (Sheet *sheet)
{
  g_clear_pointer (&sheet->rows, g_ptr_array_unref);
  g_clear_pointer (&sheet->data_styles, g_hash_table_unref);
  g_clear_pointer (&sheet->date_styles, g_hash_table_unref);
}

static const char *
attribute (const char **names, const char **values, const char *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], wanted))
      return values[i];
  return NULL;
}

static void
start_element_cb (GMarkupParseContext *context,
                  const char          *element,
                  const char         **names,
                  const char         **values,
                  gpointer             user_data,
                  GError             **error)
{
  Sheet *sheet = user_data;

  if (g_str_equal (element, "style:style"))
    {
      const char *name = attribute (names, values, "style:name");
      const char *data_style = attribute (names, values, "style:data-style-name");

      if (name != NULL && data_style != NULL)
        g_hash_table_insert (sheet->data_styles, g_strdup (name), g_strdup (data_style));
    }
  else if (g_str_equal (element, "number:date-style"))
    {
      const char *name = attribute (names, values, "style:name");

      if (name != NULL)
        g_hash_table_add (sheet->date_styles, g_strdup (name));
    }
  else if (g_str_equal (element, "table:table-row"))
    g_ptr_array_add (sheet->rows, g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free));
  else if (g_str_equal (element, "table:table-cell") && sheet->rows->len > 0)
    {
      GPtrArray  *row = sheet->rows->pdata[sheet->rows->len - 1];
      const char *repeated = attribute (names, values, "table:number-columns-repeated");
      guint       n = repeated != NULL ? (guint) g_ascii_strtoull (repeated, NULL, 10) : 1;

      /* Empty cells repeated (a sheet's end is a thousand of them). */
      for (guint i = 1; i < MIN (n, 64); i++)
        {
          Cell *empty = g_new0 (Cell, 1);

          empty->text = g_string_new (NULL);
          g_ptr_array_add (row, empty);
        }
      sheet->cell = g_new0 (Cell, 1);
      sheet->cell->type = g_strdup (attribute (names, values, "office:value-type"));
      sheet->cell->date_value = g_strdup (attribute (names, values, "office:date-value"));
      sheet->cell->style = g_strdup (attribute (names, values, "table:style-name"));
      sheet->cell->text = g_string_new (NULL);
      g_ptr_array_add (row, sheet->cell);
    }
  else if (g_str_equal (element, "text:p") && sheet->cell != NULL)
    sheet->in_paragraph = TRUE;
}

static void
end_element_cb (GMarkupParseContext *context,
                const char          *element,
                gpointer             user_data,
                GError             **error)
{
  Sheet *sheet = user_data;

  if (g_str_equal (element, "table:table-cell"))
    sheet->cell = NULL;
  else if (g_str_equal (element, "text:p"))
    sheet->in_paragraph = FALSE;
}

static void
text_cb (
  GMarkupParseContext *context, const char *text, gsize len, gpointer user_data, GError **error)
{
  Sheet *sheet = user_data;

  if (sheet->cell != NULL && sheet->in_paragraph)
    g_string_append_len (sheet->cell->text, text, len);
}

static void
read_sheet (const char *path, Sheet *sheet)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *xml = NULL;
  gsize            len;

  g_assert_true (g_file_get_contents (path, &xml, &len, &error));
  g_assert_no_error (error);
  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  sheet->data_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sheet->date_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, sheet, NULL);
  g_assert_true (g_markup_parse_context_parse (context, xml, len, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_cmpuint (sheet->rows->len, >=, 2);
}

static Cell *
sheet_cell (Sheet *sheet, guint row, guint column)
{
  GPtrArray *cells;

  g_assert_cmpuint (row, <, sheet->rows->len);
  cells = sheet->rows->pdata[row];
  g_assert_cmpuint (column, <, cells->len);
  return cells->pdata[column];
}

static const char *
sheet_text (Sheet *sheet, guint row, guint column)
{
  return sheet_cell (sheet, row, column)->text->str;
}

static void
fill_store (QsStore *store)
{
  g_autoptr (QsEntity) department = qs_entity_new (QS_TYPE_DEPARTMENT);
  g_autoptr (QsEntity) person = qs_entity_new (QS_TYPE_CLIENT);
  g_autoptr (QsEntity) request = qs_entity_new (QS_TYPE_REQUEST);

  g_object_set (department, "ref", "SSP", "name", "Services sociaux de proximité", NULL);
  qs_test_save (store, department);
  g_object_set (person, "given-name", "Geneviève", "family-name", "Dupré", "email",
                "genevieve@example.org", "department-id", qs_entity_get_id (department), "language",
                QS_LANGUAGE_FR, "preferred-channel", QS_CHANNEL_EMAIL, NULL);
  qs_test_save (store, person);
  g_object_set (request, "ref", "REQ-2026-00001", "kind", QS_REQUEST_KIND_COMPLAINT, "channel",
                QS_CHANNEL_EMAIL, "subject", "Aide à domicile; « urgent », vite", "client-id",
                qs_entity_get_id (person), "department-id", qs_entity_get_id (department), "status",
                QS_REQUEST_STATUS_RECEIVED, "priority", QS_PRIORITY_HIGH, "received-at", NOON,
                "ack-due-at", NOON + 4 * HOUR, "resolution-due-at", NOON + 48 * HOUR, NULL);
  qs_test_save (store, request);
}

static void
export_directory (QsStore *store, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) error = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (qs_directory_export_csv (store, QS_LANGUAGE_FR, G_OUTPUT_STREAM (stream), &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));
}

/* Converts @csv_paths to .fods files in @dir, in one LibreOffice run with
 * a profile of its own in @dir. */
static void
convert_with_libreoffice (const char *dir, const char *const *csv_paths)
{
  g_autofree char *profile = g_build_filename (dir, "profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *user_installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "HOME", dir, TRUE);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int              status = 0;

  g_ptr_array_add (argv, (char *) QS_TEST_SOFFICE);
  g_ptr_array_add (argv, user_installation);
  g_ptr_array_add (argv, (char *) "--headless");
  g_ptr_array_add (argv, (char *) "--norestore");
  g_ptr_array_add (argv, (char *) FRENCH_CSV_FILTER);
  g_ptr_array_add (argv, (char *) "--convert-to");
  g_ptr_array_add (argv, (char *) "fods");
  g_ptr_array_add (argv, (char *) "--outdir");
  g_ptr_array_add (argv, (char *) dir);
  for (guint i = 0; csv_paths[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) csv_paths[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("LibreOffice failed:\n%s\n%s", out, err);
}

static void
assert_is_date (Sheet *sheet, Cell *cell, const char *iso)
{
  const char *data_style;

  g_assert_cmpstr (cell->type, ==, "date");
  g_assert_cmpstr (cell->date_value, ==, iso);
  /* Shown with a date format, not as a number of days. */
  g_assert_nonnull (cell->style);
  data_style = g_hash_table_lookup (sheet->data_styles, cell->style);
  g_assert_nonnull (data_style);
  g_assert_true (g_hash_table_contains (sheet->date_styles, data_style));
}

static void
test_open_in_libreoffice (void)
{
  g_autofree char *dir = qs_test_make_tmp_dir ("qs-spreadsheet-XXXXXX");
  g_autofree char *db = g_build_filename (dir, "qualserv.db", NULL);
  g_autofree char *requests_csv = g_build_filename (dir, "demandes.csv", NULL);
  g_autofree char *directory_csv = g_build_filename (dir, "annuaire.csv", NULL);
  g_autofree char *requests_fods = g_build_filename (dir, "demandes.fods", NULL);
  g_autofree char *directory_fods = g_build_filename (dir, "annuaire.fods", NULL);
  const char      *csv_paths[] = { requests_csv, directory_csv, NULL };
  g_autoptr (QsStore) store = qs_test_open_store (db);
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr (GFile) requests_file = g_file_new_for_path (requests_csv);
  g_autoptr (GError) error = NULL;
  Sheet requests = { 0 };
  Sheet directory = { 0 };

  g_assert_nonnull (paris);
  fill_store (store);
  g_assert_cmpint (
    qs_request_export_csv (store, filter, TRUE, QS_LANGUAGE_FR, paris, requests_file, NULL, &error),
    ==, 1);
  g_assert_no_error (error);
  export_directory (store, directory_csv);

  convert_with_libreoffice (dir, csv_paths);

  /* The requests: the header's first word without a stray mark, the
   * accents intact, one column per field, a date cell. */
  read_sheet (requests_fods, &requests);
  g_assert_cmpstr (sheet_text (&requests, 0, 0), ==, "Référence");
  g_assert_cmpstr (sheet_text (&requests, 0, 7), ==, "Reçue le");
  g_assert_cmpstr (sheet_text (&requests, 0, 12), ==, "Confidentielle");
  g_assert_cmpstr (sheet_text (&requests, 1, 0), ==, "REQ-2026-00001");
  g_assert_cmpstr (sheet_text (&requests, 1, 1), ==, "Plainte");
  g_assert_cmpstr (sheet_text (&requests, 1, 3), ==, "Aide à domicile; « urgent », vite");
  g_assert_cmpstr (sheet_text (&requests, 1, 4), ==, "Geneviève Dupré");
  g_assert_cmpstr (sheet_text (&requests, 1, 5), ==, "Services sociaux de proximité");
  assert_is_date (&requests, sheet_cell (&requests, 1, 7), "2026-03-02T13:00:00");
  assert_is_date (&requests, sheet_cell (&requests, 1, 9), "2026-03-04T13:00:00");
  g_assert_cmpstr (sheet_text (&requests, 1, 12), ==, "Non");

  /* The directory. */
  read_sheet (directory_fods, &directory);
  g_assert_cmpstr (sheet_text (&directory, 0, 0), ==, "Prénom");
  g_assert_cmpstr (sheet_text (&directory, 1, 0), ==, "Geneviève");
  g_assert_cmpstr (sheet_text (&directory, 1, 1), ==, "Dupré");
  g_assert_cmpstr (sheet_text (&directory, 1, 5), ==, "Services sociaux de proximité");
  g_assert_cmpstr (sheet_text (&directory, 1, 7), ==, "Français");
  g_assert_cmpstr (sheet_text (&directory, 1, 8), ==, "Courriel");

  sheet_clear (&requests);
  sheet_clear (&directory);
  g_clear_object (&store);
  qs_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spreadsheet/open-in-libreoffice", test_open_in_libreoffice);
  return g_test_run ();
}
