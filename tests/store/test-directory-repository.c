/* test-directory-repository.c — the directory's queries, validation and anonymisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <locale.h>
#include <math.h>
#include <string.h>

#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"

#include "qs-test-util.h"

typedef struct
{
  char         *dir;
  QsStore      *store;
  QsDepartment *finance;
  QsDepartment *payroll;
  QsDepartment *it;
  QsClient     *helene;
  QsClient     *marc;
} Fixture;

static QsDepartment *
add_department (QsStore *store, const char *name, QsDepartment *parent, int position)
{
  QsDepartment *department = qs_department_new ();
  g_autoptr (GError) error = NULL;

  g_object_set (department, "name", name, "position", position, "parent-id",
                parent != NULL ? qs_entity_get_id (QS_ENTITY (parent)) : NULL, NULL);
  g_assert_true (qs_directory_repository_save_department (store, department, &error));
  g_assert_no_error (error);
  return department;
}

static QsClient *
add_client (QsStore      *store,
            const char   *given,
            const char   *family,
            const char   *email,
            const char   *role,
            QsDepartment *department,
            QsLanguage    language)
{
  QsClient *client = qs_client_new ();
  g_autoptr (GError) error = NULL;

  g_object_set (client, "given-name", given, "family-name", family, "email", email, "role", role,
                "language", language, "department-id", qs_entity_get_id (QS_ENTITY (department)),
                NULL);
  g_assert_true (qs_directory_repository_save_client (store, client, &error));
  g_assert_no_error (error);
  return client;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("qs-directory-XXXXXX");
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = qs_test_open_store (path);

  /* Sorted by position alone, Paie would come before its parent. */
  fixture->finance = add_department (fixture->store, "Finances", NULL, 1);
  fixture->payroll = add_department (fixture->store, "Paie", fixture->finance, 0);
  fixture->it = add_department (fixture->store, "Informatique", NULL, 0);

  fixture->helene = add_client (fixture->store, "Hélène", "Tremblay", "helene.tremblay@example.org",
                                "Comptable", fixture->payroll, QS_LANGUAGE_FR);
  fixture->marc = add_client (fixture->store, "Marc", "Dubois", "marc.dubois@example.org",
                              "Technicien", fixture->it, QS_LANGUAGE_EN);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->helene);
  g_clear_object (&fixture->marc);
  g_clear_object (&fixture->finance);
  g_clear_object (&fixture->payroll);
  g_clear_object (&fixture->it);
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The family names the model lists, in its order, comma-separated. */
static char *
people_after (Fixture *fixture, const char *search, const char *department_id, int language)
{
  g_autoptr (QsQueryListModel) model = qs_directory_repository_new_people_model (fixture->store);
  g_autoptr (GString) names = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  guint i;

  qs_directory_repository_set_people_filter (model, search, department_id, language, -1);
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_no_error (error);
  for (i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr (QsEntity) person = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                              qs_entity_get_string (person, QS_CLIENT_FIELD_FAMILY_NAME));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_search (Fixture *fixture, gconstpointer data)
{
  g_autofree char *all = people_after (fixture, NULL, NULL, -1);
  g_autofree char *prefix = people_after (fixture, "trem", NULL, -1);
  g_autofree char *folded = people_after (fixture, "helene", NULL, -1);
  g_autofree char *by_role = people_after (fixture, "techn", NULL, -1);
  g_autofree char *by_email = people_after (fixture, "marc.dub", NULL, -1);
  g_autofree char *by_department = people_after (fixture, "paie", NULL, -1);
  g_autofree char *none = people_after (fixture, "zzz", NULL, -1);
  g_autofree char *quotes = people_after (fixture, "\"trem* OR dub", NULL, -1);
  g_autofree char *english = people_after (fixture, NULL, NULL, QS_LANGUAGE_EN);
  g_autofree char *in_it =
    people_after (fixture, NULL, qs_entity_get_id (QS_ENTITY (fixture->it)), -1);

  g_assert_cmpstr (all, ==, "Dubois,Tremblay");
  g_assert_cmpstr (prefix, ==, "Tremblay");
  g_assert_cmpstr (folded, ==, "Tremblay");
  g_assert_cmpstr (by_role, ==, "Dubois");
  g_assert_cmpstr (by_email, ==, "Dubois");
  g_assert_cmpstr (by_department, ==, "Tremblay");
  g_assert_cmpstr (none, ==, "");
  /* FTS syntax typed by a user is only words, all of which must match. */
  g_assert_cmpstr (quotes, ==, "");
  g_assert_cmpstr (english, ==, "Dubois");
  g_assert_cmpstr (in_it, ==, "Dubois");
}

/* Renaming a department or moving a person changes what finds them. */
static void
test_search_follows_changes (Fixture *fixture, gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *moved = NULL;

  g_object_set (fixture->it, "name", "Numérique", NULL);
  g_assert_true (qs_directory_repository_save_department (fixture->store, fixture->it, NULL));
  before = people_after (fixture, "informatique", NULL, -1);
  renamed = people_after (fixture, "numerique", NULL, -1);
  g_assert_cmpstr (before, ==, "");
  g_assert_cmpstr (renamed, ==, "Dubois");

  g_object_set (fixture->helene, "department-id", qs_entity_get_id (QS_ENTITY (fixture->it)), NULL);
  g_assert_true (qs_directory_repository_save_client (fixture->store, fixture->helene, NULL));
  moved = people_after (fixture, "numer", NULL, -1);
  g_assert_cmpstr (moved, ==, "Dubois,Tremblay");
}

/* Accents and case do not move a name out of its letter, in any locale. */
static void
test_people_order (Fixture *fixture, gconstpointer data)
{
  static const char *const families[] = { "Brown",    "Évanturel", "bergeron",
                                          "Bélanger", "Evans",     "Bélanger" };
  g_autofree char         *all = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    {
      g_autofree char *email = g_strdup_printf ("person%u@example.org", i);
      g_autoptr (QsClient) client =
        add_client (fixture->store, i == 5 ? "Anne" : "Zoé", families[i], email, NULL, fixture->it,
                    QS_LANGUAGE_FR);
    }
  all = people_after (fixture, NULL, NULL, -1);
  g_assert_cmpstr (all, ==, "Bélanger,Bélanger,bergeron,Brown,Dubois,Evans,Évanturel,Tremblay");
}

static void
test_departments_order (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) departments =
    qs_directory_repository_get_departments (fixture->store, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (departments->len, ==, 3);
  g_assert_cmpstr (qs_entity_get_string (departments->pdata[0], QS_DEPARTMENT_FIELD_NAME), ==,
                   "Informatique");
  g_assert_cmpstr (qs_entity_get_string (departments->pdata[1], QS_DEPARTMENT_FIELD_NAME), ==,
                   "Finances");
  g_assert_cmpstr (qs_entity_get_string (departments->pdata[2], QS_DEPARTMENT_FIELD_NAME), ==,
                   "Paie");

  /* Finances under its own child would be a loop. */
  g_object_set (fixture->finance, "parent-id", qs_entity_get_id (QS_ENTITY (fixture->payroll)),
                NULL);
  g_assert_false (
    qs_directory_repository_save_department (fixture->store, fixture->finance, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
}

static void
test_client_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClient) client = qs_client_new ();
  g_autoptr (GError) error = NULL;

  g_object_set (client, "family-name", "Roy", "email", "jean@", NULL);
  g_assert_false (qs_directory_repository_save_client (fixture->store, client, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "e-mail “jean@”"));
  g_clear_error (&error);

  /* Another's address, whatever its case. */
  g_object_set (client, "email", "Marc.Dubois@Example.org", NULL);
  g_assert_false (qs_directory_repository_save_client (fixture->store, client, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already"));
  g_clear_error (&error);

  g_object_set (client, "email", "roy@example.org", "family-name", " ", NULL);
  g_assert_false (qs_directory_repository_save_client (fixture->store, client, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "family name"));
  g_clear_error (&error);

  g_object_set (client, "family-name", "Roy", NULL);
  g_assert_true (qs_directory_repository_save_client (fixture->store, client, &error));
  g_assert_no_error (error);
  /* Saving a person again is not a clash with themself. */
  g_assert_true (qs_directory_repository_save_client (fixture->store, client, &error));
  g_assert_no_error (error);
}

static void
test_needs_order (Fixture *fixture, gconstpointer data)
{
  const char *texts[] = { "Payslips on time", "Clear forms", "One contact" };
  const char *department_id = qs_entity_get_id (QS_ENTITY (fixture->payroll));
  g_autoptr (GPtrArray) needs = NULL;
  g_autoptr (GPtrArray) moved = NULL;
  g_autoptr (GPtrArray) left = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (QsDepartmentNeed) need = qs_department_need_new ();

      g_object_set (need, "department-id", department_id, "kind", QS_NEED_KIND_PRIORITY, "text",
                    texts[i], NULL);
      g_assert_true (qs_directory_repository_save_need (fixture->store, need, NULL));
    }
  needs =
    qs_directory_repository_get_needs (fixture->store, department_id, QS_NEED_KIND_PRIORITY, NULL);
  g_assert_cmpuint (needs->len, ==, 3);
  g_assert_cmpstr (qs_entity_get_string (needs->pdata[2], QS_DEPARTMENT_NEED_FIELD_TEXT), ==,
                   "One contact");

  g_assert_true (qs_directory_repository_move_need (fixture->store, needs->pdata[2], 0, NULL));
  moved =
    qs_directory_repository_get_needs (fixture->store, department_id, QS_NEED_KIND_PRIORITY, NULL);
  g_assert_cmpstr (qs_entity_get_string (moved->pdata[0], QS_DEPARTMENT_NEED_FIELD_TEXT), ==,
                   "One contact");
  g_assert_cmpstr (qs_entity_get_string (moved->pdata[1], QS_DEPARTMENT_NEED_FIELD_TEXT), ==,
                   "Payslips on time");

  g_assert_true (qs_directory_repository_delete_need (fixture->store, moved->pdata[0], NULL));
  left =
    qs_directory_repository_get_needs (fixture->store, department_id, QS_NEED_KIND_PRIORITY, NULL);
  g_assert_cmpuint (left->len, ==, 2);
  g_assert_cmpint (qs_entity_get_int (left->pdata[0], QS_DEPARTMENT_NEED_FIELD_POSITION), ==, 0);
  g_assert_cmpint (qs_entity_get_int (left->pdata[1], QS_DEPARTMENT_NEED_FIELD_POSITION), ==, 1);
}

static void
add_request_and_feedback (Fixture *fixture, QsClient *client, int n, gint64 when, int rating)
{
  const char *client_id = qs_entity_get_id (QS_ENTITY (client));
  const char *department_id =
    qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_DEPARTMENT_ID);
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autoptr (QsFeedback) feedback = qs_feedback_new ();
  g_autofree char *ref = g_strdup_printf ("REQ-%s-%d", client_id, n);
  g_autoptr (GError) error = NULL;

  g_object_set (request, "ref", ref, "subject", "Payslip", "client-id", client_id,
                "origin-department-id", department_id, "received-at", when, NULL);
  g_assert_true (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                     QS_ENTITY (request), &error));
  g_assert_no_error (error);
  g_object_set (feedback, "client-id", client_id, "department-id", department_id, "received-at",
                when, "rating", rating, NULL);
  g_assert_true (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_FEEDBACK),
                                     QS_ENTITY (feedback), &error));
  g_assert_no_error (error);
}

