/* qs-request-page.c — one request: its deadlines, its lifecycle, its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page shows the request it is given and changes it only through the
 * request repository, which writes the row and its event in one
 * transaction; after each change the page fills itself again from the
 * request (updated in place) and its events, and emits "changed" so that
 * the list around it can reload. The lifecycle actions live in
 * qs-request-page-actions.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-repository.h"
#include "qs-deadline-countdown.h"
#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-request-desk.h"
#include "qs-request-page-private.h"
#include "qs-request-repository.h"
#include "qs-toast.h"
#include "qs-ui-resources.h"

G_DEFINE_FINAL_TYPE (QsRequestPage, qs_request_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_REQUEST,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* Messages ------------------------------------------------------------ */

/* Hidden, not only folded, so that it takes no room between the parts. */
static void
hide_message (QsRequestPage *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->message_revealer), FALSE);
}

void
qs_request_page_toast (QsRequestPage *self, const char *message)
{
  hide_message (self);
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (message, FALSE));
}

/* The sentence stays on the page until dismissed or the next success,
 * and is also toasted when the page is in a window that toasts. */
void
qs_request_page_show_error (QsRequestPage *self, const GError *error)
{
  gtk_label_set_label (self->message_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, TRUE));
}

static void
on_message_dismiss_cb (QsRequestPage *self)
{
  hide_message (self);
}

void
qs_request_page_emit_changed (QsRequestPage *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

char *
qs_request_page_dup_actor (QsRequestPage *self)
{
  return qs_context_dup_actor (self->context);
}

/* Filling the page ---------------------------------------------------- */

static void
load_lists (QsRequestPage *self)
{
  g_autoptr (GError) error = NULL;
  GtkStringList *names;

  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  if (self->store == NULL)
    return;

  self->departments = qs_directory_repository_get_departments (self->store, &error);
  if (self->departments != NULL)
    self->people = qs_charter_repository_get_people (self->store, &error);
  if (error != NULL)
    qs_request_page_show_error (self, error);

  self->loading = TRUE;
  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _ ("No department"));
  for (guint i = 0; self->departments != NULL && i < self->departments->len; i++)
    gtk_string_list_append (names, qs_entity_get_string (g_ptr_array_index (self->departments, i),
                                                         QS_DEPARTMENT_FIELD_NAME));
  qs_requests_set_string_model (self->department_row, names);

  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _ ("Nobody"));
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      g_autofree char *name =
        qs_client_dup_display_name (QS_CLIENT (g_ptr_array_index (self->people, i)));

      gtk_string_list_append (names, name);
    }
  qs_requests_set_string_model (self->assignee_row, names);
  self->loading = FALSE;
}

/* An assignee who is neither staff nor an owner is added to the list. */
static guint
assignee_position (QsRequestPage *self, const char *id)
{
  g_autoptr (QsEntity) found = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  if (id == NULL)
    return 0;
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->people, i)), id) == 0)
      return i + 1;
  if (!qs_repository_find_if_any (qs_store_get_repository (self->store, QS_TYPE_CLIENT), id, &found,
                                  &error))
    qs_request_page_show_error (self, error);
  if (found == NULL || self->people == NULL)
    return 0;
  name = qs_client_dup_display_name (QS_CLIENT (found));
  g_ptr_array_add (self->people, g_object_ref (found));
  gtk_string_list_append (GTK_STRING_LIST (adw_combo_row_get_model (self->assignee_row)), name);
  return self->people->len;
}

static guint
department_position (QsRequestPage *self, const char *id)
{
  for (guint i = 0; id != NULL && self->departments != NULL && i < self->departments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->departments, i)), id) == 0)
      return i + 1;
  return 0;
}

/* The settings ------------------------------------------------------- */

/* The reference of the calendar of deadlines whose charter names none,
 * or "". */
static char *
default_calendar (QsRequestPage *self)
{
  GSettings *settings = self->context != NULL ? qs_context_get_settings (self->context) : NULL;

  return settings != NULL ? g_settings_get_string (settings, "default-calendar") : g_strdup ("");
}

