/* qs-alert-desk.c — alerts on indicators below target, their complaints and escalation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An alert covers a run of missed periods: raised for the first
 * (period_start), escalated once for each next one (last_period_start,
 * level), recovered by the first period back on target. A period a run
 * already covers is left alone, so a scan can be run again at will.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-alert-desk.h"
#include "qs-alert-repository.h"
#include "qs-calendar-words.h"
#include "qs-catalog.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-indicator-figures.h"
#include "qs-period.h"
#include "qs-repository.h"
#include "qs-request-desk.h"
#include "qs-request-repository.h"

void
qs_alert_outcome_free (QsAlertOutcome *self)
{
  if (self == NULL)
    return;
  g_free (self->department);
  g_free (self->subject);
  g_free (self->period);
  g_free (self->complaint_ref);
  g_free (self->complaint_id);
  g_free (self);
}

typedef struct
{
  QsStore    *store;
  GTimeZone  *zone;
  QsLanguage  language;
  QsCatalog  *catalog;
  const char *actor;
  gint64      now;
  GPtrArray  *outcomes;
  QsPeriod    period; /* of the figures being judged */
} Scan;

static char *
period_label (Scan *scan, gint64 start)
{
  return qs_period_label (scan->period, scan->zone, start, scan->language, FALSE);
}

static char *
period_date (Scan *scan, gint64 start)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (start / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, scan->zone);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* @value as @figure counts it: a share, hours, a number. */
static char *
percent (Scan *scan, const QsIndicatorFigure *figure, double value)
{
  g_autofree char *number = NULL;

  if (qs_measure_is_percent (figure->measure) || g_strcmp0 (figure->unit, "%") == 0)
    return qs_calendar_words_format_percent (value, 1, FALSE, scan->language);
  number = qs_calendar_words_format_number (value, 1, FALSE, scan->language);
  if (qs_measure_is_duration (figure->measure))
    /* Translators: business hours, in an alert's complaint */
    return g_strdup_printf (qs_catalog_pgettext (scan->catalog, "document", "%s h"), number);
  return g_steal_pointer (&number);
}

static char *
person_name (QsEntity *person)
{
  const char *given = qs_entity_get_string (person, QS_CLIENT_FIELD_GIVEN_NAME);
  const char *family = qs_entity_get_string (person, QS_CLIENT_FIELD_FAMILY_NAME);

  return g_strstrip (g_strdup_printf ("%s %s", given != NULL ? given : "", family));
}

static QsAlertOutcome *
add_outcome (Scan                    *scan,
             QsAlertOutcomeKind       kind,
             QsEntity                *department,
             QsAlert                 *alert,
             const char              *period,
             const QsIndicatorFigure *figure,
             QsRequest               *complaint)
{
  QsAlertOutcome *outcome = g_new0 (QsAlertOutcome, 1);

  outcome->kind = kind;
  outcome->department = g_strdup (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
  outcome->subject = g_strdup (qs_entity_get_string (QS_ENTITY (alert), QS_ALERT_FIELD_SUBJECT));
  outcome->period = g_strdup (period);
  outcome->value = figure->value;
  outcome->target = figure->target;
  outcome->level = qs_entity_get_int (QS_ENTITY (alert), QS_ALERT_FIELD_LEVEL);
  if (complaint != NULL)
    {
      outcome->complaint_ref =
        g_strdup (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_REF));
      outcome->complaint_id = g_strdup (qs_entity_get_id (QS_ENTITY (complaint)));
    }
  g_ptr_array_add (scan->outcomes, outcome);
  return outcome;
}

/* Who owns the indicator: the commitment's owner, or the one a
 * department's own indicator names. */
