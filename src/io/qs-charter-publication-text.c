/* qs-charter-publication-text.c — the publication's fixed words, in the document's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is written in the language the user asks for, which need
 * not be the language QualServ runs in: a French-speaking head of
 * department publishes the English version of their charter too. gettext
 * only knows the process's language, so the few fixed words of the
 * document come from the catalogue of the document's language
 * (qs-catalog.h), context "document". Numbers are formatted by hand for
 * the same reason: the process locale must not turn "91.3" into "91,3" in
 * an English document, nor the reverse; their separators come from the
 * catalogue too.
 */
#include "config.h"

#include "qs-charter-publication-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-calendar-words.h"
#include "qs-catalog.h"

#define DOCUMENT "document"

static const char *strings[QS_DOC_N_STRINGS] = {
  /* Translators: a heading of the charter published for clients. */
  [QS_DOC_OUR_VALUES] = NC_ ("document", "Our values"),
  /* Translators: a heading of the charter published for clients. */
  [QS_DOC_INTRODUCTION] = NC_ ("document", "Introduction"),
  /* Translators: a heading of the charter published for clients. */
  [QS_DOC_OUR_COMMITMENTS] = NC_ ("document", "Our commitments"),
  /* Translators: in the charter published for clients, after a text
   * shown in the charter's other language because it has no translation
   * yet. */
  [QS_DOC_TRANSLATION_MISSING] = NC_ ("document", "translation missing"),
  [QS_DOC_SOME_TRANSLATIONS_MISSING] =
    NC_ ("document",
         /* Translators: a notice at the top of the charter published for
          * clients: %1$s is the name of the document's language, %2$s the name of
          * the language the untranslated texts are shown in (both as the
          * translations of "English" and "French" in the context
          * "document: language name" give them). */
         "Some texts are not yet translated into %1$s; "
         "they are given in %2$s and marked “translation "
         "missing”."),
  /* Translators: the title of a charter published for clients when it has
   * none. */
  [QS_DOC_UNTITLED] = NC_ ("document", "Service charter"),
  /* Translators: in the charter published for clients. */
  [QS_DOC_NO_COMMITMENTS] = NC_ ("document", "This charter has no commitment yet."),
  /* Translators: the last heading of the charter published for clients:
   * how to reach the department, complain, suggest or compliment. */
  [QS_DOC_HOW_TO_REACH_US] = NC_ ("document", "How to reach us and give your opinion"),
};

static const char *category_labels[] = {
  /* Translators: a category of commitments, a heading of the charter
   * published for clients. */
  [QS_CATEGORY_ACCESSIBILITY] = NC_ ("document", "Accessibility"),
  /* Translators: a category of commitments, a heading of the charter
   * published for clients. */
  [QS_CATEGORY_AVAILABILITY] = NC_ ("document", "Availability"),
  /* Translators: a category of commitments, a heading of the charter
   * published for clients. */
  [QS_CATEGORY_RELIABILITY] = NC_ ("document", "Reliability"),
  /* Translators: a category of commitments, a heading of the charter
   * published for clients. */
  [QS_CATEGORY_SECURITY] = NC_ ("document", "Security"),
  /* Translators: a category of commitments, a heading of the charter
   * published for clients. */
  [QS_CATEGORY_COURTESY] = NC_ ("document", "Courtesy"),
  /* Translators: a category of commitments, a heading of the charter
   * published for clients. */
  [QS_CATEGORY_FLEXIBILITY] = NC_ ("document", "Flexibility"),
  /* Translators: a category of commitments, a heading of the charter
   * published for clients. */
  [QS_CATEGORY_CREDIBILITY] = NC_ ("document", "Credibility"),
};

static QsCatalog *
catalog_of (QsLanguage language)
{
  return qs_catalog_get_for_language (language);
}

/* The name of @named as a document in @language writes it inside a
 * sentence ("English"; French "anglais"). */
static const char *
language_name (QsLanguage language, QsLanguage named)
{
  QsCatalog *catalog = catalog_of (language);

  if (named == QS_LANGUAGE_FR)
    /* Translators: a language's name inside a sentence of the charter
     * published for clients ("not yet translated into French"). */
    return qs_catalog_pgettext (catalog, "document: language name", "French");
  /* Translators: a language's name inside a sentence of the charter
   * published for clients ("not yet translated into English"). */
  return qs_catalog_pgettext (catalog, "document: language name", "English");
}

const char *
qs_publication_string (QsLanguage language, QsDocString id)
{
  g_return_val_if_fail (id < QS_DOC_N_STRINGS, "");

  return qs_catalog_pgettext (catalog_of (language), DOCUMENT, strings[id]);
}

/* The notice of texts shown in the other language: a format, unlike the
 * other strings. */
