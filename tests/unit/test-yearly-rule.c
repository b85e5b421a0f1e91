/* test-yearly-rule.c — yearly holiday rules, and half days against the weekly hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected date was read from a printed calendar.
 */
#include "qs-business-hours.h"
#include "qs-error.h"
#include "qs-yearly-rule.h"

static GDate
date (int year, int month, int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return d;
}

/* The rule's dates from @start to @last_year as "YYYY-MM-DD YYYY-MM-DD …". */
static char *
expand (const char *rule_text, GDate start, int last_year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsYearlyRule) rule = qs_yearly_rule_parse (rule_text, &error);
  g_autoptr (GArray) dates = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  dates = qs_yearly_rule_expand (rule, &start, last_year);
  for (guint i = 0; i < dates->len; i++)
    {
      const GDate *d = &g_array_index (dates, GDate, i);

      g_string_append_printf (out, "%s%04u-%02u-%02u", i > 0 ? " " : "", g_date_get_year (d),
                              g_date_get_month (d), g_date_get_day (d));
    }
  return g_string_free (out, FALSE);
}

static void
assert_expands (const char *rule, GDate start, int last_year, const char *expected)
{
  g_autofree char *dates = expand (rule, start, last_year);

  g_assert_cmpstr (dates, ==, expected);
}

static void
test_fixed_date (void)
{
  assert_expands ("FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=1", date (2024, 7, 1), 2027,
                  "2024-07-01 2025-07-01 2026-07-01 2027-07-01");
  /* Without BYMONTH and BYMONTHDAY, the start's month and day. */
  assert_expands ("FREQ=YEARLY", date (2025, 12, 25), 2027, "2025-12-25 2026-12-25 2027-12-25");
}

static void
test_nth_weekday (void)
{
  /* Labour Day, the first Monday of September. */
  assert_expands ("FREQ=YEARLY;BYMONTH=9;BYDAY=1MO", date (2024, 9, 2), 2027,
                  "2024-09-02 2025-09-01 2026-09-07 2027-09-06");
  /* Thanksgiving in Canada, the second Monday of October. */
  assert_expands ("FREQ=YEARLY;BYMONTH=10;BYDAY=+2MO", date (2025, 10, 13), 2026,
                  "2025-10-13 2026-10-12");
  /* Memorial Day, the last Monday of May. */
  assert_expands ("FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO", date (2025, 5, 26), 2027,
                  "2025-05-26 2026-05-25 2027-05-31");
}

static void
test_weekday_among_dates (void)
{
  /* Victoria Day and the Journée nationale des patriotes: the Monday
   * before 25 May. */
  assert_expands ("FREQ=YEARLY;BYMONTH=5;BYDAY=MO;BYMONTHDAY=18,19,20,21,22,23,24",
                  date (2025, 5, 19), 2028, "2025-05-19 2026-05-18 2027-05-24 2028-05-22");
}

static void
test_limits (void)
{
  assert_expands ("FREQ=YEARLY;COUNT=2", date (2020, 1, 1), 2030, "2020-01-01 2021-01-01");
  assert_expands ("FREQ=YEARLY;UNTIL=20220101T000000Z", date (2020, 1, 1), 2030,
                  "2020-01-01 2021-01-01 2022-01-01");
  assert_expands ("FREQ=YEARLY;INTERVAL=2", date (2020, 3, 1), 2025,
                  "2020-03-01 2022-03-01 2024-03-01");
  /* The first of many years is not expanded back from year 1. */
  assert_expands ("FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=1", date (2029, 7, 1), 2030,
                  "2029-07-01 2030-07-01");
}

