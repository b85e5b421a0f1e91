/* qs-enum-labels.c — the words a person reads for each enumerated value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nicks are for files and the database; these labels are for people, in
 * their language. One table per enumeration, indexed by value.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-enums.h"

static const char *language_labels[] = { N_ ("French"), N_ ("English") };
static const char *charter_status_labels[] = { N_ ("Draft"), N_ ("Published"), N_ ("Archived") };
static const char *category_labels[] = {
  N_ ("Accessibility"), N_ ("Availability"), N_ ("Reliability"), N_ ("Security"),
  N_ ("Courtesy"),      N_ ("Flexibility"),  N_ ("Credibility"),
};
static const char *metric_labels[] = {
  N_ ("Not measured"),        N_ ("Acknowledgement deadline"),
  N_ ("Resolution deadline"), N_ ("Rate logged by hand"),
  N_ ("Survey score"),
};
static const char *duration_unit_labels[] = {
  N_ ("business hours"), N_ ("business days"), N_ ("hours"), N_ ("days"), N_ ("seconds"),
};
static const char *channel_labels[] = {
  N_ ("Any channel"),    N_ ("E-mail"),        N_ ("Phone"),     N_ ("Voicemail"),
  N_ ("Letter"),         N_ ("Fax"),           N_ ("In person"), N_ ("Social media"),
  N_ ("Suggestion box"), N_ ("Intranet form"),
};
static const char *request_kind_labels[] = {
  N_ ("Request"),
  N_ ("Complaint"),
  N_ ("Suggestion"),
  N_ ("Compliment"),
};
static const char *request_status_labels[] = {
  N_ ("Received"), N_ ("Acknowledged"),    N_ ("In analysis"), N_ ("Waiting on client"),
  N_ ("Resolved"), N_ ("Client informed"), N_ ("Closed"),      N_ ("Reopened"),
  N_ ("Rejected"),
};
static const char *priority_labels[] = { N_ ("Low"), N_ ("Normal"), N_ ("High"), N_ ("Urgent") };
static const char *problem_labels[] = {
  N_ ("Service request"),
  N_ ("Internal processes not known"),
  N_ ("Unclear roles"),
  N_ ("Too little HR support"),
  N_ ("No training"),
  N_ ("No recognition"),
  N_ ("Missing health and safety procedures"),
  N_ ("Outdated technology"),
  N_ ("No standards for service, records or data"),
  N_ ("No targets, indicators or deadlines"),
  N_ ("Work that is not SMART"),
  N_ ("Poor communication"),
  N_ ("No help from management"),
  N_ ("Work delegated without consent"),
  N_ ("Unfair treatment"),
  N_ ("Unequal opportunity"),
  N_ ("Discrimination"),
  N_ ("Safeguarding"),
  N_ ("Racist or appearance remarks"),
  N_ ("Excluded from the team"),
  N_ ("Ignored"),
  N_ ("Other"),
};
static const char *event_kind_labels[] = {
  N_ ("Created"),           N_ ("Status changed"), N_ ("Field changed"),
  N_ ("Comment"),           N_ ("Paused"),         N_ ("Resumed"),
  N_ ("Deadline extended"), N_ ("Escalated"),      N_ ("Identity revealed"),
};
static const char *feedback_source_labels[] = {
  N_ ("Suggestion box"),       N_ ("Comment book"),        N_ ("Feedback sheet"),
  N_ ("Questionnaire"),        N_ ("Complaint procedure"), N_ ("Focus group"),
  N_ ("Participatory review"), N_ ("After a request"),
};
static const char *survey_status_labels[] = { N_ ("Draft"), N_ ("Open"), N_ ("Closed") };
static const char *question_kind_labels[] = {
  N_ ("Scale"),
  N_ ("Yes or no"),
  N_ ("Free text"),
  N_ ("Recommendation"),
};
static const char *survey_audience_labels[] = {
  N_ ("Everyone"),
  N_ ("Some departments"),
  N_ ("People whose request was closed"),
};
static const char *indicator_kind_labels[] = {
  N_ ("Commitment compliance"), N_ ("Volume"),           N_ ("Resolution rate"),
  N_ ("Satisfaction"),          N_ ("Measured by hand"),
};
static const char *dimension_labels[] = { N_ ("Economic"), N_ ("Social"), N_ ("Client") };
static const char *direction_labels[] = { N_ ("Higher is better"), N_ ("Lower is better") };
static const char *period_labels[] = { N_ ("Month"), N_ ("Quarter"), N_ ("Year"), N_ ("Week") };
static const char *action_stage_labels[] = {
  N_ ("Plan"), N_ ("Do"), N_ ("Check"), N_ ("Act"), N_ ("Done"), N_ ("Abandoned"),
};
static const char *action_origin_labels[] = {
  N_ ("Complaint"),  N_ ("Indicator"), N_ ("Feedback"),
  N_ ("Suggestion"), N_ ("Review"),    N_ ("Other"),
};
static const char *benefit_labels[] = {
  N_ ("Cost"), N_ ("Productivity"), N_ ("Deadlines"), N_ ("Delivery"), N_ ("Satisfaction"),
};
static const char *link_kind_labels[] = {
  N_ ("Request"),
  N_ ("Feedback"),
  N_ ("Indicator"),
  N_ ("Commitment"),
};
static const char *measure_labels[] = {
  N_ ("Commitment kept"),
  N_ ("Requests received"),
  N_ ("Requests resolved"),
  N_ ("Requests open"),
  N_ ("Requests overdue"),
  N_ ("Complaints received"),
  N_ ("Complaints resolved"),
  N_ ("Reopened requests"),
  N_ ("Median time to acknowledge"),
  N_ ("90th percentile time to acknowledge"),
  N_ ("Median time to resolve"),
  N_ ("90th percentile time to resolve"),
  N_ ("Promises kept by a person"),
  N_ ("Promises kept by a team"),
  N_ ("Satisfaction after a request"),
  N_ ("Survey response rate"),
  N_ ("Net promoter score"),
  N_ ("Improvement actions open"),
  N_ ("Improvement actions late"),
  N_ ("Promises kept"),
  N_ ("Typed in by hand"),
};
static const char *indicator_status_labels[] = {
  N_ ("No target"), N_ ("Met"), N_ ("At risk"), N_ ("Missed"), N_ ("Not enough data"),
};
static const char *alert_status_labels[] = {
  N_ ("Open"),
  N_ ("Recovered"),
};
static const char *need_kind_labels[] = {
  N_ ("Need"),
  N_ ("Priority"),
  N_ ("What would make their work easier"),
};
static const char *checklist_answer_labels[] = { N_ ("Not answered"), N_ ("Yes"), N_ ("No") };
static const char *change_kind_labels[] = { N_ ("Added"), N_ ("Removed"), N_ ("Changed"),
                                            N_ ("Moved") };

typedef struct
{
  GType (*get_type) (void);
  const char **labels;
  guint        n_labels;
} LabelTable;

#define TABLE(name, labels)                                                                        \
  {                                                                                                \
    name##_get_type, labels, G_N_ELEMENTS (labels)                                                 \
  }

static const LabelTable tables[] = {
  TABLE (qs_language, language_labels),
  TABLE (qs_charter_status, charter_status_labels),
  TABLE (qs_category, category_labels),
  TABLE (qs_metric, metric_labels),
  TABLE (qs_duration_unit, duration_unit_labels),
  TABLE (qs_channel, channel_labels),
  TABLE (qs_request_kind, request_kind_labels),
  TABLE (qs_request_status, request_status_labels),
  TABLE (qs_priority, priority_labels),
  TABLE (qs_problem, problem_labels),
  TABLE (qs_event_kind, event_kind_labels),
  TABLE (qs_feedback_source, feedback_source_labels),
  TABLE (qs_survey_status, survey_status_labels),
  TABLE (qs_question_kind, question_kind_labels),
  TABLE (qs_survey_audience, survey_audience_labels),
  TABLE (qs_indicator_kind, indicator_kind_labels),
  TABLE (qs_dimension, dimension_labels),
  TABLE (qs_direction, direction_labels),
  TABLE (qs_period, period_labels),
  TABLE (qs_action_stage, action_stage_labels),
  TABLE (qs_action_origin, action_origin_labels),
  TABLE (qs_benefit, benefit_labels),
  TABLE (qs_link_kind, link_kind_labels),
  TABLE (qs_need_kind, need_kind_labels),
  TABLE (qs_checklist_answer, checklist_answer_labels),
  TABLE (qs_change_kind, change_kind_labels),
  TABLE (qs_measure, measure_labels),
  TABLE (qs_indicator_status, indicator_status_labels),
  TABLE (qs_alert_status, alert_status_labels),
};

/**
 * qs_enum_label_untranslated:
 *
 * Returns: the English label of @value, or %NULL if the enumeration has no
 * labels or the value is out of range.
 */
