/* test-deadline.c — due dates, states, time left and explanations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar is open Monday to Friday, 08:30–12:00 and 13:00–16:30
 * (7 h a day); every expectation is computed by hand.
 */
#include <string.h>

#include "qs-deadline-countdown.h"
#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)
#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

static QsBusinessHours *
office (const char *zone, const char *holiday, const char *holiday_name)
{
  g_autoptr (GError) error = NULL;
  QsBusinessHours *hours = qs_business_hours_new (zone, QS_TEST_OFFICE_HOURS, &error);

  g_assert_no_error (error);
  if (holiday != NULL)
    g_assert_true (qs_business_hours_set_day (hours, holiday, NULL, holiday_name, &error));
  g_assert_no_error (error);
  return hours;
}

static void
test_target_duration (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", NULL, NULL);
  gboolean business = FALSE;

  g_assert_cmpint (
    qs_deadline_target_duration (hours, 24, QS_DURATION_UNIT_BUSINESS_HOURS, &business), ==,
    24 * HOUR);
  g_assert_true (business);
  g_assert_cmpint (
    qs_deadline_target_duration (hours, 5, QS_DURATION_UNIT_BUSINESS_DAYS, &business), ==,
    35 * HOUR);
  g_assert_true (business);
  g_assert_cmpint (qs_deadline_target_duration (hours, 1.5, QS_DURATION_UNIT_BUSINESS_DAYS, NULL),
                   ==, 10 * HOUR + 30 * MINUTE);
  g_assert_cmpint (qs_deadline_target_duration (hours, 48, QS_DURATION_UNIT_HOURS, &business), ==,
                   48 * HOUR);
  g_assert_false (business);
  g_assert_cmpint (qs_deadline_target_duration (hours, 2, QS_DURATION_UNIT_DAYS, &business), ==,
                   48 * HOUR);
  g_assert_false (business);
  g_assert_cmpint (qs_deadline_target_duration (hours, 90, QS_DURATION_UNIT_SECONDS, &business), ==,
                   90 * G_USEC_PER_SEC);
  g_assert_false (business);
  /* Without a calendar there is nothing to count business time on. */
  g_assert_cmpint (
    qs_deadline_target_duration (NULL, 24, QS_DURATION_UNIT_BUSINESS_HOURS, &business), ==,
    24 * HOUR);
  g_assert_false (business);
}

static void
test_due (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", "2026-05-01", "Labour Day");

  /* Friday 17:10 + 24 business hours: Monday to Wednesday, then 3 h. */
  g_assert_cmpint (qs_deadline_due (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 24,
                                    QS_DURATION_UNIT_BUSINESS_HOURS),
                   ==, qs_test_instant ("2026-04-30T11:30:00-04:00"));
  /* 5 business days from Monday noon skip the Friday holiday. */
  g_assert_cmpint (qs_deadline_due (hours, qs_test_instant ("2026-04-27T12:00:00-04:00"), 5,
                                    QS_DURATION_UNIT_BUSINESS_DAYS),
                   ==, qs_test_instant ("2026-05-05T12:00:00-04:00"));
  /* On the wall clock, the weekend counts. */
  g_assert_cmpint (qs_deadline_due (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 48,
                                    QS_DURATION_UNIT_HOURS),
                   ==, qs_test_instant ("2026-04-26T17:10:00-04:00"));
  g_assert_cmpint (
    qs_deadline_due (NULL, qs_test_instant ("2026-04-24T17:10:00-04:00"), 1, QS_DURATION_UNIT_DAYS),
    ==, qs_test_instant ("2026-04-25T17:10:00-04:00"));
}

