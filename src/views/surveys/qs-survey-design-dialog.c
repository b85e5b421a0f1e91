/* qs-survey-design-dialog.c — designing a new questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reference (the next free SURVEY-YEAR-N is suggested), titles in both
 * languages, the department asking, whether it is anonymous, the days it
 * opens and closes; who is asked (everyone, some departments, or the
 * people whose request was closed in a period); and its questions, each
 * of a kind, a scale question perhaps a barometer one of the charter's
 * categories. Creating goes through qs_survey_repository_create(), which
 * checks the reference, the questions and the languages the audience
 * reads; the dialog checks before only what the store cannot say well
 * (no department ticked, days in the wrong order). A refusal is said
 * above the form, and the dialog stays open with everything typed.
 *
 * Signals: "created" (QsSurvey *), then the dialog closes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-calendar-words.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-survey-design-dialog.h"
#include "qs-survey-question.h"
#include "qs-survey-repository.h"
#include "qs-survey.h"
#include "qs-view.h"

/* As many as a questionnaire read from a file may have. */
#define MAX_QUESTIONS 200

/* The kinds of question, in the order the kind row offers them. */
static const struct
{
  QsQuestionKind kind;
  const char    *label;
} kinds[] = {
  { QS_QUESTION_KIND_SCALE, N_ ("Scale from 1 to 5") },
  { QS_QUESTION_KIND_RECOMMENDATION, N_ ("Recommendation from 0 to 10") },
  { QS_QUESTION_KIND_YES_NO, N_ ("Yes or no") },
  { QS_QUESTION_KIND_TEXT, N_ ("Free text") },
};

/* The rows of one question; owned by its expander row (object data). */
typedef struct
{
  AdwExpanderRow *row;
  AdwComboRow    *kind_row;
  AdwComboRow    *category_row;
  AdwEntryRow    *fr_row;
  AdwEntryRow    *en_row;
  GtkWidget      *remove_button;
} Question;

struct _QsSurveyDesignDialog
{
  AdwWindow parent_instance;

  QsContext *context;
  GPtrArray *department_ids; /* the department row's, after "All departments" */
  GPtrArray *audience_rows;  /* a check row per department, in the same order */
  GPtrArray *questions;      /* Question, in order; borrowed from their rows */
  gboolean   closes_chosen;  /* the closing day was chosen, not derived */
  gboolean   syncing;        /* the dialog, not the person, chooses a day */

  /* Template widgets */
  GtkLabel            *reason_label;
  AdwEntryRow         *ref_row;
  AdwEntryRow         *title_fr_row;
  AdwEntryRow         *title_en_row;
  AdwComboRow         *department_row;
  GtkSwitch           *anonymous_switch;
  GtkMenuButton       *opens_button;
  GtkCalendar         *opens_calendar;
  GtkMenuButton       *closes_button;
  GtkCalendar         *closes_calendar;
  AdwPreferencesGroup *audience_group;
  AdwComboRow         *audience_row;
  GtkWidget           *from_row;
  GtkMenuButton       *from_button;
  GtkCalendar         *from_calendar;
  GtkWidget           *to_row;
  GtkMenuButton       *to_button;
  GtkCalendar         *to_calendar;
  AdwPreferencesGroup *questions_group;
};

G_DEFINE_FINAL_TYPE (QsSurveyDesignDialog, qs_survey_design_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
say (QsSurveyDesignDialog *self, const char *reason)
{
  gtk_label_set_text (self->reason_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
}

/* The calendar's day as "YYYY-MM-DD". */
static char *
dup_day (GtkCalendar *calendar)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (calendar);
  int year, month, day_of_month;

  g_date_time_get_ymd (day, &year, &month, &day_of_month);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day_of_month);
}

/* The button shows the calendar's day, in words; the popover closes. */
static void
show_day (GtkMenuButton *button, GtkCalendar *calendar)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (calendar);
  g_autoptr (GString) label = g_string_new (NULL);
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  qs_calendar_words_append_date (label, g_date_time_get_day_of_month (day),
                                 g_date_time_get_month (day), g_date_time_get_year (day),
                                 qs_interface_language ());
  gtk_menu_button_set_label (button, label->str);
  if (popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover)))
    gtk_popover_popdown (popover);
}

