/* test-demo.c — the example organisation of qualserv-cli demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "qs-charter-template.h"
#include "qs-cli.h"
#include "qs-demo.h"
#include "qs-entities.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-survey-proposals.h"

#include "qs-test-locale.h"

/* 2026-06-01 00:00 in Toronto: a fixed "now", so that the tests do not
 * depend on the month they run in. */
#define NOW (G_GINT64_CONSTANT (1780286400) * G_USEC_PER_SEC)
/* 18 months before. */
#define START (G_GINT64_CONSTANT (1733025600) * G_USEC_PER_SEC)

typedef struct
{
  char    *dir;
  QsStore *store;
} Fixture;

static char *
db_path (Fixture *fixture, const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static QsStore *
open_store (Fixture *fixture, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = db_path (fixture, name);
  QsStore         *store = qs_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static QsStore *
fill (Fixture *fixture, const char *name, guint n_requests, guint32 seed, QsLanguage language)
{
  g_autoptr (GError) error = NULL;
  QsStore      *store = open_store (fixture, name);
  QsDemoOptions options;

  qs_demo_options_init (&options);
  options.n_requests = n_requests;
  options.seed = seed;
  options.language = language;
  options.now = NOW;
  g_assert_true (qs_demo_fill (store, &options, &error));
  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qualserv-demo-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
query (QsStore *store, const char *sql)
{
  g_autoptr (GError) error = NULL;
  gint64 result = qs_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  return result;
}

static const char *
nick (GType type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);

  /* Nicks are static strings, kept by the type once it is registered. */
  return g_enum_get_value (klass, value)->value_nick;
}

/* Every charter holds each standard of the model charter, as it stands. */
static void
assert_model_charter (QsStore *store)
{
  g_autoptr (GPtrArray) model = qs_charter_template_new_commitments ();
  QsRepository *commitments = qs_store_get_repository (store, QS_TYPE_COMMITMENT);
  gint64        n_charters = query (store, "SELECT count(*) FROM charters");

  g_assert_cmpint (n_charters, >, 0);
  for (guint i = 0; i < model->len; i++)
    {
      QsEntity *m = g_ptr_array_index (model, i);
      double    target = qs_entity_get_double (m, QS_COMMITMENT_FIELD_TARGET_VALUE);
      double    threshold = qs_entity_get_double (m, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
      g_autoptr (GError) error = NULL;
      GVariant *params = g_variant_new (
        "(sssssmdmdms)",
        nick (QS_TYPE_CATEGORY, qs_entity_get_enum (m, QS_COMMITMENT_FIELD_CATEGORY)),
        qs_entity_get_string (m, QS_COMMITMENT_FIELD_TEXT_EN),
        qs_entity_get_string (m, QS_COMMITMENT_FIELD_TEXT_FR),
        nick (QS_TYPE_METRIC, qs_entity_get_enum (m, QS_COMMITMENT_FIELD_METRIC)),
        nick (QS_TYPE_CHANNEL, qs_entity_get_enum (m, QS_COMMITMENT_FIELD_CHANNEL)),
        !isnan (target), target, !isnan (threshold), threshold,
        qs_entity_get_string (m, QS_COMMITMENT_FIELD_REQUEST_KINDS));

      g_assert_cmpint (qs_repository_count (commitments,
                                            "category = ? AND text_en = ? AND text_fr = ? AND "
                                            "metric = ? AND channel = ? AND target_value IS ? AND "
                                            "threshold_percent IS ? AND request_kinds IS ?",
                                            params, QS_QUERY_DEFAULT, &error),
                       ==, n_charters);
      g_assert_no_error (error);
    }
}

/* A request is counted only against commitments of its provider's charter
 * that cover it: the right metric, on its channel or any, for its kind. */
static void
assert_covered (QsStore *store, const char *column, const char *metric)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT count(*) FROM requests r JOIN commitments m ON m.id = r.%s "
                     "JOIN charters c ON c.id = m.charter_id "
                     "WHERE m.metric <> '%s' OR c.department_id <> r.department_id "
                     "OR m.channel NOT IN ('any', r.channel) "
                     "OR instr (',' || coalesce (m.request_kinds, r.kind) || ',', "
                     "',' || r.kind || ',') = 0",
                     column, metric);
  g_autofree char *linked =
    g_strdup_printf ("SELECT count(*) FROM requests WHERE %s IS NOT NULL", column);

  g_assert_cmpint (query (store, linked), >, 0);
  g_assert_cmpint (query (store, sql), ==, 0);
}

static gboolean
check_asked_cb (QsEntity *request, gpointer user_data)
{
  QsStore *store = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsSurveyProposalRow) row =
    qs_survey_proposals_for_request (store, qs_entity_get_id (request), &error);

  g_assert_no_error (error);
  /* Each question was one the rules allowed, at the time they give. */
  g_assert_cmpint (row->proposal.verdict, ==, QS_SURVEY_VERDICT_ASK);
  g_assert_cmpint (row->proposal.ask_at, ==, row->asked_at);
  return TRUE;
}

