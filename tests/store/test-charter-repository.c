/* test-charter-repository.c — charters, versions, frozen publications, achieved figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "qs-charter-diff.h"
#include "qs-charter-repository.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-quarter.h"
#include "qs-repository.h"
#include "qs-store.h"

#include "qs-test-util.h"

typedef struct
{
  char         *dir;
  char         *path;
  QsStore      *store;
  QsDepartment *department;
  QsCalendar   *calendar;
} Fixture;

static void
save_entity (QsStore *store, gpointer entity)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_repository_save (qs_store_get_repository (store, G_OBJECT_TYPE (entity)),
                                     QS_ENTITY (entity), &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsClient) manager = qs_client_new ();

  fixture->dir = g_dir_make_tmp ("qs-charter-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (fixture->path);

  fixture->department = qs_department_new ();
  g_object_set (fixture->department, "ref", "RH", "name", "Ressources humaines", "is-provider",
                TRUE, "manager-id", qs_entity_get_id (QS_ENTITY (manager)), NULL);
  g_object_set (manager, "given-name", "Élise", "family-name", "Tremblay", "department-id",
                qs_entity_get_id (QS_ENTITY (fixture->department)), NULL);
  fixture->calendar = qs_calendar_new ();
  g_object_set (
    fixture->calendar, "ref", "CAL-RH", "name", "Bureaux RH", "timezone", "Europe/Paris",
    "weekly-hours",
    "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"
    "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30",
    "department-id", qs_entity_get_id (QS_ENTITY (fixture->department)), NULL);

  g_assert_true (qs_store_begin (fixture->store, &error));
  save_entity (fixture->store, fixture->department);
  save_entity (fixture->store, manager);
  save_entity (fixture->store, fixture->calendar);
  g_assert_true (qs_store_commit (fixture->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->calendar);
  g_clear_object (&fixture->department);
  g_clear_object (&fixture->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static QsCharter *
create (Fixture *fixture, gboolean from_template)
{
  g_autoptr (GError) error = NULL;
  QsCharter *charter = qs_charter_repository_create (
    fixture->store, qs_entity_get_id (QS_ENTITY (fixture->department)), from_template,
    QS_LANGUAGE_FR, &error);

  g_assert_no_error (error);
  g_assert_nonnull (charter);
  return charter;
}

static GPtrArray *
commitments_of (Fixture *fixture, QsCharter *charter)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *commitments = qs_charter_repository_get_commitments (fixture->store, charter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (commitments);
  return commitments;
}

/* Every column of a row, as SQLite itself quotes it, read through a
 * connection of its own: what "byte for byte unchanged" means. */
static char *
row_snapshot (Fixture *fixture, const char *table, const char *id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE id = ?", table);
  GString         *snapshot = g_string_new (NULL);
  sqlite3         *db;
  sqlite3_stmt    *stmt;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      const void *blob;

      g_string_append_printf (snapshot, "%s:%d:", sqlite3_column_name (stmt, i),
                              sqlite3_column_type (stmt, i));
      blob = sqlite3_column_blob (stmt, i);
      if (blob != NULL)
        g_string_append_len (snapshot, blob, sqlite3_column_bytes (stmt, i));
      g_string_append_c (snapshot, '\x1f');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (snapshot, FALSE);
}

static char *
query_text (Fixture *fixture, const char *sql)
{
  sqlite3      *db;
  sqlite3_stmt *stmt;
  char         *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static void
assert_message_contains (const GError *error, const char *fragment)
{
  g_assert_nonnull (error);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static QsCommitment *
find_measured (GPtrArray *commitments, QsMetric metric, QsChannel channel)
{
  for (guint i = 0; i < commitments->len; i++)
    {
      QsEntity *entity = g_ptr_array_index (commitments, i);

      if (qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC) == (int) metric &&
          qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CHANNEL) == (int) channel)
        return QS_COMMITMENT (entity);
    }
  g_assert_not_reached ();
  return NULL;
}

/* A department named in English too: the English title says that name,
 * the French title the French one. */
static void
test_create_names_department_in_each_language (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = NULL;

  qs_entity_set_string (QS_ENTITY (fixture->department), QS_DEPARTMENT_FIELD_NAME_EN,
                        "Human Resources");
  qs_test_save (fixture->store, fixture->department);
  charter = create (fixture, FALSE);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_TITLE_EN), ==,
                   "Service charter — Human Resources");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_TITLE_FR), ==,
                   "Charte de services — Ressources humaines");
}

