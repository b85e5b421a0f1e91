/* test-export.c — CSV and JSON exports of every table, and the export command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "qs-cli.h"
#include "qs-csv-writer.h"
#include "qs-entities.h"
#include "qs-json-export.h"
#include "qs-repository.h"
#include "qs-store.h"
#include "qs-table-export.h"

#include "qs-cli-test-util.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

#define TRICKY_TEXT "Zoé « l’été », \"quoted\", a,b; semi\nnew line\r\nCRLF \\ back\tslash end"
#define FAMILY_NAME "Durand, \"Dédé\""

typedef struct
{
  char    *dir;
  char    *db_path;
  QsStore *store;
  char    *client_ids[2];
} Fixture;

static void
fill_store (Fixture *fixture)
{
  QsStore *store = fixture->store;
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (QsDepartment) gone = qs_department_new ();
  g_autoptr (QsClient) elodie = qs_client_new ();
  g_autoptr (QsClient) marc = qs_client_new ();
  g_autoptr (QsRequest) confidential = qs_request_new ();
  g_autoptr (QsRequest) open = qs_request_new ();
  g_autoptr (QsRequest) deleted = qs_request_new ();
  g_autoptr (QsFeedback) anonymous = qs_feedback_new ();
  g_autoptr (QsFeedback) signed_feedback = qs_feedback_new ();
  g_autoptr (QsFeedback) about_confidential = qs_feedback_new ();
  g_autoptr (QsIndicator) indicator = qs_indicator_new ();
  g_autoptr (GError) error = NULL;
  const char *department_id = qs_entity_get_id (QS_ENTITY (department));

  g_object_set (department, "ref", "DRH", "name", TRICKY_TEXT, "is-provider", TRUE, NULL);
  g_object_set (gone, "ref", "OLD", "name", "Ancien service", NULL);
  g_object_set (elodie, "department-id", department_id, "given-name", "Élodie", "family-name",
                FAMILY_NAME, "email", "elodie@example.org", "phone", "+33 1 23", "notes",
                "Préfère\nle téléphone", "role", "Gestionnaire", "preferred-channel",
                QS_CHANNEL_IN_PERSON, NULL);
  g_object_set (marc, "department-id", department_id, "given-name", "Marc", "family-name", "Petit",
                NULL);
  fixture->client_ids[0] = g_strdup (qs_entity_get_id (QS_ENTITY (elodie)));
  fixture->client_ids[1] = g_strdup (qs_entity_get_id (QS_ENTITY (marc)));

  g_object_set (confidential, "ref", "REQ-2026-00001", "subject", TRICKY_TEXT, "client-id",
                fixture->client_ids[0], "confidential", TRUE, "kind", QS_REQUEST_KIND_COMPLAINT,
                "problem", QS_PROBLEM_UNFAIR_TREATMENT, "received-at",
                G_GINT64_CONSTANT (1767261600000000), "acknowledged-at",
                G_GINT64_CONSTANT (1767261600123456), "status", QS_REQUEST_STATUS_WAITING_ON_CLIENT,
                NULL);
  g_object_set (open, "ref", "REQ-2026-00002", "subject", "Badge d’accès", "client-id",
                fixture->client_ids[1], "priority", QS_PRIORITY_URGENT, "received-at",
                G_GINT64_CONSTANT (1772616600000000), NULL);
  g_object_set (deleted, "ref", "REQ-2026-00003", "subject", "Doublon", "received-at",
                G_GINT64_CONSTANT (1772616600000000), NULL);

  g_object_set (anonymous, "client-id", fixture->client_ids[0], "anonymous", TRUE, "received-at",
                G_GINT64_CONSTANT (1767261600000000), "rating", (gint64) 5, "expected-score", 4.25,
                "comment", "Très bien, merci", NULL);
  g_object_set (signed_feedback, "client-id", fixture->client_ids[1], "received-at",
                G_GINT64_CONSTANT (1767261600000000), "rating", (gint64) -1, "expected-score", 0.1,
                "perceived-score", 1e20, NULL);
  /* Signed, but about a confidential request: whose it is would say who
   * complained. */
  g_object_set (about_confidential, "client-id", fixture->client_ids[0], "request-id",
                qs_entity_get_id (QS_ENTITY (confidential)), "received-at",
                G_GINT64_CONSTANT (1767261600000000), "rating", (gint64) 2, NULL);
  g_object_set (indicator, "ref", "IND-1", "name-fr", "Accusés de réception", "target", 95.5, NULL);

  qs_test_save (store, department);
  qs_test_save (store, gone);
  qs_test_save (store, elodie);
  qs_test_save (store, marc);
  qs_test_save (store, confidential);
  qs_test_save (store, open);
  qs_test_save (store, deleted);
  qs_test_save (store, anonymous);
  qs_test_save (store, signed_feedback);
  qs_test_save (store, about_confidential);
  qs_test_save (store, indicator);
  g_assert_true (qs_repository_delete (qs_store_get_repository (store, QS_TYPE_REQUEST),
                                       QS_ENTITY (deleted), &error));
  g_assert_true (qs_repository_delete (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                                       QS_ENTITY (gone), &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qs-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  fill_store (fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
  g_free (fixture->client_ids[0]);
  g_free (fixture->client_ids[1]);
}

static char *
export_text (QsStore *store, GType type, QsExportFormat format, QsExportFlags flags)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_table_export_write (store, type, format, flags, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* A strict RFC 4180 reader: every record ends with CRLF, a field is quoted
 * or has no quote, CR and LF appear only inside quotes. Returns an array
 * of records, each a NULL-terminated array of fields. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray  *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray  *fields = g_ptr_array_new ();
  GString    *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++;; p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          p++;
          g_assert_true (*p == ',' || *p == '\r');
        }
      else
        while (*p != ',' && *p != '\r' && *p != '\0')
          {
            g_assert_true (*p != '"' && *p != '\n');
            g_string_append_c (field, *p++);
          }

      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (records, g_ptr_array_free (fields, FALSE));
          fields = g_ptr_array_new ();
        }
    }
  g_assert_cmpuint (fields->len, ==, 0);
  g_ptr_array_free (fields, TRUE);
  g_string_free (field, TRUE);
  return records;
}

