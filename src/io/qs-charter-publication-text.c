/* qs-charter-publication-text.c — the publication's fixed words, in both languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is written in the language the user asks for, which need
 * not be the language QualServ runs in: a French-speaking head of
 * department publishes the English version of their charter too. gettext
 * only knows the process's language, so the few fixed words of the
 * document live here in both languages, chosen by QsLanguage. Numbers are
 * formatted by hand for the same reason: the process locale must not turn
 * "91.3" into "91,3" in an English document, nor the reverse.
 */
#include "qs-charter-publication-private.h"

#include <math.h>
#include <string.h>

#include "qs-calendar-words.h"

/* U+00A0 keeps a figure and its % on one line; French also puts one
 * before a colon. U+202F (narrow) groups the thousands in French. */
#define NBSP "\u00a0"
#define NNBSP "\u202f"

static const char *strings[QS_DOC_N_STRINGS][2] = {
  /*                                   QS_LANGUAGE_FR, QS_LANGUAGE_EN */
  [QS_DOC_OUR_VALUES]               = { "Nos valeurs", "Our values" },
  [QS_DOC_INTRODUCTION]             = { "Introduction", "Introduction" },
  [QS_DOC_OUR_COMMITMENTS]          = { "Nos engagements", "Our commitments" },
  [QS_DOC_TRANSLATION_MISSING]      = { "traduction manquante", "translation missing" },
  [QS_DOC_SOME_TRANSLATIONS_MISSING] = {
    "Certains textes ne sont pas encore traduits en français" NNBSP "; ils sont donnés en "
    "anglais et signalés «" NBSP "traduction manquante" NBSP "».",
    "Some texts are not yet translated into English; they are given in French and marked "
    "“translation missing”." },
  [QS_DOC_UNTITLED]                 = { "Charte de services", "Service charter" },
  [QS_DOC_NO_COMMITMENTS]           = { "Cette charte ne contient pas encore d’engagement.",
                                        "This charter has no commitment yet." },
};

static const char *category_labels[][2] = {
  [QS_CATEGORY_ACCESSIBILITY] = { "Accessibilité", "Accessibility" },
  [QS_CATEGORY_AVAILABILITY]  = { "Disponibilité", "Availability" },
  [QS_CATEGORY_RELIABILITY]   = { "Fiabilité", "Reliability" },
  [QS_CATEGORY_SECURITY]      = { "Sécurité", "Security" },
  [QS_CATEGORY_COURTESY]      = { "Courtoisie", "Courtesy" },
  [QS_CATEGORY_FLEXIBILITY]   = { "Flexibilité", "Flexibility" },
  [QS_CATEGORY_CREDIBILITY]   = { "Crédibilité", "Credibility" },
};

static guint
lang_index (QsLanguage language)
{
  return language == QS_LANGUAGE_EN ? 1 : 0;
}

const char *
qs_publication_string (QsLanguage  language,
                       QsDocString id)
{
  g_return_val_if_fail (id < QS_DOC_N_STRINGS, "");

  return strings[id][lang_index (language)];
}

const char *
qs_publication_category_label (QsLanguage language,
                               QsCategory category)
{
  if ((guint) category >= G_N_ELEMENTS (category_labels))
    return "";
  return category_labels[category][lang_index (language)];
}

const char *
qs_publication_language_code (QsLanguage language)
{
  return language == QS_LANGUAGE_EN ? "en" : "fr";
}

/* One decimal, the decimal separator of @language; whole numbers lose
 * their ".0" unless @keep_decimal (achieved figures keep it, so that
 * every figure of a column has the same precision). */
char *
qs_publication_format_decimal (double     value,
                               gboolean   keep_decimal,
                               QsLanguage language)
{
  return qs_calendar_words_format_number (value, 1, keep_decimal, language);
}

/* "1,234" in English, "1 234" in French. */
char *
qs_publication_format_count (gint64     count,
                             QsLanguage language)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (count));
  GString *out = g_string_new (count < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, language == QS_LANGUAGE_FR ? NNBSP : ",");
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* "14 March 2026", "1er mars 2026". */
char *
qs_publication_format_date (GDateTime  *date,
                            QsLanguage  language)
{
  GString *out = g_string_new (NULL);

  qs_calendar_words_append_date (out, g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                                 g_date_time_get_year (date), language);
  return g_string_free (out, FALSE);
}

/* "July–September 2026" for [1 July, 1 October): @end is exclusive. */
char *
qs_publication_format_period (GDateTime  *start,
                              GDateTime  *end,
                              QsLanguage  language)
{
  g_autoptr(GDateTime) last = g_date_time_add_seconds (end, -1);
  const char *first_month = qs_calendar_words_month (g_date_time_get_month (start), language);
  const char *last_month = qs_calendar_words_month (g_date_time_get_month (last), language);
  int first_year = g_date_time_get_year (start);
  int last_year = g_date_time_get_year (last);

  if (first_year != last_year)
    return g_strdup_printf ("%s %d–%s %d", first_month, first_year, last_month, last_year);
  if (g_date_time_get_month (start) == g_date_time_get_month (last))
    return g_strdup_printf ("%s %d", first_month, first_year);
  return g_strdup_printf ("%s–%s %d", first_month, last_month, first_year);
}

