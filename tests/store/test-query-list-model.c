/* test-query-list-model.c — the paged list model over a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a view of the list would show: how many rows, which request at
 * which position, which items-changed it is told, and which items stay
 * the very objects it was handed (a selection and a scroll position
 * follow them).
 */
#include <glib/gstdio.h>
#include <string.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-query-list-model.h"
#include "qs-row-ids-reader.h"
#include "qs-repository.h"
#include "qs-row-ids-diff.h"
#include "qs-store.h"

#include "qs-test-util.h"

#define N_REQUESTS 5000
/* When REQ-2026-00001 was received; REQ-2026-N one minute per N earlier. */
#define FIRST_RECEIVED G_GINT64_CONSTANT (1767261600000000)

typedef struct
{
  char        *dir;
  char        *path;
  QsStore     *store;
  QsChangeSet *changes; /* what the last commit changed */
} Fixture;

static gint64
received_at (guint number)
{
  return FIRST_RECEIVED - (gint64) (number - 1) * 60 * G_USEC_PER_SEC;
}

static void
on_changed_cb (QsStore *store, QsChangeSet *changes, Fixture *fixture)
{
  g_clear_pointer (&fixture->changes, qs_change_set_unref);
  fixture->changes = qs_change_set_ref (changes);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsRepository *requests;

  fixture->dir = qs_test_make_tmp_dir ("qs-model-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (fixture->path);

  requests = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST);
  g_assert_true (qs_store_begin (fixture->store, &error));
  for (guint i = 0; i < N_REQUESTS; i++)
    {
      g_autoptr (QsRequest) request = qs_request_new ();
      g_autofree char *ref = g_strdup_printf ("REQ-2026-%05u", i + 1);

      /* Received in reverse order of their number, one minute apart;
       * every third one is a complaint. */
      g_object_set (request, "ref", ref, "subject", ref, "kind",
                    i % 3 == 0 ? QS_REQUEST_KIND_COMPLAINT : QS_REQUEST_KIND_REQUEST, "received-at",
                    received_at (i + 1), NULL);
      g_assert_true (qs_repository_save (requests, QS_ENTITY (request), &error));
    }
  g_assert_true (qs_store_commit (fixture->store, &error));
  qs_store_flush_changes (fixture->store);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  /* What is left to say is said as the store goes. */
  g_clear_object (&fixture->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_pointer (&fixture->changes, qs_change_set_unref);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
ref_at (GListModel *model, guint position)
{
  g_autoptr (QsEntity) entity = g_list_model_get_item (model, position);

  g_assert_nonnull (entity);
  return g_strdup (qs_entity_get_string (entity, QS_REQUEST_FIELD_REF));
}

static void
test_model_order_and_count (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *last = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == QS_TYPE_REQUEST);

  qs_query_list_model_set_query (QS_QUERY_LIST_MODEL (model), NULL, NULL, "received_at");
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_REQUESTS);

  /* Oldest first: the last one made is at the top. */
  first = ref_at (G_LIST_MODEL (model), 0);
  middle = ref_at (G_LIST_MODEL (model), 2500);
  last = ref_at (G_LIST_MODEL (model), N_REQUESTS - 1);
  g_assert_cmpstr (first, ==, "REQ-2026-05000");
  g_assert_cmpstr (middle, ==, "REQ-2026-02500");
  g_assert_cmpstr (last, ==, "REQ-2026-00001");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), N_REQUESTS));
}

static void
test_model_filter_with_params (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr (GError) error = NULL;
  guint n;

  qs_query_list_model_set_query (model, "kind = ?", g_variant_new ("(s)", "complaint"), "ref DESC");
  g_assert_true (qs_query_list_model_reload (model, &error));
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, ==, (N_REQUESTS + 2) / 3);
  for (guint i = 0; i < n; i += 97)
    {
      g_autoptr (QsEntity) entity = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_cmpint (qs_entity_get_enum (entity, QS_REQUEST_FIELD_KIND), ==,
                       QS_REQUEST_KIND_COMPLAINT);
    }
}

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, guint *calls)
{
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, N_REQUESTS);
  g_assert_cmpuint (added, ==, N_REQUESTS - 1);
  (*calls)++;
}

static void
test_model_reload_after_delete (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  QsRepository *requests = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST);
  g_autoptr (QsEntity) first = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *now_first = NULL;
  guint            calls = 0;

  qs_query_list_model_set_query (model, NULL, NULL, "ref");
  g_assert_true (qs_query_list_model_reload (model, &error));
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (qs_repository_delete (requests, first, &error));

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &calls);
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_cmpuint (calls, ==, 1);
  now_first = ref_at (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (now_first, ==, "REQ-2026-00002");
}

/* Walking the whole list never keeps more than a bounded number of pages. */
static void
test_model_pages_bounded (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr (GError) error = NULL;
  guint n;

  g_assert_true (qs_query_list_model_reload (model, &error));
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (QsEntity) entity = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_nonnull (entity);
      g_assert_cmpuint (qs_query_list_model_get_cached_pages (model), <=, 32);
    }
  g_assert_cmpuint (qs_query_list_model_get_cached_pages (model), ==, 32);

  /* The same position twice is the same object while its page is cached. */
  {
    g_autoptr (QsEntity) a = g_list_model_get_item (G_LIST_MODEL (model), n - 1);
    g_autoptr (QsEntity) b = g_list_model_get_item (G_LIST_MODEL (model), n - 1);
    g_assert_true (a == b);
  }
}

