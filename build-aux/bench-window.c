/* bench-window.c — the real window's answer to a user, timed frame to frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens a database in a QsWindow of 1280×800, as the application does,
 * and times what a user does most, from the input to the end of the
 * frame that shows its result:
 *
 *   - a keystroke in the Requests search (the frame that shows the
 *     character, and the frame that shows the list it selects);
 *   - sorting the list by each column, ascending then descending;
 *   - opening a request (selecting its row);
 *   - acknowledging it (the request page's action);
 *   - switching views, Requests → Charters → Requests.
 *
 * The input is what the user's key or click delivers: the search entry's
 * text, the column view's sort, the list's selection, the page's action,
 * the window's "win.view". The end is the first "after-paint" of the
 * window's frame clock once the widgets hold the result. Each action is
 * run once to warm up, then --runs times.
 *
 * A watchdog source, first of the main context, notes the time from the
 * end of each poll to the next poll: the longest is the longest time the
 * main thread did not listen to the user.
 *
 * Writes to the database (acknowledgements): run it on a copy, as
 * build-aux/bench-window.sh does. Not installed.
 *
 *   bench-window DB [--runs N]
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "qs-application.h"
#if __has_include("qs-context.h")
/* The window works in a QsContext (older versions took the store). */
#include "qs-context.h"
#define HAVE_CONTEXT 1
#endif
#include "qs-entities.h"
#include "qs-enums.h"
#include "qs-query-list-model.h"
#include "qs-slot-list-model.h"
#include "qs-store.h"
#include "qs-window.h"
#include "requests/qs-request-page.h"
#include "requests/qs-requests-view.h"
#if __has_include("dashboard/qs-dashboard-view.h")
#include "dashboard/qs-dashboard-view.h"
#include "qs-indicator-figures.h"
#include "qs-request-query.h"
#define HAVE_DASHBOARD 1
#endif

#define WAIT_LIMIT_US (G_GINT64_CONSTANT (120) * G_USEC_PER_SEC)
#define GOAL_ACTION_MS 100.0
#define GOAL_KEYSTROKE_MS 50.0
#define GOAL_STALL_MS 200.0
/* A department's dashboard is counted in a thread: the window answers at
 * once (a progress bar), the tiles follow within this at a million
 * requests. */
#define GOAL_DASHBOARD_MS 2000.0

typedef struct _Bench Bench;
typedef gboolean (*Condition) (Bench *bench);

typedef struct
{
  char   *name;
  GArray *samples; /* double, ms */
  double  stall;   /* longest stall during its samples, ms */
  double  goal;    /* ms, or 0 */
} Action;

struct _Bench
{
  QsStore *store;
#ifdef HAVE_CONTEXT
  QsContext *context;
#endif
  QsWindow       *window;
  QsRequestsView *view;
#ifdef HAVE_DASHBOARD
  QsDashboardView *dashboard;
#endif
  GtkColumnView *column_view;
  GtkEditable   *search_entry;
  GdkFrameClock *clock;
  guint          runs;

  /* The wait for a frame */
  Condition   condition;
  gboolean    waiting;
  gint64      done_at;
  gint64      condition_seen_at;
  const char *expected_text;

  /* The watchdog */
  gint64   last_check;
  double   stall_now; /* longest since the last reset, ms */
  double   stall_run; /* longest since the first frame, ms */
  gboolean after_first_frame;
  guint    frames;
  gpointer old_list; /* the list before the action: the result is a new one */

  GPtrArray *actions;
};

/* Watchdog ------------------------------------------------------------ */

typedef struct
{
  GSource source;
  Bench  *bench;
} Watchdog;

static gboolean
watchdog_prepare (GSource *source, gint *timeout)
{
  Bench *bench = ((Watchdog *) source)->bench;
  gint64 now = g_get_monotonic_time ();

  if (bench->last_check != 0)
    {
      double gap = (now - bench->last_check) / 1000.0;

      bench->stall_now = MAX (bench->stall_now, gap);
      if (bench->after_first_frame)
        bench->stall_run = MAX (bench->stall_run, gap);
    }
  *timeout = -1;
  return FALSE;
}

static gboolean
watchdog_check (GSource *source)
{
  ((Watchdog *) source)->bench->last_check = g_get_monotonic_time ();
  return FALSE;
}

static GSourceFuncs watchdog_funcs = { watchdog_prepare, watchdog_check, NULL, NULL, NULL, NULL };

