/* qs-request-page-actions.c — the lifecycle and the other actions of the request page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every lifecycle step is a widget action "request.<name>", enabled only
 * when the request's status allows it, and shown as a button only then.
 * The steps that need a text (resolve, reject, reopen) take it as a
 * string parameter; an empty one, as their buttons pass, asks for it
 * first in a small dialog.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-request-desk.h"
#include "qs-request-page-private.h"
#include "qs-request-repository.h"

#define ACTION_PREFIX "request."

/* The next natural step, in this order of preference, is the suggested
 * button. */
static const QsRequestAction natural_steps[] = {
  QS_REQUEST_ACTION_ACKNOWLEDGE, QS_REQUEST_ACTION_START_ANALYSIS, QS_REQUEST_ACTION_RESUME,
  QS_REQUEST_ACTION_RESOLVE,     QS_REQUEST_ACTION_INFORM_CLIENT,  QS_REQUEST_ACTION_CLOSE,
};

static const char *
success_message (QsRequestAction action)
{
  switch (action)
    {
    case QS_REQUEST_ACTION_ACKNOWLEDGE:
      return _ ("Acknowledgement recorded");
    case QS_REQUEST_ACTION_START_ANALYSIS:
      return _ ("Analysis started");
    case QS_REQUEST_ACTION_WAIT_ON_CLIENT:
      return _ ("Clock paused while waiting on the client");
    case QS_REQUEST_ACTION_RESUME:
      return _ ("Clock resumed: the resolution date moved by the time paused");
    case QS_REQUEST_ACTION_RESOLVE:
      return _ ("Resolution recorded");
    case QS_REQUEST_ACTION_INFORM_CLIENT:
      return _ ("Client informed of the resolution");
    case QS_REQUEST_ACTION_CLOSE:
      return _ ("Request closed");
    case QS_REQUEST_ACTION_REOPEN:
      return _ ("Request reopened");
    case QS_REQUEST_ACTION_REJECT:
      return _ ("Request rejected");
    case QS_REQUEST_N_ACTIONS:
    default:
      return NULL;
    }
}

static QsRequestAction
action_from_name (const char *action_name)
{
  const char *name = action_name;

  if (g_str_has_prefix (name, ACTION_PREFIX))
    name += strlen (ACTION_PREFIX);
  for (guint i = 0; i < QS_REQUEST_N_ACTIONS; i++)
    if (g_strcmp0 (qs_request_action_get_name (i), name) == 0)
      return i;
  return QS_REQUEST_N_ACTIONS;
}

static QsRequestStatus
current_status (QsRequestPage *self)
{
  return qs_entity_get_enum (QS_ENTITY (self->request), QS_REQUEST_FIELD_STATUS);
}

/* The acknowledgement letter ------------------------------------------ */

static void
on_letter_response_cb (AdwMessageDialog *dialog, const char *response, QsRequestPage *self)
{
  const char *text = g_object_get_data (G_OBJECT (dialog), "qs-text");

  if (g_strcmp0 (response, "copy") != 0 || text == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  qs_request_page_toast (self, _ ("Acknowledgement copied: paste it into your answer"));
}

static GtkWidget *
new_text_view (const char *text, gboolean editable)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), editable);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  if (text != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), editable ? 100 : 220);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_add_css_class (scrolled, "card");
  return scrolled;
}

/* The letter states the promised date in the client's language; the
 * acknowledgement is already recorded when it shows. */
static void
show_letter (QsRequestPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsRequestDesk) desk = qs_request_desk_new (self->store);
  g_autofree char *text = qs_request_desk_acknowledgement_text (desk, self->request, &error);
  GtkWidget       *dialog;

  if (text == NULL)
    {
      qs_request_page_show_error (self, error);
      return;
    }
  dialog = adw_message_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _ ("Acknowledgement"),
    _ ("Send this to the client: it tells them when to expect an answer."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_text_view (text, FALSE));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"), "copy",
                                    _ ("_Copy"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_object_set_data_full (G_OBJECT (dialog), "qs-text", g_steal_pointer (&text), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_letter_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_acknowledgement_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage *self = QS_REQUEST_PAGE (widget);

  if (self->request != NULL)
    show_letter (self);
}

/* Asking for a text ---------------------------------------------------- */

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
on_prompt_text_changed_cb (GtkTextBuffer *buffer, AdwMessageDialog *dialog)
{
  g_autofree char *text = buffer_text (buffer);

  adw_message_dialog_set_response_enabled (dialog, "apply", *text != '\0');
}

static void
on_prompt_response_cb (AdwMessageDialog *dialog, const char *response, QsRequestPage *self)
{
  GtkTextBuffer   *buffer = g_object_get_data (G_OBJECT (dialog), "qs-buffer");
  const char      *action = g_object_get_data (G_OBJECT (dialog), "qs-action");
  g_autofree char *text = buffer_text (buffer);
  g_autofree char *detailed = g_strconcat (ACTION_PREFIX, action, NULL);

  if (g_strcmp0 (response, "apply") != 0 || *text == '\0')
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), detailed, "s", text);
}

