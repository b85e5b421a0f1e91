/* test-csv-reader.c — the CSV reader over a corpus of awkward files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file of files/csv/, and each text written out below, gives its
 * exact rows (as "LINE:field|field") or its exact located error.
 */
#include <locale.h>
#include <string.h>

#include "qs-csv-reader.h"
#include "qs-error.h"

typedef struct
{
  const char *file; /* or the name of a text case */
  const char *encoding;
  char        separator;
  const char *rows[4]; /* NULL-terminated */
  const char *error;   /* from new() or next(), or NULL */
  const char *text;    /* the bytes, instead of the file's */
} Case;

static const Case cases[] = {
  { "utf8.csv",
    "UTF-8",
    ',',
    { "1:Prénom|Nom|Courriel", "2:Élodie|Durand|elodie@example.org", NULL },
    NULL },
  { "utf8-bom.csv",
    "UTF-8",
    ',',
    { "1:given|family|email", "2:Zoé|Martin|zoe@example.org", NULL },
    NULL },
  { "cp1252.csv", "WINDOWS-1252", ';', { "1:Prénom|Nom", "2:Hélène|L€on", NULL }, NULL },
  { "semicolon.csv", "UTF-8", ';', { "1:a|b|c", "2:1|2,5|3", NULL }, NULL },
  { "crlf-quoted.csv",
    "UTF-8",
    ',',
    { "1:name|notes", "2:Dupont, Jean|first line\nsecond \"quoted\" line", "4:x|y", NULL },
    NULL },
  { "empty.csv", "UTF-8", ',', { NULL }, NULL },
  { "header-only.csv", "UTF-8", ',', { "1:a|b", NULL }, NULL },
  { "ragged.csv", "UTF-8", ',', { "1:a|b|c", "2:1|2", "3:3|4|5|6", NULL }, NULL },
  { "unclosed.csv",
    "UTF-8",
    ',',
    { "1:a|b", "2:1|2", NULL },
    "line 3, column 2: a quoted field is not closed; add the missing \" and try again." },
  { "invalid-bytes.csv",
    NULL,
    ',',
    { NULL },
    "line 2, column 2: the byte 0x81 is neither UTF-8 nor Windows-1252; save the file as UTF-8 and "
    "try again." },
};

/* Files written out here, where each byte shows. */
static const Case texts[] = {
  /* A quote inside an unquoted field is a character of it; a quote that
   * opens a field still starts a quoted field. */
  { "quote-inside-unquoted-field",
    "UTF-8",
    ',',
    { "1:size|name|finish", "2:5\"|Screen 27\" wide|large, matte", NULL },
    NULL,
    "size,name,finish\n5\",Screen 27\" wide,\"large, matte\"\n" },
  { "quote-inside-unquoted-field-then-quoted-field",
    "UTF-8",
    ',',
    { "1:a|b", "2:ab\"c|d", NULL },
    NULL,
    "a,b\nab\"c,\"d\"\n" },
  /* CRLF is one line break in an error's line number. */
  { "crlf-invalid-byte",
    NULL,
    ',',
    { NULL },
    "line 2, column 2: the byte 0x81 is neither UTF-8 nor Windows-1252; save the file as UTF-8 and "
    "try again.",
    "a,b\r\n1,x\x81y\r\n" },
  { "crlf-in-quotes-invalid-byte",
    NULL,
    ',',
    { NULL },
    "line 3, column 2: the byte 0x81 is neither UTF-8 nor Windows-1252; save the file as UTF-8 and "
    "try again.",
    "a,b\r\n\"first\r\nsecond\",x\x81y\r\n" },
  { "cr-invalid-byte",
    NULL,
    ',',
    { NULL },
    "line 2, column 2: the byte 0x81 is neither UTF-8 nor Windows-1252; save the file as UTF-8 and "
    "try again.",
    "a,b\r1,x\x81y\r" },
  { "crlf-unclosed",
    "UTF-8",
    ',',
    { "1:a|b", NULL },
    "line 2, column 2: a quoted field is not closed; add the missing \" and try again.",
    "a,b\r\n1,\"open\r\n" },
  /* Blank lines, however many, give no row. */
  { "blank-lines", "UTF-8", ',', { "3:a|b", "6:1|2", NULL }, NULL, "\n\na,b\n\n\n1,2\n\n\n" },
  { "blank-lines-crlf",
    "UTF-8",
    ',',
    { "3:a|b", "6:1|2", NULL },
    NULL,
    "\r\n\r\na,b\r\n\r\n\r\n1,2\r\n\r\n\r\n" },
  { "blank-lines-cr", "UTF-8", ',', { "3:a|b", "6:1|2", NULL }, NULL, "\r\ra,b\r\r\r1,2\r\r\r" },
};

