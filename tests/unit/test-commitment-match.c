/* test-commitment-match.c — which commitment of a charter applies to a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charters and commitments are made in memory, as a repository would load
 * them; the expected commitment of every case is chosen by hand from the
 * rule in qs-commitment-match.h: the exact channel before "any", then the
 * latest publication, then the charter's order (category, then position);
 * a commitment's list of kinds restricts it and gives it no precedence.
 */
#include <math.h>

#include "qs-commitment-match.h"
#include "qs-entities.h"

#define HR "department-hr"
#define FINANCE "department-finance"

/* Published instants, Unix seconds: 2025-01-06 and 2026-01-05, 14:00 UTC. */
#define PUBLISHED_2025 (G_GINT64_CONSTANT (1736172000) * G_USEC_PER_SEC)
#define PUBLISHED_2026 (G_GINT64_CONSTANT (1767621600) * G_USEC_PER_SEC)

typedef struct
{
  GPtrArray *charters;
  GPtrArray *commitments;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->charters = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->commitments = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_ptr_array_unref (fixture->charters);
  g_ptr_array_unref (fixture->commitments);
}

/* A charter of @department_id; @published_at 0 for one never published. */
static QsEntity *
add_charter (Fixture        *fixture,
             const char     *department_id,
             QsCharterStatus status,
             gint64          published_at,
             QsLanguage      language)
{
  QsEntity *charter = QS_ENTITY (qs_charter_new ());

  qs_entity_set_string (charter, QS_CHARTER_FIELD_REF, "CH");
  qs_entity_set_enum (charter, QS_CHARTER_FIELD_STATUS, status);
  qs_entity_set_string (charter, QS_CHARTER_FIELD_DEPARTMENT_ID, department_id);
  qs_entity_set_int (charter, QS_CHARTER_FIELD_PUBLISHED_AT, published_at);
  qs_entity_set_enum (charter, QS_CHARTER_FIELD_LANGUAGE, language);
  g_ptr_array_add (fixture->charters, charter);
  return charter;
}

/* A commitment of @charter with a delay of @days business days (NAN:
 * none), named @name in its English text for the messages. */
static QsEntity *
add_commitment (Fixture    *fixture,
                QsEntity   *charter,
                const char *name,
                QsMetric    metric,
                QsChannel   channel,
                const char *kinds,
                QsCategory  category,
                int         position,
                double      days)
{
  QsEntity *commitment = QS_ENTITY (qs_commitment_new ());

  qs_entity_set_string (commitment, QS_COMMITMENT_FIELD_CHARTER_ID, qs_entity_get_id (charter));
  qs_entity_set_string (commitment, QS_COMMITMENT_FIELD_TEXT_EN, name);
  qs_entity_set_enum (commitment, QS_COMMITMENT_FIELD_METRIC, metric);
  qs_entity_set_enum (commitment, QS_COMMITMENT_FIELD_CHANNEL, channel);
  qs_entity_set_string (commitment, QS_COMMITMENT_FIELD_REQUEST_KINDS, kinds);
  qs_entity_set_enum (commitment, QS_COMMITMENT_FIELD_CATEGORY, category);
  qs_entity_set_int (commitment, QS_COMMITMENT_FIELD_POSITION, position);
  qs_entity_set_double (commitment, QS_COMMITMENT_FIELD_TARGET_VALUE, days);
  qs_entity_set_enum (commitment, QS_COMMITMENT_FIELD_TARGET_UNIT, QS_DURATION_UNIT_BUSINESS_DAYS);
  g_ptr_array_add (fixture->commitments, commitment);
  return commitment;
}

/* The name of the commitment chosen, or "none". */
static const char *
match (Fixture      *fixture,
       const char   *department_id,
       QsMetric      metric,
       QsChannel     channel,
       QsRequestKind kind)
{
  QsCommitment *found = qs_commitment_match (fixture->charters, fixture->commitments, department_id,
                                             metric, channel, kind);

  return found != NULL ? qs_entity_get_string (QS_ENTITY (found), QS_COMMITMENT_FIELD_TEXT_EN)
                       : "none";
}

static const char *
resolution (Fixture *fixture, QsChannel channel, QsRequestKind kind)
{
  return match (fixture, HR, QS_METRIC_RESOLUTION, channel, kind);
}