static void
count_appends_cb (GListModel *model, guint position, guint removed, guint added, guint *appended)
{
  /* After the reload, only appends at the end. */
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (position, ==, *appended);
  *appended += added;
}

/* An incremental model lists the first rows at once and the rest in the
 * main loop's idle time, in the same order as a whole read. */
static void
test_model_incremental (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr (GError) error = NULL;
  g_autofree char *last_of_first = NULL;
  g_autofree char *first_after = NULL;
  g_autofree char *last = NULL;
  guint            appended = 100;

  qs_query_list_model_set_incremental (model, 100);
  qs_query_list_model_set_query (model, NULL, NULL, "received_at");
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 100);
  g_assert_true (qs_query_list_model_is_loading (model));
  /* Item 99 ends a short page (64 + 36), cached before the rest comes. */
  last_of_first = ref_at (G_LIST_MODEL (model), 99);
  g_assert_cmpstr (last_of_first, ==, "REQ-2026-04901");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 100));

  g_signal_connect (model, "items-changed", G_CALLBACK (count_appends_cb), &appended);
  while (qs_query_list_model_is_loading (model))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (appended, ==, N_REQUESTS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_REQUESTS);
  first_after = ref_at (G_LIST_MODEL (model), 100);
  last = ref_at (G_LIST_MODEL (model), N_REQUESTS - 1);
  g_assert_cmpstr (first_after, ==, "REQ-2026-04900");
  g_assert_cmpstr (last, ==, "REQ-2026-00001");
  g_signal_handlers_disconnect_by_func (model, count_appends_cb, &appended);

  /* A reload abandons what was left; finishing reads it at once. */
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 100);
  g_assert_true (qs_query_list_model_finish_loading (model, &error));
  g_assert_no_error (error);
  g_assert_false (qs_query_list_model_is_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_REQUESTS);

  /* Writing while the rest is being read: the write goes through, and the
   * next reload lists it. */
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_true (qs_query_list_model_is_loading (model));
  {
    g_autoptr (QsRequest) request = qs_request_new ();

    g_object_set (request, "ref", "REQ-2026-09999", "subject", "Late", "received-at", (gint64) 1,
                  NULL);
    g_assert_true (qs_store_begin (fixture->store, &error));
    g_assert_true (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                       QS_ENTITY (request), &error));
    g_assert_true (qs_store_commit (fixture->store, &error));
    g_assert_no_error (error);
  }
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_true (qs_query_list_model_finish_loading (model, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_REQUESTS + 1);

  /* Fewer rows than the first read: done at once. */
  qs_query_list_model_set_incremental (model, 10000);
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_false (qs_query_list_model_is_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_REQUESTS + 1);
}

/* Refreshing after a commit */

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Said;

/* Every items-changed a view is told, and a copy of the list kept as a
 * view keeps it: by the refs of the items it asks for as it is told. */
typedef struct
{
  GArray    *said; /* Said */
  GPtrArray *refs; /* char *, NULL until mirrored */
} Listener;

static char *ref_at (GListModel *model, guint position);

static void
listener_changed_cb (
  GListModel *model, guint position, guint removed, guint added, Listener *listener)
{
  Said said = { position, removed, added };

  g_array_append_val (listener->said, said);
  if (listener->refs == NULL)
    return;
  /* What the model holds while it says so agrees with what it says. */
  g_assert_cmpuint (position + removed, <=, listener->refs->len);
  g_ptr_array_remove_range (listener->refs, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (listener->refs, position + i, ref_at (model, position + i));
  g_assert_cmpuint (listener->refs->len, ==, g_list_model_get_n_items (model));
}

static void
listener_init (Listener *listener, GListModel *model, gboolean mirror)
{
  listener->said = g_array_new (FALSE, FALSE, sizeof (Said));
  listener->refs = NULL;
  if (mirror)
    {
      listener->refs = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (listener->refs, ref_at (model, i));
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (listener_changed_cb), listener);
}

static void
listener_clear (Listener *listener, GListModel *model)
{
  g_signal_handlers_disconnect_by_data (model, listener);
  g_clear_pointer (&listener->said, g_array_unref);
  g_clear_pointer (&listener->refs, g_ptr_array_unref);
}

static void
assert_said (Listener *listener, guint index, guint position, guint removed, guint added)
{
  const Said *said;

  g_assert_cmpuint (index, <, listener->said->len);
  said = &g_array_index (listener->said, Said, index);
  g_assert_cmpuint (said->position, ==, position);
  g_assert_cmpuint (said->removed, ==, removed);
  g_assert_cmpuint (said->added, ==, added);
}

/* The mirror shows what the model now holds. */
static void
assert_mirror (Listener *listener, GListModel *model)
{
  g_assert_cmpuint (listener->refs->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < listener->refs->len; i++)
    {
      g_autofree char *ref = ref_at (model, i);

      g_assert_cmpstr (listener->refs->pdata[i], ==, ref);
    }
}

/* Items first..first+n−1, as a view holds them. */
static GPtrArray *
hold_items (GListModel *model, guint first, guint n)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = first; i < first + n; i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      g_assert_nonnull (item);
      g_ptr_array_add (items, item);
    }
  return items;
}

static void
assert_same_item (GListModel *model, guint position, gpointer expected)
{
  g_autoptr (GObject) item = g_list_model_get_item (model, position);

  g_assert_true (item == expected);
}

