/* test-request-export.c — the tracker's list as CSV and its deadlines as iCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <time.h>

#include "qs-cli.h"
#include "qs-entities.h"
#include "qs-request-export.h"
#include "qs-store.h"
#include "qs-cli-test-util.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

/* 2026-03-02 12:00 UTC. */
#define NOON ((gint64) 1772452800 * G_USEC_PER_SEC)
#define HOUR ((gint64) 3600 * G_USEC_PER_SEC)

typedef struct
{
  char     *dir;
  QsStore  *store;
  QsEntity *requests[3];
} Fixture;

/*   ref             status        client         dues
 *   REQ-2026-00001  acknowledged  Zoé Martin     ack (done), resolution 2026-03-04 12:00
 *   REQ-2026-00002  received      Anne Bernard   ack 2026-03-02 14:00, resolution 2026-03-05 12:00;
 * confidential REQ-2026-00003  closed        -              none
 */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (QsEntity) finance = qs_entity_new (QS_TYPE_DEPARTMENT);
  g_autoptr (QsEntity) martin = qs_entity_new (QS_TYPE_CLIENT);
  g_autoptr (QsEntity) bernard = qs_entity_new (QS_TYPE_CLIENT);
  /* 47 letters, then an é that would straddle the 75th octet of its line. */
  g_autofree char *long_subject =
    g_strconcat ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "é, and more; to fold", NULL);

  fixture->dir = qs_test_make_tmp_dir ("qs-request-export-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);

  g_object_set (finance, "ref", "FIN", "name", "Finance", NULL);
  g_object_set (martin, "given-name", "Zoé", "family-name", "Martin", NULL);
  g_object_set (bernard, "given-name", "Anne", "family-name", "Bernard", NULL);
  qs_test_save (fixture->store, finance);
  qs_test_save (fixture->store, martin);
  qs_test_save (fixture->store, bernard);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->requests); i++)
    fixture->requests[i] = qs_entity_new (QS_TYPE_REQUEST);
  g_object_set (fixture->requests[0], "ref", "REQ-2026-00001", "kind", QS_REQUEST_KIND_REQUEST,
                "channel", QS_CHANNEL_EMAIL, "subject", "Pay, statement", "description",
                "Line one\nLine two \\ back; x, y", "client-id", qs_entity_get_id (martin),
                "department-id", qs_entity_get_id (finance), "status",
                QS_REQUEST_STATUS_ACKNOWLEDGED, "priority", QS_PRIORITY_NORMAL, "received-at",
                NOON - 24 * HOUR, "acknowledged-at", NOON - 22 * HOUR, "ack-due-at",
                NOON - 20 * HOUR, "resolution-due-at", NOON + 48 * HOUR, NULL);
  g_object_set (fixture->requests[1], "ref", "REQ-2026-00002", "kind", QS_REQUEST_KIND_COMPLAINT,
                "channel", QS_CHANNEL_PHONE, "subject", long_subject, "confidential", TRUE,
                "client-id", qs_entity_get_id (bernard), "department-id",
                qs_entity_get_id (finance), "assignee-id", qs_entity_get_id (martin), "status",
                QS_REQUEST_STATUS_RECEIVED, "priority", QS_PRIORITY_URGENT, "received-at",
                NOON - 2 * HOUR, "ack-due-at", NOON + 2 * HOUR, "resolution-due-at",
                NOON + 72 * HOUR, NULL);
  g_object_set (fixture->requests[2], "ref", "REQ-2026-00003", "subject", "Thanks", "kind",
                QS_REQUEST_KIND_COMPLIMENT, "status", QS_REQUEST_STATUS_CLOSED, "received-at",
                NOON - HOUR, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->requests); i++)
    qs_test_save (fixture->store, fixture->requests[i]);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->requests); i++)
    g_clear_object (&fixture->requests[i]);
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
read_file (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* For a spreadsheet, in English: a byte-order mark, commas, CRLF, names
 * and labels, local times LibreOffice and Excel take for dates. */
static void
test_csv (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "requests.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr (GError) error = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *shown = NULL;
  const char      *expected_hidden =
    "\xEF\xBB\xBF"
    "Reference,Kind,Channel,Subject,Client,Department,Status,Received,Acknowledgement due,"
    "Resolution due,Assignee,Priority,Confidential\r\n"
    "REQ-2026-00003,Compliment,Any channel,Thanks,,,Closed,2026-03-02 12:00,,,,Low,No\r\n"
    "REQ-2026-00002,Complaint,Phone,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé, and more; "
    "to fold\",Confidential,Finance,Received,2026-03-02 11:00,2026-03-02 15:00,2026-03-05 13:00,"
    "Zoé Martin,Urgent,Yes\r\n"
    "REQ-2026-00001,Request,E-mail,\"Pay, statement\",Zoé Martin,Finance,Acknowledged,"
    "2026-03-01 13:00,2026-03-01 17:00,2026-03-04 13:00,,Normal,No\r\n";

  g_assert_nonnull (paris);
  g_assert_cmpint (qs_request_export_csv (fixture->store, filter, FALSE, QS_LANGUAGE_EN, paris,
                                          file, NULL, &error),
                   ==, 3);
  g_assert_no_error (error);
  hidden = read_file (file);
  g_assert_cmpstr (hidden, ==, expected_hidden);
  g_assert_null (strstr (hidden, "Bernard"));
  /* Names, never ids. */
  g_assert_null (strstr (hidden, qs_entity_get_id (fixture->requests[0])));

  /* Asked for: the confidential request's client is there. */
  g_assert_cmpint (
    qs_request_export_csv (fixture->store, filter, TRUE, QS_LANGUAGE_EN, paris, file, NULL, &error),
    ==, 3);
  shown = read_file (file);
  g_assert_nonnull (strstr (shown, ",Anne Bernard,Finance,Received,"));
  g_assert_null (strstr (shown, "Confidential,Finance"));

  /* The filter chooses the rows. */
  filter->kind = QS_REQUEST_KIND_REQUEST;
  g_assert_cmpint (qs_request_export_csv (fixture->store, filter, FALSE, QS_LANGUAGE_EN, paris,
                                          file, NULL, &error),
                   ==, 1);
}

/* In French: semicolons (French writes 1,5), French headers and labels,
 * and a field holding a semicolon is quoted. */
static void
test_csv_french (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "demandes.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/St_Johns");
  g_autoptr (GError) error = NULL;
  g_autofree char *written = NULL;
  const char      *expected =
    "\xEF\xBB\xBF"
    "Référence;Type;Canal;Objet;Client;Direction;État;Reçue le;Accusé de réception dû le;"
    "Résolution due le;Responsable;Priorité;Confidentielle\r\n"
    "REQ-2026-00003;Compliment;Tous les canaux;Thanks;;;Fermée;2026-03-02 07:30;;;;Basse;Non\r\n"
    "REQ-2026-00002;Plainte;Téléphone;\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé, and "
    "more; "
    "to fold\";Confidentielle;Finance;Reçue;2026-03-02 06:30;2026-03-02 10:30;2026-03-05 08:30;"
    "Zoé Martin;Urgente;Oui\r\n"
    "REQ-2026-00001;Demande;Courriel;\"Pay, statement\";Zoé Martin;Finance;Réception accusée;"
    "2026-03-01 08:30;2026-03-01 12:30;2026-03-04 08:30;;Normale;Non\r\n";

  g_assert_nonnull (zone);
  g_assert_cmpint (
    qs_request_export_csv (fixture->store, filter, FALSE, QS_LANGUAGE_FR, zone, file, NULL, &error),
    ==, 3);
  g_assert_no_error (error);
  written = read_file (file);
  g_assert_cmpstr (written, ==, expected);
}