/* Chooses @day on behalf of the person. */
static void
set_day (QsSurveyDesignDialog *self, GtkMenuButton *button, GtkCalendar *calendar, GDateTime *day)
{
  self->syncing = TRUE;
  gtk_calendar_select_day (calendar, day);
  show_day (button, calendar);
  self->syncing = FALSE;
}

/* Until the person chooses a closing day, it is a month after the
 * opening. */
static void
on_opens_selected_cb (QsSurveyDesignDialog *self)
{
  show_day (self->opens_button, self->opens_calendar);
  if (!self->closes_chosen && !self->syncing)
    {
      g_autoptr (GDateTime) opens = gtk_calendar_get_date (self->opens_calendar);
      g_autoptr (GDateTime) closes = g_date_time_add_months (opens, 1);

      set_day (self, self->closes_button, self->closes_calendar, closes);
    }
}

static void
on_closes_selected_cb (QsSurveyDesignDialog *self)
{
  show_day (self->closes_button, self->closes_calendar);
  if (!self->syncing)
    self->closes_chosen = TRUE;
}

static void
on_from_selected_cb (QsSurveyDesignDialog *self)
{
  show_day (self->from_button, self->from_calendar);
}

static void
on_to_selected_cb (QsSurveyDesignDialog *self)
{
  show_day (self->to_button, self->to_calendar);
}

/* The rows of the audience chosen, and only those. */
static void
on_audience_changed_cb (QsSurveyDesignDialog *self)
{
  QsSurveyAudience audience = adw_combo_row_get_selected (self->audience_row);

  for (guint i = 0; i < self->audience_rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->audience_rows, i),
                            audience == QS_SURVEY_AUDIENCE_DEPARTMENTS);
  gtk_widget_set_visible (self->from_row, audience == QS_SURVEY_AUDIENCE_CLOSED_REQUESTS);
  gtk_widget_set_visible (self->to_row, audience == QS_SURVEY_AUDIENCE_CLOSED_REQUESTS);
}

static QsQuestionKind
question_kind (Question *question)
{
  guint i = adw_combo_row_get_selected (question->kind_row);

  return i < G_N_ELEMENTS (kinds) ? kinds[i].kind : QS_QUESTION_KIND_SCALE;
}

/* Only a scale question may be a barometer one. */
static void
on_kind_changed_cb (Question *question)
{
  gtk_widget_set_visible (GTK_WIDGET (question->category_row),
                          question_kind (question) == QS_QUESTION_KIND_SCALE);
}

/* The text of @row, stripped; NULL when there is none. */
static char *
dup_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* A closed question shows its words in the interface's language, else
 * in the other. */
static void
on_text_changed_cb (Question *question)
{
  gboolean         english = qs_interface_language () == QS_LANGUAGE_EN;
  g_autofree char *first = dup_text (english ? question->en_row : question->fr_row);
  g_autofree char *second = dup_text (english ? question->fr_row : question->en_row);

  adw_expander_row_set_subtitle (question->row, first != NULL    ? first
                                                : second != NULL ? second
                                                                 : "");
}

/* Questions are numbered as they stand; the last one stays. */
static void
renumber_questions (QsSurveyDesignDialog *self)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      Question        *question = g_ptr_array_index (self->questions, i);
      g_autofree char *title =
        /* Translators: %u is a question's number in its questionnaire */
        g_strdup_printf (_ ("Question %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (question->row), title);
      gtk_widget_set_sensitive (question->remove_button, self->questions->len > 1);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "survey-design.add-question",
                                 self->questions->len < MAX_QUESTIONS);
}

static void
on_remove_clicked_cb (GtkWidget *button, QsSurveyDesignDialog *self)
{
  Question *question = g_object_get_data (G_OBJECT (button), "qs-question");

  if (self->questions->len <= 1)
    return;
  g_ptr_array_remove (self->questions, question);
  /* Frees @question with its row. */
  adw_preferences_group_remove (self->questions_group, GTK_WIDGET (question->row));
  renumber_questions (self);
}