static void
prompt_text (QsRequestPage *self, QsRequestAction action)
{
  const char *heading;
  const char *body;
  GtkWidget  *dialog;
  GtkWidget  *text;

  switch (action)
    {
    case QS_REQUEST_ACTION_RESOLVE:
      heading = _ ("Resolve the Request");
      body = _ ("Write the resolution: what was done, as the client will be told.");
      break;
    case QS_REQUEST_ACTION_REJECT:
      heading = _ ("Reject the Request");
      body = _ ("Write why it is rejected: the client will be told this reason.");
      break;
    case QS_REQUEST_ACTION_REOPEN:
    default:
      heading = _ ("Reopen the Request");
      body = _ ("Write why it is reopened.");
      break;
    }
  dialog =
    adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  text = new_text_view (NULL, TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), text);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "apply",
                                    qs_request_action_get_label (action), NULL);
  adw_message_dialog_set_response_appearance (
    ADW_MESSAGE_DIALOG (dialog), "apply",
    action == QS_REQUEST_ACTION_REJECT ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "qs-buffer",
                     gtk_text_view_get_buffer (
                       GTK_TEXT_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (text)))));
  g_object_set_data (G_OBJECT (dialog), "qs-action",
                     (gpointer) qs_request_action_get_name (action));
  g_signal_connect_object (g_object_get_data (G_OBJECT (dialog), "qs-buffer"), "changed",
                           G_CALLBACK (on_prompt_text_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_prompt_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (text)));
}

/* The description --------------------------------------------------- */

static void
on_description_response_cb (AdwMessageDialog *dialog, const char *response, QsRequestPage *self)
{
  GtkTextBuffer   *buffer = g_object_get_data (G_OBJECT (dialog), "qs-buffer");
  g_autofree char *text = buffer_text (buffer);

  if (g_strcmp0 (response, "save") != 0 || self->request == NULL)
    return;
  qs_request_page_set_field (self, QS_REQUEST_FIELD_DESCRIPTION, *text != '\0' ? text : NULL);
}

static void
edit_description_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage *self = QS_REQUEST_PAGE (widget);
  GtkWidget     *dialog;
  GtkWidget     *text;

  if (self->request == NULL)
    return;
  dialog =
    adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _ ("Description"),
                            _ ("What the client asked or complained about, in their words."));
  text = new_text_view (
    qs_entity_get_string (QS_ENTITY (self->request), QS_REQUEST_FIELD_DESCRIPTION), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), text);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "save",
                                    _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "qs-buffer",
                     gtk_text_view_get_buffer (
                       GTK_TEXT_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (text)))));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_description_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (text)));
}

/* The lifecycle -------------------------------------------------------- */

static void
lifecycle_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage  *self = QS_REQUEST_PAGE (widget);
  QsRequestAction action = action_from_name (action_name);
  const char     *text = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *stripped = NULL;

  if (self->request == NULL || action == QS_REQUEST_N_ACTIONS)
    return;
  stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;
  if (qs_request_action_needs_text (action) && (stripped == NULL || *stripped == '\0'))
    {
      prompt_text (self, action);
      return;
    }

  actor = qs_request_page_dup_actor (self);
  if (!qs_request_repository_apply (self->store, self->request, action, stripped, actor,
                                    qs_store_now (self->store), &error))
    {
      qs_request_page_show_error (self, error);
      qs_request_page_refresh (self);
      return;
    }
  qs_request_page_refresh (self);
  qs_request_page_toast (self, success_message (action));
  qs_request_page_emit_changed (self);
  if (action == QS_REQUEST_ACTION_ACKNOWLEDGE)
    show_letter (self);
}

/* Extension ----------------------------------------------------------- */

typedef struct
{
  QsRequestPage  *page;
  GtkEditable    *date_entry;
  GtkEditable    *reason_entry;
  GtkCheckButton *told_check;
  GtkLabel       *date_label;
  gint64          new_due;
} ExtendForm;

static void
extend_form_free (ExtendForm *form)
{
  g_clear_weak_pointer (&form->page);
  g_free (form);
}