static QsEntity *
find_request (Fixture *fixture, const char *ref)
{
  QsRepository *requests = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = qs_repository_find_all (
    requests, "ref = ?", g_variant_new ("(s)", ref), NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (found->pdata[0]);
}

/* Saves @entity in a transaction of its own; fixture->changes is then
 * what QsStore::changed said. */
static void
save_now (Fixture *fixture, gpointer entity)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&fixture->changes, qs_change_set_unref);
  g_assert_true (qs_store_begin (fixture->store, &error));
  g_assert_true (qs_repository_save (
    qs_store_get_repository (fixture->store, G_OBJECT_TYPE (entity)), QS_ENTITY (entity), &error));
  g_assert_true (qs_store_commit (fixture->store, &error));
  qs_store_flush_changes (fixture->store);
  g_assert_nonnull (fixture->changes);
}

/* Oldest received first: position p shows REQ-2026-(5000 − p). */
static QsQueryListModel *
new_oldest_first_model (Fixture *fixture)
{
  QsQueryListModel *model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr (GError) error = NULL;

  qs_query_list_model_set_query (model, NULL, NULL, "received_at");
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_no_error (error);
  return model;
}

static const char *
subject_of (gpointer entity)
{
  return qs_entity_get_string (QS_ENTITY (entity), QS_REQUEST_FIELD_SUBJECT);
}

/* A request edited elsewhere (its page) that stays in place: that row is
 * said changed, and every other row the view holds is the same object. */
static void
test_refresh_changed_in_place (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GPtrArray) screen = hold_items (list, 0, 64);
  g_autoptr (QsEntity) edited = find_request (fixture, "REQ-2026-04990");
  g_autoptr (GError) error = NULL;
  g_autoptr (GObject) item = NULL;
  Listener listener;

  g_assert_cmpstr (subject_of (screen->pdata[10]), ==, "REQ-2026-04990");
  g_object_set (edited, "subject", "Printer jam on the second floor", NULL);
  save_now (fixture, edited);

  listener_init (&listener, list, FALSE);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 1);
  assert_said (&listener, 0, 10, 1, 1);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS);
  item = g_list_model_get_item (list, 10);
  g_assert_cmpstr (subject_of (item), ==, "Printer jam on the second floor");
  for (guint i = 0; i < 64; i++)
    if (i != 10)
      assert_same_item (list, i, screen->pdata[i]);

  /* Told again of the same commit, the model finds nothing to say. */
  g_array_set_size (listener.said, 0);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_cmpuint (listener.said->len, ==, 0);
  assert_same_item (list, 10, item);
  listener_clear (&listener, list);
}

/* A row written shows its new values where it is at once, before the
 * query runs again (a million rows take a thread's while); the refresh
 * that follows moves it where the order puts it, and does not say the
 * same change twice. */
static void
test_refresh_in_place_first (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GPtrArray) screen = hold_items (list, 0, 64);
  g_autoptr (QsEntity) edited = find_request (fixture, "REQ-2026-04990");
  g_autoptr (GError) error = NULL;
  g_autoptr (GObject) item = NULL;
  g_autofree char *last = NULL;
  Listener         listener;

  /* Received last of all, now. */
  g_object_set (edited, "subject", "Printer jam, seen again", "received-at",
                FIRST_RECEIVED + 60 * G_USEC_PER_SEC, NULL);
  save_now (fixture, edited);

  listener_init (&listener, list, FALSE);
  g_assert_true (qs_query_list_model_update_in_place (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 1);
  assert_said (&listener, 0, 10, 1, 1);
  item = g_list_model_get_item (list, 10);
  g_assert_cmpstr (subject_of (item), ==, "Printer jam, seen again");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS);
  for (guint i = 0; i < 64; i++)
    if (i != 10)
      assert_same_item (list, i, screen->pdata[i]);

  g_array_set_size (listener.said, 0);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < listener.said->len; i++)
    g_assert_cmpuint (g_array_index (listener.said, Said, i).removed +
                        g_array_index (listener.said, Said, i).added,
                      ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS);
  g_clear_object (&item);
  item = g_list_model_get_item (list, 10);
  g_assert_cmpstr (subject_of (item), ==, "REQ-2026-04989");
  last = ref_at (list, N_REQUESTS - 1);
  g_assert_cmpstr (last, ==, "REQ-2026-04990");
  listener_clear (&listener, list);
}

/* A request received between two others appears between them. */
static void
test_refresh_inserted (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GPtrArray) screen = hold_items (list, 2496, 8);
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *ref = NULL;
  Listener         listener;

  /* REQ-2026-02501 is at 2499, REQ-2026-02500 at 2500; half a minute
   * after the first. */
  g_object_set (request, "ref", "REQ-2026-09001", "subject", "Late", "received-at",
                received_at (2501) + 30 * G_USEC_PER_SEC, NULL);
  save_now (fixture, request);

  listener_init (&listener, list, FALSE);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 1);
  assert_said (&listener, 0, 2500, 0, 1);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS + 1);
  ref = ref_at (list, 2500);
  g_assert_cmpstr (ref, ==, "REQ-2026-09001");
  for (guint i = 0; i < 4; i++)
    assert_same_item (list, 2496 + i, screen->pdata[i]);
  for (guint i = 4; i < 8; i++)
    assert_same_item (list, 2497 + i, screen->pdata[i]);
  listener_clear (&listener, list);
}