/* qualserv-cli export requests --format sheet: every request, for a
 * spreadsheet, in --lang's words and the local zone; a table's export
 * is not translated, and says so rather than ignoring --lang. */
static void
test_cli_sheet (Fixture *fixture, gconstpointer data)
{
  g_autofree char *db_path = g_strdup (qs_store_get_path (fixture->store));
  g_autofree char *path = g_build_filename (fixture->dir, "cli.csv", NULL);
  g_autofree char *written = NULL;
  const char      *argv[] = {
         "export", "requests", "--format", "sheet", "-o", path, "--lang", "fr", NULL
  };
  const char *table[] = { "export", "requests", "--format", "csv", "--lang", "fr", NULL };

  g_clear_object (&fixture->store);
  if (g_test_subprocess ())
    {
      g_setenv ("TZ", "Europe/Paris", TRUE);
      tzset ();
      g_assert_cmpint (qs_test_run_cli (qs_cli_export, db_path, argv), ==, 0);
      g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
      g_assert_true (g_str_has_prefix (written, "\xEF\xBB\xBFRéférence;Type;Canal;Objet;"));
      g_assert_nonnull (
        strstr (written, ";Zoé Martin;Finance;Réception accusée;2026-03-01 13:00;"));
      /* Without --with-personal-data: no confidential client. */
      g_assert_null (strstr (written, "Bernard"));
      g_assert_cmpint (qs_test_run_cli (qs_cli_export, db_path, table), ==, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*--lang is for files people read*export requests --format sheet*");
}

static char *
utc (gint64 usec)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  return g_date_time_format (dt, "%Y%m%dT%H%M%SZ");
}

/* The file with its folds undone (RFC 5545 3.1). */
static char *
unfold (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "\r\n ", -1);

  return g_strjoinv ("", parts);
}