static gboolean
find_owner (Scan *scan, const QsIndicatorFigure *figure, char **owner_id, GError **error)
{
  g_autoptr (QsEntity) commitment = NULL;
  g_autoptr (QsEntity) indicator = NULL;

  *owner_id = NULL;
  if (figure->indicator_id != NULL)
    {
      if (!qs_store_find_if_any (scan->store, QS_TYPE_INDICATOR, figure->indicator_id, &indicator,
                                 error))
        return FALSE;
      if (indicator != NULL)
        *owner_id = g_strdup (qs_entity_get_string (indicator, QS_INDICATOR_FIELD_OWNER_ID));
      return TRUE;
    }
  if (figure->measure != QS_MEASURE_COMPLIANCE || figure->subject_id == NULL)
    return TRUE;
  if (!qs_store_find_if_any (scan->store, QS_TYPE_COMMITMENT, figure->subject_id, &commitment,
                             error))
    return FALSE;
  if (commitment != NULL)
    *owner_id = g_strdup (qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_OWNER_ID));
  return TRUE;
}

static gboolean
raise_alert (Scan                    *scan,
             QsEntity                *department,
             const QsIndicatorFigure *figure,
             const char              *ref,
             const char              *date,
             const char              *period,
             GError                 **error)
{
  g_autoptr (QsRequestDesk) desk = qs_request_desk_new (scan->store);
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (QsAlert) alert = qs_alert_new ();
  g_autofree char *owner_id = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *description = NULL;
  g_autofree char *value = percent (scan, figure, figure->value);
  g_autofree char *target = percent (scan, figure, figure->target);
  const char      *about =
    figure->subject != NULL ? figure->subject : qs_enum_label (QS_TYPE_MEASURE, figure->measure);
  QsEntity    *e = QS_ENTITY (alert);
  QsNewRequest input = { 0 };

  if (!find_owner (scan, figure, &owner_id, error))
    return FALSE;
  /* Translators: the subject of the complaint an alert opens; %s is the
   * indicator ("We acknowledge every e-mail within 24 business hours.") */
  subject =
    g_strdup_printf (qs_catalog_pgettext (scan->catalog, "document", "Below target: %s"), about);
  if (figure->indicator_id == NULL)
    description = g_strdup_printf (
      /* Translators: the complaint an alert opens. %1$s is a month ("May
       * 2026"), %2$s and %4$s percentages, %3$s the indicator. */
      qs_catalog_pgettext (
        scan->catalog, "document",
        "In %1$s, %2$s of requests kept the promise “%3$s”, below its target of "
        "%4$s. QualServ opened this complaint when the month ended: find the cause "
        "and plan what to do."),
      period, value, about, target);
  else
    description = g_strdup_printf (
      /* Translators: the complaint an alert opens on a department's own
       * indicator. %1$s is a period ("May 2026", "Q2 2026"), %2$s the
       * indicator, %3$s its value, %4$s its target. */
      qs_catalog_pgettext (scan->catalog, "document",
                           "In %1$s, “%2$s” was %3$s, missing its target of %4$s. QualServ "
                           "opened this complaint when the period ended: find the cause and "
                           "plan what to do."),
      period, about, value, target);
  input.department_id = qs_entity_get_id (department);
  input.channel = QS_CHANNEL_ANY;
  input.kind = QS_REQUEST_KIND_COMPLAINT;
  input.problem = QS_PROBLEM_SERVICE;
  input.priority = QS_PRIORITY_HIGH;
  input.subject = subject;
  input.description = description;
  input.received_at = scan->now;

  qs_entity_set_string (e, QS_ALERT_FIELD_DEPARTMENT_ID, qs_entity_get_id (department));
  qs_entity_set_string (e, QS_ALERT_FIELD_INDICATOR_REF, ref);
  qs_entity_set_string (e, QS_ALERT_FIELD_SUBJECT, about);
  qs_entity_set_enum (e, QS_ALERT_FIELD_PERIOD, scan->period);
  qs_entity_set_string (e, QS_ALERT_FIELD_PERIOD_START, date);
  qs_entity_set_string (e, QS_ALERT_FIELD_LAST_PERIOD_START, date);
  qs_entity_set_double (e, QS_ALERT_FIELD_VALUE, figure->value);
  qs_entity_set_double (e, QS_ALERT_FIELD_TARGET, figure->target);
  qs_entity_set_int (e, QS_ALERT_FIELD_NUMERATOR, figure->numerator);
  qs_entity_set_int (e, QS_ALERT_FIELD_DENOMINATOR, figure->denominator);
  qs_entity_set_enum (e, QS_ALERT_FIELD_STATUS, QS_ALERT_STATUS_OPEN);

  /* The complaint and its alert, or neither. */
  if (!qs_store_begin (scan->store, error))
    return FALSE;
  complaint = qs_request_desk_create (desk, &input, scan->actor, scan->now, error);
  if (complaint == NULL ||
      (owner_id != NULL &&
       !qs_request_repository_set_field (scan->store, complaint, QS_REQUEST_FIELD_ASSIGNEE_ID,
                                         owner_id, scan->actor, scan->now, error)))
    {
      qs_store_rollback (scan->store);
      return FALSE;
    }
  qs_entity_set_string (e, QS_ALERT_FIELD_COMPLAINT_ID, qs_entity_get_id (QS_ENTITY (complaint)));
  if (!qs_repository_save (qs_store_get_repository (scan->store, QS_TYPE_ALERT), e, error))
    {
      qs_store_rollback (scan->store);
      return FALSE;
    }
  if (!qs_store_commit (scan->store, error))
    return FALSE;
  add_outcome (scan, QS_ALERT_OUTCOME_RAISED, department, alert, period, figure, complaint);
  return TRUE;
}

