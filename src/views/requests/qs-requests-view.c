/* qs-requests-view.c — the Requests view: the tracker's list and one request beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model. The list is the paged QsQueryListModel of qs_request_query_new_model():
 * one QsRequestFilter (search words, filters, sort) turns into one SQL
 * query run in the database, so searching and sorting a million requests
 * never builds a million objects. Sorting by a column header goes into
 * the filter's sort (see qs-requests-view-columns.c), filters and saved
 * filters into its other fields (qs-requests-view-filters.c).
 *
 * Nothing is read before the view is first shown: a window that opens on
 * another view never pays for the Requests list. Overdue requests are
 * escalated by the window's QsEscalationScanner, whatever view is shown.
 *
 * Layout. An AdwLeaflet holds the list and the QsRequestPage of the
 * chosen request side by side; narrower than both (down to 360 px) it
 * folds and shows one at a time, with a back button.
 *
 * Actions, with the `requests.` prefix: new, search, reload, show-list,
 * close-request, clear-filter, save-filter, delete-filter, apply-filter,
 * export-csv, export-ics.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-calendar-words.h"
#include "qs-deadline.h"
#include "qs-enum-labels.h"
#include "qs-new-request-dialog.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-request.h"
#include "qs-requests-view-private.h"
#include "qs-status-page-icons.h"
#include "qs-steady-bin.h"
#include "qs-toast.h"

G_DEFINE_FINAL_TYPE (QsRequestsView, qs_requests_view, QS_TYPE_VIEW)

/**
 * qs_requests_view_toast:
 *
 * Tells the user that an action was completed.
 */
void
qs_requests_view_toast (QsRequestsView *self, const char *title)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (title, FALSE));
}

/**
 * qs_requests_view_toast_error:
 *
 * Tells the user why an action could not be done.
 */
void
qs_requests_view_toast_error (QsRequestsView *self, const GError *error)
{
  if (!qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, TRUE)))
    g_message ("%s", error->message);
}

/* "1,204 requests", grouped as the interface's language groups digits. */
char *
qs_requests_view_format_count (guint n)
{
  g_autofree char *number = qs_calendar_words_format_count (n, qs_interface_language ());

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s request", "%s requests", n), number);
}

/* Whether anything narrows the list; the sort does not. */
static gboolean
is_filtered (QsRequestsView *self)
{
  g_autoptr (QsRequestFilter) plain = qs_request_filter_new ();
  g_autoptr (QsRequestFilter) current = qs_request_filter_copy (self->filter);

  current->sort = plain->sort;
  current->descending = plain->descending;
  if (current->search != NULL && *g_strstrip (current->search) == '\0')
    g_clear_pointer (&current->search, g_free);
  return !qs_request_filter_equal (current, plain);
}

static void
update_list_state (QsRequestsView *self)
{
  guint n = self->requests != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->requests)) : 0;
  g_autofree char *count = NULL;

  if (!self->loaded)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "not-loaded");
      gtk_label_set_label (self->count_label, "");
      return;
    }
  if (self->requests != NULL && qs_query_list_model_is_loading (self->requests))
    {
      g_autofree char *number = qs_calendar_words_format_count (n, qs_interface_language ());

      /* Translators: while a long list is still being read */
      count = g_strdup_printf (ngettext ("%s request so far…", "%s requests so far…", n), number);
    }
  else
    count = qs_requests_view_format_count (n);
  gtk_label_set_label (self->count_label, count);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack,
                                      is_filtered (self) ? "no-results" : "empty");
}

/**
 * qs_requests_view_get_shown:
 *
 * Returns: (transfer none) (nullable): the request shown beside the list
 */
QsRequest *
qs_requests_view_get_shown (QsRequestsView *self)
{
  return self->request_page != NULL ? qs_request_page_get_request (self->request_page) : NULL;
}

static void on_request_changed_cb (QsRequestsView *self);

/* The page of a request costs as much to build as the rest of the view:
 * a window that never shows a request does not pay for it. */
