/* test-client-import.c — mapping, preview, problems and all-or-nothing runs of the import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "qs-cli.h"
#include "qs-client-import.h"
#include "qs-directory-export.h"
#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"

#include "qs-test-locale.h"
#include "qs-test-util.h"

typedef struct
{
  char    *dir;
  QsStore *store;
} Fixture;

#define HEADER_EN "First name,Last name,E-mail,Job title,Department,Parent department,Language\n"

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (QsDepartment) it = qs_department_new ();

  fixture->dir = qs_test_make_tmp_dir ("qs-import-XXXXXX");
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = qs_test_open_store (path);
  g_object_set (it, "ref", "DSI", "name", "Informatique", NULL);
  g_assert_true (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_DEPARTMENT),
                                     QS_ENTITY (it), NULL));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static QsClientImport *
import_text (Fixture *fixture, const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  QsClientImport *import = qs_client_import_new (fixture->store, bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static gint64
count (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_store_query_int (fixture->store, sql, &error);

  g_assert_no_error (error);
  return n;
}

#define N_PEOPLE(f) count (f, "SELECT count(*) FROM clients WHERE deleted_at IS NULL")
#define N_DEPARTMENTS(f) count (f, "SELECT count(*) FROM departments WHERE deleted_at IS NULL")

static void
test_guess_mapping (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) fr = import_text (
    fixture, "Prénom;NOM;Courriel;Téléphone;Fonction;Service;Direction;Langue;Remarque\n");
  g_autoptr (QsClientImport) en = import_text (fixture, HEADER_EN);
  g_autoptr (QsClientImport) directions = import_text (fixture, "Nom,Direction\n");
  const QsImportField expected_fr[] = {
    QS_IMPORT_FIELD_GIVEN_NAME,
    QS_IMPORT_FIELD_FAMILY_NAME,
    QS_IMPORT_FIELD_EMAIL,
    QS_IMPORT_FIELD_PHONE,
    QS_IMPORT_FIELD_ROLE,
    QS_IMPORT_FIELD_DEPARTMENT,
    QS_IMPORT_FIELD_PARENT_DEPARTMENT,
    QS_IMPORT_FIELD_LANGUAGE,
    QS_IMPORT_FIELD_IGNORE,
  };
  const QsImportField expected_en[] = {
    QS_IMPORT_FIELD_GIVEN_NAME, QS_IMPORT_FIELD_FAMILY_NAME, QS_IMPORT_FIELD_EMAIL,
    QS_IMPORT_FIELD_ROLE,       QS_IMPORT_FIELD_DEPARTMENT,  QS_IMPORT_FIELD_PARENT_DEPARTMENT,
    QS_IMPORT_FIELD_LANGUAGE,
  };
  g_auto (GStrv) columns = qs_client_import_get_columns (fr);
  guint i;

  g_assert_cmpuint (g_strv_length (columns), ==, G_N_ELEMENTS (expected_fr));
  g_assert_cmpstr (columns[0], ==, "Prénom");
  for (i = 0; i < G_N_ELEMENTS (expected_fr); i++)
    g_assert_cmpint (qs_client_import_get_mapping (fr, i), ==, expected_fr[i]);
  for (i = 0; i < G_N_ELEMENTS (expected_en); i++)
    g_assert_cmpint (qs_client_import_get_mapping (en, i), ==, expected_en[i]);
  /* Without a "Service", the directions are the departments. */
  g_assert_cmpint (qs_client_import_get_mapping (directions, 1), ==, QS_IMPORT_FIELD_DEPARTMENT);
}