/* A request deleted (tombstoned) leaves; the rows after it move up. */
static void
test_refresh_deleted (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GPtrArray) screen = hold_items (list, 64, 64);
  g_autoptr (QsEntity) deleted = find_request (fixture, "REQ-2026-04900");
  g_autoptr (GError) error = NULL;
  Listener listener;

  g_clear_pointer (&fixture->changes, qs_change_set_unref);
  g_assert_true (qs_repository_delete (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                       deleted, &error));
  qs_store_flush_changes (fixture->store);
  g_assert_nonnull (fixture->changes);

  listener_init (&listener, list, FALSE);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 1);
  assert_said (&listener, 0, 100, 1, 0);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS - 1);
  for (guint i = 0; i < 64; i++)
    if (i < 36)
      assert_same_item (list, 64 + i, screen->pdata[i]);
    else if (i > 36)
      assert_same_item (list, 63 + i, screen->pdata[i]);
  listener_clear (&listener, list);
}

/* A request whose reception is corrected to the latest moves to the end:
 * out of one place, into the other, nothing else said. */
static void
test_refresh_moved (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GPtrArray) screen = NULL;
  g_autoptr (QsEntity) moved = find_request (fixture, "REQ-2026-04990");
  g_autoptr (GError) error = NULL;
  g_autofree char *last = NULL;
  Listener         listener;

  g_object_set (moved, "received-at", received_at (1) + 60 * G_USEC_PER_SEC, NULL);
  save_now (fixture, moved);

  /* The mirror reads every row; the view shows the top. */
  listener_init (&listener, list, TRUE);
  screen = hold_items (list, 0, 64);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 2);
  assert_said (&listener, 0, 10, 1, 0);
  assert_said (&listener, 1, N_REQUESTS - 1, 0, 1);

  last = ref_at (list, N_REQUESTS - 1);
  g_assert_cmpstr (last, ==, "REQ-2026-04990");
  for (guint i = 0; i < 64; i++)
    if (i < 10)
      assert_same_item (list, i, screen->pdata[i]);
    else if (i > 10)
      assert_same_item (list, i - 1, screen->pdata[i]);
  assert_mirror (&listener, list);
  listener_clear (&listener, list);
}

/* A commit to a table the list does not read says nothing to it. */
static void
test_refresh_other_table (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GPtrArray) screen = hold_items (list, 0, 64);
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (GError) error = NULL;
  Listener listener;

  g_object_set (department, "ref", "DEP-IT", "name", "Information technology", NULL);
  save_now (fixture, department);
  g_assert_false (qs_change_set_has_table (fixture->changes, "requests"));

  listener_init (&listener, list, FALSE);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS);
  for (guint i = 0; i < 64; i++)
    assert_same_item (list, i, screen->pdata[i]);
  listener_clear (&listener, list);
}

/* A list whose condition reads another table follows that table too:
 * a client's new address brings in the request of that client. */
static void
test_refresh_joined_table (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (QsClient) client = qs_client_new ();
  g_autoptr (QsEntity) request = find_request (fixture, "REQ-2026-00005");
  g_autoptr (GError) error = NULL;
  g_autofree char *ref = NULL;
  Listener         listener;

  g_object_set (client, "given-name", "Léa", "family-name", "Durand", "email",
                "lea.durand@example.org", NULL);
  save_now (fixture, client);
  g_object_set (request, "client-id", qs_entity_get_id (QS_ENTITY (client)), NULL);
  save_now (fixture, request);

  /* Not a name: a request keeps a copy of its client's name to be
   * sorted by, so a new name changes the request itself. */
  qs_query_list_model_set_query (model, "client_id IN (SELECT id FROM clients WHERE email = ?)",
                                 g_variant_new ("(s)", "lea@example.org"), "ref");
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  g_object_set (client, "email", "lea@example.org", NULL);
  save_now (fixture, client);
  g_assert_false (qs_change_set_has_table (fixture->changes, "requests"));

  listener_init (&listener, list, FALSE);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 1);
  assert_said (&listener, 0, 0, 0, 1);
  ref = ref_at (list, 0);
  g_assert_cmpstr (ref, ==, "REQ-2026-00005");
  listener_clear (&listener, list);
}

/* A refresh while an incremental model still reads the rest: what the
 * view was shown is read again and the rest follows, every request once,
 * in order. */
static void
test_refresh_while_loading (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autoptr (GPtrArray) screen = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  Listener         listener;

  qs_query_list_model_set_incremental (model, 100);
  qs_query_list_model_set_query (model, NULL, NULL, "received_at");
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_true (qs_query_list_model_is_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 100);
  screen = hold_items (list, 0, 100);

  /* Received before all the others: first in the list. */
  g_object_set (request, "ref", "REQ-2025-00001", "subject", "Old", "received-at",
                received_at (N_REQUESTS) - 60 * G_USEC_PER_SEC, NULL);
  save_now (fixture, request);

  listener_init (&listener, list, TRUE);
  g_assert_true (qs_query_list_model_refresh (model, fixture->changes, &error));
  g_assert_no_error (error);
  g_assert_true (qs_query_list_model_is_loading (model));
  /* In at the top; the last row shown is pushed past what was read, and
   * comes back with the rest. */
  g_assert_cmpuint (listener.said->len, ==, 2);
  assert_said (&listener, 0, 0, 0, 1);
  assert_said (&listener, 1, 100, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 100);
  first = ref_at (list, 0);
  g_assert_cmpstr (first, ==, "REQ-2025-00001");
  for (guint i = 0; i < 99; i++)
    assert_same_item (list, i + 1, screen->pdata[i]);

  while (qs_query_list_model_is_loading (model))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS + 1);
  assert_mirror (&listener, list);
  for (guint i = 1; i <= N_REQUESTS; i += 499)
    {
      g_autofree char *ref = ref_at (list, i);
      g_autofree char *expected = g_strdup_printf ("REQ-2026-%05u", N_REQUESTS + 1 - i);

      g_assert_cmpstr (ref, ==, expected);
    }
  listener_clear (&listener, list);
}

