/* test-survey-fatigue.c — the rules that decide whether to ask a client about a closed request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every instant is written with its offset, and the calendar is in
 * America/Toronto: nothing depends on the machine's zone or today.
 * Toronto went to summer time on 8 March 2026, 02:00.
 */
#include "config.h"

#include "qs-error.h"
#include "qs-survey-fatigue.h"
#include "qs-test-locale.h"

#define WEEKLY                                                                                     \
  "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"                                       \
  "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;"                                       \
  "fri=08:30-12:00,13:00-16:30"

static gint64
at (const char *iso)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static QsBusinessHours *
toronto (void)
{
  g_autoptr (GError) error = NULL;
  QsBusinessHours *hours = qs_business_hours_new ("America/Toronto", WEEKLY, &error);

  g_assert_no_error (error);
  return hours;
}

/* A client who consents, outside the provider, never asked before. */
static QsSurveyCase
willing_client (const char *closed_at)
{
  return (QsSurveyCase){
    .request_id = "REQ-2026-00005",
    .closed_at = at (closed_at),
    .has_client = TRUE,
    .client_consents = TRUE,
  };
}

/* Rules with no delay, so that the question would go at the close. */
static QsSurveyFatigueRules
rules_without_delay (void)
{
  QsSurveyFatigueRules rules;

  qs_survey_fatigue_rules_init (&rules);
  rules.delay_days = 0;
  return rules;
}

static void
test_delay (void)
{
  g_autoptr (QsBusinessHours) hours = toronto ();
  QsSurveyFatigueRules rules;
  QsSurveyCase         survey_case = willing_client ("2026-05-01T15:00:00-04:00");
  QsSurveyProposal     proposal;

  qs_survey_fatigue_rules_init (&rules);
  g_assert_cmpuint (rules.delay_days, ==, 1);
  g_assert_cmpuint (rules.cool_off_days, ==, 30);
  g_assert_cmpuint (rules.monthly_cap, ==, 2);

  /* Closed Friday 15:00: 1.5 h that day, 3.5 h Monday morning, 2 h after
   * lunch: one business day of 7 h ends Monday 15:00. */
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  g_assert_cmpint (proposal.verdict, ==, QS_SURVEY_VERDICT_ASK);
  g_assert_cmpint (proposal.ask_at, ==, at ("2026-05-04T15:00:00-04:00"));

  /* Two days: Tuesday 15:00. */
  rules.delay_days = 2;
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  g_assert_cmpint (proposal.ask_at, ==, at ("2026-05-05T15:00:00-04:00"));

  /* Without a calendar, whole days. */
  proposal = qs_survey_fatigue_decide (&rules, NULL, &survey_case);
  g_assert_cmpint (proposal.ask_at, ==, at ("2026-05-03T15:00:00-04:00"));
}

static void
test_who_is_never_asked (void)
{
  g_autoptr (QsBusinessHours) hours = toronto ();
  QsSurveyFatigueRules rules = rules_without_delay ();
  QsSurveyCase         survey_case = willing_client ("2026-05-04T10:00:00-04:00");

  survey_case.has_client = FALSE;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_NO_CLIENT);

  /* Confidential comes before consent: both are said by the first. */
  survey_case = willing_client ("2026-05-04T10:00:00-04:00");
  survey_case.confidential = TRUE;
  survey_case.client_consents = FALSE;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_CONFIDENTIAL);
  survey_case.confidential = FALSE;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_NO_CONSENT);

  survey_case.client_consents = TRUE;
  survey_case.client_in_provider = TRUE;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_OWN_DEPARTMENT);
}

static void
test_cool_off (void)
{
  g_autoptr (QsBusinessHours) hours = toronto ();
  QsSurveyFatigueRules rules = rules_without_delay ();
  QsSurveyCase         survey_case = willing_client ("2026-05-04T15:00:00-04:00");
  gint64               asked[] = { at ("2026-04-04T15:00:00-04:00") };
  QsSurveyProposal     proposal;

  survey_case.asked_before = asked;
  survey_case.n_asked_before = G_N_ELEMENTS (asked);

  /* Exactly 30 days after: asked. */
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  g_assert_cmpint (proposal.verdict, ==, QS_SURVEY_VERDICT_ASK);

  /* One minute short of 30 days. */
  asked[0] = at ("2026-04-04T15:01:00-04:00");
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  g_assert_cmpint (proposal.verdict, ==, QS_SURVEY_VERDICT_COOL_OFF);
  g_assert_cmpint (proposal.since, ==, asked[0]);
  g_assert_cmpint (proposal.until, ==, at ("2026-05-04T15:01:00-04:00"));

  /* Across the change to summer time, 30 days keep the wall-clock time:
   * 20 February 10:00 EST to 22 March 10:00 EDT is 30 days less an hour. */
  asked[0] = at ("2026-02-20T10:00:00-05:00");
  survey_case.closed_at = at ("2026-03-22T09:59:00-04:00");
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_COOL_OFF);
  survey_case.closed_at = at ("2026-03-22T10:00:00-04:00");
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_ASK);

  /* A question asked after this one's time does not count. */
  asked[0] = at ("2026-03-23T10:00:00-04:00");
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_ASK);

  /* No cool-off. */
  rules.cool_off_days = 0;
  asked[0] = survey_case.closed_at;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_ASK);
}