static int
column_of (GPtrArray *records, const char *name)
{
  char **header = g_ptr_array_index (records, 0);

  for (int i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i;
  return -1;
}

/* The record whose @column is @value. */
static char **
find_record (GPtrArray *records, const char *column, const char *value)
{
  int c = column_of (records, column);

  g_assert_cmpint (c, >=, 0);
  for (guint r = 1; r < records->len; r++)
    {
      char **record = g_ptr_array_index (records, r);
      if (g_str_equal (record[c], value))
        return record;
    }
  g_assert_not_reached ();
}

static const char *
cell (GPtrArray *records, char **record, const char *column)
{
  int c = column_of (records, column);

  g_assert_cmpint (c, >=, 0);
  return record[c];
}

/* The exported columns: the base ones, then every field but the personal
 * ones unless asked for. */
static char *
expected_header (GType type, gboolean personal)
{
  g_autoptr (GString) header = g_string_new ("id,created_at,updated_at");
  g_autoptr (QsEntityClass) klass = g_type_class_ref (type);
  guint          n_fields;
  const QsField *fields = qs_entity_class_get_fields (klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (personal || !(fields[i].flags & QS_FIELD_PERSONAL))
      g_string_append_printf (header, ",%s", fields[i].name);
  return g_string_free (g_steal_pointer (&header), FALSE);
}

static void
test_csv_requests (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text =
    export_text (fixture->store, QS_TYPE_REQUEST, QS_EXPORT_FORMAT_CSV, QS_EXPORT_DEFAULT);
  g_autofree char *personal_text = export_text (fixture->store, QS_TYPE_REQUEST,
                                                QS_EXPORT_FORMAT_CSV, QS_EXPORT_WITH_PERSONAL_DATA);
  g_autoptr (GPtrArray) records = parse_csv (text);
  g_autoptr (GPtrArray) personal = parse_csv (personal_text);
  g_autofree char *header = expected_header (QS_TYPE_REQUEST, FALSE);
  g_autofree char *joined = g_strjoinv (",", g_ptr_array_index (records, 0));
  char           **confidential, **open;

  g_assert_cmpstr (joined, ==, header);
  /* The tombstoned request is not exported. */
  g_assert_cmpuint (records->len, ==, 1 + 2);

  confidential = find_record (records, "ref", "REQ-2026-00001");
  g_assert_cmpstr (cell (records, confidential, "subject"), ==, TRICKY_TEXT);
  g_assert_cmpstr (cell (records, confidential, "kind"), ==, "complaint");
  g_assert_cmpstr (cell (records, confidential, "problem"), ==, "unfair-treatment");
  g_assert_cmpstr (cell (records, confidential, "status"), ==, "waiting-on-client");
  g_assert_cmpstr (cell (records, confidential, "confidential"), ==, "true");
  g_assert_cmpstr (cell (records, confidential, "received_at"), ==, "2026-01-01T10:00:00Z");
  g_assert_cmpstr (cell (records, confidential, "acknowledged_at"), ==,
                   "2026-01-01T10:00:00.123456Z");
  g_assert_cmpstr (cell (records, confidential, "resolved_at"), ==, "");
  g_assert_cmpstr (cell (records, confidential, "escalation_level"), ==, "0");
  /* Who complained confidentially is withheld... */
  g_assert_cmpstr (cell (records, confidential, "client_id"), ==, "");

  open = find_record (records, "ref", "REQ-2026-00002");
  g_assert_cmpstr (cell (records, open, "confidential"), ==, "false");
  g_assert_cmpstr (cell (records, open, "priority"), ==, "urgent");
  g_assert_cmpstr (cell (records, open, "received_at"), ==, "2026-03-04T09:30:00Z");
  g_assert_cmpstr (cell (records, open, "client_id"), ==, fixture->client_ids[1]);

  /* ...unless asked for. */
  confidential = find_record (personal, "ref", "REQ-2026-00001");
  g_assert_cmpstr (cell (personal, confidential, "client_id"), ==, fixture->client_ids[0]);

  /* Quoted as RFC 4180 says, line breaks kept inside the quotes. */
  g_assert_nonnull (strstr (text, ",\"Zoé « l’été », \"\"quoted\"\", a,b; semi\nnew line\r\nCRLF"));
}

static void
test_csv_personal (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text =
    export_text (fixture->store, QS_TYPE_CLIENT, QS_EXPORT_FORMAT_CSV, QS_EXPORT_DEFAULT);
  g_autofree char *personal_text = export_text (fixture->store, QS_TYPE_CLIENT,
                                                QS_EXPORT_FORMAT_CSV, QS_EXPORT_WITH_PERSONAL_DATA);
  g_autoptr (GPtrArray) records = parse_csv (text);
  g_autoptr (GPtrArray) personal = parse_csv (personal_text);
  const char *hidden[] = { "given_name",   "family_name",        "email", "phone",
                           "availability", "privacy_preference", "notes" };
  char      **elodie;

  g_assert_cmpuint (records->len, ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    {
      g_assert_cmpint (column_of (records, hidden[i]), ==, -1);
      g_assert_cmpint (column_of (personal, hidden[i]), >=, 0);
    }
  g_assert_null (strstr (text, "Élodie"));
  g_assert_null (strstr (text, "elodie@"));

  elodie = find_record (records, "id", fixture->client_ids[0]);
  g_assert_cmpstr (cell (records, elodie, "role"), ==, "Gestionnaire");
  g_assert_cmpstr (cell (records, elodie, "preferred_channel"), ==, "in-person");

  elodie = find_record (personal, "id", fixture->client_ids[0]);
  g_assert_cmpstr (cell (personal, elodie, "given_name"), ==, "Élodie");
  g_assert_cmpstr (cell (personal, elodie, "family_name"), ==, FAMILY_NAME);
  g_assert_cmpstr (cell (personal, elodie, "notes"), ==, "Préfère\nle téléphone");
}

static void
check_feedback_numbers (Fixture *fixture)
{
  g_autofree char *text =
    export_text (fixture->store, QS_TYPE_FEEDBACK, QS_EXPORT_FORMAT_CSV, QS_EXPORT_DEFAULT);
  g_autofree char *indicators =
    export_text (fixture->store, QS_TYPE_INDICATOR, QS_EXPORT_FORMAT_CSV, QS_EXPORT_DEFAULT);
  g_autoptr (GPtrArray) records = parse_csv (text);
  g_autoptr (GPtrArray) indicator_records = parse_csv (indicators);
  char **anonymous = find_record (records, "rating", "5");
  char **signed_feedback = find_record (records, "rating", "-1");

  g_assert_cmpstr (cell (records, anonymous, "expected_score"), ==, "4.25");
  g_assert_cmpstr (cell (records, anonymous, "perceived_score"), ==, "");
  g_assert_cmpstr (cell (records, anonymous, "comment"), ==, "Très bien, merci");
  /* Anonymous feedback does not say whose it is, nor feedback about a
   * confidential request, though it keeps the request. */
  g_assert_cmpstr (cell (records, anonymous, "client_id"), ==, "");
  g_assert_cmpstr (cell (records, find_record (records, "rating", "2"), "client_id"), ==, "");
  g_assert_cmpstr (cell (records, find_record (records, "rating", "2"), "request_id"), !=, "");
  {
    g_autofree char *personal_text = export_text (
      fixture->store, QS_TYPE_FEEDBACK, QS_EXPORT_FORMAT_CSV, QS_EXPORT_WITH_PERSONAL_DATA);
    g_autoptr (GPtrArray) personal = parse_csv (personal_text);

    g_assert_cmpstr (cell (personal, find_record (personal, "rating", "2"), "client_id"), ==,
                     fixture->client_ids[0]);
  }
  g_assert_cmpstr (cell (records, signed_feedback, "client_id"), ==, fixture->client_ids[1]);
  g_assert_cmpstr (cell (records, signed_feedback, "expected_score"), ==, "0.1");
  g_assert_cmpstr (cell (records, signed_feedback, "perceived_score"), ==, "1e+20");
  g_assert_cmpstr (
    cell (indicator_records, find_record (indicator_records, "ref", "IND-1"), "target"), ==,
    "95.5");
}

static void
test_csv_numbers (Fixture *fixture, gconstpointer data)
{
  check_feedback_numbers (fixture);
}

/* A French locale writes 4,25 with printf: never in an export. */
static void
test_csv_numbers_french (Fixture *fixture, gconstpointer data)
{
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  {
    g_autofree char *printed = g_strdup_printf ("%.2f", 4.25);
    g_assert_cmpstr (printed, ==, "4,25");
  }
  check_feedback_numbers (fixture);
  setlocale (LC_ALL, previous);
}

static JsonArray *
parse_json_array (JsonParser *parser, const char *text)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_node_get_array (json_parser_get_root (parser));
}

static JsonObject *
find_object (JsonArray *array, const char *member, const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      if (g_strcmp0 (json_object_get_string_member (object, member), value) == 0)
        return object;
    }
  g_assert_not_reached ();
}

static void
test_json_requests (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text =
    export_text (fixture->store, QS_TYPE_REQUEST, QS_EXPORT_FORMAT_JSON, QS_EXPORT_DEFAULT);
  g_autofree char *personal_text = export_text (
    fixture->store, QS_TYPE_REQUEST, QS_EXPORT_FORMAT_JSON, QS_EXPORT_WITH_PERSONAL_DATA);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonParser) personal_parser = json_parser_new ();
  JsonArray  *requests = parse_json_array (parser, text);
  JsonArray  *personal = parse_json_array (personal_parser, personal_text);
  JsonObject *confidential, *open;

  g_assert_cmpuint (json_array_get_length (requests), ==, 2);
  confidential = find_object (requests, "ref", "REQ-2026-00001");
  g_assert_cmpstr (json_object_get_string_member (confidential, "subject"), ==, TRICKY_TEXT);
  g_assert_cmpstr (json_object_get_string_member (confidential, "received_at"), ==,
                   "2026-01-01T10:00:00Z");
  g_assert_true (json_object_get_null_member (confidential, "resolved_at"));
  g_assert_true (json_object_get_null_member (confidential, "client_id"));
  g_assert_true (json_object_get_boolean_member (confidential, "confidential"));
  g_assert_cmpstr (json_object_get_string_member (confidential, "status"), ==, "waiting-on-client");
  g_assert_cmpint (json_object_get_int_member (confidential, "escalation_level"), ==, 0);
  g_assert_false (json_object_has_member (confidential, "deleted_at"));

  open = find_object (requests, "ref", "REQ-2026-00002");
  g_assert_cmpstr (json_object_get_string_member (open, "client_id"), ==, fixture->client_ids[1]);
  g_assert_false (json_object_get_boolean_member (open, "confidential"));

  confidential = find_object (personal, "ref", "REQ-2026-00001");
  g_assert_cmpstr (json_object_get_string_member (confidential, "client_id"), ==,
                   fixture->client_ids[0]);
}

