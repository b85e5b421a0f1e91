/* qs-charter-format.c — how the Charters view words dates, targets and texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is for people: numbers and dates follow the user's
 * locale, and nothing produced here is ever parsed back, except by
 * qs_charter_format_parse_number(), which takes what a person typed in
 * either French or English notation.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "qs-adoption-checklist.h"
#include "qs-calendar-words.h"
#include "qs-charter-format.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"

/**
 * qs_charter_format_text:
 * @missing: (out) (optional): set to %TRUE when @language has no text and
 *   the other language's is returned instead
 *
 * Returns: (transfer none): the text of @entity in @language, or in the
 * other language when it has not been translated yet, or ""
 */
const char *
qs_charter_format_text (
  QsEntity *entity, guint en_field, guint fr_field, QsLanguage language, gboolean *missing)
{
  guint       wanted = language == QS_LANGUAGE_FR ? fr_field : en_field;
  guint       other = language == QS_LANGUAGE_FR ? en_field : fr_field;
  const char *text = qs_entity_get_string (entity, wanted);

  if (missing != NULL)
    *missing = text == NULL || *text == '\0';
  if (text != NULL && *text != '\0')
    return text;

  text = qs_entity_get_string (entity, other);
  return text != NULL ? text : "";
}

/**
 * qs_charter_format_number:
 *
 * Returns: @value as a person types it in the interface's language
 * ("95", "95,5"), without digit groups, which a comma would make
 * ambiguous once read back
 */
char *
qs_charter_format_number (double value)
{
  char  text[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  if (isnan (value))
    return g_strdup ("");
  g_ascii_formatd (text, sizeof text, "%.3f", value);
  /* Trailing zeros, then a trailing point, go. */
  point = strchr (text, '.');
  if (point != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > point && *end == '0')
        *end-- = '\0';
      if (end == point)
        *point = '\0';
      else if (qs_interface_language () == QS_LANGUAGE_FR)
        *point = ',';
    }
  return g_strdup (text);
}

/* Digit groups written with spaces ("1 000", also no-break ones, as the
 * interface shows them) are read; a comma is a decimal separator. */
static void
remove_digit_groups (char *text)
{
  static const char *const spaces[] = { " ", "\u00a0", "\u202f" };
  char                    *out = text;

  for (const char *in = text; *in != '\0';)
    {
      gboolean skipped = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (spaces) && !skipped; i++)
        if (g_str_has_prefix (in, spaces[i]))
          {
            in += strlen (spaces[i]);
            skipped = TRUE;
          }
      if (!skipped)
        *out++ = *in++;
    }
  *out = '\0';
}

/**
 * qs_charter_format_parse_number:
 * @value: (out): the number, or NaN when @text is empty
 *
 * Reads a number typed by a person: "95", "95.5", "95,5" or "95 %".
 *
 * Returns: %FALSE when @text is not a number
 */
gboolean
qs_charter_format_parse_number (const char *text, double *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char            *end = NULL;
  gsize            len;
  double           parsed;

  *value = NAN;
  len = strlen (copy);
  if (len > 0 && copy[len - 1] == '%')
    {
      copy[len - 1] = '\0';
      g_strchomp (copy);
    }
  if (*copy == '\0')
    return TRUE;

  remove_digit_groups (copy);
  g_strdelimit (copy, ",", '.');
  parsed = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (parsed))
    return FALSE;

  *value = parsed;
  return TRUE;
}

static char *
format_measure (QsCommitment *commitment)
{
  QsEntity        *entity = QS_ENTITY (commitment);
  QsMetric         metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);
  double           delay = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE);
  double           threshold = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
  QsDurationUnit   unit = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT);
  g_autofree char *percent =
    qs_calendar_words_format_percent (threshold, 3, FALSE, qs_interface_language ());
  g_autofree char *within = NULL;

  switch (metric)
    {
    case QS_METRIC_ACKNOWLEDGEMENT:
    case QS_METRIC_RESOLUTION:
      if (isnan (delay))
        return g_strdup (metric == QS_METRIC_ACKNOWLEDGEMENT
                           ? _ ("Acknowledgement deadline, no delay set")
                           : _ ("Resolution deadline, no delay set"));
      within = qs_calendar_words_format_delay (delay, unit, qs_interface_language ());
      if (isnan (threshold))
        return g_strdup_printf (metric == QS_METRIC_ACKNOWLEDGEMENT
                                  /* Translators: %s is a delay, e.g. "24 business hours" */
                                  ? _ ("Acknowledged within %s, no target percentage")
                                  : _ ("Resolved within %s, no target percentage"),
                                within);
      return g_strdup_printf (metric == QS_METRIC_ACKNOWLEDGEMENT
                                /* Translators: the first %s is a percentage, the second a delay:
                                 * "95% acknowledged within 24 business hours" */
                                ? _ ("%s acknowledged within %s")
                                : _ ("%s resolved within %s"),
                              percent, within);

    case QS_METRIC_MANUAL_RATE:
      if (isnan (threshold))
        return g_strdup (_ ("Rate logged by hand, no target set"));
      /* Translators: %s is a percentage, "95%" */
      return g_strdup_printf (_ ("Target %s, logged by hand"), percent);

    case QS_METRIC_SURVEY_SCORE:
      if (isnan (threshold))
        return g_strdup (_ ("Survey score, no target set"));
      /* Translators: %s is a percentage, "95%" */
      return g_strdup_printf (_ ("Survey score of at least %s"), percent);

    case QS_METRIC_NONE:
    default:
      return g_strdup (_ ("Not measured"));
    }
}