static double
at_risk_share (QsRequestPage *self)
{
  GSettings *settings = self->context != NULL ? qs_context_get_settings (self->context) : NULL;

  return settings != NULL ? g_settings_get_double (settings, "at-risk-share")
                          : QS_DEADLINE_DEFAULT_AT_RISK_SHARE;
}

static void
load_hours (QsRequestPage *self)
{
  g_autofree char *default_ref = default_calendar (self);
  QsEntity        *request = QS_ENTITY (self->request);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->hours, qs_business_hours_unref);
  self->hours = qs_request_repository_get_hours (
    self->store, qs_entity_get_string (request, QS_REQUEST_FIELD_CALENDAR_ID),
    qs_entity_get_string (request, QS_REQUEST_FIELD_DEPARTMENT_ID),
    *default_ref != '\0' ? default_ref : NULL, &error);
  /* Without a calendar the dates are still shown, only not the time left. */
  if (self->hours == NULL && error != NULL)
    g_debug ("No business clock for the request: %s", error->message);
}

static void
set_state_class (GtkWidget *label, QsDeadlineState state)
{
  const char *classes[] = { "error", "warning", "success", "dim-label" };
  const char *wanted = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);
  switch (state)
    {
    case QS_DEADLINE_OVERDUE:
    case QS_DEADLINE_MISSED:
      wanted = "error";
      break;
    case QS_DEADLINE_AT_RISK:
      wanted = "warning";
      break;
    case QS_DEADLINE_MET:
      wanted = "success";
      break;
    case QS_DEADLINE_NONE:
    case QS_DEADLINE_ON_TRACK:
    default:
      wanted = "dim-label";
      break;
    }
  gtk_widget_add_css_class (label, wanted);
}

/* One deadline: its date as subtitle, the business time left (or how
 * late it is) beside it, coloured by its state. While paused, the time
 * left is frozen at the pause. */
static void
fill_deadline (QsRequestPage *self,
               AdwActionRow  *row,
               GtkLabel      *left_label,
               gint64         due,
               gint64         done_at,
               gint64         paused_at)
{
  QsEntity        *request = QS_ENTITY (self->request);
  gint64           received = qs_entity_get_int (request, QS_REQUEST_FIELD_RECEIVED_AT);
  gint64           now = paused_at != 0 ? paused_at : qs_store_now (self->store);
  QsLanguage       language = qs_interface_language ();
  g_autofree char *due_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *left_text = NULL;
  QsDeadlineState  state = QS_DEADLINE_NONE;
  QsRequestStatus  status = qs_entity_get_enum (request, QS_REQUEST_FIELD_STATUS);

  if (due == 0)
    {
      adw_action_row_set_subtitle (row, _ ("No deadline applies"));
      gtk_label_set_label (left_label, "");
      set_state_class (GTK_WIDGET (left_label), QS_DEADLINE_NONE);
      return;
    }

  due_text = qs_request_page_format_instant (self, due);
  /* A request closed or rejected before this step no longer counts. */
  if (done_at == 0 && !qs_request_status_is_open (status))
    {
      /* Translators: %s is a date and time */
      subtitle = g_strdup_printf (_ ("Due %s"), due_text);
      adw_action_row_set_subtitle (row, subtitle);
      gtk_label_set_label (left_label, _ ("No longer counted"));
      set_state_class (GTK_WIDGET (left_label), QS_DEADLINE_NONE);
      return;
    }
  if (done_at != 0)
    {
      g_autofree char *done_text = qs_request_page_format_instant (self, done_at);

      /* Translators: a due date, then when it was done */
      subtitle = g_strdup_printf (_ ("Due %s · done %s"), due_text, done_text);
    }
  else if (paused_at != 0)
    /* Translators: %s is a date and time; the clock stops while waiting on the client */
    subtitle = g_strdup_printf (_ ("Due %s · clock paused"), due_text);
  else
    /* Translators: %s is a date and time */
    subtitle = g_strdup_printf (_ ("Due %s"), due_text);
  adw_action_row_set_subtitle (row, subtitle);

  if (self->hours != NULL)
    {
      state = qs_deadline_state (self->hours, received, due, done_at, now, at_risk_share (self));
      if (state == QS_DEADLINE_MET)
        left_text = g_strdup (_ ("On time"));
      else if (state == QS_DEADLINE_MISSED)
        left_text = g_strdup (_ ("Late"));
      else
        left_text =
          qs_deadline_format_countdown (self->hours, now, due, language, QS_COUNTDOWN_ON_PAGE);
    }
  gtk_label_set_label (left_label, left_text != NULL ? left_text : "");
  set_state_class (GTK_WIDGET (left_label), state);
}

