/* qs-survey-answers-dialog.c — questionnaires filled in on paper, typed in one after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator with a pile of paper forms (or printed e-mails) types
 * each one in: the respondent's department and the day it was answered,
 * the person's address unless the questionnaire is anonymous, then one
 * row per question, built from the questionnaire's questions. Save and
 * Next saves the form through qs_survey_repository_record_responses(),
 * the one path for answers, and clears the answers for the next form;
 * the department and the day stay, as they are often the same for a
 * whole pile. What is refused is said above the form, and nothing is
 * cleared.
 *
 * Signals: "recorded" (guint: the forms saved so far in this dialog).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-calendar-words.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-survey-answers-dialog.h"
#include "qs-survey-repository.h"
#include "qs-view.h"

/* One question of the form and the widgets that answer it. */
typedef struct
{
  QsEntity      *question;
  QsQuestionKind kind;
  AdwComboRow   *score_row;    /* the answer; a barometer question's level perceived */
  AdwComboRow   *expected_row; /* a barometer question's level expected, else NULL */
  GtkTextView   *text_view;    /* a text question's */
} Question;

struct _QsSurveyAnswersDialog
{
  AdwWindow parent_instance;

  QsContext *context;
  QsSurvey  *survey;
  GPtrArray *questions;      /* Question */
  GPtrArray *department_ids; /* the department row's, after "Not given" */
  guint      n_saved;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkScrolledWindow   *scrolled;
  GtkLabel            *reason_label;
  GtkLabel            *saved_label;
  AdwPreferencesGroup *respondent_group;
  AdwComboRow         *department_row;
  GtkMenuButton       *day_button;
  GtkCalendar         *calendar;
  AdwEntryRow         *email_row;
  GtkBox              *questions_box;
};

G_DEFINE_FINAL_TYPE (QsSurveyAnswersDialog, qs_survey_answers_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
question_free (gpointer data)
{
  Question *question = data;

  g_clear_object (&question->question);
  g_free (question);
}

static void
say (QsSurveyAnswersDialog *self, const char *reason)
{
  gtk_label_set_text (self->reason_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->saved_label), FALSE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static void
on_day_selected_cb (QsSurveyAnswersDialog *self)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr (GString) label = g_string_new (NULL);

  qs_calendar_words_append_date (label, g_date_time_get_day_of_month (day),
                                 g_date_time_get_month (day), g_date_time_get_year (day),
                                 qs_interface_language ());
  gtk_menu_button_set_label (self->day_button, label->str);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->day_button));
}

/* A drop-down of answers, "No answer" first, its choice under its title
 * (read whole at 360 px). */
static AdwComboRow *
answer_row (const char *title, const char *question_text, const char *const *choices)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  /* Translators: the first choice of an answer: the form leaves the question blank */
  gtk_string_list_append (model, _ ("No answer"));
  for (guint i = 0; choices[i] != NULL; i++)
    gtk_string_list_append (model, choices[i]);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_use_subtitle (row, TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  question_text, -1);
  return row;
}

/* The choices of a scale of 1 to 5: satisfaction, or for a barometer
 * question a level. */
static void
fill_scale_choices (GPtrArray *choices, gboolean barometer)
{
  if (barometer)
    {
      /* Translators: the lowest level of a barometer question (expected or perceived) */
      g_ptr_array_add (choices, g_strdup (_ ("1 – Very low")));
      g_ptr_array_add (choices, g_strdup ("2"));
      g_ptr_array_add (choices, g_strdup ("3"));
      g_ptr_array_add (choices, g_strdup ("4"));
      /* Translators: the highest level of a barometer question (expected or perceived) */
      g_ptr_array_add (choices, g_strdup (_ ("5 – Very high")));
      return;
    }
  g_ptr_array_add (choices, g_strdup (_ ("1 – Very dissatisfied")));
  g_ptr_array_add (choices, g_strdup (_ ("2 – Dissatisfied")));
  /* Translators: the middle of a satisfaction scale of 1 to 5 */
  g_ptr_array_add (choices, g_strdup (_ ("3 – Neutral")));
  g_ptr_array_add (choices, g_strdup (_ ("4 – Satisfied")));
  g_ptr_array_add (choices, g_strdup (_ ("5 – Very satisfied")));
}

static void
fill_recommendation_choices (GPtrArray *choices)
{
  /* Translators: the lowest answer of "would you recommend…", from 0 to 10 */
  g_ptr_array_add (choices, g_strdup (_ ("0 – Not at all likely")));
  for (guint i = 1; i < 10; i++)
    g_ptr_array_add (choices, g_strdup_printf ("%u", i));
  /* Translators: the highest answer of "would you recommend…", from 0 to 10 */
  g_ptr_array_add (choices, g_strdup (_ ("10 – Extremely likely")));
}