static void
ensure_request_page (QsRequestsView *self)
{
  if (self->request_page != NULL)
    return;
  self->request_page = QS_REQUEST_PAGE (qs_request_page_new ());
  qs_request_page_set_context (self->request_page, qs_view_get_context (QS_VIEW (self)));
  g_signal_connect_object (self->request_page, "changed", G_CALLBACK (on_request_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (self->page_bin, GTK_WIDGET (self->request_page));
}

static void
show_request (QsRequestsView *self, QsRequest *request)
{
  g_autofree char *title = NULL;

  if (request != NULL)
    ensure_request_page (self);
  if (self->request_page != NULL)
    qs_request_page_set_request (self->request_page, request);
  if (request == NULL)
    {
      gtk_widget_set_visible (self->detail_pane, FALSE);
      adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
      qs_requests_view_update_columns (self);
      qs_requests_view_update_actions (self);
      return;
    }
  /* Translators: the title above a request: its reference, then its subject */
  title = g_strdup_printf (_ ("%s — %s"),
                           qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF),
                           qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_SUBJECT));
  gtk_label_set_label (self->detail_title, title);
  gtk_widget_set_visible (self->detail_pane, TRUE);
  adw_leaflet_set_visible_child_name (self->leaflet, "request");
  qs_requests_view_update_columns (self);
  qs_requests_view_update_actions (self);
}

/**
 * qs_requests_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the request of the selected row
 */
QsRequest *
qs_requests_view_get_selected (QsRequestsView *self)
{
  QsRowSlot *slot =
    self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;

  return slot != NULL ? qs_row_slot_get_item (slot) : NULL;
}

static void
on_selected_cb (QsRequestsView *self)
{
  QsRequest *request = qs_requests_view_get_selected (self);

  /* Losing the selection (a reload) leaves the request shown. */
  if (request == NULL)
    return;
  /* Another row chosen while a refresh is on its way: the refresh must
   * not take the user back to the one selected when it began. */
  if (self->refresh_selected != NULL &&
      g_strcmp0 (qs_entity_get_id (QS_ENTITY (request)), self->refresh_selected) != 0)
    g_clear_pointer (&self->refresh_selected, g_free);
  show_request (self, request);
}

/* Only the list shown has the model: the hidden one bound rows of its
 * own at each new list, a third of a search's time on a million
 * requests. */
static void
attach_list (QsRequestsView *self)
{
  GtkWidget *shown = adw_squeezer_get_visible_child (self->list_squeezer);
  gboolean   narrow =
    shown != NULL && (shown == GTK_WIDGET (self->narrow_view) ||
                      gtk_widget_is_ancestor (GTK_WIDGET (self->narrow_view), shown));
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);

  if (gtk_column_view_get_model (self->column_view) != (narrow ? NULL : model))
    gtk_column_view_set_model (self->column_view, narrow ? NULL : model);
  if (gtk_list_view_get_model (self->narrow_view) != (narrow ? model : NULL))
    gtk_list_view_set_model (self->narrow_view, narrow ? model : NULL);
}

static void
on_list_shown_cb (QsRequestsView *self)
{
  attach_list (self);
}

/* A new model rather than a reloaded one: the column view takes a new
 * model of a million rows at once, where it would handle the same change
 * as removals and insertions much more slowly. It is given through the
 * same slots, so that the rows on screen are bound to the new list's
 * requests instead of being destroyed and built again
 * (qs-slot-list-model.c). */
static void
set_requests (QsRequestsView *self, QsQueryListModel *requests)
{
  if (self->requests != NULL)
    g_signal_handlers_disconnect_by_data (self->requests, self);
  g_set_object (&self->requests, requests);
  if (self->selection == NULL)
    {
      self->rows = qs_slot_list_model_new ();
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selected_cb),
                               self, G_CONNECT_SWAPPED);
    }
  /* The selected slot would stay where it is, on another request. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  qs_slot_list_model_set_model (self->rows, requests != NULL ? G_LIST_MODEL (requests) : NULL);
  /* A long list goes on growing after the first screens. */
  if (requests != NULL)
    g_signal_connect_object (requests, "items-changed", G_CALLBACK (update_list_state), self,
                             G_CONNECT_SWAPPED);
  attach_list (self);
}