/* Errors */

static void
count_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

/* A page that cannot be read: the view still gets an item at every
 * position, a placeholder, and the model says why; a refresh once the
 * database is readable again replaces them. */
static void
test_read_error (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GError) error = NULL;
  g_autofree char *ref = NULL;
  const GError    *failure;
  guint            notified = 0;
  Listener         listener;

  g_signal_connect (model, "notify::error", G_CALLBACK (count_cb), &notified);
  g_assert_null (qs_query_list_model_get_error (model));
  /* The table is gone under the list (another program's doing, say):
   * its pages no longer read. */
  g_assert_true (
    qs_store_exec (fixture->store, "ALTER TABLE requests RENAME TO requests_elsewhere", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 128; i++)
    {
      g_autoptr (QsEntity) item = g_list_model_get_item (list, i);

      g_assert_nonnull (item);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (item, QS_TYPE_REQUEST));
      g_assert_true (qs_query_list_model_is_placeholder (item));
      g_assert_null (qs_entity_get_string (item, QS_REQUEST_FIELD_REF));
    }
  /* Said once the view has its items, not while it asks for them, and
   * once: the placeholders are kept, not read again each time. */
  g_assert_cmpuint (notified, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (notified, ==, 1);
  failure = qs_query_list_model_get_error (model);
  g_assert_error (failure, QS_ERROR, QS_ERROR_STORAGE);
  g_assert_nonnull (strstr (failure->message, "requests"));
  {
    g_autoptr (QsEntity) item = g_list_model_get_item (list, 200);

    g_assert_true (qs_query_list_model_is_placeholder (item));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_cmpuint (notified, ==, 1);
  }
  g_object_get (model, "error", &error, NULL);
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_clear_error (&error);

  /* Readable again: a refresh reads the placeholders again. */
  g_assert_true (
    qs_store_exec (fixture->store, "ALTER TABLE requests_elsewhere RENAME TO requests", &error));
  g_assert_no_error (error);
  listener_init (&listener, list, FALSE);
  g_assert_true (qs_query_list_model_refresh (model, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (qs_query_list_model_get_error (model));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (listener.said->len, ==, 2);
  assert_said (&listener, 0, 0, 128, 128);
  assert_said (&listener, 1, 192, 64, 64);
  ref = ref_at (list, 127);
  g_assert_cmpstr (ref, ==, "REQ-2026-04873");
  listener_clear (&listener, list);
}

/* The list cannot be read at all: refresh fails and leaves the list as
 * the view has it. */
static void
test_refresh_error (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GPtrArray) screen = hold_items (list, 0, 64);
  g_autoptr (GError) error = NULL;
  Listener listener;

  g_assert_true (qs_store_exec (
    fixture->store, "ALTER TABLE requests RENAME COLUMN received_at TO came_in", &error));
  listener_init (&listener, list, FALSE);
  g_assert_false (qs_query_list_model_refresh (model, NULL, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_assert_cmpuint (listener.said->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS);
  for (guint i = 0; i < 64; i++)
    assert_same_item (list, i, screen->pdata[i]);
  listener_clear (&listener, list);
}

/* A row tombstoned after the list was read, before any refresh: never a
 * blank row with a made-up id; it leaves the list. */
static void
test_vanished_row (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (QsEntity) deleted = find_request (fixture, "REQ-2026-04800");
  g_autoptr (QsEntity) gone = NULL;
  g_autoptr (QsEntity) next = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *ref = NULL;
  Listener         listener;

  g_assert_true (qs_repository_delete (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                       deleted, &error));
  listener_init (&listener, list, FALSE);

  gone = g_list_model_get_item (list, 200);
  next = g_list_model_get_item (list, 201);
  g_assert_nonnull (gone);
  g_assert_true (qs_query_list_model_is_placeholder (gone));
  g_assert_cmpstr (qs_entity_get_string (next, QS_REQUEST_FIELD_REF), ==, "REQ-2026-04799");
  /* Not while the view asks for items. */
  g_assert_cmpuint (listener.said->len, ==, 0);
  g_assert_null (qs_query_list_model_get_error (model));

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (listener.said->len, ==, 1);
  assert_said (&listener, 0, 200, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS - 1);
  assert_same_item (list, 200, next);
  ref = ref_at (list, 199);
  g_assert_cmpstr (ref, ==, "REQ-2026-04801");
  listener_clear (&listener, list);
}

/* The diff itself */

/* Applies @hunks to @ids as a view told of them would, checking that
 * each removes what the old list had there. */
static void
apply_hunks (GArray *ids, const QsRowIds *old_ids, const QsRowIds *new_ids, GArray *hunks)
{
  for (guint i = 0; i < hunks->len; i++)
    {
      const QsRowIdsHunk *hunk = &g_array_index (hunks, QsRowIdsHunk, i);

      if (i > 0)
        {
          const QsRowIdsHunk *before = &g_array_index (hunks, QsRowIdsHunk, i - 1);

          g_assert_cmpuint (before->old_pos + before->removed, <,
                            hunk->old_pos + (hunk->removed == 0));
        }
      g_assert_cmpuint (hunk->removed + hunk->added, >, 0);
      for (guint j = 0; j < hunk->removed; j++)
        g_assert_cmpint (g_array_index (ids, gint64, hunk->new_pos + j), ==,
                         qs_row_ids_get (old_ids, hunk->old_pos + j));
      g_array_remove_range (ids, hunk->new_pos, hunk->removed);
      for (guint j = 0; j < hunk->added; j++)
        {
          gint64 id = qs_row_ids_get (new_ids, hunk->new_pos + j);

          g_array_insert_val (ids, hunk->new_pos + j, id);
        }
    }
  g_assert_cmpuint (ids->len, ==, qs_row_ids_get_length (new_ids));
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, qs_row_ids_get (new_ids, i));
}

static QsRowIds *
row_ids_of (GArray *ids)
{
  QsRowIds *row_ids = qs_row_ids_new ();

  for (guint i = 0; i < ids->len; i++)
    qs_row_ids_append (row_ids, g_array_index (ids, gint64, i));
  return row_ids;
}

static GArray *
diff_arrays (GArray *old_array, GArray *new_array)
{
  g_autoptr (QsRowIds) old_ids = row_ids_of (old_array);
  g_autoptr (QsRowIds) new_ids = row_ids_of (new_array);
  g_autoptr (GArray) copy = g_array_copy (old_array);
  GArray *hunks = qs_row_ids_diff (old_ids, new_ids, 0);

  apply_hunks (copy, old_ids, new_ids, hunks);
  return hunks;
}

static GArray *
range_array (gint64 first, guint n)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      gint64 id = first + i;

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
assert_hunk (GArray *hunks, guint index, guint old_pos, guint removed, guint new_pos, guint added)
{
  const QsRowIdsHunk *hunk = &g_array_index (hunks, QsRowIdsHunk, index);

  g_assert_cmpuint (hunk->old_pos, ==, old_pos);
  g_assert_cmpuint (hunk->removed, ==, removed);
  g_assert_cmpuint (hunk->new_pos, ==, new_pos);
  g_assert_cmpuint (hunk->added, ==, added);
}

/* The common cases give the hunks worked out by hand. */
static void
test_diff_cases (void)
{
  g_autoptr (GArray) old_ids = range_array (1, 10000);
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GArray) hunks = NULL;
  gint64 id;

  hunks = diff_arrays (old_ids, old_ids);
  g_assert_cmpuint (hunks->len, ==, 0);
  g_clear_pointer (&hunks, g_array_unref);

  /* Row 5000 (at 4999) changed its id: replaced in place. */
  ids = g_array_copy (old_ids);
  g_array_index (ids, gint64, 4999) = 20000;
  hunks = diff_arrays (old_ids, ids);
  g_assert_cmpuint (hunks->len, ==, 1);
  assert_hunk (hunks, 0, 4999, 1, 4999, 1);
  g_clear_pointer (&hunks, g_array_unref);
  g_clear_pointer (&ids, g_array_unref);

  /* One in at 0, one out at the end. */
  ids = g_array_copy (old_ids);
  id = 0;
  g_array_insert_val (ids, 0, id);
  g_array_remove_index (ids, ids->len - 1);
  hunks = diff_arrays (old_ids, ids);
  g_assert_cmpuint (hunks->len, ==, 2);
  assert_hunk (hunks, 0, 0, 0, 0, 1);
  assert_hunk (hunks, 1, 9999, 1, 10000, 0);
  g_clear_pointer (&hunks, g_array_unref);
  g_clear_pointer (&ids, g_array_unref);

  /* Id 3 moved after id 9000, and id 9500 before id 2: each one row out
   * and one in. */
  ids = g_array_copy (old_ids);
  g_array_remove_index (ids, 2);
  id = 3;
  g_array_insert_val (ids, 8999, id);
  g_array_remove_index (ids, 9499);
  id = 9500;
  g_array_insert_val (ids, 1, id);
  hunks = diff_arrays (old_ids, ids);
  g_assert_cmpuint (hunks->len, ==, 4);
  assert_hunk (hunks, 0, 1, 0, 1, 1);
  assert_hunk (hunks, 1, 2, 1, 3, 0);
  assert_hunk (hunks, 2, 9000, 0, 9000, 1);
  assert_hunk (hunks, 3, 9499, 1, 9500, 0);
  g_clear_pointer (&hunks, g_array_unref);
  g_clear_pointer (&ids, g_array_unref);

  /* Reversed: past the edits worth working out, one hunk for the middle
   * (the middle row stays where it is, at the common... nothing: ends
   * differ). */
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = old_ids->len; i-- > 0;)
    g_array_append_val (ids, g_array_index (old_ids, gint64, i));
  hunks = diff_arrays (old_ids, ids);
  g_assert_cmpuint (hunks->len, ==, 1);
  assert_hunk (hunks, 0, 0, 10000, 0, 10000);
}