static void
test_create_from_template (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, TRUE);
  g_autoptr (QsCharter) second = create (fixture, FALSE);
  g_autoptr (GPtrArray) commitments = commitments_of (fixture, charter);
  g_autoptr (GPtrArray) none = commitments_of (fixture, second);
  QsEntity *c = QS_ENTITY (charter);
  gboolean  seen[QS_CATEGORY_CREDIBILITY + 1] = { FALSE };
  int       last_category = -1;
  gint64    last_position = -1;

  g_assert_cmpstr (qs_entity_get_string (c, QS_CHARTER_FIELD_REF), ==, "CH-RH");
  g_assert_cmpint (qs_entity_get_int (c, QS_CHARTER_FIELD_VERSION), ==, 1);
  g_assert_cmpint (qs_entity_get_enum (c, QS_CHARTER_FIELD_STATUS), ==, QS_CHARTER_STATUS_DRAFT);
  g_assert_cmpstr (qs_entity_get_string (c, QS_CHARTER_FIELD_TITLE_FR), ==,
                   "Charte de services — Ressources humaines");
  g_assert_cmpstr (qs_entity_get_string (c, QS_CHARTER_FIELD_TITLE_EN), ==,
                   "Service charter — Ressources humaines");
  g_assert_nonnull (strstr (qs_entity_get_string (c, QS_CHARTER_FIELD_VALUES_FR), "engagement"));
  g_assert_nonnull (strstr (qs_entity_get_string (c, QS_CHARTER_FIELD_VALUES_EN), "commitment"));
  g_assert_nonnull (qs_entity_get_string (c, QS_CHARTER_FIELD_INTRODUCTION_FR));
  g_assert_nonnull (qs_entity_get_string (c, QS_CHARTER_FIELD_INTRODUCTION_EN));
  g_assert_cmpstr (qs_entity_get_string (c, QS_CHARTER_FIELD_CALENDAR_ID), ==,
                   qs_entity_get_id (QS_ENTITY (fixture->calendar)));
  g_assert_cmpstr (
    qs_entity_get_string (c, QS_CHARTER_FIELD_OWNER_ID), ==,
    qs_entity_get_string (QS_ENTITY (fixture->department), QS_DEPARTMENT_FIELD_MANAGER_ID));
  g_assert_false (qs_charter_repository_is_frozen (charter));

  /* All seven categories, both languages, in category then position order. */
  g_assert_cmpuint (commitments->len, >=, 7);
  for (guint i = 0; i < commitments->len; i++)
    {
      QsEntity *commitment = g_ptr_array_index (commitments, i);
      int       category = qs_entity_get_enum (commitment, QS_COMMITMENT_FIELD_CATEGORY);
      gint64    position = qs_entity_get_int (commitment, QS_COMMITMENT_FIELD_POSITION);

      seen[category] = TRUE;
      g_assert_cmpstr (qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_CHARTER_ID), ==,
                       qs_entity_get_id (c));
      g_assert_cmpuint (strlen (qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_TEXT_FR)), >,
                        0);
      g_assert_cmpuint (strlen (qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_TEXT_EN)), >,
                        0);
      g_assert_cmpstr (qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_LINEAGE_ID), ==,
                       qs_entity_get_id (commitment));
      g_assert_cmpint (category, >=, last_category);
      if (category == last_category)
        g_assert_cmpint (position, >, last_position);
      last_category = category;
      last_position = position;
    }
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_true (seen[i]);

  /* A second charter of the same department gets a ref of its own; from
   * scratch it has no commitments and no values. */
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (second), QS_CHARTER_FIELD_REF), ==, "CH-RH-2");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_null (qs_entity_get_string (QS_ENTITY (second), QS_CHARTER_FIELD_VALUES_FR));
}

static void
test_create_unknown_department (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsCharter) charter = qs_charter_repository_create (
    fixture->store, "no-such-department", TRUE, QS_LANGUAGE_EN, &error);

  g_assert_null (charter);
  g_assert_error (error, QS_ERROR, QS_ERROR_NOT_FOUND);
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM charters", NULL), ==,
                   0);
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM commitments", NULL),
                   ==, 0);
}

static void
test_save_refuses_empty_title (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, FALSE);
  g_autofree char *before =
    row_snapshot (fixture, "charters", qs_entity_get_id (QS_ENTITY (charter)));
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  const char *blanks[] = { "", "   ", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_object_set (charter, "title-fr", blanks[i], "introduction-fr", "Nouvelle introduction",
                    NULL);
      g_assert_false (qs_charter_repository_save (fixture->store, charter, &error));
      g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
      assert_message_contains (error, "a title in French");
      g_assert_null (strstr (error->message, "title_fr"));
      g_clear_error (&error);
    }
  after = row_snapshot (fixture, "charters", qs_entity_get_id (QS_ENTITY (charter)));
  g_assert_cmpstr (before, ==, after);

  /* An English charter needs its English title; the French one may wait. */
  g_object_set (charter, "language", QS_LANGUAGE_EN, "title-en", "", NULL);
  g_assert_false (qs_charter_repository_save (fixture->store, charter, &error));
  assert_message_contains (error, "a title in English");
  g_clear_error (&error);

  g_object_set (charter, "title-en", "HR service charter", NULL);
  g_assert_true (qs_charter_repository_save (fixture->store, charter, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = query_text (
    fixture,
    "SELECT title_en || '|' || coalesce(title_fr, '') || '|' || introduction_fr FROM charters");
  g_assert_cmpstr (after, ==, "HR service charter||Nouvelle introduction");
}

static void
test_commitment_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, TRUE);
  g_autoptr (GPtrArray) commitments = commitments_of (fixture, charter);
  QsCommitment    *email = find_measured (commitments, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL);
  const char      *id = qs_entity_get_id (QS_ENTITY (email));
  g_autofree char *before = row_snapshot (fixture, "commitments", id);
  g_autofree char *after = NULL;
  g_autoptr (QsCommitment) fresh = qs_commitment_new ();
  g_autoptr (GError) error = NULL;
  gint64 count = qs_store_query_int (fixture->store, "SELECT count(*) FROM commitments", NULL);
  double bad_delays[] = { 0, -4 };

  qs_entity_set_double (QS_ENTITY (email), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, 120);
  g_assert_false (qs_charter_repository_save_commitment (fixture->store, charter, email, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  assert_message_contains (error, "from 0 to 100, not 120%");
  g_assert_null (strstr (error->message, "threshold_percent"));
  g_clear_error (&error);

  qs_entity_set_double (QS_ENTITY (email), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, 95);
  for (guint i = 0; i < G_N_ELEMENTS (bad_delays); i++)
    {
      qs_entity_set_double (QS_ENTITY (email), QS_COMMITMENT_FIELD_TARGET_VALUE, bad_delays[i]);
      g_assert_false (
        qs_charter_repository_save_commitment (fixture->store, charter, email, &error));
      g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
      assert_message_contains (error, "The delay must be longer than zero");
      g_assert_null (strstr (error->message, "target_value"));
      g_clear_error (&error);
    }
  after = row_snapshot (fixture, "commitments", id);
  g_assert_cmpstr (before, ==, after);

  /* A new commitment goes at the end of its category, its own lineage. */
  g_object_set (fresh, "category", QS_CATEGORY_SECURITY, "text-en",
                "Lock every cabinet that holds files.", "metric", QS_METRIC_NONE, NULL);
  qs_entity_set_double (QS_ENTITY (fresh), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, -1);
  g_assert_false (qs_charter_repository_save_commitment (fixture->store, charter, fresh, &error));
  assert_message_contains (error, "from 0 to 100");
  g_clear_error (&error);
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM commitments", NULL),
                   ==, count);

  qs_entity_set_double (QS_ENTITY (fresh), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, NAN);
  g_assert_true (qs_charter_repository_save_commitment (fixture->store, charter, fresh, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM commitments", NULL),
                   ==, count + 1);
  g_assert_cmpint (
    qs_entity_get_int (QS_ENTITY (fresh), QS_COMMITMENT_FIELD_POSITION), ==,
    qs_store_query_int (fixture->store,
                        "SELECT count(*) - 1 FROM commitments WHERE category = 'security'", NULL));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (fresh), QS_COMMITMENT_FIELD_LINEAGE_ID), ==,
                   qs_entity_get_id (QS_ENTITY (fresh)));
}

