/* test-smart-check.c — the SMART rules and the model charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "qs-calendar.h"
#include "qs-charter-template.h"
#include "qs-commitment.h"
#include "qs-smart-check.h"

static QsCommitment *
deadline (const char *text_en, QsMetric metric, double delay, QsDurationUnit unit, double threshold)
{
  QsCommitment *commitment = qs_commitment_new ();

  g_object_set (commitment, "text-en", text_en, "metric", metric, "target-unit", unit, "channel",
                QS_CHANNEL_EMAIL, NULL);
  /* Not as properties: those refuse NaN, which means "not set". */
  qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_VALUE, delay);
  qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, threshold);
  return commitment;
}

static QsCommitment *
not_measured (const char *text_en, const char *text_fr)
{
  QsCommitment *commitment = qs_commitment_new ();

  g_object_set (commitment, "text-en", text_en, "text-fr", text_fr, "metric", QS_METRIC_NONE, NULL);
  return commitment;
}

static QsCalendar *
calendar_with (const char *weekly_hours)
{
  QsCalendar *calendar = qs_calendar_new ();

  g_object_set (calendar, "ref", "CAL", "name", "Siège", "timezone", "Europe/Paris", "weekly-hours",
                weekly_hours, NULL);
  return calendar;
}

static QsSmartResult *
check (QsCommitment *commitment, QsCalendar *calendar, QsLanguage language)
{
  QsSmartResult *result = qs_smart_check_commitment (commitment, calendar, language);

  g_assert_nonnull (result);
  /* A reason exactly when a criterion fails. */
  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    g_assert_true (qs_smart_result_get_passed (result, i) ==
                   (qs_smart_result_get_reason (result, i) == NULL));
  return result;
}

static void
assert_reason_contains (QsSmartResult *result, QsSmartCriterion criterion, const char *fragment)
{
  const char *reason = qs_smart_result_get_reason (result, criterion);

  g_assert_false (qs_smart_result_get_passed (result, criterion));
  g_assert_nonnull (reason);
  if (strstr (reason, fragment) == NULL)
    g_error ("reason “%s” does not mention “%s”", reason, fragment);
}

#define STANDARD "Acknowledge every e-mail within 24 business hours."

static void
test_smart_good_commitment_passes (void)
{
  g_autoptr (QsCommitment) commitment =
    deadline (STANDARD, QS_METRIC_ACKNOWLEDGEMENT, 24, QS_DURATION_UNIT_BUSINESS_HOURS, 95);
  g_autoptr (QsSmartResult) result = check (commitment, NULL, QS_LANGUAGE_EN);

  g_assert_true (qs_smart_result_passes (result));
  g_assert_true (qs_commitment_is_measurable (commitment));
}