static void
test_json_values (Fixture *fixture, gconstpointer data)
{
  g_autofree char *feedback_text =
    export_text (fixture->store, QS_TYPE_FEEDBACK, QS_EXPORT_FORMAT_JSON, QS_EXPORT_DEFAULT);
  g_autofree char *client_text =
    export_text (fixture->store, QS_TYPE_CLIENT, QS_EXPORT_FORMAT_JSON, QS_EXPORT_DEFAULT);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonParser) client_parser = json_parser_new ();
  JsonArray  *feedback = parse_json_array (parser, feedback_text);
  JsonArray  *clients = parse_json_array (client_parser, client_text);
  JsonObject *anonymous = NULL;

  for (guint i = 0; i < json_array_get_length (feedback); i++)
    {
      JsonObject *object = json_array_get_object_element (feedback, i);
      if (json_object_get_int_member (object, "rating") == 5)
        anonymous = object;
    }
  g_assert_nonnull (anonymous);
  g_assert_cmpfloat (json_object_get_double_member (anonymous, "expected_score"), ==, 4.25);
  g_assert_true (json_object_get_null_member (anonymous, "perceived_score"));
  g_assert_true (json_object_get_null_member (anonymous, "client_id"));
  g_assert_cmpstr (json_object_get_string_member (anonymous, "source"), ==, "suggestion-box");

  for (guint i = 0; i < json_array_get_length (clients); i++)
    {
      JsonObject *client = json_array_get_object_element (clients, i);
      g_assert_false (json_object_has_member (client, "given_name"));
      g_assert_false (json_object_has_member (client, "email"));
      g_assert_true (json_object_has_member (client, "role"));
    }
}

