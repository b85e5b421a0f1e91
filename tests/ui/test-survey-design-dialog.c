/* test-survey-design-dialog.c — a new questionnaire, designed as a coordinator would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the requests fixture: Human Resources provides services, Finance
 * does not; Marie Tremblay (French) and John Smith (English) work in
 * Finance. The store's clock shows Wednesday 18 November 2026, 10:00 in
 * Toronto, the context's zone.
 */
#include "config.h"

#include <adwaita.h>

#include "surveys/qs-survey-design-dialog.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-survey-repository.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"
#include "../store/requests-fixture.h"

typedef struct
{
  QsRequestsFixture base;
  QsContext        *context;
  QsSurvey         *created; /* what "created" handed out */
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) toronto = g_time_zone_new_identifier ("America/Toronto");

  qs_requests_fixture_set_up (&fixture->base, data);
  fixture->context = qs_ui_test_context_new (fixture->base.store);
  qs_context_set_timezone (fixture->context, toronto);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i - 1);

      if (QS_IS_SURVEY_DESIGN_DIALOG (window))
        gtk_window_destroy (GTK_WINDOW (window));
    }
  qs_ui_test_drain ();
  g_clear_object (&fixture->created);
  g_clear_object (&fixture->context);
  qs_requests_fixture_tear_down (&fixture->base, data);
}

static void
on_created_cb (QsSurveyDesignDialog *dialog, QsSurvey *survey, Fixture *fixture)
{
  g_set_object (&fixture->created, survey);
}

static QsSurveyDesignDialog *
open_dialog (Fixture *fixture)
{
  GtkWidget *dialog = qs_survey_design_dialog_new (fixture->context);

  g_signal_connect (dialog, "created", G_CALLBACK (on_created_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (dialog));
  qs_ui_test_drain ();
  return QS_SURVEY_DESIGN_DIALOG (dialog);
}

static gint64
n_stored (Fixture *fixture, GType type)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_repository_count (qs_store_get_repository (fixture->base.store, type), NULL, NULL,
                                  QS_QUERY_INCLUDE_DELETED, &error);

  g_assert_no_error (error);
  return n;
}

/* Nothing of a questionnaire is stored. */
static void
assert_nothing_written (Fixture *fixture)
{
  g_assert_cmpint (n_stored (fixture, QS_TYPE_SURVEY), ==, 0);
  g_assert_cmpint (n_stored (fixture, QS_TYPE_SURVEY_QUESTION), ==, 0);
  g_assert_cmpint (n_stored (fixture, QS_TYPE_SURVEY_DEPARTMENT), ==, 0);
}

/* The first row of @type under @root whose title is @title. */
static gpointer
find_row (GtkWidget *root, GType type, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (root, type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no row “%s”", title);
  return NULL;
}

static void
type_in (GtkWidget *root, const char *title, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, title)), text);
}

static const char *
text_of (GtkWidget *root, const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, title)));
}

/* Chooses the item @label of the combo row @title under @root. */
static void
choose (GtkWidget *root, const char *title, const char *label)
{
  AdwComboRow *row = find_row (root, ADW_TYPE_COMBO_ROW, title);
  GListModel  *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_error ("no “%s” in “%s”", label, title);
}

static GtkWidget *
question (QsSurveyDesignDialog *dialog, guint number)
{
  g_autofree char *title = g_strdup_printf ("Question %u", number);

  return find_row (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, title);
}

static guint
n_questions (QsSurveyDesignDialog *dialog)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, rows);
  return rows->len;
}

/* The day chosen in the calendar of row @title, as a click does. */
static void
choose_day (QsSurveyDesignDialog *dialog, const char *title, int year, int month, int day)
{
  GtkWidget     *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, title);
  GtkMenuButton *button = GTK_MENU_BUTTON (qs_ui_test_find_widget (row, GTK_TYPE_MENU_BUTTON));
  GtkWidget     *calendar = gtk_popover_get_child (gtk_menu_button_get_popover (button));
  g_autoptr (GDateTime) date = g_date_time_new_utc (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (GTK_CALENDAR (calendar), date);
}

/* A question's Remove button. */
static GtkWidget *
find_remove_button (GtkWidget *question_row)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  qs_ui_test_find_all (question_row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)),
                   "Remove Question") == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no Remove button");
  return NULL;
}

/* The day of row @title, "YYYY-MM-DD". */
static char *
day_of (QsSurveyDesignDialog *dialog, const char *title)
{
  GtkWidget     *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, title);
  GtkMenuButton *button = GTK_MENU_BUTTON (qs_ui_test_find_widget (row, GTK_TYPE_MENU_BUTTON));
  g_autoptr (GDateTime) date = gtk_calendar_get_date (
    GTK_CALENDAR (gtk_popover_get_child (gtk_menu_button_get_popover (button))));

  return g_date_time_format (date, "%Y-%m-%d");
}

