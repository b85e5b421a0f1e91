/* qs-feedback-view.c — the Feedback view: what clients said, through every channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model. The list is a QsQueryListModel of QsFeedback (qs-feedback-query.h),
 * newest received first, filtered by the words of the comment (its
 * full-text index), the channel and the department it is about, in a
 * GtkSingleSelection shown by a GtkListView. The entry shown beside it is
 * read from that list; the names of departments, people and requests are
 * read when it is shown. Every entry is recorded through
 * qs_feedback_desk_record(), by the record dialog.
 *
 * Layout. An AdwLeaflet holds the list and the entry side by side; folded
 * (down to 360 px), the list comes first and choosing an entry shows it,
 * with a back button.
 *
 * Actions, `feedback.` on this widget, for the buttons, shortcuts and tests:
 *   record                     the record dialog
 *   delete, undo-delete (s)    the entry shown, Undo in the toast
 *   open-request               the request it is about, in Requests
 *   make-complaint             a complaint in Requests from the entry shown
 *   open-complaint             that complaint, in Requests
 *   open-survey                the questionnaire a comment came from
 *   propose-action             an improvement action born from it
 *   show (s: id)               an entry, whatever the filters (from a complaint)
 *   search, show-list          focus the search, go back when folded
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-action-repository.h"
#include "qs-calendar-words.h"
#include "qs-client.h"
#include "qs-department.h"
#include "qs-drop-down-ellipsize.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-feedback-desk.h"
#include "qs-feedback-dialog.h"
#include "qs-feedback-query.h"
#include "qs-feedback-view.h"
#include "qs-repository.h"
#include "qs-request.h"
#include "qs-status-page-icons.h"
#include "qs-survey.h"
#include "qs-toast.h"
#include "qs-view-shortcuts.h"

struct _QsFeedbackView
{
  QsView parent_instance;

  QsStore            *store;
  QsQueryListModel   *feedback;
  GtkSingleSelection *selection;
  QsFeedback         *shown;
  GHashTable         *department_names; /* id → name */
  GPtrArray          *provider_ids;     /* the department drop-down's, after "All" */
  GHashTable         *deleted;          /* id → QsFeedback, for Undo */
  gboolean            loaded;
  gboolean            syncing;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkWidget           *content;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *source_dropdown;
  GtkDropDown         *provider_dropdown;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkStack            *content_stack;
  AdwPreferencesGroup *detail_group;
  AdwActionRow        *received_row;
  AdwActionRow        *provider_row;
  AdwActionRow        *from_row;
  AdwActionRow        *request_row;
  AdwActionRow        *survey_row;
  AdwActionRow        *rating_row;
  GtkWidget           *action_group;
  AdwActionRow        *complaint_row;
  AdwActionRow        *improvement_row;
  GtkWidget           *comment_group;
  GtkLabel            *comment_label;
};

G_DEFINE_FINAL_TYPE (QsFeedbackView, qs_feedback_view, QS_TYPE_VIEW)

static void
toast_error (QsFeedbackView *self, const GError *error)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, TRUE));
}

static const char *
department_name (QsFeedbackView *self, const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->department_names, id) : NULL;
}

/* The local day of @usec in the database's zone, in the interface's words. */
static char *
format_day (QsFeedbackView *self, gint64 usec)
{
  QsContext *context = qs_view_get_context (QS_VIEW (self));
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = NULL;
  GString *out = g_string_new (NULL);

  if (utc == NULL || context == NULL)
    return g_string_free (out, FALSE);
  local = g_date_time_to_timezone (utc, qs_context_get_timezone (context));
  qs_calendar_words_append_date (out, g_date_time_get_day_of_month (local),
                                 g_date_time_get_month (local), g_date_time_get_year (local),
                                 qs_interface_language ());
  return g_string_free (out, FALSE);
}

/* A rating as a person reads it, "2 of 5"; NULL without one. */
static char *
format_rating (gint64 rating)
{
  if (rating <= 0)
    return NULL;
  /* Translators: a rating, as in "2 of 5" */
  return g_strdup_printf (_ ("%d of 5"), (int) rating);
}

