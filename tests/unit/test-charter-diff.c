/* test-charter-diff.c — what changed between two charter versions, and quarters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "qs-charter-diff.h"
#include "qs-commitment.h"
#include "qs-enum-types.h"
#include "qs-quarter.h"

static QsCommitment *
make (const char *lineage, QsCategory category, const char *text_en, double delay, double threshold)
{
  QsCommitment *commitment = qs_commitment_new ();

  g_object_set (commitment, "lineage-id", lineage, "category", category, "text-en", text_en,
                "text-fr", text_en != NULL ? "Texte français" : NULL, "metric",
                isnan (delay) ? QS_METRIC_NONE : QS_METRIC_ACKNOWLEDGEMENT, "target-unit",
                QS_DURATION_UNIT_BUSINESS_HOURS, "channel", QS_CHANNEL_EMAIL, NULL);
  /* Not as properties: those refuse NaN, which means "not set". */
  qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_VALUE, delay);
  qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, threshold);
  return commitment;
}

/* A copy for the next version: a new row with the same lineage. */
static QsCommitment *
copy_of (QsCommitment *commitment)
{
  QsCommitment *copy = qs_commitment_new ();
  QsEntity     *from = QS_ENTITY (commitment);

  for (guint i = 0; i < QS_COMMITMENT_N_FIELDS; i++)
    qs_entity_set_value (QS_ENTITY (copy), i, qs_entity_get_value (from, i));
  return copy;
}

static QsCharterChange *
find_change (GPtrArray *changes, QsChangeKind kind, const char *description_part)
{
  for (guint i = 0; i < changes->len; i++)
    {
      QsCharterChange *change = g_ptr_array_index (changes, i);

      if (qs_charter_change_get_kind (change) == kind &&
          strstr (qs_charter_change_get_description (change), description_part) != NULL)
        return change;
    }
  return NULL;
}

static void
dump (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    g_test_message ("change %u: %s", i,
                    qs_charter_change_get_description (g_ptr_array_index (changes, i)));
}

static void
test_diff_same_is_empty (void)
{
  g_autoptr (GPtrArray) v1 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) v2 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) changes = NULL;

  g_ptr_array_add (v1, make ("L1", QS_CATEGORY_AVAILABILITY,
                             "Acknowledge e-mails within 24 business hours.", 24, 95));
  g_ptr_array_add (v1,
                   make ("L2", QS_CATEGORY_COURTESY, "Always address clients formally.", NAN, NAN));
  for (guint i = 0; i < v1->len; i++)
    g_ptr_array_add (v2, copy_of (g_ptr_array_index (v1, i)));

  changes = qs_charter_diff (v1, v2, QS_LANGUAGE_EN);
  dump (changes);
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_diff_changes (void)
{
  g_autoptr (GPtrArray) v1 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) v2 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) changes = NULL;
  QsCommitment    *c;
  QsCharterChange *change;
  g_autofree char *old_text = NULL;
  QsChangeKind     kind;
  QsCategory       category;

  g_ptr_array_add (v1, make ("email", QS_CATEGORY_AVAILABILITY,
                             "Acknowledge e-mails within 24 business hours.", 24, 90));
  g_ptr_array_add (v1, make ("letters", QS_CATEGORY_AVAILABILITY,
                             "Acknowledge letters within 2 business days.", 2, 95));
  g_ptr_array_add (v1, make ("price", QS_CATEGORY_RELIABILITY,
                             "Give the price in writing before the work.", NAN, NAN));
  g_ptr_array_add (
    v1, make ("dress", QS_CATEGORY_CREDIBILITY, "Dress to suit every meeting.", NAN, NAN));

  /* Target 90 % → 95 %, and the delay 24 → 12 business hours. */
  c = copy_of (g_ptr_array_index (v1, 0));
  g_object_set (c, "threshold-percent", 95.0, "target-value", 12.0, NULL);
  g_ptr_array_add (v2, c);
  /* Letters: reworded. */
  c = copy_of (g_ptr_array_index (v1, 1));
  g_object_set (c, "text-en", "Acknowledge every letter within 2 business days.", NULL);
  g_ptr_array_add (v2, c);
  /* Price: moved to courtesy. */
  c = copy_of (g_ptr_array_index (v1, 2));
  g_object_set (c, "category", QS_CATEGORY_COURTESY, NULL);
  g_ptr_array_add (v2, c);
  /* Dress: removed. New: social media. */
  g_ptr_array_add (v2, make ("social", QS_CATEGORY_AVAILABILITY,
                             "Answer social media within 2 business days.", 2, 90));
  /* A tombstoned copy counts as absent. */
  c = copy_of (g_ptr_array_index (v1, 3));
  qs_entity_set_deleted_at (QS_ENTITY (c), 1);
  g_ptr_array_add (v2, c);

  changes = qs_charter_diff (v1, v2, QS_LANGUAGE_EN);
  dump (changes);
  g_assert_cmpuint (changes->len, ==, 6);

  change = find_change (changes, QS_CHANGE_KIND_CHANGED, "Target changed from 90% to 95%");
  g_assert_nonnull (change);
  g_assert_cmpstr (qs_charter_change_get_new_text (change), ==,
                   "Acknowledge e-mails within 24 business hours.");
  g_assert_nonnull (find_change (changes, QS_CHANGE_KIND_CHANGED,
                                 "Delay changed from 24 business hours to 12 business hours"));

  change = find_change (changes, QS_CHANGE_KIND_CHANGED, "Text reworded");
  g_assert_nonnull (change);
  g_assert_cmpstr (qs_charter_change_get_old_text (change), ==,
                   "Acknowledge letters within 2 business days.");
  g_assert_cmpstr (qs_charter_change_get_new_text (change), ==,
                   "Acknowledge every letter within 2 business days.");

  change = find_change (changes, QS_CHANGE_KIND_MOVED, "Moved from Reliability to Courtesy");
  g_assert_nonnull (change);
  g_assert_cmpint (qs_charter_change_get_category (change), ==, QS_CATEGORY_COURTESY);

  change = find_change (changes, QS_CHANGE_KIND_ADDED, "Added to Availability");
  g_assert_nonnull (change);
  g_assert_null (qs_charter_change_get_old_text (change));
  g_assert_cmpstr (qs_charter_change_get_new_text (change), ==,
                   "Answer social media within 2 business days.");

  change = find_change (changes, QS_CHANGE_KIND_REMOVED, "Removed from Credibility");
  g_assert_nonnull (change);
  g_assert_cmpstr (qs_charter_change_get_old_text (change), ==, "Dress to suit every meeting.");
  g_assert_null (qs_charter_change_get_new_text (change));

  /* The properties say the same as the getters. */
  g_object_get (change, "kind", &kind, "category", &category, "old-text", &old_text, NULL);
  g_assert_cmpint (kind, ==, QS_CHANGE_KIND_REMOVED);
  g_assert_cmpint (category, ==, QS_CATEGORY_CREDIBILITY);
  g_assert_cmpstr (old_text, ==, "Dress to suit every meeting.");
}