/**
 * qs_charter_format_target:
 *
 * Returns: how @commitment is measured and its target, in a sentence:
 * "95 % acknowledged within 24 business hours · E-mail"
 */
char *
qs_charter_format_target (QsCommitment *commitment)
{
  QsEntity        *entity = QS_ENTITY (commitment);
  QsChannel        channel = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CHANNEL);
  g_autofree char *measure = format_measure (commitment);

  if (channel == QS_CHANNEL_ANY ||
      qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC) == QS_METRIC_NONE)
    return g_steal_pointer (&measure);

  /* Translators: a commitment's target, then the channel it applies to */
  return g_strdup_printf (_ ("%s · %s"), measure, qs_enum_label (QS_TYPE_CHANNEL, channel));
}

/**
 * qs_charter_format_parse_date:
 * @iso_date: (nullable): a day, YYYY-MM-DD
 *
 * Returns: (transfer full) (nullable): its local midnight, or %NULL when
 *   it is not a day of the calendar
 */
GDateTime *
qs_charter_format_parse_date (const char *iso_date)
{
  int  year;
  int  month;
  int  day;
  char extra;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d%c", &year, &month, &day, &extra) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

/* "12 March 2027", "12 mars 2027": in the interface's language, whatever
 * the locale's dates are in (LANGUAGE=fr under LANG=C.UTF-8). */
static char *
format_day (GDateTime *date)
{
  GString *out = g_string_new (NULL);

  qs_calendar_words_append_date (out, g_date_time_get_day_of_month (date),
                                 g_date_time_get_month (date), g_date_time_get_year (date),
                                 qs_interface_language ());
  return g_string_free (out, FALSE);
}

/**
 * qs_charter_format_date:
 *
 * Returns: (nullable): @iso_date ("YYYY-MM-DD") as a person reads it, or
 * %NULL when it is not a date
 */
char *
qs_charter_format_date (const char *iso_date)
{
  g_autoptr (GDateTime) date = qs_charter_format_parse_date (iso_date);

  return date != NULL ? format_day (date) : NULL;
}

/**
 * qs_charter_format_timestamp:
 *
 * Returns: (nullable): the local day of @usec (Unix microseconds), or
 * %NULL when it is not set
 */
char *
qs_charter_format_timestamp (gint64 usec)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;

  if (usec == 0)
    return NULL;
  utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_local (utc);
  return format_day (local);
}

/**
 * qs_charter_format_days_until:
 * @days: (out): days from @now's local day to @iso_date, negative when past
 *
 * Returns: %FALSE when @iso_date is not a date
 */
gboolean
qs_charter_format_days_until (const char *iso_date, GDateTime *now, int *days)
{
  g_autoptr (GDateTime) date = qs_charter_format_parse_date (iso_date);
  g_autoptr (GDateTime) local = NULL;
  GDate today;
  GDate then;
  int   year;
  int   month;
  int   day;

  if (date == NULL)
    return FALSE;

  local = g_date_time_to_local (now);
  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, day, month, year);
  g_date_time_get_ymd (date, &year, &month, &day);
  g_date_clear (&then, 1);
  g_date_set_dmy (&then, day, month, year);

  *days = g_date_days_between (&today, &then);
  return TRUE;
}

/**
 * qs_charter_format_review:
 * @urgency: (out): 0 when the review is not near, 1 when it is within
 *   %QS_CHARTER_REVIEW_NOTICE_DAYS days, 2 when it is past
 *
 * Returns: when the charter is to be reviewed, in a sentence
 */
char *
qs_charter_format_review (const char *iso_date, GDateTime *now, int *urgency)
{
  g_autofree char *date = qs_charter_format_date (iso_date);
  int              days;

  *urgency = 0;
  if (date == NULL || !qs_charter_format_days_until (iso_date, now, &days))
    return g_strdup (_ ("No review date"));

  if (days < 0)
    {
      *urgency = 2;
      /* Translators: %s is a date */
      return g_strdup_printf (_ ("Review overdue since %s"), date);
    }
  if (days == 0)
    {
      *urgency = 1;
      return g_strdup (_ ("Review due today"));
    }
  if (days <= QS_CHARTER_REVIEW_NOTICE_DAYS)
    {
      *urgency = 1;
      /* Translators: %d is a number of days, %s a date */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review due in %d day, on %s",
                                           "Review due in %d days, on %s", days),
                              days, date);
    }
  /* Translators: %s is a date */
  return g_strdup_printf (_ ("Review by %s"), date);
}

/**
 * qs_charter_format_answer:
 *
 * Returns: (transfer full): the answer to question @index of @checklist,
 *   as it reads: "Yes", "No — the note", the written answer, or
 *   @unanswered
 */
char *
qs_charter_format_answer (QsAdoptionChecklist *checklist, guint index, const char *unanswered)
{
  const char *note = qs_adoption_checklist_get_note (checklist, index);
  const char *said;

  if (qs_adoption_checklist_is_open (index))
    {
      const char *text = qs_adoption_checklist_get_text (checklist, index);

      return g_strdup (text != NULL ? text : unanswered);
    }

  switch (qs_adoption_checklist_get_answer (checklist, index))
    {
    case QS_CHECKLIST_YES:
      said = _ ("Yes");
      break;
    case QS_CHECKLIST_NO:
      said = _ ("No");
      break;
    case QS_CHECKLIST_UNANSWERED:
    default:
      said = unanswered;
      break;
    }
  if (note != NULL && *note != '\0')
    /* Translators: an answer ("Yes"), then the note that explains it */
    return g_strdup_printf (_ ("%s — %s"), said, note);
  return g_strdup (said);
}
