/* qs-deadline-explanation.c — a deadline told in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text goes to the client in the client's language, whatever the
 * language of the interface: its sentences come from the catalogue of
 * that language (qs-catalog.h), context "document", not from the
 * process's gettext. French puts a no-break space before ":" and ";" and
 * writes times "17 h 10"; English writes "17:10": each in its translation.
 */
#include "config.h"

#include "qs-calendar-words.h"
#include "qs-catalog.h"
#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-request-event.h"

typedef struct
{
  gint64 from;
  gint64 to;
} Pause;

typedef struct
{
  gint64 at;
  gint64 new_due;
  char  *reason;
} Extension;

struct _QsDeadlineExplanation
{
  QsBusinessHours *hours;
  gint64           received_at;
  double           value;
  QsDurationUnit   unit;
  GArray          *pauses;     /* Pause */
  GArray          *extensions; /* Extension */
  gint64           stored_due; /* 0: not known */
};

static void
extension_clear (gpointer data)
{
  Extension *extension = data;

  g_free (extension->reason);
}

QsDeadlineExplanation *
qs_deadline_explanation_new (QsBusinessHours *hours,
                             gint64           received_at,
                             double           value,
                             QsDurationUnit   unit)
{
  QsDeadlineExplanation *self = g_new0 (QsDeadlineExplanation, 1);

  self->hours = hours != NULL ? qs_business_hours_ref (hours) : NULL;
  self->received_at = received_at;
  self->value = value;
  self->unit = CLAMP (unit, QS_DURATION_UNIT_BUSINESS_HOURS, QS_DURATION_UNIT_SECONDS);
  self->pauses = g_array_new (FALSE, FALSE, sizeof (Pause));
  self->extensions = g_array_new (FALSE, FALSE, sizeof (Extension));
  g_array_set_clear_func (self->extensions, extension_clear);
  return self;
}

void
qs_deadline_explanation_free (QsDeadlineExplanation *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->hours, qs_business_hours_unref);
  g_array_unref (self->pauses);
  g_array_unref (self->extensions);
  g_free (self);
}

void
qs_deadline_explanation_add_pause (QsDeadlineExplanation *self, gint64 from, gint64 to)
{
  Pause pause = { from, to };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->pauses, pause);
}

void
qs_deadline_explanation_add_extension (QsDeadlineExplanation *self,
                                       gint64                 at,
                                       gint64                 new_due,
                                       const char            *reason)
{
  Extension extension = { at, new_due, g_strdup (reason) };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->extensions, extension);
}

void
qs_deadline_explanation_set_stored_due (QsDeadlineExplanation *self, gint64 stored_due)
{
  g_return_if_fail (self != NULL);

  self->stored_due = stored_due;
}

/* 0 when @iso is NULL or not a date. */
static gint64
parse_iso (const char *iso)
{
  g_autoptr (GDateTime) dt = NULL;

  if (iso == NULL)
    return 0;
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  return dt != NULL ? g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt)
                    : 0;
}

/**
 * qs_deadline_explanation_new_for_request:
 * @events: (element-type QsRequestEvent): the request's history
 *
 * Returns: (transfer full): the facts of the deadline
 */
QsDeadlineExplanation *
qs_deadline_explanation_new_for_request (QsBusinessHours *hours,
                                         QsRequest       *request,
                                         QsCommitment    *commitment,
                                         GPtrArray       *events)
{
  QsDeadlineExplanation *self;
  QsEntity              *e = QS_ENTITY (request);
  gint64                 pause_start = 0;

  g_return_val_if_fail (hours != NULL, NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), NULL);
  g_return_val_if_fail (events != NULL, NULL);

  self = qs_deadline_explanation_new (
    hours, qs_entity_get_int (e, QS_REQUEST_FIELD_RECEIVED_AT),
    qs_entity_get_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_VALUE),
    qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_UNIT));
  for (guint i = 0; i < events->len; i++)
    {
      QsEntity *event = g_ptr_array_index (events, i);
      gint64    at = qs_entity_get_int (event, QS_REQUEST_EVENT_FIELD_AT);

      switch (qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND))
        {
        case QS_EVENT_KIND_PAUSE:
          pause_start = at;
          break;
        case QS_EVENT_KIND_RESUME:
          if (pause_start != 0)
            qs_deadline_explanation_add_pause (self, pause_start, at);
          pause_start = 0;
          break;
        case QS_EVENT_KIND_EXTENSION:
          qs_deadline_explanation_add_extension (
            self, at, parse_iso (qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NEW_VALUE)),
            qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NOTE));
          break;
        default:
          break;
        }
    }
  if (pause_start != 0 &&
      qs_entity_get_enum (e, QS_REQUEST_FIELD_STATUS) == QS_REQUEST_STATUS_WAITING_ON_CLIENT)
    qs_deadline_explanation_add_pause (self, pause_start, 0);
  if (qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT) != 0)
    qs_deadline_explanation_set_stored_due (
      self, qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT));
  return self;
}

