/* test-request-query.c — the tracker's filters, search and sort orders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-request-query.h"
#include "qs-repository-private.h"
#include "qs-store-private.h"
#include "qs-store.h"
#include "qs-test-util.h"

#define HOUR ((gint64) 3600 * G_USEC_PER_SEC)
/* 2026-03-02 12:00 UTC. */
#define NOW ((gint64) 1772452800 * G_USEC_PER_SEC)

typedef struct
{
  char    *dir;
  QsStore *store;
} Fixture;

static QsEntity *
save (Fixture *fixture, QsEntity *entity)
{
  qs_test_save (fixture->store, entity);
  return entity;
}

/* Six requests, recorded in this order (A first); E is deleted.
 *
 *   ref              kind        status        subject                       client department
 * assignee  priority  due A REQ-2026-00001 request     closed        Error on my pay statement Zoé
 * Martin        Finance     -         low       - B REQ-2026-00002 complaint   in-analysis   Job
 * evaluation (confidential) Anne Bernard      RH          Martin    urgent    now - 1 h C
 * REQ-2026-99999 request     acknowledged  Printer out of order          Anne Bernard      Finance
 * -         high      now + 1 h (90 % used) D REQ-2026-100000 suggestion received      Laptop will
 * not start         Zoé Martin        RH          Bernard   normal    now + 10 h (10 % used) E
 * REQ-2026-00005 request     received      A pay rise (deleted)          -                 - - low
 * - F REQ-2025-00009 compliment  rejected      Plan A for the move           -                 - -
 * low       -
 */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsEntity) finance = qs_entity_new (QS_TYPE_DEPARTMENT);
  g_autoptr (QsEntity) hr = qs_entity_new (QS_TYPE_DEPARTMENT);
  g_autoptr (QsEntity) martin = qs_entity_new (QS_TYPE_CLIENT);
  g_autoptr (QsEntity) bernard = qs_entity_new (QS_TYPE_CLIENT);
  g_autoptr (QsEntity) a = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) b = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) c = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) d = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) e = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) f = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) note = qs_entity_new (QS_TYPE_REQUEST_EVENT);
  g_autoptr (QsEntity) deleted_note = qs_entity_new (QS_TYPE_REQUEST_EVENT);

  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("qs-request-query-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);

  g_assert_true (qs_store_begin (fixture->store, &error));
  g_object_set (finance, "ref", "FIN", "name", "Finance", NULL);
  g_object_set (hr, "ref", "RH", "name", "Ressources humaines", NULL);
  g_object_set (martin, "given-name", "Zoé", "family-name", "Martin", NULL);
  g_object_set (bernard, "given-name", "Anne", "family-name", "Bernard", NULL);
  save (fixture, finance);
  save (fixture, hr);
  save (fixture, martin);
  save (fixture, bernard);

  g_object_set (a, "ref", "REQ-2026-00001", "kind", QS_REQUEST_KIND_REQUEST, "status",
                QS_REQUEST_STATUS_CLOSED, "subject", "Error on my pay statement", "description",
                "The overtime is missing.", "client-id", qs_entity_get_id (martin), "department-id",
                qs_entity_get_id (finance), "received-at", NOW - 100 * HOUR, NULL);
  g_object_set (b, "ref", "REQ-2026-00002", "kind", QS_REQUEST_KIND_COMPLAINT, "status",
                QS_REQUEST_STATUS_IN_ANALYSIS, "subject", "Job evaluation", "description",
                "Le poste est réévalué sans entretien.", "confidential", TRUE, "client-id",
                qs_entity_get_id (bernard), "department-id", qs_entity_get_id (hr), "assignee-id",
                qs_entity_get_id (martin), "priority", QS_PRIORITY_URGENT, "received-at",
                NOW - 20 * HOUR, "resolution-due-at", NOW - HOUR, NULL);
  g_object_set (c, "ref", "REQ-2026-99999", "kind", QS_REQUEST_KIND_REQUEST, "status",
                QS_REQUEST_STATUS_ACKNOWLEDGED, "subject", "Printer out of order", "description",
                "Paper jam, again.", "problem", QS_PROBLEM_OUTDATED_TECHNOLOGY, "client-id",
                qs_entity_get_id (bernard), "department-id", qs_entity_get_id (finance), "priority",
                QS_PRIORITY_HIGH, "received-at", NOW - 9 * HOUR, "resolution-due-at", NOW + HOUR,
                NULL);
  g_object_set (d, "ref", "REQ-2026-100000", "kind", QS_REQUEST_KIND_SUGGESTION, "status",
                QS_REQUEST_STATUS_RECEIVED, "subject", "Laptop will not start", "description",
                "After the update, nothing.", "client-id", qs_entity_get_id (martin),
                "department-id", qs_entity_get_id (hr), "assignee-id", qs_entity_get_id (bernard),
                "priority", QS_PRIORITY_NORMAL, "received-at", NOW - HOUR, "resolution-due-at",
                NOW + 9 * HOUR, NULL);
  g_object_set (e, "ref", "REQ-2026-00005", "subject", "A pay rise", "received-at", NOW - 2 * HOUR,
                NULL);
  g_object_set (f, "ref", "REQ-2025-00009", "kind", QS_REQUEST_KIND_COMPLIMENT, "status",
                QS_REQUEST_STATUS_REJECTED, "subject", "Plan A for the move", "received-at",
                NOW - 50 * HOUR, NULL);
  /* A and C were made from HR, whatever department answers them. */
  g_object_set (a, "origin-department-id", qs_entity_get_id (hr), NULL);
  g_object_set (c, "origin-department-id", qs_entity_get_id (hr), NULL);
  save (fixture, a);
  save (fixture, b);
  save (fixture, c);
  save (fixture, d);
  save (fixture, e);
  save (fixture, f);

  g_object_set (note, "request-id", qs_entity_get_id (d), "at", NOW - HOUR / 2, "kind",
                QS_EVENT_KIND_COMMENT, "note", "Le client rappelle : écran bleu.", NULL);
  save (fixture, note);
  /* The history of a deleted request does not bring it back. */
  g_object_set (deleted_note, "request-id", qs_entity_get_id (e), "at", NOW - HOUR, "kind",
                QS_EVENT_KIND_COMMENT, "note", "Écran bleu aussi.", NULL);
  save (fixture, deleted_note);
  g_assert_true (
    qs_repository_delete (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST), e, &error));
  g_assert_no_error (error);
  g_assert_true (qs_store_commit (fixture->store, &error));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The list's refs' last letters: "REQ-2026-00001" is A, and so on. */