static GPtrArray *
in_category (GPtrArray *commitments, QsCategory category)
{
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; i < commitments->len; i++)
    if (qs_entity_get_enum (g_ptr_array_index (commitments, i), QS_COMMITMENT_FIELD_CATEGORY) ==
        (int) category)
      g_ptr_array_add (list, g_ptr_array_index (commitments, i));
  return list;
}

static void
assert_numbered (GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpint (qs_entity_get_int (g_ptr_array_index (list, i), QS_COMMITMENT_FIELD_POSITION),
                     ==, i);
}

static void
test_move (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, TRUE);
  g_autoptr (GPtrArray) before = commitments_of (fixture, charter);
  g_autoptr (GPtrArray) availability = in_category (before, QS_CATEGORY_AVAILABILITY);
  g_autoptr (GPtrArray) reliability = in_category (before, QS_CATEGORY_RELIABILITY);
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GPtrArray) availability_after = NULL;
  g_autoptr (GPtrArray) reliability_after = NULL;
  g_autoptr (GPtrArray) last = NULL;
  g_autoptr (GPtrArray) availability_last = NULL;
  g_autoptr (GError) error = NULL;
  QsCommitment    *moved = g_ptr_array_index (availability, 2);
  QsCommitment    *first = g_ptr_array_index (availability, 0);
  g_autofree char *moved_id = g_strdup (qs_entity_get_id (QS_ENTITY (moved)));
  g_autofree char *first_id = g_strdup (qs_entity_get_id (QS_ENTITY (first)));
  guint            n_availability = availability->len;
  guint            n_reliability = reliability->len;

  /* Into another category, second place. */
  g_assert_true (qs_charter_repository_move_commitment (fixture->store, moved,
                                                        QS_CATEGORY_RELIABILITY, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (moved), QS_COMMITMENT_FIELD_CATEGORY), ==,
                   QS_CATEGORY_RELIABILITY);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (moved), QS_COMMITMENT_FIELD_POSITION), ==, 1);

  after = commitments_of (fixture, charter);
  availability_after = in_category (after, QS_CATEGORY_AVAILABILITY);
  reliability_after = in_category (after, QS_CATEGORY_RELIABILITY);
  g_assert_cmpuint (availability_after->len, ==, n_availability - 1);
  g_assert_cmpuint (reliability_after->len, ==, n_reliability + 1);
  assert_numbered (availability_after);
  assert_numbered (reliability_after);
  g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (reliability_after, 1)), ==, moved_id);

  /* Within a category, past the end: last. */
  g_assert_true (qs_charter_repository_move_commitment (fixture->store, first,
                                                        QS_CATEGORY_AVAILABILITY, 999, &error));
  g_assert_no_error (error);
  last = commitments_of (fixture, charter);
  availability_last = in_category (last, QS_CATEGORY_AVAILABILITY);
  assert_numbered (availability_last);
  g_assert_cmpstr (
    qs_entity_get_id (g_ptr_array_index (availability_last, availability_last->len - 1)), ==,
    first_id);
  g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (availability_last, 0)), ==,
                   qs_entity_get_id (g_ptr_array_index (availability_after, 1)));
}

static void
test_delete_restore (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, TRUE);
  g_autoptr (GPtrArray) before = commitments_of (fixture, charter);
  g_autoptr (GPtrArray) deleted = NULL;
  g_autoptr (GPtrArray) restored = NULL;
  g_autoptr (GError) error = NULL;
  QsCommitment *victim = g_ptr_array_index (before, 3);
  const char   *id = qs_entity_get_id (QS_ENTITY (victim));

  g_assert_true (qs_charter_repository_delete_commitment (fixture->store, victim, &error));
  g_assert_no_error (error);
  deleted = commitments_of (fixture, charter);
  g_assert_cmpuint (deleted->len, ==, before->len - 1);
  for (guint i = 0; i < deleted->len; i++)
    g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (deleted, i)), !=, id);

  g_assert_true (qs_charter_repository_restore_commitment (fixture->store, victim, &error));
  g_assert_no_error (error);
  restored = commitments_of (fixture, charter);
  g_assert_cmpuint (restored->len, ==, before->len);
  /* Back in its place. */
  g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (restored, 3)), ==, id);
}