/* Shows @requests, just read: the request shown stays shown, and is the
 * selected row wherever the new list has it. */
static void
show_list (QsRequestsView *self, QsQueryListModel *requests)
{
  QsRequest       *shown = qs_requests_view_get_shown (self);
  g_autofree char *shown_id =
    shown != NULL ? g_strdup (qs_entity_get_id (QS_ENTITY (shown))) : NULL;

  qs_requests_view_forget_names (self);
  set_requests (self, requests);
  if (shown_id != NULL)
    {
      g_autoptr (GError) find_error = NULL;
      guint position = qs_query_list_model_find (requests, shown_id, &find_error);

      if (find_error != NULL)
        qs_requests_view_toast_error (self, find_error);
      else if (position != G_MAXUINT)
        gtk_single_selection_set_selected (self->selection, position);
    }
  update_list_state (self);
  qs_requests_view_update_actions (self);
}

static void
set_reading (QsRequestsView *self, gboolean reading)
{
  gtk_widget_set_visible (GTK_WIDGET (self->list_spinner), reading);
  gtk_spinner_set_spinning (self->list_spinner, reading);
}

static void
on_list_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  QsQueryListModel *requests = QS_QUERY_LIST_MODEL (source);
  QsRequestsView   *self;
  g_autoptr (GError) error = NULL;

  /* Cancelled by a newer read or by the view going away: @user_data may
   * be gone. */
  if (!qs_query_list_model_reload_finish (requests, result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = QS_REQUESTS_VIEW (user_data);
  g_clear_object (&self->reading);
  set_reading (self, FALSE);
  if (error != NULL)
    {
      /* The list shown stays as it was. */
      qs_requests_view_toast_error (self, error);
      return;
    }
  show_list (self, requests);
}

/**
 * qs_requests_view_apply:
 *
 * Reads the list again with the current filter. The request shown stays
 * shown, and is the selected row wherever the new list has it.
 *
 * A query that does not give its first rows within a few milliseconds is
 * read in a worker thread (qs_query_list_model_reload_async()), the list
 * shown staying in place beside a spinner: sorting a million requests by
 * client takes SQLite a second or two. The new list is shown from the
 * callback, in the next turn of the main loop at the earliest. A newer
 * apply cancels a read under way.
 */
void
qs_requests_view_apply (QsRequestsView *self)
{
  g_autoptr (QsQueryListModel) requests = NULL;
  gint64 started;

  if (!self->loaded || self->store == NULL)
    return;

  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  requests = qs_request_query_new_model (self->store);
  qs_request_query_set (requests, self->filter, qs_store_now (self->store), self->at_risk_share);
  if (self->quick_read_ms != G_MAXUINT)
    qs_query_list_model_set_quick_read (requests, self->quick_read_ms);
  self->reading = g_cancellable_new ();
  started = g_get_monotonic_time ();
  qs_query_list_model_reload_async (requests, self->reading, on_list_read_cb, self);
  set_reading (self, qs_query_list_model_is_reading (requests));
  g_debug ("Requests list %s in %.1f ms",
           qs_query_list_model_is_reading (requests) ? "handed to a thread" : "read",
           (g_get_monotonic_time () - started) / 1000.0);
}

/**
 * qs_requests_view_reload:
 *
 * Reads the list and the names of departments again, after a change
 * elsewhere. Does nothing before the view was first shown.
 */
void
qs_requests_view_reload (QsRequestsView *self)
{
  g_return_if_fail (QS_IS_REQUESTS_VIEW (self));

  if (!self->loaded)
    return;
  qs_requests_view_load_departments (self);
  qs_requests_view_apply (self);
}

static void
on_request_changed_cb (QsRequestsView *self)
{
  QsRequest *request = qs_requests_view_get_shown (self);

  /* The row hears the change through the context; the title may change. */
  if (request != NULL)
    show_request (self, request);
}

static void
on_request_activated_cb (QsRequestsView *self, guint position)
{
  g_autoptr (QsRequest) request = g_list_model_get_item (G_LIST_MODEL (self->requests), position);

  if (request != NULL)
    show_request (self, request);
}

/**
 * qs_requests_view_show_request:
 *
 * Shows a request beside the list, reading it from the store; selects
 * it when it is listed at the top (as a new request is).
 */
void
qs_requests_view_show_request (QsRequestsView *self, const char *request_id)
{
  g_autoptr (QsEntity) request = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (QS_IS_REQUESTS_VIEW (self));

  if (request_id == NULL || self->store == NULL)
    {
      show_request (self, NULL);
      return;
    }
  if (self->requests != NULL)
    {
      /* Only the first page is looked at: a search of a million rows for
       * one id is not worth it. */
      guint n = MIN (64, g_list_model_get_n_items (G_LIST_MODEL (self->requests)));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (QsEntity) item = g_list_model_get_item (G_LIST_MODEL (self->requests), i);

          if (g_strcmp0 (qs_entity_get_id (item), request_id) == 0)
            {
              gtk_single_selection_set_selected (self->selection, i);
              show_request (self, QS_REQUEST (item));
              return;
            }
        }
    }
  request =
    qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_REQUEST), request_id, &error);
  if (request == NULL)
    {
      qs_requests_view_toast_error (self, error);
      return;
    }
  show_request (self, QS_REQUEST (request));
}

