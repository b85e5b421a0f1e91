/* qs-smart-check.c — is a commitment specific, measurable, achievable, time-bound?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, in the order a department head meets them:
 *
 * Specific — the commitment's text in the requested language (or, when it
 *   is empty, in the other one) has at least four words, and it does not
 *   lean on vague words ("quickly", "best", "rapidement", "qualité", …)
 *   without a figure to pin them down: "Answer quickly" fails, "Answer within
 *   4 business hours" passes. Every commitment is checked, measured or not.
 *
 * Measurable — it has a metric and a target. A deadline metric
 *   (acknowledgement, resolution) needs the delay (target_value) and the
 *   share of requests that must meet it (threshold_percent); a rate logged
 *   by hand or a survey score needs threshold_percent, which is its target.
 *
 * Achievable (and realistic) — the target is a share between 0 % and 100 %;
 *   a delay is longer than zero; 100 % within less than an hour leaves no
 *   room for a single absence; the delay fits the business calendar (a delay
 *   in business hours needs business hours, one in business days needs at
 *   least one open day a week) and is no longer than one year of business
 *   time. Without a calendar, a week of five days of eight hours is assumed.
 *
 * Time-bound — a deadline metric has a delay (the unit always has a value).
 *   A rate logged by hand and a survey score are bound by the period of the
 *   indicator that measures them (a month, a quarter or a year, see
 *   QsIndicator): they are time-bound as soon as their target is set.
 *
 * A commitment that is not measured ("not measured") is exempt from the
 *   last three: only its wording is checked. Publication is blocked only by
 *   measured commitments that fail (see qs_charter_repository_publish()).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "qs-calendar-words.h"
#include "qs-enum-labels.h"
#include "qs-smart-check.h"
#include "qs-text.h"

#define MIN_WORDS 4

/* Assumed when no calendar is given. */
#define DEFAULT_WEEK_DAYS 5
#define DEFAULT_WEEK_MINUTES (DEFAULT_WEEK_DAYS * 8 * 60)

#define WEEKS_PER_YEAR 52

struct _QsSmartResult
{
  GObject parent_instance;

  gboolean passed[QS_SMART_N_CRITERIA];
  char    *reasons[QS_SMART_N_CRITERIA];
};

G_DEFINE_FINAL_TYPE (QsSmartResult, qs_smart_result, G_TYPE_OBJECT)

/* Casefolded. Words that promise without saying how much or how fast. */
static const char *const vague_words[] = {
  /* English */
  "quickly",
  "quick",
  "fast",
  "rapidly",
  "rapid",
  "promptly",
  "prompt",
  "soon",
  "asap",
  "best",
  "better",
  "good",
  "great",
  "excellent",
  "excellence",
  "outstanding",
  "quality",
  "efficient",
  "efficiently",
  "effective",
  "effectively",
  "optimal",
  "optimum",
  "possible",
  "reasonable",
  "reasonably",
  "timely",
  "appropriate",
  "adequate",
  "satisfactory",
  "superior",
  "maximum",
  "high-quality",
  "world-class",
  /* French */
  "rapidement",
  "rapide",
  "rapides",
  "vite",
  "promptement",
  "bientôt",
  "meilleur",
  "meilleure",
  "meilleurs",
  "meilleures",
  "mieux",
  "bon",
  "bonne",
  "bons",
  "bonnes",
  "excellente",
  "excellents",
  "excellentes",
  "qualité",
  "efficace",
  "efficaces",
  "efficacement",
  "optimal",
  "optimale",
  "optimaux",
  "raisonnable",
  "raisonnables",
  "approprié",
  "appropriée",
  "adéquat",
  "adéquate",
  "satisfaisant",
  "satisfaisante",
  "supérieur",
  "supérieure",
  "maximal",
  "maximale",
  "diligence",
  "diligemment",
};

static void
qs_smart_result_finalize (GObject *object)
{
  QsSmartResult *self = QS_SMART_RESULT (object);

  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    g_free (self->reasons[i]);

  G_OBJECT_CLASS (qs_smart_result_parent_class)->finalize (object);
}

static void
qs_smart_result_class_init (QsSmartResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_smart_result_finalize;
}

static void
qs_smart_result_init (QsSmartResult *self)
{
  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    self->passed[i] = TRUE;
}