static char *
letters (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (QsEntity) request = g_list_model_get_item (model, i);
      const char *ref = qs_entity_get_string (request, QS_REQUEST_FIELD_REF);

      if (g_str_equal (ref, "REQ-2026-00001"))
        g_string_append_c (out, 'A');
      else if (g_str_equal (ref, "REQ-2026-00002"))
        g_string_append_c (out, 'B');
      else if (g_str_equal (ref, "REQ-2026-99999"))
        g_string_append_c (out, 'C');
      else if (g_str_equal (ref, "REQ-2026-100000"))
        g_string_append_c (out, 'D');
      else if (g_str_equal (ref, "REQ-2026-00005"))
        g_string_append_c (out, 'E');
      else if (g_str_equal (ref, "REQ-2025-00009"))
        g_string_append_c (out, 'F');
      else if (g_str_equal (ref, "REQ-2026-00007"))
        g_string_append_c (out, 'G');
      else if (g_str_equal (ref, "REQ-2026-00008"))
        g_string_append_c (out, 'H');
      else
        g_string_append_c (out, '?');
    }
  return g_string_free (out, FALSE);
}

static char *
run (Fixture *fixture, const QsRequestFilter *filter, double at_risk_share)
{
  g_autoptr (QsQueryListModel) model = qs_request_query_new_model (fixture->store);
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_request_query_apply (model, filter, NOW, at_risk_share, &error));
  g_assert_no_error (error);
  return letters (G_LIST_MODEL (model));
}

static char *
run_search (Fixture *fixture, const char *search)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();

  filter->search = g_strdup (search);
  return run (fixture, filter, 0.75);
}

