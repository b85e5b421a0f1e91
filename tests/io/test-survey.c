/* test-survey.c — questionnaires: their definition, invitations and answers, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation of requests-fixture.h: Human Resources (RH) provides;
 * Marie Tremblay (French) and John Smith (English) work in Finance (FIN),
 * Nadia Roy and Luc Gagnon (French) in Human Resources. Marie and John
 * agree to surveys and have e-mail addresses.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-csv-reader.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-survey-answers-import.h"
#include "qs-survey-import.h"
#include "qs-survey-invitations.h"
#include "qs-survey-repository.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

typedef QsRequestsFixture Fixture;

#define QUESTIONS                                                                                  \
  "\"questions\": ["                                                                               \
  " {\"kind\": \"scale\", \"text\": {\"fr\": \"Êtes-vous satisfait ?\", \"en\": \"Are you "       \
  "satisfied?\"}},"                                                                                \
  " {\"kind\": \"scale\", \"category\": \"courtesy\", \"text\": {\"fr\": \"Courtoisie\", \"en\": " \
  "\"Courtesy\"}},"                                                                                \
  " {\"kind\": \"recommendation\", \"text\": {\"fr\": \"Recommanderiez-vous ?\", \"en\": \"Would " \
  "you recommend us?\"}},"                                                                         \
  " {\"kind\": \"yes-no\", \"text\": {\"fr\": \"Connaissiez-vous la charte ?\", \"en\": \"Did "    \
  "you "                                                                                           \
  "know the charter?\"}},"                                                                         \
  " {\"kind\": \"text\", \"text\": {\"fr\": \"Une idée ?\", \"en\": \"An idea?\"}}]"

#define GOOD                                                                                       \
  "{\"ref\": \"BARO-2026\", \"title\": {\"fr\": \"Baromètre 2026\", \"en\": \"Barometer 2026\"}," \
  " \"department\": \"RH\", \"anonymous\": true, \"closes_on\": \"2026-12-18\","                   \
  " \"audience\": {\"kind\": \"departments\", \"departments\": [\"FIN\"]}, " QUESTIONS "}"

static void
set_email (Fixture *fixture, const char *client_id, const char *email)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) client = qs_repository_find (
    qs_store_get_repository (fixture->store, QS_TYPE_CLIENT), client_id, &error);

  g_assert_no_error (error);
  qs_entity_set_string (client, QS_CLIENT_FIELD_EMAIL, email);
  qs_requests_fixture_save (fixture, client);
}

static void
set_up (Fixture *fixture, gconstpointer data)
{
  qs_test_use_english_utf8 ();
  qs_requests_fixture_set_up (fixture, data);
  qs_requests_fixture_consent (fixture, fixture->client_fr_id);
  qs_requests_fixture_consent (fixture, fixture->client_en_id);
  set_email (fixture, fixture->client_fr_id, "marie.tremblay@example.org");
  set_email (fixture, fixture->client_en_id, "john.smith@example.org");
}

static gint64
count (Fixture *fixture, GType type)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_repository_count (qs_store_get_repository (fixture->store, type), NULL, NULL,
                                  QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  return n;
}

static QsSurvey *
import (Fixture *fixture, const char *json, GError **error)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");

  return qs_survey_import_json (fixture->store, json, strlen (json), "baro.json", zone, error);
}

static QsSurvey *
import_good (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  QsSurvey *survey = import (fixture, GOOD, &error);

  g_assert_no_error (error);
  g_assert_nonnull (survey);
  return survey;
}

/* A good definition: the questionnaire, its five questions in order,
 * the barometer's category, its audience of Finance. */