static AdwEntryRow *
add_entry_row (AdwExpanderRow *row, const char *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_expander_row_add_row (row, entry);
  return ADW_ENTRY_ROW (entry);
}

static Question *
add_question (QsSurveyDesignDialog *self)
{
  Question *question = g_new0 (Question, 1);
  g_autoptr (GtkStringList) kind_labels = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) categories = gtk_string_list_new (NULL);
  GEnumClass *category_class = g_type_class_ref (QS_TYPE_CATEGORY);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_labels, _ (kinds[i].label));
  /* Translators: a scale question that is none of the barometer's categories */
  gtk_string_list_append (categories, C_ ("category", "None"));
  for (guint i = 0; i < category_class->n_values; i++)
    gtk_string_list_append (categories, qs_enum_label (QS_TYPE_CATEGORY, (int) i));
  g_type_class_unref (category_class);

  question->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  /* The subtitle is the question as typed, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (question->row), FALSE);
  adw_expander_row_set_expanded (question->row, TRUE);
  g_object_set_data_full (G_OBJECT (question->row), "qs-question", question, g_free);

  question->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (question->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (question->remove_button, "flat");
  gtk_widget_set_tooltip_text (question->remove_button, _ ("Remove Question"));
  g_object_set_data (G_OBJECT (question->remove_button), "qs-question", question);
  g_signal_connect (question->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_expander_row_add_action (question->row, question->remove_button);

  question->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (question->kind_row), _ ("Kind"));
  adw_combo_row_set_model (question->kind_row, G_LIST_MODEL (kind_labels));
  g_signal_connect_swapped (question->kind_row, "notify::selected", G_CALLBACK (on_kind_changed_cb),
                            question);
  adw_expander_row_add_row (question->row, GTK_WIDGET (question->kind_row));

  question->category_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (question->category_row),
                                 _ ("Barometer category"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (question->category_row),
                               _ ("Asks the level expected and the level perceived"));
  adw_combo_row_set_model (question->category_row, G_LIST_MODEL (categories));
  adw_expander_row_add_row (question->row, GTK_WIDGET (question->category_row));

  question->fr_row = add_entry_row (question->row, _ ("Text in French"));
  question->en_row = add_entry_row (question->row, _ ("Text in English"));
  g_signal_connect_swapped (question->fr_row, "changed", G_CALLBACK (on_text_changed_cb), question);
  g_signal_connect_swapped (question->en_row, "changed", G_CALLBACK (on_text_changed_cb), question);

  adw_preferences_group_add (self->questions_group, GTK_WIDGET (question->row));
  g_ptr_array_add (self->questions, question);
  on_kind_changed_cb (question);
  renumber_questions (self);
  return question;
}

static void
add_question_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsSurveyDesignDialog *self = QS_SURVEY_DESIGN_DIALOG (widget);
  Question             *question;

  if (self->questions->len >= MAX_QUESTIONS)
    return;
  question = add_question (self);
  gtk_widget_grab_focus (GTK_WIDGET (question->fr_row));
}

/* The questions as entities, in order. */
static GPtrArray *
build_questions (QsSurveyDesignDialog *self)
{
  GPtrArray *questions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->questions->len; i++)
    {
      Question        *question = g_ptr_array_index (self->questions, i);
      QsEntity        *entity = QS_ENTITY (qs_survey_question_new ());
      QsQuestionKind   kind = question_kind (question);
      guint            category = adw_combo_row_get_selected (question->category_row);
      g_autofree char *fr = dup_text (question->fr_row);
      g_autofree char *en = dup_text (question->en_row);

      qs_entity_set_enum (entity, QS_SURVEY_QUESTION_FIELD_KIND, kind);
      if (kind == QS_QUESTION_KIND_SCALE && category != GTK_INVALID_LIST_POSITION && category > 0)
        qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_CATEGORY,
                              qs_enum_nick (QS_TYPE_CATEGORY, (int) category - 1));
      qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_TEXT_FR, fr);
      qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_TEXT_EN, en);
      g_ptr_array_add (questions, entity);
    }
  return questions;
}