static void
watchdog_start (Bench *bench)
{
  GSource *source = g_source_new (&watchdog_funcs, sizeof (Watchdog));

  ((Watchdog *) source)->bench = bench;
  /* First of all sources: it is prepared and checked at every iteration. */
  g_source_set_priority (source, G_MININT / 2);
  g_source_attach (source, NULL);
  g_source_unref (source);
}

/* Frames -------------------------------------------------------------- */

static void
on_after_paint_cb (GdkFrameClock *clock, Bench *bench)
{
  bench->after_first_frame = TRUE;
  bench->frames++;
  if (bench->waiting && bench->condition (bench))
    {
      bench->done_at = g_get_monotonic_time ();
      bench->waiting = FALSE;
    }
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until a frame ends with @condition true; returns its
 * end, or 0 when it did not come within WAIT_LIMIT_US. */
static gint64
wait_for_frame (Bench *bench, Condition condition, gint64 started)
{
  guint wake_id = g_timeout_add (50, wake_cb, NULL);

  bench->condition = condition;
  bench->waiting = TRUE;
  bench->done_at = 0;
  bench->condition_seen_at = 0;
  bench->frames = 0;
  while (bench->waiting && g_get_monotonic_time () - started < WAIT_LIMIT_US)
    {
      g_main_context_iteration (NULL, TRUE);
      /* A result that changes nothing on screen still ends with a frame. */
      if (bench->waiting && condition (bench))
        {
          gint64 now = g_get_monotonic_time ();

          if (bench->condition_seen_at == 0)
            bench->condition_seen_at = now;
          else if (now - bench->condition_seen_at > 100 * 1000)
            gtk_widget_queue_draw (GTK_WIDGET (bench->window));
        }
    }
  g_source_remove (wake_id);
  if (bench->waiting && g_getenv ("BENCH_VERBOSE") != NULL)
    g_printerr ("timed out: condition %d, seen %d, frames %u, mapped %d\n", condition (bench),
                bench->condition_seen_at != 0, bench->frames,
                gtk_widget_get_mapped (GTK_WIDGET (bench->window)));
  bench->waiting = FALSE;
  return bench->done_at;
}

/* Lets the main loop settle: what the last action left queued runs
 * before the next input, as it would between a user's keystrokes. */
static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  guint  wake_id = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake_id);
}

/* Actions ------------------------------------------------------------- */

static Action *
get_action (Bench *bench, const char *name, double goal)
{
  Action *action;

  for (guint i = 0; i < bench->actions->len; i++)
    {
      action = g_ptr_array_index (bench->actions, i);
      if (g_str_equal (action->name, name))
        return action;
    }
  action = g_new0 (Action, 1);
  action->name = g_strdup (name);
  action->samples = g_array_new (FALSE, FALSE, sizeof (double));
  action->goal = goal;
  g_ptr_array_add (bench->actions, action);
  return action;
}

static void
action_free (gpointer data)
{
  Action *action = data;

  g_free (action->name);
  g_array_unref (action->samples);
  g_free (action);
}

static void
record (Bench *bench, const char *name, double goal, gint64 started, gint64 done, gboolean warm_up)
{
  Action *action;
  double  ms;

  if (done == 0)
    {
      g_printerr ("bench-window: %s: no frame with the result within %d s\n", name,
                  (int) (WAIT_LIMIT_US / G_USEC_PER_SEC));
      done = g_get_monotonic_time ();
    }
  ms = (done - started) / 1000.0;
  if (g_getenv ("BENCH_VERBOSE") != NULL)
    g_printerr ("%s%s: %.1f ms, stall %.1f ms\n", name, warm_up ? " (warm-up)" : "", ms,
                bench->stall_now);
  if (warm_up)
    {
      g_autofree char *first = g_strdup_printf ("%s, first time", name);

      action = get_action (bench, first, 0);
    }
  else
    action = get_action (bench, name, goal);
  g_array_append_val (action->samples, ms);
  action->stall = MAX (action->stall, bench->stall_now);
}