static void
test_default_order (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsQueryListModel) model = qs_request_query_new_model (fixture->store);
  g_autoptr (GError) error = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *oldest = NULL;
  g_autofree char *fresh = NULL;

  /* A new model lists every live request once reloaded, newest first. */
  g_assert_true (qs_query_list_model_reload (model, &error));
  fresh = letters (G_LIST_MODEL (model));
  g_assert_cmpstr (fresh, ==, "FDCBA");
  newest = run (fixture, filter, 0.75);
  g_assert_cmpstr (newest, ==, "FDCBA");
  filter->descending = FALSE;
  oldest = run (fixture, filter, 0.75);
  g_assert_cmpstr (oldest, ==, "ABCDF");
}

static void
test_search (Fixture *fixture, gconstpointer data)
{
  struct
  {
    const char *search;
    const char *expected;
  } cases[] = {
    { "pay", "A" },                          /* E says "pay" too, but is deleted */
    { "PAY statem", "A" },                   /* every word, each a prefix */
    { "pa", "CA" },                          /* "paper", "pay" */
    { "overtime", "A" },                     /* the description */
    { "reevalue", "B" },                     /* accents folded: "réévalué" */
    { "ÉVAL", "B" },       { "ecran", "D" }, /* the history: a comment's note */
    { "écran bl", "D" },   { "a", "F" },     /* one letter: the word "A", not "after" */
    { "after t", "D" },                      /* "t" is still being typed */
    { "plan a ", "F" },                      /* a whole word: "a" */
    { "after", "D" },      { "pay printer", "" },
    { "  ,; ", "FDCBA" }, /* nothing to search: everything */
    { "", "FDCBA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = run_search (fixture, cases[i].search);

      g_test_message ("search \"%s\"", cases[i].search);
      g_assert_cmpstr (found, ==, cases[i].expected);
    }
}

/* The history's index follows its notes and its requests. */
static void
test_history_follows (Fixture *fixture, gconstpointer data)
{
  QsRepository *requests = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST);
  QsRepository *events = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST_EVENT);
  g_autoptr (GPtrArray) notes = NULL;
  g_autoptr (GPtrArray) deleted = NULL;
  g_autoptr (QsEntity) second = qs_entity_new (QS_TYPE_REQUEST_EVENT);
  g_autoptr (GError) error = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *old_words = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *two_notes = NULL;
  g_autofree char *one_left = NULL;
  QsEntity        *note;

  notes =
    qs_repository_find_all (events, "note LIKE 'Le client%'", NULL, NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  note = notes->pdata[0];

  /* An edited note is found by its new words only. */
  g_object_set (note, "note", "Souris cassée.", NULL);
  save (fixture, note);
  edited = run_search (fixture, "souris");
  old_words = run_search (fixture, "ecran");
  g_assert_cmpstr (edited, ==, "D");
  g_assert_cmpstr (old_words, ==, "");

  /* A restored request comes back with its history ("Écran bleu aussi."). */
  deleted = qs_repository_find_all (requests, "ref = 'REQ-2026-00005'", NULL, NULL,
                                    QS_QUERY_INCLUDE_DELETED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deleted->len, ==, 1);
  qs_entity_set_deleted_at (deleted->pdata[0], 0);
  save (fixture, deleted->pdata[0]);
  restored = run_search (fixture, "ecran");
  g_assert_cmpstr (restored, ==, "E");

  /* Two notes on one request: one entry in the list; deleting one
   * leaves the other. */
  g_object_set (second, "request-id",
                qs_entity_get_string (note, QS_REQUEST_EVENT_FIELD_REQUEST_ID), "at", NOW, "kind",
                QS_EVENT_KIND_COMMENT, "note", "Souris remplacée.", NULL);
  save (fixture, second);
  two_notes = run_search (fixture, "souris");
  g_assert_cmpstr (two_notes, ==, "D");
  g_assert_true (qs_repository_delete (events, note, &error));
  g_assert_no_error (error);
  one_left = run_search (fixture, "cassee");
  g_assert_cmpstr (one_left, ==, "");
  g_clear_pointer (&one_left, g_free);
  one_left = run_search (fixture, "remplacee");
  g_assert_cmpstr (one_left, ==, "D");
}

