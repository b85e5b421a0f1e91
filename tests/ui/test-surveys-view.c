/* test-surveys-view.c — the Questionnaires view, driven as a coordinator would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the requests fixture (Human Resources, Finance): a questionnaire
 * "BARO" of four questions — satisfaction (1–5), courtesy expected and
 * perceived (a barometer question), a recommendation (0–10), a comment
 * — answered six times from Finance and three times from Human
 * Resources, which is fewer than the anonymity threshold of 5.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "surveys/qs-survey-answers-dialog.h"
#include "surveys/qs-survey-design-dialog.h"
#include "surveys/qs-surveys-view.h"
#include "feedback/qs-feedback-view.h"
#include "qs-bar-chart.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-survey-repository.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"
#include "../store/requests-fixture.h"

typedef struct
{
  QsRequestsFixture base;
  QsWindow         *window;
  QsSurveysView    *view;
  QsSurvey         *survey;
  GPtrArray        *questions;
} Fixture;

static QsSurveyQuestion *
question (QsQuestionKind kind, const char *category, const char *en, const char *fr)
{
  QsSurveyQuestion *question = qs_survey_question_new ();

  qs_entity_set_enum (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_KIND, kind);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_CATEGORY, category);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_EN, en);
  qs_entity_set_string (QS_ENTITY (question), QS_SURVEY_QUESTION_FIELD_TEXT_FR, fr);
  return question;
}

static QsSurveyAnswer *
answer (Fixture *fixture, guint index, double score, double expected, const char *text)
{
  return qs_requests_fixture_new_answer (g_ptr_array_index (fixture->questions, index), score,
                                         expected, text);
}

/* One response from @department_id, its satisfaction @score, courtesy
 * expected 5 and perceived @score, a recommendation of 9. */
static void
respond (Fixture *fixture, const char *department_id, int score)
{
  GPtrArray        *entities = g_ptr_array_new_with_free_func (g_object_unref);
  QsSurveyResponse *response = qs_survey_response_new ();

  qs_entity_set_string (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID,
                        department_id);
  qs_entity_set_int (QS_ENTITY (response), QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT,
                     qs_requests_fixture_at ("2026-10-05T12:00:00-04:00"));
  g_ptr_array_add (entities, response);
  g_ptr_array_add (entities, answer (fixture, 0, score, NAN, NULL));
  g_ptr_array_add (entities, answer (fixture, 1, score, 5, NULL));
  g_ptr_array_add (entities, answer (fixture, 2, 9, NAN, NULL));
  g_ptr_array_add (entities, answer (fixture, 3, NAN, NAN, "Faster replies"));
  qs_requests_fixture_record_response (&fixture->base, fixture->survey, entities);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;
  static const int finance[] = { 5, 4, 4, 3, 5, 2 };

  qs_requests_fixture_set_up (&fixture->base, data);
  fixture->survey = qs_survey_new ();
  g_object_set (fixture->survey, "ref", "BARO", "title_en", "Yearly barometer", "title_fr",
                "Baromètre annuel", "opens_on", "2026-10-01", "closes_on", "2026-10-31", NULL);
  fixture->questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (fixture->questions,
                   question (QS_QUESTION_KIND_SCALE, NULL, "Satisfied?", "Satisfait ?"));
  g_ptr_array_add (fixture->questions,
                   question (QS_QUESTION_KIND_SCALE, "courtesy", "Courtesy", "Courtoisie"));
  g_ptr_array_add (fixture->questions,
                   question (QS_QUESTION_KIND_RECOMMENDATION, NULL, "Recommend?", "Recommander ?"));
  g_ptr_array_add (fixture->questions,
                   question (QS_QUESTION_KIND_TEXT, NULL, "Anything else?", "Autre chose ?"));
  g_assert_true (qs_survey_repository_create (fixture->base.store, fixture->survey,
                                              fixture->questions, NULL, utc, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (finance); i++)
    respond (fixture, fixture->base.client_department_id, finance[i]);
  for (guint i = 0; i < 3; i++)
    respond (fixture, fixture->base.department_id, 4);

  fixture->window = qs_ui_test_window_new (fixture->base.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "surveys"));
  fixture->view =
    QS_SURVEYS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_SURVEYS_VIEW));
  g_assert_nonnull (fixture->view);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  qs_ui_test_drain ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  g_clear_object (&fixture->survey);
  g_clear_pointer (&fixture->questions, g_ptr_array_unref);
  qs_requests_fixture_tear_down (&fixture->base, data);
}