const char *
qs_enum_label_untranslated (GType enum_type, int value)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].get_type () == enum_type)
      return value >= 0 && (guint) value < tables[i].n_labels ? tables[i].labels[value] : NULL;
  return NULL;
}

/**
 * qs_enum_label:
 *
 * Returns: the label of @value in the user's language.
 */
const char *
qs_enum_label (GType enum_type, int value)
{
  const char *label = qs_enum_label_untranslated (enum_type, value);

  return label != NULL ? _ (label) : NULL;
}

/* The nick @value is stored as ("in-person"), or NULL for an unknown
 * value. Nicks live as long as the type: the class is kept by the
 * entities. */
const char *
qs_enum_nick (GType enum_type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

/* The value stored as @nick; -1 when @nick is NULL or unknown. */
int
qs_enum_from_nick (GType enum_type, const char *nick)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *found = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return found != NULL ? found->value : -1;
}

/* The language the interface is shown in: the language of the catalogue
 * gettext reads its messages from, so that the numbers and dates written
 * with them ("95 %", "20 000") are in the same language as the words
 * around them, whatever LANG or LANGUAGE say and whether a catalogue was
 * found. English when no translation is in use. */
QsLanguage
qs_interface_language (void)
{
  /* Translators: the code of the language you translate into ("fr"); it
   * tells QualServ how to write the numbers and dates it shows. */
  const char *code = C_ ("interface language code", "en");

  return g_str_has_prefix (code, "fr") ? QS_LANGUAGE_FR : QS_LANGUAGE_EN;
}
