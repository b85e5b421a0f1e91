/* test-query-list-model.c — the paged list model over a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "qs-entities.h"
#include "qs-query-list-model.h"
#include "qs-repository.h"
#include "qs-store.h"

#define N_REQUESTS 5000

typedef struct
{
  char    *dir;
  char    *path;
  QsStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QsRepository *requests;

  fixture->dir = g_dir_make_tmp ("qs-model-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_store_open (fixture->path, &error);
  g_assert_no_error (error);

  requests = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST);
  g_assert_true (qs_store_begin (fixture->store, &error));
  for (guint i = 0; i < N_REQUESTS; i++)
    {
      g_autoptr(QsRequest) request = qs_request_new ();
      g_autofree char *ref = g_strdup_printf ("REQ-2026-%05u", i + 1);

      /* Received in reverse order of their number, one minute apart;
       * every third one is a complaint. */
      g_object_set (request,
                    "ref", ref,
                    "subject", ref,
                    "kind", i % 3 == 0 ? QS_REQUEST_KIND_COMPLAINT : QS_REQUEST_KIND_REQUEST,
                    "received-at", (gint64) (1767261600000000 - (gint64) i * 60 * G_USEC_PER_SEC),
                    NULL);
      g_assert_true (qs_repository_save (requests, QS_ENTITY (request), &error));
    }
  g_assert_true (qs_store_commit (fixture->store, &error));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  g_clear_object (&fixture->store);
  g_unlink (fixture->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
ref_at (GListModel *model,
        guint       position)
{
  g_autoptr(QsEntity) entity = g_list_model_get_item (model, position);

  g_assert_nonnull (entity);
  return g_strdup (qs_entity_get_string (entity, QS_REQUEST_FIELD_REF));
}

static void
test_model_order_and_count (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr(GError) error = NULL;
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
test_model_filter_with_params (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr(GError) error = NULL;
  guint n;

  qs_query_list_model_set_query (model, "kind = ?", g_variant_new ("(s)", "complaint"), "ref DESC");
  g_assert_true (qs_query_list_model_reload (model, &error));
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, ==, (N_REQUESTS + 2) / 3);
  for (guint i = 0; i < n; i += 97)
    {
      g_autoptr(QsEntity) entity = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_cmpint (qs_entity_get_enum (entity, QS_REQUEST_FIELD_KIND), ==, QS_REQUEST_KIND_COMPLAINT);
    }
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, N_REQUESTS);
  g_assert_cmpuint (added, ==, N_REQUESTS - 1);
  (*calls)++;
}

static void
test_model_reload_after_delete (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  QsRepository *requests = qs_store_get_repository (fixture->store, QS_TYPE_REQUEST);
  g_autoptr(QsEntity) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now_first = NULL;
  guint calls = 0;

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
test_model_pages_bounded (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (qs_query_list_model_reload (model, &error));
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QsEntity) entity = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_nonnull (entity);
      g_assert_cmpuint (qs_query_list_model_get_cached_pages (model), <=, 32);
    }
  g_assert_cmpuint (qs_query_list_model_get_cached_pages (model), ==, 32);

  /* The same position twice is the same object while its page is cached. */
  {
    g_autoptr(QsEntity) a = g_list_model_get_item (G_LIST_MODEL (model), n - 1);
    g_autoptr(QsEntity) b = g_list_model_get_item (G_LIST_MODEL (model), n - 1);
    g_assert_true (a == b);
  }
}

static void
count_appends_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *appended)
{
  /* After the reload, only appends at the end. */
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (position, ==, *appended);
  *appended += added;
}

/* An incremental model lists the first rows at once and the rest in the
 * main loop's idle time, in the same order as a whole read. */
static void
test_model_incremental (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(QsQueryListModel) model = qs_query_list_model_new (fixture->store, QS_TYPE_REQUEST);
  g_autoptr(GError) error = NULL;
  g_autofree char *last_of_first = NULL;
  g_autofree char *first_after = NULL;
  g_autofree char *last = NULL;
  guint appended = 100;

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
    g_autoptr(QsRequest) request = qs_request_new ();

    g_object_set (request, "ref", "REQ-2026-09999", "subject", "Late", "received-at", (gint64) 1, NULL);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/query-list-model/order-and-count", test_model_order_and_count);
  ADD ("/query-list-model/filter-with-params", test_model_filter_with_params);
  ADD ("/query-list-model/reload-after-delete", test_model_reload_after_delete);
  ADD ("/query-list-model/pages-bounded", test_model_pages_bounded);
  ADD ("/query-list-model/incremental", test_model_incremental);
#undef ADD

  return g_test_run ();
}