static void
fill_explanation (QsRequestPage *self)
{
  g_autoptr (QsRequestDesk) desk = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  /* Only worked out when someone opens it. */
  if (!adw_expander_row_get_expanded (self->explain_row) || self->request == NULL)
    return;
  desk = qs_request_desk_new (self->store);
  text = qs_request_desk_explain (desk, self->request, qs_interface_language (), &error);
  gtk_label_set_label (self->explain_label, text != NULL ? text : error->message);
}

static void
on_explain_expanded_cb (QsRequestPage *self)
{
  fill_explanation (self);
}

static void
fill_client (QsRequestPage *self)
{
  QsEntity        *request = QS_ENTITY (self->request);
  const char      *client_id = qs_entity_get_string (request, QS_REQUEST_FIELD_CLIENT_ID);
  gboolean         confidential = qs_entity_get_boolean (request, QS_REQUEST_FIELD_CONFIDENTIAL);
  g_autofree char *name = NULL;

  if (client_id == NULL)
    name = g_strdup (_ ("Anonymous"));
  else if (confidential && self->revealed_name == NULL)
    name = g_strdup (_ ("Hidden: the request is confidential"));
  else if (confidential)
    name = g_strdup (self->revealed_name);
  else
    name = qs_request_page_dup_person_name (self, client_id);
  adw_action_row_set_subtitle (self->client_row, name);
  gtk_widget_set_visible (self->reveal_button,
                          client_id != NULL && confidential && self->revealed_name == NULL);
}

static void
set_text_row (AdwActionRow *row, const char *text)
{
  adw_action_row_set_subtitle (row, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
}

static void
fill_guide (QsRequestPage *self)
{
  QsEntity *request = QS_ENTITY (self->request);
  gboolean  complaint =
    qs_entity_get_enum (request, QS_REQUEST_FIELD_KIND) == QS_REQUEST_KIND_COMPLAINT;
  guint done =
    qs_handling_guide_parse (qs_entity_get_string (request, QS_REQUEST_FIELD_HANDLING_GUIDE));

  gtk_widget_set_visible (GTK_WIDGET (self->guide_group), complaint);
  for (guint i = 0; i < QS_GUIDE_N_STEPS; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->guide_checks[i]), (done & (1u << i)) != 0);
}

static void
update_status_chip (QsRequestPage *self, QsRequestStatus status)
{
  const char *classes[] = { "draft", "published", "archived" };
  const char *wanted;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  if (status == QS_REQUEST_STATUS_REJECTED)
    wanted = "archived";
  else if (status == QS_REQUEST_STATUS_RESOLVED || status == QS_REQUEST_STATUS_CLIENT_INFORMED ||
           status == QS_REQUEST_STATUS_CLOSED)
    wanted = "published";
  else
    wanted = "draft";
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), wanted);
  gtk_label_set_label (self->status_label, qs_enum_label (QS_TYPE_REQUEST_STATUS, status));
}

/**
 * qs_request_page_refresh:
 *
 * Fills every part of the page from the request and its events.
 */