static void
reset_stall (Bench *bench)
{
  bench->stall_now = 0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *samples)
{
  g_autoptr (GArray) sorted = g_array_copy (samples);
  guint n = sorted->len;

  if (n == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static double
maximum (GArray *samples)
{
  double m = 0;

  for (guint i = 0; i < samples->len; i++)
    m = MAX (m, g_array_index (samples, double, i));
  return m;
}

/* Conditions ---------------------------------------------------------- */

static gboolean
always (Bench *bench)
{
  return TRUE;
}

static GtkSelectionModel *list_selection (Bench *bench);

/* The list shown holds a new model (every search and sort reads a new
 * one). */
static gboolean
list_replaced (Bench *bench)
{
  GListModel *requests = qs_requests_view_get_requests (bench->view);

  return requests != bench->old_list && list_selection (bench) != NULL;
}

static void find_all (GtkWidget *widget, GType type, GPtrArray *found);

/* The list shown holds a new model, or a spinner says it is being
 * read: the action was answered. */
static gboolean
list_answered (Bench *bench)
{
  g_autoptr (GPtrArray) spinners = g_ptr_array_new ();

  if (list_replaced (bench))
    return TRUE;
  find_all (GTK_WIDGET (bench->view), GTK_TYPE_SPINNER, spinners);
  for (guint i = 0; i < spinners->len; i++)
    if (gtk_spinner_get_spinning (g_ptr_array_index (spinners, i)) &&
        gtk_widget_is_drawable (g_ptr_array_index (spinners, i)))
      return TRUE;
  return FALSE;
}

static void
expect_new_list (Bench *bench)
{
  bench->old_list = qs_requests_view_get_requests (bench->view);
}

static QsRequestPage *
find_request_page (Bench *bench)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (bench->view)); w != NULL;)
    {
      /* Depth first, iteratively. */
      if (QS_IS_REQUEST_PAGE (w))
        return QS_REQUEST_PAGE (w);
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            {
              w = gtk_widget_get_parent (w);
              if (w == GTK_WIDGET (bench->view))
                return NULL;
            }
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  return NULL;
}

static GtkWidget *
find_widget (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
find_all (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

/* The page beside the list shows the request of id bench->expected_text,
 * and is visible. */
static gboolean
page_shows_request (Bench *bench)
{
  QsRequestPage *page = find_request_page (bench);
  QsRequest     *request = page != NULL ? qs_request_page_get_request (page) : NULL;

  return request != NULL && gtk_widget_is_drawable (GTK_WIDGET (page)) &&
         g_strcmp0 (qs_entity_get_id (QS_ENTITY (request)), bench->expected_text) == 0;
}

static gboolean
page_shows_acknowledged (Bench *bench)
{
  QsRequestPage *page = find_request_page (bench);
  QsRequest     *request = page != NULL ? qs_request_page_get_request (page) : NULL;

  return request != NULL && qs_entity_get_enum (QS_ENTITY (request), QS_REQUEST_FIELD_STATUS) ==
                              QS_REQUEST_STATUS_ACKNOWLEDGED;
}

/* The window shows view bench->expected_text, drawn. */
static gboolean
view_shown (Bench *bench)
{
  GtkWidget *stack = find_widget (GTK_WIDGET (bench->window), ADW_TYPE_VIEW_STACK);
  GtkWidget *page =
    stack != NULL ? adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack)) : NULL;

  return g_strcmp0 (qs_window_get_view (bench->window), bench->expected_text) == 0 &&
         page != NULL && gtk_widget_is_drawable (page) && gtk_widget_get_first_child (page) != NULL;
}

static gboolean
list_loaded (Bench *bench)
{
  return qs_requests_view_get_requests (bench->view) != NULL;
}

/* The scenarios ------------------------------------------------------- */

/* The selection the list shown uses: the table's, or beside an open
 * request the two-line list's (the hidden list has no model). Other
 * lists (menus, the request's history) hold other models. */
static GtkSelectionModel *
list_selection (Bench *bench)
{
  g_autoptr (GPtrArray) lists = g_ptr_array_new ();
  GListModel *requests = qs_requests_view_get_requests (bench->view);

  find_all (GTK_WIDGET (bench->view), GTK_TYPE_LIST_VIEW, lists);
  for (guint i = 0; i < lists->len; i++)
    {
      GtkSelectionModel *model = gtk_list_view_get_model (g_ptr_array_index (lists, i));

      GListModel *rows = GTK_IS_SINGLE_SELECTION (model)
                           ? gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model))
                           : NULL;

      /* The list's rows are slots over the requests (qs-slot-list-model.c). */
      if (QS_IS_SLOT_LIST_MODEL (rows) &&
          qs_slot_list_model_get_model (QS_SLOT_LIST_MODEL (rows)) == requests)
        return model;
    }
  return NULL;
}

