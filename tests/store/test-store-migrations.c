/* test-store-migrations.c — a database of an earlier schema is brought up to date, its data whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schema 14 rebuilds survey_questions (a CHECK constraint changed), with
 * foreign keys off meanwhile: a schema-13 database with a questionnaire
 * and its answers opens with every row and every link kept, and the
 * foreign keys on again. Schema 15 fills the tallies of the responses
 * and scores from the rows already there. Schema 17 measures how long
 * the requests already there took, in business time.
 */
#include "config.h"

#include <sqlite3.h>

#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-test-util.h"

static void
exec_or_fail (sqlite3 *db, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
}

/* A database made by the migrations up to @version alone. */
static void
make_old_database (const char *path, int version)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_or_fail (db, "PRAGMA foreign_keys = ON");
  for (int v = 1; v <= version; v++)
    {
      g_autofree char *resource = g_strdup_printf ("/org/example/QualServ/sql/%03d.sql", v);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
      g_autofree char *script = NULL;
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", v);

      g_assert_nonnull (bytes);
      script = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      exec_or_fail (db, "BEGIN");
      exec_or_fail (db, script);
      exec_or_fail (db, bump);
      exec_or_fail (db, "COMMIT");
    }
  exec_or_fail (
    db, "BEGIN;"
        "INSERT INTO departments (id, created_at, updated_at, ref, name)"
        " VALUES ('d1', 1, 1, 'FIN', 'Finance');"
        "INSERT INTO surveys (id, created_at, updated_at, ref, department_id)"
        " VALUES ('s1', 1, 1, 'Q-2026', 'd1');"
        "INSERT INTO survey_questions (id, created_at, updated_at, survey_id, position, kind,"
        " text_en, text_fr) VALUES ('q1', 1, 1, 's1', 0, 'scale', 'How?', 'Comment ?');"
        "INSERT INTO survey_questions (id, created_at, updated_at, survey_id, position, kind,"
        " text_en) VALUES ('q2', 1, 1, 's1', 1, 'text', 'Why?');"
        "INSERT INTO survey_responses (id, created_at, updated_at, survey_id, department_id,"
        " submitted_at) VALUES ('r1', 1, 1, 's1', 'd1', 1);"
        "INSERT INTO survey_answers (id, created_at, updated_at, response_id, question_id,"
        " score) VALUES ('a1', 1, 1, 'r1', 'q1', 4);"
        "COMMIT;");
  sqlite3_close (db);
}

static void
test_survey_questions_rebuilt (void)
{
  g_autofree char *dir = qs_test_make_tmp_dir ("qs-migrations-XXXXXX");
  g_autofree char *first = g_build_filename (dir, "first.db", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsEntity) question = NULL;
  g_autoptr (GError) error = NULL;

  /* Opening a store registers the migrations' resources. */
  g_clear_object (&store);
  store = qs_test_open_store (first);
  g_clear_object (&store);
  make_old_database (path, 13);

  store = qs_test_open_store (path);
  g_assert_cmpint (qs_store_get_schema_version (store), ==, QS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (qs_store_query_int (store, "PRAGMA foreign_keys", &error), ==, 1);
  g_assert_cmpint (
    qs_store_query_int (store, "SELECT count (*) FROM pragma_foreign_key_check", &error), ==, 0);
  g_assert_no_error (error);

  question =
    qs_repository_find (qs_store_get_repository (store, QS_TYPE_SURVEY_QUESTION), "q1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_TEXT_FR), ==,
                   "Comment ?");
  g_assert_null (qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_CATEGORY));
  g_assert_cmpint (qs_repository_count (qs_store_get_repository (store, QS_TYPE_SURVEY_QUESTION),
                                        NULL, NULL, QS_QUERY_DEFAULT, &error),
                   ==, 2);
  g_assert_cmpint (qs_store_query_int (store,
                                       "SELECT count (*) FROM survey_answers a"
                                       " JOIN survey_questions q ON q.id = a.question_id",
                                       &error),
                   ==, 1);

  /* The rebuilt table takes the new kind and keeps its foreign keys:
   * an answer to a question that is not there is still refused. */
  g_assert_true (qs_store_exec (store,
                                "UPDATE survey_questions SET kind = 'recommendation', category ="
                                " NULL WHERE id = 'q2'",
                                &error));
  g_assert_no_error (error);
  g_assert_false (qs_store_exec (store,
                                 "INSERT INTO survey_answers (id, created_at, updated_at,"
                                 " response_id, question_id) VALUES ('a2', 1, 1, 'r1', 'nowhere')",
                                 &error));
  g_assert_nonnull (error);

  g_clear_object (&store);
  qs_test_remove_tree (dir);
}

/* Schema 15 counts the responses and scores a schema-14 database holds:
 * live responses per questionnaire, department and service; live answers
 * that are not text, of live responses, one row per questionnaire,
 * department, service, question, score and level expected. */