static void
test_applies_to_kind (Fixture *fixture, gconstpointer data)
{
  QsEntity *charter =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_FR);
  QsEntity *every = add_commitment (fixture, charter, "every", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY,
                                    NULL, QS_CATEGORY_AVAILABILITY, 0, 5);
  QsEntity *blank = add_commitment (fixture, charter, "blank", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY,
                                    "", QS_CATEGORY_AVAILABILITY, 1, 5);
  QsEntity *two = add_commitment (fixture, charter, "two", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY,
                                  " complaint , suggestion", QS_CATEGORY_AVAILABILITY, 2, 5);

  for (QsRequestKind kind = QS_REQUEST_KIND_REQUEST; kind <= QS_REQUEST_KIND_COMPLIMENT; kind++)
    {
      g_assert_true (qs_commitment_applies_to_kind (QS_COMMITMENT (every), kind));
      g_assert_true (qs_commitment_applies_to_kind (QS_COMMITMENT (blank), kind));
    }
  /* The nicks are read with the spaces around them left out. */
  g_assert_false (qs_commitment_applies_to_kind (QS_COMMITMENT (two), QS_REQUEST_KIND_REQUEST));
  g_assert_true (qs_commitment_applies_to_kind (QS_COMMITMENT (two), QS_REQUEST_KIND_COMPLAINT));
  g_assert_true (qs_commitment_applies_to_kind (QS_COMMITMENT (two), QS_REQUEST_KIND_SUGGESTION));
  g_assert_false (qs_commitment_applies_to_kind (QS_COMMITMENT (two), QS_REQUEST_KIND_COMPLIMENT));
}

/* The exact channel wins over "any", whatever the kinds, the category or
 * the position; a list of kinds only restricts. */
static void
test_channel_before_kind (Fixture *fixture, gconstpointer data)
{
  QsEntity *charter =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_FR);

  add_commitment (fixture, charter, "any complaint", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY,
                  "complaint", QS_CATEGORY_ACCESSIBILITY, 0, 10);
  add_commitment (fixture, charter, "any", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY, NULL,
                  QS_CATEGORY_AVAILABILITY, 1, 5);
  add_commitment (fixture, charter, "e-mail complaint", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL,
                  "complaint", QS_CATEGORY_CREDIBILITY, 9, 2);

  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_COMPLAINT), ==,
                   "e-mail complaint");
  /* Not a complaint: the e-mail one is not for it, the first "any" one
   * that is: "any complaint" comes first but is for complaints only. */
  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==, "any");
  /* By phone: only the "any" ones; the one naming complaints comes first
   * in the charter (accessibility before availability). */
  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_PHONE, QS_REQUEST_KIND_COMPLAINT), ==,
                   "any complaint");
  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_PHONE, QS_REQUEST_KIND_SUGGESTION), ==, "any");
}

/* A kind named in the list gives no precedence: the charter's order does. */
static void
test_kind_gives_no_precedence (Fixture *fixture, gconstpointer data)
{
  QsEntity *charter =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_FR);

  add_commitment (fixture, charter, "suggestions", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY,
                  "suggestion", QS_CATEGORY_RELIABILITY, 0, 20);
  add_commitment (fixture, charter, "every kind", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY, NULL,
                  QS_CATEGORY_AVAILABILITY, 4, 5);

  /* Availability comes before reliability in the charter. */
  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_LETTER, QS_REQUEST_KIND_SUGGESTION), ==,
                   "every kind");
  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_LETTER, QS_REQUEST_KIND_COMPLIMENT), ==,
                   "every kind");
}

/* Among commitments of one channel: the category first, then the
 * position, whatever order they are given in. */
static void
test_category_then_position (Fixture *fixture, gconstpointer data)
{
  QsEntity *charter =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_FR);

  add_commitment (fixture, charter, "reliability 0", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_RELIABILITY, 0, 3);
  add_commitment (fixture, charter, "availability 3", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_AVAILABILITY, 3, 4);
  add_commitment (fixture, charter, "availability 1", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_AVAILABILITY, 1, 5);
  add_commitment (fixture, charter, "credibility 0", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_CREDIBILITY, 0, 6);

  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==,
                   "availability 1");
}

/* Two published charters of one department: the latest publication wins
 * among commitments of one channel, but an exact channel still wins. */
static void
test_latest_publication (Fixture *fixture, gconstpointer data)
{
  QsEntity *old =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2025, QS_LANGUAGE_FR);
  QsEntity *current =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_EN);

  add_commitment (fixture, old, "2025 any", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY, NULL,
                  QS_CATEGORY_ACCESSIBILITY, 0, 10);
  add_commitment (fixture, old, "2025 phone", QS_METRIC_RESOLUTION, QS_CHANNEL_PHONE, NULL,
                  QS_CATEGORY_CREDIBILITY, 8, 10);
  add_commitment (fixture, current, "2026 any", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY, NULL,
                  QS_CATEGORY_CREDIBILITY, 5, 5);

  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==, "2026 any");
  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_PHONE, QS_REQUEST_KIND_REQUEST), ==,
                   "2025 phone");
  g_assert_true (qs_commitment_match_current_charter (fixture->charters, HR) ==
                 QS_CHARTER (current));
}

