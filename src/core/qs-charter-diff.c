/* qs-charter-diff.c — what changed in commitments between two charter versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Commitments are matched across versions by their lineage (the id of
 * their first version), not by their text: a reworded commitment is the
 * same commitment changed, not one removed and another added.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-calendar-words.h"
#include "qs-charter-diff.h"
#include "qs-commitment.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"

static const char *
lineage_of (QsCommitment *commitment)
{
  const char *lineage =
    qs_entity_get_string (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_LINEAGE_ID);

  /* A commitment never copied is its own lineage. */
  return lineage != NULL && *lineage != '\0' ? lineage : qs_entity_get_id (QS_ENTITY (commitment));
}

static const char *
text_of (QsCommitment *commitment, QsLanguage language)
{
  QsEntity   *entity = QS_ENTITY (commitment);
  const char *text = qs_entity_get_string (
    entity, language == QS_LANGUAGE_FR ? QS_COMMITMENT_FIELD_TEXT_FR : QS_COMMITMENT_FIELD_TEXT_EN);

  if (text == NULL || *text == '\0')
    text = qs_entity_get_string (entity, language == QS_LANGUAGE_FR ? QS_COMMITMENT_FIELD_TEXT_EN
                                                                    : QS_COMMITMENT_FIELD_TEXT_FR);
  return text != NULL ? text : "";
}

static QsCategory
category_of (QsCommitment *commitment)
{
  return qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_CATEGORY);
}

static char *
format_delay (double value, QsDurationUnit unit)
{
  if (isnan (value))
    return g_strdup (_ ("no delay"));

  return qs_calendar_words_format_delay (value, unit, qs_interface_language ());
}

static char *
format_percent (double value)
{
  if (isnan (value))
    return g_strdup (_ ("no target"));
  return qs_calendar_words_format_percent (value, 3, FALSE, qs_interface_language ());
}

static void
add_change (GPtrArray    *changes,
            QsChangeKind  kind,
            QsCommitment *old_commitment,
            QsCommitment *new_commitment,
            QsLanguage    language,
            char         *description)
{
  QsCommitment *any = new_commitment != NULL ? new_commitment : old_commitment;

  g_ptr_array_add (changes, qs_charter_change_new (
                              kind, category_of (any), description,
                              old_commitment != NULL ? text_of (old_commitment, language) : NULL,
                              new_commitment != NULL ? text_of (new_commitment, language) : NULL));
  g_free (description);
}