/* Every table of the schema exports, in both formats, with its columns. */
static void
test_every_table (Fixture *fixture, gconstpointer data)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr (QsEntityClass) klass = g_type_class_ref (types[t]);
      const char      *table = qs_entity_class_get_table (klass);
      g_autofree char *csv = NULL;
      g_autofree char *json = NULL;
      g_autofree char *header = expected_header (types[t], FALSE);
      g_autofree char *joined = NULL;
      g_autoptr (GPtrArray) records = NULL;
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;
      gint64 count = qs_repository_count (qs_store_get_repository (fixture->store, types[t]), NULL,
                                          NULL, QS_QUERY_DEFAULT, &error);

      g_assert_true (qs_table_export_find_type (table) == types[t]);
      csv = export_text (fixture->store, types[t], QS_EXPORT_FORMAT_CSV, QS_EXPORT_DEFAULT);
      json = export_text (fixture->store, types[t], QS_EXPORT_FORMAT_JSON, QS_EXPORT_DEFAULT);
      records = parse_csv (csv);
      joined = g_strjoinv (",", g_ptr_array_index (records, 0));
      g_assert_cmpstr (joined, ==, header);
      g_assert_cmpint (records->len - 1, ==, count);
      g_assert_cmpint (json_array_get_length (parse_json_array (parser, json)), ==, count);
      if (count == 0)
        g_assert_cmpstr (json, ==, "[]\n");
    }
  g_assert_true (qs_table_export_find_type ("sqlite_master") == G_TYPE_INVALID);
  g_assert_true (qs_table_export_find_type ("backup") == G_TYPE_INVALID);
}