void
qs_request_page_refresh (QsRequestPage *self)
{
  QsEntity        *request = QS_ENTITY (self->request);
  const char      *subject;
  const char      *ref;
  const char      *description;
  QsRequestStatus  status;
  g_autofree char *received = NULL;

  if (self->request == NULL || self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      qs_request_page_update_actions (self);
      return;
    }

  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->stack, "request");
  subject = qs_entity_get_string (request, QS_REQUEST_FIELD_SUBJECT);
  ref = qs_entity_get_string (request, QS_REQUEST_FIELD_REF);
  status = qs_entity_get_enum (request, QS_REQUEST_FIELD_STATUS);
  gtk_label_set_label (self->title_label, subject != NULL ? subject : ref);
  gtk_label_set_label (self->ref_label, ref != NULL ? ref : "");
  gtk_label_set_label (
    self->kind_label,
    qs_enum_label (QS_TYPE_REQUEST_KIND, qs_entity_get_enum (request, QS_REQUEST_FIELD_KIND)));
  update_status_chip (self, status);
  gtk_widget_set_visible (GTK_WIDGET (self->confidential_label),
                          qs_entity_get_boolean (request, QS_REQUEST_FIELD_CONFIDENTIAL));

  fill_deadline (self, self->ack_row, self->ack_left_label,
                 qs_entity_get_int (request, QS_REQUEST_FIELD_ACK_DUE_AT),
                 qs_entity_get_int (request, QS_REQUEST_FIELD_ACKNOWLEDGED_AT), 0);
  fill_deadline (self, self->resolution_row, self->resolution_left_label,
                 qs_entity_get_int (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT),
                 qs_entity_get_int (request, QS_REQUEST_FIELD_RESOLVED_AT),
                 qs_entity_get_int (request, QS_REQUEST_FIELD_PAUSED_AT));
  fill_explanation (self);
  qs_request_page_fill_survey (self);
  qs_request_page_fill_origin (self);

  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), subject != NULL ? subject : "");
  description = qs_entity_get_string (request, QS_REQUEST_FIELD_DESCRIPTION);
  adw_action_row_set_subtitle (self->description_row,
                               description != NULL ? description : _ ("No description yet"));
  fill_client (self);
  adw_combo_row_set_selected (
    self->department_row,
    department_position (self, qs_entity_get_string (request, QS_REQUEST_FIELD_DEPARTMENT_ID)));
  adw_combo_row_set_selected (self->problem_row,
                              qs_entity_get_enum (request, QS_REQUEST_FIELD_PROBLEM));
  adw_combo_row_set_selected (self->priority_row,
                              qs_entity_get_enum (request, QS_REQUEST_FIELD_PRIORITY));
  adw_combo_row_set_selected (
    self->assignee_row,
    assignee_position (self, qs_entity_get_string (request, QS_REQUEST_FIELD_ASSIGNEE_ID)));
  adw_action_row_set_subtitle (
    self->channel_row,
    qs_enum_label (QS_TYPE_CHANNEL, qs_entity_get_enum (request, QS_REQUEST_FIELD_CHANNEL)));
  received = qs_request_page_format_instant (
    self, qs_entity_get_int (request, QS_REQUEST_FIELD_RECEIVED_AT));
  adw_action_row_set_subtitle (self->received_row, received);
  set_text_row (self->resolution_text_row,
                qs_entity_get_string (request, QS_REQUEST_FIELD_RESOLUTION));
  set_text_row (self->reject_row, qs_entity_get_string (request, QS_REQUEST_FIELD_REJECT_REASON));
  fill_guide (self);
  qs_request_page_fill_history (self);
  self->loading = FALSE;

  qs_request_page_update_actions (self);
}

/* Editing ------------------------------------------------------------- */

/**
 * qs_request_page_set_field:
 * @value: (nullable): a string, a nick for enumerations
 *
 * Stores one field of the request, with its event, and says so.
 */
void
qs_request_page_set_field (QsRequestPage *self, guint field, const char *value)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *actor = NULL;

  if (self->loading || self->request == NULL)
    return;
  /* Enumerations are compared by their callers. */
  if (G_VALUE_HOLDS_STRING (qs_entity_get_value (QS_ENTITY (self->request), field)) &&
      g_strcmp0 (qs_entity_get_string (QS_ENTITY (self->request), field), value) == 0)
    return;
  actor = qs_request_page_dup_actor (self);
  if (!qs_request_repository_set_field (self->store, self->request, field, value, actor,
                                        qs_store_now (self->store), &error))
    {
      qs_request_page_show_error (self, error);
      qs_request_page_refresh (self);
      return;
    }
  /* Another department may count on another calendar. */
  if (field == QS_REQUEST_FIELD_DEPARTMENT_ID)
    load_hours (self);
  qs_request_page_refresh (self);
  qs_request_page_toast (self, _ ("Request saved"));
  qs_request_page_emit_changed (self);
}