/* The departments the view names and filters by. */
static void
load_names (QsFeedbackView *self)
{
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GError) error = NULL;
  GtkStringList   *names = gtk_string_list_new (NULL);
  g_autofree char *selected_id = NULL;
  guint            selected = gtk_drop_down_get_selected (self->provider_dropdown);
  guint            position = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->provider_ids->len)
    selected_id = g_strdup (g_ptr_array_index (self->provider_ids, selected - 1));
  g_hash_table_remove_all (self->department_names);
  g_ptr_array_set_size (self->provider_ids, 0);
  gtk_string_list_append (names, _ ("All Departments"));

  if (self->store != NULL)
    departments = qs_directory_repository_get_departments_by_name (self->store, &error);
  if (error != NULL)
    toast_error (self, error);
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      QsEntity   *department = g_ptr_array_index (departments, i);
      const char *id = qs_entity_get_id (department);
      const char *name = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME);

      g_hash_table_insert (self->department_names, g_strdup (id), g_strdup (name));
      if (!qs_entity_get_boolean (department, QS_DEPARTMENT_FIELD_IS_PROVIDER))
        continue;
      g_ptr_array_add (self->provider_ids, g_strdup (id));
      gtk_string_list_append (names, name);
      if (g_strcmp0 (id, selected_id) == 0)
        position = self->provider_ids->len;
    }

  self->syncing = TRUE;
  gtk_drop_down_set_model (self->provider_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->provider_dropdown, position);
  self->syncing = FALSE;
  g_object_unref (names);
}

/* Rows: the channel and the day on the first line, the department and
 * the rating on the second, then the start of what was said. */
static void
on_setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsFeedbackView *self)
{
  static const char *keys[] = { "title", "day", "department", "rating", "comment" };
  GtkWidget         *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget         *lines[2];
  GtkWidget         *labels[G_N_ELEMENTS (keys)];

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      labels[i] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (labels[i]), 0);
      gtk_label_set_ellipsize (GTK_LABEL (labels[i]), PANGO_ELLIPSIZE_END);
      g_object_set_data (G_OBJECT (box), keys[i], labels[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      lines[i] = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_hexpand (labels[2 * i], TRUE);
      gtk_box_append (GTK_BOX (lines[i]), labels[2 * i]);
      gtk_box_append (GTK_BOX (lines[i]), labels[2 * i + 1]);
      gtk_box_append (GTK_BOX (box), lines[i]);
    }
  gtk_box_append (GTK_BOX (box), labels[4]);
  gtk_widget_add_css_class (labels[0], "heading");
  gtk_widget_add_css_class (labels[1], "dim-label");
  gtk_widget_add_css_class (labels[1], "numeric");
  gtk_widget_add_css_class (labels[3], "numeric");
  gtk_widget_add_css_class (labels[4], "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
set_row_label (GtkWidget *box, const char *key, const char *text)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (box), key);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsFeedbackView *self)
{
  QsEntity        *feedback = gtk_list_item_get_item (item);
  GtkWidget       *box = gtk_list_item_get_child (item);
  g_autofree char *day = NULL;
  g_autofree char *rating = NULL;
  const char      *source;
  const char      *comment = qs_entity_get_string (feedback, QS_FEEDBACK_FIELD_COMMENT);
  g_autofree char *line = NULL;

  if (qs_query_list_model_is_placeholder (feedback))
    {
      set_row_label (box, "title", "…");
      set_row_label (box, "day", NULL);
      set_row_label (box, "department", NULL);
      set_row_label (box, "rating", NULL);
      set_row_label (box, "comment", NULL);
      return;
    }
  source = qs_enum_label (QS_TYPE_FEEDBACK_SOURCE,
                          qs_entity_get_enum (feedback, QS_FEEDBACK_FIELD_SOURCE));
  rating = format_rating (qs_entity_get_int (feedback, QS_FEEDBACK_FIELD_RATING));
  day = format_day (self, qs_entity_get_int (feedback, QS_FEEDBACK_FIELD_RECEIVED_AT));
  /* One line of what was said, its line breaks as spaces. */
  if (comment != NULL)
    line = g_strdelimit (g_strdup (comment), "\r\n\t", ' ');

  set_row_label (box, "title", source);
  set_row_label (box, "rating", rating);
  set_row_label (box, "day", day);
  set_row_label (box, "department",
                 department_name (self, qs_entity_get_string (
                                          feedback, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID)));
  set_row_label (box, "comment", line);
}