static void
test_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsSurvey) survey = import_good (fixture);
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) audience = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;

  questions = qs_survey_repository_get_questions (fixture->store, survey, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 5);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (questions, 1), QS_SURVEY_QUESTION_FIELD_CATEGORY), ==,
    "courtesy");
  g_assert_cmpint (
    qs_entity_get_enum (g_ptr_array_index (questions, 2), QS_SURVEY_QUESTION_FIELD_KIND), ==,
    QS_QUESTION_KIND_RECOMMENDATION);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (questions, 4), QS_SURVEY_QUESTION_FIELD_TEXT_FR), ==,
    "Une idée ?");
  g_assert_true (qs_entity_get_boolean (QS_ENTITY (survey), QS_SURVEY_FIELD_ANONYMOUS));

  /* Finance's two people, who agree; not Human Resources'. */
  audience = qs_survey_repository_get_audience (fixture->store, survey, zone, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (audience->len, ==, 2);
}

/* Each mistake is named where it is, and nothing is saved. */
static void
test_import_refusals (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"ref\": \"A\",", "“baro.json” is not a questionnaire in JSON: *:1:*" },
    { "[]", "“baro.json”: a questionnaire is a JSON object, { … }." },
    { "{\"title\": {\"en\": \"T\"}, \"questions\": []}",
      "“baro.json”: the questionnaire needs a reference, *" },
    { "{\"ref\": \"A\", \"title\": {\"en\": \"T\", \"fr\": \"T\"}, \"questions\": []}",
      "“baro.json”: a questionnaire needs at least one question, in “questions”." },
    { "{\"ref\": \"A\", \"title\": {\"en\": \"T\", \"fr\": \"T\"}, \"questions\": ["
      "{\"kind\": \"scale\", \"text\": {\"fr\": \"Q\", \"en\": \"Q\"}},"
      "{\"kind\": \"stars\", \"text\": {\"fr\": \"Q\", \"en\": \"Q\"}}]}",
      "“baro.json”, question 2: its “kind” must be scale, yes-no, text or recommendation." },
    { "{\"ref\": \"A\", \"title\": {\"en\": \"T\", \"fr\": \"T\"}, \"questions\": ["
      "{\"kind\": \"yes-no\", \"category\": \"courtesy\", \"text\": {\"fr\": \"Q\", \"en\": "
      "\"Q\"}}]}",
      "“baro.json”, question 1: only a question of kind “scale” may have a category*" },
    { "{\"ref\": \"A\", \"title\": {\"en\": \"T\", \"fr\": \"T\"}, \"department\": \"XX\", "
      "\"questions\": [{\"kind\": \"text\", \"text\": {\"fr\": \"Q\", \"en\": \"Q\"}}]}",
      "“baro.json”: no department has the reference “XX”." },
    { "{\"ref\": \"A\", \"title\": {\"en\": \"T\", \"fr\": \"T\"}, \"audience\": {\"kind\": "
      "\"closed-requests\", \"from\": \"2026-07-01\", \"to\": \"2026-06-30\"}, \"questions\": "
      "[{\"kind\": \"text\", \"text\": {\"fr\": \"Q\", \"en\": \"Q\"}}]}",
      "“baro.json”: an audience of closed requests needs its first and last days*" },
    /* Marie reads French: the second question's French is needed. */
    { "{\"ref\": \"A\", \"title\": {\"en\": \"T\", \"fr\": \"T\"}, \"questions\": ["
      "{\"kind\": \"text\", \"text\": {\"fr\": \"Q\", \"en\": \"Q\"}},"
      "{\"kind\": \"text\", \"text\": {\"en\": \"Q\"}}]}",
      "“baro.json”: Question 2 has no French text, and people of the audience read French." },
    { "{\"ref\": \"A\", \"title\": {\"en\": \"T\", \"fr\": \"T\"}, \"closes_on\": \"18/12/2026\","
      " \"questions\": [{\"kind\": \"text\", \"text\": {\"fr\": \"Q\", \"en\": \"Q\"}}]}",
      "“baro.json”: “closes_on” must be a date written YYYY-MM-DD." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (QsSurvey) survey = import (fixture, cases[i].json, &error);

      g_test_message ("case %u", i);
      g_assert_null (survey);
      g_assert_nonnull (error);
      if (!g_pattern_match_simple (cases[i].message, error->message))
        g_error ("case %u: “%s” is not “%s”", i, error->message, cases[i].message);
      g_assert_cmpint (count (fixture, QS_TYPE_SURVEY), ==, 0);
      g_assert_cmpint (count (fixture, QS_TYPE_SURVEY_QUESTION), ==, 0);
    }

  /* The same reference twice. */
  {
    g_autoptr (QsSurvey) first = import_good (fixture);
    g_autoptr (GError) error = NULL;
    g_autoptr (QsSurvey) second = import (fixture, GOOD, &error);

    g_assert_null (second);
    g_assert_cmpstr (
      error->message, ==,
      "“baro.json”: A questionnaire with the reference “BARO-2026” exists already: give this "
      "one another reference.");
    g_assert_cmpint (count (fixture, QS_TYPE_SURVEY_QUESTION), ==, 5);

    /* Deleted, it keeps its reference: the sentence says so again. */
    g_clear_error (&error);
    g_assert_true (qs_repository_delete (qs_store_get_repository (fixture->store, QS_TYPE_SURVEY),
                                         QS_ENTITY (first), &error));
    g_assert_no_error (error);
    g_assert_null (import (fixture, GOOD, &error));
    g_assert_cmpstr (
      error->message, ==,
      "“baro.json”: A questionnaire with the reference “BARO-2026” exists already: give this "
      "one another reference.");
  }
}