static void
test_publish_refusals (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, TRUE);
  g_autoptr (GPtrArray) commitments = commitments_of (fixture, charter);
  QsCommitment    *email = find_measured (commitments, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL);
  QsCommitment    *unmeasured = NULL;
  const char      *id = qs_entity_get_id (QS_ENTITY (charter));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  /* A vague measured commitment is named. */
  g_object_set (email, "text-fr", "Répondre rapidement.", NULL);
  g_assert_true (qs_charter_repository_save_commitment (fixture->store, charter, email, &error));
  before = row_snapshot (fixture, "charters", id);
  g_assert_false (qs_charter_repository_publish (fixture->store, charter, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  assert_message_contains (error, "Répondre rapidement.");
  g_clear_error (&error);

  /* A measured commitment without its target. */
  g_object_set (email, "text-fr", "Accuser réception des courriels en 24 heures ouvrables.", NULL);
  qs_entity_set_double (QS_ENTITY (email), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, NAN);
  g_assert_true (qs_charter_repository_save_commitment (fixture->store, charter, email, &error));
  g_assert_false (qs_charter_repository_publish (fixture->store, charter, &error));
  assert_message_contains (error, "Accuser réception des courriels en 24 heures ouvrables.");
  g_clear_error (&error);
  qs_entity_set_double (QS_ENTITY (email), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, 95);
  g_assert_true (qs_charter_repository_save_commitment (fixture->store, charter, email, &error));

  /* A vague commitment that is not measured does not block publication. */
  for (guint i = 0; i < commitments->len && unmeasured == NULL; i++)
    if (!qs_entity_get_enum (g_ptr_array_index (commitments, i), QS_COMMITMENT_FIELD_METRIC))
      unmeasured = g_ptr_array_index (commitments, i);
  g_object_set (unmeasured, "text-fr", "Être excellent.", NULL);
  g_assert_true (
    qs_charter_repository_save_commitment (fixture->store, charter, unmeasured, &error));

  g_object_set (charter, "review-date", "2020-01-31", NULL);
  g_assert_false (qs_charter_repository_publish (fixture->store, charter, &error));
  assert_message_contains (error, "The review date 2020-01-31 is past");
  g_assert_null (strstr (error->message, "review_date"));
  g_clear_error (&error);

  g_object_set (charter, "review-date", NULL, NULL);
  g_assert_false (qs_charter_repository_publish (fixture->store, charter, &error));
  assert_message_contains (error, "Set a review date before publishing");
  g_clear_error (&error);

  g_object_set (charter, "title-fr", "", "review-date", "2099-06-30", NULL);
  g_assert_false (qs_charter_repository_publish (fixture->store, charter, &error));
  assert_message_contains (error, "a title in French");
  g_clear_error (&error);

  /* Nothing was written, and the object is still a draft. */
  after = row_snapshot (fixture, "charters", id);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_DRAFT);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (charter), QS_CHARTER_FIELD_PUBLISHED_AT), ==, 0);

  g_object_set (charter, "title-fr", "Charte RH", NULL);
  g_assert_true (qs_charter_repository_publish (fixture->store, charter, &error));
  g_assert_no_error (error);
}

static void
test_publish_freezes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, TRUE);
  g_autoptr (GPtrArray) commitments = commitments_of (fixture, charter);
  QsCommitment    *first = g_ptr_array_index (commitments, 0);
  const char      *id = qs_entity_get_id (QS_ENTITY (charter));
  const char      *commitment_id = qs_entity_get_id (QS_ENTITY (first));
  g_autofree char *charter_row = NULL;
  g_autofree char *commitment_row = NULL;
  g_autofree char *status = NULL;
  g_autoptr (QsCommitment) extra = qs_commitment_new ();
  g_autoptr (GError) error = NULL;
  gint64      published_at = qs_store_now (fixture->store);
  const char *raw[] = {
    "UPDATE charters SET title_en = 'x' WHERE id = '%s'",
    "UPDATE charters SET status = 'draft' WHERE id = '%s'",
    "UPDATE charters SET status = 'archived', title_fr = 'x' WHERE id = '%s'",
    "UPDATE charters SET deleted_at = 1 WHERE id = '%s'",
    "DELETE FROM charters WHERE id = '%s'",
    "UPDATE commitments SET text_en = 'x' WHERE charter_id = '%s'",
    "UPDATE commitments SET threshold_percent = 50 WHERE charter_id = '%s'",
    "UPDATE commitments SET lineage_id = NULL WHERE charter_id = '%s'",
    "UPDATE commitments SET deleted_at = 1 WHERE charter_id = '%s'",
    "DELETE FROM commitments WHERE charter_id = '%s'",
  };

  g_assert_true (qs_charter_repository_publish (fixture->store, charter, &error));
  g_assert_no_error (error);
  g_assert_true (qs_charter_repository_is_frozen (charter));
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (charter), QS_CHARTER_FIELD_PUBLISHED_AT), ==,
                   published_at);
  status = query_text (fixture, "SELECT status || ' ' || (published_at > 0) FROM charters");
  g_assert_cmpstr (status, ==, "published 1");

  charter_row = row_snapshot (fixture, "charters", id);
  commitment_row = row_snapshot (fixture, "commitments", commitment_id);

  /* Through the repository: a sentence, before any SQL. */
  g_object_set (charter, "title-fr", "Autre titre", NULL);
  g_assert_false (qs_charter_repository_save (fixture->store, charter, &error));
  assert_message_contains (error, "new version");
  g_clear_error (&error);
  /* Even when the caller's copy claims to be a draft. */
  g_object_set (charter, "status", QS_CHARTER_STATUS_DRAFT, NULL);
  g_assert_false (qs_charter_repository_save (fixture->store, charter, &error));
  assert_message_contains (error, "new version");
  g_clear_error (&error);
  g_assert_false (qs_charter_repository_publish (fixture->store, charter, &error));
  assert_message_contains (error, "already published");
  g_clear_error (&error);

  g_object_set (first, "text-fr", "Autre texte de plus de quatre mots", NULL);
  g_assert_false (qs_charter_repository_save_commitment (fixture->store, charter, first, &error));
  assert_message_contains (error, "new version");
  g_clear_error (&error);
  g_assert_false (qs_charter_repository_delete_commitment (fixture->store, first, &error));
  assert_message_contains (error, "new version");
  g_clear_error (&error);
  g_assert_false (qs_charter_repository_move_commitment (fixture->store, first,
                                                         QS_CATEGORY_CREDIBILITY, 0, &error));
  assert_message_contains (error, "new version");
  g_clear_error (&error);
  g_assert_false (qs_charter_repository_save_commitment (fixture->store, charter, extra, &error));
  assert_message_contains (error, "new version");
  g_clear_error (&error);

  /* Through raw SQL: the database's own guard. */
  for (guint i = 0; i < G_N_ELEMENTS (raw); i++)
    {
      g_autofree char *sql = g_strdup_printf (raw[i], id);

      g_test_message ("%s", sql);
      g_assert_false (qs_store_exec (fixture->store, sql, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
    }
  /* Nor through the generic repository. */
  g_assert_false (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_COMMITMENT),
                                      QS_ENTITY (first), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  {
    g_autofree char *charter_after = row_snapshot (fixture, "charters", id);
    g_autofree char *commitment_after = row_snapshot (fixture, "commitments", commitment_id);

    g_assert_cmpstr (charter_row, ==, charter_after);
    g_assert_cmpstr (commitment_row, ==, commitment_after);
  }
  g_assert_cmpint (qs_store_query_int (fixture->store,
                                       "SELECT count(*) FROM commitments WHERE deleted_at IS NULL",
                                       NULL),
                   ==, commitments->len);
}

static GHashTable *
lineages_of (GPtrArray *commitments)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < commitments->len; i++)
    g_hash_table_add (set, g_strdup (qs_entity_get_string (g_ptr_array_index (commitments, i),
                                                           QS_COMMITMENT_FIELD_LINEAGE_ID)));
  return set;
}