char *
qs_publication_missing_notice (QsLanguage language)
{
  QsLanguage other = language == QS_LANGUAGE_EN ? QS_LANGUAGE_FR : QS_LANGUAGE_EN;

  return g_strdup_printf (qs_publication_string (language, QS_DOC_SOME_TRANSLATIONS_MISSING),
                          language_name (language, language), language_name (language, other));
}

const char *
qs_publication_category_label (QsLanguage language, QsCategory category)
{
  if ((guint) category >= G_N_ELEMENTS (category_labels))
    return "";
  return qs_catalog_pgettext (catalog_of (language), DOCUMENT, category_labels[category]);
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
qs_publication_format_decimal (double value, gboolean keep_decimal, QsLanguage language)
{
  return qs_calendar_words_format_number (value, 1, keep_decimal, language);
}

/* "1,234" in English, "1 234" in French. */
char *
qs_publication_format_count (gint64 count, QsLanguage language)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, count);
  const char      *start = digits[0] == '-' ? digits + 1 : digits;
  const char      *separator =
    /* Translators: the separator of thousands in counts printed in
     * documents for clients ("1,234"; French puts a narrow no-break space,
     * U+202F). */
    qs_catalog_pgettext (catalog_of (language), "document: thousands separator", ",");
  GString *out = g_string_new (count < 0 ? "-" : "");
  gsize    n = strlen (start);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, start[i]);
    }
  return g_string_free (out, FALSE);
}

/* "14 March 2026", "1er mars 2026". */
char *
qs_publication_format_date (GDateTime *date, QsLanguage language)
{
  GString *out = g_string_new (NULL);

  qs_calendar_words_append_date (out, g_date_time_get_day_of_month (date),
                                 g_date_time_get_month (date), g_date_time_get_year (date),
                                 language);
  return g_string_free (out, FALSE);
}

/* "July–September 2026" for [1 July, 1 October): @end is exclusive. */
char *
qs_publication_format_period (GDateTime *start, GDateTime *end, QsLanguage language)
{
  QsCatalog *catalog = catalog_of (language);
  g_autoptr (GDateTime) last = g_date_time_add_seconds (end, -1);
  const char *first_month = qs_calendar_words_month (g_date_time_get_month (start), language);
  const char *last_month = qs_calendar_words_month (g_date_time_get_month (last), language);
  int         first_year = g_date_time_get_year (start);
  int         last_year = g_date_time_get_year (last);

  if (first_year != last_year)
    /* Translators: a period over two years in the charter published for
     * clients: months and years ("November 2026–January 2027"). */
    return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%1$s %2$d–%3$s %4$d"),
                            first_month, first_year, last_month, last_year);
  if (g_date_time_get_month (start) == g_date_time_get_month (last))
    /* Translators: a period of one month in the charter published for
     * clients: month and year ("July 2026"). */
    return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%1$s %2$d"), first_month,
                            first_year);
  /* Translators: a period in the charter published for clients: first
   * month, last month and year ("July–September 2026"). */
  return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%1$s–%2$s %3$d"), first_month,
                          last_month, first_year);
}

char *
qs_publication_status_line (gint64          version,
                            QsCharterStatus status,
                            GDateTime      *published,
                            QsLanguage      language)
{
  QsCatalog       *catalog = catalog_of (language);
  g_autofree char *date =
    published != NULL ? qs_publication_format_date (published, language) : NULL;
  GString *line = g_string_new (NULL);

  /* Translators: under the title of the charter published for clients:
   * its version number ("Version 2 · published on 14 March 2026"). */
  g_string_append_printf (line, qs_catalog_pgettext (catalog, "document", "Version %lld"),
                          (long long) version);
  if (date != NULL)
    {
      g_string_append (line, " · ");
      /* Translators: under the title of the charter published for
       * clients, after its version: %s is the date ("published on 14
       * March 2026"). */
      g_string_append_printf (line, qs_catalog_pgettext (catalog, "document", "published on %s"),
                              date);
    }
  if (status == QS_CHARTER_STATUS_DRAFT)
    {
      g_string_append (line, " · ");
      /* Translators: under the title of a draft of the charter, printed
       * for clients. */
      g_string_append (line, qs_catalog_pgettext (catalog, "document", "draft, not published"));
    }
  else if (status == QS_CHARTER_STATUS_ARCHIVED)
    {
      g_string_append (line, " · ");
      /* Translators: under the title of an archived charter, printed for
       * clients (French agrees with "la charte"). */
      g_string_append (line, qs_catalog_pgettext (catalog, "document", "archived"));
    }
  return g_string_free (line, FALSE);
}

char *
qs_publication_review_line (GDateTime *review, QsLanguage language)
{
  g_autofree char *date = qs_publication_format_date (review, language);

  return g_strdup_printf (
    /* Translators: under the title of the charter published for clients;
     * %s is a date. */
    qs_catalog_pgettext (catalog_of (language), "document", "Next review: %s"), date);
}