/* The widgets of @question, in a group titled with its number and text. */
static void
add_question (QsSurveyAnswersDialog *self, QsEntity *entity, guint number)
{
  Question            *question = g_new0 (Question, 1);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char          *text =
    qs_survey_question_get_text (QS_SURVEY_QUESTION (entity), qs_interface_language ());
  const char *category = qs_entity_get_string (entity, QS_SURVEY_QUESTION_FIELD_CATEGORY);
  g_autoptr (GPtrArray) choices = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;

  question->question = g_object_ref (entity);
  question->kind = qs_entity_get_enum (entity, QS_SURVEY_QUESTION_FIELD_KIND);
  if (text == NULL)
    text = "";
  /* Translators: a question of a questionnaire: %1$u is its number, %2$s its text */
  title = g_strdup_printf (_ ("%1$u. %2$s"), number, text);
  adw_preferences_group_set_title (group, title);

  switch (question->kind)
    {
    case QS_QUESTION_KIND_TEXT:
      {
        GtkWidget *frame = gtk_frame_new (NULL);
        GtkWidget *view = gtk_text_view_new ();

        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
        gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
        gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
        gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
        gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
        gtk_widget_set_size_request (view, -1, 96);
        gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                        -1);
        gtk_frame_set_child (GTK_FRAME (frame), view);
        adw_preferences_group_add (group, frame);
        question->text_view = GTK_TEXT_VIEW (view);
      }
      break;
    case QS_QUESTION_KIND_RECOMMENDATION:
      fill_recommendation_choices (choices);
      g_ptr_array_add (choices, NULL);
      /* Translators: the title of the drop-down that gives a question's answer */
      question->score_row = answer_row (_ ("Answer"), title, (const char *const *) choices->pdata);
      adw_preferences_group_add (group, GTK_WIDGET (question->score_row));
      break;
    case QS_QUESTION_KIND_YES_NO:
      g_ptr_array_add (choices, g_strdup (_ ("Yes")));
      g_ptr_array_add (choices, g_strdup (_ ("No")));
      g_ptr_array_add (choices, NULL);
      question->score_row = answer_row (_ ("Answer"), title, (const char *const *) choices->pdata);
      adw_preferences_group_add (group, GTK_WIDGET (question->score_row));
      break;
    case QS_QUESTION_KIND_SCALE:
    default:
      fill_scale_choices (choices, category != NULL);
      g_ptr_array_add (choices, NULL);
      if (category != NULL)
        {
          int value = qs_enum_from_nick (QS_TYPE_CATEGORY, category);

          if (value >= 0)
            {
              g_autofree char *description =
                /* Translators: %s is one of the charter's categories, "Courtesy" */
                g_strdup_printf (_ ("Barometer: %s"), qs_enum_label (QS_TYPE_CATEGORY, value));

              adw_preferences_group_set_description (group, description);
            }
          question->expected_row =
            /* Translators: the level of service the respondent expected */
            answer_row (_ ("Expected"), title, (const char *const *) choices->pdata);
          adw_preferences_group_add (group, GTK_WIDGET (question->expected_row));
          question->score_row =
            /* Translators: the level of service the respondent perceived */
            answer_row (_ ("Perceived"), title, (const char *const *) choices->pdata);
        }
      else
        question->score_row =
          answer_row (_ ("Answer"), title, (const char *const *) choices->pdata);
      adw_preferences_group_add (group, GTK_WIDGET (question->score_row));
      break;
    }
  gtk_box_append (self->questions_box, GTK_WIDGET (group));
  g_ptr_array_add (self->questions, question);
}

/* The score chosen in @row, or NAN for "No answer". */
static double
chosen_score (Question *question, AdwComboRow *row)
{
  guint selected = row != NULL ? adw_combo_row_get_selected (row) : GTK_INVALID_LIST_POSITION;

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0)
    return NAN;
  switch (question->kind)
    {
    case QS_QUESTION_KIND_RECOMMENDATION:
      return selected - 1;
    case QS_QUESTION_KIND_YES_NO:
      return selected == 1 ? 1 : 0;
    case QS_QUESTION_KIND_SCALE:
    case QS_QUESTION_KIND_TEXT:
    default:
      return selected;
    }
}

static char *
get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* The day chosen in the calendar, as a date. */
static void
chosen_day (QsSurveyAnswersDialog *self, GDate *date)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (self->calendar);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
}

/* Noon of the chosen day in the database's zone, as a sheet's
 * "submitted" column gives it: the day is what counts. */