static void
test_new_version (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) v1 = create (fixture, TRUE);
  g_autoptr (QsCharter) v2 = NULL;
  g_autoptr (QsCharter) again = NULL;
  g_autoptr (GPtrArray) c1 = commitments_of (fixture, v1);
  g_autoptr (GPtrArray) c2 = NULL;
  g_autoptr (GPtrArray) versions = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GHashTable) l1 = NULL;
  g_autoptr (GHashTable) l2 = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *v1_row = NULL;
  g_autofree char *v1_row_after = NULL;
  g_autofree char *statuses = NULL;
  QsCommitment    *email;
  GHashTableIter   iter;
  gpointer         key;

  g_assert_true (qs_charter_repository_publish (fixture->store, v1, &error));
  g_assert_no_error (error);
  v1_row = row_snapshot (fixture, "charters", qs_entity_get_id (QS_ENTITY (v1)));

  v2 = qs_charter_repository_new_version (fixture->store, v1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (v2);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (v2), QS_CHARTER_FIELD_VERSION), ==, 2);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (v2), QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_DRAFT);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (v2), QS_CHARTER_FIELD_PUBLISHED_AT), ==, 0);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (v2), QS_CHARTER_FIELD_PREVIOUS_ID), ==,
                   qs_entity_get_id (QS_ENTITY (v1)));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (v2), QS_CHARTER_FIELD_REF), ==, "CH-RH");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (v2), QS_CHARTER_FIELD_TITLE_FR), ==,
                   qs_entity_get_string (QS_ENTITY (v1), QS_CHARTER_FIELD_TITLE_FR));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (v2)), !=, qs_entity_get_id (QS_ENTITY (v1)));

  /* New rows, same lineages. */
  c2 = commitments_of (fixture, v2);
  g_assert_cmpuint (c2->len, ==, c1->len);
  l1 = lineages_of (c1);
  l2 = lineages_of (c2);
  g_assert_cmpuint (g_hash_table_size (l1), ==, c1->len);
  g_assert_cmpuint (g_hash_table_size (l2), ==, g_hash_table_size (l1));
  g_hash_table_iter_init (&iter, l1);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (l2, key));
  for (guint i = 0; i < c2->len; i++)
    g_assert_cmpstr (qs_entity_get_id (g_ptr_array_index (c2, i)), !=,
                     qs_entity_get_id (g_ptr_array_index (c1, i)));

  /* One draft per charter: asking again gives the same one. */
  again = qs_charter_repository_new_version (fixture->store, v1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (again)), ==, qs_entity_get_id (QS_ENTITY (v2)));

  /* Edit and publish v2: v1 is archived, nothing else of it changes. */
  email = find_measured (c2, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL);
  qs_entity_set_double (QS_ENTITY (email), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, 98);
  g_assert_true (qs_charter_repository_save_commitment (fixture->store, v2, email, &error));
  g_assert_true (qs_charter_repository_publish (fixture->store, v2, &error));
  g_assert_no_error (error);

  statuses = query_text (fixture, "SELECT group_concat(version || '=' || status, ',') FROM "
                                  "(SELECT version, status FROM charters ORDER BY version)");
  g_assert_cmpstr (statuses, ==, "1=archived,2=published");
  v1_row_after = row_snapshot (fixture, "charters", qs_entity_get_id (QS_ENTITY (v1)));
  {
    g_autofree char *v1_fields_before = NULL;
    g_autofree char *v1_fields_after = NULL;

    /* The same row but for its status and updated_at. */
    g_assert_nonnull (strstr (v1_row, "status:3:published"));
    g_assert_nonnull (strstr (v1_row_after, "status:3:archived"));
    v1_fields_before = g_strdup (strstr (v1_row, "ref:"));
    v1_fields_after = g_strdup (strstr (v1_row_after, "ref:"));
    *strstr (v1_fields_before, "status:") = '\0';
    *strstr (v1_fields_after, "status:") = '\0';
    g_assert_cmpstr (v1_fields_before, ==, v1_fields_after);
    g_assert_cmpstr (strstr (v1_row, "department_id:"), ==,
                     strstr (v1_row_after, "department_id:"));
  }

  versions = qs_charter_repository_get_versions (fixture->store, "CH-RH", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpint (qs_entity_get_int (g_ptr_array_index (versions, 0), QS_CHARTER_FIELD_VERSION),
                   ==, 2);
  g_assert_cmpint (qs_entity_get_int (g_ptr_array_index (versions, 1), QS_CHARTER_FIELD_VERSION),
                   ==, 1);

  /* The history reads what changed. */
  changes = qs_charter_diff (c1, c2, QS_LANGUAGE_EN);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (qs_charter_change_get_description (g_ptr_array_index (changes, 0)), ==,
                   "Target changed from 95% to 98%");
}