/* An audience that reads English only needs no French text. */
static void
test_import_languages (Fixture *fixture, gconstpointer data)
{
  const char *json =
    "{\"ref\": \"EN\", \"title\": {\"en\": \"T\"}, \"audience\": {\"kind\": \"closed-requests\","
    " \"from\": \"2026-05-01\", \"to\": \"2026-05-31\"}, \"questions\": [{\"kind\": \"text\", "
    "\"text\": {\"en\": \"Q\"}}]}";
  g_autoptr (QsRequest) request = qs_requests_fixture_close_new (
    fixture, fixture->client_en_id, FALSE, "2026-05-06T10:00:00-04:00");
  g_autoptr (QsRequest) confidential = qs_requests_fixture_close_new (
    fixture, fixture->client_fr_id, TRUE, "2026-05-06T11:00:00-04:00");
  g_autoptr (GError) error = NULL;
  g_autoptr (QsSurvey) survey = import (fixture, json, &error);
  g_autoptr (GPtrArray) audience = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");

  g_assert_no_error (error);
  g_assert_nonnull (survey);
  /* Marie's request was confidential: she is not in the audience. */
  audience = qs_survey_repository_get_audience (fixture->store, survey, zone, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (audience->len, ==, 1);
  g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (audience, 0)), ==, fixture->client_en_id);
}

/* The header of @message (RFC 5322) named @name, unfolded, or NULL. */
static char *
header (const char *message, const char *name)
{
  g_autofree char *head = g_strndup (message, strstr (message, "\r\n\r\n") - message);
  g_autofree char *unfolded = NULL;
  g_auto (GStrv) lines = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s: ", name);
  GString         *joined = g_string_new (NULL);

  /* Unfolding: a line break before a space goes. */
  for (const char *p = head; *p != '\0'; p++)
    if (!(p[0] == '\r' && p[1] == '\n' && p[2] == ' '))
      g_string_append_c (joined, *p);
    else
      p += 1;
  unfolded = g_string_free (joined, FALSE);
  lines = g_strsplit (unfolded, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i] + strlen (prefix));
  return NULL;
}