/* Quoted texts follow the requested language. */
static void
test_diff_language (void)
{
  g_autoptr (GPtrArray) v1 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) v2 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) changes = NULL;

  g_ptr_array_add (v2, make ("new", QS_CATEGORY_SECURITY, "Encrypt every transaction.", NAN, NAN));
  changes = qs_charter_diff (v1, v2, QS_LANGUAGE_FR);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (qs_charter_change_get_new_text (g_ptr_array_index (changes, 0)), ==,
                   "Texte français");
}

static void
assert_quarter (const char *now_iso,
                const char *zone_name,
                const char *start_iso,
                const char *end_iso)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (zone_name);
  g_autoptr (GDateTime) now = g_date_time_new_from_iso8601 (now_iso, NULL);
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  g_autoptr (GDateTime) expected_start = g_date_time_new_from_iso8601 (start_iso, NULL);
  g_autoptr (GDateTime) expected_end = g_date_time_new_from_iso8601 (end_iso, NULL);

  g_assert_nonnull (zone);
  g_assert_nonnull (now);
  qs_last_complete_quarter (now, zone, &start, &end);
  g_test_message ("%s in %s", now_iso, zone_name);
  g_assert_true (g_date_time_equal (start, expected_start));
  g_assert_true (g_date_time_equal (end, expected_end));
}

static void
test_quarter_boundaries (void)
{
  /* Mid-Q4: Q3, midnight in the zone (summer time on 1 July, winter on 1 October… */
  assert_quarter ("2026-11-22T10:00:00Z", "Europe/Paris", "2026-07-01T00:00:00+02:00",
                  "2026-10-01T00:00:00+02:00");
  /* …and summer time until late October, so still +02:00 on 1 October). */
  assert_quarter ("2026-01-05T09:00:00Z", "Europe/Paris", "2025-10-01T00:00:00+02:00",
                  "2026-01-01T00:00:00+01:00");
  /* The first instant of a quarter: the one just ended is complete. */
  assert_quarter ("2026-04-01T00:00:00+02:00", "Europe/Paris", "2026-01-01T00:00:00+01:00",
                  "2026-04-01T00:00:00+02:00");
  /* One microsecond before: that quarter is not complete yet. */
  assert_quarter ("2026-03-31T23:59:59.999999+02:00", "Europe/Paris", "2025-10-01T00:00:00+02:00",
                  "2026-01-01T00:00:00+01:00");
  /* The zone decides the day: 31 March 23:30 UTC is already April in Paris… */
  assert_quarter ("2026-03-31T23:30:00Z", "Europe/Paris", "2026-01-01T00:00:00+01:00",
                  "2026-04-01T00:00:00+02:00");
  /* …but not in Montreal. */
  assert_quarter ("2026-03-31T23:30:00Z", "America/Toronto", "2025-10-01T00:00:00-04:00",
                  "2026-01-01T00:00:00-05:00");
  assert_quarter ("2026-07-15T12:00:00Z", "UTC", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charter-diff/same-is-empty", test_diff_same_is_empty);
  g_test_add_func ("/charter-diff/changes", test_diff_changes);
  g_test_add_func ("/charter-diff/language", test_diff_language);
  g_test_add_func ("/quarter/boundaries", test_quarter_boundaries);

  return g_test_run ();
}
