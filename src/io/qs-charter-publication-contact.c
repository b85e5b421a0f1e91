/* qs-charter-publication-contact.c — the charter's last section: how to reach us
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ISO 10002 asks that the way to complain be visible: the published
 * charter ends with how to reach the provider (address, telephone, e-mail,
 * its hours), how to complain, suggest or compliment, what a complaint is
 * promised (the charter's own acknowledgement and resolution commitments
 * for complaints), that it may be made in confidence, and what clients
 * said: the latest questionnaire of the provider, else the ratings given
 * after requests in the year before @now, when anonymity allows it. Every
 * word is in the document's language (qs-catalog.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-business-hours.h"
#include "qs-calendar-repository.h"
#include "qs-calendar-words.h"
#include "qs-catalog.h"
#include "qs-charter-publication-private.h"
#include "qs-commitment-match.h"
#include "qs-feedback-query.h"
#include "qs-repository.h"
#include "qs-survey-repository.h"
#include "qs-survey-results.h"

/* "Monday to Friday, 08:30–12:00, 13:00–16:30; Saturday, 09:00–12:00":
 * the days of the same hours together. NULL when never open. */
static char *
describe_hours (QsBusinessHours *hours, QsCatalog *catalog, QsLanguage language)
{
  GString *out = g_string_new (NULL);
  char    *ranges[7] = { NULL };

  for (int day = 0; day < 7; day++)
    {
      g_autofree char *stored =
        qs_business_hours_weekday_hours_without (hours, G_DATE_MONDAY + day, NULL, 0);

      ranges[day] = *stored != '\0' ? qs_business_hours_ranges_for_people (stored) : NULL;
    }
  for (int first = 0; first < 7;)
    {
      int last = first;

      if (ranges[first] == NULL)
        {
          first++;
          continue;
        }
      while (last + 1 < 7 && g_strcmp0 (ranges[last + 1], ranges[first]) == 0)
        last++;
      if (out->len > 0)
        g_string_append (out, "; ");
      if (last > first)
        g_string_append_printf (out,
                                /* Translators: in the charter published for clients, days of
                                 * the week that share their hours: "Monday to Friday" */
                                qs_catalog_pgettext (catalog, "document", "%1$s to %2$s"),
                                qs_calendar_words_weekday (G_DATE_MONDAY + first, language),
                                qs_calendar_words_weekday (G_DATE_MONDAY + last, language));
      else
        g_string_append (out, qs_calendar_words_weekday (G_DATE_MONDAY + first, language));
      g_string_append_printf (out, ", %s", ranges[first]);
      first = last + 1;
    }
  for (int day = 0; day < 7; day++)
    g_free (ranges[day]);
  if (out->len == 0)
    return g_string_free (out, TRUE), NULL;
  return g_string_free (out, FALSE);
}

static void
add_paragraph (GString *out, const char *paragraph)
{
  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append (out, paragraph);
}

/* Address, telephone, e-mail and hours, in one paragraph. */
static void
add_reach (
  GString *out, QsEntity *provider, QsBusinessHours *hours, QsCatalog *catalog, QsLanguage language)
{
  g_autoptr (GString) sentences = g_string_new (NULL);
  const char      *email = qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_EMAIL);
  const char      *phone = qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_PHONE);
  const char      *location = qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_LOCATION);
  g_autofree char *open = hours != NULL ? describe_hours (hours, catalog, language) : NULL;

  if (email != NULL && *email != '\0')
    /* Translators: in the charter published for clients; %s is an e-mail address */
    g_string_append_printf (sentences, qs_catalog_pgettext (catalog, "document", "Write to %s."),
                            email);
  if (phone != NULL && *phone != '\0')
    {
      g_string_append (sentences, sentences->len > 0 ? " " : "");
      /* Translators: in the charter published for clients; %s is a telephone number */
      g_string_append_printf (sentences, qs_catalog_pgettext (catalog, "document", "Call %s."),
                              phone);
    }
  if (location != NULL && *location != '\0')
    {
      g_string_append (sentences, sentences->len > 0 ? " " : "");
      /* Translators: in the charter published for clients; %s is a place */
      g_string_append_printf (
        sentences, qs_catalog_pgettext (catalog, "document", "Visit us at %s."), location);
    }
  if (open != NULL)
    {
      g_string_append (sentences, sentences->len > 0 ? " " : "");
      /* Translators: in the charter published for clients; %s is the
       * days and hours: "Monday to Friday, 08:30–12:00, 13:00–16:30" */
      g_string_append_printf (sentences,
                              qs_catalog_pgettext (catalog, "document", "We are open %s."), open);
    }
  if (sentences->len > 0)
    add_paragraph (out, sentences->str);
}