static const char *
reason (QsSurveyDesignDialog *dialog)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "error"))
        return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
    }
  return NULL;
}

/* Create is pressed; the dialog refuses and stays. */
static void
create_refused (QsSurveyDesignDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "survey-design.create", NULL));
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
}

static void
create_and_wait (Fixture *fixture, QsSurveyDesignDialog *dialog)
{
  g_autoptr (GtkWidget) watched = g_object_ref (GTK_WIDGET (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "survey-design.create", NULL));
  QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_visible (watched));
  qs_ui_test_drain ();
  g_assert_nonnull (fixture->created);
}

static QsSurvey *
stored_survey (Fixture *fixture, const char *ref)
{
  g_autoptr (GError) error = NULL;
  QsSurvey *survey = NULL;

  g_assert_true (qs_survey_repository_find_by_ref (fixture->base.store, ref, &survey, &error));
  g_assert_no_error (error);
  g_assert_nonnull (survey);
  return survey;
}

/* A coordinator asks Finance, anonymously or not, two questions: a
 * barometer one on courtesy and a recommendation; the next reference
 * is suggested afterwards. */
static void
test_create (Fixture *fixture, gconstpointer data)
{
  QsSurveyDesignDialog *dialog = open_dialog (fixture);
  GtkWidget            *root = GTK_WIDGET (dialog);
  GtkWidget            *first, *second;
  GtkSwitch            *anonymous;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) links = NULL;
  g_autoptr (GError) error = NULL;
  QsEntity *entity, *q;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Questionnaire");
  g_assert_cmpstr (text_of (root, "Reference"), ==, "SURVEY-2026-1");
  g_assert_cmpuint (n_questions (dialog), ==, 1);
  g_assert_null (reason (dialog));
  anonymous = GTK_SWITCH (qs_ui_test_find_widget (root, GTK_TYPE_SWITCH));
  g_assert_true (gtk_switch_get_active (anonymous));
  /* Neither the departments nor the period show for everyone. */
  g_assert_false (gtk_widget_get_visible (find_row (root, ADW_TYPE_ACTION_ROW, "Finance")));
  g_assert_false (gtk_widget_get_visible (find_row (root, ADW_TYPE_ACTION_ROW, "From")));

  type_in (root, "Title in French", "Satisfaction des services financiers");
  type_in (root, "Title in English", "  Finance services satisfaction ");
  choose (root, "Department asking", "Human Resources");
  gtk_switch_set_active (anonymous, FALSE);
  /* A month after the opening, until the closing day is chosen. */
  {
    g_autofree char *closes = day_of (dialog, "Closes on");

    g_assert_cmpstr (closes, ==, "2026-12-18");
  }
  choose_day (dialog, "Opens on", 2026, 11, 20);
  {
    g_autofree char *closes = day_of (dialog, "Closes on");

    g_assert_cmpstr (closes, ==, "2026-12-20");
  }
  choose_day (dialog, "Closes on", 2026, 12, 31);
  choose (root, "Audience", "Some departments");
  g_assert_true (gtk_widget_get_visible (find_row (root, ADW_TYPE_ACTION_ROW, "Finance")));
  g_assert_false (gtk_widget_get_visible (find_row (root, ADW_TYPE_ACTION_ROW, "From")));
  adw_action_row_activate (find_row (root, ADW_TYPE_ACTION_ROW, "Finance"));

  first = question (dialog, 1);
  g_assert_true (
    gtk_widget_get_visible (find_row (first, ADW_TYPE_COMBO_ROW, "Barometer category")));
  choose (first, "Barometer category", "Courtesy");
  type_in (first, "Text in French", "Avez-vous été reçu avec courtoisie ?");
  type_in (first, "Text in English", "Were you treated with courtesy?");

  g_assert_true (gtk_widget_activate_action (root, "survey-design.add-question", NULL));
  g_assert_cmpuint (n_questions (dialog), ==, 2);
  second = question (dialog, 2);
  choose (second, "Kind", "Recommendation from 0 to 10");
  g_assert_false (
    gtk_widget_get_visible (find_row (second, ADW_TYPE_COMBO_ROW, "Barometer category")));
  type_in (second, "Text in French", "Recommanderiez-vous ce service ?");
  type_in (second, "Text in English", "Would you recommend this service?");

  create_and_wait (fixture, dialog);

  survey = stored_survey (fixture, "SURVEY-2026-1");
  entity = QS_ENTITY (survey);
  g_assert_cmpstr (qs_entity_get_id (entity), ==, qs_entity_get_id (QS_ENTITY (fixture->created)));
  g_assert_cmpstr (qs_entity_get_string (entity, QS_SURVEY_FIELD_TITLE_FR), ==,
                   "Satisfaction des services financiers");
  g_assert_cmpstr (qs_entity_get_string (entity, QS_SURVEY_FIELD_TITLE_EN), ==,
                   "Finance services satisfaction");
  g_assert_cmpstr (qs_entity_get_string (entity, QS_SURVEY_FIELD_DEPARTMENT_ID), ==,
                   fixture->base.department_id);
  g_assert_false (qs_entity_get_boolean (entity, QS_SURVEY_FIELD_ANONYMOUS));
  g_assert_cmpint (qs_entity_get_enum (entity, QS_SURVEY_FIELD_STATUS), ==, QS_SURVEY_STATUS_DRAFT);
  g_assert_cmpstr (qs_entity_get_string (entity, QS_SURVEY_FIELD_OPENS_ON), ==, "2026-11-20");
  g_assert_cmpstr (qs_entity_get_string (entity, QS_SURVEY_FIELD_CLOSES_ON), ==, "2026-12-31");
  g_assert_cmpint (qs_entity_get_enum (entity, QS_SURVEY_FIELD_AUDIENCE), ==,
                   QS_SURVEY_AUDIENCE_DEPARTMENTS);
  g_assert_null (qs_entity_get_string (entity, QS_SURVEY_FIELD_AUDIENCE_FROM));

  links = qs_repository_find_all (
    qs_store_get_repository (fixture->base.store, QS_TYPE_SURVEY_DEPARTMENT), "survey_id = ?",
    g_variant_new ("(s)", qs_entity_get_id (entity)), NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (links, 0), QS_SURVEY_DEPARTMENT_FIELD_DEPARTMENT_ID),
    ==, fixture->base.client_department_id);

  questions = qs_survey_repository_get_questions (fixture->base.store, survey, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 2);
  q = g_ptr_array_index (questions, 0);
  g_assert_cmpint (qs_entity_get_enum (q, QS_SURVEY_QUESTION_FIELD_KIND), ==,
                   QS_QUESTION_KIND_SCALE);
  g_assert_cmpstr (qs_entity_get_string (q, QS_SURVEY_QUESTION_FIELD_CATEGORY), ==, "courtesy");
  g_assert_cmpstr (qs_entity_get_string (q, QS_SURVEY_QUESTION_FIELD_TEXT_FR), ==,
                   "Avez-vous été reçu avec courtoisie ?");
  g_assert_cmpstr (qs_entity_get_string (q, QS_SURVEY_QUESTION_FIELD_TEXT_EN), ==,
                   "Were you treated with courtesy?");
  q = g_ptr_array_index (questions, 1);
  g_assert_cmpint (qs_entity_get_enum (q, QS_SURVEY_QUESTION_FIELD_KIND), ==,
                   QS_QUESTION_KIND_RECOMMENDATION);
  g_assert_null (qs_entity_get_string (q, QS_SURVEY_QUESTION_FIELD_CATEGORY));
  g_assert_cmpstr (qs_entity_get_string (q, QS_SURVEY_QUESTION_FIELD_TEXT_FR), ==,
                   "Recommanderiez-vous ce service ?");
  g_assert_cmpstr (qs_entity_get_string (q, QS_SURVEY_QUESTION_FIELD_TEXT_EN), ==,
                   "Would you recommend this service?");

  /* The reference is taken now: the next one is suggested. */
  dialog = open_dialog (fixture);
  g_assert_cmpstr (text_of (GTK_WIDGET (dialog), "Reference"), ==, "SURVEY-2026-2");
}

