/* qs-demo-improvement.c — indicators, their manual values and improvement actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each provider follows five indicators (compliance of its two main
 * commitments, volume, resolution rate, satisfaction), computed by the
 * application from the requests; the agency adds a few that only people
 * can measure (phone rings, absenteeism, training), entered by hand. Six
 * improvement actions show every stage of the Plan-Do-Check-Act cycle,
 * linked to the complaints and indicators that started them.
 */
#include <math.h>
#include <string.h>

#include "qs-demo-private.h"

#define DAY_USEC (G_GINT64_CONSTANT (86400) * QS_USEC_PER_SEC)
#define MONTH_USEC (30 * DAY_USEC)

static gboolean
save_indicator (QsDemo                    *demo,
                const QsDemoIndicatorText *text,
                int                        department,
                const char                *commitment_id,
                char                     **id_out,
                GError                   **error)
{
  g_autoptr (QsIndicator) indicator = qs_demo_new_entity (demo, QS_TYPE_INDICATOR);
  QsEntity        *e = QS_ENTITY (indicator);
  g_autofree char *ref = NULL;
  g_autofree char *name_fr = NULL;
  g_autofree char *name_en = NULL;

  if (department >= 0 && text->name[0] != NULL && strstr (text->name[0], "%s") != NULL)
    {
      const QsDemoDepartmentText *d = &qs_demo_departments[department];

      ref = g_strdup_printf ("IND-%s-%s", qs_demo_text (demo, d->ref), text->suffix);
      name_fr = g_strdup_printf (text->name[QS_LANGUAGE_FR], d->name[QS_LANGUAGE_FR]);
      name_en = g_strdup_printf (text->name[QS_LANGUAGE_EN], d->name[QS_LANGUAGE_EN]);
    }
  else
    {
      ref = g_strdup_printf ("IND-%s", text->suffix);
      name_fr = g_strdup (text->name[QS_LANGUAGE_FR]);
      name_en = g_strdup (text->name[QS_LANGUAGE_EN]);
    }

  qs_entity_set_string (e, QS_INDICATOR_FIELD_REF, ref);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_NAME_FR, name_fr);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_NAME_EN, name_en);
  if (department >= 0)
    qs_entity_set_string (e, QS_INDICATOR_FIELD_DEPARTMENT_ID, demo->departments[department].id);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_COMMITMENT_ID, commitment_id);
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_KIND, text->kind);
  /* What the dashboard counts for it (see data/sql/020.sql). */
  if (text->kind == QS_INDICATOR_KIND_VOLUME)
    qs_entity_set_string (e, QS_INDICATOR_FIELD_MEASURE, "received");
  else if (text->kind == QS_INDICATOR_KIND_RESOLUTION_RATE)
    qs_entity_set_string (e, QS_INDICATOR_FIELD_MEASURE, "kept");
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_DIMENSION, text->dimension);
  qs_entity_set_double (e, QS_INDICATOR_FIELD_TARGET, text->target);
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_DIRECTION, text->direction);
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_PERIOD, text->period);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_UNIT, text->unit);
  if (!qs_demo_save (demo, indicator, demo->start - 14 * DAY_USEC, error))
    return FALSE;
  *id_out = g_strdup (qs_entity_get_id (e));
  return TRUE;
}

static gboolean
save_value (QsDemo     *demo,
            const char *indicator_id,
            int         year,
            int         month,
            double      value,
            gint64      entered,
            GError    **error)
{
  g_autoptr (QsIndicatorValue) entity = qs_demo_new_entity (demo, QS_TYPE_INDICATOR_VALUE);
  g_autofree char *period = g_strdup_printf ("%04d-%02d-01", year, month);

  qs_entity_set_string (QS_ENTITY (entity), QS_INDICATOR_VALUE_FIELD_INDICATOR_ID, indicator_id);
  qs_entity_set_string (QS_ENTITY (entity), QS_INDICATOR_VALUE_FIELD_PERIOD_START, period);
  qs_entity_set_double (QS_ENTITY (entity), QS_INDICATOR_VALUE_FIELD_VALUE,
                        round (value * 10) / 10);
  return qs_demo_save (demo, entity, entered, error);
}

/* A month as a count of months since year 0, and back. */
#define MONTH_INDEX(year, month) ((year) *12 + (month) -1)
#define INDEX_YEAR(index) ((index) / 12)
#define INDEX_MONTH(index) ((index) % 12 + 1)

/* The hand-measured indicators of the last periods, entered a few days
 * after each period ends. */