/* Random lists with a few random edits: the hunks always turn one into
 * the other, and are no more than the edits made. */
static void
test_diff_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261118);

  for (guint round = 0; round < 500; round++)
    {
      guint n = g_rand_int_range (rand, 0, 300);
      guint n_edits = g_rand_int_range (rand, 0, 6);
      g_autoptr (GArray) old_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr (GArray) ids = NULL;
      g_autoptr (GArray) hunks = NULL;
      gint64 next_id = 1000000;

      /* Increasing with gaps, as a sorted list's rowids are not. */
      for (guint i = 0; i < n; i++)
        {
          gint64 id = g_rand_int_range (rand, 0, 1000) * 1000 + i;

          g_array_append_val (old_ids, id);
        }
      ids = g_array_copy (old_ids);
      for (guint e = 0; e < n_edits; e++)
        {
          int what = g_rand_int_range (rand, 0, 3);

          if (what == 0 || ids->len == 0)
            {
              gint64 id = next_id++;

              g_array_insert_val (ids, g_rand_int_range (rand, 0, ids->len + 1), id);
            }
          else if (what == 1)
            g_array_remove_index (ids, g_rand_int_range (rand, 0, ids->len));
          else
            {
              guint  from = g_rand_int_range (rand, 0, ids->len);
              gint64 id = g_array_index (ids, gint64, from);

              g_array_remove_index (ids, from);
              g_array_insert_val (ids, g_rand_int_range (rand, 0, ids->len + 1), id);
            }
        }
      hunks = diff_arrays (old_ids, ids);
      /* A move is two edits. */
      g_assert_cmpuint (hunks->len, <=, 2 * n_edits);
    }
}

