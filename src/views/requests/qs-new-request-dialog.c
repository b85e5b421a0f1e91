/* qs-new-request-dialog.c — a new request in a few keystrokes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Focus starts in the client field: typing searches the directory and
 * lists the first matches under it (Down goes to them, Enter picks the
 * first). The rest has sensible defaults, so a subject and Ctrl+Enter
 * are often all that is left. Before anything is saved, the dialog shows
 * which commitment of the department's charter applies and the dates it
 * promises, worked out as the repository will when it creates the
 * request.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter.h"
#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-new-request-dialog-private.h"
#include "qs-repository.h"
#include "qs-request-desk.h"
#include "qs-request-page-private.h"
#include "qs-request-repository.h"

#define N_MATCHES 6

G_DEFINE_FINAL_TYPE (QsNewRequestDialog, qs_new_request_dialog, ADW_TYPE_WINDOW)

enum
{
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The department chosen last, offered first next time. */
static char *last_department_id;

static void update_state (QsNewRequestDialog *self);

static const char *
selected_department (QsNewRequestDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->department_row);

  if (self->departments == NULL || selected >= self->departments->len)
    return NULL;
  return qs_entity_get_id (g_ptr_array_index (self->departments, selected));
}

static QsChannel
selected_channel (QsNewRequestDialog *self)
{
  /* The row leaves "any channel" out. */
  return adw_combo_row_get_selected (self->channel_row) + 1;
}

static char *
get_description (QsNewRequestDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter    start;
  GtkTextIter    end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* The promise --------------------------------------------------------- */

static char *
format_due (QsBusinessHours *hours, QsCommitment *commitment, gint64 now)
{
  QsEntity *entity = QS_ENTITY (commitment);
  gint64    due =
    qs_deadline_due (hours, now, qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE),
                     qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT));

  return qs_deadline_format_instant (hours, due, qs_interface_language ());
}

static const char *
commitment_text (QsCommitment *commitment)
{
  QsEntity   *entity = QS_ENTITY (commitment);
  gboolean    french = qs_interface_language () == QS_LANGUAGE_FR;
  const char *text = qs_entity_get_string (entity, french ? QS_COMMITMENT_FIELD_TEXT_FR
                                                          : QS_COMMITMENT_FIELD_TEXT_EN);

  if (text == NULL)
    text = qs_entity_get_string (entity, french ? QS_COMMITMENT_FIELD_TEXT_EN
                                                : QS_COMMITMENT_FIELD_TEXT_FR);
  return text != NULL ? text : _ ("A commitment of the charter");
}

static void
update_promise (QsNewRequestDialog *self)
{
  g_autoptr (QsCommitment) ack = NULL;
  g_autoptr (QsCommitment) resolution = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (QsRequestDesk) desk = NULL;
  GSettings *settings;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) dates = g_string_new (NULL);
  g_autofree char *default_ref = NULL;
  const char      *department_id = selected_department (self);
  gint64           now = qs_store_now (self->store);

  if (department_id == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->promise_row),
                                     _ ("Choose the department to see its promise"));
      adw_action_row_set_subtitle (self->promise_row, NULL);
      return;
    }
  desk = qs_request_desk_new (self->store);
  if (!qs_request_desk_match_commitments (desk, department_id, selected_channel (self),
                                          adw_combo_row_get_selected (self->kind_row), &ack,
                                          &resolution, &error))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->promise_row), error->message);
      adw_action_row_set_subtitle (self->promise_row, NULL);
      return;
    }
  if (ack == NULL && resolution == NULL)
    {
      adw_preferences_row_set_title (
        ADW_PREFERENCES_ROW (self->promise_row),
        _ ("No commitment of the department’s charter applies to this channel and kind"));
      adw_action_row_set_subtitle (self->promise_row, _ ("No deadline will be set."));
      return;
    }

  settings = qs_context_get_settings (self->context);
  default_ref =
    settings != NULL ? g_settings_get_string (settings, "default-calendar") : g_strdup ("");
  hours = qs_request_repository_get_hours (self->store, NULL, department_id,
                                           *default_ref != '\0' ? default_ref : NULL, &error);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->promise_row),
                                 commitment_text (resolution != NULL ? resolution : ack));
  if (hours == NULL)
    {
      adw_action_row_set_subtitle (self->promise_row, error != NULL ? error->message : NULL);
      return;
    }
  if (ack != NULL)
    {
      g_autofree char *due = format_due (hours, ack, now);

      /* Translators: %s is a date and time */
      g_string_append_printf (dates, _ ("Acknowledge by %s"), due);
    }
  if (resolution != NULL)
    {
      g_autofree char *due = format_due (hours, resolution, now);

      if (dates->len > 0)
        g_string_append (dates, " · ");
      /* Translators: %s is a date and time */
      g_string_append_printf (dates, _ ("Answer by %s"), due);
    }
  adw_action_row_set_subtitle (self->promise_row, dates->str);
}

