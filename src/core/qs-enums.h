/* qs-enums.h — the registered enumerations of the QualServ domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values are stored in the database and in exports by their nick
 * ("in-person", "waiting-on-client"), so renaming a nick is a migration.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  QS_LANGUAGE_FR,
  QS_LANGUAGE_EN,
} QsLanguage;

typedef enum {
  QS_CHARTER_STATUS_DRAFT,
  QS_CHARTER_STATUS_PUBLISHED,
  QS_CHARTER_STATUS_ARCHIVED,
} QsCharterStatus;

/* The seven categories of the model charter. */
typedef enum {
  QS_CATEGORY_ACCESSIBILITY,
  QS_CATEGORY_AVAILABILITY,
  QS_CATEGORY_RELIABILITY,
  QS_CATEGORY_SECURITY,
  QS_CATEGORY_COURTESY,
  QS_CATEGORY_FLEXIBILITY,
  QS_CATEGORY_CREDIBILITY,
} QsCategory;

/* How a commitment is measured. */
typedef enum {
  QS_METRIC_NONE,
  QS_METRIC_ACKNOWLEDGEMENT,
  QS_METRIC_RESOLUTION,
  QS_METRIC_MANUAL_RATE,
  QS_METRIC_SURVEY_SCORE,
} QsMetric;

typedef enum {
  QS_DURATION_UNIT_BUSINESS_HOURS,
  QS_DURATION_UNIT_BUSINESS_DAYS,
  QS_DURATION_UNIT_HOURS,
  QS_DURATION_UNIT_DAYS,
  QS_DURATION_UNIT_SECONDS,
} QsDurationUnit;

typedef enum {
  QS_CHANNEL_ANY,
  QS_CHANNEL_EMAIL,
  QS_CHANNEL_PHONE,
  QS_CHANNEL_VOICEMAIL,
  QS_CHANNEL_LETTER,
  QS_CHANNEL_FAX,
  QS_CHANNEL_IN_PERSON,
  QS_CHANNEL_SOCIAL_MEDIA,
  QS_CHANNEL_SUGGESTION_BOX,
  QS_CHANNEL_INTRANET_FORM,
} QsChannel;

typedef enum {
  QS_REQUEST_KIND_REQUEST,
  QS_REQUEST_KIND_COMPLAINT,
  QS_REQUEST_KIND_SUGGESTION,
  QS_REQUEST_KIND_COMPLIMENT,
} QsRequestKind;

/* The ISO 10002 lifecycle. */
typedef enum {
  QS_REQUEST_STATUS_RECEIVED,
  QS_REQUEST_STATUS_ACKNOWLEDGED,
  QS_REQUEST_STATUS_IN_ANALYSIS,
  QS_REQUEST_STATUS_WAITING_ON_CLIENT,
  QS_REQUEST_STATUS_RESOLVED,
  QS_REQUEST_STATUS_CLIENT_INFORMED,
  QS_REQUEST_STATUS_CLOSED,
  QS_REQUEST_STATUS_REOPENED,
  QS_REQUEST_STATUS_REJECTED,
} QsRequestStatus;

typedef enum {
  QS_PRIORITY_LOW,
  QS_PRIORITY_NORMAL,
  QS_PRIORITY_HIGH,
  QS_PRIORITY_URGENT,
} QsPriority;

/* The problem taxonomy: a plain service request, then the work-related
 * problems, then the personal ones (see qs_problem_is_personal()). */