static void
test_search_to_match (void)
{
  g_autofree char *match = qs_request_search_to_match ("  Pay ST, l’eau é ");
  g_autofree char *typing = qs_request_search_to_match ("pay s");
  g_autofree char *alone = qs_request_search_to_match ("s");
  g_autofree char *none = qs_request_search_to_match (" !? ");

  g_assert_cmpstr (match, ==, "\"Pay\"* \"ST\"* \"l\" \"eau\"* \"é\"");
  /* The last letter typed, alone after a word: not a word yet. */
  g_assert_cmpstr (typing, ==, "\"pay\"*");
  g_assert_cmpstr (alone, ==, "\"s\"");
  g_assert_null (none);
  g_assert_null (qs_request_search_to_match (NULL));
}

static void
check (Fixture *fixture, QsRequestFilter *filter, double at_risk_share, const char *expected)
{
  g_autofree char *found = run (fixture, filter, at_risk_share);

  g_assert_cmpstr (found, ==, expected);
  qs_request_filter_free (filter);
}

static QsRequestFilter *
search_filter (const char *search)
{
  QsRequestFilter *filter = qs_request_filter_new ();

  filter->search = g_strdup (search);
  return filter;
}

static const char *
find_id (Fixture *fixture, GType type, const char *where)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = qs_repository_find_all (
    qs_store_get_repository (fixture->store, type), where, NULL, NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  /* The entity stays alive in the repository's cache or not: copy. */
  return g_intern_string (qs_entity_get_id (found->pdata[0]));
}

static void
test_filters (Fixture *fixture, gconstpointer data)
{
  QsRequestFilter *filter;

  filter = qs_request_filter_new ();
  filter->status = QS_REQUEST_STATUS_IN_ANALYSIS;
  check (fixture, filter, 0.75, "B");

  /* Neither closed (A) nor rejected (F). */
  filter = qs_request_filter_new ();
  filter->open_only = TRUE;
  check (fixture, filter, 0.75, "DCB");

  filter = qs_request_filter_new ();
  filter->kind = QS_REQUEST_KIND_COMPLAINT;
  check (fixture, filter, 0.75, "B");

  filter = qs_request_filter_new ();
  filter->problem = QS_PROBLEM_OUTDATED_TECHNOLOGY;
  check (fixture, filter, 0.75, "C");

  filter = qs_request_filter_new ();
  filter->confidential = 1;
  check (fixture, filter, 0.75, "B");

  filter = qs_request_filter_new ();
  filter->confidential = 0;
  check (fixture, filter, 0.75, "FDCA");

  filter = qs_request_filter_new ();
  filter->department_id = g_strdup (find_id (fixture, QS_TYPE_DEPARTMENT, "ref = 'FIN'"));
  check (fixture, filter, 0.75, "CA");

  filter = qs_request_filter_new ();
  filter->assignee_id = g_strdup (find_id (fixture, QS_TYPE_CLIENT, "family_name = 'Martin'"));
  check (fixture, filter, 0.75, "B");

  /* What a person asked for, and what was asked from a department (the
   * client's, not the one that answers): what the directory opens. */
  filter = qs_request_filter_new ();
  filter->client_id = g_strdup (find_id (fixture, QS_TYPE_CLIENT, "family_name = 'Martin'"));
  check (fixture, filter, 0.75, "DA");
  filter = qs_request_filter_new ();
  filter->client_department_id = g_strdup (find_id (fixture, QS_TYPE_DEPARTMENT, "ref = 'RH'"));
  check (fixture, filter, 0.75, "CA");
  filter = qs_request_filter_new ();
  filter->client_department_id = g_strdup (find_id (fixture, QS_TYPE_DEPARTMENT, "ref = 'RH'"));
  filter->open_only = TRUE;
  check (fixture, filter, 0.75, "C");

  /* B's deadline passed an hour ago. */
  filter = qs_request_filter_new ();
  filter->due = QS_REQUEST_DUE_OVERDUE;
  check (fixture, filter, 0.75, "B");

  /* C has used 9 h of its 10 h (90 %), D 1 h of its 10 h. */
  filter = qs_request_filter_new ();
  filter->due = QS_REQUEST_DUE_AT_RISK;
  check (fixture, filter, 0.75, "C");
  filter = qs_request_filter_new ();
  filter->due = QS_REQUEST_DUE_AT_RISK;
  check (fixture, filter, 0.95, "");

  /* Filters and search together: "pa" finds C and A, A is closed. */
  filter = search_filter ("pa");
  filter->open_only = TRUE;
  check (fixture, filter, 0.75, "C");
  /* A filter with a value of its own, and words: each bound in its place. */
  filter = search_filter ("pa");
  filter->department_id = g_strdup (find_id (fixture, QS_TYPE_DEPARTMENT, "ref = 'FIN'"));
  check (fixture, filter, 0.75, "CA");
  filter = search_filter ("pa");
  filter->sort = QS_REQUEST_SORT_SUBJECT;
  filter->descending = FALSE;
  check (fixture, filter, 0.75, "AC");
}