static void
bench_search (Bench *bench)
{
  static const char *const typed[] = { "p", "pr", "pri", "prin", "print" };

  /* Typed where Ctrl+F puts the keyboard: the entry's cursor blinks, and
   * the window is drawn at every frame while it does. */
  gtk_widget_grab_focus (GTK_WIDGET (bench->search_entry));
  for (guint run = 0; run <= bench->runs; run++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (typed) + 1; i++)
        {
          const char *text = i < G_N_ELEMENTS (typed) ? typed[i] : "";
          gint64      started;
          gint64      echoed;
          gint64      listed;

          settle (300);
          reset_stall (bench);
          expect_new_list (bench);
          started = g_get_monotonic_time ();
          if (*text != '\0')
            {
              /* One character typed at the end, as a key press inserts it. */
              int position = -1;

              gtk_editable_insert_text (bench->search_entry, text + strlen (text) - 1, 1,
                                        &position);
            }
          else
            gtk_editable_delete_text (bench->search_entry, 0, -1);
          echoed = wait_for_frame (bench, always, started);
          record (bench,
                  i < G_N_ELEMENTS (typed) ? "search: keystroke, echoed" : "search: clear, echoed",
                  i < G_N_ELEMENTS (typed) ? GOAL_KEYSTROKE_MS : GOAL_ACTION_MS, started, echoed,
                  run == 0);
          listed = wait_for_frame (bench, list_replaced, started);
          record (bench,
                  i < G_N_ELEMENTS (typed) ? "search: keystroke, list shown"
                                           : "search: clear, list shown",
                  GOAL_ACTION_MS, started, listed, run == 0);
        }
    }
}

static void
bench_sort (Bench *bench)
{
  GListModel *columns = gtk_column_view_get_columns (bench->column_view);
  guint       n = g_list_model_get_n_items (columns);

  for (guint c = 0; c < n; c++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, c);

      if (gtk_column_view_column_get_sorter (column) == NULL)
        continue;
      for (guint run = 0; run <= bench->runs; run++)
        for (int descending = 0; descending <= 1; descending++)
          {
            g_autofree char *name =
              g_strdup_printf ("sort: %s, %s", gtk_column_view_column_get_title (column),
                               descending ? "descending" : "ascending");
            gint64 started;
            gint64 done;

            settle (100);
            reset_stall (bench);
            expect_new_list (bench);
            started = g_get_monotonic_time ();
            gtk_column_view_sort_by_column (bench->column_view, column,
                                            descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
            done = wait_for_frame (bench, list_answered, started);
            record (bench, "sort: answered (list or spinner), every column", GOAL_ACTION_MS,
                    started, done, run == 0);
            done = wait_for_frame (bench, list_replaced, started);
            record (bench, name, GOAL_ACTION_MS, started, done, run == 0);
          }
    }
  /* Back to the list's own order. */
  expect_new_list (bench);
  gtk_column_view_sort_by_column (bench->column_view, NULL, GTK_SORT_ASCENDING);
  wait_for_frame (bench, list_replaced, g_get_monotonic_time ());
}

static void
bench_open (Bench *bench)
{
  for (guint run = 0; run <= bench->runs; run++)
    {
      GListModel *requests = qs_requests_view_get_requests (bench->view);
      g_autoptr (GObject) request = g_list_model_get_item (requests, run * 3);
      gint64 started;
      gint64 done;

      settle (200);
      reset_stall (bench);
      bench->expected_text = qs_entity_get_id (QS_ENTITY (request));
      started = g_get_monotonic_time ();
      gtk_selection_model_select_item (list_selection (bench), run * 3, TRUE);
      done = wait_for_frame (bench, page_shows_request, started);
      record (bench, "open a request", GOAL_ACTION_MS, started, done, run == 0);
    }
}

/* Closes the acknowledgement letter the action shows. */
static void
close_dialogs (Bench *bench)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
}