static void
on_subject_apply_cb (QsRequestPage *self)
{
  g_autofree char *text =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));

  qs_request_page_set_field (self, QS_REQUEST_FIELD_SUBJECT, text);
}

static void
on_combo_selected_cb (AdwComboRow *row, GParamSpec *pspec, QsRequestPage *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || self->request == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row == self->department_row)
    qs_request_page_set_field (
      self, QS_REQUEST_FIELD_DEPARTMENT_ID,
      selected > 0 && self->departments != NULL && selected <= self->departments->len
        ? qs_entity_get_id (g_ptr_array_index (self->departments, selected - 1))
        : NULL);
  else if (row == self->assignee_row)
    qs_request_page_set_field (self, QS_REQUEST_FIELD_ASSIGNEE_ID,
                               selected > 0 && self->people != NULL && selected <= self->people->len
                                 ? qs_entity_get_id (g_ptr_array_index (self->people, selected - 1))
                                 : NULL);
  else if (row == self->priority_row &&
           (int) selected !=
             qs_entity_get_enum (QS_ENTITY (self->request), QS_REQUEST_FIELD_PRIORITY))
    qs_request_page_set_field (self, QS_REQUEST_FIELD_PRIORITY,
                               qs_enum_nick (QS_TYPE_PRIORITY, selected));
  else if (row == self->problem_row &&
           (int) selected !=
             qs_entity_get_enum (QS_ENTITY (self->request), QS_REQUEST_FIELD_PROBLEM))
    qs_request_page_set_field (self, QS_REQUEST_FIELD_PROBLEM,
                               qs_enum_nick (QS_TYPE_PROBLEM, selected));
}

static void
on_guide_toggled_cb (GtkCheckButton *check, QsRequestPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *actor = NULL;
  guint            done = 0;

  if (self->loading || self->request == NULL)
    return;
  for (guint i = 0; i < QS_GUIDE_N_STEPS; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->guide_checks[i])))
      done |= 1u << i;
  actor = qs_request_page_dup_actor (self);
  if (!qs_request_repository_set_guide (self->store, self->request, done, actor,
                                        qs_store_now (self->store), &error))
    {
      qs_request_page_show_error (self, error);
      qs_request_page_refresh (self);
      return;
    }
  /* Only the history changes: the ticks are already as stored. */
  self->loading = TRUE;
  qs_request_page_fill_history (self);
  self->loading = FALSE;
  qs_request_page_emit_changed (self);
}

static void
on_comment_apply_cb (QsRequestPage *self)
{
  g_autofree char *text =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comment_row))));

  if (*text == '\0')
    return;
  if (gtk_widget_activate_action (GTK_WIDGET (self), "request.comment", "s", text) &&
      gtk_revealer_get_reveal_child (self->message_revealer) == FALSE)
    gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
}

static void
build_guide (QsRequestPage *self)
{
  for (guint i = 0; i < QS_GUIDE_N_STEPS; i++)
    {
      GtkWidget *row =
        g_object_new (ADW_TYPE_ACTION_ROW, "title", qs_guide_step_get_label (i), "subtitle",
                      qs_guide_step_get_hint (i), "use-markup", FALSE, "subtitle-lines", 0, NULL);
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_guide_toggled_cb), self, 0);
      adw_preferences_group_add (self->guide_group, row);
      self->guide_checks[i] = check;
    }
}

/* The object ---------------------------------------------------------- */

GtkWidget *
qs_request_page_new (void)
{
  return g_object_new (QS_TYPE_REQUEST_PAGE, NULL);
}

QsStore *
qs_request_page_get_store (QsRequestPage *self)
{
  g_return_val_if_fail (QS_IS_REQUEST_PAGE (self), NULL);

  return self->store;
}

/* Returns: (transfer none) (nullable) */
QsContext *
qs_request_page_get_context (QsRequestPage *self)
{
  g_return_val_if_fail (QS_IS_REQUEST_PAGE (self), NULL);

  return self->context;
}