/* The ids of the departments ticked. */
static GPtrArray *
ticked_departments (QsSurveyDesignDialog *self)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->audience_rows->len; i++)
    {
      GtkCheckButton *check =
        g_object_get_data (g_ptr_array_index (self->audience_rows, i), "qs-check");

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (ids, g_strdup (g_ptr_array_index (self->department_ids, i)));
    }
  return ids;
}

static void
create_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsSurveyDesignDialog *self = QS_SURVEY_DESIGN_DIALOG (widget);
  QsStore              *store = qs_context_get_store (self->context);
  g_autoptr (QsSurvey) survey = qs_survey_new ();
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) department_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  QsEntity        *entity = QS_ENTITY (survey);
  QsSurveyAudience audience = adw_combo_row_get_selected (self->audience_row);
  guint            department = adw_combo_row_get_selected (self->department_row);
  g_autofree char *ref = dup_text (self->ref_row);
  g_autofree char *title_fr = dup_text (self->title_fr_row);
  g_autofree char *title_en = dup_text (self->title_en_row);
  g_autofree char *opens = dup_day (self->opens_calendar);
  g_autofree char *closes = dup_day (self->closes_calendar);

  if (strcmp (closes, opens) < 0)
    {
      say (self, _ ("The questionnaire closes before it opens."));
      return;
    }
  qs_entity_set_string (entity, QS_SURVEY_FIELD_REF, ref);
  qs_entity_set_string (entity, QS_SURVEY_FIELD_TITLE_FR, title_fr);
  qs_entity_set_string (entity, QS_SURVEY_FIELD_TITLE_EN, title_en);
  if (department != GTK_INVALID_LIST_POSITION && department > 0 &&
      department <= self->department_ids->len)
    qs_entity_set_string (entity, QS_SURVEY_FIELD_DEPARTMENT_ID,
                          g_ptr_array_index (self->department_ids, department - 1));
  qs_entity_set_boolean (entity, QS_SURVEY_FIELD_ANONYMOUS,
                         gtk_switch_get_active (self->anonymous_switch));
  qs_entity_set_string (entity, QS_SURVEY_FIELD_OPENS_ON, opens);
  qs_entity_set_string (entity, QS_SURVEY_FIELD_CLOSES_ON, closes);
  qs_entity_set_enum (entity, QS_SURVEY_FIELD_STATUS, QS_SURVEY_STATUS_DRAFT);

  switch (audience)
    {
    case QS_SURVEY_AUDIENCE_DEPARTMENTS:
      g_ptr_array_unref (department_ids);
      department_ids = ticked_departments (self);
      if (department_ids->len == 0)
        {
          say (self, _ ("Choose at least one department."));
          return;
        }
      break;
    case QS_SURVEY_AUDIENCE_CLOSED_REQUESTS:
      {
        g_autofree char *from = dup_day (self->from_calendar);
        g_autofree char *to = dup_day (self->to_calendar);

        if (strcmp (to, from) < 0)
          {
            say (self, _ ("The period of closed requests ends before it begins."));
            return;
          }
        qs_entity_set_string (entity, QS_SURVEY_FIELD_AUDIENCE_FROM, from);
        qs_entity_set_string (entity, QS_SURVEY_FIELD_AUDIENCE_TO, to);
      }
      break;
    case QS_SURVEY_AUDIENCE_EVERYONE:
    default:
      audience = QS_SURVEY_AUDIENCE_EVERYONE;
      break;
    }
  qs_entity_set_enum (entity, QS_SURVEY_FIELD_AUDIENCE, audience);

  questions = build_questions (self);
  if (!qs_survey_repository_create (store, survey, questions, department_ids,
                                    qs_context_get_timezone (self->context), &error))
    {
      say (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_CREATED], 0, survey);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* The live departments: the one asking, and a check row each for an
 * audience of departments. */
static void
load_departments (QsSurveyDesignDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) departments =
    qs_directory_repository_get_departments_by_name (qs_context_get_store (self->context), &error);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _ ("All departments"));
  if (departments == NULL)
    {
      say (self, error->message);
      adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
      return;
    }
  for (guint i = 0; i < departments->len; i++)
    {
      QsEntity   *department = g_ptr_array_index (departments, i);
      const char *name = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME);
      GtkWidget  *row = adw_action_row_new ();
      GtkWidget  *check = gtk_check_button_new ();

      g_ptr_array_add (self->department_ids, g_strdup (qs_entity_get_id (department)));
      gtk_string_list_append (names, name);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "qs-check", check);
      adw_preferences_group_add (self->audience_group, row);
      g_ptr_array_add (self->audience_rows, row);
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
}