static void
test_state (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", NULL, NULL);
  gint64 start = qs_test_instant ("2026-04-27T08:30:00-04:00");
  gint64 due = qs_test_instant ("2026-04-30T11:30:00-04:00"); /* 24 business hours */

  g_assert_cmpint (qs_deadline_state (hours, start, 0, 0, start, 0.75), ==, QS_DEADLINE_NONE);
  /* 14 h of 24 used. */
  g_assert_cmpint (
    qs_deadline_state (hours, start, due, 0, qs_test_instant ("2026-04-29T08:30:00-04:00"), 0.75),
    ==, QS_DEADLINE_ON_TRACK);
  /* 18 h of 24 is 75 %: at risk from Wednesday 13:30, not a minute before. */
  g_assert_cmpint (
    qs_deadline_state (hours, start, due, 0, qs_test_instant ("2026-04-29T13:29:00-04:00"), 0.75),
    ==, QS_DEADLINE_ON_TRACK);
  g_assert_cmpint (
    qs_deadline_state (hours, start, due, 0, qs_test_instant ("2026-04-29T13:30:00-04:00"), 0.75),
    ==, QS_DEADLINE_AT_RISK);
  /* The share is a setting. */
  g_assert_cmpint (
    qs_deadline_state (hours, start, due, 0, qs_test_instant ("2026-04-29T13:30:00-04:00"), 0.9),
    ==, QS_DEADLINE_ON_TRACK);
  g_assert_cmpint (
    qs_deadline_state (hours, start, due, 0, qs_test_instant ("2026-04-30T11:30:00-04:00"), 0.75),
    ==, QS_DEADLINE_AT_RISK);
  g_assert_cmpint (
    qs_deadline_state (hours, start, due, 0, qs_test_instant ("2026-04-30T11:31:00-04:00"), 0.75),
    ==, QS_DEADLINE_OVERDUE);
  g_assert_cmpint (qs_deadline_state (hours, start, due,
                                      qs_test_instant ("2026-04-30T11:30:00-04:00"),
                                      qs_test_instant ("2026-05-04T09:00:00-04:00"), 0.75),
                   ==, QS_DEADLINE_MET);
  g_assert_cmpint (qs_deadline_state (hours, start, due,
                                      qs_test_instant ("2026-04-30T11:31:00-04:00"),
                                      qs_test_instant ("2026-05-04T09:00:00-04:00"), 0.75),
                   ==, QS_DEADLINE_MISSED);

  /* Friday 16:00 + 4 business hours is Monday 12:00; on Saturday only
   * the half hour of Friday is used, whatever the wall clock says. */
  g_assert_cmpint (qs_deadline_state (hours, qs_test_instant ("2026-04-24T16:00:00-04:00"),
                                      qs_test_instant ("2026-04-27T12:00:00-04:00"), 0,
                                      qs_test_instant ("2026-04-26T20:00:00-04:00"), 0.75),
                   ==, QS_DEADLINE_ON_TRACK);
  g_assert_cmpint (qs_deadline_state (hours, qs_test_instant ("2026-04-24T16:00:00-04:00"),
                                      qs_test_instant ("2026-04-27T12:00:00-04:00"), 0,
                                      qs_test_instant ("2026-04-27T11:00:00-04:00"), 0.75),
                   ==, QS_DEADLINE_AT_RISK);
}

static void
test_time_left (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", NULL, NULL);
  gint64 due = qs_test_instant ("2026-04-30T11:30:00-04:00");

  /* Wednesday 15:30–16:30 and Thursday 08:30–11:30. */
  g_assert_cmpint (
    qs_deadline_time_left (hours, qs_test_instant ("2026-04-29T15:30:00-04:00"), due), ==,
    4 * HOUR);
  /* Overdue by 11:30–12:00 and 13:00–13:30. */
  g_assert_cmpint (
    qs_deadline_time_left (hours, qs_test_instant ("2026-04-30T13:30:00-04:00"), due), ==, -HOUR);
  g_assert_cmpint (qs_deadline_time_left (NULL, qs_test_instant ("2026-04-30T13:30:00-04:00"), due),
                   ==, -2 * HOUR);
}