char *
qs_publication_status_line (gint64           version,
                            QsCharterStatus  status,
                            GDateTime       *published,
                            QsLanguage       language)
{
  g_autofree char *date = published != NULL ? qs_publication_format_date (published, language) : NULL;
  gboolean fr = language == QS_LANGUAGE_FR;
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "Version %" G_GINT64_FORMAT, version);
  if (date != NULL)
    g_string_append_printf (line, fr ? " · publiée le %s" : " · published on %s", date);
  if (status == QS_CHARTER_STATUS_DRAFT)
    g_string_append (line, fr ? " · projet, non publié" : " · draft, not published");
  else if (status == QS_CHARTER_STATUS_ARCHIVED)
    g_string_append (line, fr ? " · archivée" : " · archived");
  return g_string_free (line, FALSE);
}

char *
qs_publication_review_line (GDateTime  *review,
                            QsLanguage  language)
{
  g_autofree char *date = qs_publication_format_date (review, language);

  if (language == QS_LANGUAGE_FR)
    return g_strconcat ("Prochaine révision" NBSP ": ", date, NULL);
  return g_strconcat ("Next review: ", date, NULL);
}

static char *
format_percent (double     value,
                gboolean   keep_decimal,
                QsLanguage language)
{
  g_autofree char *number = qs_publication_format_decimal (value, keep_decimal, language);

  return g_strconcat (number, NBSP "%", NULL);
}

/* "Target: 95 % within 24 business hours"; NULL when there is nothing
 * to promise a figure about. */
char *
qs_publication_target_sentence (QsMetric        metric,
                                double          target_value,
                                QsDurationUnit  unit,
                                double          threshold_percent,
                                QsLanguage      language)
{
  gboolean fr = language == QS_LANGUAGE_FR;
  gboolean deadline = metric == QS_METRIC_ACKNOWLEDGEMENT || metric == QS_METRIC_RESOLUTION;
  GString *out;

  if (metric == QS_METRIC_NONE)
    return NULL;
  if (isnan (threshold_percent) && (!deadline || isnan (target_value)))
    return NULL;

  out = g_string_new (fr ? "Objectif" NBSP ": " : "Target: ");
  if (!isnan (threshold_percent))
    {
      g_autofree char *percent = format_percent (threshold_percent, FALSE, language);
      g_string_append (out, percent);
    }
  if (deadline && !isnan (target_value) && *qs_calendar_words_duration_unit (unit, FALSE, language))
    {
      g_autofree char *amount = qs_publication_format_decimal (target_value, FALSE, language);
      gboolean plural = qs_calendar_words_is_plural (target_value, language);

      if (!isnan (threshold_percent))
        g_string_append_c (out, ' ');
      g_string_append (out, fr ? "en " : "within ");
      g_string_append (out, amount);
      g_string_append_c (out, ' ');
      g_string_append (out, qs_calendar_words_duration_unit (unit, plural, language));
    }
  return g_string_free (out, FALSE);
}

/* "Achieved July–September 2026: 91.3 % (412 requests) — below target".
 * A figure below the target never rounds up to it: 94.96 % against 95 %
 * reads 94.9 %, not 95.0 %. */
char *
qs_publication_achieved_sentence (const char           *period,
                                  double                percent,
                                  gint64                n_requests,
                                  double                threshold_percent,
                                  QsLanguage            language,
                                  QsPublicationOutcome *outcome)
{
  gboolean fr = language == QS_LANGUAGE_FR;
  g_autofree char *figure = NULL;
  g_autofree char *count = NULL;
  GString *out = g_string_new (NULL);

  g_string_append (out, fr ? "Résultat " : "Achieved ");
  g_string_append (out, period);
  g_string_append (out, fr ? NBSP ": " : ": ");

  if (n_requests <= 0 || isnan (percent))
    {
      g_string_append (out, fr ? "pas assez de demandes pour mesurer"
                               : "not enough requests to measure");
      *outcome = QS_OUTCOME_NO_DATA;
      return g_string_free (out, FALSE);
    }

  if (!isnan (threshold_percent) && percent < threshold_percent &&
      round (percent * 10) / 10 >= threshold_percent)
    percent = floor (percent * 10) / 10;
  figure = format_percent (percent, TRUE, language);
  count = qs_publication_format_count (n_requests, language);
  g_string_append (out, figure);
  g_string_append (out, " (");
  g_string_append (out, count);
  if (fr)
    g_string_append (out, n_requests == 1 ? " demande)" : " demandes)");
  else
    g_string_append (out, n_requests == 1 ? " request)" : " requests)");

  if (isnan (threshold_percent))
    *outcome = QS_OUTCOME_MEASURED;
  else if (percent >= threshold_percent)
    {
      g_string_append (out, fr ? " — objectif atteint" : " — target met");
      *outcome = QS_OUTCOME_MET;
    }
  else
    {
      g_string_append (out, fr ? " — sous l’objectif" : " — below target");
      *outcome = QS_OUTCOME_BELOW;
    }
  return g_string_free (out, FALSE);
}

/* Commitments measured outside the requests say how they are measured
 * instead of showing a figure QualServ cannot compute. */
char *
qs_publication_other_source (QsMetric   metric,
                             QsLanguage language)
{
  gboolean fr = language == QS_LANGUAGE_FR;

  switch (metric)
    {
    case QS_METRIC_MANUAL_RATE:
      return g_strdup (fr ? "Mesuré par un taux relevé à la main" : "Measured by a rate logged by hand");
    case QS_METRIC_SURVEY_SCORE:
      return g_strdup (fr ? "Mesuré par une enquête de satisfaction" : "Measured by a satisfaction survey");
    case QS_METRIC_NONE:
    case QS_METRIC_ACKNOWLEDGEMENT:
    case QS_METRIC_RESOLUTION:
    default:
      return NULL;
    }
}