static gboolean
has_filter (QsFeedbackView *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
         gtk_drop_down_get_selected (self->source_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->provider_dropdown) > 0;
}

static void
update_actions (QsFeedbackView *self)
{
  gboolean writable = self->store != NULL && !qs_store_is_read_only (self->store);
  gboolean about_request =
    self->shown != NULL &&
    qs_entity_field_is_set (QS_ENTITY (self->shown), QS_FEEDBACK_FIELD_REQUEST_ID);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.record", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.delete",
                                 writable && self->shown != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.undo-delete", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.open-request", about_request);
  gtk_widget_action_set_enabled (
    GTK_WIDGET (self), "feedback.open-survey",
    self->shown != NULL &&
      qs_entity_field_is_set (QS_ENTITY (self->shown), QS_FEEDBACK_FIELD_SURVEY_ID));
  gtk_widget_action_set_enabled (
    GTK_WIDGET (self), "feedback.make-complaint",
    writable && self->shown != NULL &&
      !qs_entity_field_is_set (QS_ENTITY (self->shown), QS_FEEDBACK_FIELD_COMPLAINT_ID));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.propose-action",
                                 writable && self->shown != NULL);
}

/* Who said it, as far as it may be told: the department, and the person
 * unless the entry is anonymous or about a confidential request. */
static char *
describe_from (QsFeedbackView *self, QsEntity *feedback, QsEntity *request)
{
  const char *department =
    department_name (self, qs_entity_get_string (feedback, QS_FEEDBACK_FIELD_DEPARTMENT_ID));
  const char *client_id = qs_entity_get_string (feedback, QS_FEEDBACK_FIELD_CLIENT_ID);
  g_autoptr (QsEntity) client = NULL;
  g_autofree char *person = NULL;

  if (qs_entity_get_boolean (feedback, QS_FEEDBACK_FIELD_ANONYMOUS))
    return department != NULL
             /* Translators: feedback from a department whose writer is not known */
             ? g_strdup_printf (_ ("Anonymous, %s"), department)
             : g_strdup (_ ("Anonymous"));
  if (client_id != NULL &&
      (request == NULL || !qs_entity_get_boolean (request, QS_REQUEST_FIELD_CONFIDENTIAL)) &&
      qs_store_find_if_any (self->store, QS_TYPE_CLIENT, client_id, &client, NULL) &&
      client != NULL)
    person = qs_client_dup_display_name (QS_CLIENT (client));
  if (person != NULL && department != NULL)
    /* Translators: a person and their department */
    return g_strdup_printf (_ ("%s, %s"), person, department);
  return g_strdup (person != NULL ? person : department);
}

static void
set_row (AdwActionRow *row, const char *text)
{
  adw_action_row_set_subtitle (row, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
}

/* The complaint it became and the actions born from it. */
static void
show_what_was_done (QsFeedbackView *self, QsEntity *feedback)
{
  const char *complaint_id = qs_entity_get_string (feedback, QS_FEEDBACK_FIELD_COMPLAINT_ID);
  g_autoptr (QsEntity) complaint = NULL;
  g_autoptr (GPtrArray) actions = NULL;
  g_autoptr (GString) refs = g_string_new (NULL);

  if (complaint_id != NULL)
    qs_store_find_if_any (self->store, QS_TYPE_REQUEST, complaint_id, &complaint, NULL);
  actions = qs_action_repository_find_linked (self->store, QS_LINK_KIND_FEEDBACK,
                                              qs_entity_get_id (feedback), NULL);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      QsEntity *action = g_ptr_array_index (actions, i);

      if (refs->len > 0)
        g_string_append_c (refs, '\n');
      /* Translators: an improvement action's reference and title */
      g_string_append_printf (refs, _ ("%s — %s"),
                              qs_entity_get_string (action, QS_ACTION_FIELD_REF),
                              qs_entity_get_string (action, QS_ACTION_FIELD_TITLE));
    }
  set_row (self->complaint_row,
           complaint != NULL ? qs_entity_get_string (complaint, QS_REQUEST_FIELD_REF) : NULL);
  set_row (self->improvement_row, refs->str);
  gtk_widget_set_visible (self->action_group, complaint != NULL || refs->len > 0);
}