/* The client field ---------------------------------------------------- */

static GtkWidget *
new_match_row (QsEntity *person)
{
  g_autofree char *name = qs_client_dup_display_name (QS_CLIENT (person));
  const char      *role = qs_entity_get_string (person, QS_CLIENT_FIELD_ROLE);
  const char      *email = qs_entity_get_string (person, QS_CLIENT_FIELD_EMAIL);
  g_autofree char *subtitle = NULL;
  GtkWidget       *row;

  if (role != NULL && email != NULL)
    /* Translators: a person's role, then their e-mail address */
    subtitle = g_strdup_printf (_ ("%s · %s"), role, email);
  else
    subtitle = g_strdup (role != NULL ? role : email);
  row = g_object_new (ADW_TYPE_ACTION_ROW, "title", name, "subtitle", subtitle, "use-markup", FALSE,
                      "activatable", TRUE, NULL);
  g_object_set_data_full (G_OBJECT (row), "qs-id", g_strdup (qs_entity_get_id (person)), g_free);
  return row;
}

static void
clear_matches (QsNewRequestDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matches_list))) != NULL)
    gtk_list_box_remove (self->matches_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list), FALSE);
}

static void
search_people (QsNewRequestDialog *self, const char *text)
{
  g_autoptr (GError) error = NULL;
  guint n;

  clear_matches (self);
  /* A fresh model per search: it is cheaper than reloading a large one. */
  g_clear_object (&self->matches);
  self->matches = qs_directory_repository_new_people_model (self->store);
  qs_directory_repository_set_people_filter (self->matches, text, NULL, -1, -1);
  if (!qs_query_list_model_reload (self->matches, &error))
    {
      gtk_label_set_label (self->reason_label, error->message);
      return;
    }
  n = MIN (g_list_model_get_n_items (G_LIST_MODEL (self->matches)), N_MATCHES);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (QsEntity) person = g_list_model_get_item (G_LIST_MODEL (self->matches), i);

      gtk_list_box_append (self->matches_list, new_match_row (person));
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _ ("Nobody in the directory matches"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->matches_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list), TRUE);
}

static void
on_client_changed_cb (QsNewRequestDialog *self)
{
  g_autofree char *text = NULL;

  if (self->filling)
    return;
  g_clear_pointer (&self->client_id, g_free);
  gtk_widget_set_visible (self->client_picked_icon, FALSE);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->client_row))));
  if (*text == '\0')
    clear_matches (self);
  else
    search_people (self, text);
  update_state (self);
}