static void
bench_acknowledge (Bench *bench)
{
  guint position = 0;

  for (guint run = 0; run <= bench->runs; run++)
    {
      GListModel *requests = qs_requests_view_get_requests (bench->view);
      guint       n = g_list_model_get_n_items (requests);
      g_autoptr (QsEntity) request = NULL;
      g_autofree char *id = NULL;
      gint64           started;
      gint64           done;

      /* The next received request of the list, as a user would pick it. */
      for (; position < MIN (n, 5000); position++)
        {
          g_clear_object (&request);
          request = g_list_model_get_item (requests, position);
          if (qs_entity_get_enum (request, QS_REQUEST_FIELD_STATUS) == QS_REQUEST_STATUS_RECEIVED)
            break;
        }
      if (position >= MIN (n, 5000))
        {
          g_printerr ("bench-window: too few received requests to acknowledge\n");
          return;
        }
      id = g_strdup (qs_entity_get_id (request));
      bench->expected_text = id;
      gtk_selection_model_select_item (list_selection (bench), position, TRUE);
      wait_for_frame (bench, page_shows_request, g_get_monotonic_time ());
      position++;

      settle (200);
      reset_stall (bench);
      started = g_get_monotonic_time ();
      if (!gtk_widget_activate_action (GTK_WIDGET (find_request_page (bench)),
                                       "request.acknowledge", NULL))
        g_printerr ("bench-window: request.acknowledge not found\n");
      done = wait_for_frame (bench, page_shows_acknowledged, started);
      record (bench, "acknowledge a request", GOAL_ACTION_MS, started, done, run == 0);
      close_dialogs (bench);
    }
}

static void
switch_view (Bench *bench, const char *name, const char *label, gboolean warm_up)
{
  gint64 started;
  gint64 done;

  settle (200);
  reset_stall (bench);
  bench->expected_text = name;
  started = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.view", "s", name);
  done = wait_for_frame (bench, view_shown, started);
  record (bench, label, GOAL_ACTION_MS, started, done, warm_up);
}

static void
bench_switch (Bench *bench)
{
  for (guint run = 0; run <= bench->runs; run++)
    {
      switch_view (bench, "charters", "switch: Requests → Charters", run == 0);
      switch_view (bench, "requests", "switch: Charters → Requests", run == 0);
    }
}

#ifdef HAVE_DASHBOARD
/* The dashboard shows the figures of department bench->expected_text. */
static gboolean
dashboard_loaded (Bench *bench)
{
  const QsDashboardData *data = qs_dashboard_view_get_data (bench->dashboard);

  return data != NULL && g_strcmp0 (data->provider_id, bench->expected_text) == 0;
}

/* The dashboard's progress bar is drawn, or its tiles already. */
static gboolean
dashboard_answered (Bench *bench)
{
  g_autoptr (GPtrArray) bars = g_ptr_array_new ();

  if (dashboard_loaded (bench))
    return TRUE;
  find_all (GTK_WIDGET (bench->dashboard), GTK_TYPE_PROGRESS_BAR, bars);
  return bars->len > 0 && gtk_widget_is_drawable (g_ptr_array_index (bars, 0));
}

/* Requests lists the figure bench->expected_text, loaded. */
static gboolean
figure_listed (Bench *bench)
{
  return g_strcmp0 (qs_window_get_view (bench->window), "requests") == 0 && list_loaded (bench) &&
         g_strcmp0 (qs_requests_view_get_filter (bench->view)->figure_ref, bench->expected_text) ==
           0 &&
         list_replaced (bench);
}

/* Another department chosen in the drop-down, as a person does: the
 * answer (the progress bar) and the tiles; then the requests behind its
 * first figure. */