static void
test_smart_specific (void)
{
  struct
  {
    const char *text;
    gboolean    passes;
    const char *mentions;
  } cases[] = {
    { STANDARD, TRUE, NULL },
    { "Answer e-mails.", FALSE, "2 words" },
    { "", FALSE, "Write what you commit to" },
    { "   ", FALSE, "Write what you commit to" },
    { "Answer every request as quickly as possible.", FALSE, "“quickly”" },
    { "Provide the best service to clients.", FALSE, "“best”" },
    { "Offrir un service de qualité aux clients.", FALSE, "“qualité”" },
    { "Répondre RAPIDEMENT à toutes les demandes.", FALSE, "“RAPIDEMENT”" },
    /* A figure pins a vague word down. */
    { "Give the best answer within 5 business days.", TRUE, NULL },
    /* Elided French articles are part of their word. */
    { "Accuser réception d'un courriel en 24 heures.", TRUE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (QsCommitment) commitment = deadline (cases[i].text, QS_METRIC_ACKNOWLEDGEMENT, 24,
                                                      QS_DURATION_UNIT_BUSINESS_HOURS, 95);
      g_autoptr (QsSmartResult) result = check (commitment, NULL, QS_LANGUAGE_EN);

      g_test_message ("text “%s”", cases[i].text);
      g_assert_cmpint (qs_smart_result_get_passed (result, QS_SMART_SPECIFIC), ==, cases[i].passes);
      if (!cases[i].passes)
        assert_reason_contains (result, QS_SMART_SPECIFIC, cases[i].mentions);
      /* The wording has nothing to do with the other criteria. */
      g_assert_true (qs_smart_result_get_passed (result, QS_SMART_MEASURABLE));
      g_assert_true (qs_smart_result_get_passed (result, QS_SMART_ACHIEVABLE));
      g_assert_true (qs_smart_result_get_passed (result, QS_SMART_TIME_BOUND));
    }
}

/* At least four words: three fail, four pass. Hyphenated and elided words
 * count once. */
static void
test_smart_specific_word_count (void)
{
  struct
  {
    const char *text;
    gboolean    passes;
  } cases[] = {
    { "Answer every e-mail.", FALSE },
    { "Rappeler l'usager aujourd'hui.", FALSE },
    { "Answer every e-mail personally.", TRUE },
    { "Rappeler l'usager le jour-même.", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (QsCommitment) commitment = deadline (cases[i].text, QS_METRIC_ACKNOWLEDGEMENT, 24,
                                                      QS_DURATION_UNIT_BUSINESS_HOURS, 95);
      g_autoptr (QsSmartResult) result = check (commitment, NULL, QS_LANGUAGE_EN);

      g_test_message ("text “%s”", cases[i].text);
      g_assert_cmpint (qs_smart_result_get_passed (result, QS_SMART_SPECIFIC), ==, cases[i].passes);
      if (!cases[i].passes)
        assert_reason_contains (result, QS_SMART_SPECIFIC, "only 3 words");
      g_assert_cmpint (qs_smart_result_passes (result), ==, cases[i].passes);
    }
}

/* The requested language first, the other one when it is empty. */
static void
test_smart_specific_language (void)
{
  g_autoptr (QsCommitment) both = not_measured (
    "Answer quickly and well, always.", "Répondre aux courriels dans les 2 jours ouvrables.");
  g_autoptr (QsCommitment) french_only =
    not_measured (NULL, "Répondre aux courriels dans les 2 jours ouvrables.");
  g_autoptr (QsSmartResult) in_english = check (both, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) in_french = check (both, NULL, QS_LANGUAGE_FR);
  g_autoptr (QsSmartResult) fallback = check (french_only, NULL, QS_LANGUAGE_EN);

  assert_reason_contains (in_english, QS_SMART_SPECIFIC, "“quickly”");
  g_assert_true (qs_smart_result_passes (in_french));
  g_assert_true (qs_smart_result_passes (fallback));
}

/* Not measured: only the wording is checked. */
static void
test_smart_not_measured (void)
{
  g_autoptr (QsCommitment) good =
    not_measured ("Communicate with every client in the official language of their choice.", NULL);
  g_autoptr (QsCommitment) vague = not_measured ("Always give excellent service.", NULL);
  g_autoptr (QsSmartResult) good_result = check (good, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) vague_result = check (vague, NULL, QS_LANGUAGE_EN);

  g_assert_false (qs_commitment_is_measurable (good));
  g_assert_true (qs_smart_result_passes (good_result));

  g_assert_false (qs_smart_result_passes (vague_result));
  assert_reason_contains (vague_result, QS_SMART_SPECIFIC, "“excellent”");
  g_assert_true (qs_smart_result_get_passed (vague_result, QS_SMART_MEASURABLE));
  g_assert_true (qs_smart_result_get_passed (vague_result, QS_SMART_ACHIEVABLE));
  g_assert_true (qs_smart_result_get_passed (vague_result, QS_SMART_TIME_BOUND));
}

static void
test_smart_measurable (void)
{
  g_autoptr (QsCommitment) no_delay =
    deadline (STANDARD, QS_METRIC_ACKNOWLEDGEMENT, NAN, QS_DURATION_UNIT_BUSINESS_HOURS, 95);
  g_autoptr (QsCommitment) no_threshold =
    deadline (STANDARD, QS_METRIC_RESOLUTION, 5, QS_DURATION_UNIT_BUSINESS_DAYS, NAN);
  g_autoptr (QsCommitment) rate =
    deadline ("Answer phone calls before the third ring.", QS_METRIC_MANUAL_RATE, NAN,
              QS_DURATION_UNIT_BUSINESS_HOURS, 90);
  g_autoptr (QsCommitment) rate_without_target =
    deadline ("Answer phone calls before the third ring.", QS_METRIC_MANUAL_RATE, NAN,
              QS_DURATION_UNIT_BUSINESS_HOURS, NAN);
  g_autoptr (QsCommitment) survey =
    deadline ("Keep our clients satisfied with our courtesy, as the yearly survey says.",
              QS_METRIC_SURVEY_SCORE, NAN, QS_DURATION_UNIT_BUSINESS_HOURS, 80);
  g_autoptr (QsCommitment) survey_without_target =
    deadline ("Keep our clients satisfied with our courtesy, as the yearly survey says.",
              QS_METRIC_SURVEY_SCORE, NAN, QS_DURATION_UNIT_BUSINESS_HOURS, NAN);
  g_autoptr (QsSmartResult) r1 = check (no_delay, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r2 = check (no_threshold, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r3 = check (rate, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r4 = check (rate_without_target, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r5 = check (survey, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r6 = check (survey_without_target, NULL, QS_LANGUAGE_EN);

  assert_reason_contains (r1, QS_SMART_MEASURABLE, "give the delay");
  assert_reason_contains (r2, QS_SMART_MEASURABLE, "target share");
  g_assert_true (qs_smart_result_get_passed (r2, QS_SMART_TIME_BOUND));
  g_assert_true (qs_smart_result_passes (r3));
  assert_reason_contains (r4, QS_SMART_MEASURABLE, "target rate");
  g_assert_true (qs_smart_result_passes (r5));
  assert_reason_contains (r6, QS_SMART_MEASURABLE, "survey score");
}

static void
test_smart_achievable_target (void)
{
  double bad[] = { 120, -5, 100.5 };
  double good[] = { 0, 50, 99.9 };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (QsCommitment) commitment =
        deadline (STANDARD, QS_METRIC_ACKNOWLEDGEMENT, 24, QS_DURATION_UNIT_BUSINESS_HOURS, bad[i]);
      g_autoptr (QsSmartResult) result = check (commitment, NULL, QS_LANGUAGE_EN);
      g_autofree char *shown = g_strdup_printf ("it is %g", bad[i]);

      assert_reason_contains (result, QS_SMART_ACHIEVABLE, "from 0 to 100");
      assert_reason_contains (result, QS_SMART_ACHIEVABLE, shown);
      g_assert_false (qs_smart_result_passes (result));
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (QsCommitment) commitment = deadline (STANDARD, QS_METRIC_ACKNOWLEDGEMENT, 24,
                                                      QS_DURATION_UNIT_BUSINESS_HOURS, good[i]);
      g_autoptr (QsSmartResult) result = check (commitment, NULL, QS_LANGUAGE_EN);

      g_assert_true (qs_smart_result_passes (result));
    }
}

static void
test_smart_achievable_delay (void)
{
  struct
  {
    double         delay;
    QsDurationUnit unit;
    double         threshold;
    gboolean       passes;
    const char    *mentions;
  } cases[] = {
    { 0, QS_DURATION_UNIT_BUSINESS_HOURS, 95, FALSE, "longer than zero" },
    { -3, QS_DURATION_UNIT_BUSINESS_DAYS, 95, FALSE, "longer than zero" },
    /* 100 % of a delay that leaves no room. */
    { 30, QS_DURATION_UNIT_SECONDS, 100, FALSE, "below 100 %" },
    { 0.5, QS_DURATION_UNIT_BUSINESS_HOURS, 100, FALSE, "below 100 %" },
    { 0.5, QS_DURATION_UNIT_BUSINESS_HOURS, 95, TRUE, NULL },
    { 24, QS_DURATION_UNIT_BUSINESS_HOURS, 100, TRUE, NULL },
    /* More than a year of business time: 52 weeks of 5 days, 40 hours. */
    { 261, QS_DURATION_UNIT_BUSINESS_DAYS, 90, FALSE, "year" },
    { 260, QS_DURATION_UNIT_BUSINESS_DAYS, 90, TRUE, NULL },
    { 2081, QS_DURATION_UNIT_BUSINESS_HOURS, 90, FALSE, "year" },
    { 366, QS_DURATION_UNIT_DAYS, 90, FALSE, "year" },
    { 8761, QS_DURATION_UNIT_HOURS, 90, FALSE, "year" },
    { 8760, QS_DURATION_UNIT_HOURS, 90, TRUE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (QsCommitment) commitment = deadline (
        STANDARD, QS_METRIC_RESOLUTION, cases[i].delay, cases[i].unit, cases[i].threshold);
      g_autoptr (QsSmartResult) result = check (commitment, NULL, QS_LANGUAGE_EN);

      g_test_message ("case %u: %g, %g %%", i, cases[i].delay, cases[i].threshold);
      g_assert_cmpint (qs_smart_result_get_passed (result, QS_SMART_ACHIEVABLE), ==,
                       cases[i].passes);
      if (!cases[i].passes)
        assert_reason_contains (result, QS_SMART_ACHIEVABLE, cases[i].mentions);
    }
}

/* 100 % within less than an hour fails; within an hour exactly, or below
 * 100 %, it passes. Without a calendar a business day is 8 hours; in one
 * open 30 minutes a week, it is half an hour. */
static void
test_smart_achievable_hour (void)
{
  g_autoptr (QsCalendar) half_hour = calendar_with ("sat=09:00-09:30");
  struct
  {
    double         delay;
    QsDurationUnit unit;
    double         threshold;
    QsCalendar    *calendar;
    gboolean       passes;
  } cases[] = {
    { 1, QS_DURATION_UNIT_BUSINESS_HOURS, 100, NULL, TRUE },
    { 0.95, QS_DURATION_UNIT_BUSINESS_HOURS, 100, NULL, FALSE },
    { 0.95, QS_DURATION_UNIT_BUSINESS_HOURS, 99.5, NULL, TRUE },
    { 3600, QS_DURATION_UNIT_SECONDS, 100, NULL, TRUE },
    { 3599, QS_DURATION_UNIT_SECONDS, 100, NULL, FALSE },
    { 1, QS_DURATION_UNIT_HOURS, 100, NULL, TRUE },
    { 0.75, QS_DURATION_UNIT_HOURS, 100, NULL, FALSE },
    { 1, QS_DURATION_UNIT_DAYS, 100, NULL, TRUE },
    { 1, QS_DURATION_UNIT_BUSINESS_DAYS, 100, NULL, TRUE },
    { 1, QS_DURATION_UNIT_BUSINESS_DAYS, 100, half_hour, FALSE },
    { 2, QS_DURATION_UNIT_BUSINESS_DAYS, 100, half_hour, TRUE },
    { 1, QS_DURATION_UNIT_BUSINESS_DAYS, 99.5, half_hour, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (QsCommitment) commitment = deadline (
        STANDARD, QS_METRIC_RESOLUTION, cases[i].delay, cases[i].unit, cases[i].threshold);
      g_autoptr (QsSmartResult) result = check (commitment, cases[i].calendar, QS_LANGUAGE_EN);

      g_test_message ("case %u: %g, %g %%", i, cases[i].delay, cases[i].threshold);
      g_assert_cmpint (qs_smart_result_get_passed (result, QS_SMART_ACHIEVABLE), ==,
                       cases[i].passes);
      if (!cases[i].passes)
        assert_reason_contains (result, QS_SMART_ACHIEVABLE, "less than an hour");
    }
}

/* The delay must fit in the charter's business calendar. */
static void
test_smart_achievable_calendar (void)
{
  g_autoptr (QsCalendar) office =
    calendar_with ("mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"
                   "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;"
                   "fri=08:30-12:00,13:00-16:30");
  g_autoptr (QsCalendar) closed = calendar_with ("");
  g_autoptr (QsCalendar) saturday = calendar_with ("sat=09:00-12:00");
  g_autoptr (QsCommitment) hours =
    deadline (STANDARD, QS_METRIC_ACKNOWLEDGEMENT, 24, QS_DURATION_UNIT_BUSINESS_HOURS, 95);
  g_autoptr (QsCommitment) days =
    deadline (STANDARD, QS_METRIC_RESOLUTION, 5, QS_DURATION_UNIT_BUSINESS_DAYS, 90);
  g_autoptr (QsCommitment) clock_days =
    deadline (STANDARD, QS_METRIC_RESOLUTION, 5, QS_DURATION_UNIT_DAYS, 90);
  /* 35 hours a week: a year of it is 1820 business hours. */
  g_autoptr (QsCommitment) long_hours =
    deadline (STANDARD, QS_METRIC_RESOLUTION, 1900, QS_DURATION_UNIT_BUSINESS_HOURS, 90);
  /* One morning a week: a year is 52 business days and 156 business hours. */
  g_autoptr (QsCommitment) sixty_days =
    deadline (STANDARD, QS_METRIC_RESOLUTION, 60, QS_DURATION_UNIT_BUSINESS_DAYS, 90);

  g_autoptr (QsSmartResult) r1 = check (hours, office, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r2 = check (days, office, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r3 = check (hours, closed, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r4 = check (days, closed, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r5 = check (clock_days, closed, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r6 = check (long_hours, office, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r7 = check (long_hours, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r8 = check (days, saturday, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r9 = check (sixty_days, saturday, QS_LANGUAGE_EN);

  g_assert_true (qs_smart_result_passes (r1));
  g_assert_true (qs_smart_result_passes (r2));
  assert_reason_contains (r3, QS_SMART_ACHIEVABLE, "“Siège” has no business hours");
  assert_reason_contains (r4, QS_SMART_ACHIEVABLE, "“Siège” has no open day");
  g_assert_true (qs_smart_result_passes (r5));
  assert_reason_contains (r6, QS_SMART_ACHIEVABLE, "year");
  g_assert_true (qs_smart_result_passes (r7));
  g_assert_true (qs_smart_result_passes (r8));
  assert_reason_contains (r9, QS_SMART_ACHIEVABLE, "year");
}

static void
test_smart_time_bound (void)
{
  g_autoptr (QsCommitment) no_delay =
    deadline (STANDARD, QS_METRIC_RESOLUTION, NAN, QS_DURATION_UNIT_BUSINESS_DAYS, 90);
  g_autoptr (QsCommitment) with_delay =
    deadline (STANDARD, QS_METRIC_RESOLUTION, 5, QS_DURATION_UNIT_BUSINESS_DAYS, 90);
  g_autoptr (QsCommitment) survey =
    deadline ("Keep our clients satisfied with our courtesy, as the yearly survey says.",
              QS_METRIC_SURVEY_SCORE, NAN, QS_DURATION_UNIT_BUSINESS_HOURS, 80);
  g_autoptr (QsCommitment) survey_without_target =
    deadline ("Keep our clients satisfied with our courtesy, as the yearly survey says.",
              QS_METRIC_SURVEY_SCORE, NAN, QS_DURATION_UNIT_BUSINESS_HOURS, NAN);
  g_autoptr (QsSmartResult) r1 = check (no_delay, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r2 = check (with_delay, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r3 = check (survey, NULL, QS_LANGUAGE_EN);
  g_autoptr (QsSmartResult) r4 = check (survey_without_target, NULL, QS_LANGUAGE_EN);

  assert_reason_contains (r1, QS_SMART_TIME_BOUND, "deadline");
  g_assert_true (qs_smart_result_get_passed (r2, QS_SMART_TIME_BOUND));
  g_assert_true (qs_smart_result_get_passed (r3, QS_SMART_TIME_BOUND));
  assert_reason_contains (r4, QS_SMART_TIME_BOUND, "period");
}

/* The model charter: every category, both languages, and SMART as it stands. */
static void
test_template (void)
{
  g_autoptr (GPtrArray) commitments = qs_charter_template_new_commitments ();
  gboolean   seen[QS_CATEGORY_CREDIBILITY + 1] = { FALSE };
  guint      n_measured = 0;
  gboolean   email_standard = FALSE;
  gint64     last_position = -1;
  QsCategory last_category = QS_CATEGORY_ACCESSIBILITY;

  g_assert_cmpuint (commitments->len, >=, 7);
  for (guint i = 0; i < commitments->len; i++)
    {
      QsCommitment *commitment = g_ptr_array_index (commitments, i);
      QsEntity     *entity = QS_ENTITY (commitment);
      QsCategory    category = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CATEGORY);
      gint64        position = qs_entity_get_int (entity, QS_COMMITMENT_FIELD_POSITION);

      seen[category] = TRUE;
      g_assert_cmpuint (strlen (qs_entity_get_string (entity, QS_COMMITMENT_FIELD_TEXT_EN)), >, 10);
      g_assert_cmpuint (strlen (qs_entity_get_string (entity, QS_COMMITMENT_FIELD_TEXT_FR)), >, 10);
      g_assert_cmpstr (qs_entity_get_string (entity, QS_COMMITMENT_FIELD_TEXT_EN), !=,
                       qs_entity_get_string (entity, QS_COMMITMENT_FIELD_TEXT_FR));
      g_assert_null (qs_entity_get_string (entity, QS_COMMITMENT_FIELD_CHARTER_ID));

      /* Numbered from 0 within each category. */
      g_assert_cmpint (position, ==, category == last_category ? last_position + 1 : 0);
      last_category = category;
      last_position = position;

      for (QsLanguage language = QS_LANGUAGE_FR; language <= QS_LANGUAGE_EN; language++)
        {
          g_autoptr (QsSmartResult) result = check (commitment, NULL, language);

          if (!qs_smart_result_passes (result))
            g_error ("template commitment %u fails: %s", i,
                     qs_smart_result_get_reason (result, QS_SMART_SPECIFIC));
        }

      if (qs_commitment_is_measurable (commitment))
        {
          n_measured++;
          g_assert_false (
            isnan (qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT)));
        }
      if (qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC) == QS_METRIC_ACKNOWLEDGEMENT &&
          qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CHANNEL) == QS_CHANNEL_EMAIL &&
          qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE) == 24 &&
          qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT) ==
            QS_DURATION_UNIT_BUSINESS_HOURS &&
          qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT) == 95)
        email_standard = TRUE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (seen); c++)
    g_assert_true (seen[c]);
  g_assert_cmpuint (n_measured, >=, 5);
  g_assert_true (email_standard);

  g_assert_nonnull (strstr (qs_charter_template_get_values (QS_LANGUAGE_EN), "commitment to"));
  g_assert_nonnull (strstr (qs_charter_template_get_values (QS_LANGUAGE_FR), "engagement envers"));
  g_assert_cmpstr (qs_charter_template_get_introduction (QS_LANGUAGE_EN), !=,
                   qs_charter_template_get_introduction (QS_LANGUAGE_FR));
}

/* A new charter's title names its department without guessing the French
 * article it takes: the same form reads right for every name. */
static void
test_template_title (void)
{
  static const char *names[] = { "Communications", "Greffe", "Paie", "Informatique",
                                 "Ressources humaines" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *fr = qs_charter_template_dup_title (QS_LANGUAGE_FR, names[i]);
      g_autofree char *en = qs_charter_template_dup_title (QS_LANGUAGE_EN, names[i]);
      g_autofree char *expected_fr = g_strconcat ("Charte de services — ", names[i], NULL);
      g_autofree char *expected_en = g_strconcat ("Service charter — ", names[i], NULL);

      g_assert_cmpstr (fr, ==, expected_fr);
      g_assert_cmpstr (en, ==, expected_en);
      g_assert_null (strstr (fr, " de C"));
      g_assert_null (strstr (fr, " d’"));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/smart/good-commitment-passes", test_smart_good_commitment_passes);
  g_test_add_func ("/smart/specific", test_smart_specific);
  g_test_add_func ("/smart/specific-word-count", test_smart_specific_word_count);
  g_test_add_func ("/smart/specific-language", test_smart_specific_language);
  g_test_add_func ("/smart/not-measured", test_smart_not_measured);
  g_test_add_func ("/smart/measurable", test_smart_measurable);
  g_test_add_func ("/smart/achievable-target", test_smart_achievable_target);
  g_test_add_func ("/smart/achievable-delay", test_smart_achievable_delay);
  g_test_add_func ("/smart/achievable-hour", test_smart_achievable_hour);
  g_test_add_func ("/smart/achievable-calendar", test_smart_achievable_calendar);
  g_test_add_func ("/smart/time-bound", test_smart_time_bound);
  g_test_add_func ("/smart/template", test_template);
  g_test_add_func ("/smart/template-title", test_template_title);

  return g_test_run ();
}
