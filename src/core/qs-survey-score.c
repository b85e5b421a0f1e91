/* qs-survey-score.c — the arithmetic of survey results, and what anonymity lets them show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "qs-survey-score.h"

gboolean
qs_likert_score_add (QsLikertScore *score, int answer)
{
  g_return_val_if_fail (score != NULL, FALSE);

  if (answer < 1 || answer > 5)
    return FALSE;
  score->counts[answer - 1]++;
  score->n++;
  return TRUE;
}

double
qs_likert_score_average (const QsLikertScore *score)
{
  guint64 sum = 0;

  g_return_val_if_fail (score != NULL, NAN);

  if (score->n == 0)
    return NAN;
  for (guint i = 0; i < G_N_ELEMENTS (score->counts); i++)
    sum += (guint64) score->counts[i] * (i + 1);
  return (double) sum / score->n;
}

gboolean
qs_recommendation_score_add (QsRecommendationScore *score, int answer)
{
  g_return_val_if_fail (score != NULL, FALSE);

  if (answer < 0 || answer > 10)
    return FALSE;
  score->counts[answer]++;
  score->n++;
  return TRUE;
}

int
qs_recommendation_score_nps (const QsRecommendationScore *score)
{
  gint64 promoters, detractors = 0;

  g_return_val_if_fail (score != NULL, 0);

  if (score->n == 0)
    return 0;
  promoters = (gint64) score->counts[9] + score->counts[10];
  for (guint i = 0; i <= 6; i++)
    detractors += score->counts[i];
  return (int) round ((double) (promoters - detractors) * 100.0 / score->n);
}

gboolean
qs_recommendation_score_is_few (const QsRecommendationScore *score)
{
  g_return_val_if_fail (score != NULL, TRUE);

  return score->n < QS_SURVEY_SCORE_FEW_ANSWERS;
}

gboolean
qs_survey_score_may_show (guint n, guint n_parent, guint threshold)
{
  guint left_out;

  g_return_val_if_fail (n <= n_parent, FALSE);

  left_out = n_parent - n;
  return n >= threshold && (left_out == 0 || left_out >= threshold);
}

gboolean
qs_survey_score_hide_groups (const guint *counts, guint n_groups, guint threshold, gboolean *shown)
{
  guint64 total = 0;
  guint64 hidden = 0;

  g_return_val_if_fail (n_groups == 0 || (counts != NULL && shown != NULL), FALSE);

  for (guint i = 0; i < n_groups; i++)
    {
      total += counts[i];
      shown[i] = counts[i] >= threshold;
      if (counts[i] > 0 && !shown[i])
        hidden += counts[i];
    }
  /* The total less every group shown would be the hidden ones'. */
  while (hidden > 0 && hidden < threshold)
    {
      guint smallest = n_groups;

      for (guint i = 0; i < n_groups; i++)
        if (shown[i] && (smallest == n_groups || counts[i] < counts[smallest]))
          smallest = i;
      if (smallest == n_groups)
        break;
      shown[smallest] = FALSE;
      hidden += counts[smallest];
    }
  return total >= threshold;
}