/* The text of a label under @widget that starts with @prefix, or NULL. */
static const char *
find_label (GtkWidget *widget, const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget))
                          ? adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget))
                          : "",
                        prefix))
    return adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
n_charts (Fixture *fixture)
{
  g_autoptr (GPtrArray) charts = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (qs_surveys_view_get_results (fixture->view)), QS_TYPE_BAR_CHART,
                       charts);
  return charts->len;
}

static void
show_baro (Fixture *fixture)
{
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "surveys.show", "s", "BARO"));
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_surveys_view_get_page (fixture->view), ==, "survey");
  g_assert_nonnull (qs_surveys_view_get_shown (fixture->view));
}

/* The drop-down whose tooltip is @tooltip. */
static GtkDropDown *
find_drop_down (Fixture *fixture, const char *tooltip)
{
  g_autoptr (GPtrArray) drop_downs = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, drop_downs);
  for (guint i = 0; i < drop_downs->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (drop_downs, i)), tooltip) == 0)
      return g_ptr_array_index (drop_downs, i);
  g_assert_not_reached ();
}

/* The results of all nine answers: counts, averages, charts, comments. */
static void
test_results (Fixture *fixture, gconstpointer data)
{
  GtkWidget *results;

  g_assert_cmpuint (g_list_model_get_n_items (qs_surveys_view_get_list (fixture->view)), ==, 1);
  show_baro (fixture);
  results = GTK_WIDGET (qs_surveys_view_get_results (fixture->view));
  g_assert_nonnull (find_label (results, "9 answers."));
  /* (5 + 4 + 4 + 3 + 5 + 2 + 4 + 4 + 4) / 9 = 3.9 */
  g_assert_nonnull (find_label (results, "Average 3.9 of 5 · 9 answers"));
  g_assert_nonnull (find_label (results, "Expected 5.0, perceived 3.9 of 5: a gap of 1.1"));
  /* Nine answers of 9: every one a promoter, but fewer than 30. */
  g_assert_nonnull (find_label (results, "Net promoter score +100 · 9 answers: few answers"));
  g_assert_nonnull (find_label (results, "Faster replies"));
  /* Satisfaction, courtesy, recommendation. */
  g_assert_cmpuint (n_charts (fixture), ==, 3);
  /* F1 explains how to read them. */
  g_assert_cmpstr (qs_window_get_help_page (fixture->window), ==, "survey-results");
}

/* Three answers from Human Resources: filtered to them, the view shows
 * their count and nothing else; grouped, their group cannot be opened. */
static void
test_anonymity (Fixture *fixture, gconstpointer data)
{
  GtkWidget   *results;
  GtkDropDown *departments;
  GtkDropDown *grouping;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  show_baro (fixture);
  results = GTK_WIDGET (qs_surveys_view_get_results (fixture->view));
  departments = find_drop_down (fixture, "Show the Answers of One Department");
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (departments)); i++)
    if (g_str_equal (
          gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (departments)), i),
          "Human Resources"))
      gtk_drop_down_set_selected (departments, i);
  qs_ui_test_drain ();
  g_assert_nonnull (find_label (results, "3 answers: fewer than 5, so no score"));
  g_assert_null (find_label (results, "Average"));
  g_assert_null (find_label (results, "Faster replies"));
  g_assert_cmpuint (n_charts (fixture), ==, 0);

  gtk_drop_down_set_selected (departments, 0);
  grouping = find_drop_down (fixture, "Show the Results by Group");
  gtk_drop_down_set_selected (grouping, 1);
  qs_ui_test_drain ();
  qs_ui_test_find_all (results, ADW_TYPE_EXPANDER_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwExpanderRow *row = g_ptr_array_index (rows, i);
      const char     *name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      /* Finance's six would give Human Resources' three away, by
       * subtraction from the whole: neither opens. */
      g_assert_false (adw_expander_row_get_enable_expansion (row));
      g_assert_true (g_str_equal (name, "Finance") || g_str_equal (name, "Human Resources"));
    }
}

