/* qs-survey-fatigue.c — whether to ask a client about a closed request, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Days and months are the calendar's, in its time zone: a cool-off of 30
 * days keeps the wall-clock time across a change to summer time, and a
 * month begins at local midnight on its first day.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-calendar-words.h"
#include "qs-enum-labels.h"
#include "qs-error.h"
#include "qs-survey-fatigue.h"

/* The parts of a rules text, with their bounds. */
static const struct
{
  const char *key;
  gsize       offset;
  guint       min;
  guint       max;
} rule_parts[] = {
  { "delay", G_STRUCT_OFFSET (QsSurveyFatigueRules, delay_days), 0, 60 },
  { "cool-off", G_STRUCT_OFFSET (QsSurveyFatigueRules, cool_off_days), 0, 365 },
  { "cap", G_STRUCT_OFFSET (QsSurveyFatigueRules, monthly_cap), 0, 31 },
  { "sample", G_STRUCT_OFFSET (QsSurveyFatigueRules, sample_one_in), 1, 1000 },
};

void
qs_survey_fatigue_rules_init (QsSurveyFatigueRules *rules)
{
  g_return_if_fail (rules != NULL);

  *rules = (QsSurveyFatigueRules){
    .delay_days = QS_SURVEY_FATIGUE_DEFAULT_DELAY_DAYS,
    .cool_off_days = QS_SURVEY_FATIGUE_DEFAULT_COOL_OFF_DAYS,
    .monthly_cap = QS_SURVEY_FATIGUE_DEFAULT_MONTHLY_CAP,
    .sample_one_in = 1,
    .seed = 0,
  };
}

gboolean
qs_survey_fatigue_rules_parse (const char *text, QsSurveyFatigueRules *rules, GError **error)
{
  QsSurveyFatigueRules parsed;
  g_auto (GStrv) parts = NULL;

  g_return_val_if_fail (rules != NULL, FALSE);

  qs_survey_fatigue_rules_init (&parsed);
  parts = g_strsplit (text != NULL ? text : "", ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      const char      *equals = strchr (part, '=');
      g_autofree char *key = NULL;
      const char      *value;
      guint64          number = 0;
      guint            p;

      if (*part == '\0')
        continue;
      key = g_strstrip (g_strndup (part, equals != NULL ? (gsize) (equals - part) : strlen (part)));
      for (p = 0; p < G_N_ELEMENTS (rule_parts); p++)
        if (g_str_equal (key, rule_parts[p].key))
          break;
      if (p == G_N_ELEMENTS (rule_parts))
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       /* TRANSLATORS: the words in quotes stay in English: they are the
                        * names stored. */
                       _ ("“%s” is not a survey rule: write delay, cool-off, cap or sample, "
                          "such as “delay=1;cool-off=30;cap=2;sample=1”."),
                       part);
          return FALSE;
        }
      value = equals != NULL ? equals + 1 : "";
      while (g_ascii_isspace (*value))
        value++;
      if (!g_ascii_string_to_unsigned (value, 10, rule_parts[p].min, rule_parts[p].max, &number,
                                       NULL))
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       /* TRANSLATORS: "the survey rule “cap” must be a whole number from 0 to
                        * 31, not “lots”". */
                       _ ("The survey rule “%s” must be a whole number from %u to %u, not “%s”."),
                       key, rule_parts[p].min, rule_parts[p].max, value);
          return FALSE;
        }
      G_STRUCT_MEMBER (guint, &parsed, rule_parts[p].offset) = (guint) number;
    }
  parsed.seed = rules->seed;
  *rules = parsed;
  return TRUE;
}

void
qs_survey_fatigue_rules_read (const char *text, QsSurveyFatigueRules *rules)
{
  g_return_if_fail (rules != NULL);

  qs_survey_fatigue_rules_init (rules);
  if (!qs_survey_fatigue_rules_parse (text, rules, NULL))
    qs_survey_fatigue_rules_init (rules);
}

char *
qs_survey_fatigue_rules_to_string (const QsSurveyFatigueRules *rules)
{
  QsSurveyFatigueRules defaults;
  GString             *out;

  g_return_val_if_fail (rules != NULL, NULL);

  qs_survey_fatigue_rules_init (&defaults);
  defaults.seed = rules->seed;
  if (memcmp (&defaults, rules, sizeof defaults) == 0)
    return NULL;
  out = g_string_new (NULL);
  for (guint p = 0; p < G_N_ELEMENTS (rule_parts); p++)
    g_string_append_printf (out, "%s%s=%u", p > 0 ? ";" : "", rule_parts[p].key,
                            G_STRUCT_MEMBER (guint, rules, rule_parts[p].offset));
  return g_string_free (out, FALSE);
}