void
qs_new_request_dialog_pick_client (QsNewRequestDialog *self, const char *client_id)
{
  g_autoptr (QsEntity) person = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  QsChannel        preferred;

  g_return_if_fail (QS_IS_NEW_REQUEST_DIALOG (self));
  g_return_if_fail (client_id != NULL);

  person =
    qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_CLIENT), client_id, &error);
  if (person == NULL)
    {
      gtk_label_set_label (self->reason_label, error->message);
      return;
    }
  name = qs_client_dup_display_name (QS_CLIENT (person));
  g_free (self->client_id);
  self->client_id = g_strdup (client_id);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->client_row), name);
  gtk_editable_set_position (GTK_EDITABLE (self->client_row), -1);
  self->filling = FALSE;
  gtk_widget_set_visible (self->client_picked_icon, TRUE);
  clear_matches (self);

  /* The channel the person prefers is the likely one. */
  preferred = qs_entity_get_enum (person, QS_CLIENT_FIELD_PREFERRED_CHANNEL);
  if (preferred != QS_CHANNEL_ANY)
    adw_combo_row_set_selected (self->channel_row, preferred - 1);
  update_state (self);
}

static void
on_match_activated_cb (QsNewRequestDialog *self, GtkListBoxRow *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "qs-id");

  if (id == NULL)
    return;
  qs_new_request_dialog_pick_client (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->department_row));
}

/* Enter picks the first match. */
static void
on_client_activated_cb (QsNewRequestDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->matches_list, 0);

  if (gtk_widget_get_visible (GTK_WIDGET (self->matches_list)) && first != NULL)
    on_match_activated_cb (self, first);
}

static gboolean
on_client_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          QsNewRequestDialog    *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->matches_list, 0);

  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      gtk_widget_get_visible (GTK_WIDGET (self->matches_list)) && first != NULL &&
      gtk_list_box_row_get_activatable (first))
    {
      gtk_widget_grab_focus (GTK_WIDGET (first));
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

/* Up from the first match goes back to the field. */
static gboolean
on_matches_keynav_failed_cb (GtkWidget *list, GtkDirectionType direction, QsNewRequestDialog *self)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->client_row));
  return TRUE;
}

/* State --------------------------------------------------------------- */

/* Create is offered only for a form that can be saved; the label below
 * says what is missing. */
static void
update_state (QsNewRequestDialog *self)
{
  g_autofree char *subject =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  const char *client_text = gtk_editable_get_text (GTK_EDITABLE (self->client_row));
  const char *reason = NULL;

  if (self->client_id == NULL && *client_text != '\0')
    reason = _ ("Pick the client from the matches, or empty the field for an anonymous request.");
  else if (self->departments == NULL || self->departments->len == 0)
    reason = _ ("No department yet: add the department that handles requests in the Clients view.");
  else if (selected_department (self) == NULL)
    reason = _ ("Choose the department that handles the request.");
  else if (*subject == '\0')
    reason = _ ("Write a subject: a few words on what the client asks.");

  /* The empty subject is marked at the field once the user has been
   * there, not on a form just opened. */
  if (self->subject_left && *subject == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->subject_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->subject_row), "error");

  self->valid = reason == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-request.create", self->valid);
  gtk_label_set_label (self->reason_label,
                       reason != NULL ? reason : _ ("Press Ctrl+Enter to create the request."));
}

static void
on_form_changed_cb (QsNewRequestDialog *self)
{
  update_state (self);
}

static void
on_subject_left_cb (QsNewRequestDialog *self)
{
  self->subject_left = TRUE;
  update_state (self);
}

static void
on_promise_changed_cb (QsNewRequestDialog *self)
{
  update_promise (self);
  update_state (self);
}

/* Actions ------------------------------------------------------------- */