static void
test_survey_answer_tallies_filled (void)
{
  g_autofree char *dir = qs_test_make_tmp_dir ("qs-migrations-XXXXXX");
  g_autofree char *first = g_build_filename (dir, "first.db", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr (QsStore) store = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;

  store = qs_test_open_store (first);
  g_clear_object (&store);
  make_old_database (path, 14);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_or_fail (
    db, "BEGIN;"
        "INSERT INTO survey_responses (id, created_at, updated_at, survey_id, department_id,"
        " submitted_at) VALUES ('r2', 1, 1, 's1', 'd1', 2);"
        "INSERT INTO survey_responses (id, created_at, updated_at, deleted_at, survey_id,"
        " submitted_at) VALUES ('r3', 1, 1, 5, 's1', 3);"
        "INSERT INTO survey_responses (id, created_at, updated_at, survey_id, submitted_at)"
        " VALUES ('r4', 1, 1, 's1', 4);"
        "INSERT INTO survey_answers (id, created_at, updated_at, response_id, question_id,"
        " score) VALUES ('a2', 1, 1, 'r2', 'q1', 4);"
        "INSERT INTO survey_answers (id, created_at, updated_at, response_id, question_id,"
        " score) VALUES ('a3', 1, 1, 'r3', 'q1', 4);"
        "INSERT INTO survey_answers (id, created_at, updated_at, deleted_at, response_id,"
        " question_id, score) VALUES ('a4', 1, 1, 5, 'r2', 'q1', 2);"
        "INSERT INTO survey_answers (id, created_at, updated_at, response_id, question_id,"
        " text) VALUES ('a5', 1, 1, 'r2', 'q2', 'Because');"
        "INSERT INTO survey_answers (id, created_at, updated_at, response_id, question_id,"
        " score) VALUES ('a6', 1, 1, 'r4', 'q1', 4);"
        "INSERT INTO survey_answers (id, created_at, updated_at, response_id, question_id)"
        " VALUES ('a7', 1, 1, 'r4', 'q1');"
        "COMMIT;");
  sqlite3_close (db);

  store = qs_test_open_store (path);
  g_assert_cmpint (qs_store_get_schema_version (store), ==, QS_STORE_SCHEMA_VERSION);
  /* a1 and a2 of Finance, a6 of nobody's department, a7 without a score. */
  g_assert_cmpint (qs_store_query_int (store,
                                       "SELECT count (*) FROM survey_answer_tallies WHERE"
                                       " survey_id = 's1' AND question_id = 'q1'"
                                       " AND service_id IS NULL AND expected_score IS NULL"
                                       " AND ((department_id = 'd1' AND score = 4 AND n = 2)"
                                       " OR (department_id IS NULL AND score = 4 AND n = 1)"
                                       " OR (department_id IS NULL AND score IS NULL AND n = 1))",
                                       &error),
                   ==, 3);
  g_assert_cmpint (
    qs_store_query_int (store, "SELECT count (*) FROM survey_answer_tallies", &error), ==, 3);
  /* r1 and r2 of Finance, r4 of nobody's department; r3 is deleted. */
  g_assert_cmpint (qs_store_query_int (store,
                                       "SELECT count (*) FROM survey_response_tallies WHERE"
                                       " survey_id = 's1' AND service_id IS NULL"
                                       " AND ((department_id = 'd1' AND n = 2)"
                                       " OR (department_id IS NULL AND n = 1))",
                                       &error),
                   ==, 2);
  g_assert_cmpint (
    qs_store_query_int (store, "SELECT count (*) FROM survey_response_tallies", &error), ==, 2);
  g_assert_no_error (error);

  g_clear_object (&store);
  qs_test_remove_tree (dir);
}

/* A schema-16 request of a calendar open 08:30–12:00 and 13:00–16:30 in
 * Toronto: received Monday 4 May 2026 09:00, acknowledged 11:00, waiting
 * on its client 13:00–15:00, resolved Tuesday 10:00, after it was once
 * reopened. Brought up to date: 2 business hours to acknowledge, 6 to
 * resolve (8 less the 2 waiting), reopened once. */
static void
test_request_durations_measured (void)
{
  g_autofree char *dir = qs_test_make_tmp_dir ("qs-migrations-XXXXXX");
  g_autofree char *first = g_build_filename (dir, "first.db", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr (QsStore) store = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;

  store = qs_test_open_store (first);
  g_clear_object (&store);
  make_old_database (path, 16);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_or_fail (
    db, "BEGIN;"
        "INSERT INTO calendars (id, created_at, updated_at, ref, name, timezone, weekly_hours,"
        " department_id) VALUES ('c1', 1, 1, 'CAL', 'Offices', 'America/Toronto',"
        " 'mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30', 'd1');"
        "INSERT INTO requests (id, created_at, updated_at, ref, subject, status, received_at,"
        " acknowledged_at, resolved_at, department_id, calendar_id) VALUES ('q1', 1, 1,"
        " 'REQ-2026-00001', 'Pay slip', 'resolved', 1777899600000000, 1777906800000000,"
        " 1777989600000000, 'd1', 'c1');"
        "INSERT INTO request_events (id, created_at, updated_at, request_id, at, kind)"
        " VALUES ('e1', 1, 1, 'q1', 1777914000000000, 'pause');"
        "INSERT INTO request_events (id, created_at, updated_at, request_id, at, kind)"
        " VALUES ('e2', 1, 1, 'q1', 1777921200000000, 'resume');"
        "INSERT INTO request_events (id, created_at, updated_at, request_id, at, kind,"
        " new_value) VALUES ('e3', 1, 1, 'q1', 1777917600000000, 'status', 'reopened');"
        "COMMIT;");
  sqlite3_close (db);

  store = qs_test_open_store (path);
  g_assert_cmpint (qs_store_get_schema_version (store), ==, QS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (
    qs_store_query_int (store, "SELECT ack_business_us FROM requests WHERE id = 'q1'", &error), ==,
    2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (qs_store_query_int (
                     store, "SELECT resolution_business_us FROM requests WHERE id = 'q1'", &error),
                   ==, 6 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (
    qs_store_query_int (store, "SELECT reopened_count FROM requests WHERE id = 'q1'", &error), ==,
    1);
  g_assert_no_error (error);

  g_clear_object (&store);
  qs_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-migrations/survey-questions-rebuilt", test_survey_questions_rebuilt);
  g_test_add_func ("/store-migrations/request-durations-measured", test_request_durations_measured);
  g_test_add_func ("/store-migrations/survey-answer-tallies-filled",
                   test_survey_answer_tallies_filled);

  return g_test_run ();
}