static void
test_refused (void)
{
  static const char *const refused[][2] = {
    { "FREQ=WEEKLY;BYDAY=MO", "*is not yearly*" },
    { "FREQ=YEARLY;BYWEEKNO=20", "*part “BYWEEKNO=20” is not understood*" },
    { "FREQ=YEARLY;BYDAY=MO", "*repeats a weekday without its month*" },
    { "FREQ=YEARLY;BYMONTH=13", "*part “BYMONTH=13” is not understood*" },
    { "FREQ=YEARLY;BYDAY=6MO;BYMONTH=5", "*part “BYDAY=6MO” is not understood*" },
    { "FREQ=YEARLY;COUNT=x", "*part “COUNT=x” is not understood*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (QsYearlyRule) rule = qs_yearly_rule_parse (refused[i][0], &error);

      g_assert_null (rule);
      g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
      if (!g_pattern_match_simple (refused[i][1], error->message))
        g_error ("%s: “%s”", refused[i][0], error->message);
    }
}

#define OFFICE "mon=08:30-12:00,13:00-16:30;sat=09:00-12:00"

static void
test_hours_without (void)
{
  g_autoptr (QsBusinessHours) hours = qs_business_hours_new ("Europe/Paris", OFFICE, NULL);
  static const guint afternoon[] = { 12 * 60, 17 * 60 };
  static const guint middle[] = { 10 * 60, 14 * 60 };
  static const guint two[] = { 8 * 60, 9 * 60, 16 * 60, 16 * 60 + 30 };
  static const guint all[] = { 0, 1440 };
  g_autofree char *a = qs_business_hours_weekday_hours_without (hours, G_DATE_MONDAY, afternoon, 1);
  g_autofree char *b = qs_business_hours_weekday_hours_without (hours, G_DATE_MONDAY, middle, 1);
  g_autofree char *c = qs_business_hours_weekday_hours_without (hours, G_DATE_MONDAY, two, 2);
  g_autofree char *d = qs_business_hours_weekday_hours_without (hours, G_DATE_SATURDAY, all, 1);
  g_autofree char *e = qs_business_hours_weekday_hours_without (hours, G_DATE_SATURDAY, NULL, 0);

  g_assert_cmpstr (a, ==, "08:30-12:00");
  g_assert_cmpstr (b, ==, "08:30-10:00,14:00-16:30");
  g_assert_cmpstr (c, ==, "09:00-12:00,13:00-16:00");
  g_assert_cmpstr (d, ==, "");
  g_assert_cmpstr (e, ==, "09:00-12:00");
}

static void
test_closed_parts (void)
{
  g_autoptr (QsBusinessHours) hours = qs_business_hours_new ("Europe/Paris", OFFICE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) morning =
    qs_business_hours_weekday_closed_parts (hours, G_DATE_MONDAY, "08:30-12:00", &error);
  g_autoptr (GArray) middle = qs_business_hours_weekday_closed_parts (
    hours, G_DATE_MONDAY, "08:30-10:00,14:00-16:30", &error);
  g_autoptr (GArray) bad = NULL;
  g_autofree char *morning_text = NULL;
  g_autofree char *middle_text = NULL;

  g_assert_no_error (error);
  morning_text = qs_business_hours_format_ranges ((guint *) morning->data, morning->len / 2);
  middle_text = qs_business_hours_format_ranges ((guint *) middle->data, middle->len / 2);
  g_assert_cmpstr (morning_text, ==, "13:00-16:30");
  g_assert_cmpstr (middle_text, ==, "10:00-12:00,13:00-14:00");

  bad = qs_business_hours_weekday_closed_parts (hours, G_DATE_MONDAY, "8h-12h", &error);
  g_assert_null (bad);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/yearly-rule/fixed-date", test_fixed_date);
  g_test_add_func ("/yearly-rule/nth-weekday", test_nth_weekday);
  g_test_add_func ("/yearly-rule/weekday-among-dates", test_weekday_among_dates);
  g_test_add_func ("/yearly-rule/limits", test_limits);
  g_test_add_func ("/yearly-rule/refused", test_refused);
  g_test_add_func ("/yearly-rule/hours-without", test_hours_without);
  g_test_add_func ("/yearly-rule/closed-parts", test_closed_parts);

  return g_test_run ();
}