GListModel *
qs_requests_view_get_requests (QsRequestsView *self)
{
  g_return_val_if_fail (QS_IS_REQUESTS_VIEW (self), NULL);

  return self->requests != NULL ? G_LIST_MODEL (self->requests) : NULL;
}

const QsRequestFilter *
qs_requests_view_get_filter (QsRequestsView *self)
{
  g_return_val_if_fail (QS_IS_REQUESTS_VIEW (self), NULL);

  return self->filter;
}

/**
 * qs_requests_view_set_filter:
 *
 * Shows the requests @filter selects, in its order; the search entry,
 * the filter menu and the column headers follow.
 */
void
qs_requests_view_set_filter (QsRequestsView *self, const QsRequestFilter *filter)
{
  g_return_if_fail (QS_IS_REQUESTS_VIEW (self));
  g_return_if_fail (filter != NULL);

  qs_request_filter_free (self->filter);
  self->filter = qs_request_filter_copy (filter);
  qs_requests_view_sync_filter_widgets (self);
  qs_requests_view_sync_sort (self);
  qs_requests_view_apply (self);
}

static void on_echo_painted_cb (GdkFrameClock *clock, QsRequestsView *self);

/* By function, not by id: a frame clock disposed with its window (a
 * window closed while a search waits) has dropped its handlers. */
static void
stop_waiting_for_echo (QsRequestsView *self)
{
  if (self->echo_clock != NULL)
    g_signal_handlers_disconnect_by_func (self->echo_clock, on_echo_painted_cb, self);
  g_clear_object (&self->echo_clock);
}

static gboolean
apply_search_cb (gpointer data)
{
  QsRequestsView *self = data;

  self->search_id = 0;
  stop_waiting_for_echo (self);
  qs_requests_view_apply (self);
  return G_SOURCE_REMOVE;
}

static void
on_echo_painted_cb (GdkFrameClock *clock, QsRequestsView *self)
{
  stop_waiting_for_echo (self);
  g_clear_handle_id (&self->search_id, g_source_remove);
  /* Before the next frame: while the entry's cursor blinks the frame
   * clock paints without pause, and an idle would wait for it to stop. */
  self->search_id = g_idle_add_full (G_PRIORITY_DEFAULT, apply_search_cb, self, NULL);
}

