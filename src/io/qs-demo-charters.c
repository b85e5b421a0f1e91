/* qs-demo-charters.c — one published service charter per providing department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every charter is version 1, published a fortnight before the history
 * starts, with the same standards in the seven categories plus one
 * deadline of the department's own. Reviews are due within the year after
 * "now", except Legal Services', which is overdue: the kind of thing the
 * application should point out.
 */
#include <math.h>

#include "qs-demo-private.h"

#define DAY_USEC (G_GINT64_CONSTANT (86400) * QS_USEC_PER_SEC)

static gint64
target_seconds (double         value,
                QsDurationUnit unit)
{
  if (isnan (value))
    return 0;
  switch (unit)
    {
    case QS_DURATION_UNIT_BUSINESS_HOURS:
      return (gint64) (value * 3600);
    case QS_DURATION_UNIT_BUSINESS_DAYS:
      return qs_demo_business_days (value);
    case QS_DURATION_UNIT_HOURS:
    case QS_DURATION_UNIT_DAYS:
    case QS_DURATION_UNIT_SECONDS:
    default:
      return 0;
    }
}

static gboolean
save_commitments (QsDemo   *demo,
                  guint     index,
                  gint64    created,
                  GError  **error)
{
  QsDemoDepartment *department = &demo->departments[index];
  const QsDemoCharterText *charter = &qs_demo_charters[index];

  for (guint i = 0; i < qs_demo_n_commitments; i++)
    {
      const QsDemoCommitmentText *text = &qs_demo_commitments[i];
      g_autoptr(QsCommitment) commitment = qs_demo_new_entity (demo, QS_TYPE_COMMITMENT);
      QsEntity *e = QS_ENTITY (commitment);
      gboolean special = text->role == QS_DEMO_ROLE_RESOLUTION_SPECIAL;
      double value = special ? charter->special_days : text->target_value;

      qs_entity_set_string (e, QS_COMMITMENT_FIELD_CHARTER_ID, department->charter_id);
      qs_entity_set_int (e, QS_COMMITMENT_FIELD_POSITION, i);
      qs_entity_set_enum (e, QS_COMMITMENT_FIELD_CATEGORY, text->category);
      qs_entity_set_string (e, QS_COMMITMENT_FIELD_TEXT_FR,
                            special ? charter->special[QS_LANGUAGE_FR] : text->text[QS_LANGUAGE_FR]);
      qs_entity_set_string (e, QS_COMMITMENT_FIELD_TEXT_EN,
                            special ? charter->special[QS_LANGUAGE_EN] : text->text[QS_LANGUAGE_EN]);
      qs_entity_set_enum (e, QS_COMMITMENT_FIELD_METRIC, text->metric);
      qs_entity_set_double (e, QS_COMMITMENT_FIELD_TARGET_VALUE, value);
      qs_entity_set_enum (e, QS_COMMITMENT_FIELD_TARGET_UNIT, text->target_unit);
      qs_entity_set_double (e, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, text->threshold_percent);
      qs_entity_set_enum (e, QS_COMMITMENT_FIELD_CHANNEL, text->channel);
      qs_entity_set_string (e, QS_COMMITMENT_FIELD_REQUEST_KINDS, text->request_kinds);
      if (text->metric != QS_METRIC_NONE)
        qs_entity_set_string (e, QS_COMMITMENT_FIELD_OWNER_ID, department->manager_id);
      if (!qs_demo_save (demo, commitment, created, error))
        return FALSE;

      if (text->role != QS_DEMO_ROLE_NONE)
        {
          department->commitments[text->role].id = g_strdup (qs_entity_get_id (e));
          department->commitments[text->role].target = target_seconds (value, text->target_unit);
        }
    }
  return TRUE;
}

static gboolean
save_charter (QsDemo  *demo,
              guint    index,
              gint64   published,
              GError **error)
{
  const QsDemoCharterText *text = &qs_demo_charters[index];
  QsDemoDepartment *department = &demo->departments[index];
  g_autoptr(QsCharter) charter = qs_demo_new_entity (demo, QS_TYPE_CHARTER);
  QsEntity *e = QS_ENTITY (charter);
  g_autofree char *ref =
    g_strdup_printf (demo->language == QS_LANGUAGE_FR ? "CHARTE-%s" : "CHARTER-%s",
                     qs_demo_text (demo, qs_demo_departments[index].ref));
  /* Overdue for Legal Services; otherwise 3 to 12 months after "now". */
  gint64 review = index == QS_DEMO_LEGAL
                  ? demo->now - 61 * DAY_USEC
                  : demo->now + qs_demo_uniform (demo, 90, 365) * DAY_USEC;
  g_autofree char *review_date = qs_demo_format_date (demo, review);

  department->charter_id = g_strdup (qs_entity_get_id (e));
  qs_entity_set_string (e, QS_CHARTER_FIELD_REF, ref);
  qs_entity_set_int (e, QS_CHARTER_FIELD_VERSION, 1);
  qs_entity_set_enum (e, QS_CHARTER_FIELD_STATUS, QS_CHARTER_STATUS_PUBLISHED);
  qs_entity_set_string (e, QS_CHARTER_FIELD_DEPARTMENT_ID, department->id);
  qs_entity_set_string (e, QS_CHARTER_FIELD_CALENDAR_ID, demo->calendar_id);
  qs_entity_set_string (e, QS_CHARTER_FIELD_OWNER_ID, department->manager_id);
  qs_entity_set_enum (e, QS_CHARTER_FIELD_LANGUAGE, demo->language);
  qs_entity_set_string (e, QS_CHARTER_FIELD_TITLE_FR, text->title[QS_LANGUAGE_FR]);
  qs_entity_set_string (e, QS_CHARTER_FIELD_TITLE_EN, text->title[QS_LANGUAGE_EN]);
  qs_entity_set_string (e, QS_CHARTER_FIELD_VALUES_FR, text->values[QS_LANGUAGE_FR]);
  qs_entity_set_string (e, QS_CHARTER_FIELD_VALUES_EN, text->values[QS_LANGUAGE_EN]);
  qs_entity_set_string (e, QS_CHARTER_FIELD_INTRODUCTION_FR, text->introduction[QS_LANGUAGE_FR]);
  qs_entity_set_string (e, QS_CHARTER_FIELD_INTRODUCTION_EN, text->introduction[QS_LANGUAGE_EN]);
  qs_entity_set_string (e, QS_CHARTER_FIELD_REVIEW_DATE, review_date);
  qs_entity_set_int (e, QS_CHARTER_FIELD_PUBLISHED_AT, published);

  /* Drafted a month before publication. */
  if (!qs_demo_save_full (demo, charter, published - 30 * DAY_USEC, published, error))
    return FALSE;
  return save_commitments (demo, index, published - 30 * DAY_USEC, error);
}

gboolean
qs_demo_fill_charters (QsDemo  *demo,
                       GError **error)
{
  gint64 published = demo->start - 14 * DAY_USEC;

  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    if (qs_demo_departments[d].is_provider && !save_charter (demo, d, published, error))
      return FALSE;
  return TRUE;
}