/* "2026-12-04 16:30", "2026-12-04" (at the time of day of the current
 * date), or "+3" business days after the current date; 0 if none. */
static gint64
parse_new_due (QsRequestPage *self, const char *input)
{
  gint64 current =
    qs_entity_get_int (QS_ENTITY (self->request), QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  g_autoptr (GTimeZone) local = g_time_zone_new_local ();
  GTimeZone *zone = self->hours != NULL ? qs_business_hours_get_timezone (self->hours) : local;
  g_autoptr (GDateTime) current_local = NULL;
  g_autoptr (GDateTime) parsed = NULL;
  g_autofree char *text = g_strstrip (g_strdup (input));
  int              year, month, day, hour, minute;
  char             tail;

  if (*text == '+')
    {
      char  *end = NULL;
      gint64 days = g_ascii_strtoll (text + 1, &end, 10);

      if (end == text + 1 || days <= 0 || days > 1000 || self->hours == NULL || current == 0)
        return 0;
      while (*end == ' ')
        end++;
      /* "+3", "+3 d", "+3 j", "+3 days", "+3 jours" */
      if (*end != '\0' && *end != 'd' && *end != 'j')
        return 0;
      return qs_business_hours_add (self->hours, current,
                                    days * qs_business_hours_get_day_length (self->hours));
    }

  if (current != 0)
    current_local = g_date_time_new_from_unix_utc (current / G_USEC_PER_SEC);
  if (current_local != NULL)
    {
      GDateTime *in_zone = g_date_time_to_timezone (current_local, zone);

      g_date_time_unref (current_local);
      current_local = in_zone;
    }
  hour = current_local != NULL ? g_date_time_get_hour (current_local) : 16;
  minute = current_local != NULL ? g_date_time_get_minute (current_local) : 30;
  if (sscanf (text, "%d-%d-%d %d:%d%c", &year, &month, &day, &hour, &minute, &tail) != 5 &&
      sscanf (text, "%d-%d-%d%c", &year, &month, &day, &tail) != 3)
    return 0;
  if (!g_date_valid_dmy (day, month, year) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return 0;
  parsed = g_date_time_new (zone, year, month, day, hour, minute, 0);
  return parsed != NULL ? g_date_time_to_unix (parsed) * G_USEC_PER_SEC : 0;
}

static void
on_extend_form_changed_cb (AdwMessageDialog *dialog)
{
  ExtendForm      *form = g_object_get_data (G_OBJECT (dialog), "qs-form");
  const char      *date = gtk_editable_get_text (form->date_entry);
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (form->reason_entry)));
  g_autofree char *shown = NULL;
  const char      *problem = NULL;
  gint64           current;

  if (form->page == NULL || form->page->request == NULL)
    {
      adw_message_dialog_set_response_enabled (dialog, "extend", FALSE);
      return;
    }
  current = qs_entity_get_int (QS_ENTITY (form->page->request), QS_REQUEST_FIELD_RESOLUTION_DUE_AT);

  form->new_due = parse_new_due (form->page, date);
  if (*date == '\0')
    problem =
      _ ("Give the new date, such as 2026-12-04 16:30, or +3 for three business days more.");
  else if (form->new_due == 0)
    problem = _ ("The new date is not understood: write it as 2026-12-04 16:30, or +3 for three "
                 "business days more.");
  else if (form->new_due <= current)
    problem = _ ("The new date must be later than the current one.");
  else if (*reason == '\0')
    problem = _ ("Give the reason for the new date.");
  else if (!gtk_check_button_get_active (form->told_check))
    problem = _ ("Tell the client the new date first: it becomes the promise.");

  if (form->new_due != 0 && form->page->hours != NULL)
    {
      g_autofree char *instant =
        qs_deadline_format_instant (form->page->hours, form->new_due, qs_interface_language ());
      /* Translators: %s is a date and time */
      shown = g_strdup_printf (_ ("New date: %s"), instant);
    }
  gtk_label_set_label (form->date_label, problem != NULL ? problem : shown);
  /* Before anything is typed, the sentence is a hint, not an error. */
  if (problem != NULL && *date != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (form->date_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (form->date_label), "error");
  if (*date == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (form->date_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (form->date_label), "dim-label");
  adw_message_dialog_set_response_enabled (dialog, "extend", problem == NULL);
}

static void
on_extend_response_cb (AdwMessageDialog *dialog, const char *response, QsRequestPage *self)
{
  ExtendForm *form = g_object_get_data (G_OBJECT (dialog), "qs-form");
  g_autoptr (GError) error = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "extend") != 0 || self->request == NULL)
    return;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (form->reason_entry)));
  actor = qs_request_page_dup_actor (self);
  if (!qs_request_repository_extend (self->store, self->request, form->new_due, reason,
                                     gtk_check_button_get_active (form->told_check), actor,
                                     qs_store_now (self->store), &error))
    {
      qs_request_page_show_error (self, error);
      return;
    }
  qs_request_page_refresh (self);
  qs_request_page_toast (self, _ ("Resolution date extended: it is the new promise"));
  qs_request_page_emit_changed (self);
}