static gboolean
same_double (double a, double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* One change for each aspect of the commitment that differs, so that the
 * history reads as a list of plain facts. */
static void
compare (GPtrArray *changes, QsCommitment *old_c, QsCommitment *new_c, QsLanguage language)
{
  QsEntity      *o = QS_ENTITY (old_c);
  QsEntity      *n = QS_ENTITY (new_c);
  QsMetric       old_metric = qs_entity_get_enum (o, QS_COMMITMENT_FIELD_METRIC);
  QsMetric       new_metric = qs_entity_get_enum (n, QS_COMMITMENT_FIELD_METRIC);
  double         old_delay = qs_entity_get_double (o, QS_COMMITMENT_FIELD_TARGET_VALUE);
  double         new_delay = qs_entity_get_double (n, QS_COMMITMENT_FIELD_TARGET_VALUE);
  QsDurationUnit old_unit = qs_entity_get_enum (o, QS_COMMITMENT_FIELD_TARGET_UNIT);
  QsDurationUnit new_unit = qs_entity_get_enum (n, QS_COMMITMENT_FIELD_TARGET_UNIT);
  double         old_threshold = qs_entity_get_double (o, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
  double         new_threshold = qs_entity_get_double (n, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
  QsChannel      old_channel = qs_entity_get_enum (o, QS_COMMITMENT_FIELD_CHANNEL);
  QsChannel      new_channel = qs_entity_get_enum (n, QS_COMMITMENT_FIELD_CHANNEL);

  if (category_of (old_c) != category_of (new_c))
    add_change (
      changes, QS_CHANGE_KIND_MOVED, old_c, new_c, language,
      /* Translators: both %s are categories, e.g. “Moved from Availability to Reliability” */
      g_strdup_printf (_ ("Moved from %s to %s"),
                       qs_enum_label (QS_TYPE_CATEGORY, category_of (old_c)),
                       qs_enum_label (QS_TYPE_CATEGORY, category_of (new_c))));

  if (g_strcmp0 (qs_entity_get_string (o, QS_COMMITMENT_FIELD_TEXT_EN),
                 qs_entity_get_string (n, QS_COMMITMENT_FIELD_TEXT_EN)) != 0 ||
      g_strcmp0 (qs_entity_get_string (o, QS_COMMITMENT_FIELD_TEXT_FR),
                 qs_entity_get_string (n, QS_COMMITMENT_FIELD_TEXT_FR)) != 0)
    add_change (changes, QS_CHANGE_KIND_CHANGED, old_c, new_c, language,
                g_strdup (_ ("Text reworded")));

  if (old_metric != new_metric)
    add_change (changes, QS_CHANGE_KIND_CHANGED, old_c, new_c, language,
                /* Translators: both %s are ways of measuring, e.g. “Acknowledgement deadline” */
                g_strdup_printf (_ ("Measurement changed from “%s” to “%s”"),
                                 qs_enum_label (QS_TYPE_METRIC, old_metric),
                                 qs_enum_label (QS_TYPE_METRIC, new_metric)));

  if (!same_double (old_delay, new_delay) || (!isnan (new_delay) && old_unit != new_unit))
    {
      g_autofree char *before = format_delay (old_delay, old_unit);
      g_autofree char *after = format_delay (new_delay, new_unit);

      add_change (changes, QS_CHANGE_KIND_CHANGED, old_c, new_c, language,
                  /* Translators: both %s are delays, e.g. “24 business hours” */
                  g_strdup_printf (_ ("Delay changed from %s to %s"), before, after));
    }

  if (!same_double (old_threshold, new_threshold))
    {
      g_autofree char *before = format_percent (old_threshold);
      g_autofree char *after = format_percent (new_threshold);

      add_change (changes, QS_CHANGE_KIND_CHANGED, old_c, new_c, language,
                  /* Translators: both %s are targets, e.g. “Target changed from 90 % to 95 %” */
                  g_strdup_printf (_ ("Target changed from %s to %s"), before, after));
    }

  if (old_channel != new_channel)
    add_change (changes, QS_CHANGE_KIND_CHANGED, old_c, new_c, language,
                /* Translators: both %s are channels, e.g. “E-mail” */
                g_strdup_printf (_ ("Channel changed from %s to %s"),
                                 qs_enum_label (QS_TYPE_CHANNEL, old_channel),
                                 qs_enum_label (QS_TYPE_CHANNEL, new_channel)));
}

static gboolean
is_live (QsCommitment *commitment)
{
  return !qs_entity_is_deleted (QS_ENTITY (commitment));
}

/**
 * qs_charter_diff:
 * @old_commitments: (element-type QsCommitment): the commitments of the
 *   earlier version
 * @new_commitments: (element-type QsCommitment): those of the later one
 * @language: the language of the texts quoted in the changes
 *
 * Compares two versions' commitments (tombstoned ones count as absent).
 * The changes come in the order of @new_commitments, then the removed
 * commitments in the order of @old_commitments.
 *
 * Returns: (transfer full) (element-type QsCharterChange): the changes,
 *   empty when the versions have the same commitments
 */
GPtrArray *
qs_charter_diff (GPtrArray *old_commitments, GPtrArray *new_commitments, QsLanguage language)
{
  g_autoptr (GHashTable) old_by_lineage = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) matched = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (old_commitments != NULL && new_commitments != NULL, changes);

  for (guint i = 0; i < old_commitments->len; i++)
    {
      QsCommitment *commitment = g_ptr_array_index (old_commitments, i);

      if (is_live (commitment))
        g_hash_table_insert (old_by_lineage, (gpointer) lineage_of (commitment), commitment);
    }

  for (guint i = 0; i < new_commitments->len; i++)
    {
      QsCommitment *commitment = g_ptr_array_index (new_commitments, i);
      QsCommitment *previous;

      if (!is_live (commitment))
        continue;
      previous = g_hash_table_lookup (old_by_lineage, lineage_of (commitment));
      if (previous == NULL)
        {
          add_change (changes, QS_CHANGE_KIND_ADDED, NULL, commitment, language,
                      /* Translators: %s is a category, e.g. “Availability” */
                      g_strdup_printf (_ ("Added to %s"),
                                       qs_enum_label (QS_TYPE_CATEGORY, category_of (commitment))));
          continue;
        }
      g_hash_table_add (matched, (gpointer) lineage_of (commitment));
      compare (changes, previous, commitment, language);
    }

  for (guint i = 0; i < old_commitments->len; i++)
    {
      QsCommitment *commitment = g_ptr_array_index (old_commitments, i);

      if (!is_live (commitment) || g_hash_table_contains (matched, lineage_of (commitment)))
        continue;
      add_change (changes, QS_CHANGE_KIND_REMOVED, commitment, NULL, language,
                  /* Translators: %s is a category, e.g. “Availability” */
                  g_strdup_printf (_ ("Removed from %s"),
                                   qs_enum_label (QS_TYPE_CATEGORY, category_of (commitment))));
    }

  return changes;
}