static void
test_timestamp_format (void)
{
  const gint64 values[] = { 0,
                            1,
                            999999,
                            951782400000000 /* 2000-02-29 */,
                            1767225599999999,
                            -1,
                            -86400000000,
                            G_GINT64_CONSTANT (253402300799000000) };

  for (guint i = 0; i < G_N_ELEMENTS (values) + 2000; i++)
    {
      gint64 usec =
        i < G_N_ELEMENTS (values) ? values[i] : (gint64) g_test_rand_double_range (-3e16, 2.5e17);
      g_autoptr (GDateTime) utc =
        g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC - (usec % G_USEC_PER_SEC < 0));
      gint64           fraction = ((usec % G_USEC_PER_SEC) + G_USEC_PER_SEC) % G_USEC_PER_SEC;
      g_autofree char *date = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
      g_autofree char *expected = fraction != 0 ? g_strdup_printf ("%s.%06dZ", date, (int) fraction)
                                                : g_strdup_printf ("%sZ", date);
      char             buffer[QS_JSON_EXPORT_TIMESTAMP_BUF_SIZE];

      g_assert_cmpstr (qs_json_export_format_timestamp (buffer, usec), ==, expected);
    }
}

static void
test_double_format (void)
{
  const struct
  {
    double      value;
    const char *text;
    const char *json;
  } known[] = {
    { 0.1, "0.1", "0.1" },
    { 4.0, "4", "4.0" },
    { -0.0, "-0", "-0.0" },
    { 1e20, "1e+20", "1e+20" },
    { 1.0 / 3.0, "0.3333333333333333", "0.3333333333333333" },
    { 95.5, "95.5", "95.5" },
    { NAN, NULL, "null" },
    { INFINITY, NULL, "null" },
  };
  char buffer[QS_JSON_EXPORT_DOUBLE_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_autoptr (GString) json = g_string_new (NULL);

      if (known[i].text != NULL)
        g_assert_cmpstr (qs_json_export_format_double (buffer, known[i].value), ==, known[i].text);
      qs_json_export_append_double (json, known[i].value);
      g_assert_cmpstr (json->str, ==, known[i].json);
    }

  /* The shortest text, and still exact. */
  for (guint i = 0; i < 10000; i++)
    {
      double value =
        g_test_rand_double_range (-1e6, 1e6) * pow (10, g_test_rand_int_range (-300, 300));

      qs_json_export_format_double (buffer, value);
      g_assert_true (g_ascii_strtod (buffer, NULL) == value);
    }
}