typedef enum {
  QS_PROBLEM_SERVICE,
  QS_PROBLEM_UNKNOWN_PROCESSES,
  QS_PROBLEM_UNCLEAR_ROLES,
  QS_PROBLEM_HR_SUPPORT,
  QS_PROBLEM_TRAINING,
  QS_PROBLEM_RECOGNITION,
  QS_PROBLEM_HEALTH_SAFETY,
  QS_PROBLEM_OUTDATED_TECHNOLOGY,
  QS_PROBLEM_NO_STANDARDS,
  QS_PROBLEM_NO_TARGETS,
  QS_PROBLEM_NON_SMART_WORK,
  QS_PROBLEM_POOR_COMMUNICATION,
  QS_PROBLEM_NO_MANAGEMENT_HELP,
  QS_PROBLEM_DELEGATION_WITHOUT_CONSENT,
  QS_PROBLEM_UNFAIR_TREATMENT,
  QS_PROBLEM_UNEQUAL_OPPORTUNITY,
  QS_PROBLEM_DISCRIMINATION,
  QS_PROBLEM_SAFEGUARDING,
  QS_PROBLEM_OFFENSIVE_REMARKS,
  QS_PROBLEM_EXCLUSION,
  QS_PROBLEM_IGNORED,
  QS_PROBLEM_OTHER,
} QsProblem;

typedef enum {
  QS_EVENT_KIND_CREATED,
  QS_EVENT_KIND_STATUS,
  QS_EVENT_KIND_FIELD,
  QS_EVENT_KIND_COMMENT,
  QS_EVENT_KIND_PAUSE,
  QS_EVENT_KIND_RESUME,
  QS_EVENT_KIND_EXTENSION,
  QS_EVENT_KIND_ESCALATION,
  QS_EVENT_KIND_REVEAL,
} QsEventKind;

typedef enum {
  QS_FEEDBACK_SOURCE_SUGGESTION_BOX,
  QS_FEEDBACK_SOURCE_COMMENT_BOOK,
  QS_FEEDBACK_SOURCE_FEEDBACK_SHEET,
  QS_FEEDBACK_SOURCE_QUESTIONNAIRE,
  QS_FEEDBACK_SOURCE_COMPLAINT_PROCEDURE,
  QS_FEEDBACK_SOURCE_FOCUS_GROUP,
  QS_FEEDBACK_SOURCE_PARTICIPATORY_REVIEW,
  QS_FEEDBACK_SOURCE_AFTER_REQUEST,
} QsFeedbackSource;

typedef enum {
  QS_SURVEY_STATUS_DRAFT,
  QS_SURVEY_STATUS_OPEN,
  QS_SURVEY_STATUS_CLOSED,
} QsSurveyStatus;

typedef enum {
  QS_QUESTION_KIND_SCALE,
  QS_QUESTION_KIND_YES_NO,
  QS_QUESTION_KIND_TEXT,
  QS_QUESTION_KIND_RECOMMENDATION,   /* 0 to 10: would they recommend the service */
} QsQuestionKind;

/* Whom a questionnaire asks. */
typedef enum {
  QS_SURVEY_AUDIENCE_EVERYONE,
  QS_SURVEY_AUDIENCE_DEPARTMENTS,
  QS_SURVEY_AUDIENCE_CLOSED_REQUESTS,  /* who had a request closed in a period */
} QsSurveyAudience;

typedef enum {
  QS_INDICATOR_KIND_COMPLIANCE,
  QS_INDICATOR_KIND_VOLUME,
  QS_INDICATOR_KIND_RESOLUTION_RATE,
  QS_INDICATOR_KIND_SATISFACTION,
  QS_INDICATOR_KIND_MANUAL,
} QsIndicatorKind;

typedef enum {
  QS_DIMENSION_ECONOMIC,
  QS_DIMENSION_SOCIAL,
  QS_DIMENSION_CLIENT,
} QsDimension;

typedef enum {
  QS_DIRECTION_HIGHER_IS_BETTER,
  QS_DIRECTION_LOWER_IS_BETTER,
} QsDirection;

typedef enum {
  QS_PERIOD_MONTH,
  QS_PERIOD_QUARTER,
  QS_PERIOD_YEAR,
  QS_PERIOD_WEEK,                  /* Monday to Sunday */
} QsPeriod;

/* Plan / Do / Check / Act, then done or abandoned. */
typedef enum {
  QS_ACTION_STAGE_PLAN,
  QS_ACTION_STAGE_DO,
  QS_ACTION_STAGE_CHECK,
  QS_ACTION_STAGE_ACT,
  QS_ACTION_STAGE_DONE,
  QS_ACTION_STAGE_ABANDONED,
} QsActionStage;