/* Shows @feedback beside the list, or nothing. */
static void
show_feedback (QsFeedbackView *self, QsFeedback *feedback)
{
  QsEntity   *entity = QS_ENTITY (feedback);
  const char *request_id;
  const char *survey_id;
  const char *comment;
  g_autoptr (QsEntity) request = NULL;
  g_autoptr (QsEntity) survey = NULL;
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *rating = NULL;

  g_set_object (&self->shown, feedback);
  update_actions (self);
  if (feedback == NULL || qs_query_list_model_is_placeholder (feedback))
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }

  request_id = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_REQUEST_ID);
  if (request_id != NULL)
    qs_store_find_if_any (self->store, QS_TYPE_REQUEST, request_id, &request, NULL);
  survey_id = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_SURVEY_ID);
  if (survey_id != NULL)
    qs_store_find_if_any (self->store, QS_TYPE_SURVEY, survey_id, &survey, NULL);
  comment = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_COMMENT);
  day = format_day (self, qs_entity_get_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT));
  from = describe_from (self, entity, request);
  rating = format_rating (qs_entity_get_int (entity, QS_FEEDBACK_FIELD_RATING));

  adw_preferences_group_set_title (
    self->detail_group,
    qs_enum_label (QS_TYPE_FEEDBACK_SOURCE, qs_entity_get_enum (entity, QS_FEEDBACK_FIELD_SOURCE)));
  set_row (self->received_row, day);
  set_row (self->provider_row,
           department_name (
             self, qs_entity_get_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID)));
  set_row (self->from_row, from);
  set_row (self->request_row,
           request != NULL ? qs_entity_get_string (request, QS_REQUEST_FIELD_REF) : NULL);
  set_row (self->survey_row, survey != NULL
                               ? qs_survey_get_title (QS_SURVEY (survey), qs_interface_language ())
                               : NULL);
  set_row (self->rating_row, rating);
  show_what_was_done (self, entity);
  gtk_label_set_text (self->comment_label, comment != NULL ? comment : "");
  gtk_widget_set_visible (self->comment_group, comment != NULL && *comment != '\0');
  gtk_stack_set_visible_child_name (self->content_stack, "detail");
}

static void
update_list_state (QsFeedbackView *self)
{
  guint n = self->feedback != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->feedback)) : 0;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, has_filter (self) ? "no-results" : "empty");
}