static void
bench_dashboard (Bench *bench)
{
  g_autoptr (GPtrArray) providers = qs_indicator_figures_providers (bench->store, NULL);
  g_autoptr (GPtrArray) drop_downs = g_ptr_array_new ();
  GtkDropDown *provider;

  if (providers == NULL || providers->len < 2)
    {
      g_printerr ("bench-window: the dashboard needs two providing departments\n");
      return;
    }
  bench->expected_text = "dashboard";
  gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.view", "s", "dashboard");
  wait_for_frame (bench, view_shown, g_get_monotonic_time ());
  bench->dashboard =
    QS_DASHBOARD_VIEW (find_widget (GTK_WIDGET (bench->window), QS_TYPE_DASHBOARD_VIEW));
  find_all (GTK_WIDGET (bench->dashboard), GTK_TYPE_DROP_DOWN, drop_downs);
  provider = g_ptr_array_index (drop_downs, 0);
  bench->expected_text = qs_entity_get_id (g_ptr_array_index (providers, 0));
  wait_for_frame (bench, dashboard_loaded, g_get_monotonic_time ());

  for (guint run = 0; run <= bench->runs; run++)
    {
      guint  position = (run + 1) % providers->len;
      gint64 started;
      gint64 done;

      settle (200);
      reset_stall (bench);
      bench->expected_text = qs_entity_get_id (g_ptr_array_index (providers, position));
      started = g_get_monotonic_time ();
      gtk_drop_down_set_selected (provider, position);
      done = wait_for_frame (bench, dashboard_answered, started);
      record (bench, "dashboard: department chosen, answered", GOAL_ACTION_MS, started, done,
              run == 0);
      done = wait_for_frame (bench, dashboard_loaded, started);
      record (bench, "dashboard: department chosen, tiles", GOAL_DASHBOARD_MS, started, done,
              run == 0);
    }

  for (guint run = 0; run <= bench->runs; run++)
    {
      const QsDashboardData   *data;
      const QsIndicatorSeries *series;
      gint64                   started;
      gint64                   done;

      gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.view", "s", "dashboard");
      settle (200);
      data = qs_dashboard_view_get_data (bench->dashboard);
      series = g_ptr_array_index (data->series, run % data->series->len);
      reset_stall (bench);
      bench->expected_text = series->ref;
      expect_new_list (bench);
      started = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (bench->dashboard), "dashboard.open-requests", "(ssu)",
                                  series->ref, "bench", data->n_periods - 2);
      done = wait_for_frame (bench, figure_listed, started);
      record (bench, "dashboard: the requests behind a figure", GOAL_ACTION_MS, started, done,
              run == 0);
    }
}
#endif

/* Report -------------------------------------------------------------- */

static void
report (Bench *bench)
{
  g_autoptr (GString) over = g_string_new (NULL);
  double keystroke = 0;

  g_print ("\n%-44s %9s %9s %5s %10s\n", "action", "median", "max", "runs", "max stall");
  for (guint i = 0; i < bench->actions->len; i++)
    {
      Action *action = g_ptr_array_index (bench->actions, i);
      double  m = median (action->samples);

      g_print ("%-44s %6.1f ms %6.1f ms %5u %7.1f ms\n", action->name, m, maximum (action->samples),
               action->samples->len, action->stall);
      if (g_str_equal (action->name, "search: keystroke, echoed"))
        keystroke = m;
      if (action->goal > 0 && m > action->goal)
        g_string_append_printf (over, "    over: %s, %.1f ms at the median (goal %.0f ms)\n",
                                action->name, m, action->goal);
    }
  g_print ("\ngoals\n");
  g_print ("  keystroke shown under %.0f ms at the median: %s (%.1f ms)\n", GOAL_KEYSTROKE_MS,
           keystroke < GOAL_KEYSTROKE_MS ? "PASS" : "over", keystroke);
  g_print ("  every action under %.0f ms at the median: %s\n", GOAL_ACTION_MS,
           over->len == 0 ? "PASS" : "over");
  g_print ("%s", over->str);
  g_print ("  no main-thread stall over %.0f ms: %s (longest %.1f ms, from the first frame on)\n",
           GOAL_STALL_MS, bench->stall_run <= GOAL_STALL_MS ? "PASS" : "over", bench->stall_run);
}

static void
on_search_changed_cb (GtkEditable *entry, Bench *bench)
{
  g_printerr ("search-changed: entry “%s”, filter “%s”, list %p\n", gtk_editable_get_text (entry),
              qs_requests_view_get_filter (bench->view)->search,
              qs_requests_view_get_requests (bench->view));
}

/* Start --------------------------------------------------------------- */

/* BENCH_ONLY=search,sort runs those scenarios alone; all by default. */
static gboolean
wanted (const char *scenario)
{
  const char *only = g_getenv ("BENCH_ONLY");
  g_auto (GStrv) names = NULL;

  if (only == NULL || *only == '\0')
    return TRUE;
  names = g_strsplit (only, ",", -1);
  return g_strv_contains ((const char *const *) names, scenario);
}