/* Clients are asked after a closed request as the Surveys preferences'
 * default rules allow, and answer only when asked. */
static void
assert_surveys_obey_rules (QsStore *store)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (query (store, "SELECT count(*) FROM requests WHERE survey_asked_at > 0"), >, 20);
  g_assert_true (qs_repository_foreach (qs_store_get_repository (store, QS_TYPE_REQUEST),
                                        "survey_asked_at IS NOT NULL", NULL, "id", QS_QUERY_DEFAULT,
                                        check_asked_cb, store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (store, "SELECT count(*) FROM feedback WHERE source = 'after-request'"), >,
                   10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM feedback f JOIN requests r "
                                 "ON r.id = f.request_id WHERE f.source = 'after-request' "
                                 "AND (r.survey_asked_at IS NULL "
                                 "OR f.received_at < r.survey_asked_at)"),
                   ==, 0);
}

static void
test_organisation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) report = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  QsStore         *store;
  QsRepository    *requests;
  gint64           n;
  g_autofree char *range = NULL;

  fixture->store = fill (fixture, "demo.db", 500, 7, QS_LANGUAGE_EN);
  store = fixture->store;

  /* About eight departments in one tree. */
  n = query (store, "SELECT count(*) FROM departments");
  g_assert_cmpint (n, >=, 6);
  g_assert_cmpint (n, <=, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM departments WHERE parent_id IS NULL"), ==,
                   1);
  g_assert_cmpint (query (store,
                          "SELECT count(*) FROM departments d WHERE parent_id IS NOT NULL "
                          "AND NOT EXISTS (SELECT 1 FROM departments p WHERE p.id = d.parent_id)"),
                   ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM departments WHERE is_provider"), >=, 3);
  g_assert_cmpint (query (store, "SELECT count(*) FROM department_needs"), >=, n);

  /* About 150 people with unique e-mails, in both languages. */
  n = query (store, "SELECT count(*) FROM clients");
  g_assert_cmpint (n, >=, 140);
  g_assert_cmpint (n, <=, 160);
  g_assert_cmpint (
    query (store, "SELECT count(DISTINCT lower(email)) FROM clients WHERE email LIKE '%_@_%'"), ==,
    n);
  g_assert_cmpint (query (store, "SELECT count(*) FROM clients WHERE language = 'fr'"), >, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM clients WHERE language = 'en'"), >, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM clients WHERE is_staff"), >, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM services"), >, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM service_recipients"), >, 0);

  /* Every provider publishes a charter covering the seven categories. */
  g_assert_cmpint (
    query (store,
           "SELECT count(*) FROM departments d WHERE is_provider AND NOT EXISTS "
           "(SELECT 1 FROM charters c WHERE c.department_id = d.id AND c.status = 'published')"),
    ==, 0);
  g_assert_cmpint (
    query (store,
           "SELECT count(*) FROM charters c WHERE status = 'published' AND "
           "(SELECT count(DISTINCT category) FROM commitments m WHERE m.charter_id = c.id) < 7"),
    ==, 0);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM commitments WHERE metric = 'acknowledgement' AND "
                  "target_value = 24 AND target_unit = 'business-hours' AND threshold_percent = 95 "
                  "AND channel = 'email'"),
    ==, query (store, "SELECT count(*) FROM charters"));
  g_assert_cmpint (query (store, "SELECT count(*) FROM charters WHERE review_date < '2026-06-01'"),
                   ==, 1);
  assert_model_charter (store);
  g_assert_cmpint (query (store, "SELECT count(*) FROM (SELECT 1 FROM commitments "
                                 "GROUP BY charter_id, category, position HAVING count(*) > 1)"),
                   ==, 0);

  /* The calendar: weekly hours and holidays. */
  g_assert_cmpint (
    query (store,
           "SELECT count(*) FROM calendars WHERE ref = 'default' AND timezone = 'America/Toronto' "
           "AND weekly_hours LIKE 'mon=08:30-12:00,13:00-16:30;%fri=08:30-12:00,13:00-16:30'"),
    ==, 1);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM calendar_days WHERE hours = '' AND day = '2025-12-25'"), ==,
    1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM calendar_days WHERE hours = ''"), >=, 20);

  /* Exactly the requests asked for, within the 18 months, in order. */
  requests = qs_store_get_repository (store, QS_TYPE_REQUEST);
  g_assert_cmpint (qs_repository_count (requests, NULL, NULL, QS_QUERY_DEFAULT, &error), ==, 500);
  g_assert_no_error (error);
  range = g_strdup_printf ("received_at < %" G_GINT64_FORMAT " OR received_at > %" G_GINT64_FORMAT,
                           START, NOW);
  g_assert_cmpint (qs_repository_count (requests, range, NULL, QS_QUERY_DEFAULT, &error), ==, 0);
  g_assert_cmpint (
    qs_repository_count (requests,
                         "acknowledged_at < received_at OR resolved_at < acknowledged_at OR "
                         "(resolved_at IS NOT NULL AND acknowledged_at IS NULL) OR "
                         "client_informed_at < received_at OR closed_at < client_informed_at",
                         NULL, QS_QUERY_DEFAULT, &error),
    ==, 0);
  g_assert_cmpint (qs_repository_count (
                     requests,
                     "status = 'closed' AND (client_informed_at IS NULL OR resolved_at IS NULL)",
                     NULL, QS_QUERY_DEFAULT, &error),
                   ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM requests WHERE kind = 'complaint'"), >, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM requests WHERE confidential"), >, 0);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM requests WHERE resolved_at > resolution_due_at"), >, 0);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM requests WHERE acknowledged_at > ack_due_at"), >, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM requests WHERE status = 'closed'"), >, 300);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM requests WHERE status NOT IN ('closed', 'rejected')"), >,
    0);
  assert_covered (store, "ack_commitment_id", "acknowledgement");
  assert_covered (store, "commitment_id", "resolution");
  /* The e-mail standards and the complaint procedure leave none out. */
  g_assert_cmpint (
    query (store,
           "SELECT count(*) FROM requests WHERE (channel = 'email' AND kind <> 'compliment' "
           "OR kind = 'complaint') AND (ack_commitment_id IS NULL OR commitment_id IS NULL)"),
    ==, 0);
  g_assert_cmpint (
    query (
      store,
      "SELECT count(*) FROM requests WHERE (ack_due_at IS NULL) <> (ack_commitment_id IS NULL) "
      "OR (resolution_due_at IS NULL) <> (commitment_id IS NULL)"),
    ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM requests WHERE ref NOT GLOB "
                                 "'REQ-20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]*'"),
                   ==, 0);

  /* A history for every request, starting with its creation. */
  g_assert_cmpint (
    query (store,
           "SELECT count(*) FROM requests r WHERE NOT EXISTS (SELECT 1 FROM request_events e "
           "WHERE e.request_id = r.id AND e.kind = 'created' AND e.at = r.received_at)"),
    ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM request_events WHERE kind = 'status' AND "
                                 "(old_value IS NULL OR new_value IS NULL OR actor IS NULL)"),
                   ==, 0);

  /* Feedback, the questionnaire, indicators and improvement actions. */
  g_assert_cmpint (
    query (
      store,
      "SELECT count(*) FROM feedback WHERE source = 'after-request' AND rating BETWEEN 1 AND 5 "
      "AND expected_score IS NOT NULL AND perceived_score IS NOT NULL"),
    >, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM feedback WHERE source = 'suggestion-box' "
                                 "AND anonymous AND client_id IS NULL"),
                   >, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM surveys"), >=, 1);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM survey_questions WHERE text_en IS NULL OR text_fr IS NULL"),
    ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM survey_answers"), >, 0);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM survey_responses WHERE client_id IS NOT NULL"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM indicators"), >=, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM indicator_values"), >, 0);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT stage) FROM actions"), >=, 5);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM action_links l JOIN requests r ON r.id = l.target_id "
                  "WHERE l.kind = 'request' AND r.kind = 'complaint'"),
    >, 0);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM action_links l JOIN indicators i ON i.id = l.target_id "
                  "WHERE l.kind = 'indicator'"),
    >, 0);

  assert_surveys_obey_rules (store);

  /* Sound, foreign keys included, and back to the store's own settings. */
  g_assert_true (qs_store_check (store, report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report->str, ==, "");
  g_assert_cmpint (query (store, "PRAGMA foreign_keys"), ==, 1);
}