static void
test_mapping_string (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) first = import_text (fixture, "Col=1;Surname;Mail\n");
  g_autoptr (QsClientImport) again = import_text (fixture, "Mail;Col=1;Other\n");
  g_autofree char *remembered = NULL;

  qs_client_import_set_mapping (first, 0, QS_IMPORT_FIELD_ROLE);
  qs_client_import_set_mapping (first, 2, QS_IMPORT_FIELD_PHONE);
  remembered = qs_client_import_get_mapping_string (first);
  qs_client_import_set_mapping_string (again, remembered);

  /* Matched by header name, whatever the order. */
  g_assert_cmpint (qs_client_import_get_mapping (again, 0), ==, QS_IMPORT_FIELD_PHONE);
  g_assert_cmpint (qs_client_import_get_mapping (again, 1), ==, QS_IMPORT_FIELD_ROLE);
  g_assert_cmpint (qs_client_import_get_mapping (again, 2), ==, QS_IMPORT_FIELD_IGNORE);
}

static void
test_preview (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import =
    import_text (fixture, "Nom;Courriel\r\nDurand;\"a@example.org\"\r\n\"Le\nGall\";b@example."
                          "org\r\nRoy;c@example.org\r\n");
  g_autoptr (GPtrArray) preview = qs_client_import_get_preview (import, 2);
  g_autoptr (GPtrArray) all = qs_client_import_get_preview (import, 10);

  g_assert_cmpuint (preview->len, ==, 2);
  g_assert_cmpstr (((char **) preview->pdata[0])[0], ==, "Durand");
  g_assert_cmpstr (((char **) preview->pdata[0])[1], ==, "a@example.org");
  g_assert_cmpstr (((char **) preview->pdata[1])[0], ==, "Le\nGall");
  g_assert_cmpuint (all->len, ==, 3);
}

static const char *problem_file =
  "Prénom,Nom,Courriel,Service\n"        /* 1 */
  "Anne,Roy,anne@example.org,Compta\n"   /* 2: unknown department */
  "Jean,Petit,jean@,Informatique\n"      /* 3: bad e-mail */
  "Marie,Lenoir,ANNE@example.org,DSI\n"  /* 4: duplicate (case), DSI is a ref */
  "Paul,Martin,paul@example.org\n"       /* 5: ragged */
  "Luc,,luc@example.org,Informatique\n"; /* 6: no family name */