/* What is refused is said in one sentence, nothing is written and what
 * was typed stays; once put right, it is created. */
static void
test_refusals (Fixture *fixture, gconstpointer data)
{
  QsSurveyDesignDialog *dialog;
  GtkWidget            *root, *first;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GError) error = NULL;

  /* Everyone, of whom John Smith reads English. */
  qs_requests_fixture_consent (&fixture->base, fixture->base.client_fr_id);
  qs_requests_fixture_consent (&fixture->base, fixture->base.client_en_id);
  dialog = open_dialog (fixture);
  root = GTK_WIDGET (dialog);
  first = question (dialog, 1);
  type_in (root, "Reference", "BAROMETER-2026");
  type_in (root, "Title in French", "Baromètre 2026");
  type_in (first, "Text in French", "Le délai de réponse vous convient-il ?");
  choose (first, "Kind", "Yes or no");
  create_refused (dialog);
  g_assert_cmpstr (reason (dialog), ==,
                   "The title has no English text, and people of the audience read English.");
  assert_nothing_written (fixture);
  g_assert_cmpstr (text_of (root, "Title in French"), ==, "Baromètre 2026");

  /* Some departments, none ticked. */
  choose (root, "Audience", "Some departments");
  create_refused (dialog);
  g_assert_cmpstr (reason (dialog), ==, "Choose at least one department.");
  assert_nothing_written (fixture);

  /* A period of closed requests the wrong way round. */
  choose (root, "Audience", "People whose request was closed in a period");
  g_assert_true (gtk_widget_get_visible (find_row (root, ADW_TYPE_ACTION_ROW, "From")));
  g_assert_false (gtk_widget_get_visible (find_row (root, ADW_TYPE_ACTION_ROW, "Finance")));
  choose_day (dialog, "From", 2026, 10, 1);
  choose_day (dialog, "To", 2026, 9, 30);
  create_refused (dialog);
  g_assert_cmpstr (reason (dialog), ==, "The period of closed requests ends before it begins.");

  /* Closing before opening; the closing day chosen stays when the
   * opening moves. */
  choose_day (dialog, "To", 2026, 10, 31);
  choose_day (dialog, "Closes on", 2026, 11, 1);
  create_refused (dialog);
  g_assert_cmpstr (reason (dialog), ==, "The questionnaire closes before it opens.");
  choose_day (dialog, "Opens on", 2026, 10, 15);
  assert_nothing_written (fixture);

  /* A second question, the first removed: the second is the first now.
   * Then English everywhere: created, with its period. */
  g_assert_true (gtk_widget_activate_action (root, "survey-design.add-question", NULL));
  g_assert_cmpuint (n_questions (dialog), ==, 2);
  type_in (question (dialog, 2), "Text in French", "Comment pouvons-nous faire mieux ?");
  choose (question (dialog, 2), "Kind", "Free text");
  g_signal_emit_by_name (find_remove_button (question (dialog, 1)), "clicked");
  g_assert_cmpuint (n_questions (dialog), ==, 1);
  first = question (dialog, 1);
  g_assert_cmpstr (text_of (first, "Text in French"), ==, "Comment pouvons-nous faire mieux ?");
  g_assert_false (gtk_widget_get_sensitive (find_remove_button (first)));
  type_in (root, "Title in English", "Barometer 2026");
  type_in (first, "Text in English", "How can we do better?");
  create_and_wait (fixture, dialog);

  survey = stored_survey (fixture, "BAROMETER-2026");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_TITLE_EN), ==,
                   "Barometer 2026");
  g_assert_true (qs_entity_get_boolean (QS_ENTITY (survey), QS_SURVEY_FIELD_ANONYMOUS));
  g_assert_null (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_DEPARTMENT_ID));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_OPENS_ON), ==,
                   "2026-10-15");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_CLOSES_ON), ==,
                   "2026-11-01");
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (survey), QS_SURVEY_FIELD_AUDIENCE), ==,
                   QS_SURVEY_AUDIENCE_CLOSED_REQUESTS);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_AUDIENCE_FROM), ==,
                   "2026-10-01");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_AUDIENCE_TO), ==,
                   "2026-10-31");
  questions = qs_survey_repository_get_questions (fixture->base.store, survey, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 1);
  g_assert_cmpint (
    qs_entity_get_enum (g_ptr_array_index (questions, 0), QS_SURVEY_QUESTION_FIELD_KIND), ==,
    QS_QUESTION_KIND_TEXT);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (questions, 0), QS_SURVEY_QUESTION_FIELD_TEXT_EN), ==,
    "How can we do better?");
  g_assert_cmpint (n_stored (fixture, QS_TYPE_SURVEY), ==, 1);
}