void
qs_request_page_set_context (QsRequestPage *self, QsContext *context)
{
  QsStore *store;

  g_return_if_fail (QS_IS_REQUEST_PAGE (self));
  g_return_if_fail (context == NULL || QS_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  store = context != NULL ? qs_context_get_store (context) : NULL;
  g_set_object (&self->store, store);
  g_clear_object (&self->request);
  g_clear_pointer (&self->revealed_name, g_free);
  load_lists (self);
  qs_request_page_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

QsRequest *
qs_request_page_get_request (QsRequestPage *self)
{
  g_return_val_if_fail (QS_IS_REQUEST_PAGE (self), NULL);

  return self->request;
}

/**
 * qs_request_page_set_request:
 * @request: (nullable): the request to show
 *
 * The page changes @request in place as actions are taken on it.
 */
void
qs_request_page_set_request (QsRequestPage *self, QsRequest *request)
{
  gboolean same_id;

  g_return_if_fail (QS_IS_REQUEST_PAGE (self));
  g_return_if_fail (request == NULL || QS_IS_REQUEST (request));

  same_id = self->request != NULL && request != NULL &&
            g_strcmp0 (qs_entity_get_id (QS_ENTITY (self->request)),
                       qs_entity_get_id (QS_ENTITY (request))) == 0;
  if (!g_set_object (&self->request, request))
    return;

  /* A revealed identity is for the request it was revealed on only. */
  if (!same_id)
    {
      g_clear_pointer (&self->revealed_name, g_free);
      hide_message (self);
      gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
      adw_expander_row_set_expanded (self->explain_row, FALSE);
    }
  if (self->store != NULL && self->departments == NULL)
    load_lists (self);
  g_clear_pointer (&self->hours, qs_business_hours_unref);
  if (self->request != NULL && self->store != NULL)
    load_hours (self);
  qs_request_page_refresh (self);
  if (!same_id)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST]);
}

static void
qs_request_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsRequestPage *self = QS_REQUEST_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_request_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  QsRequestPage *self = QS_REQUEST_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      qs_request_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_REQUEST:
      qs_request_page_set_request (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_request_page_dispose (GObject *object)
{
  QsRequestPage *self = QS_REQUEST_PAGE (object);

  /* The bin unparents its child itself: let it, before the template
   * drops its own reference to the stack. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_REQUEST_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->request);
  g_clear_pointer (&self->hours, qs_business_hours_unref);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->revealed_name, g_free);
  g_clear_pointer (&self->origin_feedback_id, g_free);

  G_OBJECT_CLASS (qs_request_page_parent_class)->dispose (object);
}

static void
qs_request_page_class_init (QsRequestPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_request_page_dispose;
  object_class->get_property = qs_request_page_get_property;
  object_class->set_property = qs_request_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, QS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, QS_TYPE_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QsRequestPage::changed:
   *
   * Emitted after the page stored a change to the request.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  qs_requests_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               QS_REQUESTS_RESOURCE_PATH "qs-request-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, stack);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, ref_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, confidential_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, reject_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, ack_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, ack_left_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, letter_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, resolution_left_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, extend_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, explain_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, survey_group);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, origin_group);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, origin_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, origin_arrow);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, survey_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, survey_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, explain_label);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, subject_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, description_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, description_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, client_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, department_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, problem_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, priority_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, assignee_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, channel_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, received_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, resolution_text_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, reject_row);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, guide_group);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, QsRequestPage, comment_row);
  gtk_widget_class_bind_template_callback (widget_class, on_message_dismiss_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_subject_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_apply_cb);

  qs_request_page_class_init_actions (widget_class);
  qs_request_page_class_init_survey (widget_class);
}

static void
qs_request_page_init (QsRequestPage *self)
{
  AdwComboRow *combos[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading = TRUE;
  combos[0] = self->department_row;
  combos[1] = self->problem_row;
  combos[2] = self->priority_row;
  combos[3] = self->assignee_row;
  qs_requests_setup_problem_row (self->problem_row);
  qs_requests_setup_enum_row (self->priority_row, QS_TYPE_PRIORITY, 0);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    g_signal_connect_object (combos[i], "notify::selected", G_CALLBACK (on_combo_selected_cb), self,
                             0);
  g_signal_connect_object (self->explain_row, "notify::expanded",
                           G_CALLBACK (on_explain_expanded_cb), self, G_CONNECT_SWAPPED);
  build_guide (self);
  self->loading = FALSE;
  qs_request_page_refresh (self);
}