/* Keeps the first failure of a criterion: it is the one to fix first. */
static void
fail (QsSmartResult *self, QsSmartCriterion criterion, char *reason)
{
  if (!self->passed[criterion])
    {
      g_free (reason);
      return;
    }
  self->passed[criterion] = FALSE;
  self->reasons[criterion] = reason;
}

static gboolean
is_vague (const char *folded)
{
  for (guint i = 0; i < G_N_ELEMENTS (vague_words); i++)
    if (strcmp (folded, vague_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Splits @text into words (letters, digits and inner hyphens or
 * apostrophes), returning how many there are, whether one holds a digit
 * and the first vague one. */
static guint
scan_words (const char *text, gboolean *has_figure, char **first_vague)
{
  g_autoptr (GString) word = g_string_new (NULL);
  guint       n_words = 0;
  const char *p = text;

  *has_figure = FALSE;
  *first_vague = NULL;

  for (;;)
    {
      gunichar c = *p != '\0' ? g_utf8_get_char (p) : 0;
      gboolean inner = (c == '-' || c == '\'' || c == 0x2019) && word->len > 0;

      if (c != 0 && (g_unichar_isalnum (c) || inner))
        {
          if (g_unichar_isdigit (c))
            *has_figure = TRUE;
          g_string_append_unichar (word, c);
        }
      else if (word->len > 0)
        {
          g_autofree char *folded = NULL;

          /* "l'équipe" and "d'un" count as one word each, like a reader does. */
          while (word->len > 0 && strchr ("-'", word->str[word->len - 1]) != NULL)
            g_string_truncate (word, word->len - 1);
          folded = g_utf8_casefold (word->str, -1);
          n_words++;
          if (*first_vague == NULL && is_vague (folded))
            *first_vague = g_strdup (word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }
  return n_words;
}

static const char *
commitment_text (QsCommitment *commitment, QsLanguage language)
{
  QsEntity *entity = QS_ENTITY (commitment);
  guint     first =
    language == QS_LANGUAGE_FR ? QS_COMMITMENT_FIELD_TEXT_FR : QS_COMMITMENT_FIELD_TEXT_EN;
  guint other =
    language == QS_LANGUAGE_FR ? QS_COMMITMENT_FIELD_TEXT_EN : QS_COMMITMENT_FIELD_TEXT_FR;
  const char *text = qs_entity_get_string (entity, first);

  if (qs_text_is_blank (text))
    text = qs_entity_get_string (entity, other);
  return text != NULL ? text : "";
}

static void
check_specific (QsSmartResult *self, QsCommitment *commitment, QsLanguage language)
{
  g_autofree char *vague = NULL;
  gboolean         has_figure;
  guint n_words = scan_words (commitment_text (commitment, language), &has_figure, &vague);

  if (n_words == 0)
    fail (
      self, QS_SMART_SPECIFIC,
      g_strdup (
        _ ("Write what you commit to, e.g. “Acknowledge every e-mail within 24 business hours”.")));
  else if (n_words < MIN_WORDS)
    fail (self, QS_SMART_SPECIFIC,
          g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE,
                         /* Translators: %u is a number of words, below four */
                         "The text has only %u word: say what you do, for whom and how fast.",
                         "The text has only %u words: say what you do, for whom and how fast.",
                         n_words),
            n_words));
  else if (vague != NULL && !has_figure)
    fail (
      self, QS_SMART_SPECIFIC,
      /* Translators: %s is a word of the commitment, such as “quickly” */
      g_strdup_printf (_ ("“%s” is vague: replace it with a figure, e.g. “within 2 business days” "
                          "or “before the third ring”."),
                       vague));
}

static gboolean
is_deadline (QsMetric metric)
{
  return metric == QS_METRIC_ACKNOWLEDGEMENT || metric == QS_METRIC_RESOLUTION;
}

static void
check_measurable (QsSmartResult *self, QsCommitment *commitment)
{
  QsEntity *entity = QS_ENTITY (commitment);
  QsMetric  metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);
  double    delay = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE);
  double    threshold = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);

  if (is_deadline (metric) && isnan (delay))
    fail (self, QS_SMART_MEASURABLE,
          g_strdup (_ ("Say how fast: give the delay, e.g. 24 business hours.")));
  if (is_deadline (metric) && isnan (threshold))
    fail (self, QS_SMART_MEASURABLE,
          g_strdup (
            /* xgettext:no-c-format */
            _ ("Say how often the delay is met: give the target share of requests, e.g. 95 %.")));
  else if (metric == QS_METRIC_MANUAL_RATE && isnan (threshold))
    fail (self, QS_SMART_MEASURABLE,
          /* xgettext:no-c-format */
          g_strdup (_ ("Give the target rate to reach, e.g. 95 % of calls answered "
                       "before the third ring.")));
  else if (metric == QS_METRIC_SURVEY_SCORE && isnan (threshold))
    fail (self, QS_SMART_MEASURABLE,
          g_strdup (
            /* xgettext:no-c-format */
            _ ("Give the target survey score as a percentage, e.g. 80 % of clients satisfied.")));
}