static char *
format_percent (double value, gboolean keep_decimal, QsLanguage language)
{
  return qs_calendar_words_format_percent (value, 1, keep_decimal, language);
}

/* "Target: 95 % within 24 business hours"; NULL when there is nothing
 * to promise a figure about. */
char *
qs_publication_target_sentence (QsMetric       metric,
                                double         target_value,
                                QsDurationUnit unit,
                                double         threshold_percent,
                                QsLanguage     language)
{
  QsCatalog       *catalog = catalog_of (language);
  gboolean         deadline = metric == QS_METRIC_ACKNOWLEDGEMENT || metric == QS_METRIC_RESOLUTION;
  g_autofree char *percent = NULL;
  g_autofree char *delay = NULL;

  if (metric == QS_METRIC_NONE)
    return NULL;
  if (isnan (threshold_percent) && (!deadline || isnan (target_value)))
    return NULL;

  if (!isnan (threshold_percent))
    percent = format_percent (threshold_percent, FALSE, language);
  if (deadline && !isnan (target_value) && *qs_calendar_words_duration_unit (unit, FALSE, language))
    {
      g_autofree char *amount = qs_publication_format_decimal (target_value, FALSE, language);

      delay = g_strconcat (
        amount, " ", qs_calendar_words_duration_unit_for (unit, target_value, language), NULL);
    }

  if (percent != NULL && delay != NULL)
    /* Translators: under a commitment of the charter published for
     * clients: %1$s is a percentage, %2$s a delay ("Target: 95 % within 24
     * business hours"). */
    return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "Target: %1$s within %2$s"),
                            percent, delay);
  if (delay != NULL)
    /* Translators: under a commitment of the charter published for
     * clients; %s is a delay ("Target: within 24 business hours"). */
    return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "Target: within %s"), delay);
  /* Translators: under a commitment of the charter published for clients;
   * %s is a percentage ("Target: 95 %"). */
  return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "Target: %s"),
                          percent != NULL ? percent : "");
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
  QsCatalog       *catalog = catalog_of (language);
  g_autofree char *figure = NULL;
  g_autofree char *count = NULL;
  g_autofree char *sentence = NULL;

  if (n_requests <= 0 || isnan (percent))
    {
      *outcome = QS_OUTCOME_NO_DATA;
      return g_strdup_printf (
        qs_catalog_pgettext (catalog, "document",
                             /* Translators: under a commitment of the charter published for
                              * clients; %s is a period ("July–September 2026"). */
                             "Achieved %s: not enough "
                             "requests to measure"),
        period);
    }

  if (!isnan (threshold_percent) && percent < threshold_percent &&
      round (percent * 10) / 10 >= threshold_percent)
    percent = floor (percent * 10) / 10;
  figure = format_percent (percent, TRUE, language);
  count = qs_publication_format_count (n_requests, language);
  sentence =
    g_strdup_printf (qs_catalog_npgettext (
                       catalog, "document",
                       /* Translators: under a commitment of the charter published for clients:
                        * %1$s is a period ("July–September 2026"), %2$s a percentage, %3$s the
                        * number of requests it was measured on. */
                       "Achieved %1$s: %2$s (%3$s request)", "Achieved %1$s: %2$s (%3$s requests)",
                       (gulong) MIN (n_requests, G_MAXLONG)),
                     period, figure, count);

  if (isnan (threshold_percent))
    {
      *outcome = QS_OUTCOME_MEASURED;
      return g_steal_pointer (&sentence);
    }
  if (percent >= threshold_percent)
    {
      *outcome = QS_OUTCOME_MET;
      /* Translators: in the charter published for clients; %s is the
       * sentence "Achieved July–September 2026: 95.0 % (412 requests)". */
      return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%s — target met"),
                              sentence);
    }
  *outcome = QS_OUTCOME_BELOW;
  /* Translators: in the charter published for clients; %s is the sentence
   * "Achieved July–September 2026: 91.3 % (412 requests)". */
  return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%s — below target"), sentence);
}

/* Commitments measured outside the requests say how they are measured
 * instead of showing a figure QualServ cannot compute. */
char *
qs_publication_other_source (QsMetric metric, QsLanguage language)
{
  QsCatalog *catalog = catalog_of (language);

  switch (metric)
    {
    case QS_METRIC_MANUAL_RATE:
      return g_strdup (
        /* Translators: under a commitment of the charter published for
         * clients. */
        qs_catalog_pgettext (catalog, "document", "Measured by a rate logged by hand"));
    case QS_METRIC_SURVEY_SCORE:
      return g_strdup (
        /* Translators: under a commitment of the charter published for
         * clients. */
        qs_catalog_pgettext (catalog, "document", "Measured by a satisfaction survey"));
    case QS_METRIC_NONE:
    case QS_METRIC_ACKNOWLEDGEMENT:
    case QS_METRIC_RESOLUTION:
    default:
      return NULL;
    }
}