/* Reading in a worker thread -------------------------------------------- */

static void
on_reloaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GError **error = user_data;

  if (!qs_query_list_model_reload_finish (QS_QUERY_LIST_MODEL (source), result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

/* Reloads @model in a thread, waiting for the answer: NULL when it
 * succeeded, else its error. */
static GError *
reload_in_thread (QsQueryListModel *model,
                  GCancellable     *cancellable,
                  gboolean          cancel,
                  gboolean          in_thread)
{
  GError *answer = NULL;

  /* Whatever the query, in the thread. */
  qs_query_list_model_set_quick_read (model, 0);
  qs_query_list_model_reload_async (model, cancellable, on_reloaded_cb, &answer);
  g_assert_true (qs_query_list_model_is_reading (model) == in_thread);
  if (cancel)
    g_cancellable_cancel (cancellable);
  while (answer == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (qs_query_list_model_is_reading (model));
  if (g_error_matches (answer, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_clear_error (&answer);
  return answer;
}

/* The rows are those of the same query run on the store's connection, in
 * its order, said with one items-changed; what was committed is seen. */
static void
test_reload_in_thread (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  Listener         listener;

  g_assert_true (qs_row_ids_reader_can_read (fixture->store, "SELECT rowid FROM requests"));
  /* Complaints only, newest first, after one more was recorded. */
  {
    g_autoptr (QsRequest) request = qs_request_new ();

    g_object_set (request, "ref", "REQ-2026-09999", "subject", "Late", "kind",
                  QS_REQUEST_KIND_COMPLAINT, "received-at", received_at (1) + G_USEC_PER_SEC, NULL);
    g_assert_true (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                       QS_ENTITY (request), &error));
    g_assert_no_error (error);
  }
  qs_query_list_model_set_query (model, "kind = ?", g_variant_new ("(s)", "complaint"),
                                 "received_at DESC");
  listener_init (&listener, list, FALSE);
  error = reload_in_thread (model, NULL, FALSE, TRUE);
  g_assert_no_error (error);
  g_assert_cmpuint (listener.said->len, ==, 1);
  assert_said (&listener, 0, 0, N_REQUESTS, (N_REQUESTS + 2) / 3 + 1);
  first = ref_at (list, 0);
  last = ref_at (list, g_list_model_get_n_items (list) - 1);
  g_assert_cmpstr (first, ==, "REQ-2026-09999");
  g_assert_cmpstr (last, ==, "REQ-2026-04999");
  listener_clear (&listener, list);
}

/* Cancelled, or failing, the list stays as it was and nothing is said. */
static void
test_reload_in_thread_fails (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  Listener         listener;

  listener_init (&listener, list, FALSE);
  qs_query_list_model_set_query (model, "kind = ?", g_variant_new ("(s)", "complaint"), NULL);
  error = reload_in_thread (model, cancellable, TRUE, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_true (
    qs_store_exec (fixture->store, "ALTER TABLE requests RENAME TO requests_elsewhere", &error));
  g_assert_no_error (error);
  error = reload_in_thread (model, NULL, FALSE, TRUE);
  g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "requests"));
  g_assert_cmpuint (listener.said->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS);
  g_assert_true (
    qs_store_exec (fixture->store, "ALTER TABLE requests_elsewhere RENAME TO requests", NULL));

  /* The file gone from its place: the store's connection still reads
   * it, a new one cannot; the thread's failure is said as the store's. */
  {
    g_autofree char *moved = g_strconcat (fixture->path, ".moved", NULL);

    g_assert_cmpint (g_rename (fixture->path, moved), ==, 0);
    error = reload_in_thread (model, NULL, FALSE, TRUE);
    g_assert_cmpint (g_rename (moved, fixture->path), ==, 0);
    g_assert_error (error, QS_ERROR, QS_ERROR_STORAGE);
    g_assert_nonnull (strstr (error->message, "Reading a list"));
    g_clear_error (&error);
  }
  g_assert_cmpuint (listener.said->len, ==, 0);
  first = ref_at (list, 0);
  g_assert_cmpstr (first, ==, "REQ-2026-05000");
  listener_clear (&listener, list);
}

/* A query whose rows come at once is read at once: the list is there
 * when reload_async returns, and it answers all the same. */
static void
test_reload_quickly (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  GError *answer = NULL;

  qs_query_list_model_set_query (model, "kind = ?", g_variant_new ("(s)", "complaint"), NULL);
  qs_query_list_model_set_quick_read (model, 60 * 1000);
  qs_query_list_model_reload_async (model, NULL, on_reloaded_cb, &answer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, (N_REQUESTS + 2) / 3);
  g_assert_false (qs_query_list_model_is_reading (model));
  while (answer == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (answer, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&answer);

  /* Failing there, it says so without trying a thread. */
  g_assert_true (
    qs_store_exec (fixture->store, "ALTER TABLE requests RENAME TO requests_elsewhere", NULL));
  qs_query_list_model_reload_async (model, NULL, on_reloaded_cb, &answer);
  g_assert_false (qs_query_list_model_is_reading (model));
  while (answer == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (answer, QS_ERROR, QS_ERROR_STORAGE);
  g_clear_error (&answer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, (N_REQUESTS + 2) / 3);
}

static void
on_refreshed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  guint *answers = user_data;
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_query_list_model_refresh_finish (QS_QUERY_LIST_MODEL (source), result, &error));
  g_assert_no_error (error);
  (*answers)++;
}

static void
save_request (Fixture *fixture, const char *ref, gint64 received)
{
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autoptr (GError) error = NULL;

  g_object_set (request, "ref", ref, "subject", ref, "received-at", received, NULL);
  g_assert_true (qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                                     QS_ENTITY (request), &error));
  g_assert_no_error (error);
}

/* A refresh read in a thread says what changed as a refresh at once
 * would; of two under way, the newer one's list is the one kept, with
 * the rows both were to read again. */
static void
test_refresh_in_thread (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = new_oldest_first_model (fixture);
  GListModel      *list = G_LIST_MODEL (model);
  g_autofree char *ref = NULL;
  guint            answers = 0;
  Listener         listener;

  qs_query_list_model_set_quick_read (model, 0);
  listener_init (&listener, list, TRUE);
  /* Between REQ-2026-00002 and REQ-2026-00001, oldest first. */
  save_request (fixture, "REQ-2026-10001", received_at (1) - 1);
  qs_store_flush_changes (fixture->store);
  qs_query_list_model_refresh_async (model, fixture->changes, NULL, on_refreshed_cb, &answers);
  g_assert_true (qs_query_list_model_is_reading (model));
  g_assert_cmpuint (listener.said->len, ==, 0);
  /* One more, oldest of all, while the first is read. */
  save_request (fixture, "REQ-2026-10002", received_at (N_REQUESTS) - 1);
  qs_store_flush_changes (fixture->store);
  qs_query_list_model_refresh_async (model, fixture->changes, NULL, on_refreshed_cb, &answers);
  while (answers < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (qs_query_list_model_is_reading (model));

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_REQUESTS + 2);
  ref = ref_at (list, 0);
  g_assert_cmpstr (ref, ==, "REQ-2026-10002");
  g_clear_pointer (&ref, g_free);
  ref = ref_at (list, N_REQUESTS);
  g_assert_cmpstr (ref, ==, "REQ-2026-10001");
  /* What the views were told makes the list they show. */
  assert_mirror (&listener, list);
  listener_clear (&listener, list);
}

/* A query calling an SQL function of ours needs the store's connection:
 * it runs there, and answers all the same. */
static void
test_reload_in_thread_own_function (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  const char *sql = "SELECT rowid FROM requests WHERE coalesce (qs_at_risk (calendar_id, "
                    "department_id, received_at, resolution_due_at, 0, 0.75), 0) = 0 "
                    "ORDER BY rowid";
  g_autoptr (GError) error = NULL;

  g_assert_false (qs_row_ids_reader_can_read (fixture->store, sql));
  qs_query_list_model_set_rowid_query (model, sql, NULL);
  error = reload_in_thread (model, NULL, FALSE, FALSE);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_REQUESTS);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/query-list-model/order-and-count", test_model_order_and_count);
  ADD ("/query-list-model/filter-with-params", test_model_filter_with_params);
  ADD ("/query-list-model/reload-after-delete", test_model_reload_after_delete);
  ADD ("/query-list-model/pages-bounded", test_model_pages_bounded);
  ADD ("/query-list-model/incremental", test_model_incremental);
  ADD ("/query-list-model/refresh/changed-in-place", test_refresh_changed_in_place);
  ADD ("/query-list-model/refresh/in-place-first", test_refresh_in_place_first);
  ADD ("/query-list-model/refresh/inserted", test_refresh_inserted);
  ADD ("/query-list-model/refresh/deleted", test_refresh_deleted);
  ADD ("/query-list-model/refresh/moved", test_refresh_moved);
  ADD ("/query-list-model/refresh/other-table", test_refresh_other_table);
  ADD ("/query-list-model/refresh/joined-table", test_refresh_joined_table);
  ADD ("/query-list-model/refresh/while-loading", test_refresh_while_loading);
  ADD ("/query-list-model/refresh/error", test_refresh_error);
  ADD ("/query-list-model/read-error", test_read_error);
  ADD ("/query-list-model/vanished-row", test_vanished_row);
  ADD ("/query-list-model/in-thread/reload", test_reload_in_thread);
  ADD ("/query-list-model/in-thread/fails", test_reload_in_thread_fails);
  ADD ("/query-list-model/in-thread/own-function", test_reload_in_thread_own_function);
  ADD ("/query-list-model/in-thread/quickly", test_reload_quickly);
  ADD ("/query-list-model/in-thread/refresh", test_refresh_in_thread);
#undef ADD
  g_test_add_func ("/query-list-model/diff/cases", test_diff_cases);
  g_test_add_func ("/query-list-model/diff/random", test_diff_random);

  return g_test_run ();
}
