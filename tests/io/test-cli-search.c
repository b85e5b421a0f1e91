/* test-cli-search.c — qualserv-cli search, run in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <time.h>

#include "qs-cli.h"
#include "qs-demo.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-store.h"
#include "qs-cli-test-util.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

/* 2026-03-02 12:00 UTC, 13:00 in Paris. */
#define NOON ((gint64) 1772452800 * G_USEC_PER_SEC)
#define HOUR ((gint64) 3600 * G_USEC_PER_SEC)

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
add_request (QsStore    *store,
             const char *ref,
             const char *subject,
             int         status,
             gint64      received_at,
             gboolean    deleted)
{
  QsRepository *requests = qs_store_get_repository (store, QS_TYPE_REQUEST);
  g_autoptr (QsEntity) request = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (GError) error = NULL;

  g_object_set (request, "ref", ref, "subject", subject, "status", status, "received-at",
                received_at, NULL);
  g_assert_true (qs_repository_save (requests, request, &error));
  if (deleted)
    g_assert_true (qs_repository_delete (requests, request, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = NULL;

  fixture->dir = qs_test_make_tmp_dir ("qs-cli-search-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  store = qs_test_open_store (fixture->db_path);
  add_request (store, "REQ-2026-00001", "Error on my pay statement", QS_REQUEST_STATUS_CLOSED,
               NOON - 24 * HOUR, FALSE);
  add_request (store, "REQ-2026-00002", "Printer out of order", QS_REQUEST_STATUS_RECEIVED,
               NOON - HOUR, FALSE);
  add_request (store, "REQ-2026-00003", "Relevé de paie\terroné", QS_REQUEST_STATUS_ACKNOWLEDGED,
               NOON, FALSE);
  add_request (store, "REQ-2026-00004", "Paye en retard", QS_REQUEST_STATUS_RECEIVED, NOON, TRUE);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

typedef struct
{
  const char *zone;
  const char *stdout_text;
} ZoneCase;

/* The dates are the user's local time: the same instants in three zones,
 * one with a half-hour offset and one a day ahead of UTC. */
static const ZoneCase zone_cases[] = {
  { "Europe/Paris", "REQ-2026-00003\tacknowledged\t2026-03-02 13:00\tRelevé de paie erroné\n"
                    "REQ-2026-00001\tclosed\t2026-03-01 13:00\tError on my pay statement\n" },
  { "America/St_Johns", "REQ-2026-00003\tacknowledged\t2026-03-02 08:30\tRelevé de paie erroné\n"
                        "REQ-2026-00001\tclosed\t2026-03-01 08:30\tError on my pay statement\n" },
  { "Pacific/Auckland", "REQ-2026-00003\tacknowledged\t2026-03-03 01:00\tRelevé de paie erroné\n"
                        "REQ-2026-00001\tclosed\t2026-03-02 01:00\tError on my pay statement\n" },
};

/* Runs "search pa" in the zone @zone, as a user living there would. */
static void
run_text_search (Fixture *fixture, const char *zone)
{
  const char *argv[] = { "search", "pa", NULL };

  g_setenv ("TZ", zone, TRUE);
  tzset ();
  g_assert_cmpint (qs_test_run_cli (qs_cli_search, fixture->db_path, argv), ==, 0);
}

/* Newest first, one a line; "pa" finds "pay" and "paie", not the deleted
 * request's "Paye"; a tab in a subject becomes a space. */
static void
test_text (Fixture *fixture, gconstpointer data)
{
  const ZoneCase *zone_case = data;

  if (g_test_subprocess ())
    {
      run_text_search (fixture, zone_case->zone);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (zone_case->stdout_text);
  g_test_trap_assert_stderr ("");
}

/* In the C locale, whose codeset is ASCII, what the command prints is
 * still the subjects' UTF-8, byte for byte, as a script reading it
 * expects. */
static void
test_text_c_locale (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_setenv ("LC_ALL", "C", TRUE);
      g_assert_nonnull (setlocale (LC_ALL, ""));
      g_assert_false (g_get_charset (NULL));
      run_text_search (fixture, zone_cases[0].zone);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (zone_cases[0].stdout_text);
  g_test_trap_assert_stderr ("");
}

static void
test_limit_and_json (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "search", "pa", "--limit", "1", "--format", "json", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_search, fixture->db_path, argv), ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("[\n  {\"ref\": \"REQ-2026-00003\", \"status\": \"acknowledged\", "
                             "\"received_at\": \"2026-03-02T12:00:00Z\", "
                             "\"subject\": \"Relevé de paie\\terroné\"}\n]\n");
}

/* Two words: both must be found. */
static void
test_two_words (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *argv[] = { "search", "pay", "stat", NULL };

      g_assert_cmpint (qs_test_run_cli (qs_cli_search, fixture->db_path, argv), ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("REQ-2026-00001\t*\n");
  g_test_trap_assert_stdout_unmatched ("*REQ-2026-00003*");
}

typedef struct
{
  const char *argv[8];
  const char *stderr_pattern;
} UsageCase;

static const UsageCase usage_cases[] = {
  { { "search", "pay", "--limit", "many" },
    "qualserv-cli search: --limit must be a whole number from 1 to 1000000, not “many”.\n" },
  { { "search", "pay", "--limit", "0" },
    "qualserv-cli search: --limit must be a whole number from 1 to 1000000, not “0”.\n" },
  { { "search" }, "qualserv-cli search: say what to search for: qualserv-cli search WORDS.\n" },
  { { "search", "pay", "--format", "csv" },
    "qualserv-cli search: --format must be text or json, not “csv”.\n" },
};

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);

  if (g_test_subprocess ())
    {
      g_assert_cmpint (
        qs_test_run_cli (qs_cli_search, fixture->db_path, (const char **) usage_cases[i].argv), ==,
        1);
      return;
    }
  qs_test_assert_cli_error (usage_cases[i].stderr_pattern);
}

/* The demo fills the search indexes in one go at the end, and leaves the
 * triggers that keep them up to date for what is written afterwards. */
static void
test_demo_searchable (void)
{
  g_autofree char *dir = qs_test_make_tmp_dir ("qs-cli-search-demo-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr (QsStore) store = qs_test_open_store (path);
  g_autoptr (GError) error = NULL;
  QsDemoOptions options;

  qs_demo_options_init (&options);
  options.n_requests = 300;
  options.seed = 7;
  options.language = QS_LANGUAGE_EN;
  options.now = NOON;
  g_assert_true (qs_demo_fill (store, &options, &error));
  g_assert_no_error (error);

  g_assert_cmpint (
    qs_store_query_int (store,
                        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                        " AND name IN ('requests_fts_insert', 'request_history_fts_insert')",
                        &error),
    ==, 2);
  /* What the demo wrote is found as LIKE finds it. */
  g_assert_cmpint (
    qs_store_query_int (
      store, "SELECT count(*) FROM requests_fts WHERE requests_fts MATCH 'printer*'", &error),
    ==,
    qs_store_query_int (store,
                        "SELECT count(*) FROM requests WHERE subject LIKE '%printer%'"
                        " OR description LIKE '%printer%' OR resolution LIKE '%printer%'",
                        &error));
  g_assert_cmpint (
    qs_store_query_int (store,
                        "SELECT count(*) FROM request_history_fts"
                        " WHERE request_history_fts MATCH 'waiting*'",
                        &error),
    ==,
    qs_store_query_int (store, "SELECT count(*) FROM request_events WHERE note LIKE '%waiting%'",
                        &error));
  g_assert_cmpint (
    qs_store_query_int (
      store, "SELECT count(*) FROM requests_fts WHERE requests_fts MATCH 'printer*'", &error),
    >, 0);
  g_assert_no_error (error);

  /* A request written afterwards is indexed by the trigger. */
  add_request (store, "REQ-2026-99999", "Zeppelin parking", QS_REQUEST_STATUS_RECEIVED, NOON,
               FALSE);
  g_assert_cmpint (
    qs_store_query_int (
      store, "SELECT count(*) FROM requests_fts WHERE requests_fts MATCH 'zeppelin'", &error),
    ==, 1);
  g_object_unref (g_steal_pointer (&store));
  qs_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-search/demo-searchable", test_demo_searchable);
  for (guint i = 0; i < G_N_ELEMENTS (zone_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli-search/text/%s", zone_cases[i].zone);

      g_test_add (path, Fixture, &zone_cases[i], fixture_set_up, test_text, fixture_tear_down);
    }
  g_test_add ("/cli-search/text/c-locale", Fixture, NULL, fixture_set_up, test_text_c_locale,
              fixture_tear_down);
  g_test_add ("/cli-search/limit-and-json", Fixture, NULL, fixture_set_up, test_limit_and_json,
              fixture_tear_down);
  g_test_add ("/cli-search/two-words", Fixture, NULL, fixture_set_up, test_two_words,
              fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli-search/usage/%u", i);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_usage,
                  fixture_tear_down);
    }
  return g_test_run ();
}