/* The demo and a backup insert commitments without a lineage, even into a
 * published charter, and a backup that replaces everything erases them. */
static void
test_lineage_and_erase (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = create (fixture, FALSE);
  g_autoptr (QsCommitment) late = qs_commitment_new ();
  g_autoptr (QsCommitment) draft_one = qs_commitment_new ();
  g_autoptr (QsCharter) draft = create (fixture, FALSE);
  g_autoptr (GError) error = NULL;
  g_autofree char *lineage = NULL;
  g_autofree char *sql = NULL;

  g_assert_true (qs_charter_repository_publish (fixture->store, charter, &error));
  g_assert_no_error (error);

  g_object_set (late, "charter-id", qs_entity_get_id (QS_ENTITY (charter)), "text-en",
                "Added later by a restore.", NULL);
  save_entity (fixture->store, late);
  sql = g_strdup_printf ("SELECT lineage_id = id FROM commitments WHERE id = '%s'",
                         qs_entity_get_id (QS_ENTITY (late)));
  g_assert_cmpint (qs_store_query_int (fixture->store, sql, NULL), ==, 1);

  /* Saving an old copy without its lineage does not erase it. */
  g_object_set (draft_one, "charter-id", qs_entity_get_id (QS_ENTITY (draft)), "text-en",
                "A draft commitment here.", NULL);
  save_entity (fixture->store, draft_one);
  g_object_set (draft_one, "text-en", "A draft commitment, reworded.", NULL);
  save_entity (fixture->store, draft_one);
  lineage = query_text (
    fixture, "SELECT lineage_id FROM commitments WHERE text_en = 'A draft commitment, reworded.'");
  g_assert_cmpstr (lineage, ==, qs_entity_get_id (QS_ENTITY (draft_one)));

  /* Erasing the whole database, provider first, is allowed. */
  g_assert_true (qs_store_begin (fixture->store, &error));
  g_assert_true (
    qs_store_exec (fixture->store,
                   "DELETE FROM clients; DELETE FROM calendars; DELETE FROM departments; "
                   "DELETE FROM charters; DELETE FROM commitments",
                   &error));
  g_assert_no_error (error);
  g_assert_true (qs_store_commit (fixture->store, &error));
  g_assert_cmpint (qs_store_query_int (fixture->store, "SELECT count(*) FROM charters", NULL), ==,
                   0);
}

static gint64
usec (const char *iso)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

static guint request_counter;

static void
add_request (Fixture      *fixture,
             QsCommitment *ack_commitment,
             QsCommitment *resolution_commitment,
             const char   *received,
             const char   *acknowledged,
             const char   *ack_due,
             const char   *resolved,
             const char   *resolution_due,
             gboolean      tombstoned)
{
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autofree char *ref = g_strdup_printf ("REQ-2026-%05u", ++request_counter);

  g_object_set (request, "ref", ref, "subject", "Attestation de travail", "channel",
                QS_CHANNEL_EMAIL, "received-at", usec (received), NULL);
  if (ack_commitment != NULL)
    g_object_set (request, "ack-commitment-id", qs_entity_get_id (QS_ENTITY (ack_commitment)),
                  "ack-due-at", usec (ack_due), NULL);
  if (acknowledged != NULL)
    g_object_set (request, "acknowledged-at", usec (acknowledged), NULL);
  if (resolution_commitment != NULL)
    g_object_set (request, "commitment-id", qs_entity_get_id (QS_ENTITY (resolution_commitment)),
                  "resolution-due-at", usec (resolution_due), NULL);
  if (resolved != NULL)
    g_object_set (request, "resolved-at", usec (resolved), NULL);
  if (tombstoned)
    qs_entity_set_deleted_at (QS_ENTITY (request), usec ("2026-10-02T10:00:00Z"));
  save_entity (fixture->store, request);
}