static gboolean
fill_manual_values (QsDemo *demo, GError **error)
{
  const QsDemoDay *now = qs_demo_day (demo, demo->now);
  int              current = MONTH_INDEX (now->year, now->month);
  int              quarter = MONTH_INDEX (now->year, ((now->month - 1) / 3) * 3 + 1);

  for (int i = 12; i >= 1; i--)
    {
      int m = current - i, next = m + 1;
      /* The service desk gets better at picking up after its action plan. */
      double rate = 91 + (12 - i) * 0.4 + (g_rand_double (demo->rand) - 0.5) * 2;

      if (!save_value (demo, demo->organisation_indicator_ids[0], INDEX_YEAR (m), INDEX_MONTH (m),
                       rate, qs_demo_date_time (demo, INDEX_YEAR (next), INDEX_MONTH (next), 4),
                       error))
        return FALSE;
    }
  for (int q = 6; q >= 1; q--)
    {
      int    m = quarter - 3 * q, next = m + 3;
      double rate = 4.6 - (6 - q) * 0.15 + (g_rand_double (demo->rand) - 0.5) * 0.4;

      if (!save_value (demo, demo->organisation_indicator_ids[2], INDEX_YEAR (m), INDEX_MONTH (m),
                       rate, qs_demo_date_time (demo, INDEX_YEAR (next), INDEX_MONTH (next), 10),
                       error))
        return FALSE;
    }
  for (int y = now->year - 2; y < now->year; y++)
    if (!save_value (demo, demo->organisation_indicator_ids[3], y, 1,
                     y == now->year - 1 ? 22.5 : 17.0, qs_demo_date_time (demo, y + 1, 1, 15),
                     error))
      return FALSE;
  return TRUE;
}

static int
find_department_indicator (const char *suffix)
{
  for (guint i = 0; i < qs_demo_n_department_indicators; i++)
    if (g_strcmp0 (qs_demo_department_indicators[i].suffix, suffix) == 0)
      return i;
  return -1;
}

static gboolean
save_link (QsDemo     *demo,
           const char *action_id,
           QsLinkKind  kind,
           const char *target_id,
           gint64      at,
           GError    **error)
{
  g_autoptr (QsActionLink) link = NULL;

  if (target_id == NULL || *target_id == '\0')
    return TRUE;
  link = qs_demo_new_entity (demo, QS_TYPE_ACTION_LINK);
  qs_entity_set_string (QS_ENTITY (link), QS_ACTION_LINK_FIELD_ACTION_ID, action_id);
  qs_entity_set_enum (QS_ENTITY (link), QS_ACTION_LINK_FIELD_KIND, kind);
  qs_entity_set_string (QS_ENTITY (link), QS_ACTION_LINK_FIELD_TARGET_ID, target_id);
  return qs_demo_save (demo, link, at, error);
}

/* Months before "now" at which each stage's action started, by QsActionStage. */
static const int started[] = { 0, 2, 5, 8, 12, 10 };

static gboolean
save_action (QsDemo *demo, const QsDemoActionText *text, guint number, GError **error)
{
  /* Months before "now" at which it was checked and completed (0: not yet). */
  static const int  checked[] = { 0, 0, 0, 3, 7, 0 };
  static const int  completed[] = { 0, 0, 0, 0, 5, 8 };
  static const int  due[] = { -4, -2, -1, 1, 6, 9 }; /* negative: after "now" */
  QsDemoDepartment *department = &demo->departments[text->department];
  g_autoptr (QsAction) action = qs_demo_new_entity (demo, QS_TYPE_ACTION);
  QsEntity   *e = QS_ENTITY (action);
  const char *action_id = qs_entity_get_id (e);
  int         indicator =
    text->indicator_suffix != NULL ? find_department_indicator (text->indicator_suffix) : -1;
  gint64           start = demo->now - started[text->stage] * MONTH_USEC;
  gint64           created = start - MONTH_USEC;
  gint64           updated = created;
  g_autofree char *due_on = qs_demo_format_date (demo, demo->now - due[text->stage] * MONTH_USEC);
  g_autofree char *ref = g_strdup_printf ("ACT-%u-%03u", qs_demo_day (demo, created)->year, number);

  qs_entity_set_string (e, QS_ACTION_FIELD_REF, ref);
  qs_entity_set_string (e, QS_ACTION_FIELD_TITLE, qs_demo_text (demo, text->title));
  qs_entity_set_string (e, QS_ACTION_FIELD_PROBLEM, qs_demo_text (demo, text->problem));
  qs_entity_set_string (e, QS_ACTION_FIELD_ANALYSIS, qs_demo_text (demo, text->analysis));
  qs_entity_set_string (e, QS_ACTION_FIELD_SOLUTION, qs_demo_text (demo, text->solution));
  qs_entity_set_string (e, QS_ACTION_FIELD_DEPARTMENT_ID, department->id);
  qs_entity_set_string (e, QS_ACTION_FIELD_OWNER_ID, department->manager_id);
  qs_entity_set_enum (e, QS_ACTION_FIELD_STAGE, text->stage);
  qs_entity_set_enum (e, QS_ACTION_FIELD_ORIGIN, text->origin);
  qs_entity_set_enum (e, QS_ACTION_FIELD_BENEFIT, text->benefit);
  if (indicator >= 0)
    qs_entity_set_string (e, QS_ACTION_FIELD_INDICATOR_ID, department->indicator_ids[indicator]);
  qs_entity_set_double (e, QS_ACTION_FIELD_BEFORE_VALUE, text->before);
  qs_entity_set_double (e, QS_ACTION_FIELD_AFTER_VALUE, text->after);
  qs_entity_set_double (e, QS_ACTION_FIELD_TARGET_VALUE, text->target);
  qs_entity_set_string (e, QS_ACTION_FIELD_DUE_ON, due_on);
  if (started[text->stage] > 0)
    {
      qs_entity_set_int (e, QS_ACTION_FIELD_STARTED_AT, start);
      updated = start;
    }
  if (checked[text->stage] > 0)
    {
      updated = demo->now - checked[text->stage] * MONTH_USEC;
      qs_entity_set_int (e, QS_ACTION_FIELD_CHECKED_AT, updated);
    }
  if (completed[text->stage] > 0)
    {
      updated = demo->now - completed[text->stage] * MONTH_USEC;
      qs_entity_set_int (e, QS_ACTION_FIELD_COMPLETED_AT, updated);
    }
  if (!qs_demo_save_full (demo, action, created, updated, error))
    return FALSE;

  if (indicator >= 0 && !save_link (demo, action_id, QS_LINK_KIND_INDICATOR,
                                    department->indicator_ids[indicator], created, error))
    return FALSE;
  if (text->origin == QS_ACTION_ORIGIN_COMPLAINT)
    {
      for (guint i = 0; i < G_N_ELEMENTS (department->last_complaints); i++)
        if (!save_link (demo, action_id, QS_LINK_KIND_REQUEST, department->last_complaints[i],
                        created, error))
          return FALSE;
    }
  else if (text->origin == QS_ACTION_ORIGIN_SUGGESTION &&
           !save_link (demo, action_id, QS_LINK_KIND_REQUEST, department->last_suggestion, created,
                       error))
    return FALSE;
  return TRUE;
}