static void
test_ics (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "deadlines.ics", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *unfolded = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *stamp1 = utc (qs_entity_get_updated_at (fixture->requests[0]));
  g_autofree char *stamp2 = utc (qs_entity_get_updated_at (fixture->requests[1]));
  const char      *id1 = qs_entity_get_id (fixture->requests[0]);
  const char      *id2 = qs_entity_get_id (fixture->requests[1]);
  g_auto (GStrv) lines = NULL;

  g_assert_cmpint (
    qs_request_export_ics (fixture->store, filter, FALSE, QS_LANGUAGE_EN, file, NULL, &error), ==,
    3);
  g_assert_no_error (error);
  written = read_file (file);

  /* Every line ends in CRLF and holds at most 75 octets; the é is not cut. */
  lines = g_strsplit (written, "\r\n", -1);
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
    }
  unfolded = unfold (written);
  expected = g_strdup_printf ("BEGIN:VCALENDAR\r\n"
                              "VERSION:2.0\r\n"
                              "PRODID:-//QualServ//Requests//EN\r\n"
                              "CALSCALE:GREGORIAN\r\n"
                              "BEGIN:VEVENT\r\n"
                              "UID:%s-acknowledgement@qualserv\r\n"
                              "DTSTAMP:%s\r\n"
                              "DTSTART:20260302T140000Z\r\n"
                              "DTEND:20260302T141500Z\r\n"
                              "SUMMARY:REQ-2026-00002 (Acknowledgement due)\r\n"
                              "DESCRIPTION:Department: Finance\r\n"
                              "END:VEVENT\r\n"
                              "BEGIN:VEVENT\r\n"
                              "UID:%s-resolution@qualserv\r\n"
                              "DTSTAMP:%s\r\n"
                              "DTSTART:20260305T120000Z\r\n"
                              "DTEND:20260305T121500Z\r\n"
                              "SUMMARY:REQ-2026-00002 (Resolution due)\r\n"
                              "DESCRIPTION:Department: Finance\r\n"
                              "END:VEVENT\r\n"
                              "BEGIN:VEVENT\r\n"
                              "UID:%s-resolution@qualserv\r\n"
                              "DTSTAMP:%s\r\n"
                              "DTSTART:20260304T120000Z\r\n"
                              "DTEND:20260304T121500Z\r\n"
                              "SUMMARY:REQ-2026-00001 — Pay\\, statement (Resolution due)\r\n"
                              "DESCRIPTION:Department: Finance\r\n"
                              "END:VEVENT\r\n"
                              "END:VCALENDAR\r\n",
                              id2, stamp2, id2, stamp2, id1, stamp1);
  g_assert_cmpstr (unfolded, ==, expected);

  /* Without the personal data, as a file to share: no client, no
   * description, and a confidential request by its reference only. */
  g_assert_null (strstr (written, "Martin"));
  g_assert_null (strstr (written, "Bernard"));
  g_assert_null (strstr (written, "Line one"));
  g_assert_null (strstr (written, "aaaaaaaaaa"));

  /* In French, with the personal data. */
  g_assert_cmpint (
    qs_request_export_ics (fixture->store, filter, TRUE, QS_LANGUAGE_FR, file, NULL, &error), ==,
    3);
  g_clear_pointer (&written, g_free);
  g_clear_pointer (&unfolded, g_free);
  written = read_file (file);
  unfolded = unfold (written);
  g_assert_nonnull (
    strstr (unfolded, "\r\nDESCRIPTION:Client: Anne Bernard\\nDirection: Finance\r\n"));
  g_assert_nonnull (strstr (unfolded, " (Accusé de réception dû)\r\n"));
  g_assert_nonnull (
    strstr (unfolded, "SUMMARY:REQ-2026-00001 — Pay\\, statement (Réponse due)\r\n"));
  g_assert_nonnull (strstr (unfolded, "DESCRIPTION:Client: Zoé Martin\\nDirection: Finance\\n"
                                      "\\nLine one\\nLine two \\\\ back\\; x\\, y\r\n"));
  g_assert_nonnull (strstr (
    written, "\r\nSUMMARY:REQ-2026-00002 — aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
             " é\\, and more\\; to fold (Accusé de réception dû)\r\n"));

  /* Once resolved, a request waits for no resolution: its event goes. */
  qs_entity_set_enum (fixture->requests[0], QS_REQUEST_FIELD_STATUS, QS_REQUEST_STATUS_RESOLVED);
  qs_test_save (fixture->store, fixture->requests[0]);
  g_assert_cmpint (
    qs_request_export_ics (fixture->store, filter, FALSE, QS_LANGUAGE_EN, file, NULL, &error), ==,
    2);
  g_clear_pointer (&written, g_free);
  written = read_file (file);
  g_assert_null (strstr (written, "REQ-2026-00001"));
}