static void
test_json_string (void)
{
  const char *texts[] = { TRICKY_TEXT, "", "\x01\x1f\x7f", "\u2028 — 𝄞", "a\"b\\c/d" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GString) json = g_string_new (NULL);
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;

      qs_json_export_append_string (json, texts[i]);
      g_assert_null (strchr (json->str, '\n'));
      g_assert_true (json_parser_load_from_data (parser, json->str, -1, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (json_node_get_string (json_parser_get_root (parser)), ==, texts[i]);
    }

  {
    g_autoptr (GString) json = g_string_new (NULL);

    qs_json_export_append_string (json, NULL);
    g_assert_cmpstr (json->str, ==, "null");
    g_string_truncate (json, 0);
    /* Not UTF-8: repaired, so that the file stays valid. */
    qs_json_export_append_string (json, "caf\xe9");
    g_assert_true (g_utf8_validate (json->str, -1, NULL));
  }
}

static void
test_csv_field (void)
{
  const struct
  {
    const char *text;
    const char *csv;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { NULL, "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { " spaced ", " spaced " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) row = g_string_new (NULL);

      qs_csv_append_field (row, cases[i].text);
      g_assert_cmpstr (row->str, ==, cases[i].csv);
    }
}

/* -o FILE holds what the library writes; personal data gets a private file. */
static void
test_cli_to_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "requests.csv", NULL);
  g_autofree char *personal_path = g_build_filename (fixture->dir, "clients.json", NULL);
  const char      *argv[] = { "export", "requests", "--format", "csv", "-o", path, NULL };
  const char      *personal_argv[] = { "export",      "--with-personal-data", "clients", "-o",
                                       personal_path, "--format=json",        NULL };
  g_autofree char *expected =
    export_text (fixture->store, QS_TYPE_REQUEST, QS_EXPORT_FORMAT_CSV, QS_EXPORT_DEFAULT);
  g_autofree char *expected_personal = export_text (
    fixture->store, QS_TYPE_CLIENT, QS_EXPORT_FORMAT_JSON, QS_EXPORT_WITH_PERSONAL_DATA);
  g_autofree char *written = NULL;
  g_autofree char *written_personal = NULL;
  GStatBuf         st;

  g_assert_cmpint (qs_test_run_cli (qs_cli_export, fixture->db_path, argv), ==, 0);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  g_assert_cmpint (qs_test_run_cli (qs_cli_export, fixture->db_path, personal_argv), ==, 0);
  g_assert_true (g_file_get_contents (personal_path, &written_personal, NULL, NULL));
  g_assert_cmpstr (written_personal, ==, expected_personal);
  g_assert_nonnull (strstr (written_personal, "Élodie"));
  g_assert_cmpint (g_stat (personal_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  /* Written again over the same file. */
  g_assert_cmpint (qs_test_run_cli (qs_cli_export, fixture->db_path, argv), ==, 0);
  g_clear_pointer (&written, g_free);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
}

static void
test_cli_to_stdout (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "export", "departments", "--format", "csv", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_export, fixture->db_path, argv), ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("id,created_at,updated_at,ref,name,parent_id,*\r\n"
                             "*,DRH,\"Zoé « l’été », \"\"quoted\"\", a,b; *\",,,true,*\r\n");
  g_test_trap_assert_stdout_unmatched ("*OLD*");
  g_test_trap_assert_stderr ("");
}

typedef struct
{
  const char *argv[8];
  const char *stderr_pattern;
} UsageCase;

static const UsageCase usage_cases[] = {
  { { "export", "requests", "--format", "xml" },
    "qualserv-cli export: --format must be csv or json, not “xml”.\n" },
  { { "export", "bogus", "--format", "csv" },
    "qualserv-cli export: “bogus” is not a table; choose backup or one of departments, "
    "department_needs, clients, services, service_recipients, calendars, calendar_days, charters, "
    "commitments, requests, request_events, feedback, surveys, survey_questions, "
    "survey_responses, survey_answers, survey_departments, survey_invitations, indicators, "
    "indicator_values, actions, action_links, alerts.\n" },
  { { "export", "requests" },
    "qualserv-cli export: say which format to write: --format csv or --format json.\n" },
  { { "export", "backup", "--format", "csv" },
    "qualserv-cli export: a backup is written as json only.\n" },
  { { "export", "--format", "csv" },
    "qualserv-cli export: name a table to export, or “backup”.\n" },
  { { "export", "requests", "clients", "--format", "csv" },
    "qualserv-cli export: unexpected argument “clients”.\n" },
  { { "export", "requests", "--colour" }, "qualserv-cli export: Unknown option --colour*\n" },
  { { "export", "requests", "--format", "csv", "-o", "/nonexistent/dir/out.csv" },
    "qualserv-cli export: could not write “/nonexistent/dir/out.csv”: *\n" },
};

static void
test_cli_usage (Fixture *fixture, gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);

  if (g_test_subprocess ())
    {
      g_assert_cmpint (
        qs_test_run_cli (qs_cli_export, fixture->db_path, (const char **) usage_cases[i].argv), ==,
        1);
      return;
    }
  qs_test_assert_cli_error (usage_cases[i].stderr_pattern);
}