static void
create_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsNewRequestDialog *self = QS_NEW_REQUEST_DIALOG (widget);
  g_autofree char    *subject =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  g_autofree char *description = get_description (self);
  g_autofree char *actor = NULL;
  g_autoptr (QsRequest) request = NULL;
  g_autoptr (QsRequestDesk) desk = NULL;
  g_autoptr (GError) error = NULL;
  QsNewRequest input = { 0 };

  self->subject_left = TRUE;
  update_state (self);
  if (!self->valid)
    return;

  input.client_id = self->client_id;
  input.department_id = selected_department (self);
  input.channel = selected_channel (self);
  input.kind = adw_combo_row_get_selected (self->kind_row);
  input.problem = adw_combo_row_get_selected (self->problem_row);
  input.priority = adw_combo_row_get_selected (self->priority_row);
  input.subject = subject;
  input.description = *description != '\0' ? description : NULL;
  input.confidential = gtk_switch_get_active (self->confidential_switch);
  input.received_at = 0;

  actor = qs_context_dup_actor (self->context);
  desk = qs_request_desk_new (self->store);
  request = qs_request_desk_create (desk, &input, actor, qs_store_now (self->store), &error);
  if (request == NULL)
    {
      gtk_label_set_label (self->reason_label, error->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->reason_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_label), "error");
      return;
    }

  g_free (last_department_id);
  last_department_id = g_strdup (input.department_id);
  g_signal_emit (self, signals[CREATED], 0, request);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Loading ------------------------------------------------------------- */

static guint
position_of_department (QsNewRequestDialog *self, const char *id)
{
  for (guint i = 0; id != NULL && i < self->departments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->departments, i)), id) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* The department offered: the one chosen last; else the user's own, or
 * the nearest above it that handles requests; else the only one. With
 * several and nothing to go by, none: the first of the list would be a
 * guess the user might not notice. */
static guint
default_department (QsNewRequestDialog *self, GPtrArray *all)
{
  g_autofree char *me_id = NULL;
  g_autoptr (QsEntity) me = NULL;
  const char *id;
  guint       position = position_of_department (self, last_department_id);

  if (position != GTK_INVALID_LIST_POSITION)
    return position;
  me_id = qs_context_dup_user_client_id (self->context);
  if (me_id != NULL)
    me = qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_CLIENT), me_id, NULL);
  id = me != NULL ? qs_entity_get_string (me, QS_CLIENT_FIELD_DEPARTMENT_ID) : NULL;
  /* Up the tree, at most as many steps as there are departments. */
  for (guint step = 0; id != NULL && all != NULL && step <= all->len; step++)
    {
      const char *parent = NULL;

      position = position_of_department (self, id);
      if (position != GTK_INVALID_LIST_POSITION)
        return position;
      for (guint i = 0; i < all->len; i++)
        if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (all, i)), id) == 0)
          parent = qs_entity_get_string (g_ptr_array_index (all, i), QS_DEPARTMENT_FIELD_PARENT_ID);
      id = parent;
    }
  return self->departments->len == 1 ? 0 : GTK_INVALID_LIST_POSITION;
}

/* The departments whose published charter makes commitments, else all
 * of them: a request may go to a department without a charter yet. */
static void
load_departments (QsNewRequestDialog *self)
{
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GPtrArray) charters = NULL;
  g_autoptr (GHashTable) with_charter = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GError) error = NULL;
  GtkStringList *names = gtk_string_list_new (NULL);
  g_autoptr (GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  guint selected;

  all = qs_directory_repository_get_departments (self->store, &error);
  if (all != NULL)
    charters = qs_repository_find_all (qs_store_get_repository (self->store, QS_TYPE_CHARTER), NULL,
                                       NULL, NULL, QS_QUERY_DEFAULT, &error);
  if (error != NULL)
    gtk_label_set_label (self->reason_label, error->message);
  for (guint i = 0; charters != NULL && i < charters->len; i++)
    {
      QsEntity *charter = g_ptr_array_index (charters, i);

      if (qs_entity_get_enum (charter, QS_CHARTER_FIELD_STATUS) == QS_CHARTER_STATUS_PUBLISHED)
        g_hash_table_add (
          with_charter, (gpointer) qs_entity_get_string (charter, QS_CHARTER_FIELD_DEPARTMENT_ID));
    }

  self->departments = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      QsEntity *department = g_ptr_array_index (all, i);

      if (g_hash_table_size (with_charter) == 0 ||
          g_hash_table_contains (with_charter, qs_entity_get_id (department)))
        g_ptr_array_add (self->departments, g_object_ref (department));
    }
  for (guint i = 0; i < self->departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (self->departments, i);

      gtk_string_list_append (names, qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
    }
  selected = default_department (self, all);
  adw_combo_row_set_expression (self->department_row, expression);
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
  g_object_unref (names);
  adw_combo_row_set_selected (self->department_row, selected);
}