/* The barometer: courtesy, expected 5, perceived 3.9. */
static void
test_barometer (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) charts = g_ptr_array_new ();
  GtkWidget *view = GTK_WIDGET (fixture->view);

  g_assert_true (gtk_widget_activate_action (view, "surveys.show-barometer", NULL));
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_surveys_view_get_page (fixture->view), ==, "barometer");
  g_assert_null (qs_surveys_view_get_shown (fixture->view));
  qs_ui_test_find_all (view, QS_TYPE_BAR_CHART, charts);
  g_assert_cmpuint (charts->len, ==, 1);
  g_assert_cmpuint (qs_bar_chart_get_n_rows (g_ptr_array_index (charts, 0)), ==, 1);
  g_assert_nonnull (
    strstr (qs_bar_chart_get_description (g_ptr_array_index (charts, 0)), "Courtesy"));
  g_assert_nonnull (find_label (view, "Expected 5.0, perceived 3.9 of 5: a gap of 1.1"));
}

/* An answer recorded elsewhere (another window, the command line) shows
 * in the list's count and in the results. */
static void
test_follows_answers (Fixture *fixture, gconstpointer data)
{
  GtkWidget *results;

  show_baro (fixture);
  results = GTK_WIDGET (qs_surveys_view_get_results (fixture->view));
  respond (fixture, fixture->base.client_department_id, 1);
  QS_UI_TEST_WAIT_UNTIL (find_label (results, "10 answers.") != NULL);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "1 October 2026 to 31 October 2026 · "
                                                            "10 answers"));
  g_assert_cmpstr (qs_surveys_view_get_page (fixture->view), ==, "survey");
}

/* The row titled @title under @root, of @type. */
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

/* Chooses @label in the last combo row under @root, as a click does. */
static void
choose_last (GtkWidget *root, const char *label)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  AdwComboRow *row;
  GListModel  *model;

  qs_ui_test_find_all (root, ADW_TYPE_COMBO_ROW, rows);
  row = g_ptr_array_index (rows, rows->len - 1);
  model = adw_combo_row_get_model (row);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_error ("no choice “%s”", label);
}

/* A questionnaire designed from the view, then answered from it: it is
 * listed and shown at once, and its results follow the form saved. */