static gint64
count (QsStore *store, const char *sql)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  return n;
}

/* A tombstone and its Undo; a person whose records point to them stays. */
static void
test_delete_client (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClient) twin = qs_client_new ();
  g_autofree char *without = NULL;
  g_autofree char *back = NULL;
  g_autofree char *still = NULL;
  GError          *error = NULL;

  g_assert_true (qs_directory_repository_delete_client (fixture->store, fixture->marc, &error));
  g_assert_no_error (error);
  without = people_after (fixture, NULL, NULL, -1);
  g_assert_cmpstr (without, ==, "Tremblay");

  /* Someone took his address meanwhile: he cannot come back with it. */
  g_object_set (twin, "family-name", "Dubois", "email", "marc.dubois@example.org", NULL);
  g_assert_true (qs_directory_repository_save_client (fixture->store, twin, NULL));
  g_assert_false (qs_directory_repository_restore_client (fixture->store, fixture->marc, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (qs_entity_get_deleted_at (QS_ENTITY (fixture->marc)), !=, 0);
  g_object_set (twin, "email", "other@example.org", NULL);
  g_assert_true (qs_directory_repository_save_client (fixture->store, twin, NULL));
  g_assert_true (qs_directory_repository_restore_client (fixture->store, fixture->marc, &error));
  g_assert_no_error (error);
  back = people_after (fixture, "marc", NULL, -1);
  g_assert_cmpstr (back, ==, "Dubois");

  add_request_and_feedback (fixture, fixture->helene, 1, qs_test_now (), 4);
  g_assert_false (qs_directory_repository_delete_client (fixture->store, fixture->helene, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "anonymise them instead"));
  g_clear_error (&error);
  still = people_after (fixture, "helene", NULL, -1);
  g_assert_cmpstr (still, ==, "Tremblay");
}

/* A department goes only when nothing depends on it, and comes back. */
static void
test_delete_department (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) empty = add_department (fixture->store, "Archives", NULL, 2);
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GPtrArray) back = NULL;
  GError *error = NULL;

  /* Finances holds Paie; Paie holds Hélène. */
  g_assert_false (
    qs_directory_repository_delete_department (fixture->store, fixture->finance, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“Finances” cannot be deleted yet: it still has 1 department under it. Move "
                   "them to another department first.");
  g_clear_error (&error);
  g_assert_false (
    qs_directory_repository_delete_department (fixture->store, fixture->payroll, &error));
  g_assert_nonnull (strstr (error->message, "1 person"));
  g_clear_error (&error);

  g_assert_true (qs_directory_repository_delete_department (fixture->store, empty, &error));
  g_assert_no_error (error);
  after = qs_directory_repository_get_departments (fixture->store, NULL);
  g_assert_cmpuint (after->len, ==, 3);
  g_assert_true (qs_directory_repository_restore_department (fixture->store, empty, &error));
  g_assert_no_error (error);
  back = qs_directory_repository_get_departments (fixture->store, NULL);
  g_assert_cmpuint (back->len, ==, 4);
}

