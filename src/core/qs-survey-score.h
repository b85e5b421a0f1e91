/* qs-survey-score.h — the arithmetic of survey results, and what anonymity lets them show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 1–5 (Likert) question gives an average and a distribution; a 0–10
 * recommendation question gives the net promoter score, the share of 9
 * and 10 less the share of 0 to 6, in points from -100 to 100, "few
 * answers" under 30. A group with fewer answers than the anonymity
 * threshold shows its count and nothing else, and no two figures shown
 * side by side may be subtracted to find it (qs_survey_score_may_show(),
 * qs_survey_score_hide_groups()).
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

#define QS_SURVEY_SCORE_DEFAULT_THRESHOLD 5
#define QS_SURVEY_SCORE_FEW_ANSWERS       30

typedef struct
{
  guint  counts[5];  /* answers of 1 to 5 */
  guint  n;
} QsLikertScore;

typedef struct
{
  guint  counts[11]; /* answers of 0 to 10 */
  guint  n;
} QsRecommendationScore;

/* FALSE, and nothing counted, for an answer out of range. */
gboolean qs_likert_score_add            (QsLikertScore               *score,
                                         int                          answer);
/* NAN without answers. */
double   qs_likert_score_average        (const QsLikertScore         *score);

gboolean qs_recommendation_score_add    (QsRecommendationScore       *score,
                                         int                          answer);
/* Whole points, -100 to 100, rounded half away from zero; 0 without answers. */
int      qs_recommendation_score_nps    (const QsRecommendationScore *score);
gboolean qs_recommendation_score_is_few (const QsRecommendationScore *score);

/* Whether a group of @n answers, narrowed from one of @n_parent (the same
 * answers without the last filter), may show its scores: @n at least
 * @threshold, and the answers the filter left out either none or at
 * least @threshold, so that the parent's figures less the group's do not
 * give away a small group. */
gboolean qs_survey_score_may_show       (guint                        n,
                                         guint                        n_parent,
                                         guint                        threshold);

/* Sibling groups shown with their total: sets @shown[i] for each of the
 * @n_groups counts. A group under @threshold is hidden; when the hidden
 * ones add up to fewer than @threshold answers (the total less the
 * others would give them away), the smallest shown groups are hidden
 * too until they do not. Groups without answers hide nothing. Returns
 * whether the total itself may be shown. */
gboolean qs_survey_score_hide_groups    (const guint                 *counts,
                                         guint                        n_groups,
                                         guint                        threshold,
                                         gboolean                    *shown);

G_END_DECLS
/* clang-format on */