static GBytes *
load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "files", "csv", name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static void
test_corpus_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (GBytes) bytes =
    c->text != NULL ? g_bytes_new_static (c->text, strlen (c->text)) : load (c->file);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsCsvReader) reader = qs_csv_reader_new (bytes, &error);
  GPtrArray *row = NULL;
  guint      line = 0;
  guint      i = 0;

  if (c->encoding == NULL)
    {
      g_assert_null (reader);
      g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
      g_assert_cmpstr (error->message, ==, c->error);
      return;
    }

  g_assert_no_error (error);
  g_assert_cmpstr (qs_csv_reader_get_encoding (reader), ==, c->encoding);
  g_assert_cmpint (qs_csv_reader_get_separator (reader), ==, c->separator);

  while (qs_csv_reader_next (reader, &row, &line, &error))
    {
      g_autoptr (GString) got = g_string_new (NULL);
      guint j;

      g_string_append_printf (got, "%u:", line);
      for (j = 0; j < row->len; j++)
        g_string_append_printf (got, "%s%s", j > 0 ? "|" : "", (char *) row->pdata[j]);
      g_assert_nonnull (c->rows[i]);
      g_assert_cmpstr (got->str, ==, c->rows[i]);
      i++;
    }
  g_assert_null (c->rows[i]);

  if (c->error != NULL)
    {
      g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
      g_assert_cmpstr (error->message, ==, c->error);
    }
  else
    {
      g_assert_no_error (error);
    }
}

/* Reading again from the start gives the same rows: the preview, then
 * the check and the import, each read the file from its first row. */
static void
test_rewind (void)
{
  g_autoptr (GBytes) bytes = load ("crlf-quoted.csv");
  g_autoptr (QsCsvReader) reader = qs_csv_reader_new (bytes, NULL);
  GPtrArray *row = NULL;
  guint      line = 0, n = 0;

  while (qs_csv_reader_next (reader, &row, &line, NULL))
    n++;
  g_assert_cmpuint (n, ==, 3);
  qs_csv_reader_rewind (reader);
  g_assert_true (qs_csv_reader_next (reader, &row, &line, NULL));
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpstr (row->pdata[0], ==, "name");
}

/* A lone CR ends a line as old Mac spreadsheets wrote it, and a last row
 * without a line break is still a row. */
static void
test_cr_and_no_final_newline (void)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static ("a,b\r1,2\r3,4", 11);
  g_autoptr (QsCsvReader) reader = qs_csv_reader_new (bytes, NULL);
  GPtrArray *row = NULL;
  guint      line = 0;

  g_assert_true (qs_csv_reader_next (reader, &row, &line, NULL));
  g_assert_true (qs_csv_reader_next (reader, &row, &line, NULL));
  g_assert_cmpuint (line, ==, 2);
  g_assert_true (qs_csv_reader_next (reader, &row, &line, NULL));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (row->len, ==, 2);
  g_assert_cmpstr (row->pdata[1], ==, "4");
  g_assert_false (qs_csv_reader_next (reader, &row, &line, NULL));
}

int
main (int argc, char *argv[])
{
  guint i;

  /* The errors are compared in English, whatever the caller's language. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv-reader/corpus/%s", cases[i].file);

      g_test_add_data_func (path, &cases[i], test_corpus_case);
    }
  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv-reader/text/%s", texts[i].file);

      g_test_add_data_func (path, &texts[i], test_corpus_case);
    }
  g_test_add_func ("/csv-reader/rewind", test_rewind);
  g_test_add_func ("/csv-reader/cr-and-no-final-newline", test_cr_and_no_final_newline);

  return g_test_run ();
}