/* RFC 2047 encoded words decoded: "=?UTF-8?B?…?=" runs. */
static char *
decode_words (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      const char *end;

      if (g_str_has_prefix (p, "=?UTF-8?B?") && (end = strstr (p + 10, "?=")) != NULL)
        {
          g_autofree char   *encoded = g_strndup (p + 10, end - p - 10);
          gsize              length;
          g_autofree guchar *decoded = g_base64_decode (encoded, &length);

          g_string_append_len (out, (const char *) decoded, length);
          p = end + 2;
          while (*p == ' ')
            p++;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* One message per person, in their language, that a mail program
 * reads: the headers parse, the subject decodes, the body is UTF-8. */
static void
test_invitations_eml (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsSurvey) survey = import_good (fixture);
  g_autoptr (GPtrArray) audience = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = qs_test_make_tmp_dir ("qs-invitations-XXXXXX");
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autofree char *marie = NULL;
  g_autofree char *john = NULL;
  guint            n_written, n_skipped;

  audience = qs_survey_repository_get_audience (fixture->store, survey, zone, &error);
  g_assert_no_error (error);
  g_assert_true (qs_survey_invitations_write_eml (fixture->store, survey, audience, folder,
                                                  &n_written, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, 2);
  g_assert_cmpuint (n_skipped, ==, 0);
  g_assert_cmpint (qs_survey_repository_count_invited (fixture->store, survey, &error), ==, 2);

  /* By family name: Smith, then Tremblay. */
  {
    g_autofree char *path_john = g_build_filename (dir, "BARO-2026-0001-john-smith.eml", NULL);
    g_autofree char *path_marie = g_build_filename (dir, "BARO-2026-0002-marie-tremblay.eml", NULL);

    g_assert_true (g_file_get_contents (path_john, &john, NULL, NULL));
    g_assert_true (g_file_get_contents (path_marie, &marie, NULL, NULL));
  }
  {
    g_autofree char *to = header (marie, "To");
    g_autofree char *subject = header (marie, "Subject");
    g_autofree char *decoded = decode_words (subject);
    g_autofree char *english = header (john, "Subject");
    g_autofree char *type = header (marie, "Content-Type");
    g_autofree char *date = header (john, "Date");
    const char      *body = strstr (marie, "\r\n\r\n") + 4;

    g_assert_cmpstr (to, ==, "Marie Tremblay <marie.tremblay@example.org>");
    g_assert_cmpstr (decoded, ==, "Votre avis : Baromètre 2026");
    g_assert_cmpstr (english, ==, "Your opinion: Barometer 2026");
    g_assert_true (g_str_has_prefix (type, "text/plain; charset=UTF-8"));
    g_assert_true (g_utf8_validate (body, -1, NULL));
    g_assert_true (g_str_has_prefix (body, "Bonjour Marie,\r\n"));
    g_assert_nonnull (strstr (body, "Courtoisie"));
    g_assert_nonnull (strstr (john, "Hello John,\r\n"));
    g_assert_true (g_str_has_prefix (date, "Wed, 18 Nov 2026 15:00:00 +0000"));
    /* Every line within the 998 characters a message allows. */
    {
      g_auto (GStrv) lines = g_strsplit (marie, "\r\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_assert_cmpuint (strlen (lines[i]), <=, 998);
    }
  }

  /* Asked again, nobody is recorded twice. */
  g_assert_true (qs_survey_invitations_write_eml (fixture->store, survey, audience, folder,
                                                  &n_written, &n_skipped, &error));
  g_assert_cmpint (qs_survey_repository_count_invited (fixture->store, survey, &error), ==, 2);
}

/* The sheet for a mail merge opens with ';' in French, ',' in English:
 * a header, then a row a person with their message. */
static void
test_invitations_csv (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    QsLanguage  language;
    char        separator;
    const char *first_column;
  } sheets[] = { { QS_LANGUAGE_FR, ';', "Adresse électronique" },
                 { QS_LANGUAGE_EN, ',', "E-mail" } };
  g_autoptr (QsSurvey) survey = import_good (fixture);
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();

  for (guint s = 0; s < G_N_ELEMENTS (sheets); s++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) audience =
        qs_survey_repository_get_audience (fixture->store, survey, zone, &error);
      g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (QsCsvReader) reader = NULL;
      GPtrArray *row;
      guint      line, rows = 0;

      g_assert_true (qs_survey_invitations_write_csv (fixture->store, survey, audience,
                                                      sheets[s].language, stream, &error));
      g_assert_no_error (error);
      g_output_stream_close (stream, NULL, NULL);
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
      reader = qs_csv_reader_new (bytes, &error);
      g_assert_no_error (error);
      g_assert_cmpint (qs_csv_reader_get_separator (reader), ==, sheets[s].separator);
      g_assert_true (qs_csv_reader_next (reader, &row, &line, &error));
      g_assert_cmpuint (row->len, ==, 6);
      g_assert_cmpstr (g_ptr_array_index (row, 0), ==, sheets[s].first_column);
      while (qs_csv_reader_next (reader, &row, &line, &error))
        {
          g_assert_cmpuint (row->len, ==, 6);
          rows++;
          if (g_str_equal (g_ptr_array_index (row, 0), "marie.tremblay@example.org"))
            g_assert_true (g_str_has_prefix (g_ptr_array_index (row, 5), "Bonjour Marie,\n"));
        }
      g_assert_no_error (error);
      g_assert_cmpuint (rows, ==, 2);
    }
}

static GBytes *
sheet (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static gboolean
import_answers (Fixture *fixture, QsSurvey *survey, const char *csv, guint *n, GError **error)
{
  g_autoptr (GBytes) bytes = sheet (csv);
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");

  return qs_survey_answers_import (fixture->store, survey, bytes, "answers.csv", zone, n, error);
}

/* Answers by question number or text; a barometer question in two
 * columns; empty cells are no answer; the day, not the time, is kept. */
static void
test_answers (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsSurvey) survey = import_good (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) answers = NULL;
  g_autoptr (GPtrArray) responses = NULL;
  guint n = 0;

  g_assert_true (import_answers (fixture, survey,
                                 "department;Q1;Q2 expected;Q2 perceived;Would you recommend us?;"
                                 "Q4;Q5;submitted\n"
                                 "FIN;4;5;3;9;oui;Plus de formations;2026-11-02\n"
                                 "FIN;2;;;;no;;\n"
                                 ";;;;;;;\n",
                                 &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  responses =
    qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_RESPONSE), NULL,
                            NULL, "submitted_at", QS_QUERY_DEFAULT, &error);
  g_assert_cmpuint (responses->len, ==, 2);
  for (guint i = 0; i < responses->len; i++)
    {
      QsEntity *response = g_ptr_array_index (responses, i);

      g_assert_null (qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID));
      g_assert_cmpstr (qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID), ==,
                       fixture->client_department_id);
      g_assert_cmpint (qs_entity_get_int (response, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT) %
                         (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC),
                       ==, 0);
    }
  answers = qs_repository_find_all (
    qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER), "response_id = ?",
    g_variant_new ("(s)", qs_entity_get_id (g_ptr_array_index (responses, 0))), NULL,
    QS_QUERY_DEFAULT, &error);
  g_assert_cmpuint (answers->len, ==, 5);
  g_assert_cmpint (count (fixture, QS_TYPE_SURVEY_ANSWER), ==, 7);
  for (guint i = 0; i < answers->len; i++)
    {
      QsEntity *answer = g_ptr_array_index (answers, i);
      double    expected = qs_entity_get_double (answer, QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE);

      if (!isnan (expected))
        {
          g_assert_cmpfloat (expected, ==, 5);
          g_assert_cmpfloat (qs_entity_get_double (answer, QS_SURVEY_ANSWER_FIELD_SCORE), ==, 3);
        }
    }
}