static void
test_problems (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import = import_text (fixture, problem_file);
  g_autoptr (GListModel) problems = NULL;
  g_autoptr (GError) error = NULL;
  const struct
  {
    QsImportProblemKind kind;
    guint               line, column;
  } expected[] = {
    { QS_IMPORT_PROBLEM_UNKNOWN_DEPARTMENT, 2, 4 }, { QS_IMPORT_PROBLEM_BAD_EMAIL, 3, 3 },
    { QS_IMPORT_PROBLEM_DUPLICATE_EMAIL, 4, 3 },    { QS_IMPORT_PROBLEM_RAGGED_ROW, 5, 4 },
    { QS_IMPORT_PROBLEM_MISSING_NAME, 6, 2 },
  };
  guint i;

  problems = qs_client_import_check (import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (expected));
  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (QsImportProblem) problem = g_list_model_get_item (problems, i);

      g_assert_cmpint (qs_import_problem_get_kind (problem), ==, expected[i].kind);
      g_assert_cmpuint (qs_import_problem_get_line (problem), ==, expected[i].line);
      g_assert_cmpuint (qs_import_problem_get_column (problem), ==, expected[i].column);
      if (i == 0)
        g_assert_cmpstr (qs_import_problem_get_value (problem), ==, "Compta");
      if (i == 1)
        g_assert_cmpstr (qs_import_problem_get_message (problem), ==,
                         "line 3, column 3: “jean@” is not an e-mail address.");
      if (i == 2)
        g_assert_cmpstr (qs_import_problem_get_message (problem), ==,
                         "line 4, column 3: the e-mail “ANNE@example.org” is already on line 2; "
                         "each person appears once.");
    }

  /* Nothing is written while problems remain. */
  g_assert_false (qs_client_import_run (import, NULL, NULL, NULL, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_cmpint (N_PEOPLE (fixture), ==, 0);
  g_assert_cmpint (N_DEPARTMENTS (fixture), ==, 1);
}

/* A check passed under one mapping does not let another run unchecked. */
static void
test_mapping_changed_after_check (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import = import_text (fixture, "Nom,Autre\nRoy,roy@\n");
  g_autoptr (GListModel) problems = qs_client_import_check (import, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);
  qs_client_import_set_mapping (import, 1, QS_IMPORT_FIELD_EMAIL);
  g_assert_false (qs_client_import_run (import, NULL, NULL, NULL, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_cmpint (N_PEOPLE (fixture), ==, 0);
}

static void
test_create_departments (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import =
    import_text (fixture, "Nom,Courriel,Service,Direction\nRoy,roy@example.org,Paie,Finances\n");
  g_autoptr (GListModel) off = qs_client_import_check (import, NULL);
  g_autoptr (GListModel) on = NULL;
  g_autoptr (GError) error = NULL;
  guint added = 0, updated = 0;

  g_assert_cmpuint (g_list_model_get_n_items (off), ==, 2);
  qs_client_import_set_create_departments (import, TRUE);
  on = qs_client_import_check (import, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (on), ==, 0);

  g_assert_true (qs_client_import_run (import, NULL, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpint (N_DEPARTMENTS (fixture), ==, 3);
  /* Paie is under Finances, and Roy in Paie. */
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM departments p JOIN departments f "
                          "ON p.parent_id = f.id WHERE p.name = 'Paie' AND f.name = 'Finances'"),
                   ==, 1);
  g_assert_cmpint (
    count (fixture, "SELECT count(*) FROM clients c JOIN departments d "
                    "ON c.department_id = d.id WHERE d.name = 'Paie' AND c.family_name = 'Roy'"),
    ==, 1);
}

/* A department first named as someone's parent department gets its own
 * parent from a later row, as the directory's export lists them (by
 * people's names); a row that would make a department its own ancestor
 * changes nothing. */
static void
test_create_departments_parent_later (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import =
    import_text (fixture, "Nom;Courriel;Service;Direction\n"
                          "Roy;roy@example.org;Réseaux;Services administratifs\n"
                          "Roux;roux@example.org;Services administratifs;Direction générale\n"
                          "Rey;rey@example.org;Direction générale;Réseaux\n");
  g_autoptr (GError) error = NULL;
  guint added = 0;

  qs_client_import_set_create_departments (import, TRUE);
  g_assert_true (qs_client_import_run (import, NULL, &added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM departments d JOIN departments p "
                                   "ON d.parent_id = p.id WHERE d.name = 'Services administratifs' "
                                   "AND p.name = 'Direction générale'"),
                   ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM departments d JOIN departments p "
                                   "ON d.parent_id = p.id WHERE d.name = 'Réseaux' "
                                   "AND p.name = 'Services administratifs'"),
                   ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM departments "
                                   "WHERE name = 'Direction générale' AND parent_id IS NULL"),
                   ==, 1);
}

static void
test_reimport_updates (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) first =
    import_text (fixture, HEADER_EN "Anne,Roy,anne@example.org,Accountant,Informatique,,English\n"
                                    "Marc,Petit,marc@example.org,Technician,Informatique,,fr\n");
  g_autoptr (QsClientImport) second = NULL;
  g_autoptr (GError) error = NULL;
  guint added = 0, updated = 0;

  g_assert_true (qs_client_import_run (first, NULL, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM clients WHERE language = 'en'"), ==, 1);

  second = import_text (fixture, HEADER_EN
                        "Anne,Roy,ANNE@Example.org,Head of accounts,Informatique,,English\n"
                        "Marc,Petit,marc@example.org,Technician,Informatique,,fr\n"
                        "Lea,Blanc,lea@example.org,,Informatique,,\n");
  g_assert_true (qs_client_import_run (second, NULL, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 2);
  g_assert_cmpint (N_PEOPLE (fixture), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM clients WHERE role = 'Head of accounts' "
                                   "AND email = 'ANNE@Example.org'"),
                   ==, 1);
}

static char *
many_rows (guint n)
{
  GString *text = g_string_new ("Nom,Courriel,Service\n");
  guint    i;

  for (i = 0; i < n; i++)
    g_string_append_printf (text, "Person%u,p%u@example.org,Team %u\n", i, i, i % 7);
  g_string_append (text, "Last,last@example.org,Team 0\n");
  return g_string_free (text, FALSE);
}

static void
cancel_midway_cb (QsClientImport *import, GParamSpec *pspec, GCancellable *cancellable)
{
  double fraction = qs_client_import_get_fraction (import);

  if (fraction > 0.0 && fraction < 1.0)
    g_cancellable_cancel (cancellable);
}

static void
test_cancel (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = many_rows (3000);
  g_autoptr (QsClientImport) import = import_text (fixture, text);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;

  qs_client_import_set_create_departments (import, TRUE);
  g_signal_connect (import, "notify::fraction", G_CALLBACK (cancel_midway_cb), cancellable);
  g_assert_false (qs_client_import_run (import, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_assert_cmpint (N_PEOPLE (fixture), ==, 0);
  g_assert_cmpint (N_DEPARTMENTS (fixture), ==, 1);
}

/* SQLite refusing the very last row undoes every row before it. */
static void
test_failure_rolls_back (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = many_rows (500);
  g_autoptr (QsClientImport) import = import_text (fixture, text);
  g_autoptr (GError) error = NULL;

  g_assert_true (
    qs_store_exec (fixture->store,
                   "CREATE TEMP TRIGGER fail_last BEFORE INSERT ON clients "
                   "WHEN NEW.family_name = 'Last' BEGIN SELECT RAISE (ABORT, 'injected'); END",
                   NULL));
  qs_client_import_set_create_departments (import, TRUE);
  g_assert_false (qs_client_import_run (import, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (N_PEOPLE (fixture), ==, 0);
  g_assert_cmpint (N_DEPARTMENTS (fixture), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM clients_search"), ==, 0);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  guint      added;
  GError    *error;
  double     last_fraction;
} AsyncResult;

static void
on_fraction_cb (QsClientImport *import, GParamSpec *pspec, AsyncResult *result)
{
  /* Notified on the main thread, never backwards. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpfloat (qs_client_import_get_fraction (import), >=, result->last_fraction);
  result->last_fraction = qs_client_import_get_fraction (import);
}

static void
on_run_done_cb (GObject *source, GAsyncResult *res, gpointer user_data)
{
  AsyncResult *result = user_data;

  result->ok = qs_client_import_run_finish (QS_CLIENT_IMPORT (source), res, &result->added, NULL,
                                            &result->error);
  g_main_loop_quit (result->loop);
}

static void
test_async (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = many_rows (2000);
  g_autoptr (QsClientImport) import = import_text (fixture, text);
  AsyncResult result = { g_main_loop_new (NULL, FALSE), FALSE, 0, NULL, 0.0 };

  qs_client_import_set_create_departments (import, TRUE);
  g_signal_connect (import, "notify::fraction", G_CALLBACK (on_fraction_cb), &result);
  qs_client_import_run_async (import, NULL, on_run_done_cb, &result);
  g_main_loop_run (result.loop);
  /* Let the last notifications in. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_no_error (result.error);
  g_assert_true (result.ok);
  g_assert_cmpuint (result.added, ==, 2001);
  g_assert_cmpfloat (result.last_fraction, ==, 1.0);
  g_assert_cmpint (N_PEOPLE (fixture), ==, 2001);
  g_main_loop_unref (result.loop);
}

/* A spreadsheet saved in Windows-1252 with ";" imports as the user wrote it. */
static void
test_windows_1252_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path =
    g_test_build_filename (G_TEST_DIST, "io", "files", "csv", "cp1252.csv", NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (QsClientImport) import = NULL;
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  bytes = g_bytes_new_take (contents, len);
  import = qs_client_import_new (fixture->store, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (qs_client_import_get_mapping (import, 0), ==, QS_IMPORT_FIELD_GIVEN_NAME);
  g_assert_true (qs_client_import_run (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM clients "
                                   "WHERE given_name = 'Hélène' AND family_name = 'L€on'"),
                   ==, 1);
}

static void
test_unreadable (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr (GBytes) unclosed = g_bytes_new_static ("Nom\n\"Roy\n", 9);
  g_autoptr (QsClientImport) import = NULL;
  g_autoptr (GListModel) problems = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_null (qs_client_import_new (fixture->store, empty, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
  g_clear_error (&error);

  import = qs_client_import_new (fixture->store, unclosed, &error);
  g_assert_no_error (error);
  problems = qs_client_import_check (import, &error);
  g_assert_null (problems);
  g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
  g_assert_cmpstr (
    error->message, ==,
    "line 2, column 1: a quoted field is not closed; add the missing \" and try again.");
}

static int
run_cli (Fixture *fixture, const char *csv_path, gboolean create)
{
  g_autofree char *db = g_build_filename (fixture->dir, "test.db", NULL);
  char            *argv[] = { "qualserv-cli",
                              "--db",
                              db,
                              "import",
                              "clients",
                              (char *) csv_path,
                   create ? "--create-departments" : NULL,
                              NULL };

  return qs_cli_main (create ? 7 : 6, argv);
}

/* The problems, one per line as FILE:LINE:COLUMN, exit 1 and nothing
 * written; once fixed, exit 0. */
static void
test_cli (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = g_build_filename (fixture->dir, "people.csv", NULL);

  /* In a subprocess, whose output is the command's own. */
  if (g_test_subprocess ())
    {
      g_assert_true (
        g_file_set_contents (csv, "Nom,Courriel,Service\nRoy,roy@,Compta\n", -1, NULL));
      g_assert_cmpint (run_cli (fixture, csv, FALSE), ==, 1);

      g_assert_cmpint (run_cli (fixture, csv, TRUE), ==, 1);
      g_assert_cmpint (N_PEOPLE (fixture), ==, 0);
      g_assert_cmpint (N_DEPARTMENTS (fixture), ==, 1);

      g_assert_true (
        g_file_set_contents (csv, "Nom,Courriel,Service\nRoy,roy@example.org,Compta\n", -1, NULL));
      g_assert_cmpint (run_cli (fixture, csv, TRUE), ==, 0);
      g_assert_cmpint (N_PEOPLE (fixture), ==, 1);
      g_assert_cmpint (N_DEPARTMENTS (fixture), ==, 2);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr (
    "*people.csv:2:2: “roy@” is not an e-mail address.\n"
    "*people.csv:2:3: there is no department “Compta”*--create-departments*");
  g_test_trap_assert_stdout ("Imported “*people.csv”: 1 added, 0 updated.\n");
}

static char *
export_to_string (QsStore *store, gboolean vcard, QsLanguage language)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  if (vcard)
    g_assert_true (qs_directory_export_vcard (store, out, &error));
  else
    g_assert_true (qs_directory_export_csv (store, language, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

#define TRICKY_FILE                                                                                \
  "Prénom;Nom;Courriel;Fonction;Service;Direction;Langue;Canal;Disponibilité;Consentement\n"     \
  "Zoé;\"Durand, \"\"Dédé\"\"\";zoe@example.org;\"Chef; "                                       \
  "adjointe\";Paie;Finances;anglais;téléphone;\"Lundi\nmardi\";oui\n"                            \
  "Marc;Petit;marc@example.org;;Informatique;;fr;;;non\n"

/* What the CSV export writes, in either language, imported into an
 * empty database (the session being in English), gives the same people;
 * imported again into the first, it changes no one's count. */
static void
test_export_csv_reimports (Fixture *fixture, gconstpointer data)
{
  QsLanguage language = GPOINTER_TO_INT (data);
  g_autoptr (QsClientImport) import = import_text (fixture, TRICKY_FILE);
  g_autoptr (QsClientImport) back = NULL;
  g_autoptr (QsClientImport) again = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr (QsStore) other = qs_test_open_store (other_path);
  g_autofree char *csv = NULL;
  g_autofree char *csv_again = NULL;
  g_autoptr (GError) error = NULL;
  guint added = 0, updated = 0;

  qs_client_import_set_create_departments (import, TRUE);
  g_assert_true (qs_client_import_run (import, NULL, &added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);

  /* For a spreadsheet: a byte-order mark, the reader's words and separator. */
  csv = export_to_string (fixture->store, FALSE, language);
  if (language == QS_LANGUAGE_FR)
    {
      g_assert_true (g_str_has_prefix (
        csv, "\xEF\xBB\xBFPrénom;Nom;Courriel;Téléphone;Fonction;Service;Direction;Langue;"
             "Canal préféré;Disponibilité;Accepte les enquêtes\r\n"));
      g_assert_nonnull (strstr (csv, ";Paie;Finances;Anglais;Téléphone;\"Lundi\nmardi\";Oui\r\n"));
      g_assert_nonnull (strstr (csv, ";Informatique;;Français;Tous les canaux;;Non\r\n"));
      g_assert_nonnull (strstr (csv, ";\"Chef; adjointe\";"));
    }
  else
    {
      g_assert_true (g_str_has_prefix (
        csv, "\xEF\xBB\xBFGiven name,Family name,E-mail,Phone,Role,Department,"
             "Parent department,Language,Preferred channel,Availability,Survey consent\r\n"));
      g_assert_nonnull (strstr (csv, ",Paie,Finances,English,Phone,\"Lundi\nmardi\",Yes\r\n"));
      g_assert_nonnull (strstr (csv, ",Informatique,,French,Any channel,,No\r\n"));
    }
  g_assert_nonnull (strstr (csv, "\"Durand, \"\"Dédé\"\"\""));

  bytes = g_bytes_new (csv, strlen (csv));
  back = qs_client_import_new (other, bytes, &error);
  g_assert_no_error (error);
  qs_client_import_set_create_departments (back, TRUE);
  g_assert_true (qs_client_import_run (back, NULL, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);

  /* The same people, field by field, departments and parents included. */
  csv_again = export_to_string (other, FALSE, language);
  g_assert_cmpstr (csv_again, ==, csv);

  again = qs_client_import_new (fixture->store, bytes, &error);
  g_assert_no_error (error);
  g_assert_true (qs_client_import_run (again, NULL, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 2);
  g_assert_cmpint (N_PEOPLE (fixture), ==, 2);
}

static void
test_cli_export_directory (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import = import_text (fixture, TRICKY_FILE);
  g_autofree char *db = g_build_filename (fixture->dir, "test.db", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "directory.vcf", NULL);
  char            *vcard_argv[] = { "qualserv-cli", "--db",  db,   "export", "directory",
                                    "--format",     "vcard", "-o", out,      NULL };
  char            *json_argv[] = {
               "qualserv-cli", "--db", db, "export", "directory", "--format", "json", NULL
  };
  g_autofree char *csv_out = g_build_filename (fixture->dir, "directory.csv", NULL);
  char *csv_argv[] = { "qualserv-cli", "--db", db,      "export", "directory", "--format",
                       "csv",          "-o",   csv_out, "--lang", "fr",        NULL };
  g_autofree char *contents = NULL;
  g_autofree char *csv = NULL;
  GStatBuf         st;

  qs_client_import_set_create_departments (import, TRUE);
  g_assert_true (qs_client_import_run (import, NULL, NULL, NULL, NULL));

  /* --lang chooses the words and the separator. */
  g_assert_cmpint (qs_cli_main (11, csv_argv), ==, 0);
  g_assert_true (g_file_get_contents (csv_out, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFPrénom;Nom;Courriel;"));
  g_assert_nonnull (strstr (csv, ";Anglais;Téléphone;"));

  g_assert_cmpint (qs_cli_main (9, vcard_argv), ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCARD\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nEMAIL:marc@example.org\r\n"));
  /* Names and addresses: for its owner's eyes only. */
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  if (g_test_subprocess ())
    {
      g_assert_cmpint (qs_cli_main (7, json_argv), ==, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*--format csv or --format vcard*");
}

/* The lines of a vCard file, unfolded. */
static char *
unfold (const char *text)
{
  g_autoptr (GString) out = g_string_new (text);

  g_string_replace (out, "\r\n ", "", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_export_vcard (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClientImport) import = NULL;
  g_autoptr (GPtrArray) marc = NULL;
  g_autofree char *long_role = NULL;
  g_autofree char *file = NULL;
  g_autofree char *vcard = NULL;
  g_autofree char *unfolded = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  guint i;

  long_role = g_strnfill (30, 'e');
  /* A role long enough to fold, with accents where the fold falls. */
  file = g_strdup_printf ("%s"
                          "Léa;Roy;lea@example.org;Chef\\adjointe, été éé %s éééééé;Paie;;;;;\n",
                          TRICKY_FILE, long_role);
  import = import_text (fixture, file);
  qs_client_import_set_create_departments (import, TRUE);
  g_assert_true (qs_client_import_run (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  marc = qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT),
                                 "email = 'marc@example.org'", NULL, NULL, QS_QUERY_DEFAULT, NULL);
  g_assert_cmpuint (marc->len, ==, 1);
  g_assert_true (qs_directory_repository_anonymise (fixture->store, marc->pdata[0], NULL));

  vcard = export_to_string (fixture->store, TRUE, QS_LANGUAGE_EN);
  lines = g_strsplit (vcard, "\r\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
  /* Two cards: the anonymised person has none. */
  g_assert_nonnull (strstr (vcard, "\r\n "));
  g_assert_true (g_str_has_prefix (vcard, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_null (strstr (vcard, "marc@"));

  unfolded = unfold (vcard);
  g_strfreev (lines);
  lines = g_strsplit (unfolded, "BEGIN:VCARD\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (unfolded, "\r\nN:Durand\\, \"Dédé\";Zoé;;;\r\n"));
  g_assert_nonnull (strstr (unfolded, "\r\nFN:Zoé Durand\\, \"Dédé\"\r\n"));
  g_assert_nonnull (strstr (
    unfolded, "\r\nTITLE:Chef\\\\adjointe\\, été éé eeeeeeeeeeeeeeeeeeeeeeeeeeeeee éééééé\r\n"));
  g_assert_nonnull (strstr (unfolded, "\r\nORG:Paie\r\n"));
  g_assert_nonnull (strstr (unfolded, "\r\nLANG:en\r\n"));
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/client-import/guess-mapping", test_guess_mapping);
  ADD ("/client-import/mapping-string", test_mapping_string);
  ADD ("/client-import/preview", test_preview);
  ADD ("/client-import/problems", test_problems);
  ADD ("/client-import/mapping-changed-after-check", test_mapping_changed_after_check);
  ADD ("/client-import/create-departments", test_create_departments);
  ADD ("/client-import/create-departments-parent-later", test_create_departments_parent_later);
  ADD ("/client-import/reimport-updates", test_reimport_updates);
  ADD ("/client-import/cancel", test_cancel);
  ADD ("/client-import/failure-rolls-back", test_failure_rolls_back);
  ADD ("/client-import/async", test_async);
  ADD ("/client-import/windows-1252-file", test_windows_1252_file);
  ADD ("/client-import/unreadable", test_unreadable);
  ADD ("/client-import/cli", test_cli);
  g_test_add ("/client-import/export-csv-reimports/fr", Fixture, GINT_TO_POINTER (QS_LANGUAGE_FR),
              fixture_set_up, test_export_csv_reimports, fixture_tear_down);
  g_test_add ("/client-import/export-csv-reimports/en", Fixture, GINT_TO_POINTER (QS_LANGUAGE_EN),
              fixture_set_up, test_export_csv_reimports, fixture_tear_down);
  ADD ("/client-import/export-vcard", test_export_vcard);
  ADD ("/client-import/cli-export-directory", test_cli_export_directory);
#undef ADD

  return g_test_run ();
}