static gboolean
dump_cb (QsEntity *entity, gpointer user_data)
{
  GChecksum       *checksum = user_data;
  QsEntityClass   *klass = QS_ENTITY_GET_CLASS (entity);
  g_autofree char *head =
    g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT, qs_entity_get_id (entity),
                     qs_entity_get_created_at (entity), qs_entity_get_updated_at (entity));
  guint n_fields;

  qs_entity_class_get_fields (klass, &n_fields);
  g_checksum_update (checksum, (const guchar *) head, -1);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = g_strdup_value_contents (qs_entity_get_value (entity, i));

      g_checksum_update (checksum, (const guchar *) "|", 1);
      g_checksum_update (checksum, (const guchar *) value, -1);
    }
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  return TRUE;
}

/* A digest of every row of every table, in the order of the ids. */
static char *
digest (QsStore *store)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const GType *types;
  guint        n_types;

  types = qs_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr (GError) error = NULL;

      g_checksum_update (checksum, (const guchar *) g_type_name (types[i]), -1);
      g_assert_true (qs_repository_foreach (qs_store_get_repository (store, types[i]), NULL, NULL,
                                            "id", QS_QUERY_INCLUDE_DELETED, dump_cb, checksum,
                                            &error));
      g_assert_no_error (error);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_reproducible (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) first = fill (fixture, "first.db", 300, 42, QS_LANGUAGE_EN);
  g_autoptr (QsStore) second = fill (fixture, "second.db", 300, 42, QS_LANGUAGE_EN);
  g_autoptr (QsStore) other = fill (fixture, "other.db", 300, 43, QS_LANGUAGE_EN);
  g_autofree char *a = digest (first);
  g_autofree char *b = digest (second);
  g_autofree char *c = digest (other);

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