/* The business time of one week of @calendar: open days and minutes. */
static gboolean
parse_week (const char *weekly_hours, guint *open_days, guint *minutes)
{
  g_auto (GStrv) days = g_strsplit (weekly_hours != NULL ? weekly_hours : "", ";", -1);

  *open_days = 0;
  *minutes = 0;
  for (guint d = 0; days[d] != NULL; d++)
    {
      const char *ranges = strchr (days[d], '=');
      g_auto (GStrv) parts = NULL;
      guint day_minutes = 0;

      if (ranges == NULL)
        continue;
      parts = g_strsplit (ranges + 1, ",", -1);
      for (guint r = 0; parts[r] != NULL; r++)
        {
          guint h1, m1, h2, m2;

          if (sscanf (parts[r], " %u:%u-%u:%u", &h1, &m1, &h2, &m2) != 4)
            continue;
          if (h2 * 60 + m2 > h1 * 60 + m1)
            day_minutes += (h2 * 60 + m2) - (h1 * 60 + m1);
        }
      if (day_minutes > 0)
        {
          (*open_days)++;
          *minutes += day_minutes;
        }
    }
  return *minutes > 0;
}

/* The delay in hours, for the "100 % within less than an hour" rule. */
static double
delay_in_hours (double delay, QsDurationUnit unit, double hours_per_day)
{
  switch (unit)
    {
    case QS_DURATION_UNIT_BUSINESS_HOURS:
    case QS_DURATION_UNIT_HOURS:
      return delay;
    case QS_DURATION_UNIT_BUSINESS_DAYS:
      return delay * hours_per_day;
    case QS_DURATION_UNIT_DAYS:
      return delay * 24;
    case QS_DURATION_UNIT_SECONDS:
    default:
      return delay / 3600;
    }
}

static void
check_achievable (QsSmartResult *self, QsCommitment *commitment, QsCalendar *calendar)
{
  QsEntity      *entity = QS_ENTITY (commitment);
  QsMetric       metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);
  double         delay = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE);
  QsDurationUnit unit = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT);
  double         threshold = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
  const char    *calendar_name = NULL;
  guint          open_days = DEFAULT_WEEK_DAYS;
  guint          week_minutes = DEFAULT_WEEK_MINUTES;
  double         limit = 0;

  if (!isnan (threshold) && (threshold < 0 || threshold > 100))
    {
      g_autofree char *typed =
        qs_calendar_words_format_percent (threshold, 3, FALSE, qs_interface_language ());

      fail (
        self, QS_SMART_ACHIEVABLE,
        /* Translators: %s is the target the user typed, e.g. "120%" */
        g_strdup_printf (_ ("The target must be a percentage from 0 to 100; it is %s."), typed));
    }

  if (!is_deadline (metric) || isnan (delay))
    return;

  if (delay <= 0)
    {
      fail (self, QS_SMART_ACHIEVABLE,
            g_strdup (_ ("The delay must be longer than zero: give the time your team needs, "
                         "e.g. 24 business hours.")));
      return;
    }

  if (calendar != NULL)
    {
      calendar_name = qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_NAME);
      parse_week (qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS),
                  &open_days, &week_minutes);
      if (calendar_name == NULL)
        calendar_name = "";
    }

  if (unit == QS_DURATION_UNIT_BUSINESS_HOURS && week_minutes == 0)
    fail (
      self, QS_SMART_ACHIEVABLE,
      /* Translators: %s is the name of a business calendar */
      g_strdup_printf (_ ("The calendar “%s” has no business hours, so a delay in business hours "
                          "never ends: set its opening hours or give the delay in hours or days."),
                       calendar_name));
  else if (unit == QS_DURATION_UNIT_BUSINESS_DAYS && open_days == 0)
    fail (
      self, QS_SMART_ACHIEVABLE,
      /* Translators: %s is the name of a business calendar */
      g_strdup_printf (_ ("The calendar “%s” has no open day, so a delay in business days never "
                          "ends: set its opening hours or give the delay in days."),
                       calendar_name));

  switch (unit)
    {
    case QS_DURATION_UNIT_BUSINESS_HOURS:
      limit = week_minutes / 60.0 * WEEKS_PER_YEAR;
      break;
    case QS_DURATION_UNIT_BUSINESS_DAYS:
      limit = (double) open_days * WEEKS_PER_YEAR;
      break;
    case QS_DURATION_UNIT_HOURS:
      limit = 365 * 24;
      break;
    case QS_DURATION_UNIT_DAYS:
      limit = 365;
      break;
    case QS_DURATION_UNIT_SECONDS:
    default:
      limit = 365 * 24 * 3600.0;
      break;
    }
  if (limit > 0 && delay > limit)
    fail (self, QS_SMART_ACHIEVABLE,
          g_strdup (_ ("The delay is longer than a year of business time, which is no commitment "
                       "a client can plan with: shorten it.")));

  if (!isnan (threshold) && threshold >= 100 &&
      delay_in_hours (delay, unit, open_days > 0 ? week_minutes / 60.0 / open_days : 8) < 1)
    fail (
      self, QS_SMART_ACHIEVABLE,
      /* xgettext:no-c-format */
      g_strdup (_ ("Every request within less than an hour leaves no room for a single absence: "
                   "lower the target below 100 % or lengthen the delay.")));
}

