/* bench-refresh.c — how fast the requests list follows a commit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-refresh DB [--runs N]
 *
 * Over an existing database (a million requests for the figures), the
 * tracker's list (qs_request_query_new_model(), read to its end, the
 * first screen of items held as a view holds them) follows one commit at a
 * time, as a view listening to QsStore::changed does:
 *
 * - "changed in place": the subject of the 11th request shown is edited
 *   (in the unfiltered list, newest first): one items-changed (10, 1, 1);
 * - "moved": the same edit in the list sorted by subject, which moves the
 *   row: two items-changed of one row;
 * - "other table": a department is renamed: nothing to say;
 * - "reload": what a view did before, qs_query_list_model_reload() and
 *   reading the list to its end (one items-changed for the whole list).
 *
 * Times are from the qs_query_list_model_refresh() call to the first
 * items-changed it emits ("to signal") and to its return ("whole"), in
 * milliseconds, median and max of N runs (default 5) after one to warm
 * the caches. The edits alternate between two values, so the database
 * ends as it was, bar updated_at.
 */
#include <stdio.h>
#include <stdlib.h>

#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-request-query.h"
#include "qs-store.h"

#define SCREEN 64
#define ROW 10

static guint n_runs = 5;

typedef struct
{
  QsChangeSet *changes;   /* what the last commit changed */
  gint64       signalled; /* when the first items-changed came; 0: none yet */
  GString     *said;      /* the items-changed, "(pos, removed, added)" */
} Bench;

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
median_max (GArray *runs, double *median, double *max)
{
  g_array_sort (runs, compare_doubles);
  *max = g_array_index (runs, double, runs->len - 1);
  *median = g_array_index (runs, double, runs->len / 2);
}

static void
on_changed_cb (QsStore *store, QsChangeSet *changes, Bench *bench)
{
  g_clear_pointer (&bench->changes, qs_change_set_unref);
  bench->changes = qs_change_set_ref (changes);
}

static void
on_items_changed_cb (GListModel *model, guint position, guint removed, guint added, Bench *bench)
{
  if (bench->signalled == 0)
    bench->signalled = g_get_monotonic_time ();
  g_string_append_printf (bench->said, "%s(%u, %u, %u)", bench->said->len ? " " : "", position,
                          removed, added);
}

static void
save (QsStore *store, QsEntity *entity)
{
  g_autoptr (GError) error = NULL;

  if (!qs_store_begin (store, &error) ||
      !qs_repository_save (qs_store_get_repository (store, G_OBJECT_TYPE (entity)), entity,
                           &error) ||
      !qs_store_commit (store, &error))
    g_error ("%s", error->message);
  qs_store_flush_changes (store);
}

/* Loads the list to its end and holds its first screen. */
static GPtrArray *
show (QsQueryListModel *model, const QsRequestFilter *filter, gint64 now)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *screen = g_ptr_array_new_with_free_func (g_object_unref);

  if (!qs_request_query_apply (model, filter, now, 0.75, &error) ||
      !qs_query_list_model_finish_loading (model, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < SCREEN; i++)
    g_ptr_array_add (screen, g_list_model_get_item (G_LIST_MODEL (model), i));
  return screen;
}

typedef void (*EditFunc) (QsStore *store, gpointer data, guint run);

static void
measure (const char       *label,
         QsStore          *store,
         QsQueryListModel *model,
         Bench            *bench,
         EditFunc          edit,
         gpointer          data)
{
  g_autoptr (GArray) to_signal = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) whole = g_array_new (FALSE, FALSE, sizeof (double));
  double           median, max, whole_median, whole_max;
  g_autofree char *said = NULL;

  for (guint r = 0; r <= n_runs; r++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start, end;

      edit (store, data, r);
      g_string_truncate (bench->said, 0);
      bench->signalled = 0;
      start = g_get_monotonic_time ();
      if (!qs_query_list_model_refresh (model, bench->changes, &error))
        g_error ("%s", error->message);
      end = g_get_monotonic_time ();
      if (r == 0)
        continue;
      if (bench->signalled != 0)
        {
          double ms = (bench->signalled - start) / 1000.0;

          g_array_append_val (to_signal, ms);
        }
      {
        double ms = (end - start) / 1000.0;

        g_array_append_val (whole, ms);
      }
      g_free (said);
      said = g_strdup (bench->said->len ? bench->said->str : "nothing");
    }
  median_max (whole, &whole_median, &whole_max);
  if (to_signal->len > 0)
    {
      median_max (to_signal, &median, &max);
      printf ("%-18s to signal %7.1f ms (max %7.1f)  whole %7.1f ms (max %7.1f)  said %s\n", label,
              median, max, whole_median, whole_max, said);
    }
  else
    printf ("%-18s to signal       -                  whole %7.1f ms (max %7.1f)  said %s\n", label,
            whole_median, whole_max, said);
}

