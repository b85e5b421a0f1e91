/* qs-commitment-match.c — which commitment of a charter applies to a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-commitment-match.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"

gboolean
qs_commitment_applies_to_kind (QsCommitment *commitment, QsRequestKind kind)
{
  const char *kinds;
  const char *nick = qs_enum_nick (QS_TYPE_REQUEST_KIND, kind);
  g_auto (GStrv) nicks = NULL;

  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);

  kinds = qs_entity_get_string (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_REQUEST_KINDS);
  if (kinds == NULL || *kinds == '\0')
    return TRUE;
  nicks = g_strsplit (kinds, ",", -1);
  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (g_strstrip (nicks[i]), nick) == 0)
      return TRUE;
  return FALSE;
}

static QsEntity *
find_charter (GPtrArray *charters, const char *id)
{
  if (charters == NULL || id == NULL)
    return NULL;
  for (guint i = 0; i < charters->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (charters, i)), id) == 0)
      return g_ptr_array_index (charters, i);
  return NULL;
}

static gboolean
is_published (QsEntity *charter, const char *department_id)
{
  return charter != NULL && !qs_entity_is_deleted (charter) &&
         qs_entity_get_enum (charter, QS_CHARTER_FIELD_STATUS) == QS_CHARTER_STATUS_PUBLISHED &&
         g_strcmp0 (qs_entity_get_string (charter, QS_CHARTER_FIELD_DEPARTMENT_ID),
                    department_id) == 0;
}

/* Whether @commitment may be chosen at all; its charter in @charter. */
static gboolean
applies (QsEntity     *commitment,
         GPtrArray    *charters,
         const char   *department_id,
         QsMetric      metric,
         QsChannel     channel,
         QsRequestKind kind,
         QsEntity    **charter)
{
  QsChannel its_channel = qs_entity_get_enum (commitment, QS_COMMITMENT_FIELD_CHANNEL);

  if (qs_entity_is_deleted (commitment) ||
      qs_entity_get_enum (commitment, QS_COMMITMENT_FIELD_METRIC) != (int) metric ||
      (its_channel != channel && its_channel != QS_CHANNEL_ANY) ||
      !qs_entity_field_is_set (commitment, QS_COMMITMENT_FIELD_TARGET_VALUE))
    return FALSE;
  *charter =
    find_charter (charters, qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_CHARTER_ID));
  return is_published (*charter, department_id) &&
         qs_commitment_applies_to_kind (QS_COMMITMENT (commitment), kind);
}

static int
compare_int (gint64 a, gint64 b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

/* Negative when @a comes before @b: the exact channel first, the latest
 * publication first, then the charter's order (category, position, the
 * first created). */
static int
compare (QsEntity *a, QsEntity *a_charter, QsEntity *b, QsEntity *b_charter)
{
  int order;

  order = compare_int (qs_entity_get_enum (a, QS_COMMITMENT_FIELD_CHANNEL) == QS_CHANNEL_ANY,
                       qs_entity_get_enum (b, QS_COMMITMENT_FIELD_CHANNEL) == QS_CHANNEL_ANY);
  if (order == 0)
    order = -compare_int (qs_entity_get_int (a_charter, QS_CHARTER_FIELD_PUBLISHED_AT),
                          qs_entity_get_int (b_charter, QS_CHARTER_FIELD_PUBLISHED_AT));
  if (order == 0)
    order = compare_int (qs_entity_get_enum (a, QS_COMMITMENT_FIELD_CATEGORY),
                         qs_entity_get_enum (b, QS_COMMITMENT_FIELD_CATEGORY));
  if (order == 0)
    order = compare_int (qs_entity_get_int (a, QS_COMMITMENT_FIELD_POSITION),
                         qs_entity_get_int (b, QS_COMMITMENT_FIELD_POSITION));
  if (order == 0)
    order = compare_int (qs_entity_get_created_at (a), qs_entity_get_created_at (b));
  return order;
}

/**
 * qs_commitment_match:
 * @charters: (element-type QsCharter): the charters the commitments
 *   belong to; those of other departments are ignored
 * @commitments: (element-type QsCommitment): the candidates, in any
 *   order; of equals, the first given wins
 *
 * Returns: (transfer none) (nullable): the commitment that applies
 */
QsCommitment *
qs_commitment_match (GPtrArray    *charters,
                     GPtrArray    *commitments,
                     const char   *department_id,
                     QsMetric      metric,
                     QsChannel     channel,
                     QsRequestKind kind)
{
  QsEntity *best = NULL;
  QsEntity *best_charter = NULL;

  g_return_val_if_fail (commitments != NULL, NULL);

  for (guint i = 0; i < commitments->len; i++)
    {
      QsEntity *commitment = g_ptr_array_index (commitments, i);
      QsEntity *charter = NULL;

      if (!applies (commitment, charters, department_id, metric, channel, kind, &charter))
        continue;
      if (best == NULL || compare (commitment, charter, best, best_charter) < 0)
        {
          best = commitment;
          best_charter = charter;
        }
    }
  return best != NULL ? QS_COMMITMENT (best) : NULL;
}

/**
 * qs_commitment_match_current_charter:
 * @charters: (element-type QsCharter):
 *
 * Returns: (transfer none) (nullable): the latest published charter of
 *   @department_id; of two published at one instant, the first given
 */
QsCharter *
qs_commitment_match_current_charter (GPtrArray *charters, const char *department_id)
{
  QsEntity *current = NULL;

  if (charters == NULL)
    return NULL;
  for (guint i = 0; i < charters->len; i++)
    {
      QsEntity *charter = g_ptr_array_index (charters, i);

      if (is_published (charter, department_id) &&
          (current == NULL || qs_entity_get_int (charter, QS_CHARTER_FIELD_PUBLISHED_AT) >
                                qs_entity_get_int (current, QS_CHARTER_FIELD_PUBLISHED_AT)))
        current = charter;
    }
  return current != NULL ? QS_CHARTER (current) : NULL;
}