static gboolean
find_complaint (Scan *scan, QsAlert *alert, QsRequest **complaint, GError **error)
{
  const char *id = qs_entity_get_string (QS_ENTITY (alert), QS_ALERT_FIELD_COMPLAINT_ID);

  *complaint = NULL;
  if (id == NULL)
    return TRUE;
  return qs_store_find_if_any (scan->store, QS_TYPE_REQUEST, id, (QsEntity **) complaint, error);
}

/* What an alert's next month writes in its complaint's history. */
typedef gboolean (*NoteWriter) (QsStore    *store,
                                QsRequest  *complaint,
                                const char *note,
                                const char *actor,
                                gint64      now,
                                GError    **error);

/* Saves @alert and writes @note in its complaint's history, in one
 * transaction. */
static gboolean
save_with_note (Scan       *scan,
                QsAlert    *alert,
                QsRequest  *complaint,
                NoteWriter  write,
                const char *note,
                GError    **error)
{
  if (!qs_store_begin (scan->store, error))
    return FALSE;
  if ((complaint != NULL && !write (scan->store, complaint, note, scan->actor, scan->now, error)) ||
      !qs_repository_save (qs_store_get_repository (scan->store, QS_TYPE_ALERT), QS_ENTITY (alert),
                           error))
    {
      qs_store_rollback (scan->store);
      return FALSE;
    }
  return qs_store_commit (scan->store, error);
}

static gboolean
escalate (Scan                    *scan,
          QsEntity                *department,
          QsAlert                 *alert,
          const QsIndicatorFigure *figure,
          const char              *date,
          const char              *period,
          GError                 **error)
{
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (QsEntity) manager = NULL;
  g_autofree char *note = NULL;
  g_autofree char *value = percent (scan, figure, figure->value);
  g_autofree char *target = percent (scan, figure, figure->target);
  const char      *manager_id = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_MANAGER_ID);
  const char      *name = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME);
  QsEntity        *e = QS_ENTITY (alert);

  if (!find_complaint (scan, alert, &complaint, error) ||
      (manager_id != NULL &&
       !qs_store_find_if_any (scan->store, QS_TYPE_CLIENT, manager_id, &manager, error)))
    return FALSE;
  if (manager != NULL)
    {
      g_autofree char *who = person_name (manager);

      note = g_strdup_printf (
        /* Translators: in a complaint's history. %1$s is a person, %2$s a
         * department, %3$s a month, %4$s and %5$s percentages. */
        qs_catalog_pgettext (scan->catalog, "document",
                             "Escalated to %1$s, manager of %2$s: still missing its target in %3$s "
                             "(%4$s against %5$s)."),
        who, name, period, value, target);
    }
  else
    note = g_strdup_printf (
      /* Translators: in a complaint's history. %1$s is a department, %2$s
       * a month, %3$s and %4$s percentages. */
      qs_catalog_pgettext (scan->catalog, "document",
                           "Escalated to the manager of %1$s: still missing its target in %2$s "
                           "(%3$s against %4$s)."),
      name, period, value, target);

  qs_entity_set_int (e, QS_ALERT_FIELD_LEVEL, qs_entity_get_int (e, QS_ALERT_FIELD_LEVEL) + 1);
  qs_entity_set_string (e, QS_ALERT_FIELD_LAST_PERIOD_START, date);
  if (!save_with_note (scan, alert, complaint, qs_request_repository_raise_level, note, error))
    return FALSE;
  add_outcome (scan, QS_ALERT_OUTCOME_ESCALATED, department, alert, period, figure, complaint);
  return TRUE;
}