/* What is withdrawn never applies: a deleted commitment, the
 * commitments of an archived, draft or deleted charter, one without a
 * delay; nor does another department's charter. */
static void
test_withdrawn (Fixture *fixture, gconstpointer data)
{
  QsEntity *published =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2025, QS_LANGUAGE_FR);
  QsEntity *archived =
    add_charter (fixture, HR, QS_CHARTER_STATUS_ARCHIVED, PUBLISHED_2026, QS_LANGUAGE_FR);
  QsEntity *draft = add_charter (fixture, HR, QS_CHARTER_STATUS_DRAFT, 0, QS_LANGUAGE_FR);
  QsEntity *deleted =
    add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_FR);
  QsEntity *finance =
    add_charter (fixture, FINANCE, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_FR);
  QsEntity *withdrawn;

  qs_entity_set_deleted_at (deleted, PUBLISHED_2026 + G_USEC_PER_SEC);
  add_commitment (fixture, published, "published any", QS_METRIC_RESOLUTION, QS_CHANNEL_ANY, NULL,
                  QS_CATEGORY_CREDIBILITY, 9, 5);
  withdrawn = add_commitment (fixture, published, "withdrawn", QS_METRIC_RESOLUTION,
                              QS_CHANNEL_EMAIL, NULL, QS_CATEGORY_ACCESSIBILITY, 0, 1);
  qs_entity_set_deleted_at (withdrawn, PUBLISHED_2025 + G_USEC_PER_SEC);
  add_commitment (fixture, published, "no delay", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_ACCESSIBILITY, 1, NAN);
  add_commitment (fixture, archived, "archived", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_ACCESSIBILITY, 0, 2);
  add_commitment (fixture, draft, "draft", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_ACCESSIBILITY, 0, 2);
  add_commitment (fixture, deleted, "deleted charter", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_ACCESSIBILITY, 0, 2);
  add_commitment (fixture, finance, "finance", QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, NULL,
                  QS_CATEGORY_ACCESSIBILITY, 0, 2);

  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==,
                   "published any");
  g_assert_cmpstr (
    match (fixture, FINANCE, QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==,
    "finance");
  /* The current charter is the published one left. */
  g_assert_true (qs_commitment_match_current_charter (fixture->charters, HR) ==
                 QS_CHARTER (published));
}

/* Nothing applies: the other measure, a channel or a kind not covered, no
 * charter at all. */
static void
test_no_match (Fixture *fixture, gconstpointer data)
{
  QsEntity *charter;

  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==, "none");
  g_assert_null (qs_commitment_match_current_charter (fixture->charters, HR));

  charter = add_charter (fixture, HR, QS_CHARTER_STATUS_PUBLISHED, PUBLISHED_2026, QS_LANGUAGE_FR);
  add_commitment (fixture, charter, "e-mail acknowledgement", QS_METRIC_ACKNOWLEDGEMENT,
                  QS_CHANNEL_EMAIL, "request", QS_CATEGORY_AVAILABILITY, 0, 1);
  add_commitment (fixture, charter, "survey", QS_METRIC_SURVEY_SCORE, QS_CHANNEL_ANY, NULL,
                  QS_CATEGORY_COURTESY, 0, 80);

  g_assert_cmpstr (
    match (fixture, HR, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==,
    "e-mail acknowledgement");
  g_assert_cmpstr (resolution (fixture, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST), ==, "none");
  g_assert_cmpstr (
    match (fixture, HR, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_PHONE, QS_REQUEST_KIND_REQUEST), ==,
    "none");
  g_assert_cmpstr (
    match (fixture, HR, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_COMPLAINT), ==,
    "none");
  g_assert_cmpstr (
    match (fixture, FINANCE, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL, QS_REQUEST_KIND_REQUEST),
    ==, "none");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/commitment-match/applies-to-kind", test_applies_to_kind);
  ADD ("/commitment-match/channel-before-kind", test_channel_before_kind);
  ADD ("/commitment-match/kind-gives-no-precedence", test_kind_gives_no_precedence);
  ADD ("/commitment-match/category-then-position", test_category_then_position);
  ADD ("/commitment-match/latest-publication", test_latest_publication);
  ADD ("/commitment-match/withdrawn", test_withdrawn);
  ADD ("/commitment-match/no-match", test_no_match);
#undef ADD

  return g_test_run ();
}