static void
test_format_duration (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", NULL, NULL);
  static const struct
  {
    gint64      duration;
    const char *en, *fr;
  } cases[] = {
    { 24 * HOUR, "3 business days 3 h", "3 jours ouvrables 3 h" },
    { 2 * HOUR + 30 * MINUTE, "2 h 30 min", "2 h 30" },
    { 45 * MINUTE, "45 min", "45 min" },
    { 7 * HOUR, "1 business day", "1 jour ouvrable" },
    { 7 * HOUR + 45 * MINUTE, "1 business day 45 min", "1 jour ouvrable 45 min" },
    { 16 * HOUR + 5 * MINUTE, "2 business days 2 h 05 min", "2 jours ouvrables 2 h 05" },
    { 0, "0 min", "0 min" },
    { 29 * G_USEC_PER_SEC, "0 min", "0 min" },
    { -HOUR, "−1 h", "−1 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *en = qs_deadline_format_duration (hours, cases[i].duration, QS_LANGUAGE_EN);
      g_autofree char *fr = qs_deadline_format_duration (hours, cases[i].duration, QS_LANGUAGE_FR);

      g_assert_cmpstr (en, ==, cases[i].en);
      g_assert_cmpstr (fr, ==, cases[i].fr);
    }
  {
    /* Without a calendar, days have 24 hours. */
    g_autofree char *text = qs_deadline_format_duration (NULL, 50 * HOUR, QS_LANGUAGE_EN);

    g_assert_cmpstr (text, ==, "2 days 2 h");
  }
}

static void
test_pauses (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", NULL, NULL);
  g_autoptr (QsDeadlineExplanation) one = NULL, night = NULL;

  /* Tuesday 14:00–16:30 is 2 h 30 of business time: due Thursday 11:30
   * becomes 11:30–12:00 and 13:00–15:00. */
  one = qs_deadline_explanation_new (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 24,
                                     QS_DURATION_UNIT_BUSINESS_HOURS);
  g_assert_cmpint (qs_deadline_explanation_get_due (one), ==,
                   qs_test_instant ("2026-04-30T11:30:00-04:00"));
  qs_deadline_explanation_add_pause (one, qs_test_instant ("2026-04-28T14:00:00-04:00"),
                                     qs_test_instant ("2026-04-28T16:30:00-04:00"));
  g_assert_cmpint (qs_deadline_explanation_get_due (one), ==,
                   qs_test_instant ("2026-04-30T15:00:00-04:00"));

  /* A pause over the night counts only open time: 15:00–16:30 and
   * 08:30–10:00 is 3 h, plus a pause at lunch that costs nothing. */
  night = qs_deadline_explanation_new (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 24,
                                       QS_DURATION_UNIT_BUSINESS_HOURS);
  qs_deadline_explanation_add_pause (night, qs_test_instant ("2026-04-28T15:00:00-04:00"),
                                     qs_test_instant ("2026-04-29T10:00:00-04:00"));
  qs_deadline_explanation_add_pause (night, qs_test_instant ("2026-04-29T12:05:00-04:00"),
                                     qs_test_instant ("2026-04-29T12:55:00-04:00"));
  g_assert_cmpint (qs_deadline_explanation_get_due (night), ==,
                   qs_test_instant ("2026-04-30T15:30:00-04:00"));
}

static void
test_extension_and_stored_due (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", "2026-05-01", "Labour Day");
  g_autoptr (QsDeadlineExplanation) e = NULL;
  g_autofree char *text = NULL, *stored = NULL;

  e = qs_deadline_explanation_new (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 24,
                                   QS_DURATION_UNIT_BUSINESS_HOURS);
  qs_deadline_explanation_add_extension (e, qs_test_instant ("2026-04-29T10:00:00-04:00"),
                                         qs_test_instant ("2026-05-04T16:30:00-04:00"),
                                         "a supplier must answer first");
  g_assert_cmpint (qs_deadline_explanation_get_due (e), ==,
                   qs_test_instant ("2026-05-04T16:30:00-04:00"));
  text = qs_deadline_explanation_to_text (e, QS_LANGUAGE_EN);
  g_assert_cmpstr (
    text, ==,
    "Received Friday 24 April, 17:10, outside business hours; counting starts Monday 27 April, "
    "08:30. "
    "24 business hours = 3 business days 3 h. Due Thursday 30 April, 11:30. "
    "Extended on Wednesday 29 April, 10:00 to Monday 4 May, 16:30: a supplier must answer first.");

  /* A promise stored before the calendar changed stands. */
  qs_deadline_explanation_set_stored_due (e, qs_test_instant ("2026-05-05T16:30:00-04:00"));
  g_assert_cmpint (qs_deadline_explanation_get_due (e), ==,
                   qs_test_instant ("2026-05-05T16:30:00-04:00"));
  stored = qs_deadline_explanation_to_text (e, QS_LANGUAGE_FR);
  g_assert_true (
    g_str_has_suffix (stored, " La date promise enregistrée avec la demande est maintenue\u00a0: "
                              "mardi 5 mai, 16 h 30."));
}

static void
test_pause_after_extension_and_wait (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", "2026-05-01", "Labour Day");
  g_autoptr (QsDeadlineExplanation) later = NULL, waiting = NULL;
  g_autofree char *later_text = NULL, *waiting_en = NULL, *waiting_fr = NULL;

  /* A wait after the extension moves the new promise: Monday 4 May
   * 16:30 + 2 h 30 is Tuesday 5 May 11:00. */
  later = qs_deadline_explanation_new (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 24,
                                       QS_DURATION_UNIT_BUSINESS_HOURS);
  qs_deadline_explanation_add_extension (later, qs_test_instant ("2026-04-29T10:00:00-04:00"),
                                         qs_test_instant ("2026-05-04T16:30:00-04:00"),
                                         "a supplier must answer first");
  qs_deadline_explanation_add_pause (later, qs_test_instant ("2026-04-30T14:00:00-04:00"),
                                     qs_test_instant ("2026-04-30T16:30:00-04:00"));
  g_assert_cmpint (qs_deadline_explanation_get_due (later), ==,
                   qs_test_instant ("2026-05-05T11:00:00-04:00"));
  later_text = qs_deadline_explanation_to_text (later, QS_LANGUAGE_EN);
  g_assert_cmpstr (
    later_text, ==,
    "Received Friday 24 April, 17:10, outside business hours; counting starts Monday 27 April, "
    "08:30. "
    "24 business hours = 3 business days 3 h. Paused 2 h 30 min while waiting on the client. "
    "Due Thursday 30 April, 11:30. "
    "Extended on Wednesday 29 April, 10:00 to Monday 4 May, 16:30: a supplier must answer first. "
    "Now due Tuesday 5 May, 11:00.");

  /* A wait still running moves nothing yet, and says so. */
  waiting = qs_deadline_explanation_new (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 24,
                                         QS_DURATION_UNIT_BUSINESS_HOURS);
  qs_deadline_explanation_add_pause (waiting, qs_test_instant ("2026-04-28T10:00:00-04:00"), 0);
  qs_deadline_explanation_set_stored_due (waiting, qs_test_instant ("2026-04-30T11:30:00-04:00"));
  g_assert_cmpint (qs_deadline_explanation_get_due (waiting), ==,
                   qs_test_instant ("2026-04-30T11:30:00-04:00"));
  waiting_en = qs_deadline_explanation_to_text (waiting, QS_LANGUAGE_EN);
  g_assert_cmpstr (waiting_en, ==,
                   "Received Friday 24 April, 17:10, outside business hours; counting starts "
                   "Monday 27 April, 08:30. "
                   "24 business hours = 3 business days 3 h. Due Thursday 30 April, 11:30. "
                   "Waiting on the client since Tuesday 28 April, 10:00 (no answer so far): the "
                   "due date will move "
                   "by the business time the wait lasts.");
  waiting_fr = qs_deadline_explanation_to_text (waiting, QS_LANGUAGE_FR);
  g_assert_true (g_str_has_suffix (
    waiting_fr,
    " Échéance le jeudi 30 avril, 11 h 30. En attente du client depuis "
    "le mardi 28 avril, 10 h (sans réponse à ce jour)\u00a0: l’échéance reculera d’autant de "
    "temps ouvrable que durera l’attente."));
}

static void
test_explanation_issue_example (void)
{
  /* Received on a Friday at 17:10; 1 May 2023 is the next Monday. */
  g_autoptr (QsBusinessHours) en_hours = office ("Europe/Paris", "2023-05-01", "Labour Day");
  g_autoptr (QsBusinessHours) fr_hours = office ("Europe/Paris", "2023-05-01", "Fête du Travail");
  g_autoptr (QsDeadlineExplanation) en = NULL, fr = NULL;
  g_autofree char *en_text = NULL, *fr_text = NULL;

  en = qs_deadline_explanation_new (en_hours, qs_test_instant ("2023-04-28T17:10:00+02:00"), 24,
                                    QS_DURATION_UNIT_BUSINESS_HOURS);
  fr = qs_deadline_explanation_new (fr_hours, qs_test_instant ("2023-04-28T17:10:00+02:00"), 24,
                                    QS_DURATION_UNIT_BUSINESS_HOURS);
  qs_deadline_explanation_add_pause (en, qs_test_instant ("2023-05-03T14:00:00+02:00"),
                                     qs_test_instant ("2023-05-03T16:30:00+02:00"));
  qs_deadline_explanation_add_pause (fr, qs_test_instant ("2023-05-03T14:00:00+02:00"),
                                     qs_test_instant ("2023-05-03T16:30:00+02:00"));

  /* Tuesday, Wednesday, Thursday (21 h), Friday 3 h, then 2 h 30 paused. */
  g_assert_cmpint (qs_deadline_explanation_get_due (en), ==,
                   qs_test_instant ("2023-05-05T15:00:00+02:00"));
  en_text = qs_deadline_explanation_to_text (en, QS_LANGUAGE_EN);
  g_assert_cmpstr (en_text, ==,
                   "Received Friday 28 April, 17:10, outside business hours; counting starts "
                   "Tuesday 2 May, 08:30. "
                   "24 business hours = 3 business days 3 h, skipping 1 May (Labour Day). "
                   "Paused 2 h 30 min while waiting on the client. Due Friday 5 May, 15:00.");
  fr_text = qs_deadline_explanation_to_text (fr, QS_LANGUAGE_FR);
  g_assert_cmpstr (
    fr_text, ==,
    "Reçue le vendredi 28 avril, 17 h 10, en dehors des heures d’ouverture\u00a0; "
    "le décompte commence le mardi 2 mai, 8 h 30. "
    "24 heures ouvrables = 3 jours ouvrables 3 h, sans compter le 1er mai (Fête du Travail). "
    "En pause 2 h 30 en attendant le client. Échéance le vendredi 5 mai, 15 h.");
}

static void
test_explanation_other_units (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", "2026-12-24", NULL);
  g_autoptr (QsDeadlineExplanation) elapsed = NULL, days = NULL;
  g_autofree char *elapsed_en = NULL, *elapsed_fr = NULL, *days_en = NULL, *days_fr = NULL,
                  *instant = NULL;

  g_assert_true (
    qs_business_hours_set_day (hours, "2026-12-24", "08:30-12:00", "Christmas Eve", NULL));
  g_assert_true (qs_business_hours_set_day (hours, "2026-12-25", NULL, "Christmas Day", NULL));
  g_assert_true (qs_business_hours_set_day (hours, "2027-01-01", NULL, "New Year’s Day", NULL));

  elapsed = qs_deadline_explanation_new (hours, qs_test_instant ("2026-04-24T17:10:00-04:00"), 48,
                                         QS_DURATION_UNIT_HOURS);
  elapsed_en = qs_deadline_explanation_to_text (elapsed, QS_LANGUAGE_EN);
  g_assert_cmpstr (elapsed_en, ==,
                   "Received Friday 24 April, 17:10. 48 hours, counted on the clock (nights and "
                   "weekends included). "
                   "Due Sunday 26 April, 17:10.");
  elapsed_fr = qs_deadline_explanation_to_text (elapsed, QS_LANGUAGE_FR);
  g_assert_cmpstr (
    elapsed_fr, ==,
    "Reçue le vendredi 24 avril, 17 h 10. 48 heures, comptées en temps écoulé (nuits et fins de "
    "semaine comprises). Échéance le dimanche 26 avril, 17 h 10.");

  /* Received during hours, with a half day and two holidays on the way;
   * a date of the next year says its year. 10 days are 70 h: 22 Dec.
   * 5 h 30, 23rd 7 h, 24th 3 h 30 (half day), 28th–31st 28 h (44 h),
   * 4–6 January 21 h (65 h), then Thursday 7 January 08:30 + 5 h. */
  days = qs_deadline_explanation_new (hours, qs_test_instant ("2026-12-22T10:00:00-05:00"), 10,
                                      QS_DURATION_UNIT_BUSINESS_DAYS);
  g_assert_cmpint (qs_deadline_explanation_get_due (days), ==,
                   qs_test_instant ("2027-01-07T14:30:00-05:00"));
  days_en = qs_deadline_explanation_to_text (days, QS_LANGUAGE_EN);
  g_assert_cmpstr (
    days_en, ==,
    "Received Tuesday 22 December, 10:00. 10 business days of 7 h, skipping 25 December "
    "(Christmas Day) and 1 January 2027 (New Year’s Day), with the half day of 24 December "
    "(Christmas Eve). Due Thursday 7 January 2027, 14:30.");
  days_fr = qs_deadline_explanation_to_text (days, QS_LANGUAGE_FR);
  g_assert_cmpstr (
    days_fr, ==,
    "Reçue le mardi 22 décembre, 10 h. 10 jours ouvrables de 7 h, sans compter le 25 décembre "
    "(Christmas Day) et le 1er janvier 2027 (New Year’s Day), avec la demi-journée du 24 décembre "
    "(Christmas Eve). Échéance le jeudi 7 janvier 2027, 14 h 30.");

  instant = qs_deadline_format_instant (hours, qs_test_instant ("2027-01-04T08:30:00-05:00"),
                                        QS_LANGUAGE_FR);
  g_assert_cmpstr (instant, ==, "lundi 4 janvier, 8 h 30");
}

/* A deadline passed is overdue, in the list and on the page alike, even
 * when no business time has gone by since (due at closing time on Friday,
 * seen on Sunday: once this said "due in 0 min"). */
static void
test_countdown (void)
{
  g_autoptr (QsBusinessHours) hours = office ("America/Toronto", NULL, NULL);
  /* A Friday, at closing time. */
  const char *friday = "2026-12-04T16:30:00-05:00";
  struct
  {
    const char *now;
    const char *due;
    const char *row;
    const char *page;
  } cases[] = {
    { "2026-12-04T14:00:00-05:00", friday, "due in 2 h 30 min", "2 h 30 min left" },
    { "2026-12-04T16:30:00-05:00", friday, "due in 0 min", "0 min left" },
    { "2026-12-06T04:35:00-05:00", friday, "overdue since Friday 4 December, 16:30",
      "Overdue since Friday 4 December, 16:30" },
    { "2026-12-07T09:06:00-05:00", friday, "overdue by 36 min of business time",
      "Overdue by 36 min of business time" },
    /* On Sunday night, Monday 11:13 is 2 h 43 of business time away, not
     * two hours and a half on the clock. */
    { "2026-12-06T04:35:00-05:00", "2026-12-07T11:13:00-05:00",
      "due in 2 h 43 min of business time", "2 h 43 min of business time left" },
    { "2026-12-04T14:00:00-05:00", "2026-12-10T11:00:00-05:00", "due in 3 business days 5 h",
      "3 business days 5 h left" },
    /* Days away, to the hour: 3 days 5 h 20 min. */
    { "2026-12-04T14:00:00-05:00", "2026-12-10T11:20:00-05:00", "due in 3 business days 5 h",
      "3 business days 5 h left" },
    { "2026-12-04T14:00:00-05:00", "2026-12-10T11:40:00-05:00", "due in 3 business days 6 h",
      "3 business days 6 h left" },
  };

  qs_test_use_english_utf8 ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64           now = qs_test_instant (cases[i].now);
      gint64           due = qs_test_instant (cases[i].due);
      g_autofree char *row =
        qs_deadline_format_countdown (hours, now, due, QS_LANGUAGE_EN, QS_COUNTDOWN_IN_ROW);
      g_autofree char *page =
        qs_deadline_format_countdown (hours, now, due, QS_LANGUAGE_EN, QS_COUNTDOWN_ON_PAGE);

      g_assert_cmpstr (row, ==, cases[i].row);
      g_assert_cmpstr (page, ==, cases[i].page);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deadline/target-duration", test_target_duration);
  g_test_add_func ("/deadline/due", test_due);
  g_test_add_func ("/deadline/state", test_state);
  g_test_add_func ("/deadline/time-left", test_time_left);
  g_test_add_func ("/deadline/format-duration", test_format_duration);
  g_test_add_func ("/deadline/countdown", test_countdown);
  g_test_add_func ("/deadline/pauses", test_pauses);
  g_test_add_func ("/deadline/extension-and-stored-due", test_extension_and_stored_due);
  g_test_add_func ("/deadline/pause-after-extension-and-wait", test_pause_after_extension_and_wait);
  g_test_add_func ("/deadline/explanation-issue-example", test_explanation_issue_example);
  g_test_add_func ("/deadline/explanation-other-units", test_explanation_other_units);

  return g_test_run ();
}
