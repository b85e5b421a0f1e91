/* qs-calendar-words.c — weekday, month and duration-unit names in a document's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every word and format comes from the catalogue of the document's
 * language (qs-catalog.h), context "document"; nothing here knows French.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-calendar-words.h"
#include "qs-catalog.h"

#define DOCUMENT "document"

static const char *weekday_names[7] = {
  /* Translators: a weekday, printed in letters and documents for clients
   * ("Friday 24 April, 17:10"). */
  NC_ ("document", "Monday"),
  /* Translators: a weekday, printed in letters and documents for clients. */
  NC_ ("document", "Tuesday"),
  /* Translators: a weekday, printed in letters and documents for clients. */
  NC_ ("document", "Wednesday"),
  /* Translators: a weekday, printed in letters and documents for clients. */
  NC_ ("document", "Thursday"),
  /* Translators: a weekday, printed in letters and documents for clients. */
  NC_ ("document", "Friday"),
  /* Translators: a weekday, printed in letters and documents for clients. */
  NC_ ("document", "Saturday"),
  /* Translators: a weekday, printed in letters and documents for clients. */
  NC_ ("document", "Sunday"),
};

static const char *month_names[12] = {
  /* Translators: a month inside a date, printed in letters and documents
   * for clients ("14 March 2026"). */
  NC_ ("document", "January"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "February"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "March"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "April"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "May"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "June"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "July"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "August"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "September"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "October"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "November"),
  /* Translators: a month inside a date, printed for clients. */
  NC_ ("document", "December"),
};

/* @weekday: 1 (Monday) to 7, as g_date_time_get_day_of_week() gives. */
const char *
qs_calendar_words_weekday (GDateWeekday weekday, QsLanguage language)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), "");

  return qs_catalog_pgettext (qs_catalog_get_for_language (language), DOCUMENT,
                              weekday_names[weekday - 1]);
}

/* @month: 1 (January) to 12. */
const char *
qs_calendar_words_month (GDateMonth month, QsLanguage language)
{
  g_return_val_if_fail (g_date_valid_month (month), "");

  return qs_catalog_pgettext (qs_catalog_get_for_language (language), DOCUMENT,
                              month_names[month - 1]);
}

/* Whether @value takes another form than the singular: French keeps the
 * singular below 2 ("1,5 heure"), English only for 1. */
gboolean
qs_calendar_words_is_plural (double value, QsLanguage language)
{
  return qs_catalog_get_plural_form (qs_catalog_get_for_language (language), value) != 0;
}

static const char *
unit_name (QsCatalog *catalog, QsDurationUnit unit, double amount)
{
  switch (unit)
    {
    case QS_DURATION_UNIT_BUSINESS_HOURS:
      /* Translators: a delay after its number, printed in letters and
       * documents for clients ("24 business hours", "1.5 business hours"). */
      return qs_catalog_npgettext_amount (catalog, "document", "business hour", "business hours",
                                          amount);
    case QS_DURATION_UNIT_BUSINESS_DAYS:
      /* Translators: a delay after its number, printed in letters and
       * documents for clients ("5 business days"). */
      return qs_catalog_npgettext_amount (catalog, "document", "business day", "business days",
                                          amount);
    case QS_DURATION_UNIT_HOURS:
      /* Translators: a delay after its number, printed in letters and
       * documents for clients ("48 hours"). */
      return qs_catalog_npgettext_amount (catalog, "document", "hour", "hours", amount);
    case QS_DURATION_UNIT_DAYS:
      /* Translators: a delay after its number, printed in letters and
       * documents for clients ("2 days"). */
      return qs_catalog_npgettext_amount (catalog, "document", "day", "days", amount);
    case QS_DURATION_UNIT_SECONDS:
      /* Translators: a delay after its number, printed in letters and
       * documents for clients ("30 seconds"). */
      return qs_catalog_npgettext_amount (catalog, "document", "second", "seconds", amount);
    default:
      return "";
    }
}

/* "business hours", "heure ouvrable": the form for 1, or the form for 2
 * when @plural. In a language with more than two forms, prefer
 * qs_calendar_words_duration_unit_for(); "" for an unknown unit. */
const char *
qs_calendar_words_duration_unit (QsDurationUnit unit, gboolean plural, QsLanguage language)
{
  return unit_name (qs_catalog_get_for_language (language), unit, plural ? 2 : 1);
}

/* The name of @unit in the form @amount takes: "1,5 heure", "1.5 hours";
 * "" for an unknown unit. */
const char *
qs_calendar_words_duration_unit_for (QsDurationUnit unit, double amount, QsLanguage language)
{
  return unit_name (qs_catalog_get_for_language (language), unit, amount);
}

