/* test-request-rows.c — the tracker's list read row by row, for exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-request-rows.h"
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

/* Four requests, recorded in this order; D is a tombstone.
 *
 *   ref             kind       status        client        department  assignee      received
 *   A REQ-2026-00001 request   closed        Zoé Martin    Finance     -             now - 3 h
 *   B REQ-2026-00002 complaint received      Anne Bernard  Finance     Zoé Martin    now - 2 h
 * confidential C REQ-2026-00003 compliment acknowledged -             -           -             now
 * - 1 h D REQ-2026-00004 request   received      -             -           -             now
 * deleted
 */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr (QsEntity) finance = qs_entity_new (QS_TYPE_DEPARTMENT);
  g_autoptr (QsEntity) martin = qs_entity_new (QS_TYPE_CLIENT);
  g_autoptr (QsEntity) bernard = qs_entity_new (QS_TYPE_CLIENT);
  g_autoptr (QsEntity) a = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) b = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) c = qs_entity_new (QS_TYPE_REQUEST);
  g_autoptr (QsEntity) d = qs_entity_new (QS_TYPE_REQUEST);

  fixture->dir = qs_test_make_tmp_dir ("qs-request-rows-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);

  g_object_set (finance, "ref", "FIN", "name", "Finance", NULL);
  g_object_set (martin, "given-name", "Zoé", "family-name", "Martin", NULL);
  g_object_set (bernard, "family-name", "Bernard", NULL);
  qs_test_save (fixture->store, finance);
  qs_test_save (fixture->store, martin);
  qs_test_save (fixture->store, bernard);

  g_object_set (a, "ref", "REQ-2026-00001", "kind", QS_REQUEST_KIND_REQUEST, "channel",
                QS_CHANNEL_EMAIL, "subject", "Pay statement", "description", "Line one\nLine two",
                "client-id", qs_entity_get_id (martin), "department-id", qs_entity_get_id (finance),
                "status", QS_REQUEST_STATUS_CLOSED, "priority", QS_PRIORITY_LOW, "received-at",
                NOW - 3 * HOUR, NULL);
  g_object_set (b, "ref", "REQ-2026-00002", "kind", QS_REQUEST_KIND_COMPLAINT, "channel",
                QS_CHANNEL_PHONE, "subject", "Job evaluation", "confidential", TRUE, "client-id",
                qs_entity_get_id (bernard), "department-id", qs_entity_get_id (finance),
                "assignee-id", qs_entity_get_id (martin), "status", QS_REQUEST_STATUS_RECEIVED,
                "priority", QS_PRIORITY_URGENT, "received-at", NOW - 2 * HOUR, "ack-due-at",
                NOW + 2 * HOUR, "resolution-due-at", NOW + 72 * HOUR, NULL);
  g_object_set (c, "ref", "REQ-2026-00003", "kind", QS_REQUEST_KIND_COMPLIMENT, "subject", "Thanks",
                "status", QS_REQUEST_STATUS_ACKNOWLEDGED, "received-at", NOW - HOUR,
                "acknowledged-at", NOW - HOUR / 2, NULL);
  g_object_set (d, "ref", "REQ-2026-00004", "subject", "Withdrawn", "received-at", NOW, NULL);
  qs_entity_set_deleted_at (d, NOW);
  qs_test_save (fixture->store, a);
  qs_test_save (fixture->store, b);
  qs_test_save (fixture->store, c);
  qs_test_save (fixture->store, d);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The refs of the rows, in order: "REQ-2026-00003 REQ-2026-00002". */
static char *
read_refs (QsRequestRows *rows)
{
  g_autoptr (GString) refs = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  const QsRequestRow *row;

  while (qs_request_rows_iterate (rows, &row, &error) && row != NULL)
    g_string_append_printf (refs, "%s%s", refs->len > 0 ? " " : "", row->ref);
  g_assert_no_error (error);
  return g_string_free (g_steal_pointer (&refs), FALSE);
}

/* Every field, newest first (the list's default order), the tombstone left out. */
static void
test_rows (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsRequestRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  const QsRequestRow *row;

  rows = qs_request_rows_new (fixture->store, filter, NOW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qs_request_rows_get_n_rows (rows), ==, 3);

  g_assert_true (qs_request_rows_iterate (rows, &row, &error));
  g_assert_no_error (error);
  g_assert_nonnull (row);
  g_assert_cmpstr (row->ref, ==, "REQ-2026-00003");
  g_assert_cmpstr (row->kind, ==, "compliment");
  g_assert_cmpstr (row->channel, ==, "any");
  g_assert_cmpstr (row->subject, ==, "Thanks");
  g_assert_null (row->description);
  g_assert_null (row->client);
  g_assert_null (row->department);
  g_assert_null (row->assignee);
  g_assert_cmpstr (row->status, ==, "acknowledged");
  g_assert_false (row->confidential);
  g_assert_cmpint (row->received_at, ==, NOW - HOUR);
  g_assert_cmpint (row->acknowledged_at, ==, NOW - HOUR / 2);
  g_assert_cmpint (row->ack_due_at, ==, 0);
  g_assert_cmpint (row->resolution_due_at, ==, 0);
  g_assert_cmpint (row->updated_at, ==, qs_test_now ());

  g_assert_true (qs_request_rows_iterate (rows, &row, &error));
  g_assert_nonnull (row);
  g_assert_cmpstr (row->ref, ==, "REQ-2026-00002");
  g_assert_cmpstr (row->kind, ==, "complaint");
  g_assert_cmpstr (row->channel, ==, "phone");
  /* A family name alone; the store withholds nothing, the export does. */
  g_assert_cmpstr (row->client, ==, "Bernard");
  g_assert_cmpstr (row->assignee, ==, "Zoé Martin");
  g_assert_cmpstr (row->department, ==, "Finance");
  g_assert_cmpstr (row->priority, ==, "urgent");
  g_assert_true (row->confidential);
  g_assert_cmpint (row->ack_due_at, ==, NOW + 2 * HOUR);
  g_assert_cmpint (row->resolution_due_at, ==, NOW + 72 * HOUR);
  g_assert_cmpint (row->acknowledged_at, ==, 0);

  g_assert_true (qs_request_rows_iterate (rows, &row, &error));
  g_assert_nonnull (row);
  g_assert_cmpstr (row->ref, ==, "REQ-2026-00001");
  g_assert_cmpstr (row->description, ==, "Line one\nLine two");
  g_assert_cmpstr (row->client, ==, "Zoé Martin");
  g_assert_cmpstr (row->status, ==, "closed");
  g_assert_cmpstr (row->priority, ==, "low");

  /* The end, and again. */
  g_assert_true (qs_request_rows_iterate (rows, &row, &error));
  g_assert_null (row);
  g_assert_true (qs_request_rows_iterate (rows, &row, &error));
  g_assert_null (row);
  g_assert_no_error (error);
}

/* The filter chooses and orders the rows as it does the view's. */
static void
test_filter (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsRequestRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *refs = NULL;

  filter->open_only = TRUE;
  filter->sort = QS_REQUEST_SORT_REF;
  filter->descending = FALSE;
  rows = qs_request_rows_new (fixture->store, filter, NOW, &error);
  g_assert_no_error (error);
  refs = read_refs (rows);
  g_assert_cmpstr (refs, ==, "REQ-2026-00002 REQ-2026-00003");
}

/* A request erased after the list was read is skipped; the others come,
 * one at a time in the same place. */
static void
test_erased_meanwhile (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsRequestRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  const QsRequestRow *first, *second, *end;

  rows = qs_request_rows_new (fixture->store, filter, NOW, &error);
  g_assert_no_error (error);
  g_assert_true (
    qs_store_exec (fixture->store, "DELETE FROM requests WHERE ref = 'REQ-2026-00002'", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (qs_request_rows_get_n_rows (rows), ==, 3);
  g_assert_true (qs_request_rows_iterate (rows, &first, &error));
  g_assert_cmpstr (first->ref, ==, "REQ-2026-00003");
  g_assert_true (qs_request_rows_iterate (rows, &second, &error));
  g_assert_true (second == first);
  g_assert_cmpstr (second->ref, ==, "REQ-2026-00001");
  g_assert_true (qs_request_rows_iterate (rows, &end, &error));
  g_assert_null (end);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/request-rows/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/request-rows/filter", Fixture, NULL, fixture_set_up, test_filter,
              fixture_tear_down);
  g_test_add ("/request-rows/erased-meanwhile", Fixture, NULL, fixture_set_up,
              test_erased_meanwhile, fixture_tear_down);

  return g_test_run ();
}
