/* qs-deadline-explanation.c — a deadline told in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text goes to the client in the client's language, whatever the
 * language of the interface: its words come from the fixed tables below,
 * not from gettext. French puts a no-break space before ":" and ";" and
 * writes times "17 h 10"; English writes "17:10".
 */
#include "config.h"

#include "qs-calendar-words.h"
#include "qs-deadline.h"
#include "qs-deadline-explanation.h"

#define NBSP "\u00a0"

typedef struct
{
  gint64 from;
  gint64 to;
} Pause;

typedef struct
{
  gint64  at;
  gint64  new_due;
  char   *reason;
} Extension;

struct _QsDeadlineExplanation
{
  QsBusinessHours *hours;
  gint64           received_at;
  double           value;
  QsDurationUnit   unit;
  GArray          *pauses;       /* Pause */
  GArray          *extensions;   /* Extension */
  gint64           stored_due;   /* 0: not known */
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
qs_deadline_explanation_add_pause (QsDeadlineExplanation *self,
                                   gint64                 from,
                                   gint64                 to)
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
qs_deadline_explanation_set_stored_due (QsDeadlineExplanation *self,
                                        gint64                 stored_due)
{
  g_return_if_fail (self != NULL);

  self->stored_due = stored_due;
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
pause_length (QsDeadlineExplanation *self,
              const Pause           *pause)
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
replay (QsDeadlineExplanation *self,
        gboolean               before_extensions,
        gint64                *paused)
{
  gboolean business;
  gint64 due = qs_deadline_target_duration (self->hours, self->value, self->unit, &business);
  guint p = 0, e = 0;

  due = business ? qs_business_hours_add (self->hours, self->received_at, due) : self->received_at + due;
  if (paused != NULL)
    *paused = 0;
  while (p < self->pauses->len || e < self->extensions->len)
    {
      const Pause *pause = p < self->pauses->len ? &g_array_index (self->pauses, Pause, p) : NULL;
      const Extension *extension = e < self->extensions->len
                                   ? &g_array_index (self->extensions, Extension, e) : NULL;

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
local_time (QsBusinessHours *hours,
            gint64           at)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (at / G_USEC_PER_SEC);
  g_autoptr(GDateTime) utc = g_date_time_add (seconds, at % G_USEC_PER_SEC);
  g_autoptr(GTimeZone) local = NULL;
  GTimeZone *zone = hours != NULL ? qs_business_hours_get_timezone (hours) : NULL;

  if (zone == NULL)
    zone = local = g_time_zone_new_local ();
  return g_date_time_to_timezone (utc, zone);
}

static void
append_date (GString    *out,
             GDateTime  *dt,
             gboolean    with_year,
             QsLanguage  language)
{
  qs_calendar_words_append_date (out, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                                 with_year ? g_date_time_get_year (dt) : 0, language);
}

/* "vendredi 24 avril, 17 h 10", "Friday 24 April, 17:10"; with the year
 * when @with_year. */
static char *
format_instant (QsBusinessHours *hours,
                gint64           at,
                gboolean         with_year,
                QsLanguage       language)
{
  g_autoptr(GDateTime) dt = local_time (hours, at);
  GString *out = g_string_new (qs_calendar_words_weekday (g_date_time_get_day_of_week (dt), language));
  int h = g_date_time_get_hour (dt), m = g_date_time_get_minute (dt);

  g_string_append_c (out, ' ');
  append_date (out, dt, with_year, language);
  if (language == QS_LANGUAGE_FR)
    {
      if (m == 0)
        g_string_append_printf (out, ", %d h", h);
      else
        g_string_append_printf (out, ", %d h %02d", h, m);
    }
  else
    g_string_append_printf (out, ", %02d:%02d", h, m);
  return g_string_free (out, FALSE);
}

char *
qs_deadline_format_instant (QsBusinessHours *hours,
                            gint64           at,
                            QsLanguage       language)
{
  return format_instant (hours, at, FALSE, language);
}

static gboolean
same_year (QsBusinessHours *hours,
           gint64           a,
           gint64           b)
{
  g_autoptr(GDateTime) da = local_time (hours, a);
  g_autoptr(GDateTime) db = local_time (hours, b);

  return g_date_time_get_year (da) == g_date_time_get_year (db);
}

/* An instant of the text: the year is said only when it is not the
 * year the request was received. */
static void
append_instant (QsDeadlineExplanation *self,
                GString               *out,
                gint64                 at,
                QsLanguage             language)
{
  g_autofree char *text = format_instant (self->hours, at,
                                          !same_year (self->hours, self->received_at, at),
                                          language);

  g_string_append (out, text);
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
append_exceptions (QsDeadlineExplanation *self,
                   GString               *out,
                   gint64                 from,
                   gint64                 to,
                   QsLanguage             language)
{
  gboolean fr = language == QS_LANGUAGE_FR;
  g_autoptr(GArray) list = qs_business_hours_list_exceptions (self->hours, from, to);
  g_autoptr(GDateTime) received = local_time (self->hours, self->received_at);
  int received_year = g_date_time_get_year (received);

  for (int closed = 1; closed >= 0; closed--)
    {
      guint n = 0, count = 0;

      for (guint i = 0; i < list->len; i++)
        count += g_array_index (list, QsBusinessHoursException, i).closed == closed;
      for (guint i = 0; i < list->len; i++)
        {
          QsBusinessHoursException *ex = &g_array_index (list, QsBusinessHoursException, i);

          if (ex->closed != closed)
            continue;
          if (n == 0 && closed)
            g_string_append (out, fr ? ", sans compter le " : ", skipping ");
          else if (n == 0)
            g_string_append (out, fr ? ", avec la demi-journée du " : ", with the half day of ");
          else if (n == count - 1)
            g_string_append (out, fr ? (closed ? " et le " : " et du ") : " and ");
          else
            g_string_append (out, fr ? (closed ? ", le " : ", du ") : ", ");
          append_exception_date (out, ex, received_year, language);
          n++;
        }
    }
}

char *
qs_deadline_explanation_to_text (QsDeadlineExplanation *self,
                                 QsLanguage             language)
{
  gboolean fr = language == QS_LANGUAGE_FR;
  gboolean business;
  gint64 duration, start, due, promised, paused, waiting;
  g_autofree char *number = NULL;
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  duration = qs_deadline_target_duration (self->hours, self->value, self->unit, &business);
  start = business ? qs_business_hours_next_open (self->hours, self->received_at) : self->received_at;
  due = replay (self, TRUE, NULL);
  promised = replay (self, FALSE, &paused);
  waiting = waiting_since (self);
  out = g_string_new (fr ? "Reçue le " : "Received ");

  /* When it was received, and when counting starts. */
  append_instant (self, out, self->received_at, language);
  if (business && start != self->received_at && start != G_MAXINT64)
    {
      g_string_append (out, fr ? ", en dehors des heures d’ouverture" NBSP "; le décompte commence le "
                               : ", outside business hours; counting starts ");
      append_instant (self, out, start, language);
    }
  g_string_append (out, ". ");

  /* How long, and on which clock. */
  number = qs_calendar_words_format_number (self->value, 2, FALSE, language);
  g_string_append (out, number);
  g_string_append_c (out, ' ');
  g_string_append (out, qs_calendar_words_duration_unit (self->unit,
                                                         qs_calendar_words_is_plural (self->value, language),
                                                         language));
  if (business)
    {
      gint64 day_length = qs_business_hours_get_day_length (self->hours);

      if (self->unit == QS_DURATION_UNIT_BUSINESS_HOURS && duration >= day_length && day_length > 0)
        {
          g_autofree char *days = qs_deadline_format_duration (self->hours, duration, language);

          g_string_append_printf (out, " = %s", days);
        }
      else if (self->unit == QS_DURATION_UNIT_BUSINESS_DAYS)
        {
          g_autofree char *length = qs_deadline_format_duration (NULL, day_length, language);

          g_string_append_printf (out, fr ? " de %s" : " of %s", length);
        }
      if (due != G_MAXINT64)
        append_exceptions (self, out, self->received_at, due, language);
    }
  else
    g_string_append (out, fr ? ", comptées en temps écoulé (nuits et fins de semaine comprises)"
                             : ", counted on the clock (nights and weekends included)");
  g_string_append (out, ".");

  /* The waits on the client that are over. */
  if (self->pauses->len > (waiting != 0 ? 1u : 0u))
    {
      g_autofree char *length = qs_deadline_format_duration (business ? self->hours : NULL, paused, language);

      g_string_append_printf (out, fr ? " En pause %s en attendant le client."
                                      : " Paused %s while waiting on the client.", length);
    }

  /* The due date, then the extensions that replaced it. */
  if (due == G_MAXINT64)
    g_string_append (out, fr ? " Le calendrier n’ouvre plus" NBSP ": aucune échéance."
                             : " The calendar never opens again: there is no due date.");
  else
    {
      g_string_append (out, fr ? " Échéance le " : " Due ");
      append_instant (self, out, due, language);
      g_string_append (out, ".");
    }
  for (guint i = 0; i < self->extensions->len; i++)
    {
      Extension *extension = &g_array_index (self->extensions, Extension, i);

      g_string_append (out, fr ? " Prolongée le " : " Extended on ");
      append_instant (self, out, extension->at, language);
      g_string_append (out, fr ? " jusqu’au " : " to ");
      append_instant (self, out, extension->new_due, language);
      if (extension->reason != NULL && *extension->reason != '\0')
        g_string_append_printf (out, fr ? NBSP ": %s" : ": %s", extension->reason);
      if (out->str[out->len - 1] != '.')
        g_string_append_c (out, '.');
    }
  /* Waits after the last extension moved it again. */
  if (self->extensions->len > 0 && promised != G_MAXINT64 &&
      promised != g_array_index (self->extensions, Extension, self->extensions->len - 1).new_due)
    {
      g_string_append (out, fr ? " Échéance désormais le " : " Now due ");
      append_instant (self, out, promised, language);
      g_string_append (out, ".");
    }

  /* The wait still running. */
  if (waiting != 0)
    {
      g_string_append (out, fr ? " En attente du client depuis le " : " Waiting on the client since ");
      append_instant (self, out, waiting, language);
      g_string_append (out, fr ? " (sans réponse à ce jour)" : " (no answer so far)");
      if (business)
        g_string_append (out, fr ? NBSP ": l’échéance reculera d’autant de temps ouvrable que durera l’attente."
                                 : ": the due date will move by the business time the wait lasts.");
      else
        g_string_append (out, fr ? NBSP ": l’échéance reculera d’autant que durera l’attente."
                                 : ": the due date will move by as long as the wait lasts.");
    }

  /* A promise once given stands, even if the calendar changed since. */
  if (self->stored_due != 0 && self->stored_due != promised)
    {
      g_string_append (out, fr ? " La date promise enregistrée avec la demande est maintenue" NBSP ": "
                               : " The promised date stored with the request stands: ");
      append_instant (self, out, self->stored_due, language);
      g_string_append (out, ".");
    }

  return g_string_free (out, FALSE);
}