/* Saves an open request with a deadline and no calendar anywhere: the
 * store has none, so "at risk" is judged on the wall clock. */
static void
add_due (Fixture *fixture, const char *ref, gint64 received_at, gint64 due_at)
{
  g_autoptr (QsEntity) request = qs_entity_new (QS_TYPE_REQUEST);

  g_object_set (request, "ref", ref, "subject", ref, "status", QS_REQUEST_STATUS_ACKNOWLEDGED,
                "received-at", received_at, "resolution-due-at", due_at, NULL);
  save (fixture, request);
}

static QsRequestFilter *
due_filter (QsRequestDueFilter due)
{
  QsRequestFilter *filter = qs_request_filter_new ();

  filter->due = due;
  filter->sort = QS_REQUEST_SORT_REF;
  filter->descending = FALSE;
  return filter;
}

/* The edges of the due filters without a calendar, where the share used
 * is elapsed time: at risk from exactly the share (not just past it) up
 * to the deadline itself, overdue only after it. The shares are exact in
 * binary, so the comparisons are exact too. */
static void
test_at_risk_boundary (Fixture *fixture, gconstpointer data)
{
  /* G: 3 h used of 4 h at NOW, exactly 75 %. */
  add_due (fixture, "REQ-2026-00007", NOW - 3 * HOUR, NOW + HOUR);
  /* H: due at NOW exactly: 100 % used, not overdue yet. */
  add_due (fixture, "REQ-2026-00008", NOW - 2 * HOUR, NOW);

  /* By ref: G (00007), H (00008), C (99999, 90 % used); D has used
   * 10 %, B is overdue. */
  check (fixture, due_filter (QS_REQUEST_DUE_AT_RISK), 0.75, "GHC");
  /* 87.5 %: G's 75 % is short of it, H's 100 % and C's 90 % are not. */
  check (fixture, due_filter (QS_REQUEST_DUE_AT_RISK), 0.875, "HC");
  /* 100 %: only a request due this very instant. */
  check (fixture, due_filter (QS_REQUEST_DUE_AT_RISK), 1.0, "H");
  /* Overdue is strictly after the deadline: B (an hour ago), not H. */
  check (fixture, due_filter (QS_REQUEST_DUE_OVERDUE), 0.75, "B");
}

