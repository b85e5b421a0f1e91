/* qs-demo-feedback.c — the suggestion box and the yearly questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are anonymous: suggestion-box notes name nobody, and questionnaire
 * responses keep only the respondent's department. The questionnaire runs
 * every October over the intranet; only people who agreed to surveys are
 * asked, and about half of them answer. (Feedback after a request is
 * written with the requests, in qs-demo-requests.c.)
 */
#include <math.h>

#include "qs-demo-private.h"

#define DAY_USEC (G_GINT64_CONSTANT (86400) * QS_USEC_PER_SEC)

static gint64
random_business_time (QsDemo *demo, gint64 from, gint64 to)
{
  gint64 first = qs_demo_business_index (demo, from);
  gint64 last = qs_demo_business_index (demo, to);

  return qs_demo_business_time (demo, qs_demo_uniform (demo, first, MAX (first + 1, last)));
}

static gboolean
fill_suggestion_box (QsDemo *demo, GError **error)
{
  double weights[QS_DEMO_N_DEPARTMENTS];
  guint  n = 12 + demo->n_requests / 100;

  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    weights[d] = qs_demo_departments[d].request_share;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (QsFeedback) feedback = qs_demo_new_entity (demo, QS_TYPE_FEEDBACK);
      QsEntity *e = QS_ENTITY (feedback);
      guint     provider = qs_demo_pick (demo, weights, QS_DEMO_N_DEPARTMENTS);
      gint64    at = random_business_time (demo, demo->start, demo->now);

      qs_entity_set_enum (e, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_SUGGESTION_BOX);
      qs_entity_set_string (e, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                            demo->departments[provider].id);
      qs_entity_set_int (e, QS_FEEDBACK_FIELD_RECEIVED_AT, at);
      qs_entity_set_string (
        e, QS_FEEDBACK_FIELD_COMMENT,
        qs_demo_text (demo,
                      qs_demo_suggestion_box[qs_demo_index (demo, qs_demo_n_suggestion_box)]));
      qs_entity_set_boolean (e, QS_FEEDBACK_FIELD_ANONYMOUS, TRUE);
      qs_entity_set_enum (e, QS_FEEDBACK_FIELD_LANGUAGE, demo->language);
      if (!qs_demo_save (demo, feedback, at, error))
        return FALSE;
    }
  return TRUE;
}

static double
scale_score (QsDemo *demo, double mean)
{
  double noise = (g_rand_double (demo->rand) + g_rand_double (demo->rand) - 1) * 2;

  return CLAMP (round (mean + noise), 1, 5);
}

static gboolean
save_answer (QsDemo     *demo,
             const char *response_id,
             const char *question_id,
             double      score,
             double      expected,
             const char *text,
             gint64      at,
             GError    **error)
{
  g_autoptr (QsSurveyAnswer) answer = qs_demo_new_entity (demo, QS_TYPE_SURVEY_ANSWER);

  qs_entity_set_string (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_RESPONSE_ID, response_id);
  qs_entity_set_string (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_QUESTION_ID, question_id);
  qs_entity_set_double (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_SCORE, score);
  qs_entity_set_double (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE, expected);
  qs_entity_set_string (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_TEXT, text);
  return qs_demo_save (demo, answer, at, error);
}