static GTimeZone *
zone_of (QsBusinessHours *hours)
{
  return hours != NULL ? g_time_zone_ref (qs_business_hours_get_timezone (hours))
                       : g_time_zone_new_utc ();
}

static GDateTime *
date_time_at (gint64 at, GTimeZone *zone)
{
  g_autoptr (GDateTime) seconds = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) utc = g_date_time_add (seconds, at % G_USEC_PER_SEC);

  return g_date_time_to_timezone (utc, zone);
}

static gint64
instant_of (GDateTime *date_time)
{
  return g_date_time_to_unix (date_time) * G_USEC_PER_SEC + g_date_time_get_microsecond (date_time);
}

/* FNV-1a over the seed's four bytes, then the id's, mixed by MurmurHash3's
 * finaliser (without it, the remainders of two seeds go together): a hash
 * that no library's version can change, so that a sample drawn today is
 * drawn again. */
gboolean
qs_survey_fatigue_is_sampled (const char *request_id, guint one_in, guint32 seed)
{
  guint32 hash = 2166136261u;

  g_return_val_if_fail (request_id != NULL, FALSE);

  if (one_in <= 1)
    return TRUE;
  for (guint i = 0; i < 4; i++)
    hash = (hash ^ ((seed >> (8 * i)) & 0xff)) * 16777619u;
  for (const char *p = request_id; *p != '\0'; p++)
    hash = (hash ^ (guint8) *p) * 16777619u;
  hash ^= hash >> 16;
  hash *= 0x85ebca6bu;
  hash ^= hash >> 13;
  hash *= 0xc2b2ae35u;
  hash ^= hash >> 16;
  return hash % one_in == 0;
}

/* When the question would go: the delay in business days after the
 * close, or in whole days when no calendar is known. */
static gint64
ask_time (const QsSurveyFatigueRules *rules, QsBusinessHours *hours, gint64 closed_at)
{
  gint64 day = hours != NULL ? qs_business_hours_get_day_length (hours) : 0;

  if (rules->delay_days == 0)
    return closed_at;
  if (day > 0)
    return qs_business_hours_add (hours, closed_at, day * rules->delay_days);
  return closed_at + (gint64) rules->delay_days * G_TIME_SPAN_DAY;
}

/* The latest time asked before @ask_at whose cool-off still runs then:
 * sets *@since and *@until (the first instant free again). */
static gboolean
in_cool_off (const QsSurveyFatigueRules *rules,
             const QsSurveyCase         *survey_case,
             GTimeZone                  *zone,
             gint64                      ask_at,
             gint64                     *since,
             gint64                     *until)
{
  gboolean found = FALSE;

  if (rules->cool_off_days == 0)
    return FALSE;
  for (guint i = 0; i < survey_case->n_asked_before; i++)
    {
      gint64 asked = survey_case->asked_before[i];
      g_autoptr (GDateTime) then = NULL;
      g_autoptr (GDateTime) free_again = NULL;
      gint64 end;

      if (asked > ask_at)
        continue;
      then = date_time_at (asked, zone);
      free_again = g_date_time_add_days (then, (int) rules->cool_off_days);
      end = instant_of (free_again);
      if (end > ask_at && (!found || end > *until))
        {
          found = TRUE;
          *since = asked;
          *until = end;
        }
    }
  return found;
}

/* Whether the client was asked monthly_cap times already in the month of
 * @ask_at: sets *@since (the month's first instant) and *@until (the
 * next month's). */
static gboolean
over_monthly_cap (const QsSurveyFatigueRules *rules,
                  const QsSurveyCase         *survey_case,
                  GTimeZone                  *zone,
                  gint64                      ask_at,
                  gint64                     *since,
                  gint64                     *until)
{
  g_autoptr (GDateTime) ask = NULL;
  g_autoptr (GDateTime) first = NULL;
  g_autoptr (GDateTime) next = NULL;
  guint n = 0;

  if (rules->monthly_cap == 0)
    return FALSE;
  ask = date_time_at (ask_at, zone);
  first =
    g_date_time_new (zone, g_date_time_get_year (ask), g_date_time_get_month (ask), 1, 0, 0, 0);
  next = g_date_time_add_months (first, 1);
  *since = instant_of (first);
  *until = instant_of (next);
  for (guint i = 0; i < survey_case->n_asked_before; i++)
    if (survey_case->asked_before[i] >= *since && survey_case->asked_before[i] < *until &&
        survey_case->asked_before[i] <= ask_at)
      n++;
  return n >= rules->monthly_cap;
}