/* The delay of the first commitment of @metric that applies to complaints. */
static char *
complaint_delay (GPtrArray *commitments, QsMetric metric, QsLanguage language)
{
  for (guint i = 0; i < commitments->len; i++)
    {
      QsEntity *commitment = g_ptr_array_index (commitments, i);
      double    value = qs_entity_get_double (commitment, QS_COMMITMENT_FIELD_TARGET_VALUE);

      if (qs_entity_get_enum (commitment, QS_COMMITMENT_FIELD_METRIC) == (int) metric &&
          qs_commitment_applies_to_kind (QS_COMMITMENT (commitment), QS_REQUEST_KIND_COMPLAINT) &&
          !isnan (value) && value > 0)
        return qs_calendar_words_format_delay (
          value, qs_entity_get_enum (commitment, QS_COMMITMENT_FIELD_TARGET_UNIT), language);
    }
  return NULL;
}

static void
add_complaints (GString *out, GPtrArray *commitments, QsCatalog *catalog, QsLanguage language)
{
  g_autofree char *ack = complaint_delay (commitments, QS_METRIC_ACKNOWLEDGEMENT, language);
  g_autofree char *resolution = complaint_delay (commitments, QS_METRIC_RESOLUTION, language);
  g_autoptr (GString) promise = g_string_new (NULL);

  add_paragraph (out,
                 /* Translators: in the charter published for clients */
                 qs_catalog_pgettext (catalog, "document",
                                      "To make a complaint, a suggestion or a compliment, write "
                                      "to us, drop a note in our suggestion box, or tell any "
                                      "member of our staff: each is recorded and answered."));
  if (ack != NULL && resolution != NULL)
    g_string_printf (promise,
                     /* Translators: in the charter published for clients; %1$s
                      * and %2$s are delays: "2 business days" */
                     qs_catalog_pgettext (catalog, "document",
                                          "We acknowledge a complaint within %1$s and resolve it "
                                          "within %2$s."),
                     ack, resolution);
  else if (ack != NULL)
    g_string_printf (
      promise,
      /* Translators: in the charter published for clients; %s is a delay */
      qs_catalog_pgettext (catalog, "document", "We acknowledge a complaint within %s."), ack);
  else if (resolution != NULL)
    g_string_printf (promise,
                     /* Translators: in the charter published for clients; %s is a delay */
                     qs_catalog_pgettext (catalog, "document", "We resolve a complaint within %s."),
                     resolution);
  if (promise->len > 0)
    add_paragraph (out, promise->str);
  add_paragraph (out,
                 /* Translators: in the charter published for clients */
                 qs_catalog_pgettext (catalog, "document",
                                      "You may complain in confidence: only the people who "
                                      "handle your complaint know who made it. If our answer "
                                      "does not satisfy you, ask that it be reviewed by the "
                                      "head of the department."));
}

/* The overall satisfaction of the latest questionnaire (its first scale
 * question without a category), in @average and @count; FALSE on error. */