static gboolean
is_business (QsDeadlineExplanation *self)
{
  gboolean business;

  qs_deadline_target_duration (self->hours, self->value, self->unit, &business);
  return business;
}

/* The time a wait took off the clock: business time, or elapsed time
 * for a delay on the wall clock. */
static gint64
pause_length (QsDeadlineExplanation *self, const Pause *pause)
{
  if (pause->to <= pause->from)
    return 0;
  if (is_business (self))
    return qs_business_hours_between (self->hours, pause->from, pause->to);
  return pause->to - pause->from;
}

/* The due date as the facts make it, in time order: the charter's delay
 * from reception, moved by each wait once it is over (a wait still
 * running moves nothing yet), replaced by each extension. With
 * @before_extensions, stops at the first extension. @paused gets the
 * waits counted. */
static gint64
replay (QsDeadlineExplanation *self, gboolean before_extensions, gint64 *paused)
{
  gboolean business;
  gint64   due = qs_deadline_target_duration (self->hours, self->value, self->unit, &business);
  guint    p = 0, e = 0;

  due = business ? qs_business_hours_add (self->hours, self->received_at, due)
                 : self->received_at + due;
  if (paused != NULL)
    *paused = 0;
  while (p < self->pauses->len || e < self->extensions->len)
    {
      const Pause *pause = p < self->pauses->len ? &g_array_index (self->pauses, Pause, p) : NULL;
      const Extension *extension =
        e < self->extensions->len ? &g_array_index (self->extensions, Extension, e) : NULL;

      if (pause != NULL && pause->to == 0)
        {
          p++;
          continue;
        }
      if (pause != NULL && (extension == NULL || pause->to <= extension->at))
        {
          gint64 length = pause_length (self, pause);

          if (due != G_MAXINT64)
            due = business ? qs_business_hours_add (self->hours, due, length) : due + length;
          if (paused != NULL)
            *paused += length;
          p++;
        }
      else
        {
          if (before_extensions)
            break;
          due = extension->new_due;
          e++;
        }
    }
  return due;
}

static gint64
promised_due (QsDeadlineExplanation *self)
{
  return replay (self, FALSE, NULL);
}

/* The start of the wait still running, or 0. */
static gint64
waiting_since (QsDeadlineExplanation *self)
{
  for (guint i = 0; i < self->pauses->len; i++)
    if (g_array_index (self->pauses, Pause, i).to == 0)
      return g_array_index (self->pauses, Pause, i).from;
  return 0;
}

gint64
qs_deadline_explanation_get_due (QsDeadlineExplanation *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->stored_due != 0)
    return self->stored_due;
  return promised_due (self);
}

static GDateTime *
local_time (QsBusinessHours *hours, gint64 at)
{
  g_autoptr (GDateTime) seconds = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  g_autoptr (GDateTime) utc = g_date_time_add (seconds, at % G_USEC_PER_SEC);
  g_autoptr (GTimeZone) local = NULL;
  GTimeZone *zone = hours != NULL ? qs_business_hours_get_timezone (hours) : NULL;

  if (zone == NULL)
    zone = local = g_time_zone_new_local ();
  return g_date_time_to_timezone (utc, zone);
}

static void
append_date (GString *out, GDateTime *dt, gboolean with_year, QsLanguage language)
{
  qs_calendar_words_append_date (out, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                                 with_year ? g_date_time_get_year (dt) : 0, language);
}

/* "vendredi 24 avril, 17 h 10", "Friday 24 April, 17:10"; with the year
 * when @with_year. */