static void
test_monthly_cap (void)
{
  g_autoptr (QsBusinessHours) hours = toronto ();
  QsSurveyFatigueRules rules = rules_without_delay ();
  QsSurveyCase         survey_case = willing_client ("2026-02-02T10:00:00-05:00");
  gint64               asked[2];
  QsSurveyProposal     proposal;

  rules.cool_off_days = 0;
  survey_case.asked_before = asked;
  survey_case.n_asked_before = G_N_ELEMENTS (asked);

  /* Twice at the end of January: February starts afresh. */
  asked[0] = at ("2026-01-30T10:00:00-05:00");
  asked[1] = at ("2026-01-31T10:00:00-05:00");
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_ASK);

  /* Twice in February: the third waits for March, midnight in Toronto. */
  asked[0] = at ("2026-02-10T10:00:00-05:00");
  /* 1 March 03:00 UTC is still 28 February in Toronto. */
  asked[1] = at ("2026-03-01T03:00:00Z");
  survey_case.closed_at = at ("2026-03-01T03:30:00Z");
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  g_assert_cmpint (proposal.verdict, ==, QS_SURVEY_VERDICT_MONTHLY_CAP);
  g_assert_cmpint (proposal.since, ==, at ("2026-02-01T00:00:00-05:00"));
  g_assert_cmpint (proposal.until, ==, at ("2026-03-01T00:00:00-05:00"));

  /* An hour later it is March in Toronto. */
  survey_case.closed_at = at ("2026-03-01T05:00:00Z");
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_ASK);

  /* A cap of three lets the third go; no cap, any number. */
  survey_case.closed_at = at ("2026-03-01T03:30:00Z");
  rules.monthly_cap = 3;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_ASK);
  rules.monthly_cap = 0;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_ASK);
}

static void
test_sampling (void)
{
  guint taken_42 = 0, taken_7 = 0, both = 0;

  /* Worked out by hand from the hash's definition: the same on every
   * machine, at every run. */
  g_assert_false (qs_survey_fatigue_is_sampled ("REQ-2026-00001", 3, 42));
  g_assert_true (qs_survey_fatigue_is_sampled ("REQ-2026-00004", 3, 42));
  g_assert_true (qs_survey_fatigue_is_sampled ("REQ-2026-00005", 3, 42));
  g_assert_false (qs_survey_fatigue_is_sampled ("REQ-2026-00004", 3, 7));
  g_assert_true (qs_survey_fatigue_is_sampled ("REQ-2026-00005", 3, 7));
  g_assert_true (qs_survey_fatigue_is_sampled ("REQ-2026-00001", 1, 42));
  g_assert_true (qs_survey_fatigue_is_sampled ("REQ-2026-00001", 0, 42));

  /* About one in three, and another seed draws another third. */
  for (guint i = 1; i <= 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("REQ-2026-%05u", i);
      gboolean         in_42 = qs_survey_fatigue_is_sampled (id, 3, 42);
      gboolean         in_7 = qs_survey_fatigue_is_sampled (id, 3, 7);

      taken_42 += in_42;
      taken_7 += in_7;
      both += in_42 && in_7;
    }
  g_assert_cmpuint (taken_42, ==, 1008);
  g_assert_cmpuint (taken_7, ==, 995);
  g_assert_cmpuint (both, ==, 327);
}

/* The first rule that refuses is the reason; the sample comes before the
 * client's history, the cool-off before the cap. */
static void
test_combinations (void)
{
  g_autoptr (QsBusinessHours) hours = toronto ();
  QsSurveyFatigueRules rules = rules_without_delay ();
  QsSurveyCase         survey_case = willing_client ("2026-02-27T10:00:00-05:00");
  gint64 asked[] = { at ("2026-02-20T10:00:00-05:00"), at ("2026-02-24T10:00:00-05:00") };

  survey_case.asked_before = asked;
  survey_case.n_asked_before = G_N_ELEMENTS (asked);
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_COOL_OFF);
  rules.cool_off_days = 0;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_MONTHLY_CAP);

  /* REQ-2026-00001 is not in seed 42's third. */
  rules.sample_one_in = 3;
  rules.seed = 42;
  survey_case.request_id = "REQ-2026-00001";
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_NOT_SAMPLED);
  survey_case.client_consents = FALSE;
  g_assert_cmpint (qs_survey_fatigue_decide (&rules, hours, &survey_case).verdict, ==,
                   QS_SURVEY_VERDICT_NO_CONSENT);
}

