/* qs-survey-results.h — what a questionnaire's answers say, as far as anonymity lets them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answers of a questionnaire counted in one pass of SQL, per group
 * (department of the respondent, service, or none), then scored by the
 * arithmetic of qs-survey-score.h. A group, and the whole, shows its
 * scores and comments only when qs-survey-score.h allows: its count at
 * least the threshold, and no filter (department, service, period) nor
 * sibling group that would let a smaller group be found by subtraction.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-store.h"
#include "qs-survey-score.h"

G_BEGIN_DECLS

typedef enum {
  QS_SURVEY_GROUPING_NONE,
  QS_SURVEY_GROUPING_DEPARTMENT,   /* the respondent's department */
  QS_SURVEY_GROUPING_SERVICE,
} QsSurveyGrouping;

typedef struct
{
  const char       *department_id;  /* the respondents' department, or NULL */
  const char       *service_id;     /* or NULL */
  gint64            from;           /* submitted from (Unix µs), 0: any */
  gint64            to;             /* submitted before, 0: any */
  QsSurveyGrouping  grouping;
  guint             threshold;      /* the anonymity threshold; 0: the default */
} QsSurveyResultsQuery;

/* A comment, and what it was taken up as (qs-feedback-desk.h). */
typedef struct
{
  char *answer_id;
  char *text;
  char *feedback_id;    /* the feedback it was taken up as, or NULL */
  char *complaint_id;   /* the complaint that feedback became, or NULL */
  char *complaint_ref;
  char *action_refs;    /* the improvement actions born from it, "A-2026-003, A-2026-007" */
} QsSurveyComment;

typedef struct
{
  QsEntity              *question;        /* QsSurveyQuestion */
  QsLikertScore          perceived;       /* a scale question's answers */
  QsLikertScore          expected;        /* a barometer question's levels expected */
  QsRecommendationScore  recommendation;
  guint                  yes;
  guint                  no;
  GPtrArray             *comments;        /* QsSurveyComment: a text question's answers */
} QsQuestionResult;

typedef struct
{
  char      *id;           /* the department or service; NULL for the whole */
  char      *ref;
  char      *name;
  guint      n_responses;
  gint64     n_invited;    /* -1 when not known (services) */
  gboolean   shown;        /* scores and comments may be shown */
  GPtrArray *questions;    /* QsQuestionResult per question; empty unless shown */
} QsSurveyResultGroup;

typedef struct
{
  guint                threshold;
  QsSurveyResultGroup *total;   /* every response the filters keep */
  GPtrArray           *groups;  /* QsSurveyResultGroup, by name; empty without grouping */
} QsSurveyResults;

QsSurveyResults *qs_survey_results_read (QsStore                    *store,
                                         QsSurvey                   *survey,
                                         const QsSurveyResultsQuery *query,
                                         GError                    **error);
void             qs_survey_results_free (QsSurveyResults            *self);

QsSurveyComment *qs_survey_comment_ref  (QsSurveyComment            *self);
void             qs_survey_comment_unref (QsSurveyComment           *self);
/* Whether @a and @b were taken up as the same feedback, complaint and
 * actions. */
gboolean         qs_survey_comment_same_links (const QsSurveyComment *a,
                                               const QsSurveyComment *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsSurveyResults, qs_survey_results_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsSurveyComment, qs_survey_comment_unref)

G_END_DECLS
/* clang-format on */