static char *
format_instant (QsBusinessHours *hours, gint64 at, gboolean with_year, QsLanguage language)
{
  QsCatalog *catalog = qs_catalog_get_for_language (language);
  g_autoptr (GDateTime) dt = local_time (hours, at);
  g_autoptr (GString) date = g_string_new (NULL);
  g_autofree char *time = NULL;
  int              h = g_date_time_get_hour (dt), m = g_date_time_get_minute (dt);

  append_date (date, dt, with_year, language);
  if (m == 0)
    /* Translators: a time on the hour, printed in letters and documents
     * for clients ("17:00"; French "17 h"). */
    time = g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%02d:00"), h);
  else
    /* Translators: a time, printed in letters and documents for clients:
     * %1$02d is the hour, %2$02d the minutes ("17:10"; French "17 h 10"). */
    time = g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%1$02d:%2$02d"), h, m);
  /* Translators: an instant printed in letters and documents for
   * clients: %1$s is the weekday, %2$s the date, %3$s the time ("Friday
   * 24 April, 17:10"). */
  return g_strdup_printf (qs_catalog_pgettext (catalog, "document", "%1$s %2$s, %3$s"),
                          qs_calendar_words_weekday (g_date_time_get_day_of_week (dt), language),
                          date->str, time);
}

char *
qs_deadline_format_instant (QsBusinessHours *hours, gint64 at, QsLanguage language)
{
  return format_instant (hours, at, FALSE, language);
}

static gboolean
same_year (QsBusinessHours *hours, gint64 a, gint64 b)
{
  g_autoptr (GDateTime) da = local_time (hours, a);
  g_autoptr (GDateTime) db = local_time (hours, b);

  return g_date_time_get_year (da) == g_date_time_get_year (db);
}

/* An instant of the text: the year is said only when it is not the
 * year the request was received. */
static char *
instant_text (QsDeadlineExplanation *self, gint64 at, QsLanguage language)
{
  return format_instant (self->hours, at, !same_year (self->hours, self->received_at, at),
                         language);
}

static void
append_exception_date (GString                  *out,
                       QsBusinessHoursException *ex,
                       int                       received_year,
                       QsLanguage                language)
{
  int year = g_date_get_year (&ex->date);

  /* The year only when it is not the year received. */
  qs_calendar_words_append_date (out, g_date_get_day (&ex->date), g_date_get_month (&ex->date),
                                 year != received_year ? year : 0, language);
  if (ex->name != NULL)
    g_string_append_printf (out, " (%s)", ex->name);
}

/* ", skipping 1 May (Labour Day) and 25 December, with the half day of
 * 24 December": the holidays, then the half days. */
static void
append_exceptions (
  QsDeadlineExplanation *self, GString *out, gint64 from, gint64 to, QsLanguage language)
{
  QsCatalog *catalog = qs_catalog_get_for_language (language);
  g_autoptr (GArray) list = qs_business_hours_list_exceptions (self->hours, from, to);
  g_autoptr (GDateTime) received = local_time (self->hours, self->received_at);
  int received_year = g_date_time_get_year (received);

  for (int closed = 1; closed >= 0; closed--)
    {
      guint n = 0, count = 0;

      for (guint i = 0; i < list->len; i++)
        count += g_array_index (list, QsBusinessHoursException, i).closed == closed;
      for (guint i = 0; i < list->len; i++)
        {
          QsBusinessHoursException *ex = &g_array_index (list, QsBusinessHoursException, i);
          g_autoptr (GString) date = g_string_new (NULL);
          const char *format;

          if (ex->closed != closed)
            continue;
          append_exception_date (date, ex, received_year, language);
          if (n == 0 && closed)
            /* Translators: the first holiday a deadline skips, in the
             * explanation of a deadline to a client, after the length of
             * the delay ("24 business hours, skipping 1 May"). */
            format = qs_catalog_pgettext (catalog, "document: holidays", ", skipping %s");
          else if (n == 0)
            format =
              /* Translators: the first half day a deadline counts, in the
               * explanation of a deadline to a client ("…, with the half day
               * of 24 December"). */
              qs_catalog_pgettext (catalog, "document: half days", ", with the half day of %s");
          else if (n == count - 1 && closed)
            /* Translators: the last holiday of the list ", skipping 1 May,
             * 8 May and 14 July" in the explanation of a deadline to a
             * client. */
            format = qs_catalog_pgettext (catalog, "document: holidays", " and %s");
          else if (n == count - 1)
            /* Translators: the last half day of the list ", with the half
             * day of 24 December and 31 December" in the explanation of a
             * deadline to a client. */
            format = qs_catalog_pgettext (catalog, "document: half days", " and %s");
          else if (closed)
            /* Translators: a holiday in the middle of the list ", skipping
             * 1 May, 8 May and 14 July" in the explanation of a deadline to
             * a client. */
            format = qs_catalog_pgettext (catalog, "document: holidays", ", %s");
          else
            /* Translators: a half day in the middle of the list ", with the
             * half day of 24 December, 26 December and 31 December" in the
             * explanation of a deadline to a client. */
            format = qs_catalog_pgettext (catalog, "document: half days", ", %s");
          g_string_append_printf (out, format, date->str);
          n++;
        }
    }
}