static void
check_time_bound (QsSmartResult *self, QsCommitment *commitment)
{
  QsEntity *entity = QS_ENTITY (commitment);
  QsMetric  metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);

  if (is_deadline (metric) &&
      isnan (qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE)))
    fail (self, QS_SMART_TIME_BOUND,
          g_strdup (_ ("Give a deadline: within how many business hours or business days?")));
  else if (!is_deadline (metric) &&
           isnan (qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT)))
    fail (self, QS_SMART_TIME_BOUND,
          g_strdup (_ ("Give the target: it is then measured over each period of its indicator.")));
}

/**
 * qs_smart_check_commitment:
 * @calendar: (nullable): the business calendar the charter's delays run on
 * @language: the language whose text is checked (the other is the fallback)
 *
 * Checks @commitment against the SMART rules written at the top of this
 * file.
 *
 * Returns: (transfer full): the result, with a reason for each failure
 */
QsSmartResult *
qs_smart_check_commitment (QsCommitment *commitment, QsCalendar *calendar, QsLanguage language)
{
  QsSmartResult *self;

  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), NULL);
  g_return_val_if_fail (calendar == NULL || QS_IS_CALENDAR (calendar), NULL);

  self = g_object_new (QS_TYPE_SMART_RESULT, NULL);
  check_specific (self, commitment, language);
  if (qs_commitment_is_measurable (commitment))
    {
      check_measurable (self, commitment);
      check_achievable (self, commitment, calendar);
      check_time_bound (self, commitment);
    }
  return self;
}

/**
 * qs_smart_result_passes:
 *
 * Returns: whether every criterion passed
 */
gboolean
qs_smart_result_passes (QsSmartResult *self)
{
  g_return_val_if_fail (QS_IS_SMART_RESULT (self), FALSE);

  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    if (!self->passed[i])
      return FALSE;
  return TRUE;
}

gboolean
qs_smart_result_get_passed (QsSmartResult *self, QsSmartCriterion criterion)
{
  g_return_val_if_fail (QS_IS_SMART_RESULT (self), FALSE);
  g_return_val_if_fail (criterion < QS_SMART_N_CRITERIA, FALSE);

  return self->passed[criterion];
}

/**
 * qs_smart_result_get_reason:
 *
 * Returns: (nullable): a sentence, in the user's language, saying what is
 *   wrong and how to fix it, or %NULL when @criterion passed
 */
const char *
qs_smart_result_get_reason (QsSmartResult *self, QsSmartCriterion criterion)
{
  g_return_val_if_fail (QS_IS_SMART_RESULT (self), NULL);
  g_return_val_if_fail (criterion < QS_SMART_N_CRITERIA, NULL);

  return self->reasons[criterion];
}

/**
 * qs_commitment_is_measurable:
 *
 * Returns: whether @commitment is measured (its metric is not “none”)
 */
gboolean
qs_commitment_is_measurable (QsCommitment *commitment)
{
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);

  return qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_METRIC) != QS_METRIC_NONE;
}