static void
assert_achieved (Fixture      *fixture,
                 QsCommitment *commitment,
                 GDateTime    *start,
                 GDateTime    *end,
                 gint64        expected_n,
                 double        expected_percent)
{
  g_autoptr (GError) error = NULL;
  double percent = 0;
  gint64 n = -1;

  g_assert_true (qs_charter_repository_get_achieved (fixture->store, commitment, start, end,
                                                     &percent, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, expected_n);
  if (isnan (expected_percent))
    g_assert_true (isnan (percent));
  else
    g_assert_cmpfloat_with_epsilon (percent, expected_percent, 0.005);
}

/* Hand-counted: the third quarter of 2026 in Paris. */
static void
test_achieved (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) v1 = create (fixture, TRUE);
  g_autoptr (QsCharter) v2 = NULL;
  g_autoptr (GPtrArray) c1 = commitments_of (fixture, v1);
  g_autoptr (GPtrArray) c2 = NULL;
  g_autoptr (GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr (GDateTime) now = g_date_time_new_from_iso8601 ("2026-11-22T10:00:00Z", NULL);
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  g_autoptr (GError) error = NULL;
  QsCommitment *email = find_measured (c1, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL);
  QsCommitment *answer = find_measured (c1, QS_METRIC_RESOLUTION, QS_CHANNEL_EMAIL);
  QsCommitment *letters = find_measured (c1, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_LETTER);
  QsCommitment *calls = find_measured (c1, QS_METRIC_MANUAL_RATE, QS_CHANNEL_PHONE);
  QsCommitment *email2;

  /* "Now" decides which requests are overdue, as it does the quarter. */
  qs_test_pin_clock (fixture->store, g_date_time_to_unix (now) * G_USEC_PER_SEC);
  qs_last_complete_quarter (now, paris, &start, &end);

  /* Acknowledgements: 5 on time (one exactly at its due date), 2 late
   * (one acknowledged late, one never acknowledged and overdue). */
  add_request (fixture, email, NULL, "2026-07-01T00:00:00+02:00", "2026-07-01T09:00:00+02:00",
               "2026-07-02T16:30:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-07-15T10:00:00+02:00", "2026-07-15T11:00:00+02:00",
               "2026-07-16T10:00:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-08-03T10:00:00+02:00", "2026-08-04T10:00:00+02:00",
               "2026-08-04T10:00:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-09-01T10:00:00+02:00", "2026-09-01T10:05:00+02:00",
               "2026-09-02T10:00:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-09-30T23:59:59+02:00", "2026-10-01T09:00:00+02:00",
               "2026-10-02T10:00:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-08-10T10:00:00+02:00", "2026-08-20T10:00:00+02:00",
               "2026-08-11T10:00:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-08-12T10:00:00+02:00", NULL, "2026-08-13T10:00:00+02:00",
               NULL, NULL, FALSE);
  /* Not counted: before the quarter, at its end, tombstoned, another
   * commitment, and one not acknowledged whose due date is still to come. */
  add_request (fixture, email, NULL, "2026-06-30T23:59:59+02:00", "2026-07-01T09:00:00+02:00",
               "2026-07-02T10:00:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-10-01T00:00:00+02:00", NULL, "2026-10-02T10:00:00+02:00",
               NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-08-14T10:00:00+02:00", NULL, "2026-08-15T10:00:00+02:00",
               NULL, NULL, TRUE);
  add_request (fixture, letters, NULL, "2026-08-14T10:00:00+02:00", NULL,
               "2026-08-15T10:00:00+02:00", NULL, NULL, FALSE);
  add_request (fixture, email, NULL, "2026-09-30T12:00:00+02:00", NULL, "2099-01-01T10:00:00+02:00",
               NULL, NULL, FALSE);

  /* Resolutions: 2 on time out of 3. */
  add_request (fixture, NULL, answer, "2026-07-06T10:00:00+02:00", NULL, NULL,
               "2026-07-08T10:00:00+02:00", "2026-07-13T10:00:00+02:00", FALSE);
  add_request (fixture, NULL, answer, "2026-07-07T10:00:00+02:00", NULL, NULL,
               "2026-07-14T10:00:00+02:00", "2026-07-14T10:00:00+02:00", FALSE);
  add_request (fixture, NULL, answer, "2026-07-08T10:00:00+02:00", NULL, NULL,
               "2026-07-20T10:00:00+02:00", "2026-07-15T10:00:00+02:00", FALSE);

  assert_achieved (fixture, email, start, end, 7, 500.0 / 7);
  assert_achieved (fixture, answer, start, end, 3, 200.0 / 3);
  assert_achieved (fixture, letters, start, end, 1, 0);
  /* Not measured by requests, or no request: no figure. */
  assert_achieved (fixture, calls, start, end, 0, NAN);
  {
    g_autoptr (GDateTime) q1 = g_date_time_new (paris, 2026, 1, 1, 0, 0, 0);
    g_autoptr (GDateTime) q2 = g_date_time_new (paris, 2026, 4, 1, 0, 0, 0);

    assert_achieved (fixture, email, q1, q2, 0, NAN);
  }

  /* Version 2's copy counts the requests of version 1, and its own. */
  g_assert_true (qs_charter_repository_publish (fixture->store, v1, &error));
  g_assert_no_error (error);
  v2 = qs_charter_repository_new_version (fixture->store, v1, &error);
  g_assert_no_error (error);
  c2 = commitments_of (fixture, v2);
  email2 = find_measured (c2, QS_METRIC_ACKNOWLEDGEMENT, QS_CHANNEL_EMAIL);
  assert_achieved (fixture, email2, start, end, 7, 500.0 / 7);
  add_request (fixture, email2, NULL, "2026-09-15T10:00:00+02:00", "2026-09-15T10:30:00+02:00",
               "2026-09-16T10:00:00+02:00", NULL, NULL, FALSE);
  assert_achieved (fixture, email2, start, end, 8, 75.0);
  assert_achieved (fixture, email, start, end, 8, 75.0);
}

static guint
count_rows (QsQueryListModel *model)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static const char *
title_at (QsQueryListModel *model, guint position)
{
  g_autoptr (QsEntity) charter = g_list_model_get_item (G_LIST_MODEL (model), position);

  /* The model keeps its items: the string outlives this reference. */
  return qs_entity_get_string (charter, QS_CHARTER_FIELD_TITLE_FR);
}

static void
test_list_model (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) it = qs_department_new ();
  g_autoptr (QsCharter) hr = create (fixture, TRUE);
  g_autoptr (QsCharter) hr_v2 = NULL;
  g_autoptr (QsCharter) it_charter = NULL;
  g_autoptr (QsCharter) hr_second = create (fixture, FALSE);
  g_autoptr (QsQueryListModel) model = qs_charter_repository_new_list_model (fixture->store);
  g_autoptr (QsEntity) latest = NULL;
  g_autoptr (GError) error = NULL;

  g_object_set (it, "ref", "TI", "name", "Informatique", "is-provider", TRUE, NULL);
  save_entity (fixture->store, it);
  it_charter = qs_charter_repository_create (fixture->store, qs_entity_get_id (QS_ENTITY (it)),
                                             TRUE, QS_LANGUAGE_FR, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (it_charter), QS_CHARTER_FIELD_TITLE_FR), ==,
                   "Charte de services — Informatique");
  g_object_set (hr_second, "title-fr", "Aide aux gestionnaires", NULL);
  g_assert_true (qs_charter_repository_save (fixture->store, hr_second, &error));

  g_assert_true (qs_charter_repository_publish (fixture->store, hr, &error));
  hr_v2 = qs_charter_repository_new_version (fixture->store, hr, &error);
  g_assert_no_error (error);

  /* One row per charter, the latest version, by title; and version 1,
   * still in force while version 2 is a draft, after it. */
  g_assert_cmpuint (count_rows (model), ==, 4);
  g_assert_cmpstr (title_at (model, 0), ==, "Aide aux gestionnaires");
  g_assert_cmpstr (title_at (model, 1), ==, "Charte de services — Informatique");
  g_assert_cmpstr (title_at (model, 2), ==, "Charte de services — Ressources humaines");
  latest = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_assert_cmpint (qs_entity_get_int (latest, QS_CHARTER_FIELD_VERSION), ==, 2);
  g_assert_cmpstr (qs_entity_get_id (latest), ==, qs_entity_get_id (QS_ENTITY (hr_v2)));
  g_clear_object (&latest);
  latest = g_list_model_get_item (G_LIST_MODEL (model), 3);
  g_assert_cmpint (qs_entity_get_int (latest, QS_CHARTER_FIELD_VERSION), ==, 1);
  g_assert_cmpstr (qs_entity_get_id (latest), ==, qs_entity_get_id (QS_ENTITY (hr)));
  g_assert_cmpint (qs_entity_get_enum (latest, QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_PUBLISHED);

  /* Search: the provider's name, the ref, either title. */
  qs_charter_repository_set_list_filter (model, "informatique", -1);
  g_assert_cmpuint (count_rows (model), ==, 1);
  qs_charter_repository_set_list_filter (model, "  CH-RH ", -1);
  g_assert_cmpuint (count_rows (model), ==, 3);
  qs_charter_repository_set_list_filter (model, "Service charter", -1);
  g_assert_cmpuint (count_rows (model), ==, 4);
  qs_charter_repository_set_list_filter (model, "gestionnaires", -1);
  g_assert_cmpuint (count_rows (model), ==, 1);
  /* Typed characters match as typed, even LIKE's own. */
  qs_charter_repository_set_list_filter (model, "%", -1);
  g_assert_cmpuint (count_rows (model), ==, 0);

  /* Status: that of the versions listed. */
  qs_charter_repository_set_list_filter (model, NULL, QS_CHARTER_STATUS_DRAFT);
  g_assert_cmpuint (count_rows (model), ==, 3);
  g_assert_true (qs_charter_repository_publish (fixture->store, hr_v2, &error));
  g_assert_no_error (error);
  qs_charter_repository_set_list_filter (model, "", QS_CHARTER_STATUS_PUBLISHED);
  g_assert_cmpuint (count_rows (model), ==, 1);
  /* Both charters of human resources match; only one is a draft. */
  qs_charter_repository_set_list_filter (model, "ressources", QS_CHARTER_STATUS_DRAFT);
  g_assert_cmpuint (count_rows (model), ==, 1);
  g_assert_cmpstr (title_at (model, 0), ==, "Aide aux gestionnaires");
  qs_charter_repository_set_list_filter (model, NULL, QS_CHARTER_STATUS_ARCHIVED);
  g_assert_cmpuint (count_rows (model), ==, 0);
  qs_charter_repository_set_list_filter (model, NULL, -1);
  g_assert_cmpuint (count_rows (model), ==, 3);
}