static gint64
submitted_at (QsSurveyAnswersDialog *self)
{
  GDate date;
  g_autoptr (GDateTime) noon = NULL;

  chosen_day (self, &date);
  noon = g_date_time_new (qs_context_get_timezone (self->context), g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
  return g_date_time_to_unix (noon) * G_USEC_PER_SEC;
}

/* The day is not after today. */
static gboolean
check_day (QsSurveyAnswersDialog *self, GError **error)
{
  g_autoptr (GDateTime) now = qs_context_now_local (self->context);
  GDate chosen, today;

  chosen_day (self, &chosen);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (g_date_compare (&chosen, &today) > 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The day answered is after today: choose the day the form was "
                              "filled in."));
      return FALSE;
    }
  return TRUE;
}

/* The person of the typed address, in @client (NULL when none was
 * typed); FALSE with a sentence when no one has it. */
static gboolean
find_respondent (QsSurveyAnswersDialog *self, QsEntity **client, GError **error)
{
  g_autofree char *email =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));

  *client = NULL;
  if (*email == '\0' || qs_entity_get_boolean (QS_ENTITY (self->survey), QS_SURVEY_FIELD_ANONYMOUS))
    return TRUE;
  if (!qs_directory_email_is_valid (email))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   /* Translators: %s is what was typed as the respondent's e-mail */
                   _ ("“%s” is not an e-mail address."), email);
      return FALSE;
    }
  if (!qs_repository_find_first (
        qs_store_get_repository (qs_context_get_store (self->context), QS_TYPE_CLIENT),
        "email = ? COLLATE NOCASE", g_variant_new ("(s)", email), NULL, client, error))
    return FALSE;
  if (*client == NULL)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                   /* Translators: %s is the respondent's e-mail, as typed */
                   _ ("No one in the directory has the address “%s”: check it, or leave it "
                      "empty."),
                   email);
      return FALSE;
    }
  return TRUE;
}

/* The answer to @question, or NULL when the form leaves it blank. */
static QsSurveyAnswer *
read_answer (Question *question)
{
  QsSurveyAnswer  *answer;
  double           score = NAN, expected = NAN;
  g_autofree char *text = NULL;

  if (question->text_view != NULL)
    {
      text = get_text (question->text_view);
      if (*text == '\0')
        return NULL;
    }
  else
    {
      score = chosen_score (question, question->score_row);
      expected = chosen_score (question, question->expected_row);
      if (isnan (score) && isnan (expected))
        return NULL;
    }
  answer = qs_survey_answer_new ();
  qs_entity_set_string (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_QUESTION_ID,
                        qs_entity_get_id (question->question));
  qs_entity_set_double (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_SCORE, score);
  qs_entity_set_double (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE, expected);
  qs_entity_set_string (QS_ENTITY (answer), QS_SURVEY_ANSWER_FIELD_TEXT, text);
  return answer;
}

/* The form as a response then its answers; NULL with a sentence when it
 * cannot be saved. */
static GPtrArray *
read_form (QsSurveyAnswersDialog *self, GError **error)
{
  g_autoptr (GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsEntity) client = NULL;
  QsEntity *response = QS_ENTITY (qs_survey_response_new ());
  guint     department = adw_combo_row_get_selected (self->department_row);

  g_ptr_array_add (entities, response);
  for (guint i = 0; i < self->questions->len; i++)
    {
      QsSurveyAnswer *answer = read_answer (g_ptr_array_index (self->questions, i));

      if (answer != NULL)
        g_ptr_array_add (entities, answer);
    }
  if (entities->len == 1)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID, _ ("Enter at least one answer."));
      return NULL;
    }
  if (!check_day (self, error) || !find_respondent (self, &client, error))
    return NULL;

  qs_entity_set_string (response, QS_SURVEY_RESPONSE_FIELD_SURVEY_ID,
                        qs_entity_get_id (QS_ENTITY (self->survey)));
  qs_entity_set_int (response, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT, submitted_at (self));
  if (department != GTK_INVALID_LIST_POSITION && department > 0 &&
      department <= self->department_ids->len)
    qs_entity_set_string (response, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID,
                          g_ptr_array_index (self->department_ids, department - 1));
  else if (client != NULL)
    /* Not given on the form: the person's own. */
    qs_entity_set_string (response, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID,
                          qs_entity_get_string (client, QS_CLIENT_FIELD_DEPARTMENT_ID));
  if (client != NULL)
    qs_entity_set_string (response, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID, qs_entity_get_id (client));
  return g_steal_pointer (&entities);
}

/* Blank answers for the next form; the department and the day stay. */
static void
clear_answers (QsSurveyAnswersDialog *self)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      Question *question = g_ptr_array_index (self->questions, i);

      if (question->score_row != NULL)
        adw_combo_row_set_selected (question->score_row, 0);
      if (question->expected_row != NULL)
        adw_combo_row_set_selected (question->expected_row, 0);
      if (question->text_view != NULL)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (question->text_view), "", -1);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), "");
}