/* The integer digits of @digits (an optional "-" then digits) into @out,
 * in groups of three: "20,000", "20 000". Four digits are grouped too
 * ("1,204"), as both languages' style guides allow. */
static void
append_grouped (GString *out, const char *digits, gsize length, QsLanguage language)
{
  QsCatalog *catalog = qs_catalog_get_for_language (language);
  /* Translators: the separator of groups of three digits in numbers
   * printed on screen and in documents ("20,000"; French puts a narrow
   * no-break space, U+202F: "20 000"). */
  const char *separator = qs_catalog_pgettext (catalog, "document: digit group separator", ",");

  if (length > 0 && *digits == '-')
    {
      g_string_append_c (out, '-');
      digits++;
      length--;
    }
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
}

/* @value with at most @decimals decimals, the decimal separator of
 * @language and its digits grouped, whatever the process locale:
 * "1.5", "1,5", "20,000", "20 000". Trailing zeros are dropped ("24",
 * "2.25") unless @keep_zeros, so that every figure of a column keeps the
 * same precision. */
char *
qs_calendar_words_format_number (double     value,
                                 guint      decimals,
                                 gboolean   keep_zeros,
                                 QsLanguage language)
{
  char     format[16];
  char     buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char    *point;
  GString *out = g_string_new (NULL);

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 9));
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  /* "-0.00" is zero. */
  if (buffer[0] == '-' && strspn (buffer + 1, "0.") == strlen (buffer + 1))
    memmove (buffer, buffer + 1, strlen (buffer));
  point = strchr (buffer, '.');
  append_grouped (out, buffer, point != NULL ? (gsize) (point - buffer) : strlen (buffer),
                  language);
  if (point != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (!keep_zeros && end > point && *end == '0')
        *end-- = '\0';
      if (end > point)
        {
          QsCatalog *catalog = qs_catalog_get_for_language (language);

          /* Translators: the decimal separator of numbers printed in
           * letters and documents for clients ("1.5"; French "1,5"). */
          g_string_append (out, qs_catalog_pgettext (catalog, "document: decimal separator", "."));
          g_string_append (out, point + 1);
        }
    }
  return g_string_free (out, FALSE);
}

/* A whole number, its digits grouped: "20,000", "20 000". */
char *
qs_calendar_words_format_count (guint64 n, QsLanguage language)
{
  g_autoptr (GString) out = g_string_new (NULL);
  char digits[24];

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);
  append_grouped (out, digits, strlen (digits), language);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A delay as @language writes it: "24 business hours", "1,5 heure". */
char *
qs_calendar_words_format_delay (double value, QsDurationUnit unit, QsLanguage language)
{
  g_autofree char *number = qs_calendar_words_format_number (value, 2, FALSE, language);

  return g_strconcat (number, " ", qs_calendar_words_duration_unit_for (unit, value, language),
                      NULL);
}

/* A percentage as @language writes it: "95%", "95,5 %" (with a no-break
 * space, so that the figure and its sign stay on one line). */
char *
qs_calendar_words_format_percent (double     value,
                                  guint      decimals,
                                  gboolean   keep_zeros,
                                  QsLanguage language)
{
  QsCatalog       *catalog = qs_catalog_get_for_language (language);
  g_autofree char *number = qs_calendar_words_format_number (value, decimals, keep_zeros, language);

  /* Translators: a percentage, on screen and in documents for clients;
   * %s is the figure ("95%"). French puts a no-break space (U+00A0)
   * before the sign: "95 %". */
  return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%s%%"), number);
}

/* "14 March 2026", "1er mars"; without the year when @year <= 0. */
void
qs_calendar_words_append_date (
  GString *out, int day, GDateMonth month, int year, QsLanguage language)
{
  QsCatalog       *catalog = qs_catalog_get_for_language (language);
  const char      *name = qs_calendar_words_month (month, language);
  g_autofree char *date = NULL;

  if (day == 1)
    /* Translators: the first day of a month in a date printed in letters
     * and documents for clients; %s is the month ("1 May"; French
     * "1er mai"). */
    date = g_strdup_printf (qs_catalog_pgettext (catalog, "document", "1 %s"), name);
  else
    /* Translators: a date printed in letters and documents for clients:
     * %1$d is the day of the month, %2$s the month ("14 March"). */
    date = g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%1$d %2$s"), day, name);
  if (year > 0)
    /* Translators: a date and its year, printed in letters and documents
     * for clients: %1$s is the day and month, %2$d the year ("14 March
     * 2026"). */
    g_string_append_printf (out, qs_catalog_pgettext (catalog, "document", "%1$s %2$d"), date,
                            year);
  else
    g_string_append (out, date);
}