static void
test_cli_missing_database (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (fixture->dir, "missing.db", NULL);
      const char      *argv[] = { "export", "requests", "--format", "csv", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_export, path, argv), ==, 1);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      return;
    }
  qs_test_assert_cli_error ("qualserv-cli export: there is no database “*missing.db”.\n");
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/export/csv/requests", test_csv_requests);
  ADD ("/export/csv/personal", test_csv_personal);
  ADD ("/export/csv/numbers", test_csv_numbers);
  ADD ("/export/csv/numbers-french", test_csv_numbers_french);
  ADD ("/export/json/requests", test_json_requests);
  ADD ("/export/json/values", test_json_values);
  ADD ("/export/every-table", test_every_table);
  g_test_add_func ("/export/format/timestamp", test_timestamp_format);
  g_test_add_func ("/export/format/double", test_double_format);
  g_test_add_func ("/export/format/json-string", test_json_string);
  g_test_add_func ("/export/format/csv-field", test_csv_field);
  ADD ("/export/cli/to-file", test_cli_to_file);
  ADD ("/export/cli/to-stdout", test_cli_to_stdout);
  ADD ("/export/cli/missing-database", test_cli_missing_database);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/export/cli/usage/%u", i);
      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_cli_usage,
                  fixture_tear_down);
    }

  return g_test_run ();
}