static void
focus_first_question (QsSurveyAnswersDialog *self)
{
  Question *question;

  if (self->questions->len == 0)
    return;
  question = g_ptr_array_index (self->questions, 0);
  if (question->expected_row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (question->expected_row));
  else if (question->score_row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (question->score_row));
  else if (question->text_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (question->text_view));
}

static void
save_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsSurveyAnswersDialog *self = QS_SURVEY_ANSWERS_DIALOG (widget);
  g_autoptr (GPtrArray) responses =
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GError) error = NULL;
  g_autofree char *saved = NULL;
  GPtrArray       *form = read_form (self, &error);

  if (form == NULL)
    {
      say (self, error->message);
      return;
    }
  g_ptr_array_add (responses, form);
  if (!qs_survey_repository_record_responses (qs_context_get_store (self->context), self->survey,
                                              responses, &error))
    {
      say (self, error->message);
      return;
    }

  self->n_saved++;
  clear_answers (self);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), FALSE);
  /* Translators: %u is how many forms were entered so far in this window: "Form 3 saved." */
  saved = g_strdup_printf (_ ("Form %u saved."), self->n_saved);
  gtk_label_set_text (self->saved_label, saved);
  gtk_widget_set_visible (GTK_WIDGET (self->saved_label), TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  focus_first_question (self);
  g_signal_emit (self, signals[SIGNAL_RECORDED], 0, self->n_saved);
}

static void
close_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* "Not given", then the live departments by name. */
static void
load_departments (QsSurveyAnswersDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) departments =
    qs_directory_repository_get_departments_by_name (qs_context_get_store (self->context), &error);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  /* Translators: the respondent's department, when the form does not say */
  gtk_string_list_append (names, _ ("Not given"));
  if (departments == NULL)
    say (self, error->message);
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (departments, i);

      g_ptr_array_add (self->department_ids, g_strdup (qs_entity_get_id (department)));
      gtk_string_list_append (names, qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
}

static void
load_questions (QsSurveyAnswersDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) questions =
    qs_survey_repository_get_questions (qs_context_get_store (self->context), self->survey, &error);

  if (questions == NULL)
    {
      say (self, error->message);
      return;
    }
  for (guint i = 0; i < questions->len; i++)
    add_question (self, g_ptr_array_index (questions, i), i + 1);
}

static void
qs_survey_answers_dialog_dispose (GObject *object)
{
  QsSurveyAnswersDialog *self = QS_SURVEY_ANSWERS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_SURVEY_ANSWERS_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->survey);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->department_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_survey_answers_dialog_parent_class)->dispose (object);
}

static void
qs_survey_answers_dialog_class_init (QsSurveyAnswersDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_survey_answers_dialog_dispose;

  signals[SIGNAL_RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  qs_view_ensure_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/surveys/qs-survey-answers-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, scrolled);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, saved_label);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, respondent_group);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, day_button);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyAnswersDialog, questions_box);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "survey-answers.save", NULL, save_activated_cb);
  gtk_widget_class_install_action (widget_class, "survey-answers.close", NULL, close_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "survey-answers.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "survey-answers.save", NULL);
}

static void
qs_survey_answers_dialog_init (QsSurveyAnswersDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->questions = g_ptr_array_new_with_free_func (question_free);
  self->department_ids = g_ptr_array_new_with_free_func (g_free);
}

GtkWidget *
qs_survey_answers_dialog_new (QsContext *context, QsSurvey *survey)
{
  QsSurveyAnswersDialog *self;
  QsEntity              *entity = QS_ENTITY (survey);
  const char            *title;
  g_autoptr (GDateTime) today = NULL;

  g_return_val_if_fail (QS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (QS_IS_SURVEY (survey), NULL);

  self = g_object_new (QS_TYPE_SURVEY_ANSWERS_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->survey = g_object_ref (survey);

  title = qs_survey_get_title (survey, qs_interface_language ());
  adw_window_title_set_subtitle (
    self->window_title, title != NULL ? title : qs_entity_get_string (entity, QS_SURVEY_FIELD_REF));
  if (qs_entity_get_boolean (entity, QS_SURVEY_FIELD_ANONYMOUS))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->email_row), FALSE);
      adw_preferences_group_set_description (
        self->respondent_group,
        _ ("This questionnaire is anonymous: no name is kept, and only the day."));
    }

  load_departments (self);
  load_questions (self);
  today = qs_context_now_local (context);
  gtk_calendar_select_day (self->calendar, today);
  on_day_selected_cb (self);
  return GTK_WIDGET (self);
}
