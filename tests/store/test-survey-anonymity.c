/* test-survey-anonymity.c — an anonymous questionnaire keeps no identity with its answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever a writer gives (here the plain repository, as an import or a
 * script would), the rows of an anonymous questionnaire's responses and
 * answers hold no client and no time finer than the day: read back
 * column by column, nothing in them names the person who answered, nor
 * the minute they did, which a request of theirs would give away.
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-test-util.h"

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

typedef struct
{
  char    *dir;
  char    *path;
  QsStore *store;
  char    *client_id;
  char    *department_id;
} Fixture;

static gint64
at (const char *iso)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (QsClient) client = qs_client_new ();

  fixture->dir = qs_test_make_tmp_dir ("qs-survey-anonymity-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (fixture->path);
  g_object_set (department, "ref", "FIN", "name", "Finance", NULL);
  qs_test_save (fixture->store, department);
  g_object_set (client, "given-name", "Marie", "family-name", "Tremblay", "email",
                "marie.tremblay@example.org", "department-id",
                qs_entity_get_id (QS_ENTITY (department)), NULL);
  qs_test_save (fixture->store, client);
  fixture->client_id = g_strdup (qs_entity_get_id (QS_ENTITY (client)));
  fixture->department_id = g_strdup (qs_entity_get_id (QS_ENTITY (department)));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->client_id);
  g_free (fixture->department_id);
}

static char *
add_survey (Fixture *fixture, gboolean anonymous)
{
  g_autoptr (QsSurvey) survey = qs_survey_new ();

  g_object_set (survey, "ref", anonymous ? "BAR-2026" : "AFTER-2026", "anonymous", anonymous, NULL);
  qs_test_save (fixture->store, survey);
  return g_strdup (qs_entity_get_id (QS_ENTITY (survey)));
}

/* A response of Marie at 10:37:12.5 on 14 October, with one answer. */
static char *
add_response (Fixture *fixture, const char *survey_id)
{
  g_autoptr (QsSurveyQuestion) question = qs_survey_question_new ();
  g_autoptr (QsSurveyResponse) response = qs_survey_response_new ();
  g_autoptr (QsSurveyAnswer) answer = qs_survey_answer_new ();

  g_object_set (question, "survey-id", survey_id, "text-en", "How satisfied are you?", NULL);
  qs_test_save (fixture->store, question);
  g_object_set (response, "survey-id", survey_id, "client-id", fixture->client_id, "department-id",
                fixture->department_id, "submitted-at", at ("2026-10-14T10:37:12.5Z"), NULL);
  qs_test_save (fixture->store, response);
  g_object_set (answer, "response-id", qs_entity_get_id (QS_ENTITY (response)), "question-id",
                qs_entity_get_id (QS_ENTITY (question)), "score", 2.0, "text", "Too slow", NULL);
  qs_test_save (fixture->store, answer);
  return g_strdup (qs_entity_get_id (QS_ENTITY (response)));
}

/* Reads every column of @table's rows selected by @where, as stored:
 * counts the values that name Marie (her id, her name, her address) and
 * the integers that are times finer than a day. */
static void
scan (Fixture *fixture, const char *table, const char *where, guint *naming, guint *timed)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s", table, where);
  sqlite3         *db;
  sqlite3_stmt    *stmt;

  *naming = *timed = 0;
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      {
        const char *text = (const char *) sqlite3_column_text (stmt, c);

        if (sqlite3_column_type (stmt, c) == SQLITE_INTEGER)
          {
            gint64 value = sqlite3_column_int64 (stmt, c);

            /* Anything from 2001 on, in microseconds, is a time. */
            *timed += value > G_GINT64_CONSTANT (1000000000000000) && value % DAY != 0;
          }
        else if (text != NULL)
          *naming += g_str_equal (text, fixture->client_id) || strstr (text, "Tremblay") != NULL ||
                     strstr (text, "marie.tremblay") != NULL;
      }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
assert_anonymous (Fixture *fixture, const char *response_id)
{
  g_autofree char *responses = g_strdup_printf ("id = '%s'", response_id);
  g_autofree char *answers = g_strdup_printf ("response_id = '%s'", response_id);
  guint            naming, timed;

  scan (fixture, "survey_responses", responses, &naming, &timed);
  g_assert_cmpuint (naming, ==, 0);
  g_assert_cmpuint (timed, ==, 0);
  scan (fixture, "survey_answers", answers, &naming, &timed);
  g_assert_cmpuint (naming, ==, 0);
  g_assert_cmpuint (timed, ==, 0);
}

static void
test_anonymous (Fixture *fixture, gconstpointer data)
{
  g_autofree char *survey_id = add_survey (fixture, TRUE);
  g_autofree char *response_id = add_response (fixture, survey_id);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) stored = NULL;

  assert_anonymous (fixture, response_id);

  /* The department stays (results are grouped by it), and the day. */
  stored = qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_RESPONSE),
                               response_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID), ==,
                   fixture->department_id);
  g_assert_cmpint (qs_entity_get_int (stored, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT), ==,
                   at ("2026-10-14T00:00:00Z"));
  g_assert_null (qs_entity_get_string (stored, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID));

  /* Given a client again later, it forgets it again. */
  qs_entity_set_string (stored, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID, fixture->client_id);
  qs_entity_set_int (stored, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT, at ("2026-10-15T08:01:00Z"));
  qs_test_save (fixture->store, stored);
  assert_anonymous (fixture, response_id);
}

/* A questionnaire that is not anonymous keeps who and when; made
 * anonymous, it forgets them. */
static void
test_made_anonymous (Fixture *fixture, gconstpointer data)
{
  g_autofree char *survey_id = add_survey (fixture, FALSE);
  g_autofree char *response_id = add_response (fixture, survey_id);
  g_autofree char *where = g_strdup_printf ("id = '%s'", response_id);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) survey = NULL;
  guint naming, timed;

  scan (fixture, "survey_responses", where, &naming, &timed);
  g_assert_cmpuint (naming, ==, 1);
  g_assert_cmpuint (timed, >=, 1);

  survey = qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_SURVEY), survey_id,
                               &error);
  g_assert_no_error (error);
  qs_entity_set_boolean (survey, QS_SURVEY_FIELD_ANONYMOUS, TRUE);
  qs_test_save (fixture->store, survey);
  assert_anonymous (fixture, response_id);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/survey-anonymity/anonymous", Fixture, NULL, fixture_set_up, test_anonymous,
              fixture_tear_down);
  g_test_add ("/survey-anonymity/made-anonymous", Fixture, NULL, fixture_set_up,
              test_made_anonymous, fixture_tear_down);
  return g_test_run ();
}