static gboolean
recover (Scan                    *scan,
         QsEntity                *department,
         QsAlert                 *alert,
         const QsIndicatorFigure *figure,
         const char              *date,
         const char              *period,
         GError                 **error)
{
  g_autoptr (QsRequest) complaint = NULL;
  g_autofree char *note = NULL;
  g_autofree char *value = percent (scan, figure, figure->value);
  g_autofree char *target = percent (scan, figure, figure->target);
  QsEntity        *e = QS_ENTITY (alert);

  if (!find_complaint (scan, alert, &complaint, error))
    return FALSE;
  note = g_strdup_printf (
    /* Translators: in a complaint's history. %1$s is a month, %2$s and
     * %3$s percentages. */
    qs_catalog_pgettext (
      scan->catalog, "document",
      "Back on target in %1$s: %2$s against %3$s. The alert is marked recovered; "
      "close this complaint once what was planned is done."),
    period, value, target);
  qs_entity_set_enum (e, QS_ALERT_FIELD_STATUS, QS_ALERT_STATUS_RECOVERED);
  qs_entity_set_string (e, QS_ALERT_FIELD_RECOVERED_PERIOD_START, date);
  if (!save_with_note (scan, alert, complaint, qs_request_repository_comment, note, error))
    return FALSE;
  add_outcome (scan, QS_ALERT_OUTCOME_RECOVERED, department, alert, period, figure, complaint);
  return TRUE;
}

/* The last period an alert has already said something about. */
static const char *
covered_until (QsAlert *alert)
{
  QsEntity   *e = QS_ENTITY (alert);
  const char *recovered = qs_entity_get_string (e, QS_ALERT_FIELD_RECOVERED_PERIOD_START);
  const char *last = qs_entity_get_string (e, QS_ALERT_FIELD_LAST_PERIOD_START);

  if (recovered != NULL)
    return recovered;
  return last != NULL ? last : qs_entity_get_string (e, QS_ALERT_FIELD_PERIOD_START);
}

/* What the alert of @figure's indicator does for the period starting at
 * @start, decided from the latest alert: nothing when it spoke of this
 * period already. */
static gboolean
decide (
  Scan *scan, QsEntity *department, const QsIndicatorFigure *figure, gint64 start, GError **error)
{
  g_autoptr (QsAlert) latest = NULL;
  g_autofree char *ref = qs_indicator_figure_ref (figure);
  g_autofree char *date = period_date (scan, start);
  g_autofree char *period = period_label (scan, start);
  gboolean         open;

  if (!qs_alert_repository_find_latest (scan->store, qs_entity_get_id (department), ref,
                                        scan->period, &latest, error))
    return FALSE;
  /* Said already. */
  if (latest != NULL && g_strcmp0 (date, covered_until (latest)) <= 0)
    return TRUE;
  open = latest != NULL &&
         qs_entity_get_enum (QS_ENTITY (latest), QS_ALERT_FIELD_STATUS) == QS_ALERT_STATUS_OPEN;
  if (figure->status == QS_INDICATOR_STATUS_MISSED)
    return open ? escalate (scan, department, latest, figure, date, period, error)
                : raise_alert (scan, department, figure, ref, date, period, error);
  return open ? recover (scan, department, latest, figure, date, period, error) : TRUE;
}