static void
test_design_and_answer (Fixture *fixture, gconstpointer data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkWidget *results = GTK_WIDGET (qs_surveys_view_get_results (fixture->view));
  GtkWidget *dialog;
  g_autoptr (GtkWidget) watched = NULL;

  /* Grouped by department, BARO is left for the new one. */
  show_baro (fixture);
  gtk_drop_down_set_selected (find_drop_down (fixture, "Show the Results by Group"), 1);
  g_assert_true (gtk_widget_activate_action (view, "surveys.new", NULL));
  dialog = qs_ui_test_find_toplevel (QS_TYPE_SURVEY_DESIGN_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  watched = g_object_ref (dialog);
  type_in (dialog, "Reference", "PULSE");
  type_in (dialog, "Title in French", "Pouls");
  type_in (dialog, "Title in English", "Pulse");
  type_in (dialog, "Text in French", "Satisfait ?");
  type_in (dialog, "Text in English", "Satisfied?");
  g_assert_true (gtk_widget_activate_action (dialog, "survey-design.create", NULL));
  QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_visible (watched));

  g_assert_cmpuint (g_list_model_get_n_items (qs_surveys_view_get_list (fixture->view)), ==, 2);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (qs_surveys_view_get_shown (fixture->view)),
                                         QS_SURVEY_FIELD_REF),
                   ==, "PULSE");
  /* It opens whole, not as BARO was left. */
  g_assert_cmpuint (
    gtk_drop_down_get_selected (find_drop_down (fixture, "Show the Results by Group")), ==, 0);
  g_assert_nonnull (find_label (results, "No answer yet"));

  g_assert_true (gtk_widget_activate_action (view, "surveys.enter-answers", NULL));
  dialog = qs_ui_test_find_toplevel (QS_TYPE_SURVEY_ANSWERS_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  choose_last (dialog, "4 – Satisfied");
  g_assert_true (gtk_widget_activate_action (dialog, "survey-answers.save", NULL));
  /* One answer: its count, and no score to recognise it by. */
  QS_UI_TEST_WAIT_UNTIL (find_label (results, "1 answer: fewer than 5") != NULL);
  g_assert_cmpuint (n_charts (fixture), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  qs_ui_test_drain ();
}

/* The actions open the dialogs on the questionnaire shown. */
static void
test_dialogs (Fixture *fixture, gconstpointer data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkWindow *dialog;

  /* Nothing to answer before a questionnaire is chosen. */
  gtk_widget_activate_action (view, "surveys.enter-answers", NULL);
  g_assert_null (qs_ui_test_find_toplevel (QS_TYPE_SURVEY_ANSWERS_DIALOG, TRUE));
  show_baro (fixture);
  g_assert_true (gtk_widget_activate_action (view, "surveys.enter-answers", NULL));
  dialog = qs_ui_test_find_toplevel (QS_TYPE_SURVEY_ANSWERS_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  g_assert_true (gtk_widget_activate_action (view, "surveys.new", NULL));
  dialog = qs_ui_test_find_toplevel (QS_TYPE_SURVEY_DESIGN_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  qs_ui_test_drain ();
}

/* Whether an item of @menu targets @answer_id. */
static gboolean
menu_targets (GMenuModel *menu, const char *answer_id)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GVariant) target =
        g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);

      if (target != NULL && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING) &&
          g_str_equal (g_variant_get_string (target, NULL), answer_id))
        return TRUE;
    }
  return FALSE;
}

/* The menu of the comment @answer_id (NULL: of any comment), as its
 * row's button holds it. */
static GMenuModel *
comment_menu (Fixture *fixture, const char *answer_id)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (qs_surveys_view_get_results (fixture->view)),
                       GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget  *button = g_ptr_array_index (buttons, i);
      GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

      if (g_strcmp0 (gtk_widget_get_tooltip_text (button), "Act on This Comment") == 0 &&
          gtk_widget_get_visible (button) && menu != NULL &&
          (answer_id == NULL || menu_targets (menu, answer_id)))
        return menu;
    }
  g_error ("no comment’s menu");
  return NULL;
}

/* The comment @menu acts on. */
static char *
comment_of_menu (GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *target = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      if (g_strcmp0 (action, "surveys.comment-action") == 0 &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target))
        return g_steal_pointer (&target);
    }
  g_error ("a comment’s menu proposes no improvement");
  return NULL;
}

/* Activates the item labelled @label of @menu, as a click does. */
static void
activate_item (Fixture *fixture, GMenuModel *menu, const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;
      g_autofree char *action = NULL;
      g_autoptr (GVariant) target = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label);
      if (g_strcmp0 (item_label, label) != 0)
        continue;
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_assert_true (gtk_widget_activate_action_variant (
        GTK_WIDGET (qs_surveys_view_get_results (fixture->view)), action, target));
      return;
    }
  g_error ("no item “%s”", label);
}

/* Chooses @name in @dialog's drop-down and clicks the button @button. */
static void
choose_department (AdwMessageDialog *dialog, const char *name, const char *button)
{
  GtkDropDown *departments = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  GListModel  *model = gtk_drop_down_get_model (departments);
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr (GtkWidget) watched = g_object_ref (GTK_WIDGET (dialog));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name))
      gtk_drop_down_set_selected (departments, i);
  qs_ui_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), button) == 0)
      {
        gtk_widget_activate (g_ptr_array_index (buttons, i));
        QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_visible (watched));
        return;
      }
  g_error ("no button “%s”", button);
}

