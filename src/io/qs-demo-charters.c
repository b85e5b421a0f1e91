/* qs-demo-charters.c — one published service charter per providing department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every charter is version 1, published a fortnight before the history
 * starts. It holds the model charter's standards, the complaint procedure
 * and, where the model charter does not have it, one deadline of the
 * department's own. Reviews are due within the year after "now", except
 * Legal Services', which is overdue: the kind of thing the application
 * should point out.
 *
 * What a request is counted against is read off the commitments
 * themselves. A commitment covers a request when it is on the request's
 * channel or on any channel, and for its kind; of the commitments of a
 * metric that cover a request, the strictest deadline wins, the first in
 * the charter on a tie. The department's own deadline stays apart: it is
 * for the requests it was written for, the special ones.
 */
#include <math.h>

#include "qs-charter-template.h"
#include "qs-demo-private.h"
#include "qs-enum-types.h"

#define DAY_USEC (G_GINT64_CONSTANT (86400) * QS_USEC_PER_SEC)

static gint64
target_seconds (double value, QsDurationUnit unit)
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

/* The request kinds of a commitment's list of nicks, every kind for none. */
static guint
parse_kinds (const char *nicks)
{
  g_autoptr (GEnumClass) klass = NULL;
  g_auto (GStrv) names = NULL;
  guint kinds = 0;

  if (nicks == NULL || *nicks == '\0')
    return (1u << QS_DEMO_N_KINDS) - 1;
  klass = g_type_class_ref (QS_TYPE_REQUEST_KIND);
  names = g_strsplit (nicks, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      GEnumValue *value = g_enum_get_value_by_nick (klass, g_strstrip (names[i]));

      if (value != NULL)
        kinds |= 1u << value->value;
    }
  return kinds;
}

static void
clear_commitment (gpointer data)
{
  QsDemoCommitment *commitment = data;

  g_free (commitment->id);
}

/* Saves @commitment in the department's charter and keeps what the
 * requests need of it when it is measured. */
static gboolean
save_commitment (QsDemo           *demo,
                 QsDemoDepartment *department,
                 QsCommitment     *commitment,
                 gboolean          special,
                 gint64            created,
                 GError          **error)
{
  QsEntity        *e = QS_ENTITY (commitment);
  QsMetric         metric = qs_entity_get_enum (e, QS_COMMITMENT_FIELD_METRIC);
  QsDemoCommitment measured;

  qs_entity_set_string (e, QS_COMMITMENT_FIELD_CHARTER_ID, department->charter_id);
  if (metric != QS_METRIC_NONE)
    qs_entity_set_string (e, QS_COMMITMENT_FIELD_OWNER_ID, department->manager_id);
  if (!qs_demo_save (demo, commitment, created, error))
    return FALSE;
  if (metric == QS_METRIC_NONE)
    return TRUE;

  measured = (QsDemoCommitment){
    .id = g_strdup (qs_entity_get_id (e)),
    .target = target_seconds (qs_entity_get_double (e, QS_COMMITMENT_FIELD_TARGET_VALUE),
                              qs_entity_get_enum (e, QS_COMMITMENT_FIELD_TARGET_UNIT)),
    .metric = metric,
    .channel = qs_entity_get_enum (e, QS_COMMITMENT_FIELD_CHANNEL),
    .kinds = parse_kinds (qs_entity_get_string (e, QS_COMMITMENT_FIELD_REQUEST_KINDS)),
    .special = special,
  };
  g_array_append_val (department->commitments, measured);
  return TRUE;
}

/* A commitment of the Agency's, last in its category. */
static gboolean
save_own (QsDemo                     *demo,
          QsDemoDepartment           *department,
          const QsDemoCommitmentText *text,
          const QsDemoText            words,
          double                      target_value,
          guint                      *next_position,
          gint64                      created,
          GError                    **error)
{
  g_autoptr (QsCommitment) commitment = qs_demo_new_entity (demo, QS_TYPE_COMMITMENT);
  QsEntity *e = QS_ENTITY (commitment);

  qs_entity_set_int (e, QS_COMMITMENT_FIELD_POSITION, next_position[text->category]++);
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_CATEGORY, text->category);
  qs_entity_set_string (e, QS_COMMITMENT_FIELD_TEXT_FR, words[QS_LANGUAGE_FR]);
  qs_entity_set_string (e, QS_COMMITMENT_FIELD_TEXT_EN, words[QS_LANGUAGE_EN]);
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_METRIC, text->metric);
  qs_entity_set_double (e, QS_COMMITMENT_FIELD_TARGET_VALUE, target_value);
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_TARGET_UNIT, text->target_unit);
  qs_entity_set_double (e, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, text->threshold_percent);
  qs_entity_set_enum (e, QS_COMMITMENT_FIELD_CHANNEL, text->channel);
  qs_entity_set_string (e, QS_COMMITMENT_FIELD_REQUEST_KINDS, text->request_kinds);
  return save_commitment (demo, department, commitment, text == &qs_demo_special_commitment,
                          created, error);
}