static gboolean
judge (
  Scan *scan, QsEntity *department, const QsIndicatorFigure *figure, gint64 start, GError **error)
{
  if (figure->status != QS_INDICATOR_STATUS_MISSED && figure->status != QS_INDICATOR_STATUS_MET)
    return TRUE;
  /* Read and written in one transaction: a scan running at the same
   * moment elsewhere (the command line, another window) waits, then
   * finds this one's alert. */
  if (!qs_store_begin (scan->store, error))
    return FALSE;
  if (!decide (scan, department, figure, start, error))
    {
      qs_store_rollback (scan->store);
      return FALSE;
    }
  return qs_store_commit (scan->store, error);
}

/* The starts of the three periods before the current one, oldest first,
 * and the current one's. */
static void
last_periods (Scan *scan, gint64 starts[4])
{
  starts[3] = qs_period_start_of (scan->period, scan->zone, scan->now);
  for (int m = 2; m >= 0; m--)
    starts[m] = qs_period_start_of (scan->period, scan->zone, starts[m + 1] - 1);
}

static gboolean
judge_own (Scan *scan, QsEntity *department, GError **error)
{
  static const QsPeriod kinds[] = { QS_PERIOD_WEEK, QS_PERIOD_MONTH, QS_PERIOD_QUARTER,
                                    QS_PERIOD_YEAR };
  const char           *id = qs_entity_get_id (department);
  gint64                min_count = qs_indicator_figures_min_count (scan->store, id);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr (GPtrArray) own =
        qs_indicator_figures_own_indicators (scan->store, id, kinds[k], error);
      gint64 starts[4];

      if (own == NULL)
        return FALSE;
      scan->period = kinds[k];
      last_periods (scan, starts);
      for (int m = 0; m < 3; m++)
        for (guint i = 0; i < own->len; i++)
          {
            g_autoptr (QsIndicatorFigure) figure = qs_indicator_figures_compute_own (
              scan->store, g_ptr_array_index (own, i), starts[m], starts[m + 1], scan->zone,
              scan->language, min_count, error);

            if (figure == NULL || !judge (scan, department, figure, starts[m], error))
              return FALSE;
          }
    }
  return TRUE;
}

GPtrArray *
qs_alert_desk_scan (
  QsStore *store, GTimeZone *zone, QsLanguage language, const char *actor, GError **error)
{
  g_autoptr (GPtrArray) outcomes =
    g_ptr_array_new_with_free_func ((GDestroyNotify) qs_alert_outcome_free);
  g_autoptr (GPtrArray) providers = NULL;
  QsCatalog *catalog = qs_catalog_get_for_language (language);
  gint64     starts[4];
  Scan       scan;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  scan = (Scan){
    .store = store,
    .zone = zone,
    .language = language,
    .catalog = catalog,
    .actor = actor,
    .now = qs_store_now (store),
    .outcomes = outcomes,
  };
  providers = qs_indicator_figures_providers (store, error);
  if (providers == NULL)
    return NULL;
  /* The three months before this one, the oldest first. */
  scan.period = QS_PERIOD_MONTH;
  last_periods (&scan, starts);
  for (int m = 0; m < 3; m++)
    for (guint p = 0; p < providers->len; p++)
      {
        QsEntity *department = g_ptr_array_index (providers, p);
        g_autoptr (GPtrArray) figures = qs_indicator_figures_compute (
          store, qs_entity_get_id (department), starts[m], starts[m + 1], language,
          qs_indicator_figures_min_count (store, qs_entity_get_id (department)), error);

        if (figures == NULL)
          return NULL;
        for (guint i = 0; i < figures->len; i++)
          if (!judge (&scan, department, g_ptr_array_index (figures, i), starts[m], error))
            return NULL;
      }
  /* Each department's own indicators, over the last three of their own
   * periods. */
  for (guint p = 0; p < providers->len; p++)
    if (!judge_own (&scan, g_ptr_array_index (providers, p), error))
      return NULL;
  return g_steal_pointer (&outcomes);
}