/* The list is read again as soon as the frame that shows what was typed
 * is drawn: the echo never waits for the list, and the list waits for
 * nothing else (the entry's own pause is 0). Keys typed before that
 * frame make one search. A window that draws no frame (hidden, or not
 * yet shown) searches after ECHO_WAIT_MAX_MS. */
#define ECHO_WAIT_MAX_MS 100

static void
on_search_changed_cb (QsRequestsView *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GdkFrameClock   *clock;

  if (self->syncing || g_strcmp0 (*stripped != '\0' ? stripped : NULL, self->filter->search) == 0)
    return;
  g_free (self->filter->search);
  self->filter->search = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
  if (self->search_id != 0)
    return;
  self->search_id = g_timeout_add (ECHO_WAIT_MAX_MS, apply_search_cb, self);
  clock = gtk_widget_get_mapped (GTK_WIDGET (self->search_entry))
            ? gtk_widget_get_frame_clock (GTK_WIDGET (self->search_entry))
            : NULL;
  if (clock != NULL)
    {
      self->echo_clock = g_object_ref (clock);
      g_signal_connect (clock, "after-paint", G_CALLBACK (on_echo_painted_cb), self);
    }
}

static void
on_search_activate_cb (QsRequestsView *self)
{
  /* Enter opens the first result. */
  if (self->requests != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->requests)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
    }
}

static void
on_folded_changed_cb (QsRequestsView *self)
{
  /* One click opens a request when the list is alone on screen; beside
   * the request, a click selects, which shows it. Activating on a single
   * click always would open each request the pointer passes over. */
  gtk_list_view_set_single_click_activate (self->narrow_view,
                                           adw_leaflet_get_folded (self->leaflet));
  qs_requests_view_update_columns (self);
  if (!adw_leaflet_get_folded (self->leaflet))
    return;
  if (qs_requests_view_get_shown (self) == NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static gboolean
first_load_cb (gpointer user_data)
{
  QsRequestsView *self = user_data;

  self->load_id = 0;
  self->loaded = TRUE;
  g_clear_pointer (&self->me_id, g_free);
  self->me_id = qs_context_dup_user_client_id (qs_view_get_context (QS_VIEW (self)));
  qs_requests_view_update_mine (self);
  qs_requests_view_load_departments (self);
  qs_requests_view_apply (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_first_load (QsRequestsView *self)
{
  if (self->loaded || self->load_id != 0 || self->store == NULL)
    return;
  /* After the first frame: a low priority comes after layout and paint. */
  self->load_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, first_load_cb, self, NULL);
}

static void
qs_requests_view_map (GtkWidget *widget)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);

  GTK_WIDGET_CLASS (qs_requests_view_parent_class)->map (widget);

  if (!self->loaded)
    schedule_first_load (self);
}

/* The request beside the list, read again when it was written since it
 * was read: by another program, a worker thread or another page. */
static void
refresh_shown (QsRequestsView *self, QsChangeSet *changes)
{
  QsRequest *shown = qs_requests_view_get_shown (self);
  g_autoptr (QsEntity) stored = NULL;
  g_autoptr (GError) error = NULL;
  const char *id;

  if (shown == NULL)
    return;
  id = qs_entity_get_id (QS_ENTITY (shown));
  if (!qs_change_set_contains (changes, "requests", id) &&
      !qs_change_set_contains (changes, "request_events", id))
    return;
  stored = qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_REQUEST), id, &error);
  if (stored == NULL && error != NULL)
    {
      qs_requests_view_toast_error (self, error);
      return;
    }
  if (stored == NULL || qs_entity_is_deleted (stored))
    show_request (self, NULL);
  else if (qs_entity_get_updated_at (stored) != qs_entity_get_updated_at (QS_ENTITY (shown)))
    show_request (self, QS_REQUEST (stored));
}