static guint
action_year (QsDemo *demo, const QsDemoActionText *text)
{
  return qs_demo_day (demo, demo->now - (started[text->stage] + 1) * MONTH_USEC)->year;
}

gboolean
qs_demo_fill_improvement (QsDemo *demo, GError **error)
{
  /* The service desk's phone calls: the first rate measured on the phone. */
  const QsDemoCommitment *phone =
    qs_demo_covering (&demo->departments[QS_DEMO_IT], QS_METRIC_MANUAL_RATE,
                      QS_REQUEST_KIND_REQUEST, QS_CHANNEL_PHONE);

  g_assert (qs_demo_n_department_indicators <= G_N_ELEMENTS (demo->departments[0].indicator_ids));
  g_assert (qs_demo_n_organisation_indicators <= G_N_ELEMENTS (demo->organisation_indicator_ids));

  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    {
      QsDemoDepartment *department = &demo->departments[d];
      /* The first two follow the e-mail standards. */
      const QsDemoCommitment *measured[] = {
        qs_demo_covering (department, QS_METRIC_ACKNOWLEDGEMENT, QS_REQUEST_KIND_REQUEST,
                          QS_CHANNEL_EMAIL),
        qs_demo_covering (department, QS_METRIC_RESOLUTION, QS_REQUEST_KIND_REQUEST,
                          QS_CHANNEL_EMAIL),
      };

      if (!qs_demo_departments[d].is_provider)
        continue;
      for (guint i = 0; i < qs_demo_n_department_indicators; i++)
        {
          const char *commitment =
            i < G_N_ELEMENTS (measured) && measured[i] != NULL ? measured[i]->id : NULL;

          if (!save_indicator (demo, &qs_demo_department_indicators[i], d, commitment,
                               &department->indicator_ids[i], error))
            return FALSE;
        }
    }

  for (guint i = 0; i < qs_demo_n_organisation_indicators; i++)
    {
      gboolean desk = i == 0;

      if (!save_indicator (demo, &qs_demo_organisation_indicators[i], desk ? QS_DEMO_IT : -1,
                           desk && phone != NULL ? phone->id : NULL,
                           &demo->organisation_indicator_ids[i], error))
        return FALSE;
    }

  if (!fill_manual_values (demo, error))
    return FALSE;

  /* References count per year of creation: ACT-2026-001, ACT-2026-002... */
  for (guint i = 0; i < qs_demo_n_actions; i++)
    {
      guint year = action_year (demo, &qs_demo_actions[i]);
      guint number = 1;

      for (guint j = 0; j < i; j++)
        if (action_year (demo, &qs_demo_actions[j]) == year)
          number++;
      if (!save_action (demo, &qs_demo_actions[i], number, error))
        return FALSE;
    }
  return TRUE;
}