/* A comment read in the results becomes a complaint: the questionnaire
 * names no department, so the coordinator says which; then an action,
 * without asking again. The comment says what it became; the complaint
 * is a click away. */
static void
test_comment_to_complaint (Fixture *fixture, gconstpointer data)
{
  GtkWidget        *results = GTK_WIDGET (qs_surveys_view_get_results (fixture->view));
  AdwMessageDialog *dialog;
  g_autoptr (GPtrArray) complaints = NULL;
  g_autofree char *answer_id = NULL;
  GtkWidget       *feedback;

  GtkWidget *comments;

  show_baro (fixture);
  answer_id = comment_of_menu (comment_menu (fixture, NULL));
  comments = qs_ui_test_find_widget (results, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (comments);
  /* Cancelled, nothing is written. */
  activate_item (fixture, comment_menu (fixture, answer_id), "Make It a Complaint");
  dialog = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  /* Nothing chosen for them: the complaint waits for a department. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "take"));
  choose_department (dialog, "Human Resources", "_Cancel");
  g_assert_null (find_label (results, "Complaint "));

  activate_item (fixture, comment_menu (fixture, answer_id), "Make It a Complaint");
  dialog = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_assert_nonnull (dialog);
  choose_department (dialog, "Human Resources", "_Make It a Complaint");
  QS_UI_TEST_WAIT_UNTIL (find_label (results, "Complaint REQ-") != NULL);
  complaints = qs_requests_fixture_complaints (&fixture->base);
  g_assert_cmpuint (complaints->len, ==, 1);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (complaints, 0), QS_REQUEST_FIELD_SUBJECT), ==,
    "Faster replies");
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (complaints, 0), QS_REQUEST_FIELD_DEPARTMENT_ID), ==,
    fixture->base.department_id);
  /* Every comment is still listed, in the same list: where it was
   * scrolled to. */
  g_assert_nonnull (find_label (results, "9 comments"));
  g_assert_true (qs_ui_test_find_widget (results, GTK_TYPE_LIST_VIEW) == comments);

  activate_item (fixture, comment_menu (fixture, answer_id), "Propose an Improvement");
  g_assert_null (qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  QS_UI_TEST_WAIT_UNTIL (find_label (results, "Complaint REQ-") != NULL &&
                         strstr (find_label (results, "Complaint REQ-"), "Improvement action") !=
                           NULL);

  /* A second action is said to be another. */
  activate_item (fixture, comment_menu (fixture, answer_id), "Propose Another Improvement");
  QS_UI_TEST_WAIT_UNTIL (strstr (find_label (results, "Complaint REQ-"), "Improvement actions") !=
                         NULL);

  activate_item (fixture, comment_menu (fixture, answer_id), "Show the Complaint");
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "requests");

  /* The feedback it was taken up as leads back to the questionnaire. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "surveys"));
  qs_ui_test_drain ();
  activate_item (fixture, comment_menu (fixture, answer_id), "Show in Feedback");
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "feedback");
  feedback = qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_FEEDBACK_VIEW);
  QS_UI_TEST_WAIT_UNTIL (find_label (feedback, "Yearly barometer") != NULL);
  g_assert_true (gtk_widget_activate_action (feedback, "feedback.open-survey", NULL));
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "surveys");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (qs_surveys_view_get_shown (fixture->view)),
                                         QS_SURVEY_FIELD_REF),
                   ==, "BARO");
}

/* At 360 px the list and the results take turns. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  AdwLeaflet *leaflet =
    ADW_LEAFLET (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), ADW_TYPE_LEAFLET));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  show_baro (fixture);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "surveys.show-list", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

int
main (int argc, char **argv)
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func)                                                                            \
  g_test_add ("/surveys-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("results", test_results);
  ADD ("anonymity", test_anonymity);
  ADD ("barometer", test_barometer);
  ADD ("follows-answers", test_follows_answers);
  ADD ("dialogs", test_dialogs);
  ADD ("design-and-answer", test_design_and_answer);
  ADD ("narrow", test_narrow);
  ADD ("comment-to-complaint", test_comment_to_complaint);
#undef ADD

  return g_test_run ();
}