static void
test_anonymise (Fixture *fixture, gconstpointer data)
{
  const char *id = qs_entity_get_id (QS_ENTITY (fixture->helene));
  const char *department_id = qs_entity_get_id (QS_ENTITY (fixture->payroll));
  g_autoptr (QsEntity) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *found = NULL;
  gint64           requests_before, feedback_before;
  gint64           now = qs_store_now (fixture->store);

  add_request_and_feedback (fixture, fixture->helene, 1, now, 4);
  add_request_and_feedback (fixture, fixture->helene, 2, now, 2);
  add_request_and_feedback (fixture, fixture->marc, 3, now, 5);
  sql = g_strdup_printf ("SELECT count(*) FROM requests WHERE origin_department_id = '%s'",
                         department_id);
  requests_before = count (fixture->store, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM feedback WHERE department_id = '%s'", department_id);
  feedback_before = count (fixture->store, sql);
  g_assert_cmpint (requests_before, ==, 2);

  g_assert_true (qs_directory_repository_anonymise (fixture->store, fixture->helene, &error));
  g_assert_no_error (error);

  reloaded =
    qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT), id, &error);
  g_assert_no_error (error);
  g_assert_null (qs_entity_get_string (reloaded, QS_CLIENT_FIELD_GIVEN_NAME));
  g_assert_null (qs_entity_get_string (reloaded, QS_CLIENT_FIELD_FAMILY_NAME));
  g_assert_null (qs_entity_get_string (reloaded, QS_CLIENT_FIELD_EMAIL));
  g_assert_null (qs_entity_get_string (reloaded, QS_CLIENT_FIELD_PHONE));
  g_assert_cmpint (qs_entity_get_int (reloaded, QS_CLIENT_FIELD_ANONYMISED_AT), >=, now);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM clients WHERE id = '%s' AND "
                         "coalesce (given_name, family_name, email, phone, availability, "
                         "privacy_preference, notes) IS NOT NULL",
                         id);
  g_assert_cmpint (count (fixture->store, sql), ==, 0);
  /* Nor in what the search finds. */
  g_assert_cmpint (
    count (fixture->store,
           "SELECT count(*) FROM clients_search WHERE clients_search MATCH 'tremblay OR helene'"),
    ==, 0);
  found = people_after (fixture, "tremblay", NULL, -1);
  g_assert_cmpstr (found, ==, "");
  /* Nor anywhere in the files, old pages included. */
  {
    const char *suffixes[] = { "", "-wal" };
    guint       i;

    for (i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *path = g_strconcat (qs_store_get_path (fixture->store), suffixes[i], NULL);
        g_autofree char *contents = NULL;
        gsize            len = 0;

        if (!g_file_get_contents (path, &contents, &len, NULL))
          continue;
        g_assert_null (memmem (contents, len, "helene.tremblay@example", 23));
      }
  }

  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM requests WHERE origin_department_id = '%s'",
                         department_id);
  g_assert_cmpint (count (fixture->store, sql), ==, requests_before);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM feedback WHERE department_id = '%s'", department_id);
  g_assert_cmpint (count (fixture->store, sql), ==, feedback_before);
  g_assert_cmpint (qs_directory_repository_count_requests_of (fixture->store, id, NULL), ==, 2);
  g_assert_cmpint (qs_directory_repository_count_feedback_of (fixture->store, id, NULL), ==, 2);
}

