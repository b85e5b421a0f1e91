/* qs-survey-fatigue.h — whether to ask a client about a closed request, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After a request is closed, QualServ proposes asking its client how it
 * was handled, after a delay in business days, unless asking would
 * pester, expose or mislead:
 *   - the request has no named client, or is confidential;
 *   - the client has not consented to surveys;
 *   - the client belongs to the providing department itself;
 *   - the request is not in the sample (one in N, reproducible from a
 *     seed and the request's id);
 *   - the client was asked less than the cool-off period before (a
 *     number of days, counted in the calendar's time zone: asked on
 *     1 March at 10:00 with 30 days, asked again from 31 March 10:00);
 *   - the client was asked as many times as the monthly cap in the
 *     calendar month of the new question.
 * The checks come in that order; the first that refuses is the reason.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-business-hours.h"
#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_SURVEY_FATIGUE_DEFAULT_DELAY_DAYS    1
#define QS_SURVEY_FATIGUE_DEFAULT_COOL_OFF_DAYS 30
#define QS_SURVEY_FATIGUE_DEFAULT_MONTHLY_CAP   2

typedef struct
{
  guint   delay_days;      /* business days after the close */
  guint   cool_off_days;   /* 0: no cool-off */
  guint   monthly_cap;     /* 0: no cap */
  guint   sample_one_in;   /* 0 or 1: every request */
  guint32 seed;            /* which requests the sample takes */
} QsSurveyFatigueRules;

/* A closed request, as the rules need to see it. */
typedef struct
{
  const char   *request_id;
  gint64        closed_at;          /* Unix microseconds */
  gboolean      has_client;         /* FALSE: anonymous */
  gboolean      confidential;
  gboolean      client_consents;
  gboolean      client_in_provider; /* the client works in the providing department */
  const gint64 *asked_before;       /* when this client was asked before, any order */
  guint         n_asked_before;
} QsSurveyCase;

typedef enum {
  QS_SURVEY_VERDICT_ASK,
  QS_SURVEY_VERDICT_NO_CLIENT,
  QS_SURVEY_VERDICT_CONFIDENTIAL,
  QS_SURVEY_VERDICT_NO_CONSENT,
  QS_SURVEY_VERDICT_OWN_DEPARTMENT,
  QS_SURVEY_VERDICT_NOT_SAMPLED,
  QS_SURVEY_VERDICT_COOL_OFF,
  QS_SURVEY_VERDICT_MONTHLY_CAP,
} QsSurveyVerdict;

typedef struct
{
  QsSurveyVerdict verdict;
  gint64          ask_at;  /* when the question would go: the close plus the delay */
  gint64          since;   /* COOL_OFF: the last time asked; MONTHLY_CAP: the month's first */
  gint64          until;   /* COOL_OFF, MONTHLY_CAP: the first instant the client could be asked */
} QsSurveyProposal;

/* The default rules: one business day, 30 days, twice a month, everyone. */
void             qs_survey_fatigue_rules_init  (QsSurveyFatigueRules       *rules);

/* @text as stored in departments.survey_rules:
 * "delay=1;cool-off=30;cap=2;sample=1", any part left out keeping its
 * default; NULL or "" gives the defaults. Fails with QS_ERROR_INVALID and
 * a sentence naming the faulty part, @rules untouched. */
gboolean         qs_survey_fatigue_rules_parse (const char                 *text,
                                                QsSurveyFatigueRules       *rules,
                                                GError                    **error);
/* The rules as they count: @text's, or the defaults when @text cannot be
 * read (written by another program). */
void             qs_survey_fatigue_rules_read  (const char                 *text,
                                                QsSurveyFatigueRules       *rules);
/* The text of @rules, or NULL when they are the defaults. */
char            *qs_survey_fatigue_rules_to_string (const QsSurveyFatigueRules *rules);

/* Decides for @survey_case under @rules; @hours counts the delay and
 * gives the time zone of the days and months. */
QsSurveyProposal qs_survey_fatigue_decide      (const QsSurveyFatigueRules *rules,
                                                QsBusinessHours            *hours,
                                                const QsSurveyCase         *survey_case);

/* Whether @request_id is in a sample of one in @one_in drawn with @seed:
 * the same answer on every machine and at every run. */
gboolean         qs_survey_fatigue_is_sampled  (const char                 *request_id,
                                                guint                       one_in,
                                                guint32                     seed);

/* "Not asked: the client was already asked on 12 March 2026; the next
 * question can go from 11 April 2026." in the interface's language, dates
 * in @hours' time zone; "The client can be asked how the request was
 * handled from 6 May 2026." for ASK. */
char            *qs_survey_proposal_describe   (const QsSurveyProposal     *proposal,
                                                const QsSurveyFatigueRules *rules,
                                                QsBusinessHours            *hours);

G_END_DECLS
/* clang-format on */
