/* qs-demo-text.h — the words of the example organisation, in French and English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo's content is data in the language the user chose, not a
 * translation of the interface: both languages sit side by side here,
 * indexed by QsLanguage (QS_LANGUAGE_FR = 0, QS_LANGUAGE_EN = 1), and
 * gettext is not involved.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-enums.h"

G_BEGIN_DECLS

/* A text in both languages, [QS_LANGUAGE_FR] and [QS_LANGUAGE_EN]. */
typedef const char *QsDemoText[2];

/* The departments, in the order of QsDemoDepartmentIndex. */
typedef enum {
  QS_DEMO_EXECUTIVE,
  QS_DEMO_CORPORATE,
  QS_DEMO_HR,
  QS_DEMO_IT,
  QS_DEMO_FINANCE,
  QS_DEMO_FACILITIES,
  QS_DEMO_LEGAL,
  QS_DEMO_COMMUNICATIONS,
  QS_DEMO_SOCIAL,
  QS_DEMO_N_DEPARTMENTS
} QsDemoDepartmentIndex;

typedef struct {
  const char *masculine_fr;
  const char *feminine_fr;
  const char *en;
} QsDemoRole;

typedef struct {
  QsDemoText        ref;
  QsDemoText        name;
  int               parent;          /* a QsDemoDepartmentIndex, or -1 */
  gboolean          is_provider;
  guint             n_people;        /* of the 150 clients */
  double            request_share;   /* of the requests, for providers */
  double            late_rate;       /* requests answered after the deadline */
  QsDemoText        mailbox;         /* before the @ */
  QsDemoText        location;
  const char       *preferred_channels;
  QsDemoText        needs[3];        /* need, priority, easier work */
  const QsDemoRole *roles;           /* the first is the manager's */
  guint             n_roles;
} QsDemoDepartmentText;

typedef struct {
  QsDemoText  name;
  QsDemoText  description;
  guint       recipients;            /* a mask of 1 << QsDemoDepartmentIndex */
} QsDemoServiceText;

typedef enum {
  QS_DEMO_TEMPLATE_SPECIAL   = 1 << 0,  /* counted against the department's own deadline */
  QS_DEMO_TEMPLATE_SENSITIVE = 1 << 1,  /* confidential */
} QsDemoTemplateFlags;

typedef struct {
  QsDemoText          subject;
  QsDemoText          description;
  QsDemoTemplateFlags flags;
} QsDemoRequestText;

typedef struct {
  QsProblem   problem;
  double      weight;
  QsDemoText  subject;
  QsDemoText  description;
} QsDemoComplaintText;

typedef struct {
  QsDemoText  title;
  QsDemoText  values;
  QsDemoText  introduction;
  QsDemoText  special;               /* the department's own deadline, as a commitment; NULL
                                      * when the model charter already has it */
  double      special_days;          /* in business days */
} QsDemoCharterText;

/* A commitment the Agency adds to the model charter (qs-charter-template.h). */
typedef struct {
  QsCategory      category;
  QsMetric        metric;
  double          target_value;      /* NaN when not measured */
  QsDurationUnit  target_unit;
  double          threshold_percent;
  QsChannel       channel;
  const char     *request_kinds;     /* nicks, or NULL for every kind */
  QsDemoText      text;
} QsDemoCommitmentText;

typedef struct {
  QsQuestionKind  kind;
  QsDemoText      text;
  const char     *category;   /* a barometer question's, or NULL */
} QsDemoQuestionText;

typedef struct {
  const char      *suffix;              /* of the indicator's reference */
  QsIndicatorKind  kind;
  QsDimension      dimension;
  QsDirection      direction;
  QsPeriod         period;
  double           target;
  const char      *unit;
  QsDemoText       name;                /* %s: the department's name, if any */
} QsDemoIndicatorText;

typedef struct {
  QsActionStage   stage;
  QsActionOrigin  origin;
  QsBenefit       benefit;
  int             department;           /* a QsDemoDepartmentIndex */
  const char     *indicator_suffix;     /* the indicator it moves, or NULL */
  double          before;
  double          after;                /* NaN until checked */
  double          target;
  QsDemoText      title;
  QsDemoText      problem;
  QsDemoText      analysis;
  QsDemoText      solution;
} QsDemoActionText;

/* qs-demo-text-people.c */
extern const QsDemoDepartmentText qs_demo_departments[QS_DEMO_N_DEPARTMENTS];
extern const char *const qs_demo_given_names[2][2][24];   /* [language][0 = woman, 1 = man] */
extern const char *const qs_demo_family_names[2][40];
extern const QsDemoText qs_demo_availability[6];
extern const QsDemoText qs_demo_privacy[4];
extern const QsDemoServiceText *const qs_demo_services[QS_DEMO_N_DEPARTMENTS];
extern const guint qs_demo_n_services[QS_DEMO_N_DEPARTMENTS];
extern const QsDemoText qs_demo_organisation;
extern const QsDemoText qs_demo_mail_domain;
extern const QsDemoText qs_demo_calendar_name;

/* qs-demo-text-charters.c */
extern const QsDemoCharterText qs_demo_charters[QS_DEMO_N_DEPARTMENTS];
extern const QsDemoCommitmentText qs_demo_special_commitment;
extern const QsDemoCommitmentText qs_demo_complaint_commitments[];
extern const guint qs_demo_n_complaint_commitments;
extern const QsDemoIndicatorText qs_demo_department_indicators[];
extern const guint qs_demo_n_department_indicators;
extern const QsDemoIndicatorText qs_demo_organisation_indicators[];
extern const guint qs_demo_n_organisation_indicators;
extern const QsDemoActionText qs_demo_actions[];
extern const guint qs_demo_n_actions;
extern const QsDemoText qs_demo_survey_title;
extern const QsDemoQuestionText qs_demo_questions[];
extern const guint qs_demo_n_questions;
extern const QsDemoText qs_demo_survey_comments[];
extern const guint qs_demo_n_survey_comments;

/* qs-demo-text-requests.c */
extern const QsDemoRequestText *const qs_demo_requests[QS_DEMO_N_DEPARTMENTS];
extern const guint qs_demo_n_requests[QS_DEMO_N_DEPARTMENTS];
extern const QsDemoComplaintText qs_demo_complaints[];
extern const guint qs_demo_n_complaints;
extern const QsDemoRequestText qs_demo_suggestions[];
extern const guint qs_demo_n_suggestions;
extern const QsDemoRequestText qs_demo_compliments[];
extern const guint qs_demo_n_compliments;
extern const QsDemoText qs_demo_resolutions[4][3];        /* [QsRequestKind] */
extern const QsDemoText qs_demo_reject_reasons[4];
extern const QsDemoText qs_demo_feedback_comments[3][4];  /* [0 low, 1 middle, 2 high rating] */
extern const QsDemoText qs_demo_suggestion_box[];
extern const guint qs_demo_n_suggestion_box;
extern const QsDemoText qs_demo_note_extension;
extern const QsDemoText qs_demo_note_escalation;
extern const QsDemoText qs_demo_note_waiting;
extern const QsDemoText qs_demo_note_reopened;
extern const QsDemoText qs_demo_intake_actor;

G_END_DECLS
/* clang-format on */
