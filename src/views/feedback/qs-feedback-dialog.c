/* qs-feedback-dialog.c — recording what a client said, from any channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The channel, the day it came in, the department it is about and the
 * one it came from, the request it is about, a rating and the words. A
 * suggestion box or a comment book is anonymous unless the person says
 * otherwise. Recording goes through qs_feedback_desk_record(); what it
 * refuses is said above the form, and the dialog stays open.
 *
 * Signals: "recorded" (QsFeedback *), then the dialog closes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-calendar-words.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-feedback-desk.h"
#include "qs-feedback-dialog.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-view.h"

struct _QsFeedbackDialog
{
  AdwWindow parent_instance;

  QsContext *context;
  GPtrArray *provider_ids;   /* the provider row's, in order */
  GPtrArray *department_ids; /* the from row's, after "Not given" */
  GArray    *sources;        /* QsFeedbackSource of each channel row */

  /* Template widgets */
  GtkLabel      *reason_label;
  AdwComboRow   *channel_row;
  GtkMenuButton *day_button;
  GtkCalendar   *calendar;
  AdwComboRow   *provider_row;
  AdwComboRow   *from_row;
  AdwEntryRow   *request_row;
  GtkSwitch     *anonymous_switch;
  AdwComboRow   *rating_row;
  AdwComboRow   *language_row;
  GtkTextView   *comment_view;
};

G_DEFINE_FINAL_TYPE (QsFeedbackDialog, qs_feedback_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static QsFeedbackSource
selected_source (QsFeedbackDialog *self)
{
  guint i = adw_combo_row_get_selected (self->channel_row);

  return i < self->sources->len ? g_array_index (self->sources, QsFeedbackSource, i)
                                : QS_FEEDBACK_SOURCE_SUGGESTION_BOX;
}

/* What is put in a box or a book is anonymous; what is said face to face
 * or about a request is not, unless the person asks. */
static void
on_channel_changed_cb (QsFeedbackDialog *self)
{
  QsFeedbackSource source = selected_source (self);

  gtk_switch_set_active (self->anonymous_switch, source == QS_FEEDBACK_SOURCE_SUGGESTION_BOX ||
                                                   source == QS_FEEDBACK_SOURCE_COMMENT_BOOK);
}

static void
on_day_selected_cb (QsFeedbackDialog *self)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (self->calendar);
  GString *label = g_string_new (NULL);

  qs_calendar_words_append_date (label, g_date_time_get_day_of_month (day),
                                 g_date_time_get_month (day), g_date_time_get_year (day),
                                 qs_interface_language ());
  gtk_menu_button_set_label (self->day_button, label->str);
  g_string_free (label, TRUE);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->day_button));
}

/* The calendar's day: now when it is today, else noon that day, in the
 * database's zone. */
static gint64
received_at (QsFeedbackDialog *self)
{
  g_autoptr (GDateTime) chosen = gtk_calendar_get_date (self->calendar);
  g_autoptr (GDateTime) now = qs_context_now_local (self->context);
  g_autoptr (GDateTime) noon = NULL;

  if (g_date_time_get_year (chosen) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (chosen) == g_date_time_get_day_of_year (now))
    return qs_context_now (self->context);
  noon = g_date_time_new (qs_context_get_timezone (self->context), g_date_time_get_year (chosen),
                          g_date_time_get_month (chosen), g_date_time_get_day_of_month (chosen), 12,
                          0, 0);
  return g_date_time_to_unix (noon) * G_USEC_PER_SEC;
}

static char *
get_comment (QsFeedbackDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->comment_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
say (QsFeedbackDialog *self, const char *reason)
{
  gtk_label_set_text (self->reason_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
}

static void
record_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsFeedbackDialog *self = QS_FEEDBACK_DIALOG (widget);
  QsStore          *store = qs_context_get_store (self->context);
  g_autoptr (QsFeedback) feedback = qs_feedback_new ();
  g_autoptr (QsRequest) request = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *comment = get_comment (self);
  const char      *ref = gtk_editable_get_text (GTK_EDITABLE (self->request_row));
  QsEntity        *entity = QS_ENTITY (feedback);
  guint            provider = adw_combo_row_get_selected (self->provider_row);
  guint            from = adw_combo_row_get_selected (self->from_row);

  if (*g_strstrip (g_strdup (ref)) != '\0')
    {
      if (!qs_request_repository_find_by_ref (store, ref, &request, &error))
        {
          say (self, error->message);
          return;
        }
      if (request == NULL)
        {
          g_autofree char *reason =
            /* Translators: %s is a request's reference, as typed */
            g_strdup_printf (_ ("No request has the reference “%s”."), ref);

          say (self, reason);
          gtk_widget_grab_focus (GTK_WIDGET (self->request_row));
          return;
        }
      qs_entity_set_string (entity, QS_FEEDBACK_FIELD_REQUEST_ID,
                            qs_entity_get_id (QS_ENTITY (request)));
    }

  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, selected_source (self));
  if (provider < self->provider_ids->len)
    qs_entity_set_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                          g_ptr_array_index (self->provider_ids, provider));
  if (from != GTK_INVALID_LIST_POSITION && from > 0 && from <= self->department_ids->len)
    qs_entity_set_string (entity, QS_FEEDBACK_FIELD_DEPARTMENT_ID,
                          g_ptr_array_index (self->department_ids, from - 1));
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT, received_at (self));
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RATING,
                     adw_combo_row_get_selected (self->rating_row));
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT, *comment != '\0' ? comment : NULL);
  qs_entity_set_boolean (entity, QS_FEEDBACK_FIELD_ANONYMOUS,
                         gtk_switch_get_active (self->anonymous_switch));
  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_LANGUAGE,
                      adw_combo_row_get_selected (self->language_row));

  if (!qs_feedback_desk_record (store, feedback, qs_context_now (self->context), &error))
    {
      say (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_RECORDED], 0, feedback);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* The departments: providers in one row, every department in the other. */