/* A failed export leaves the file as it was. */
static void
test_atomic (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "kept.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) nowhere = g_file_new_for_path ("/nonexistent/dir/requests.ics");
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GCancellable) cancelled = g_cancellable_new ();
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancelled);
  g_assert_cmpint (qs_request_export_csv (fixture->store, filter, FALSE, QS_LANGUAGE_EN, zone, file,
                                          cancelled, &error),
                   ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_assert_cmpint (
    qs_request_export_ics (fixture->store, filter, FALSE, QS_LANGUAGE_EN, nowhere, NULL, &error),
    ==, -1);
  g_assert_nonnull (error);
}

/* qualserv-cli export requests --format ics: the open requests' deadlines. */
static void
test_cli_ics (Fixture *fixture, gconstpointer data)
{
  g_autofree char *db_path = g_strdup (qs_store_get_path (fixture->store));
  g_autofree char *path = g_build_filename (fixture->dir, "cli.ics", NULL);
  g_autofree char *written = NULL;
  const char      *argv[] = {
         "export", "requests", "--format", "ics", "-o", path, "--lang", "fr", NULL
  };
  const char *no_file[] = { "export", "requests", "--format", "ics", NULL };
  g_auto (GStrv) events = NULL;

  g_clear_object (&fixture->store);
  if (g_test_subprocess ())
    {
      g_assert_cmpint (qs_test_run_cli (qs_cli_export, db_path, no_file), ==, 1);
      return;
    }
  g_assert_cmpint (qs_test_run_cli (qs_cli_export, db_path, argv), ==, 0);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  events = g_strsplit (written, "BEGIN:VEVENT\r\n", -1);
  g_assert_cmpuint (g_strv_length (events), ==, 4);
  /* Without --with-personal-data: no client's name. */
  g_assert_null (strstr (written, "Client"));
  g_assert_null (strstr (written, "Zoé"));
  g_assert_nonnull (strstr (written, "Direction: Finance"));

  qs_test_assert_cli_error (
    "qualserv-cli export: an iCalendar file is written to a file: add -o FILE.\n");
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/request-export/csv", Fixture, NULL, fixture_set_up, test_csv, fixture_tear_down);
  g_test_add ("/request-export/csv-french", Fixture, NULL, fixture_set_up, test_csv_french,
              fixture_tear_down);
  g_test_add ("/request-export/cli-sheet", Fixture, NULL, fixture_set_up, test_cli_sheet,
              fixture_tear_down);
  g_test_add ("/request-export/ics", Fixture, NULL, fixture_set_up, test_ics, fixture_tear_down);
  g_test_add ("/request-export/atomic", Fixture, NULL, fixture_set_up, test_atomic,
              fixture_tear_down);
  g_test_add ("/request-export/cli-ics", Fixture, NULL, fixture_set_up, test_cli_ics,
              fixture_tear_down);
  return g_test_run ();
}