/* At 360 px wide, with the departments shown and two questions open,
 * nothing asks for more. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  QsSurveyDesignDialog *dialog = open_dialog (fixture);
  GtkWidget            *root = GTK_WIDGET (dialog);
  int                   minimum = 0;

  choose (root, "Audience", "Some departments");
  g_assert_true (gtk_widget_activate_action (root, "survey-design.add-question", NULL));
  choose (question (dialog, 2), "Kind", "Recommendation from 0 to 10");
  qs_ui_test_drain ();
  gtk_widget_measure (adw_window_get_content (ADW_WINDOW (dialog)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  choose (root, "Audience", "People whose request was closed in a period");
  qs_ui_test_drain ();
  gtk_widget_measure (adw_window_get_content (ADW_WINDOW (dialog)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

int
main (int argc, char **argv)
{
  qs_ui_test_init (&argc, &argv);

  g_test_add ("/survey-design/create", Fixture, NULL, fixture_set_up, test_create,
              fixture_tear_down);
  g_test_add ("/survey-design/refusals", Fixture, NULL, fixture_set_up, test_refusals,
              fixture_tear_down);
  g_test_add ("/survey-design/narrow", Fixture, NULL, fixture_set_up, test_narrow,
              fixture_tear_down);
  return g_test_run ();
}