static gboolean
latest_questionnaire (QsStore    *store,
                      const char *department_id,
                      QsLanguage  language,
                      char      **title,
                      double     *average,
                      guint      *count,
                      GError    **error)
{
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (QsSurveyResults) results = NULL;
  QsSurveyResultsQuery query = { 0 };

  if (!qs_survey_repository_find_latest (store, department_id, &survey, error))
    return FALSE;
  if (survey == NULL)
    return TRUE;
  results = qs_survey_results_read (store, survey, &query, error);
  if (results == NULL)
    return FALSE;
  for (guint i = 0; results->total->shown && i < results->total->questions->len; i++)
    {
      QsQuestionResult *result = g_ptr_array_index (results->total->questions, i);

      if (qs_entity_get_enum (result->question, QS_SURVEY_QUESTION_FIELD_KIND) !=
            QS_QUESTION_KIND_SCALE ||
          qs_entity_get_string (result->question, QS_SURVEY_QUESTION_FIELD_CATEGORY) != NULL ||
          result->perceived.n < results->threshold)
        continue;
      *average = qs_likert_score_average (&result->perceived);
      *count = result->perceived.n;
      *title = g_strdup (qs_entity_get_string (QS_ENTITY (survey), language == QS_LANGUAGE_FR
                                                                     ? QS_SURVEY_FIELD_TITLE_FR
                                                                     : QS_SURVEY_FIELD_TITLE_EN));
      if (*title == NULL)
        *title = g_strdup (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF));
      break;
    }
  return TRUE;
}

static gboolean
add_satisfaction (GString    *out,
                  QsStore    *store,
                  const char *department_id,
                  GDateTime  *now,
                  QsCatalog  *catalog,
                  QsLanguage  language,
                  GError    **error)
{
  g_autofree char *title = NULL;
  g_autofree char *average_text = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *sentence = NULL;
  double           average = NAN;
  guint            count = 0;

  if (department_id == NULL)
    return TRUE;
  if (!latest_questionnaire (store, department_id, language, &title, &average, &count, error))
    return FALSE;
  if (title == NULL)
    {
      g_autoptr (GDateTime) year_before = g_date_time_add_years (now, -1);
      gint64 n = 0, sum = 0;

      if (!qs_feedback_query_ratings (store, department_id,
                                      g_date_time_to_unix (year_before) * G_USEC_PER_SEC,
                                      g_date_time_to_unix (now) * G_USEC_PER_SEC, &n, &sum, error))
        return FALSE;
      if (n < QS_SURVEY_SCORE_DEFAULT_THRESHOLD)
        return TRUE;
      average = (double) sum / n;
      count = n;
    }
  average_text = qs_publication_format_decimal (average, TRUE, language);
  count_text = qs_publication_format_count (count, language);
  if (title != NULL)
    sentence = g_strdup_printf (
      /* Translators: in the charter published for clients; %1$s is a
       * questionnaire's title, %2$s how many answered, %3$s the average
       * out of 5: "3.9" */
      qs_catalog_pgettext (catalog, "document",
                           "In our latest questionnaire, “%1$s”, %2$s people rated our service "
                           "overall %3$s out of 5."),
      title, count_text, average_text);
  else
    sentence = g_strdup_printf (
      /* Translators: in the charter published for clients; %1$s is how
       * many ratings, %2$s their average out of 5: "4.2" */
      qs_catalog_pgettext (catalog, "document",
                           "Over the last twelve months, %1$s clients rated how their request "
                           "was handled: %2$s out of 5 on average."),
      count_text, average_text);
  add_paragraph (out, sentence);
  return TRUE;
}

/**
 * qs_publication_gather_contact:
 * @commitments: (element-type QsCommitment): the charter's
 * @now: what "the last twelve months" end with
 *
 * Sets the publication's last section.
 */
gboolean
qs_publication_gather_contact (QsCharterPublication *self,
                               QsStore              *store,
                               QsCharter            *charter,
                               GPtrArray            *commitments,
                               GDateTime            *now,
                               GError              **error)
{
  const char *department_id =
    qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_DEPARTMENT_ID);
  const char *calendar_id =
    qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_CALENDAR_ID);
  QsCatalog *catalog = qs_catalog_get_for_language (self->language);
  g_autoptr (QsEntity) provider = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GString) out = g_string_new (NULL);

  if (department_id != NULL &&
      !qs_store_find_if_any (store, QS_TYPE_DEPARTMENT, department_id, &provider, error))
    return FALSE;
  /* A calendar that cannot be read leaves the hours out, not the section. */
  if (calendar_id != NULL)
    hours = qs_calendar_repository_load_hours (store, calendar_id, NULL);
  if (provider != NULL)
    add_reach (out, provider, hours, catalog, self->language);
  add_complaints (out, commitments, catalog, self->language);
  if (!add_satisfaction (out, store, department_id, now, catalog, self->language, error))
    return FALSE;
  g_free (self->contact);
  self->contact = g_string_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}