static void
test_counts_and_trend (Fixture *fixture, gconstpointer data)
{
  const char *department_id = qs_entity_get_id (QS_ENTITY (fixture->payroll));
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr (GDateTime) now = g_date_time_new (zone, 2026, 3, 15, 12, 0, 0);
  g_autoptr (GDateTime) january = g_date_time_new (zone, 2026, 1, 10, 9, 0, 0);
  g_autoptr (GArray) trend = NULL;
  g_autoptr (GPtrArray) recent = NULL;

  add_request_and_feedback (fixture, fixture->helene, 1,
                            g_date_time_to_unix (january) * G_USEC_PER_SEC, 2);
  add_request_and_feedback (fixture, fixture->helene, 2, g_date_time_to_unix (now) * G_USEC_PER_SEC,
                            3);
  add_request_and_feedback (fixture, fixture->helene, 3, g_date_time_to_unix (now) * G_USEC_PER_SEC,
                            5);

  trend =
    qs_directory_repository_get_satisfaction_trend (fixture->store, department_id, now, 3, NULL);
  g_assert_cmpuint (trend->len, ==, 3);
  g_assert_cmpfloat (g_array_index (trend, double, 0), ==, 2.0);
  g_assert_true (isnan (g_array_index (trend, double, 1)));
  g_assert_cmpfloat (g_array_index (trend, double, 2), ==, 4.0);

  g_assert_cmpint (
    qs_directory_repository_count_open_requests (fixture->store, department_id, NULL), ==, 3);
  recent = qs_directory_repository_get_recent_requests_of (
    fixture->store, qs_entity_get_id (QS_ENTITY (fixture->helene)), 2, NULL);
  g_assert_cmpuint (recent->len, ==, 2);
  g_assert_cmpint (qs_entity_get_int (recent->pdata[0], QS_REQUEST_FIELD_RECEIVED_AT), >=,
                   qs_entity_get_int (recent->pdata[1], QS_REQUEST_FIELD_RECEIVED_AT));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/directory-repository/search", test_search);
  ADD ("/directory-repository/search-follows-changes", test_search_follows_changes);
  ADD ("/directory-repository/people-order", test_people_order);
  ADD ("/directory-repository/departments-order", test_departments_order);
  ADD ("/directory-repository/client-validation", test_client_validation);
  ADD ("/directory-repository/needs-order", test_needs_order);
  ADD ("/directory-repository/anonymise", test_anonymise);
  ADD ("/directory-repository/delete-client", test_delete_client);
  ADD ("/directory-repository/delete-department", test_delete_department);
  ADD ("/directory-repository/counts-and-trend", test_counts_and_trend);
#undef ADD

  return g_test_run ();
}