static void
qs_new_request_dialog_map (GtkWidget *widget)
{
  QsNewRequestDialog *self = QS_NEW_REQUEST_DIALOG (widget);

  GTK_WIDGET_CLASS (qs_new_request_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->client_row));
}

static void
qs_new_request_dialog_dispose (GObject *object)
{
  QsNewRequestDialog *self = QS_NEW_REQUEST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_NEW_REQUEST_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->matches);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->client_id, g_free);

  G_OBJECT_CLASS (qs_new_request_dialog_parent_class)->dispose (object);
}

static void
qs_new_request_dialog_class_init (QsNewRequestDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_new_request_dialog_dispose;
  widget_class->map = qs_new_request_dialog_map;

  /**
   * QsNewRequestDialog::created:
   * @request: the request, as stored
   *
   * Emitted once the request is in the database, before the dialog
   * closes.
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_REQUEST);

  qs_requests_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, QS_REQUESTS_RESOURCE_PATH
                                               "qs-new-request-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, client_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, client_picked_icon);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, matches_list);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, problem_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, priority_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, confidential_switch);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, promise_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewRequestDialog, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, on_match_activated_cb);

  gtk_widget_class_install_action (widget_class, "new-request.create", NULL, create_activated_cb);
  gtk_widget_class_install_action (widget_class, "new-request.cancel", NULL, cancel_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "new-request.cancel", NULL);
}

static void
qs_new_request_dialog_init (QsNewRequestDialog *self)
{
  GtkEventController    *keys;
  GtkEventController    *focus;
  GtkShortcutController *shortcuts;
  GtkWidget             *combos[] = { NULL, NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  qs_requests_setup_enum_row (self->channel_row, QS_TYPE_CHANNEL, QS_CHANNEL_EMAIL);
  qs_requests_setup_enum_row (self->kind_row, QS_TYPE_REQUEST_KIND, 0);
  qs_requests_setup_problem_row (self->problem_row);
  qs_requests_setup_enum_row (self->priority_row, QS_TYPE_PRIORITY, 0);
  adw_combo_row_set_selected (self->priority_row, QS_PRIORITY_NORMAL);

  g_signal_connect_object (self->client_row, "changed", G_CALLBACK (on_client_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->client_row, "entry-activated", G_CALLBACK (on_client_activated_cb),
                           self, G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_client_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->client_row), keys);
  g_signal_connect_object (self->matches_list, "keynav-failed",
                           G_CALLBACK (on_matches_keynav_failed_cb), self, 0);
  g_signal_connect_object (self->subject_row, "changed", G_CALLBACK (on_form_changed_cb), self,
                           G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_subject_left_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->subject_row), focus);

  combos[0] = GTK_WIDGET (self->department_row);
  combos[1] = GTK_WIDGET (self->channel_row);
  combos[2] = GTK_WIDGET (self->kind_row);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    g_signal_connect_object (combos[i], "notify::selected", G_CALLBACK (on_promise_changed_cb),
                             self, G_CONNECT_SWAPPED);

  /* Caught before the description takes Ctrl+Enter as a new line. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts), GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    shortcuts, gtk_shortcut_new (gtk_alternative_trigger_new (
                                   gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                   gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK)),
                                 gtk_named_action_new ("new-request.create")));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));
}

/**
 * qs_new_request_dialog_new:
 * @parent: (nullable): the window it is modal to
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
GtkWidget *
qs_new_request_dialog_new (GtkWindow *parent, QsContext *context)
{
  QsNewRequestDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (QS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (qs_context_get_store (context) != NULL, NULL);

  self = g_object_new (QS_TYPE_NEW_REQUEST_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->store = g_object_ref (qs_context_get_store (context));
  load_departments (self);
  update_promise (self);
  update_state (self);
  return GTK_WIDGET (self);
}