static void
use_style_sheet (void)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/org/example/QualServ/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GError) error = NULL;
  Bench       bench = { 0 };
  const char *localedir = g_getenv ("QUALSERV_LOCALEDIR");
  const char *db = NULL;
  gint64      started;
  gint64      opened;
  gint64      shown;

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  bench.runs = 7;
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          int runs = atoi (argv[++i]);

          bench.runs = MAX (1, runs);
        }
      else if (db == NULL && argv[i][0] != '-')
        db = argv[i];
      else
        {
          g_printerr ("usage: bench-window DB [--runs N]\n");
          return 2;
        }
    }
  if (db == NULL)
    {
      g_printerr ("usage: bench-window DB [--runs N]\n");
      return 2;
    }

  gtk_init ();
  adw_init ();
  qs_application_register_resources ();
  use_style_sheet ();
  bench.actions = g_ptr_array_new_with_free_func (action_free);

  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_settings_set_string (settings, "last-view", "requests");

  started = g_get_monotonic_time ();
  bench.store = qs_store_open (db, &error);
  if (bench.store == NULL)
    {
      g_printerr ("bench-window: %s\n", error->message);
      return 1;
    }
  opened = g_get_monotonic_time ();
#ifdef HAVE_CONTEXT
  bench.context = qs_context_new (bench.store, settings);
  bench.window = qs_window_new (NULL, bench.context);
#else
  bench.window = qs_window_new (NULL, bench.store);
#endif
  bench.clock = NULL;
  watchdog_start (&bench);
  gtk_window_present (GTK_WINDOW (bench.window));
  gtk_widget_realize (GTK_WIDGET (bench.window));
  bench.clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench.window));
  g_signal_connect (bench.clock, "after-paint", G_CALLBACK (on_after_paint_cb), &bench);

  wait_for_frame (&bench, always, opened);
  shown = g_get_monotonic_time ();
#ifdef HAVE_CONTEXT
  /* As the application does from the first frame on. */
  qs_context_watch (bench.context, QS_CONTEXT_WATCH_INTERVAL_MS);
#endif

  bench.view = QS_REQUESTS_VIEW (find_widget (GTK_WIDGET (bench.window), QS_TYPE_REQUESTS_VIEW));
  if (bench.view == NULL)
    {
      g_printerr ("bench-window: no Requests view\n");
      return 1;
    }
  bench.column_view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (bench.view), GTK_TYPE_COLUMN_VIEW));
  bench.search_entry = GTK_EDITABLE (find_widget (GTK_WIDGET (bench.view), GTK_TYPE_SEARCH_ENTRY));
  wait_for_frame (&bench, list_loaded, opened);

  g_print ("database: %s, %u requests listed\n", db,
           g_list_model_get_n_items (qs_requests_view_get_requests (bench.view)));
  g_print ("window: %d×%d; %u runs after one warm-up\n",
           gtk_widget_get_width (GTK_WIDGET (bench.window)),
           gtk_widget_get_height (GTK_WIDGET (bench.window)), bench.runs);
  g_print ("open the database: %.0f ms; first frame %.0f ms later; the list shown %.0f ms later\n",
           (opened - started) / 1000.0, (shown - opened) / 1000.0,
           (g_get_monotonic_time () - shown) / 1000.0);
  {
    GParamSpec *delay =
      g_object_class_find_property (G_OBJECT_GET_CLASS (bench.search_entry), "search-delay");

    if (delay != NULL)
      {
        guint ms = 0;

        g_object_get (bench.search_entry, "search-delay", &ms, NULL);
        g_print ("the search entry waits %u ms after a keystroke before it searches\n", ms);
      }
  }

  if (g_getenv ("BENCH_VERBOSE") != NULL)
    g_signal_connect_after (bench.search_entry, "search-changed", G_CALLBACK (on_search_changed_cb),
                            &bench);
  if (wanted ("search"))
    bench_search (&bench);
  if (wanted ("sort"))
    bench_sort (&bench);
  if (wanted ("open"))
    bench_open (&bench);
  if (wanted ("acknowledge"))
    bench_acknowledge (&bench);
  gtk_widget_activate_action (GTK_WIDGET (bench.view), "requests.close-request", NULL);
  if (wanted ("switch"))
    bench_switch (&bench);
#ifdef HAVE_DASHBOARD
  if (wanted ("dashboard"))
    bench_dashboard (&bench);
#endif

  report (&bench);

  gtk_window_destroy (GTK_WINDOW (bench.window));
#ifdef HAVE_CONTEXT
  g_clear_object (&bench.context);
#endif
  g_clear_object (&bench.store);
  g_ptr_array_unref (bench.actions);
  return 0;
}