static void
test_describe (void)
{
  g_autoptr (QsBusinessHours) hours = toronto ();
  QsSurveyFatigueRules rules;
  QsSurveyCase         survey_case = willing_client ("2026-05-01T15:00:00-04:00");
  gint64               asked[] = { at ("2026-04-20T11:00:00-04:00") };
  QsSurveyProposal     proposal;
  g_autofree char     *ask = NULL;
  g_autofree char     *cool = NULL;
  g_autofree char     *cap = NULL;
  g_autofree char     *sample = NULL;

  qs_survey_fatigue_rules_init (&rules);
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  ask = qs_survey_proposal_describe (&proposal, &rules, hours);
  g_assert_cmpstr (ask, ==, "The client can be asked how the request was handled from 4 May 2026.");

  survey_case.asked_before = asked;
  survey_case.n_asked_before = 1;
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  cool = qs_survey_proposal_describe (&proposal, &rules, hours);
  g_assert_cmpstr (cool, ==,
                   "Not asked: the client was asked on 20 April 2026, and is asked at most once "
                   "in 30 days; the next question can go from 20 May 2026.");

  rules.cool_off_days = 0;
  rules.monthly_cap = 1;
  asked[0] = at ("2026-05-01T11:00:00-04:00");
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  cap = qs_survey_proposal_describe (&proposal, &rules, hours);
  g_assert_cmpstr (cap, ==,
                   "Not asked: the client was already asked 1 time this month; the next "
                   "question can go from 1 June 2026.");

  rules.sample_one_in = 3;
  rules.seed = 42;
  survey_case.request_id = "REQ-2026-00001";
  proposal = qs_survey_fatigue_decide (&rules, hours, &survey_case);
  sample = qs_survey_proposal_describe (&proposal, &rules, hours);
  g_assert_cmpstr (sample, ==,
                   "Not asked: only one request in 3 is asked about, and this one is not in the "
                   "sample.");
}

static void
test_rules_text (void)
{
  QsSurveyFatigueRules rules;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  qs_survey_fatigue_rules_init (&rules);
  g_assert_null (qs_survey_fatigue_rules_to_string (&rules));
  g_assert_true (qs_survey_fatigue_rules_parse (" cap = 3 ; sample=4;", &rules, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rules.delay_days, ==, 1);
  g_assert_cmpuint (rules.cool_off_days, ==, 30);
  g_assert_cmpuint (rules.monthly_cap, ==, 3);
  g_assert_cmpuint (rules.sample_one_in, ==, 4);
  text = qs_survey_fatigue_rules_to_string (&rules);
  g_assert_cmpstr (text, ==, "delay=1;cool-off=30;cap=3;sample=4");

  /* Refused whole, the rules as they were. */
  g_assert_false (qs_survey_fatigue_rules_parse ("cap=3;often=2", &rules, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“often=2” is not a survey rule: write delay, cool-off, cap or sample, such as "
                   "“delay=1;cool-off=30;cap=2;sample=1”.");
  g_clear_error (&error);
  g_assert_false (qs_survey_fatigue_rules_parse ("cool-off=400", &rules, &error));
  g_assert_cmpstr (error->message, ==,
                   "The survey rule “cool-off” must be a whole number from 0 to 365, not “400”.");
  g_clear_error (&error);
  g_assert_false (qs_survey_fatigue_rules_parse ("sample=0", &rules, &error));
  g_clear_error (&error);
  g_assert_cmpuint (rules.monthly_cap, ==, 3);
  g_assert_cmpuint (rules.sample_one_in, ==, 4);

  g_assert_true (qs_survey_fatigue_rules_parse (NULL, &rules, &error));
  g_assert_cmpuint (rules.monthly_cap, ==, 2);
}

int
main (int argc, char *argv[])
{
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/survey-fatigue/delay", test_delay);
  g_test_add_func ("/survey-fatigue/who-is-never-asked", test_who_is_never_asked);
  g_test_add_func ("/survey-fatigue/cool-off", test_cool_off);
  g_test_add_func ("/survey-fatigue/monthly-cap", test_monthly_cap);
  g_test_add_func ("/survey-fatigue/sampling", test_sampling);
  g_test_add_func ("/survey-fatigue/combinations", test_combinations);
  g_test_add_func ("/survey-fatigue/describe", test_describe);
  g_test_add_func ("/survey-fatigue/rules-text", test_rules_text);
  return g_test_run ();
}
