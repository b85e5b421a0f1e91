/* test-survey-score.c — averages, net promoter score and anonymity, worked out by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "qs-survey-score.h"

static void
test_likert (void)
{
  QsLikertScore score = { 0 };
  const int     answers[] = { 5, 4, 4, 3, 1 };

  g_assert_true (isnan (qs_likert_score_average (&score)));
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    g_assert_true (qs_likert_score_add (&score, answers[i]));
  /* Out of range: refused, nothing counted. */
  g_assert_false (qs_likert_score_add (&score, 0));
  g_assert_false (qs_likert_score_add (&score, 6));

  g_assert_cmpuint (score.n, ==, 5);
  g_assert_cmpuint (score.counts[0], ==, 1);
  g_assert_cmpuint (score.counts[1], ==, 0);
  g_assert_cmpuint (score.counts[2], ==, 1);
  g_assert_cmpuint (score.counts[3], ==, 2);
  g_assert_cmpuint (score.counts[4], ==, 1);
  /* (5 + 4 + 4 + 3 + 1) / 5 */
  g_assert_cmpfloat_with_epsilon (qs_likert_score_average (&score), 3.4, 1e-12);
}

static QsRecommendationScore
recommendations (const int *answers, guint n)
{
  QsRecommendationScore score = { 0 };

  for (guint i = 0; i < n; i++)
    g_assert_true (qs_recommendation_score_add (&score, answers[i]));
  return score;
}

static void
test_nps (void)
{
  /* Three promoters, two passives, five detractors of ten: -20. */
  const int             ten[] = { 10, 10, 9, 8, 7, 6, 5, 3, 0, 6 };
  const int             third[] = { 9, 9, 0 };
  const int             eighth_up[] = { 9, 8, 8, 8, 8, 8, 8, 8 };
  const int             eighth_down[] = { 6, 8, 8, 8, 8, 8, 8, 8 };
  QsRecommendationScore score = recommendations (ten, G_N_ELEMENTS (ten));
  QsRecommendationScore empty = { 0 };

  g_assert_cmpint (qs_recommendation_score_nps (&score), ==, -20);
  g_assert_true (qs_recommendation_score_is_few (&score));
  g_assert_false (qs_recommendation_score_add (&score, 11));
  g_assert_false (qs_recommendation_score_add (&score, -1));
  g_assert_cmpuint (score.n, ==, 10);

  /* 2 - 1 of 3: 33.3 → 33; 1 of 8: 12.5 → 13, and -12.5 → -13. */
  score = recommendations (third, G_N_ELEMENTS (third));
  g_assert_cmpint (qs_recommendation_score_nps (&score), ==, 33);
  score = recommendations (eighth_up, G_N_ELEMENTS (eighth_up));
  g_assert_cmpint (qs_recommendation_score_nps (&score), ==, 13);
  score = recommendations (eighth_down, G_N_ELEMENTS (eighth_down));
  g_assert_cmpint (qs_recommendation_score_nps (&score), ==, -13);

  g_assert_cmpint (qs_recommendation_score_nps (&empty), ==, 0);
  g_assert_true (qs_recommendation_score_is_few (&empty));

  /* 30 answers are enough: all promoters, 100. */
  score = (QsRecommendationScore){ 0 };
  for (guint i = 0; i < 30; i++)
    qs_recommendation_score_add (&score, 10);
  g_assert_false (qs_recommendation_score_is_few (&score));
  g_assert_cmpint (qs_recommendation_score_nps (&score), ==, 100);
}

/* Narrowing a filter: the group and what the filter left out must both
 * be large enough, else the parent less the group gives the small one. */
static void
test_may_show (void)
{
  g_assert_false (qs_survey_score_may_show (4, 4, 5));
  g_assert_true (qs_survey_score_may_show (5, 5, 5));
  g_assert_true (qs_survey_score_may_show (30, 30, 5));
  /* 34 answers, a filter keeps 30: the 4 left out would show. */
  g_assert_false (qs_survey_score_may_show (30, 34, 5));
  g_assert_true (qs_survey_score_may_show (29, 34, 5));
  g_assert_false (qs_survey_score_may_show (0, 10, 5));
  /* A threshold of 1 hides nothing answered. */
  g_assert_true (qs_survey_score_may_show (1, 2, 1));
}

static void
assert_hidden (const guint *counts, guint n, const char *expected, gboolean total_expected)
{
  g_autofree gboolean *shown = g_new0 (gboolean, n);
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean total = qs_survey_score_hide_groups (counts, n, 5, shown);

  for (guint i = 0; i < n; i++)
    g_string_append_c (text, shown[i] ? 'S' : '-');
  g_assert_cmpstr (text->str, ==, expected);
  g_assert_true (total == total_expected);
}

static void
test_hide_groups (void)
{
  /* One small group: the next smallest goes with it, else the total less
   * the other two would give it away. */
  assert_hidden ((const guint[]){ 4, 30, 50 }, 3, "--S", TRUE);
  /* No answers: nothing to give away. */
  assert_hidden ((const guint[]){ 0, 30, 50 }, 3, "-SS", TRUE);
  assert_hidden ((const guint[]){ 6, 7, 8 }, 3, "SSS", TRUE);
  /* Two small groups of 5 between them: enough. */
  assert_hidden ((const guint[]){ 4, 1, 20 }, 3, "--S", TRUE);
  /* 2 hidden: the smallest shown (the first of two tens) too. */
  assert_hidden ((const guint[]){ 2, 10, 10 }, 3, "--S", TRUE);
  assert_hidden ((const guint[]){ 3, 3 }, 2, "--", TRUE);
  /* One group under the threshold is its own total: neither shows. */
  assert_hidden ((const guint[]){ 3 }, 1, "-", FALSE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/survey-score/likert", test_likert);
  g_test_add_func ("/survey-score/nps", test_nps);
  g_test_add_func ("/survey-score/may-show", test_may_show);
  g_test_add_func ("/survey-score/hide-groups", test_hide_groups);
  return g_test_run ();
}