typedef struct
{
  QsEntity   *entity;
  const char *values[2];
} Edit;

static void
edit_subject (QsStore *store, gpointer data, guint run)
{
  Edit *edit = data;

  g_object_set (edit->entity, "subject", edit->values[run % 2], NULL);
  save (store, edit->entity);
}

static void
edit_name (QsStore *store, gpointer data, guint run)
{
  Edit *edit = data;

  g_object_set (edit->entity, "name", edit->values[run % 2], NULL);
  save (store, edit->entity);
}

static void
time_reload (QsQueryListModel *model, const QsRequestFilter *filter, gint64 now)
{
  g_autoptr (GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  double median, max;

  for (guint r = 0; r <= n_runs; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GPtrArray) screen = show (model, filter, now);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (r > 0)
        g_array_append_val (runs, ms);
    }
  median_max (runs, &median, &max);
  printf ("%-18s whole %7.1f ms (max %7.1f)  (reload, read to the end, first %u items)\n", "reload",
          median, max, SCREEN);
}

int
main (int argc, char *argv[])
{
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsQueryListModel) model = NULL;
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GPtrArray) screen = NULL;
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GError) error = NULL;
  Bench            bench = { NULL, 0, g_string_new (NULL) };
  g_autofree char *subject = NULL;
  g_autofree char *name = NULL;
  g_autofree char *other_subject = NULL;
  g_autofree char *other_name = NULL;
  Edit             edit;
  gint64           now;

  if (argc < 2)
    {
      g_printerr ("usage: %s DB [--runs N]\n", argv[0]);
      return 2;
    }
  for (int i = 2; i + 1 < argc; i += 2)
    if (g_str_equal (argv[i], "--runs"))
      n_runs = MAX (1, (guint) g_ascii_strtoull (argv[i + 1], NULL, 10));

  store = qs_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  now = qs_store_now (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &bench);
  model = qs_request_query_new_model (store);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &bench);

  screen = show (model, filter, now);
  printf ("%u rows, %u runs each, median (max); the first %u items held\n",
          g_list_model_get_n_items (G_LIST_MODEL (model)), n_runs, SCREEN);

  /* The 11th request shown, found again as its page would find it. */
  {
    QsEntity *shown = screen->pdata[ROW];

    edit.entity = qs_repository_find (qs_store_get_repository (store, QS_TYPE_REQUEST),
                                      qs_entity_get_id (shown), &error);
    if (edit.entity == NULL)
      g_error ("%s", error->message);
    subject = g_strdup (qs_entity_get_string (shown, QS_REQUEST_FIELD_SUBJECT));
    other_subject = g_strconcat (subject, " (edited)", NULL);
    edit.values[0] = other_subject;
    edit.values[1] = subject;
  }
  measure ("changed in place", store, model, &bench, edit_subject, &edit);

  /* Sorted by subject: "(edited)" or not moves it. */
  filter->sort = QS_REQUEST_SORT_SUBJECT;
  g_clear_pointer (&screen, g_ptr_array_unref);
  screen = show (model, filter, now);
  g_clear_object (&edit.entity);
  edit.entity = qs_repository_find (qs_store_get_repository (store, QS_TYPE_REQUEST),
                                    qs_entity_get_id (screen->pdata[ROW]), &error);
  g_free (subject);
  g_free (other_subject);
  subject = g_strdup (qs_entity_get_string (edit.entity, QS_REQUEST_FIELD_SUBJECT));
  other_subject = g_strconcat ("~", subject, NULL);
  edit.values[0] = other_subject;
  edit.values[1] = subject;
  measure ("moved (by subject)", store, model, &bench, edit_subject, &edit);

  filter->sort = QS_REQUEST_SORT_RECEIVED;
  g_clear_pointer (&screen, g_ptr_array_unref);
  screen = show (model, filter, now);
  g_clear_object (&edit.entity);
  departments = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), NULL,
                                        NULL, "ref", QS_QUERY_DEFAULT, &error);
  if (departments == NULL || departments->len == 0)
    g_error ("no department: %s", error != NULL ? error->message : "the database has none");
  edit.entity = g_object_ref (departments->pdata[0]);
  g_object_get (edit.entity, "name", &name, NULL);
  other_name = g_strconcat (name, " (edited)", NULL);
  edit.values[0] = other_name;
  edit.values[1] = name;
  measure ("other table", store, model, &bench, edit_name, &edit);
  g_clear_object (&edit.entity);

  time_reload (model, filter, now);

  g_clear_pointer (&bench.changes, qs_change_set_unref);
  g_string_free (bench.said, TRUE);
  return 0;
}
