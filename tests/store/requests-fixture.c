/* requests-fixture.c — a small organisation for the request tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "requests-fixture.h"

#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-survey-repository.h"
#include "qs-test-util.h"

#define DAY "08:30-12:00,13:00-16:30"

void
qs_requests_fixture_save (QsRequestsFixture *fixture, gpointer entity)
{
  qs_test_save (fixture->store, entity);
}

GPtrArray *
qs_requests_fixture_complaints (QsRequestsFixture *fixture)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *complaints =
    qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                            "kind = 'complaint'", NULL, NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  return complaints;
}

QsSurveyAnswer *
qs_requests_fixture_new_answer (QsEntity *question, double score, double expected, const char *text)
{
  QsSurveyAnswer *answer = qs_survey_answer_new ();

  qs_entity_set_string (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_QUESTION_ID,
                        qs_entity_get_id (question));
  qs_entity_set_double (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_SCORE, score);
  qs_entity_set_double (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE, expected);
  qs_entity_set_string (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_TEXT, text);
  return answer;
}

void
qs_requests_fixture_record_response (QsRequestsFixture *fixture,
                                     QsSurvey          *survey,
                                     GPtrArray         *entities)
{
  g_autoptr (GPtrArray) responses =
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (responses, entities);
  g_assert_true (qs_survey_repository_record_responses (fixture->store, survey, responses, &error));
  g_assert_no_error (error);
}

QsRequest *
qs_requests_fixture_reload (QsRequestsFixture *fixture, QsRequest *request)
{
  g_autoptr (GError) error = NULL;
  QsEntity *found = qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                        qs_entity_get_id (QS_ENTITY (request)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return QS_REQUEST (found);
}

GPtrArray *
qs_requests_fixture_events (QsRequestsFixture *fixture, QsRequest *request)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *events = qs_request_repository_get_events (
    fixture->store, qs_entity_get_id (QS_ENTITY (request)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (events);
  return events;
}

static char *
add_person (QsRequestsFixture *fixture,
            const char        *given,
            const char        *family,
            const char        *department_id,
            QsLanguage         language)
{
  g_autoptr (QsClient) person = qs_client_new ();
  QsEntity *e = QS_ENTITY (person);

  qs_entity_set_string (e, QS_CLIENT_FIELD_GIVEN_NAME, given);
  qs_entity_set_string (e, QS_CLIENT_FIELD_FAMILY_NAME, family);
  qs_entity_set_string (e, QS_CLIENT_FIELD_DEPARTMENT_ID, department_id);
  qs_entity_set_enum (e, QS_CLIENT_FIELD_LANGUAGE, language);
  qs_requests_fixture_save (fixture, person);
  return g_strdup (qs_entity_get_id (e));
}

char *
qs_requests_fixture_add_commitment (QsRequestsFixture *fixture,
                                    QsMetric           metric,
                                    QsChannel          channel,
                                    const char        *request_kinds,
                                    double             value,
                                    QsDurationUnit     unit,
                                    int                position)
{
  g_autoptr (QsCommitment) commitment = qs_commitment_new ();
  QsEntity *e = QS_ENTITY (commitment);

  qs_entity_set_string (e, QS_COMMITMENT_FIELD_CHARTER_ID, fixture->charter_id);
  qs_entity_set_int (e, QS_COMMITMENT_FIELD_POSITION, position);
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_CATEGORY, QS_CATEGORY_AVAILABILITY);
  qs_entity_set_string (e, QS_COMMITMENT_FIELD_TEXT_EN, "We answer within the stated delay");
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_METRIC, metric);
  qs_entity_set_double (e, QS_COMMITMENT_FIELD_TARGET_VALUE, value);
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_TARGET_UNIT, unit);
  qs_entity_set_double (e, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, 90);
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_CHANNEL, channel);
  qs_entity_set_string (e, QS_COMMITMENT_FIELD_REQUEST_KINDS, request_kinds);
  qs_entity_set_string (e, QS_COMMITMENT_FIELD_OWNER_ID, fixture->owner_id);
  qs_requests_fixture_save (fixture, commitment);
  return g_strdup (qs_entity_get_id (e));
}

void
qs_requests_fixture_set_up (QsRequestsFixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) provider = qs_department_new ();
  g_autoptr (QsDepartment) finance = qs_department_new ();
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  g_autoptr (QsCalendarDay) holiday = qs_calendar_day_new ();
  g_autoptr (QsCharter) charter = qs_charter_new ();
  QsEntity *e;

  fixture->dir = qs_test_make_tmp_dir ("qs-requests-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (fixture->path);
  fixture->desk = qs_request_desk_new (fixture->store);
  fixture->policy = qs_escalation_policy_new (fixture->store);
  /* People and departments point at each other: checked at the commit. */
  g_assert_true (qs_store_begin (fixture->store, NULL));

  fixture->department_id = g_strdup (qs_entity_get_id (QS_ENTITY (provider)));
  fixture->client_department_id = g_strdup (qs_entity_get_id (QS_ENTITY (finance)));
  fixture->owner_id = add_person (fixture, "Nadia", "Roy", fixture->department_id, QS_LANGUAGE_FR);
  fixture->manager_id =
    add_person (fixture, "Luc", "Gagnon", fixture->department_id, QS_LANGUAGE_FR);
  fixture->client_fr_id =
    add_person (fixture, "Marie", "Tremblay", fixture->client_department_id, QS_LANGUAGE_FR);
  fixture->client_en_id =
    add_person (fixture, "John", "Smith", fixture->client_department_id, QS_LANGUAGE_EN);

  e = QS_ENTITY (provider);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_REF, "RH");
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME, "Human Resources");
  qs_entity_set_boolean (e, QS_DEPARTMENT_FIELD_IS_PROVIDER, TRUE);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_MANAGER_ID, fixture->manager_id);
  qs_requests_fixture_save (fixture, provider);
  e = QS_ENTITY (finance);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_REF, "FIN");
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME, "Finance");
  qs_requests_fixture_save (fixture, finance);

  e = QS_ENTITY (calendar);
  qs_entity_set_string (e, QS_CALENDAR_FIELD_REF, "CAL-RH");
  qs_entity_set_string (e, QS_CALENDAR_FIELD_NAME, "Human Resources offices");
  qs_entity_set_string (e, QS_CALENDAR_FIELD_TIMEZONE, "America/Toronto");
  qs_entity_set_string (e, QS_CALENDAR_FIELD_WEEKLY_HOURS,
                        "mon=" DAY ";tue=" DAY ";wed=" DAY ";thu=" DAY ";fri=" DAY);
  qs_entity_set_string (e, QS_CALENDAR_FIELD_DEPARTMENT_ID, fixture->department_id);
  qs_requests_fixture_save (fixture, calendar);
  fixture->calendar_id = g_strdup (qs_entity_get_id (e));

  e = QS_ENTITY (holiday);
  qs_entity_set_string (e, QS_CALENDAR_DAY_FIELD_CALENDAR_ID, fixture->calendar_id);
  qs_entity_set_string (e, QS_CALENDAR_DAY_FIELD_DAY, "2026-05-01");
  qs_entity_set_string (e, QS_CALENDAR_DAY_FIELD_NAME, "Labour Day");
  qs_requests_fixture_save (fixture, holiday);

  /* Written as a draft with its commitments, then published. */
  e = QS_ENTITY (charter);
  qs_entity_set_string (e, QS_CHARTER_FIELD_REF, "CH-RH");
  qs_entity_set_int (e, QS_CHARTER_FIELD_VERSION, 1);
  qs_entity_set_enum (e, QS_CHARTER_FIELD_STATUS, QS_CHARTER_STATUS_DRAFT);
  qs_entity_set_string (e, QS_CHARTER_FIELD_DEPARTMENT_ID, fixture->department_id);
  qs_entity_set_string (e, QS_CHARTER_FIELD_CALENDAR_ID, fixture->calendar_id);
  qs_entity_set_string (e, QS_CHARTER_FIELD_OWNER_ID, fixture->manager_id);
  qs_entity_set_enum (e, QS_CHARTER_FIELD_LANGUAGE, QS_LANGUAGE_FR);
  qs_entity_set_string (e, QS_CHARTER_FIELD_TITLE_EN, "Human Resources service charter");
  qs_requests_fixture_save (fixture, charter);
  fixture->charter_id = g_strdup (qs_entity_get_id (e));

  fixture->ack_commitment_id =
    qs_requests_fixture_add_commitment (fixture, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL, NULL,
                                        24, QS_DURATION_UNIT_BUSINESS_HOURS, 0);
  fixture->resolution_commitment_id = qs_requests_fixture_add_commitment (
    fixture, QS_METRIC_RESOLUTION, QS_CHANNEL_ANY, NULL, 5, QS_DURATION_UNIT_BUSINESS_DAYS, 1);

  qs_entity_set_enum (e, QS_CHARTER_FIELD_STATUS, QS_CHARTER_STATUS_PUBLISHED);
  qs_entity_set_int (e, QS_CHARTER_FIELD_PUBLISHED_AT,
                     qs_test_instant ("2026-01-05T09:00:00-05:00"));
  qs_requests_fixture_save (fixture, charter);
  g_assert_true (qs_store_commit (fixture->store, NULL));
}