static void
test_sort (Fixture *fixture, gconstpointer data)
{
  struct
  {
    QsRequestSort sort;
    gboolean      descending;
    const char   *expected;
  } cases[] = {
    { QS_REQUEST_SORT_REF, FALSE, "FABCD" }, /* by year, then number: 99999 < 100000 */
    /* request, complaint, suggestion, compliment; ties in the order they
     * were recorded, in the sort's direction: A before C */
    { QS_REQUEST_SORT_KIND, FALSE, "ACBDF" },
    { QS_REQUEST_SORT_KIND, TRUE, "FDBCA" },
    { QS_REQUEST_SORT_SUBJECT, FALSE, "ABDFC" },
    { QS_REQUEST_SORT_CLIENT, FALSE, "BFCAD" }, /* B is confidential: no name to sort by */
    { QS_REQUEST_SORT_DEPARTMENT, FALSE, "FACBD" },
    { QS_REQUEST_SORT_STATUS, FALSE, "DCBAF" },   /* in lifecycle order */
    { QS_REQUEST_SORT_DUE, FALSE, "BCDAF" },      /* no deadline last */
    { QS_REQUEST_SORT_ASSIGNEE, FALSE, "DBACF" }, /* Bernard, Martin, then nobody */
    { QS_REQUEST_SORT_PRIORITY, TRUE, "BCDFA" },  /* urgent first */
    { QS_REQUEST_SORT_STATUS, TRUE, "FABCD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
      g_autofree char *found = NULL;

      filter->sort = cases[i].sort;
      filter->descending = cases[i].descending;
      found = run (fixture, filter, 0.75);
      g_test_message ("sort %d", cases[i].sort);
      g_assert_cmpstr (found, ==, cases[i].expected);
    }
}

/* The sorts that schemas 8, 9 and 11 index read the whole list from their index, both
 * ways, with no sort of their own: the index's expression is the
 * ORDER BY's, word for word. A filter leaves the choice to SQLite. */
static void
test_sort_from_index (Fixture *fixture, gconstpointer data)
{
  const QsRequestSort sorts[] = { QS_REQUEST_SORT_REF,      QS_REQUEST_SORT_KIND,
                                  QS_REQUEST_SORT_SUBJECT,  QS_REQUEST_SORT_STATUS,
                                  QS_REQUEST_SORT_PRIORITY, QS_REQUEST_SORT_DUE,
                                  QS_REQUEST_SORT_CLIENT,   QS_REQUEST_SORT_DEPARTMENT,
                                  QS_REQUEST_SORT_ASSIGNEE };

  for (guint i = 0; i < G_N_ELEMENTS (sorts) * 2; i++)
    {
      g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
      g_autoptr (GVariant) params = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *explain = NULL;
      g_autoptr (GString) plan = g_string_new (NULL);
      sqlite3_stmt *stmt;

      filter->sort = sorts[i / 2];
      filter->descending = i % 2;
      sql = qs_request_query_build_sql (filter, NOW, 0.75, &params);
      explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
      stmt = qs_store_prepare (fixture->store, explain, &error);
      g_assert_no_error (error);
      qs_sql_bind_params (stmt, 1, params);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", sqlite3_column_text (stmt, 3));
      sqlite3_reset (stmt);
      g_test_message ("sort %d: %s", filter->sort, plan->str);
      g_assert_nonnull (strstr (plan->str, "USING INDEX requests_sort_"));
      /* No sort of the whole list; the deadline's descending index leaves
       * the ties on one instant to sort, as they come. */
      g_assert_null (strstr (plan->str, "TEMP B-TREE FOR ORDER BY"));
      if (filter->sort != QS_REQUEST_SORT_DUE || !filter->descending)
        g_assert_null (strstr (plan->str, "TEMP B-TREE"));

      filter->kind = QS_REQUEST_KIND_COMPLAINT;
      g_free (sql);
      g_clear_pointer (&params, g_variant_unref);
      sql = qs_request_query_build_sql (filter, NOW, 0.75, &params);
      g_assert_null (strstr (sql, "INDEXED BY requests_sort_"));
    }
}

/* The one entity of @type where @where holds: "family_name = 'Martin'". */
static QsEntity *
find_one (Fixture *fixture, GType type, const char *where)
{
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GError) error = NULL;

  found = qs_repository_find_all (qs_store_get_repository (fixture->store, type), where, NULL, NULL,
                                  QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static char *
run_sorted (Fixture *fixture, QsRequestSort sort, gboolean descending)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();

  filter->sort = sort;
  filter->descending = descending;
  return run (fixture, filter, 0.75);
}

/* The sorts by a name read the names each request keeps (schema 11): a
 * person or a department renamed, a request given to another client or
 * made confidential, and the order follows at once, both ways. */
static void
test_sort_names_follow (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsEntity) martin = find_one (fixture, QS_TYPE_CLIENT, "family_name = 'Martin'");
  g_autoptr (QsEntity) finance = find_one (fixture, QS_TYPE_DEPARTMENT, "name = 'Finance'");
  g_autoptr (QsEntity) c = find_one (fixture, QS_TYPE_REQUEST, "ref = 'REQ-2026-99999'");
  g_autoptr (QsEntity) f = find_one (fixture, QS_TYPE_REQUEST, "ref = 'REQ-2025-00009'");
  char *found;

  /* Martin (A, D) becomes Abadie: before Bernard (C); B and F have no name. */
  g_object_set (martin, "family-name", "Abadie", NULL);
  qs_test_save (fixture->store, martin);
  g_assert_cmpstr ((found = run_sorted (fixture, QS_REQUEST_SORT_CLIENT, FALSE)), ==, "BFADC");
  g_free (found);
  g_assert_cmpstr ((found = run_sorted (fixture, QS_REQUEST_SORT_CLIENT, TRUE)), ==, "CDAFB");
  g_free (found);
  /* Abadie is B's assignee, Bernard D's; nobody after them. */
  g_assert_cmpstr ((found = run_sorted (fixture, QS_REQUEST_SORT_ASSIGNEE, FALSE)), ==, "BDACF");
  g_free (found);

  /* C made confidential: its client no longer places it. F gets a client. */
  g_object_set (c, "confidential", TRUE, NULL);
  qs_test_save (fixture->store, c);
  g_object_set (f, "client-id", qs_entity_get_id (martin), NULL);
  qs_test_save (fixture->store, f);
  g_assert_cmpstr ((found = run_sorted (fixture, QS_REQUEST_SORT_CLIENT, FALSE)), ==, "BCADF");
  g_free (found);

  /* Finance (A, C) renamed after Ressources humaines (B, D). */
  g_object_set (finance, "name", "Trésorerie", NULL);
  qs_test_save (fixture->store, finance);
  g_assert_cmpstr ((found = run_sorted (fixture, QS_REQUEST_SORT_DEPARTMENT, FALSE)), ==, "FBDAC");
  g_free (found);
  /* D moved to it: last of its name, the order it was recorded. */
  {
    g_autoptr (QsEntity) d = find_one (fixture, QS_TYPE_REQUEST, "ref = 'REQ-2026-100000'");

    g_object_set (d, "department-id", qs_entity_get_id (finance), NULL);
    qs_test_save (fixture->store, d);
  }
  g_assert_cmpstr ((found = run_sorted (fixture, QS_REQUEST_SORT_DEPARTMENT, FALSE)), ==, "FBACD");
  g_free (found);
}