/* SURVEY-YEAR-N, the first N no questionnaire has, even deleted (a
 * reference stays taken). */
static void
suggest_ref (QsSurveyDesignDialog *self, GDateTime *today)
{
  QsRepository *surveys =
    qs_store_get_repository (qs_context_get_store (self->context), QS_TYPE_SURVEY);
  g_autoptr (GError) error = NULL;

  for (guint n = 1; n < 10000; n++)
    {
      /* Translators: the reference suggested for a new questionnaire, "SURVEY-2026-1"; keep
       * it in capitals without spaces */
      g_autofree char *ref =
        g_strdup_printf (_ ("SURVEY-%1$d-%2$u"), g_date_time_get_year (today), n);
      gint64 taken = qs_repository_count (surveys, "ref = ?", g_variant_new ("(s)", ref),
                                          QS_QUERY_INCLUDE_DELETED, &error);

      if (taken < 0 || error != NULL)
        {
          say (self, error != NULL ? error->message : _ ("The questionnaires could not be read."));
          return;
        }
      if (taken == 0)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->ref_row), ref);
          return;
        }
    }
}

static void
qs_survey_design_dialog_dispose (GObject *object)
{
  QsSurveyDesignDialog *self = QS_SURVEY_DESIGN_DIALOG (object);

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->audience_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_SURVEY_DESIGN_DIALOG);
  g_clear_object (&self->context);
  g_clear_pointer (&self->department_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_survey_design_dialog_parent_class)->dispose (object);
}

static void
qs_survey_design_dialog_class_init (QsSurveyDesignDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_survey_design_dialog_dispose;

  signals[SIGNAL_CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_SURVEY);

  qs_view_ensure_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/surveys/qs-survey-design-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, ref_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, title_fr_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, title_en_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, anonymous_switch);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, opens_button);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, opens_calendar);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, closes_button);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, closes_calendar);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, audience_group);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, audience_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, from_button);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, to_button);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, QsSurveyDesignDialog, questions_group);
  gtk_widget_class_bind_template_callback (widget_class, on_opens_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_closes_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_from_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_to_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_audience_changed_cb);

  gtk_widget_class_install_action (widget_class, "survey-design.create", NULL, create_activated_cb);
  gtk_widget_class_install_action (widget_class, "survey-design.cancel", NULL, cancel_activated_cb);
  gtk_widget_class_install_action (widget_class, "survey-design.add-question", NULL,
                                   add_question_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "survey-design.cancel",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "survey-design.create", NULL);
}

static void
qs_survey_design_dialog_init (QsSurveyDesignDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->department_ids = g_ptr_array_new_with_free_func (g_free);
  self->audience_rows = g_ptr_array_new ();
  self->questions = g_ptr_array_new ();
}

GtkWidget *
qs_survey_design_dialog_new (QsContext *context)
{
  QsSurveyDesignDialog *self;
  g_autoptr (GDateTime) today = NULL;
  g_autoptr (GDateTime) month_ago = NULL;
  g_autoptr (GDateTime) month_later = NULL;

  g_return_val_if_fail (QS_IS_CONTEXT (context), NULL);

  self = g_object_new (QS_TYPE_SURVEY_DESIGN_DIALOG, NULL);
  self->context = g_object_ref (context);
  today = qs_context_now_local (context);
  month_ago = g_date_time_add_months (today, -1);
  month_later = g_date_time_add_months (today, 1);
  load_departments (self);
  suggest_ref (self, today);
  set_day (self, self->opens_button, self->opens_calendar, today);
  set_day (self, self->closes_button, self->closes_calendar, month_later);
  set_day (self, self->from_button, self->from_calendar, month_ago);
  set_day (self, self->to_button, self->to_calendar, today);
  on_audience_changed_cb (self);
  add_question (self);
  return GTK_WIDGET (self);
}