void
qs_requests_fixture_tear_down (QsRequestsFixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->desk);
  g_clear_object (&fixture->policy);
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->department_id);
  g_free (fixture->client_department_id);
  g_free (fixture->calendar_id);
  g_free (fixture->charter_id);
  g_free (fixture->ack_commitment_id);
  g_free (fixture->resolution_commitment_id);
  g_free (fixture->owner_id);
  g_free (fixture->manager_id);
  g_free (fixture->client_fr_id);
  g_free (fixture->client_en_id);
}

gint64
qs_requests_fixture_at (const char *iso)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

void
qs_requests_fixture_consent (QsRequestsFixture *fixture, const char *client_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) client = qs_repository_find (
    qs_store_get_repository (fixture->store, QS_TYPE_CLIENT), client_id, &error);

  g_assert_no_error (error);
  qs_entity_set_boolean (client, QS_CLIENT_FIELD_SURVEY_CONSENT, TRUE);
  qs_requests_fixture_save (fixture, client);
}

QsRequest *
qs_requests_fixture_close_new (QsRequestsFixture *fixture,
                               const char        *client_id,
                               gboolean           confidential,
                               const char        *closed)
{
  static const QsRequestAction steps[] = {
    QS_REQUEST_ACTION_ACKNOWLEDGE,   QS_REQUEST_ACTION_START_ANALYSIS, QS_REQUEST_ACTION_RESOLVE,
    QS_REQUEST_ACTION_INFORM_CLIENT, QS_REQUEST_ACTION_CLOSE,
  };
  g_autoptr (GError) error = NULL;
  gint64       received = qs_requests_fixture_at ("2026-05-04T08:45:00-04:00");
  gint64       closed_at = qs_requests_fixture_at (closed);
  QsNewRequest input = {
    .client_id = client_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .kind = QS_REQUEST_KIND_REQUEST,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "Pay slip",
    .confidential = confidential,
    .received_at = received,
  };
  QsRequest *request =
    qs_request_desk_create (fixture->desk, &input, "Nadia Roy", received, &error);

  g_assert_no_error (error);
  /* One microsecond apart, the close last. */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_assert_true (qs_request_repository_apply (
        fixture->store, request, steps[i], steps[i] == QS_REQUEST_ACTION_RESOLVE ? "Done" : NULL,
        "Nadia Roy", closed_at - (gint64) (G_N_ELEMENTS (steps) - 1 - i), &error));
      g_assert_no_error (error);
    }
  return request;
}