static void
test_search_hits (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  QsRequestHit *hit;

  hits = qs_request_query_search (fixture->store, filter, 2, NOW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);
  hit = &g_array_index (hits, QsRequestHit, 0);
  g_assert_cmpstr (hit->ref, ==, "REQ-2025-00009");
  g_assert_cmpstr (hit->status, ==, "rejected");
  g_assert_cmpstr (hit->subject, ==, "Plan A for the move");
  g_assert_cmpint (hit->received_at, ==, NOW - 50 * HOUR);
  g_assert_cmpstr (g_array_index (hits, QsRequestHit, 1).ref, ==, "REQ-2026-100000");

  g_clear_pointer (&hits, g_array_unref);
  filter->search = g_strdup ("pay");
  hits = qs_request_query_search (fixture->store, filter, 20, NOW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (g_array_index (hits, QsRequestHit, 0).ref, ==, "REQ-2026-00001");
}

static void
test_serialize (void)
{
  g_autoptr (QsRequestFilter) plain = qs_request_filter_new ();
  g_autoptr (QsRequestFilter) full = qs_request_filter_new ();
  g_autoptr (QsRequestFilter) back = NULL;
  g_autoptr (QsRequestFilter) plain_back = NULL;
  g_autoptr (QsRequestFilter) later = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain_text = NULL;

  full->search = g_strdup ("relevé « paie »");
  full->status = QS_REQUEST_STATUS_WAITING_ON_CLIENT;
  full->open_only = TRUE;
  full->kind = QS_REQUEST_KIND_COMPLAINT;
  full->problem = QS_PROBLEM_OUTDATED_TECHNOLOGY;
  full->department_id = g_strdup ("dep-1");
  full->assignee_id = g_strdup ("me'");
  full->client_id = g_strdup ("client-1");
  full->client_department_id = g_strdup ("dep-2");
  full->due = QS_REQUEST_DUE_AT_RISK;
  full->confidential = 0;
  full->sort = QS_REQUEST_SORT_ASSIGNEE;
  full->descending = FALSE;
  full->figure_ref = g_strdup ("compliance:lineage-1");
  full->figure_provider_id = g_strdup ("dep-1");
  full->figure_title = g_strdup ("Acknowledged within 24 business hours, May 2026");
  full->figure_start = 1;
  full->figure_end = 2;
  full->figure_now = 3;
  g_assert_false (qs_request_filter_equal (plain, full));

  text = qs_request_filter_serialize (full);
  g_assert_nonnull (strstr (text, "'kind': <'complaint'>"));
  back = qs_request_filter_deserialize (text, &error);
  g_assert_no_error (error);
  g_assert_true (qs_request_filter_equal (back, full));
  g_assert_cmpstr (back->client_id, ==, "client-1");
  g_assert_cmpstr (back->client_department_id, ==, "dep-2");
  g_assert_cmpstr (back->figure_title, ==, full->figure_title);

  plain_text = qs_request_filter_serialize (plain);
  plain_back = qs_request_filter_deserialize (plain_text, &error);
  g_assert_no_error (error);
  g_assert_true (qs_request_filter_equal (plain_back, plain));
  g_assert_cmpint (plain_back->status, ==, -1);
  g_assert_true (plain_back->descending);

  /* A key from a later version is ignored; the rest still applies. */
  later = qs_request_filter_deserialize ("{'colour': <'red'>, 'kind': <'suggestion'>}", &error);
  g_assert_no_error (error);
  g_assert_cmpint (later->kind, ==, QS_REQUEST_KIND_SUGGESTION);

  g_assert_null (qs_request_filter_deserialize ("{'kind': 'complaint'", &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "saved filter"));
}

static void
test_copy_equal (void)
{
  g_autoptr (QsRequestFilter) a = qs_request_filter_new ();
  g_autoptr (QsRequestFilter) b = NULL;

  a->search = g_strdup ("pay");
  a->department_id = g_strdup ("x");
  b = qs_request_filter_copy (a);
  g_assert_true (qs_request_filter_equal (a, b));
  g_assert_true (a->search != b->search);
  g_free (b->search);
  b->search = g_strdup ("");
  g_assert_false (qs_request_filter_equal (a, b));
  g_free (a->search);
  a->search = NULL;
  /* No search and an empty one are the same filter. */
  g_assert_true (qs_request_filter_equal (a, b));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/request-query/search-to-match", test_search_to_match);
  g_test_add_func ("/request-query/serialize", test_serialize);
  g_test_add_func ("/request-query/copy-equal", test_copy_equal);
  g_test_add ("/request-query/default-order", Fixture, NULL, fixture_set_up, test_default_order,
              fixture_tear_down);
  g_test_add ("/request-query/search", Fixture, NULL, fixture_set_up, test_search,
              fixture_tear_down);
  g_test_add ("/request-query/history-follows", Fixture, NULL, fixture_set_up, test_history_follows,
              fixture_tear_down);
  g_test_add ("/request-query/filters", Fixture, NULL, fixture_set_up, test_filters,
              fixture_tear_down);
  g_test_add ("/request-query/at-risk-boundary", Fixture, NULL, fixture_set_up,
              test_at_risk_boundary, fixture_tear_down);
  g_test_add ("/request-query/sort", Fixture, NULL, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/request-query/sort-names-follow", Fixture, NULL, fixture_set_up,
              test_sort_names_follow, fixture_tear_down);
  g_test_add ("/request-query/sort-from-index", Fixture, NULL, fixture_set_up, test_sort_from_index,
              fixture_tear_down);
  g_test_add ("/request-query/search-hits", Fixture, NULL, fixture_set_up, test_search_hits,
              fixture_tear_down);
  return g_test_run ();
}