/* Fills department->covering, for qs_demo_covering(): see the top of
 * this file. */
static void
index_commitments (QsDemoDepartment *department)
{
  for (guint i = 0; i < department->commitments->len; i++)
    {
      const QsDemoCommitment *c = &g_array_index (department->commitments, QsDemoCommitment, i);

      if (c->special)
        {
          department->special = c;
          continue;
        }
      for (guint kind = 0; kind < QS_DEMO_N_KINDS; kind++)
        for (guint channel = 0; channel < QS_DEMO_N_CHANNELS; channel++)
          {
            const QsDemoCommitment **slot = &department->covering[c->metric][kind][channel];

            if ((c->kinds & (1u << kind)) == 0 ||
                (c->channel != QS_CHANNEL_ANY && c->channel != channel))
              continue;
            if (*slot == NULL ||
                (c->target > 0 && ((*slot)->target == 0 || c->target < (*slot)->target)))
              *slot = c;
          }
    }
  /* Human Resources' own deadline, evaluation requests, is the model
   * charter's deadline for requests on any channel. */
  if (department->special == NULL)
    department->special =
      department->covering[QS_METRIC_RESOLUTION][QS_REQUEST_KIND_REQUEST][QS_CHANNEL_ANY];
}

static gboolean
save_commitments (QsDemo *demo, guint index, gint64 created, GError **error)
{
  QsDemoDepartment        *department = &demo->departments[index];
  const QsDemoCharterText *charter = &qs_demo_charters[index];
  g_autoptr (GPtrArray) model = qs_charter_template_new_commitments ();
  guint next_position[QS_CATEGORY_CREDIBILITY + 1] = { 0 };

  department->commitments = g_array_new (FALSE, TRUE, sizeof (QsDemoCommitment));
  g_array_set_clear_func (department->commitments, clear_commitment);

  /* The model charter's, field by field, under ids of the demo's. */
  for (guint i = 0; i < model->len; i++)
    {
      QsEntity *source = g_ptr_array_index (model, i);
      g_autoptr (QsCommitment) commitment = qs_demo_new_entity (demo, QS_TYPE_COMMITMENT);
      QsCategory category = qs_entity_get_enum (source, QS_COMMITMENT_FIELD_CATEGORY);
      guint      position = qs_entity_get_int (source, QS_COMMITMENT_FIELD_POSITION);
      guint      n_fields;

      qs_entity_class_get_fields (QS_ENTITY_GET_CLASS (source), &n_fields);
      for (guint f = 0; f < n_fields; f++)
        qs_entity_set_value (QS_ENTITY (commitment), f, qs_entity_get_value (source, f));
      next_position[category] = MAX (next_position[category], position + 1);
      if (!save_commitment (demo, department, commitment, FALSE, created, error))
        return FALSE;
    }

  if (charter->special[QS_LANGUAGE_EN] != NULL &&
      !save_own (demo, department, &qs_demo_special_commitment, charter->special,
                 charter->special_days, next_position, created, error))
    return FALSE;
  for (guint i = 0; i < qs_demo_n_complaint_commitments; i++)
    {
      const QsDemoCommitmentText *text = &qs_demo_complaint_commitments[i];

      if (!save_own (demo, department, text, text->text, text->target_value, next_position, created,
                     error))
        return FALSE;
    }

  index_commitments (department);
  return TRUE;
}

static gboolean
save_charter (QsDemo *demo, guint index, gint64 published, GError **error)
{
  const QsDemoCharterText *text = &qs_demo_charters[index];
  QsDemoDepartment        *department = &demo->departments[index];
  g_autoptr (QsCharter) charter = qs_demo_new_entity (demo, QS_TYPE_CHARTER);
  QsEntity        *e = QS_ENTITY (charter);
  g_autofree char *ref =
    g_strdup_printf (demo->language == QS_LANGUAGE_FR ? "CHARTE-%s" : "CHARTER-%s",
                     qs_demo_text (demo, qs_demo_departments[index].ref));
  /* Overdue for Legal Services; otherwise 3 to 12 months after "now". */
  gint64           review = index == QS_DEMO_LEGAL ? demo->now - 61 * DAY_USEC
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

/* The commitment a request of @kind on @channel is counted against, by
 * its @metric, or NULL when none covers it. */
const QsDemoCommitment *
qs_demo_covering (const QsDemoDepartment *department,
                  QsMetric                metric,
                  QsRequestKind           kind,
                  QsChannel               channel)
{
  return department->covering[metric][kind][channel];
}

gboolean
qs_demo_fill_charters (QsDemo *demo, GError **error)
{
  gint64 published = demo->start - 14 * DAY_USEC;

  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    if (qs_demo_departments[d].is_provider && !save_charter (demo, d, published, error))
      return FALSE;
  return TRUE;
}