/* Selects the entry @id when it is listed, and shows it. */
static void
select_id (QsFeedbackView *self, const char *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->feedback));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr (QsEntity) item = g_list_model_get_item (G_LIST_MODEL (self->feedback), i);

      if (g_strcmp0 (qs_entity_get_id (item), id) == 0)
        {
          position = i;
          break;
        }
    }
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
  show_feedback (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
apply_filter (QsFeedbackView *self)
{
  g_autoptr (QsFeedbackFilter) filter = qs_feedback_filter_new ();
  guint source = gtk_drop_down_get_selected (self->source_dropdown);
  guint provider = gtk_drop_down_get_selected (self->provider_dropdown);

  filter->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  filter->source = source == GTK_INVALID_LIST_POSITION || source == 0 ? -1 : (int) source - 1;
  if (provider != GTK_INVALID_LIST_POSITION && provider > 0 && provider <= self->provider_ids->len)
    filter->provider_department_id =
      g_strdup (g_ptr_array_index (self->provider_ids, provider - 1));
  qs_feedback_query_set (self->feedback, filter);
}

/* Reads the list again and keeps the entry shown when it is still listed. */
static void
reload (QsFeedbackView *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *shown_id = NULL;

  if (self->feedback == NULL)
    return;
  if (self->shown != NULL)
    shown_id = g_strdup (qs_entity_get_id (QS_ENTITY (self->shown)));
  apply_filter (self);
  if (!qs_query_list_model_reload (self->feedback, &error))
    toast_error (self, error);
  update_list_state (self);
  select_id (self, shown_id);
}

static void
on_filter_changed_cb (QsFeedbackView *self)
{
  if (!self->syncing && self->loaded)
    reload (self);
}

static void
on_selection_changed_cb (QsFeedbackView *self)
{
  /* Folded, a click activates the row: selecting only follows the
   * pointer and the arrow keys, and must not leave the list. */
  if (self->syncing || adw_leaflet_get_folded (self->leaflet))
    return;
  show_feedback (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
on_list_activate_cb (QsFeedbackView *self, guint position)
{
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
  show_feedback (self, gtk_single_selection_get_selected_item (self->selection));
  if (self->shown != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_folded_changed_cb (QsFeedbackView *self)
{
  /* One click opens an entry when the list is alone on screen. */
  gtk_list_view_set_single_click_activate (self->list_view, adw_leaflet_get_folded (self->leaflet));
}

static void
load (QsFeedbackView *self)
{
  load_names (self);
  self->loaded = TRUE;
  reload (self);
}

static void
on_recorded_cb (QsFeedbackView *self, QsFeedback *feedback)
{
  /* The new entry is shown, even when the filter would hide it. */
  gtk_widget_activate_action (GTK_WIDGET (self), "feedback.show", "s",
                              qs_entity_get_id (QS_ENTITY (feedback)));
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (_ ("Feedback recorded"), FALSE));
}

static void
record_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);
  GtkWidget      *dialog;

  dialog = qs_feedback_dialog_new (qs_view_get_context (QS_VIEW (self)));
  g_signal_connect_object (dialog, "recorded", G_CALLBACK (on_recorded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_clicked_cb (AdwToast *toast, QsFeedbackView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "feedback.undo-delete", "s",
                              g_object_get_data (G_OBJECT (toast), "qs-id"));
}

static void
delete_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);
  g_autoptr (QsFeedback) feedback = self->shown != NULL ? g_object_ref (self->shown) : NULL;
  g_autoptr (GError) error = NULL;
  const char *id;
  AdwToast   *toast;

  if (feedback == NULL)
    return;
  if (!qs_repository_delete (qs_store_get_repository (self->store, QS_TYPE_FEEDBACK),
                             QS_ENTITY (feedback), &error))
    {
      toast_error (self, error);
      return;
    }
  id = qs_entity_get_id (QS_ENTITY (feedback));
  /* Kept for Undo until the view is given another database. */
  g_hash_table_replace (self->deleted, g_strdup (id), g_object_ref (feedback));
  g_clear_object (&self->shown);
  reload (self);

  toast = adw_toast_new (_ ("Feedback deleted"));
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "qs-id", g_strdup (id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  qs_toast_add (widget, toast);
}

static void
undo_delete_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);
  const char     *id = g_variant_get_string (parameter, NULL);
  QsEntity       *feedback = g_hash_table_lookup (self->deleted, id);
  g_autoptr (GError) error = NULL;

  if (feedback == NULL)
    return;
  qs_entity_set_deleted_at (feedback, 0);
  if (!qs_repository_save (qs_store_get_repository (self->store, QS_TYPE_FEEDBACK), feedback,
                           &error))
    {
      toast_error (self, error);
      return;
    }
  g_clear_object (&self->shown);
  self->shown = g_object_ref (QS_FEEDBACK (feedback));
  g_hash_table_remove (self->deleted, id);
  reload (self);
  qs_toast_add (widget, qs_toast_new (_ ("Feedback restored"), FALSE));
}

static void
open_request_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);
  const char     *request_id;

  if (self->shown == NULL)
    return;
  request_id = qs_entity_get_string (QS_ENTITY (self->shown), QS_FEEDBACK_FIELD_REQUEST_ID);
  if (request_id != NULL)
    gtk_widget_activate_action (widget, "win.show-in-view", "(sss)", "requests",
                                "requests.show-request", request_id);
}

/* The questionnaire a comment taken up from its results came from. */
static void
open_survey_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);
  const char     *survey_id;
  g_autoptr (QsEntity) survey = NULL;

  if (self->shown == NULL)
    return;
  survey_id = qs_entity_get_string (QS_ENTITY (self->shown), QS_FEEDBACK_FIELD_SURVEY_ID);
  if (survey_id != NULL &&
      qs_store_find_if_any (self->store, QS_TYPE_SURVEY, survey_id, &survey, NULL) &&
      survey != NULL)
    gtk_widget_activate_action (widget, "win.show-in-view", "(sss)", "surveys", "surveys.show",
                                qs_entity_get_string (survey, QS_SURVEY_FIELD_REF));
}