static void
on_imported_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* In a thread, on a connection of its own: the same rows, or the same
 * refusal, as the window waits for neither. */
static void
test_answers_async (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsSurvey) survey = import_good (fixture);
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
  g_autoptr (GBytes) good = sheet ("department;Q1;Q2 expected;Q2 perceived;Q3;Q4;Q5\n"
                                   "FIN;4;5;3;9;oui;\n"
                                   "FIN;5;;;;non;\n"
                                   "FIN;3;4;4;10;oui;Merci\n");
  g_autoptr (GBytes) bad = sheet ("department;Q1;Q2 expected;Q2 perceived;Q3;Q4;Q5\n"
                                  "FIN;4;;;;;\n"
                                  "FIN;7;;;;;\n");
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  guint n = 0;

  qs_survey_answers_import_async (fixture->store, survey, good, "answers.csv", zone, on_imported_cb,
                                  &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (qs_survey_answers_import_finish (result, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (count (fixture, QS_TYPE_SURVEY_RESPONSE), ==, 3);

  g_clear_object (&result);
  qs_survey_answers_import_async (fixture->store, survey, bad, "answers.csv", zone, on_imported_cb,
                                  &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (qs_survey_answers_import_finish (result, &n, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 3, column 2"));
  g_assert_cmpint (count (fixture, QS_TYPE_SURVEY_RESPONSE), ==, 3);
}

/* A wrong cell, column or header is named by line and column, and not
 * one response is kept. */
static void
test_answers_refusals (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *csv;
    const char *message;
  } cases[] = {
    { "Q1,Q2 expected,Q2 perceived,Q3,Q4,Q5\n4,5,3,9,yes,ok\n4,5,3,11,yes,ok\n",
      "“answers.csv”, line 3, column 4 (“Q3”): “11” is not an answer: write a whole number from 0 "
      "to 10." },
    { "Q1,Q2 expected,Q2 perceived,Q3,Q4,Q5\n6,5,3,9,yes,ok\n",
      "“answers.csv”, line 2, column 1 (“Q1”): “6” is not an answer: write a whole number from 1 "
      "to 5." },
    { "Q1,Q2 expected,Q2 perceived,Q3,Q4,Q5\n4,5,3,9,maybe,ok\n",
      "“answers.csv”, line 2, column 5 (“Q4”): “maybe” is not an answer: write yes or no." },
    { "Q1,Q2 expected,Q2 perceived,Q3,Q4,Q5,Mood\n",
      "“answers.csv”, column 7 (“Mood”): no question of the questionnaire has this name; name a "
      "question Q1 to Q5, or by its text." },
    { "Q1,Q2 perceived,Q3,Q4,Q5\n",
      "“answers.csv”: no columns for question 2: it needs “Q2 expected” and “Q2 perceived”." },
    { "Q1,Q2 expected,Q2 perceived,Q3,Q4\n",
      "“answers.csv”: no column for question 5: name one “Q5”." },
    { "client,Q1,Q2 expected,Q2 perceived,Q3,Q4,Q5\n",
      "“answers.csv”, column 1 (“client”): this questionnaire is anonymous; its answers may not "
      "name anyone. Remove the column." },
    { "department,Q1,Q2 expected,Q2 perceived,Q3,Q4,Q5\nXX,4,5,3,9,yes,ok\n",
      "“answers.csv”, line 2, column 1 (“department”): no department has the reference “XX”." },
  };
  g_autoptr (QsSurvey) survey = import_good (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint n = 99;

      g_test_message ("case %u", i);
      g_assert_false (import_answers (fixture, survey, cases[i].csv, &n, &error));
      g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpuint (n, ==, 0);
      g_assert_cmpint (count (fixture, QS_TYPE_SURVEY_RESPONSE), ==, 0);
      g_assert_cmpint (count (fixture, QS_TYPE_SURVEY_ANSWER), ==, 0);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add ("/survey/" path, Fixture, NULL, set_up, func, qs_requests_fixture_tear_down)
  ADD ("import", test_import);
  ADD ("import-refusals", test_import_refusals);
  ADD ("import-languages", test_import_languages);
  ADD ("invitations-eml", test_invitations_eml);
  ADD ("invitations-csv", test_invitations_csv);
  ADD ("answers", test_answers);
  ADD ("answers-refusals", test_answers_refusals);
  ADD ("answers-async", test_answers_async);
#undef ADD

  return g_test_run ();
}