/* Appends @sentence, a space first unless it is the first. */
static void
append_sentence (GString *out, const char *sentence)
{
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, sentence);
}

/* @format with one instant in it, as a sentence. */
static void
append_instant_sentence (
  QsDeadlineExplanation *self, GString *out, const char *format, gint64 at, QsLanguage language)
{
  g_autofree char *instant = instant_text (self, at, language);
  g_autofree char *sentence = g_strdup_printf (format, instant);

  append_sentence (out, sentence);
}

/* "24 business hours = 3 days 3 h, skipping 1 May." */
static char *
delay_sentence (
  QsDeadlineExplanation *self, gboolean business, gint64 duration, gint64 due, QsLanguage language)
{
  QsCatalog       *catalog = qs_catalog_get_for_language (language);
  g_autofree char *amount = qs_calendar_words_format_delay (self->value, self->unit, language);
  GString         *out;

  if (!business)
    return g_strdup_printf (
      qs_catalog_pgettext (catalog, "document",
                           /* Translators: the delay of a deadline on the wall clock, in its
                            * explanation to a client; %s is the delay ("48 hours"). */
                           "%s, counted on the clock "
                           "(nights and weekends included)."),
      amount);

  out = g_string_new (NULL);
  if (self->unit == QS_DURATION_UNIT_BUSINESS_DAYS)
    {
      g_autofree char *length = qs_deadline_format_duration (
        NULL, qs_business_hours_get_day_length (self->hours), language);

      /* Translators: a delay in business days and the length of such a
       * day, in the explanation of a deadline to a client ("5 business
       * days of 7 h 30"). */
      g_string_append_printf (out, qs_catalog_pgettext (catalog, "document", "%1$s of %2$s"),
                              amount, length);
    }
  else
    {
      gint64 day_length = qs_business_hours_get_day_length (self->hours);

      g_string_append (out, amount);
      if (duration >= day_length && day_length > 0)
        {
          g_autofree char *days = qs_deadline_format_duration (self->hours, duration, language);

          g_string_append_printf (out, " = %s", days);
        }
    }
  if (due != G_MAXINT64)
    append_exceptions (self, out, self->received_at, due, language);
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

char *
qs_deadline_explanation_to_text (QsDeadlineExplanation *self, QsLanguage language)
{
  QsCatalog       *catalog;
  gboolean         business;
  gint64           duration, start, due, promised, paused, waiting;
  g_autofree char *delay = NULL;
  GString         *out;

  g_return_val_if_fail (self != NULL, NULL);

  catalog = qs_catalog_get_for_language (language);
  duration = qs_deadline_target_duration (self->hours, self->value, self->unit, &business);
  start =
    business ? qs_business_hours_next_open (self->hours, self->received_at) : self->received_at;
  due = replay (self, TRUE, NULL);
  promised = replay (self, FALSE, &paused);
  waiting = waiting_since (self);
  out = g_string_new (NULL);

  /* When it was received, and when counting starts. */
  if (business && start != self->received_at && start != G_MAXINT64)
    {
      g_autofree char *received = instant_text (self, self->received_at, language);
      g_autofree char *starts = instant_text (self, start, language);

      g_string_append_printf (
        out,
        qs_catalog_pgettext (catalog, "document",
                             /* Translators: the first sentence of the explanation of a deadline
                              * to a client, for a request received when the office was closed:
                              * %1$s is when it was received, %2$s when counting starts. */
                             "Received %1$s, outside "
                             "business hours; counting "
                             "starts %2$s."),
        received, starts);
    }
  else
    /* Translators: the first sentence of the explanation of a deadline to
     * a client: %s is when the request was received ("Received Friday 24
     * April, 17:10."). */
    append_instant_sentence (self, out, qs_catalog_pgettext (catalog, "document", "Received %s."),
                             self->received_at, language);

  /* How long, and on which clock. */
  delay = delay_sentence (self, business, duration, due, language);
  append_sentence (out, delay);

  /* The waits on the client that are over. */
  if (self->pauses->len > (waiting != 0 ? 1u : 0u))
    {
      g_autofree char *length =
        qs_deadline_format_duration (business ? self->hours : NULL, paused, language);
      g_autofree char *sentence = NULL;

      sentence = g_strdup_printf (
        qs_catalog_pgettext (catalog, "document",
                             /* Translators: in the explanation of a deadline to a client; %s is
                              * how long the clock stood still ("2 h 30"). */
                             "Paused %s while waiting on "
                             "the client."),
        length);
      append_sentence (out, sentence);
    }

  /* The due date, then the extensions that replaced it. */
  if (due == G_MAXINT64)
    append_sentence (out, qs_catalog_pgettext (catalog, "document",
                                               /* Translators: in the explanation of a deadline to a
                                                * client whose calendar has no opening left. */
                                               "The calendar never opens again: "
                                               "there is no due date."));
  else
    /* Translators: in the explanation of a deadline to a client; %s is
     * the due date and time. */
    append_instant_sentence (self, out, qs_catalog_pgettext (catalog, "document", "Due %s."), due,
                             language);
  for (guint i = 0; i < self->extensions->len; i++)
    {
      Extension       *extension = &g_array_index (self->extensions, Extension, i);
      g_autofree char *at = instant_text (self, extension->at, language);
      g_autofree char *to = instant_text (self, extension->new_due, language);
      g_autofree char *sentence = NULL;

      if (extension->reason != NULL && *extension->reason != '\0')
        sentence = g_strdup_printf (
          /* Translators: an extension of a deadline, in its explanation to a
           * client: %1$s is when it was decided, %2$s the new due date, %3$s
           * the reason as the user wrote it. A full stop follows unless the
           * reason ends with one. */
          qs_catalog_pgettext (catalog, "document", "Extended on %1$s to %2$s: %3$s"), at, to,
          extension->reason);
      else
        sentence = g_strdup_printf (
          /* Translators: an extension of a deadline, in its explanation to a
           * client: %1$s is when it was decided, %2$s the new due date. A
           * full stop follows. */
          qs_catalog_pgettext (catalog, "document", "Extended on %1$s to %2$s"), at, to);
      append_sentence (out, sentence);
      if (out->str[out->len - 1] != '.')
        g_string_append_c (out, '.');
    }
  /* Waits after the last extension moved it again. */
  if (self->extensions->len > 0 && promised != G_MAXINT64 &&
      promised != g_array_index (self->extensions, Extension, self->extensions->len - 1).new_due)
    /* Translators: in the explanation of a deadline to a client, after its
     * extensions; %s is the due date and time. */
    append_instant_sentence (self, out, qs_catalog_pgettext (catalog, "document", "Now due %s."),
                             promised, language);

  /* The wait still running. */
  if (waiting != 0)
    {
      const char *format;

      if (business)
        format = qs_catalog_pgettext (catalog, "document",
                                      /* Translators: in the explanation of a deadline to a client;
                                       * %s is when the wait started. */
                                      "Waiting on the client since %s (no answer so "
                                      "far): the due date will move by the business "
                                      "time the wait lasts.");
      else
        format = qs_catalog_pgettext (catalog, "document",
                                      /* Translators: in the explanation of a deadline on the wall
                                       * clock to a client; %s is when the wait started. */
                                      "Waiting on the client since %s (no answer so "
                                      "far): the due date will move by as long as the "
                                      "wait lasts.");
      append_instant_sentence (self, out, format, waiting, language);
    }

  /* A promise once given stands, even if the calendar changed since. */
  if (self->stored_due != 0 && self->stored_due != promised)
    {
      const char *format =
        qs_catalog_pgettext (catalog, "document",
                             /* Translators: the last sentence of the explanation of a deadline to
                              * a client, when the calendar changed since the promise; %s is the
                              * date and time promised. */
                             "The promised date stored with the "
                             "request stands: %s.");

      append_instant_sentence (self, out, format, self->stored_due, language);
    }

  return g_string_free (out, FALSE);
}