static void
on_list_refreshed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  QsQueryListModel *requests = QS_QUERY_LIST_MODEL (source);
  QsRequestsView   *self;
  g_autoptr (GError) error = NULL;
  QsEntity *after;

  /* Cancelled as the view went away: @user_data may be gone. */
  if (!qs_query_list_model_refresh_finish (requests, result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = QS_REQUESTS_VIEW (user_data);
  if (error != NULL)
    qs_requests_view_toast_error (self, error);
  if (requests != self->requests)
    return;
  /* The selected row keeps its selection, read again or moved. */
  after = QS_ENTITY (qs_requests_view_get_selected (self));
  if (self->refresh_selected != NULL &&
      (after == NULL || g_strcmp0 (qs_entity_get_id (after), self->refresh_selected) != 0))
    {
      guint position = qs_query_list_model_find_cached (requests, self->refresh_selected);

      gtk_single_selection_set_selected (
        self->selection, position == G_MAXUINT ? GTK_INVALID_LIST_POSITION : position);
    }
  update_list_state (self);
}

/* The list reads requests, and shows the names of departments and people
 * and deadlines counted on calendars: a change to requests updates the
 * rows it touched, in place, keeping the selection and the scroll; a
 * change to the names or the calendars reads the list again. */
static void
qs_requests_view_changed (QsView *view, QsChangeSet *changes)
{
  QsRequestsView          *self = QS_REQUESTS_VIEW (view);
  static const char *const shown_on_rows[] = { "departments",   "clients",     "calendars",
                                               "calendar_days", "commitments", "charters" };

  if (!self->loaded || self->store == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (shown_on_rows); i++)
    if (qs_change_set_has_table (changes, shown_on_rows[i]))
      {
        qs_requests_view_reload (self);
        refresh_shown (self, changes);
        return;
      }
  if (self->requests != NULL)
    {
      /* A million rows take a while to read again: in a thread, then. */
      QsEntity *selected = QS_ENTITY (qs_requests_view_get_selected (self));

      g_free (self->refresh_selected);
      self->refresh_selected =
        selected != NULL ? g_strdup (qs_entity_get_id (QS_ENTITY (selected))) : NULL;
      if (self->refreshing == NULL)
        self->refreshing = g_cancellable_new ();
      qs_query_list_model_refresh_async (self->requests, changes, self->refreshing,
                                         on_list_refreshed_cb, self);
    }
  refresh_shown (self, changes);
  update_list_state (self);
}

QsStore *
qs_requests_view_get_store (QsRequestsView *self)
{
  g_return_val_if_fail (QS_IS_REQUESTS_VIEW (self), NULL);

  return self->store;
}

static void on_settings_changed_cb (QsRequestsView *self, const char *key);

/* The at-risk share, the default calendar and the saved filters. */
static void
set_settings (QsRequestsView *self, GSettings *settings)
{
  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_settings_changed_cb, self);
  g_set_object (&self->settings, settings);
  g_free (self->default_calendar);
  if (settings != NULL)
    {
      self->at_risk_share = g_settings_get_double (settings, "at-risk-share");
      self->default_calendar = g_settings_get_string (settings, "default-calendar");
      g_signal_connect_object (settings, "changed", G_CALLBACK (on_settings_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      self->at_risk_share = QS_DEADLINE_DEFAULT_AT_RISK_SHARE;
      self->default_calendar = g_strdup ("");
    }
  qs_requests_view_update_saved_menu (self);
}

static void
qs_requests_view_context_set (QsView *view, QsContext *context)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (view);
  QsStore        *store = context != NULL ? qs_context_get_store (context) : NULL;

  set_settings (self, context != NULL ? qs_context_get_settings (context) : NULL);
  if (self->request_page != NULL)
    qs_request_page_set_context (self->request_page, context);
  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  g_clear_handle_id (&self->load_id, g_source_remove);
  if (store != NULL)
    qs_request_repository_set_default_calendar (store, self->default_calendar);
  self->loaded = FALSE;
  show_request (self, NULL);
  set_requests (self, NULL);
  /* Who "me" is is read with the list, not before. */
  g_clear_pointer (&self->me_id, g_free);
  qs_requests_view_update_mine (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    schedule_first_load (self);
  update_list_state (self);
  qs_requests_view_update_actions (self);
}

GtkWidget *
qs_requests_view_new (QsContext *context)
{
  return g_object_new (QS_TYPE_REQUESTS_VIEW, "context", context, NULL);
}

static void
on_settings_changed_cb (QsRequestsView *self, const char *key)
{
  if (g_str_equal (key, "at-risk-share"))
    {
      self->at_risk_share = g_settings_get_double (self->settings, "at-risk-share");
      qs_requests_view_apply (self);
    }
  else if (g_str_equal (key, "default-calendar"))
    {
      g_free (self->default_calendar);
      self->default_calendar = g_settings_get_string (self->settings, "default-calendar");
      if (self->store != NULL)
        qs_request_repository_set_default_calendar (self->store, self->default_calendar);
      qs_requests_view_apply (self);
    }
  else if (g_str_equal (key, "user-email"))
    {
      g_clear_pointer (&self->me_id, g_free);
      if (self->store != NULL)
        self->me_id = qs_context_dup_user_client_id (qs_view_get_context (QS_VIEW (self)));
      qs_requests_view_update_mine (self);
    }
  else if (g_str_equal (key, "request-filters"))
    qs_requests_view_update_saved_menu (self);
}

static void
qs_requests_view_dispose (GObject *object)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (object);

  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_handle_id (&self->search_id, g_source_remove);
  stop_waiting_for_echo (self);
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_cancellable_cancel (self->refreshing);
  g_clear_object (&self->refreshing);
  g_clear_pointer (&self->refresh_selected, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_REQUESTS_VIEW);
  self->request_page = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->requests);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->filter, qs_request_filter_free);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->department_names, g_hash_table_unref);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->me_id, g_free);
  g_clear_pointer (&self->default_calendar, g_free);

  G_OBJECT_CLASS (qs_requests_view_parent_class)->dispose (object);
}