static void
test_french (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) charters = NULL;
  QsStore *store;

  fixture->store = fill (fixture, "fr.db", 50, 1, QS_LANGUAGE_FR);
  store = fixture->store;
  charters = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_CHARTER), NULL, NULL,
                                     "ref", QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (charters->len, >, 0);
  for (guint i = 0; i < charters->len; i++)
    {
      QsEntity *charter = g_ptr_array_index (charters, i);

      g_assert_cmpint (qs_entity_get_enum (charter, QS_CHARTER_FIELD_LANGUAGE), ==, QS_LANGUAGE_FR);
      g_assert_true (
        g_str_has_prefix (qs_entity_get_string (charter, QS_CHARTER_FIELD_REF), "CHARTE-"));
      g_assert_true (g_str_has_prefix (qs_entity_get_string (charter, QS_CHARTER_FIELD_TITLE_FR),
                                       "Charte de services"));
      g_assert_nonnull (qs_entity_get_string (charter, QS_CHARTER_FIELD_TITLE_EN));
    }
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM departments WHERE name = 'Ressources humaines'"), ==, 1);
  g_assert_cmpint (
    query (store, "SELECT count(*) FROM calendar_days WHERE name = 'Fête nationale du Québec'"), >,
    0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM commitments WHERE text_fr LIKE '%150 $%'"),
                   >, 0);
}

static void
test_refuses_data (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = db_path (fixture, "full.db");
  QsDemoOptions    options;

  fixture->store = fill (fixture, "full.db", 20, 1, QS_LANGUAGE_EN);
  qs_demo_options_init (&options);
  options.now = NOW;
  g_assert_false (qs_demo_fill (fixture->store, &options, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, path));
  /* Nothing was added. */
  g_assert_cmpint (query (fixture->store, "SELECT count(*) FROM requests"), ==, 20);
}

/* A failure midway leaves the database as it was: empty, with its
 * indexes and its settings. */