/* The charter view offers staff and names owners: it gets those people,
 * not the whole directory. */
static void
test_people (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClient) staff = qs_client_new ();
  g_autoptr (QsClient) client = qs_client_new ();
  g_autoptr (QsClient) owner = qs_client_new ();
  g_autoptr (QsCharter) charter = NULL;
  g_autoptr (GPtrArray) people = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_object_set (staff, "family-name", "Staff", "is-staff", TRUE, NULL);
  g_object_set (client, "family-name", "Client", NULL);
  g_object_set (owner, "family-name", "Owner", NULL);
  save_entity (fixture->store, staff);
  save_entity (fixture->store, client);
  save_entity (fixture->store, owner);
  charter = qs_charter_repository_create (fixture->store,
                                          qs_entity_get_id (QS_ENTITY (fixture->department)), FALSE,
                                          QS_LANGUAGE_FR, &error);
  g_assert_no_error (error);
  g_object_set (charter, "owner-id", qs_entity_get_id (QS_ENTITY (owner)), NULL);
  g_assert_true (qs_charter_repository_save (fixture->store, charter, &error));

  people = qs_charter_repository_get_people (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    g_hash_table_add (ids, (gpointer) qs_entity_get_id (g_ptr_array_index (people, i)));
  g_assert_true (g_hash_table_contains (ids, qs_entity_get_id (QS_ENTITY (staff))));
  g_assert_true (g_hash_table_contains (ids, qs_entity_get_id (QS_ENTITY (owner))));
  g_assert_false (g_hash_table_contains (ids, qs_entity_get_id (QS_ENTITY (client))));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/charter-repository/create-from-template", test_create_from_template);
  ADD ("/charter-repository/create-names-department-in-each-language",
       test_create_names_department_in_each_language);
  ADD ("/charter-repository/create-unknown-department", test_create_unknown_department);
  ADD ("/charter-repository/save-refuses-empty-title", test_save_refuses_empty_title);
  ADD ("/charter-repository/commitment-validation", test_commitment_validation);
  ADD ("/charter-repository/move", test_move);
  ADD ("/charter-repository/delete-restore", test_delete_restore);
  ADD ("/charter-repository/publish-refusals", test_publish_refusals);
  ADD ("/charter-repository/publish-freezes", test_publish_freezes);
  ADD ("/charter-repository/new-version", test_new_version);
  ADD ("/charter-repository/lineage-and-erase", test_lineage_and_erase);
  ADD ("/charter-repository/achieved", test_achieved);
  ADD ("/charter-repository/list-model", test_list_model);
  ADD ("/charter-repository/people", test_people);
#undef ADD

  return g_test_run ();
}
