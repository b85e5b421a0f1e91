/* test-calendar-words.c — dates, units and numbers written for a reader in French or English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-calendar-words.h"

static void
test_names (void)
{
  g_assert_cmpstr (qs_calendar_words_weekday (G_DATE_MONDAY, QS_LANGUAGE_FR), ==, "lundi");
  g_assert_cmpstr (qs_calendar_words_weekday (G_DATE_SUNDAY, QS_LANGUAGE_EN), ==, "Sunday");
  g_assert_cmpstr (qs_calendar_words_month (G_DATE_FEBRUARY, QS_LANGUAGE_FR), ==, "février");
  g_assert_cmpstr (qs_calendar_words_month (G_DATE_DECEMBER, QS_LANGUAGE_EN), ==, "December");
}

/* French says "1,5 heure" (singular below 2), English "1.5 hours". */
static void
test_units (void)
{
  g_assert_false (qs_calendar_words_is_plural (1.5, QS_LANGUAGE_FR));
  g_assert_true (qs_calendar_words_is_plural (2, QS_LANGUAGE_FR));
  g_assert_true (qs_calendar_words_is_plural (1.5, QS_LANGUAGE_EN));
  g_assert_false (qs_calendar_words_is_plural (1, QS_LANGUAGE_EN));
  g_assert_cmpstr (
    qs_calendar_words_duration_unit (QS_DURATION_UNIT_BUSINESS_HOURS, FALSE, QS_LANGUAGE_FR), ==,
    "heure ouvrable");
  g_assert_cmpstr (
    qs_calendar_words_duration_unit (QS_DURATION_UNIT_BUSINESS_DAYS, TRUE, QS_LANGUAGE_EN), ==,
    "business days");
  g_assert_cmpstr (qs_calendar_words_duration_unit (99, TRUE, QS_LANGUAGE_EN), ==, "");
}

static void
test_dates (void)
{
  g_autoptr (GString) out = g_string_new (NULL);

  qs_calendar_words_append_date (out, 1, G_DATE_MAY, 2026, QS_LANGUAGE_FR);
  g_string_append (out, " | ");
  qs_calendar_words_append_date (out, 1, G_DATE_MAY, 0, QS_LANGUAGE_EN);
  g_string_append (out, " | ");
  qs_calendar_words_append_date (out, 24, G_DATE_APRIL, 0, QS_LANGUAGE_FR);
  g_string_append (out, " | ");
  qs_calendar_words_append_date (out, 14, G_DATE_MARCH, 2026, QS_LANGUAGE_EN);
  g_assert_cmpstr (out->str, ==, "1er mai 2026 | 1 May | 24 avril | 14 March 2026");
}

static void
check_number (
  double value, guint decimals, gboolean keep_zeros, QsLanguage language, const char *expected)
{
  g_autofree char *text = qs_calendar_words_format_number (value, decimals, keep_zeros, language);

  g_assert_cmpstr (text, ==, expected);
}

/* The separator follows the reader's language, never the process locale. */
static void
test_numbers (void)
{
  check_number (24, 2, FALSE, QS_LANGUAGE_EN, "24");
  check_number (1.5, 2, FALSE, QS_LANGUAGE_EN, "1.5");
  check_number (2.25, 2, FALSE, QS_LANGUAGE_FR, "2,25");
  check_number (91.3, 1, FALSE, QS_LANGUAGE_FR, "91,3");
  check_number (95, 1, FALSE, QS_LANGUAGE_FR, "95");
  check_number (95, 1, TRUE, QS_LANGUAGE_EN, "95.0");
  check_number (95, 1, TRUE, QS_LANGUAGE_FR, "95,0");
  check_number (94.96, 1, TRUE, QS_LANGUAGE_EN, "95.0");
  /* Digits in groups of three, as each language writes them. */
  check_number (20000, 0, FALSE, QS_LANGUAGE_EN, "20,000");
  check_number (20000, 0, FALSE, QS_LANGUAGE_FR, "20\u202f000");
  check_number (1234567.5, 1, FALSE, QS_LANGUAGE_FR, "1\u202f234\u202f567,5");
  check_number (-1204, 0, FALSE, QS_LANGUAGE_EN, "-1,204");
  check_number (-0.01, 1, FALSE, QS_LANGUAGE_EN, "0");
  check_number (999, 0, FALSE, QS_LANGUAGE_EN, "999");
}

static void
test_counts_and_percentages (void)
{
  g_autofree char *count_en = qs_calendar_words_format_count (1000000, QS_LANGUAGE_EN);
  g_autofree char *count_fr = qs_calendar_words_format_count (20000, QS_LANGUAGE_FR);
  g_autofree char *small = qs_calendar_words_format_count (7, QS_LANGUAGE_FR);
  g_autofree char *percent_en = qs_calendar_words_format_percent (95, 1, FALSE, QS_LANGUAGE_EN);
  g_autofree char *percent_fr = qs_calendar_words_format_percent (95.5, 1, FALSE, QS_LANGUAGE_FR);
  g_autofree char *delay_fr =
    qs_calendar_words_format_delay (1.5, QS_DURATION_UNIT_BUSINESS_HOURS, QS_LANGUAGE_FR);

  g_assert_cmpstr (count_en, ==, "1,000,000");
  g_assert_cmpstr (count_fr, ==, "20\u202f000");
  g_assert_cmpstr (small, ==, "7");
  /* "95%" in English; French holds "95 %" together with a no-break space. */
  g_assert_cmpstr (percent_en, ==, "95%");
  g_assert_cmpstr (percent_fr, ==, "95,5\u00a0%");
  g_assert_cmpstr (delay_fr, ==, "1,5 heure ouvrable");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar-words/names", test_names);
  g_test_add_func ("/calendar-words/units", test_units);
  g_test_add_func ("/calendar-words/dates", test_dates);
  g_test_add_func ("/calendar-words/numbers", test_numbers);
  g_test_add_func ("/calendar-words/counts-and-percentages", test_counts_and_percentages);

  return g_test_run ();
}