static void
extend_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage *self = QS_REQUEST_PAGE (widget);
  ExtendForm    *form;
  GtkWidget     *dialog;
  GtkWidget     *list;
  GtkWidget     *told_row;
  GtkWidget     *box;

  if (self->request == NULL)
    return;

  form = g_new0 (ExtendForm, 1);
  /* The page may go while the dialog is open. */
  g_set_weak_pointer (&form->page, self);
  dialog = adw_message_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (widget)), _ ("Extend the Resolution Date"),
    _ ("When the analysis takes longer, tell the client the new date: "
       "that date becomes the commitment."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  form->date_entry = GTK_EDITABLE (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->date_entry), _ ("New Date"));
  form->reason_entry = GTK_EDITABLE (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->reason_entry), _ ("Reason"));
  told_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (told_row),
                                 _ ("The client was told the new date"));
  form->told_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (form->told_check), GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (told_row), GTK_WIDGET (form->told_check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (told_row), GTK_WIDGET (form->told_check));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->date_entry));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->reason_entry));
  gtk_list_box_append (GTK_LIST_BOX (list), told_row);
  form->date_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->date_label, TRUE);
  gtk_label_set_xalign (form->date_label, 0);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->date_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "extend",
                                    _ ("_Extend"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "extend",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "qs-form", form, (GDestroyNotify) extend_form_free);
  g_signal_connect_object (form->date_entry, "changed", G_CALLBACK (on_extend_form_changed_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (form->reason_entry, "changed", G_CALLBACK (on_extend_form_changed_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (form->told_check, "toggled", G_CALLBACK (on_extend_form_changed_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_extend_response_cb), self, 0);
  on_extend_form_changed_cb (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->date_entry));
}

/* Comment and reveal -------------------------------------------------- */

static void
comment_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage   *self = QS_REQUEST_PAGE (widget);
  g_autofree char *text = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));
  g_autoptr (GError) error = NULL;
  g_autofree char *actor = NULL;

  if (self->request == NULL)
    return;
  actor = qs_request_page_dup_actor (self);
  if (!qs_request_repository_comment (self->store, self->request, text, actor,
                                      qs_store_now (self->store), &error))
    {
      qs_request_page_show_error (self, error);
      return;
    }
  qs_request_page_refresh (self);
  qs_request_page_toast (self, _ ("Comment added"));
  qs_request_page_emit_changed (self);
}

static void
reveal_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage *self = QS_REQUEST_PAGE (widget);
  g_autoptr (QsClient) client = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *actor = NULL;

  if (self->request == NULL)
    return;
  actor = qs_request_page_dup_actor (self);
  client = qs_request_repository_reveal_client (self->store, self->request, actor,
                                                qs_store_now (self->store), &error);
  if (client == NULL)
    {
      qs_request_page_show_error (self, error);
      return;
    }
  /* Shown on this page, for this request, until another one is shown. */
  g_free (self->revealed_name);
  self->revealed_name = qs_client_dup_display_name (QS_CLIENT (client));
  qs_request_page_refresh (self);
  qs_request_page_toast (self, _ ("Identity revealed: the reveal is in the history"));
  qs_request_page_emit_changed (self);
}

/* Enabled state and buttons ------------------------------------------- */

static void
on_action_button_clicked_cb (GtkButton *button, QsRequestPage *self)
{
  QsRequestAction  action = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "qs-action"));
  g_autofree char *detailed =
    g_strconcat (ACTION_PREFIX, qs_request_action_get_name (action), NULL);

  /* A text action with no text asks for it. */
  if (qs_request_action_needs_text (action))
    gtk_widget_activate_action (GTK_WIDGET (self), detailed, "s", "");
  else
    gtk_widget_activate_action (GTK_WIDGET (self), detailed, NULL);
}

/* The steps forward, at most two at a time, above the deadlines;
 * rejecting is rarer and final, so its button waits at the bottom. */