static void
open_complaint_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);
  const char     *complaint_id;

  if (self->shown == NULL)
    return;
  complaint_id = qs_entity_get_string (QS_ENTITY (self->shown), QS_FEEDBACK_FIELD_COMPLAINT_ID);
  if (complaint_id != NULL)
    gtk_widget_activate_action (widget, "win.show-in-view", "(sss)", "requests",
                                "requests.show-request", complaint_id);
}

static void
make_complaint_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView  *self = QS_FEEDBACK_VIEW (widget);
  QsContext       *context = qs_view_get_context (QS_VIEW (self));
  g_autofree char *actor = NULL;
  g_autofree char *title = NULL;
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (self->shown == NULL || context == NULL)
    return;
  actor = qs_context_dup_actor (context);
  complaint = qs_feedback_desk_open_complaint (self->store, self->shown, actor,
                                               qs_context_now (context), &error);
  if (complaint == NULL)
    {
      toast_error (self, error);
      return;
    }
  show_feedback (self, self->shown);
  /* Translators: %s is a request's reference */
  title = g_strdup_printf (_ ("Complaint %s opened"),
                           qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_REF));
  toast = qs_toast_new (title, FALSE);
  adw_toast_set_button_label (toast, _ ("_Show"));
  adw_toast_set_action_name (toast, "win.show-in-view");
  adw_toast_set_action_target_value (toast,
                                     g_variant_new ("(sss)", "requests", "requests.show-request",
                                                    qs_entity_get_id (QS_ENTITY (complaint))));
  qs_toast_add (widget, toast);
}

static void
propose_action_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView  *self = QS_FEEDBACK_VIEW (widget);
  QsContext       *context = qs_view_get_context (QS_VIEW (self));
  g_autofree char *title = NULL;
  g_autoptr (QsAction) action = NULL;
  g_autoptr (GError) error = NULL;

  if (self->shown == NULL || context == NULL)
    return;
  action = qs_feedback_desk_propose_action (self->store, self->shown, qs_context_now (context),
                                            qs_context_get_timezone (context), &error);
  if (action == NULL)
    {
      toast_error (self, error);
      return;
    }
  show_feedback (self, self->shown);
  /* Translators: %s is an improvement action's reference */
  title = g_strdup_printf (_ ("Improvement action %s proposed"),
                           qs_entity_get_string (QS_ENTITY (action), QS_ACTION_FIELD_REF));
  qs_toast_add (widget, qs_toast_new (title, FALSE));
}

/* Every entry listed, @id shown: the filters go, as after recording. */
static void
show_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (self->feedback == NULL)
    return;
  if (!self->loaded)
    load (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->source_dropdown, 0);
  gtk_drop_down_set_selected (self->provider_dropdown, 0);
  self->syncing = FALSE;
  apply_filter (self);
  if (!qs_query_list_model_reload (self->feedback, &error))
    toast_error (self, error);
  update_list_state (self);
  select_id (self, g_variant_get_string (parameter, NULL));
  if (self->shown != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
search_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_list_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_leaflet_navigate (QS_FEEDBACK_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static const QsViewShortcut shortcuts[] = {
  { "<Control>f", "feedback.search" },
  { "<Control>n", "feedback.record" },
};

static void
qs_feedback_view_map (GtkWidget *widget)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (widget);

  GTK_WIDGET_CLASS (qs_feedback_view_parent_class)->map (widget);
  if (self->store != NULL && !self->loaded)
    load (self);
}

/* Names are read again when departments or people change; the list
 * follows written feedback in place, keeping the selection and scroll. */
static void
qs_feedback_view_changed (QsView *view, QsChangeSet *changes)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (view);
  g_autoptr (GError) error = NULL;
  QsEntity *selected;

  if (self->store == NULL || !self->loaded)
    return;
  if (qs_change_set_has_table (changes, "departments"))
    {
      load_names (self);
      reload (self);
      return;
    }
  if (!qs_change_set_has_table (changes, "feedback") &&
      !qs_change_set_has_table (changes, "requests") &&
      !qs_change_set_has_table (changes, "clients"))
    return;
  self->syncing = TRUE;
  if (!qs_view_refresh_list (self->feedback, self->selection, changes, &error))
    toast_error (self, error);
  self->syncing = FALSE;
  update_list_state (self);
  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL || self->shown != NULL)
    show_feedback (self, selected != NULL ? QS_FEEDBACK (selected) : NULL);
}