static void
test_rollback (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsDemoOptions options;
  gint64        n_indexes;
  const GType  *types;
  guint         n_types;

  fixture->store = open_store (fixture, "failing.db");
  n_indexes = query (fixture->store, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'");
  g_assert_true (qs_store_exec (fixture->store,
                                "CREATE TRIGGER fail_midway AFTER INSERT ON request_events "
                                "WHEN (SELECT count(*) FROM request_events) > 100 "
                                "BEGIN SELECT RAISE (ABORT, 'injected failure'); END",
                                &error));
  g_assert_no_error (error);

  qs_demo_options_init (&options);
  options.n_requests = 200;
  options.now = NOW;
  g_assert_false (qs_demo_fill (fixture->store, &options, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "injected failure"));

  types = qs_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr (GError) count_error = NULL;

      g_assert_cmpint (qs_repository_count (qs_store_get_repository (fixture->store, types[i]),
                                            NULL, NULL, QS_QUERY_INCLUDE_DELETED, &count_error),
                       ==, 0);
      g_assert_no_error (count_error);
    }
  g_assert_cmpint (
    query (fixture->store, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"), ==,
    n_indexes);
  g_assert_cmpint (query (fixture->store, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"),
                   ==, 1);
  g_assert_cmpint (query (fixture->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query (fixture->store, "PRAGMA synchronous"), ==, 1);
}

/* The command line, run in a child so that its output is captured. */
static void
run_cli (const char *db, const char *first, ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  QsCliOptions cli = { db };
  va_list      ap;

  g_ptr_array_add (args, (char *) "demo");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  exit (qs_cli_demo (&cli, args->len - 1, (char **) args->pdata));
}

static void
test_cli (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *name;
    const char *stderr_pattern;
  } cases[] = {
    { "ok", NULL },
    { "requests-abc", "*qualserv-cli demo: --requests must be a whole number, not “abc”.*" },
    { "requests-negative", "*--requests must be a whole number, not “-5”.*" },
    { "requests-huge", "*--requests must be at most 10000000, not “99999999999”.*" },
    { "seed-abc", "*--seed must be a whole number, not “x1”.*" },
    { "lang", "*--lang must be “fr” or “en”, not “de”.*" },
    { "extra", "*unexpected argument “now”.*" },
    { "again", "*already holds data*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/demo/cli/subprocess/%s", cases[i].name);

      g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_DEFAULT);
      if (cases[i].stderr_pattern == NULL)
        {
          g_test_trap_assert_passed ();
          g_test_trap_assert_stdout ("*Filled*30 requests*");
        }
      else
        {
          g_test_trap_assert_failed ();
          g_test_trap_assert_stderr (cases[i].stderr_pattern);
        }
    }
}

static char *subprocess_db;

static void
cli_ok (void)
{
  run_cli (subprocess_db, "--requests", "30", "--seed", "5", "--lang", "fr", NULL);
}

static void
cli_requests_abc (void)
{
  run_cli (subprocess_db, "--requests", "abc", NULL);
}

static void
cli_requests_negative (void)
{
  run_cli (subprocess_db, "--requests=-5", NULL);
}

static void
cli_requests_huge (void)
{
  run_cli (subprocess_db, "--requests", "99999999999", NULL);
}

static void
cli_seed_abc (void)
{
  run_cli (subprocess_db, "--seed", "x1", NULL);
}

static void
cli_lang (void)
{
  run_cli (subprocess_db, "--lang", "de", NULL);
}

static void
cli_extra (void)
{
  run_cli (subprocess_db, "now", NULL);
}

static void
cli_again (void)
{
  run_cli (subprocess_db, "--requests", "10", NULL);
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = NULL;
  int              status;

  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  /* One database for the command-line cases: the first fills it, the
   * last finds it full. Children inherit the path through the
   * environment. */
  if (g_getenv ("QS_TEST_DEMO_DB") == NULL)
    {
      dir = g_dir_make_tmp ("qualserv-demo-cli-XXXXXX", NULL);
      g_assert_nonnull (dir);
      subprocess_db = g_build_filename (dir, "cli.db", NULL);
      g_setenv ("QS_TEST_DEMO_DB", subprocess_db, TRUE);
    }
  else
    subprocess_db = g_strdup (g_getenv ("QS_TEST_DEMO_DB"));

  g_test_add ("/demo/organisation", Fixture, NULL, fixture_set_up, test_organisation,
              fixture_tear_down);
  g_test_add ("/demo/reproducible", Fixture, NULL, fixture_set_up, test_reproducible,
              fixture_tear_down);
  g_test_add ("/demo/french", Fixture, NULL, fixture_set_up, test_french, fixture_tear_down);
  g_test_add ("/demo/refuses-data", Fixture, NULL, fixture_set_up, test_refuses_data,
              fixture_tear_down);
  g_test_add ("/demo/rollback", Fixture, NULL, fixture_set_up, test_rollback, fixture_tear_down);
  g_test_add ("/demo/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  g_test_add_func ("/demo/cli/subprocess/ok", cli_ok);
  g_test_add_func ("/demo/cli/subprocess/requests-abc", cli_requests_abc);
  g_test_add_func ("/demo/cli/subprocess/requests-negative", cli_requests_negative);
  g_test_add_func ("/demo/cli/subprocess/requests-huge", cli_requests_huge);
  g_test_add_func ("/demo/cli/subprocess/seed-abc", cli_seed_abc);
  g_test_add_func ("/demo/cli/subprocess/lang", cli_lang);
  g_test_add_func ("/demo/cli/subprocess/extra", cli_extra);
  g_test_add_func ("/demo/cli/subprocess/again", cli_again);

  status = g_test_run ();

  if (dir != NULL)
    remove_dir (dir);
  g_free (subprocess_db);
  return status;
}