static void
rebuild_buttons (QsRequestPage *self, guint allowed)
{
  GtkWidget      *child;
  QsRequestAction suggested = QS_REQUEST_N_ACTIONS;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box))) != NULL)
    gtk_box_remove (self->actions_box, child);
  for (guint i = 0; i < G_N_ELEMENTS (natural_steps) && suggested == QS_REQUEST_N_ACTIONS; i++)
    if (allowed & (1u << natural_steps[i]))
      suggested = natural_steps[i];

  for (guint i = 0; i < QS_REQUEST_N_ACTIONS; i++)
    {
      g_autofree char *label = NULL;
      GtkWidget       *button;

      if ((allowed & (1u << i)) == 0 || i == QS_REQUEST_ACTION_REJECT)
        continue;
      /* A step that asks for a text says so with an ellipsis. */
      label = qs_request_action_needs_text (i)
                ? g_strdup_printf (_ ("%s…"), qs_request_action_get_label (i))
                : g_strdup (qs_request_action_get_label (i));
      button = gtk_button_new_with_label (label);
      /* Long French labels wrap rather than widen the page past 360 px. */
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
      gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                             GTK_JUSTIFY_CENTER);
      g_object_set_data (G_OBJECT (button), "qs-action", GUINT_TO_POINTER (i));
      if (i == suggested)
        gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_action_button_clicked_cb), self,
                               0);
      /* The suggested step comes first. */
      if (i == suggested)
        gtk_box_prepend (self->actions_box, button);
      else
        gtk_box_append (self->actions_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->actions_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->actions_box)) != NULL);
  gtk_widget_set_visible (self->reject_button, (allowed & (1u << QS_REQUEST_ACTION_REJECT)) != 0);
}

/**
 * qs_request_page_update_actions:
 *
 * Enables the actions the request's status allows, and shows their
 * buttons only.
 */
void
qs_request_page_update_actions (QsRequestPage *self)
{
  gboolean        has_request = self->request != NULL && self->store != NULL;
  QsRequestStatus status = has_request ? current_status (self) : QS_REQUEST_STATUS_CLOSED;
  QsEntity       *request = QS_ENTITY (self->request);
  guint           allowed = 0;
  gboolean        can_extend;
  gboolean        can_reveal;
  gboolean        can_letter;

  for (guint i = 0; i < QS_REQUEST_N_ACTIONS; i++)
    {
      g_autofree char *name = g_strconcat (ACTION_PREFIX, qs_request_action_get_name (i), NULL);
      gboolean         enabled = has_request && qs_request_action_is_allowed (i, status);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), name, enabled);
      if (enabled)
        allowed |= 1u << i;
    }
  rebuild_buttons (self, allowed);

  can_extend = has_request && qs_request_status_is_open (status) &&
               status != QS_REQUEST_STATUS_RESOLVED &&
               status != QS_REQUEST_STATUS_CLIENT_INFORMED &&
               qs_entity_get_int (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT) != 0;
  can_reveal = has_request && qs_entity_get_boolean (request, QS_REQUEST_FIELD_CONFIDENTIAL) &&
               qs_entity_get_string (request, QS_REQUEST_FIELD_CLIENT_ID) != NULL &&
               self->revealed_name == NULL;
  can_letter = has_request && qs_entity_get_int (request, QS_REQUEST_FIELD_ACKNOWLEDGED_AT) != 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.show-acknowledgement", can_letter);
  gtk_widget_set_visible (self->letter_button, can_letter);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.extend", can_extend);
  gtk_widget_set_visible (self->extend_button, can_extend);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.reveal", can_reveal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.comment", has_request);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.edit-description", has_request);
}

void
qs_request_page_class_init_actions (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < QS_REQUEST_N_ACTIONS; i++)
    {
      g_autofree char *name = g_strconcat (ACTION_PREFIX, qs_request_action_get_name (i), NULL);

      gtk_widget_class_install_action (
        widget_class, name, qs_request_action_needs_text (i) ? "s" : NULL, lifecycle_activated_cb);
    }
  gtk_widget_class_install_action (widget_class, "request.extend", NULL, extend_activated_cb);
  gtk_widget_class_install_action (widget_class, "request.show-acknowledgement", NULL,
                                   show_acknowledgement_activated_cb);
  gtk_widget_class_install_action (widget_class, "request.comment", "s", comment_activated_cb);
  gtk_widget_class_install_action (widget_class, "request.edit-description", NULL,
                                   edit_description_activated_cb);
  gtk_widget_class_install_action (widget_class, "request.reveal", NULL, reveal_activated_cb);
}