static void
qs_feedback_view_context_set (QsView *view, QsContext *context)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (view);
  QsStore        *store = context != NULL ? qs_context_get_store (context) : NULL;

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  self->loaded = FALSE;
  g_hash_table_remove_all (self->deleted);
  g_clear_object (&self->shown);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->feedback);

  if (store != NULL)
    {
      self->feedback = qs_feedback_query_new_model (store);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->feedback)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)) ||
          gtk_widget_get_child_visible (GTK_WIDGET (self)))
        load (self);
    }
  else
    {
      load_names (self);
      show_feedback (self, NULL);
      update_list_state (self);
    }
}

static void
qs_feedback_view_dispose (GObject *object)
{
  QsFeedbackView *self = QS_FEEDBACK_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_FEEDBACK_VIEW);
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_object (&self->feedback);
  g_clear_object (&self->store);
  g_clear_pointer (&self->department_names, g_hash_table_unref);
  g_clear_pointer (&self->provider_ids, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (qs_feedback_view_parent_class)->dispose (object);
}

static void
qs_feedback_view_class_init (QsFeedbackViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  QsViewClass    *view_class = QS_VIEW_CLASS (klass);

  object_class->dispose = qs_feedback_view_dispose;
  widget_class->map = qs_feedback_view_map;
  view_class->context_set = qs_feedback_view_context_set;
  view_class->changed = qs_feedback_view_changed;
  qs_view_class_set_page (view_class, "feedback", N_ ("Feedback"), "face-smile-symbolic",
                          "feedback");

  qs_view_ensure_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/feedback/qs-feedback-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, content);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, provider_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, list_view);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, detail_group);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, received_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, provider_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, from_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, request_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, survey_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, rating_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, action_group);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, complaint_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, improvement_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, comment_group);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackView, comment_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "feedbackview");

  gtk_widget_class_install_action (widget_class, "feedback.record", NULL, record_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.delete", NULL, delete_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.undo-delete", "s",
                                   undo_delete_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.open-request", NULL,
                                   open_request_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.open-survey", NULL,
                                   open_survey_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.open-complaint", NULL,
                                   open_complaint_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.make-complaint", NULL,
                                   make_complaint_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.propose-action", NULL,
                                   propose_action_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.show", "s", show_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.search", NULL, search_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback.show-list", NULL,
                                   show_list_activated_cb);
}

static void
qs_feedback_view_init (QsFeedbackView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkStringList      *sources = gtk_string_list_new (NULL);
  GEnumClass         *source_class = g_type_class_ref (QS_TYPE_FEEDBACK_SOURCE);

  gtk_widget_init_template (GTK_WIDGET (self));
  qs_status_page_icons_defer (GTK_WIDGET (self));

  self->department_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->provider_ids = g_ptr_array_new_with_free_func (g_free);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  gtk_string_list_append (sources, _ ("All Channels"));
  for (guint i = 0; i < source_class->n_values; i++)
    gtk_string_list_append (sources, qs_enum_label (QS_TYPE_FEEDBACK_SOURCE, (int) i));
  g_type_class_unref (source_class);
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));
  self->syncing = FALSE;
  g_object_unref (sources);
  load_names (self);
  qs_drop_down_ellipsize (self->source_dropdown);
  qs_drop_down_ellipsize (self->provider_dropdown);

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  qs_view_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
  update_actions (self);
}

/**
 * qs_feedback_view_get_list:
 *
 * Returns: (transfer none) (nullable): the feedback listed, as filtered
 */
GListModel *
qs_feedback_view_get_list (QsFeedbackView *self)
{
  g_return_val_if_fail (QS_IS_FEEDBACK_VIEW (self), NULL);

  return self->feedback != NULL ? G_LIST_MODEL (self->feedback) : NULL;
}

/**
 * qs_feedback_view_get_shown:
 *
 * Returns: (transfer none) (nullable): the entry shown beside the list
 */
QsFeedback *
qs_feedback_view_get_shown (QsFeedbackView *self)
{
  g_return_val_if_fail (QS_IS_FEEDBACK_VIEW (self), NULL);

  return self->shown;
}