static void
load_departments (QsFeedbackDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) departments =
    qs_directory_repository_get_departments_by_name (qs_context_get_store (self->context), &error);
  g_autoptr (GtkStringList) providers = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) all = gtk_string_list_new (NULL);

  if (departments == NULL)
    {
      say (self, error->message);
      return;
    }
  gtk_string_list_append (all, _ ("Not given"));
  for (guint i = 0; i < departments->len; i++)
    {
      QsEntity   *department = g_ptr_array_index (departments, i);
      const char *name = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME);

      g_ptr_array_add (self->department_ids, g_strdup (qs_entity_get_id (department)));
      gtk_string_list_append (all, name);
      if (qs_entity_get_boolean (department, QS_DEPARTMENT_FIELD_IS_PROVIDER))
        {
          g_ptr_array_add (self->provider_ids, g_strdup (qs_entity_get_id (department)));
          gtk_string_list_append (providers, name);
        }
    }
  adw_combo_row_set_model (self->provider_row, G_LIST_MODEL (providers));
  adw_combo_row_set_model (self->from_row, G_LIST_MODEL (all));
}

static void
qs_feedback_dialog_dispose (GObject *object)
{
  QsFeedbackDialog *self = QS_FEEDBACK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_FEEDBACK_DIALOG);
  g_clear_object (&self->context);
  g_clear_pointer (&self->provider_ids, g_ptr_array_unref);
  g_clear_pointer (&self->department_ids, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_array_unref);

  G_OBJECT_CLASS (qs_feedback_dialog_parent_class)->dispose (object);
}

static void
qs_feedback_dialog_class_init (QsFeedbackDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_feedback_dialog_dispose;

  signals[SIGNAL_RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_FEEDBACK);

  qs_view_ensure_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/feedback/qs-feedback-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, day_button);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, request_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, anonymous_switch);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, rating_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, QsFeedbackDialog, comment_view);
  gtk_widget_class_bind_template_callback (widget_class, on_channel_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "feedback-dialog.record", NULL,
                                   record_activated_cb);
  gtk_widget_class_install_action (widget_class, "feedback-dialog.cancel", NULL,
                                   cancel_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "feedback-dialog.cancel",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "feedback-dialog.record", NULL);
}

static void
qs_feedback_dialog_init (QsFeedbackDialog *self)
{
  g_autoptr (GtkStringList) channels = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) languages = gtk_string_list_new (NULL);
  GEnumClass *source_class = g_type_class_ref (QS_TYPE_FEEDBACK_SOURCE);
  GEnumClass *language_class = g_type_class_ref (QS_TYPE_LANGUAGE);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->provider_ids = g_ptr_array_new_with_free_func (g_free);
  self->department_ids = g_ptr_array_new_with_free_func (g_free);
  self->sources = g_array_new (FALSE, FALSE, sizeof (QsFeedbackSource));

  /* A questionnaire's answers are entered with the questionnaire. */
  for (guint i = 0; i < source_class->n_values; i++)
    if ((QsFeedbackSource) i != QS_FEEDBACK_SOURCE_QUESTIONNAIRE)
      {
        QsFeedbackSource source = i;

        g_array_append_val (self->sources, source);
        gtk_string_list_append (channels, qs_enum_label (QS_TYPE_FEEDBACK_SOURCE, (int) i));
      }
  for (guint i = 0; i < language_class->n_values; i++)
    gtk_string_list_append (languages, qs_enum_label (QS_TYPE_LANGUAGE, (int) i));
  g_type_class_unref (source_class);
  g_type_class_unref (language_class);
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
  adw_combo_row_set_selected (self->language_row, qs_interface_language ());
  on_channel_changed_cb (self);
}

GtkWidget *
qs_feedback_dialog_new (QsContext *context)
{
  QsFeedbackDialog *self;
  g_autoptr (GDateTime) today = NULL;

  g_return_val_if_fail (QS_IS_CONTEXT (context), NULL);

  self = g_object_new (QS_TYPE_FEEDBACK_DIALOG, NULL);
  self->context = g_object_ref (context);
  load_departments (self);
  today = qs_context_now_local (context);
  gtk_calendar_select_day (self->calendar, today);
  on_day_selected_cb (self);
  return GTK_WIDGET (self);
}