QsSurveyProposal
qs_survey_fatigue_decide (const QsSurveyFatigueRules *rules,
                          QsBusinessHours            *hours,
                          const QsSurveyCase         *survey_case)
{
  QsSurveyProposal proposal = { QS_SURVEY_VERDICT_ASK, 0, 0, 0 };
  g_autoptr (GTimeZone) zone = NULL;

  g_return_val_if_fail (rules != NULL, proposal);
  g_return_val_if_fail (survey_case != NULL && survey_case->request_id != NULL, proposal);
  g_return_val_if_fail (survey_case->n_asked_before == 0 || survey_case->asked_before != NULL,
                        proposal);

  proposal.ask_at = ask_time (rules, hours, survey_case->closed_at);
  if (!survey_case->has_client)
    proposal.verdict = QS_SURVEY_VERDICT_NO_CLIENT;
  else if (survey_case->confidential)
    proposal.verdict = QS_SURVEY_VERDICT_CONFIDENTIAL;
  else if (!survey_case->client_consents)
    proposal.verdict = QS_SURVEY_VERDICT_NO_CONSENT;
  else if (survey_case->client_in_provider)
    proposal.verdict = QS_SURVEY_VERDICT_OWN_DEPARTMENT;
  else if (!qs_survey_fatigue_is_sampled (survey_case->request_id, rules->sample_one_in,
                                          rules->seed))
    proposal.verdict = QS_SURVEY_VERDICT_NOT_SAMPLED;
  if (proposal.verdict != QS_SURVEY_VERDICT_ASK)
    return proposal;

  zone = zone_of (hours);
  if (in_cool_off (rules, survey_case, zone, proposal.ask_at, &proposal.since, &proposal.until))
    proposal.verdict = QS_SURVEY_VERDICT_COOL_OFF;
  else if (over_monthly_cap (rules, survey_case, zone, proposal.ask_at, &proposal.since,
                             &proposal.until))
    proposal.verdict = QS_SURVEY_VERDICT_MONTHLY_CAP;
  else
    proposal.since = proposal.until = 0;
  return proposal;
}

/* "12 March 2026", in the interface's language. */
static char *
format_date (gint64 at, GTimeZone *zone)
{
  g_autoptr (GDateTime) date_time = date_time_at (at, zone);
  GString *out = g_string_new (NULL);

  qs_calendar_words_append_date (out, g_date_time_get_day_of_month (date_time),
                                 g_date_time_get_month (date_time),
                                 g_date_time_get_year (date_time), qs_interface_language ());
  return g_string_free (out, FALSE);
}

char *
qs_survey_proposal_describe (const QsSurveyProposal     *proposal,
                             const QsSurveyFatigueRules *rules,
                             QsBusinessHours            *hours)
{
  g_autoptr (GTimeZone) zone = zone_of (hours);
  g_autofree char *ask = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;

  g_return_val_if_fail (proposal != NULL && rules != NULL, NULL);

  ask = format_date (proposal->ask_at, zone);
  switch (proposal->verdict)
    {
    case QS_SURVEY_VERDICT_ASK:
      /* TRANSLATORS: %s is a date, "6 May 2026". */
      return g_strdup_printf (_ ("The client can be asked how the request was handled from %s."),
                              ask);
    case QS_SURVEY_VERDICT_NO_CLIENT:
      return g_strdup (_ ("Not asked: the request has no named client."));
    case QS_SURVEY_VERDICT_CONFIDENTIAL:
      return g_strdup (_ ("Not asked: the request is confidential."));
    case QS_SURVEY_VERDICT_NO_CONSENT:
      return g_strdup (_ ("Not asked: the client has not agreed to be surveyed."));
    case QS_SURVEY_VERDICT_OWN_DEPARTMENT:
      return g_strdup (_ ("Not asked: the client works in the department that handled the "
                          "request."));
    case QS_SURVEY_VERDICT_NOT_SAMPLED:
      return g_strdup_printf (
        /* TRANSLATORS: "one request in 3 is asked about". */
        _ ("Not asked: only one request in %u is asked about, and this one is not in the "
           "sample."),
        rules->sample_one_in);
    case QS_SURVEY_VERDICT_COOL_OFF:
      since = format_date (proposal->since, zone);
      until = format_date (proposal->until, zone);
      return g_strdup_printf (
        /* TRANSLATORS: the first %s is a date, the second another; %u a number of days. */
        _ ("Not asked: the client was asked on %s, and is asked at most once in %u days; the "
           "next question can go from %s."),
        since, rules->cool_off_days, until);
    case QS_SURVEY_VERDICT_MONTHLY_CAP:
      until = format_date (proposal->until, zone);
      return g_strdup_printf (
        /* TRANSLATORS: %u is a number of times, %s a date. */
        g_dngettext (GETTEXT_PACKAGE,
                     "Not asked: the client was already asked %u time this month; the next "
                     "question can go from %s.",
                     "Not asked: the client was already asked %u times this month; the next "
                     "question can go from %s.",
                     rules->monthly_cap),
        rules->monthly_cap, until);
    default:
      g_return_val_if_reached (NULL);
    }
}