static gboolean
save_response (QsDemo             *demo,
               const char         *survey_id,
               GPtrArray          *questions,
               const QsDemoClient *client,
               gint64              at,
               double              mood,
               GError            **error)
{
  g_autoptr (QsSurveyResponse) response = qs_demo_new_entity (demo, QS_TYPE_SURVEY_RESPONSE);
  const char *response_id = qs_entity_get_id (QS_ENTITY (response));

  qs_entity_set_string (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_SURVEY_ID, survey_id);
  qs_entity_set_string (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID,
                        demo->departments[client->department].id);
  qs_entity_set_int (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT, at);
  if (!qs_demo_save (demo, response, at, error))
    return FALSE;

  for (guint q = 0; q < qs_demo_n_questions; q++)
    {
      const char *question_id = g_ptr_array_index (questions, q);
      const char *category = qs_demo_questions[q].category;
      double      score = NAN;
      double      expected = NAN;
      const char *text = NULL;

      switch (qs_demo_questions[q].kind)
        {
        case QS_QUESTION_KIND_SCALE:
          /* The barometer: people expect much of every category, and
           * find delays the furthest from it, courtesy the closest. */
          if (category != NULL)
            expected = scale_score (demo, g_str_equal (category, "availability") ? 4.6 : 4.2);
          score = scale_score (demo, category == NULL                          ? mood
                                     : g_str_equal (category, "availability")  ? mood - 0.7
                                     : g_str_equal (category, "courtesy")      ? mood + 0.3
                                     : g_str_equal (category, "accessibility") ? mood - 0.3
                                                                               : mood);
          break;
        case QS_QUESTION_KIND_RECOMMENDATION:
          /* About 7.5 for a mood of 4: promoters, passives and detractors. */
          score = round (2.5 * mood - 2.5 + 5 * (g_rand_double (demo->rand) - 0.5));
          score = CLAMP (score, 0, 10);
          break;
        case QS_QUESTION_KIND_YES_NO:
          score = qs_demo_chance (demo, q == 6 ? 0.92 : 0.7) ? 1 : 0;
          break;
        case QS_QUESTION_KIND_TEXT:
        default:
          if (!qs_demo_chance (demo, 0.35))
            continue;
          text = qs_demo_text (
            demo, qs_demo_survey_comments[qs_demo_index (demo, qs_demo_n_survey_comments)]);
          break;
        }
      if (!save_answer (demo, response_id, question_id, score, expected, text, at, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
invite (QsDemo *demo, const char *survey_id, const QsDemoClient *client, gint64 at, GError **error)
{
  g_autoptr (QsSurveyInvitation) invitation = qs_demo_new_entity (demo, QS_TYPE_SURVEY_INVITATION);
  QsEntity *e = QS_ENTITY (invitation);

  qs_entity_set_string (e, QS_SURVEY_INVITATION_FIELD_SURVEY_ID, survey_id);
  qs_entity_set_string (e, QS_SURVEY_INVITATION_FIELD_CLIENT_ID, client->id);
  qs_entity_set_enum (e, QS_SURVEY_INVITATION_FIELD_LANGUAGE, client->language);
  return qs_demo_save (demo, invitation, at, error);
}

static gboolean
fill_survey (QsDemo *demo, int year, GError **error)
{
  g_autoptr (QsSurvey) survey = qs_demo_new_entity (demo, QS_TYPE_SURVEY);
  g_autoptr (GPtrArray) questions = g_ptr_array_new_with_free_func (g_free);
  QsEntity        *e = QS_ENTITY (survey);
  gint64           opens = qs_demo_date_time (demo, year, 10, 1);
  gint64           closes = qs_demo_date_time (demo, year, 11, 1);
  g_autofree char *ref =
    g_strdup_printf (demo->language == QS_LANGUAGE_FR ? "SONDAGE-%d" : "SURVEY-%d", year);
  g_autofree char *title_fr = g_strdup_printf ("%s %d", qs_demo_survey_title[QS_LANGUAGE_FR], year);
  g_autofree char *title_en = g_strdup_printf ("%s %d", qs_demo_survey_title[QS_LANGUAGE_EN], year);
  g_autofree char *opens_on = g_strdup_printf ("%d-10-01", year);
  g_autofree char *closes_on = g_strdup_printf ("%d-10-31", year);
  /* A better year after the charters were published. */
  double mood = 3.7 + 0.3 * (closes > demo->now - 200 * DAY_USEC);

  qs_entity_set_string (e, QS_SURVEY_FIELD_REF, ref);
  qs_entity_set_string (e, QS_SURVEY_FIELD_TITLE_FR, title_fr);
  qs_entity_set_string (e, QS_SURVEY_FIELD_TITLE_EN, title_en);
  qs_entity_set_enum (e, QS_SURVEY_FIELD_STATUS,
                      closes <= demo->now ? QS_SURVEY_STATUS_CLOSED : QS_SURVEY_STATUS_OPEN);
  qs_entity_set_boolean (e, QS_SURVEY_FIELD_ANONYMOUS, TRUE);
  qs_entity_set_string (e, QS_SURVEY_FIELD_OPENS_ON, opens_on);
  qs_entity_set_string (e, QS_SURVEY_FIELD_CLOSES_ON, closes_on);
  if (!qs_demo_save (demo, survey, opens - 14 * DAY_USEC, error))
    return FALSE;

  for (guint q = 0; q < qs_demo_n_questions; q++)
    {
      g_autoptr (QsSurveyQuestion) question = qs_demo_new_entity (demo, QS_TYPE_SURVEY_QUESTION);
      QsEntity *qe = QS_ENTITY (question);

      qs_entity_set_string (qe, QS_SURVEY_QUESTION_FIELD_SURVEY_ID, qs_entity_get_id (e));
      qs_entity_set_int (qe, QS_SURVEY_QUESTION_FIELD_POSITION, q);
      qs_entity_set_enum (qe, QS_SURVEY_QUESTION_FIELD_KIND, qs_demo_questions[q].kind);
      qs_entity_set_string (qe, QS_SURVEY_QUESTION_FIELD_CATEGORY, qs_demo_questions[q].category);
      qs_entity_set_string (qe, QS_SURVEY_QUESTION_FIELD_TEXT_FR,
                            qs_demo_questions[q].text[QS_LANGUAGE_FR]);
      qs_entity_set_string (qe, QS_SURVEY_QUESTION_FIELD_TEXT_EN,
                            qs_demo_questions[q].text[QS_LANGUAGE_EN]);
      if (!qs_demo_save (demo, question, opens - 14 * DAY_USEC, error))
        return FALSE;
      g_ptr_array_add (questions, g_strdup (qs_entity_get_id (qe)));
    }

  for (guint c = 0; c < demo->n_clients; c++)
    {
      const QsDemoClient *client = &demo->clients[c];
      gint64              at;

      if (!client->survey_consent)
        continue;
      /* Everyone who agreed is invited, in their language; about half answer. */
      if (!invite (demo, qs_entity_get_id (e), client, opens - 7 * DAY_USEC, error))
        return FALSE;
      if (!qs_demo_chance (demo, 0.55))
        continue;
      at = random_business_time (demo, opens, closes);
      if (at > demo->now)
        continue;
      if (!save_response (demo, qs_entity_get_id (e), questions, client, at, mood, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
qs_demo_fill_feedback (QsDemo *demo, GError **error)
{
  const QsDemoDay *first = qs_demo_day (demo, demo->start);
  const QsDemoDay *last = qs_demo_day (demo, demo->now);

  if (!fill_suggestion_box (demo, error))
    return FALSE;

  /* Every October of the history. */
  for (int year = first->year; year <= last->year; year++)
    {
      gint64 opens = qs_demo_date_time (demo, year, 10, 1);

      if (opens >= demo->start && opens < demo->now && !fill_survey (demo, year, error))
        return FALSE;
    }
  return TRUE;
}