typedef enum {
  QS_ACTION_ORIGIN_COMPLAINT,
  QS_ACTION_ORIGIN_INDICATOR,
  QS_ACTION_ORIGIN_FEEDBACK,
  QS_ACTION_ORIGIN_SUGGESTION,
  QS_ACTION_ORIGIN_REVIEW,
  QS_ACTION_ORIGIN_OTHER,
} QsActionOrigin;

typedef enum {
  QS_BENEFIT_COST,
  QS_BENEFIT_PRODUCTIVITY,
  QS_BENEFIT_DEADLINES,
  QS_BENEFIT_DELIVERY,
  QS_BENEFIT_SATISFACTION,
} QsBenefit;

/* What an improvement action is linked to. */
typedef enum {
  QS_LINK_KIND_REQUEST,
  QS_LINK_KIND_FEEDBACK,
  QS_LINK_KIND_INDICATOR,
  QS_LINK_KIND_COMMITMENT,
} QsLinkKind;

/* What a department tells us about itself, in order of importance. */
typedef enum {
  QS_NEED_KIND_NEED,
  QS_NEED_KIND_PRIORITY,
  QS_NEED_KIND_EASIER_WORK,
} QsNeedKind;

/* An answer to one question of a charter's adoption checklist. */
typedef enum {
  QS_CHECKLIST_UNANSWERED,
  QS_CHECKLIST_YES,
  QS_CHECKLIST_NO,
} QsChecklistAnswer;

/* How a commitment differs between two versions of a charter. */
typedef enum {
  QS_CHANGE_KIND_ADDED,
  QS_CHANGE_KIND_REMOVED,
  QS_CHANGE_KIND_CHANGED,
  QS_CHANGE_KIND_MOVED,
} QsChangeKind;

/* What a figure of the dashboard counts: the built-in measures. */
typedef enum {
  QS_MEASURE_COMPLIANCE,           /* share of a commitment's requests within its deadline */
  QS_MEASURE_RECEIVED,
  QS_MEASURE_RESOLVED,
  QS_MEASURE_OPEN,                 /* at the end of the period */
  QS_MEASURE_OVERDUE,              /* open and past due at the end of the period */
  QS_MEASURE_COMPLAINTS_RECEIVED,
  QS_MEASURE_COMPLAINTS_RESOLVED,
  QS_MEASURE_REOPEN_RATE,
  QS_MEASURE_ACK_MEDIAN,           /* business hours */
  QS_MEASURE_ACK_P90,
  QS_MEASURE_RESOLUTION_MEDIAN,
  QS_MEASURE_RESOLUTION_P90,
  QS_MEASURE_ASSIGNEE_COMPLIANCE,  /* share of one person's requests resolved in time */
  QS_MEASURE_TEAM_COMPLIANCE,      /* the same for a team (the assignees' department) */
  QS_MEASURE_SATISFACTION,         /* average rating after a request, out of 5 */
  QS_MEASURE_RESPONSE_RATE,        /* share of clients asked who answered */
  QS_MEASURE_NPS,                  /* net promoter score of the questionnaires */
  QS_MEASURE_ACTIONS_OPEN,
  QS_MEASURE_ACTIONS_LATE,
  QS_MEASURE_KEPT,                 /* share of requests resolved by their deadline */
  QS_MEASURE_MANUAL,               /* typed in by hand, a value a period */
} QsMeasure;

/* Where a figure stands against its target. */
typedef enum {
  QS_INDICATOR_STATUS_NO_TARGET,
  QS_INDICATOR_STATUS_MET,
  QS_INDICATOR_STATUS_AT_RISK,     /* below target in a period not yet over */
  QS_INDICATOR_STATUS_MISSED,      /* below target in a completed period */
  QS_INDICATOR_STATUS_NOT_ENOUGH_DATA,
} QsIndicatorStatus;

/* Whether an alert still stands. */
typedef enum {
  QS_ALERT_STATUS_OPEN,
  QS_ALERT_STATUS_RECOVERED,       /* back on target for a whole period */
} QsAlertStatus;

G_END_DECLS
/* clang-format on */