static void
qs_requests_view_class_init (QsRequestsViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  QsViewClass    *view_class = QS_VIEW_CLASS (klass);

  object_class->dispose = qs_requests_view_dispose;
  widget_class->map = qs_requests_view_map;
  view_class->context_set = qs_requests_view_context_set;
  view_class->changed = qs_requests_view_changed;
  qs_view_class_set_page (view_class, "requests", N_ ("Requests"), "mail-unread-symbolic",
                          "requests");
  g_type_ensure (QS_TYPE_STEADY_BIN);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/requests/qs-requests-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, saved_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, scope_revealer);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, scope_icon);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, scope_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, scope_clear_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, list_spinner);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, list_squeezer);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, narrow_view);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, page_bin);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, saved_section);
  gtk_widget_class_bind_template_child (widget_class, QsRequestsView, delete_section);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_request_activated_cb);

  qs_requests_view_install_actions (widget_class);
  qs_requests_view_install_filter_actions (widget_class);
  qs_requests_view_install_export_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
qs_requests_view_init (QsRequestsView *self)
{
  self->filter = qs_request_filter_new ();
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->department_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->departments = g_ptr_array_new_with_free_func (g_object_unref);
  self->probed_sort = -1;
  self->quick_read_ms = G_MAXUINT;
  self->language = qs_interface_language ();
  /* The settings are the context's: see qs_requests_view_context_set(). */
  self->at_risk_share = QS_DEADLINE_DEFAULT_AT_RISK_SHARE;
  self->default_calendar = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));
  qs_status_page_icons_defer (GTK_WIDGET (self));

  qs_requests_view_update_mine (self);
  qs_requests_view_add_columns (self);
  qs_requests_view_set_up_narrow_list (self);
  g_signal_connect_object (self->list_squeezer, "notify::visible-child",
                           G_CALLBACK (on_list_shown_cb), self, G_CONNECT_SWAPPED);
  qs_requests_view_setup_filters (self);
  qs_requests_view_update_saved_menu (self);
  qs_requests_view_add_shortcuts (self);
  on_folded_changed_cb (self);
  update_list_state (self);
  qs_requests_view_update_actions (self);
}
