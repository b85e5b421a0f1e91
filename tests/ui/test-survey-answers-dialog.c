/* test-survey-answers-dialog.c — paper questionnaires typed in, one form after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two questionnaires with the same five questions (a scale, a barometer
 * question about courtesy, a recommendation, yes or no, and text): one
 * that names its respondents, one anonymous. Finance and Legal are
 * departments; Marie Tremblay, of Legal, is in the directory. The clock
 * stops at QS_TEST_NOW_ISO (18 November 2026) and the context's zone is
 * UTC.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "surveys/qs-survey-answers-dialog.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-survey-repository.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"

typedef struct
{
  char      *dir;
  QsStore   *store;
  QsContext *context;
  QsSurvey  *named;
  QsSurvey  *anonymous;
  char      *finance_id;
  char      *legal_id;
  char      *client_id;
} Fixture;

/* The dialog's combo rows, in order. */
enum
{
  ROW_DEPARTMENT,
  ROW_SCALE,
  ROW_EXPECTED,
  ROW_PERCEIVED,
  ROW_RECOMMENDATION,
  ROW_YES_NO,
  N_ROWS
};

static char *
add_department (Fixture *fixture, const char *ref, const char *name)
{
  g_autoptr (QsDepartment) department = qs_department_new ();

  g_object_set (department, "ref", ref, "name", name, NULL);
  qs_test_save (fixture->store, department);
  return g_strdup (qs_entity_get_id (QS_ENTITY (department)));
}

static QsSurveyQuestion *
question (QsQuestionKind kind, const char *category, const char *text_en, const char *text_fr)
{
  QsSurveyQuestion *question = qs_survey_question_new ();
  QsEntity         *entity = QS_ENTITY (question);

  qs_entity_set_enum (entity, QS_SURVEY_QUESTION_FIELD_KIND, kind);
  qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_CATEGORY, category);
  qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_TEXT_EN, text_en);
  qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_TEXT_FR, text_fr);
  return question;
}

static QsSurvey *
create_survey (Fixture *fixture, const char *ref, gboolean anonymous)
{
  g_autoptr (QsSurvey) survey = qs_survey_new ();
  g_autoptr (GPtrArray) questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  QsEntity *entity = QS_ENTITY (survey);

  qs_entity_set_string (entity, QS_SURVEY_FIELD_REF, ref);
  qs_entity_set_string (entity, QS_SURVEY_FIELD_TITLE_EN, "How did we do?");
  qs_entity_set_string (entity, QS_SURVEY_FIELD_TITLE_FR, "Comment nous en sommes-nous tirés ?");
  qs_entity_set_boolean (entity, QS_SURVEY_FIELD_ANONYMOUS, anonymous);
  g_ptr_array_add (questions,
                   question (QS_QUESTION_KIND_SCALE, NULL,
                             "Overall, how satisfied are you with the service you received from "
                             "the department this year?",
                             "Dans l’ensemble, êtes-vous satisfait du service reçu cette année ?"));
  g_ptr_array_add (questions,
                   question (QS_QUESTION_KIND_SCALE, "courtesy", "Were you treated with courtesy?",
                             "Avez-vous été traité avec courtoisie ?"));
  g_ptr_array_add (questions, question (QS_QUESTION_KIND_RECOMMENDATION, NULL,
                                        "Would you recommend us?", "Nous recommanderiez-vous ?"));
  g_ptr_array_add (questions, question (QS_QUESTION_KIND_YES_NO, NULL, "Did you read our charter?",
                                        "Avez-vous lu notre charte ?"));
  g_ptr_array_add (questions, question (QS_QUESTION_KIND_TEXT, NULL, "What should we change?",
                                        "Que devrions-nous changer ?"));
  g_assert_true (qs_survey_repository_create (fixture->store, survey, questions, NULL,
                                              qs_context_get_timezone (fixture->context), &error));
  g_assert_no_error (error);
  return g_steal_pointer (&survey);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (QsClient) client = qs_client_new ();
  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("qs-survey-answers-dialog-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  fixture->context = qs_ui_test_context_new (fixture->store);
  qs_context_set_timezone (fixture->context, utc);
  fixture->finance_id = add_department (fixture, "FIN", "Finance");
  fixture->legal_id = add_department (fixture, "LEG", "Legal");
  g_object_set (client, "given-name", "Marie", "family-name", "Tremblay", "email",
                "marie.tremblay@example.org", "department-id", fixture->legal_id, NULL);
  qs_test_save (fixture->store, client);
  fixture->client_id = g_strdup (qs_entity_get_id (QS_ENTITY (client)));
  fixture->named = create_survey (fixture, "AFTER-2026", FALSE);
  fixture->anonymous = create_survey (fixture, "BARO-2026", TRUE);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  qs_ui_test_drain ();
  g_clear_object (&fixture->named);
  g_clear_object (&fixture->anonymous);
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->finance_id);
  g_free (fixture->legal_id);
  g_free (fixture->client_id);
}

static void
on_recorded_cb (QsSurveyAnswersDialog *dialog, guint n_responses, gpointer user_data)
{
  *(guint *) user_data = n_responses;
}

static QsSurveyAnswersDialog *
open_dialog (Fixture *fixture, QsSurvey *survey, guint *n_recorded)
{
  QsSurveyAnswersDialog *dialog =
    QS_SURVEY_ANSWERS_DIALOG (qs_survey_answers_dialog_new (fixture->context, survey));

  g_signal_connect (dialog, "recorded", G_CALLBACK (on_recorded_cb), n_recorded);
  gtk_window_present (GTK_WINDOW (dialog));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  qs_ui_test_drain ();
  return dialog;
}

static AdwComboRow *
combo (QsSurveyAnswersDialog *dialog, guint index)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, rows);
  g_assert_cmpuint (rows->len, ==, N_ROWS);
  return g_ptr_array_index (rows, index);
}

/* Chooses the item of @row whose words are @label, as a click does. */
static void
choose (QsSurveyAnswersDialog *dialog, guint index, const char *label)
{
  AdwComboRow *row = combo (dialog, index);
  GListModel  *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_error ("no choice “%s”", label);
}

static const char *
chosen (QsSurveyAnswersDialog *dialog, guint index)
{
  AdwComboRow *row = combo (dialog, index);

  return gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row)),
                                     adw_combo_row_get_selected (row));
}

static GtkTextBuffer *
comment_buffer (QsSurveyAnswersDialog *dialog)
{
  return gtk_text_view_get_buffer (
    GTK_TEXT_VIEW (qs_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW)));
}

static char *
comment (QsSurveyAnswersDialog *dialog)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (comment_buffer (dialog), &start, &end);
  return gtk_text_buffer_get_text (comment_buffer (dialog), &start, &end, FALSE);
}

static GtkEditable *
email_row (QsSurveyAnswersDialog *dialog)
{
  return GTK_EDITABLE (qs_ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
}

/* The text of a mapped label of @widget that starts with @prefix. */
static const char *
find_label (GtkWidget *widget, const char *prefix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save (QsSurveyAnswersDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "survey-answers.save", NULL));
  qs_ui_test_drain ();
}

/* The stored responses of @survey, and how many answers in all. */
static GPtrArray *
responses_of (Fixture *fixture, QsSurvey *survey)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *found = qs_repository_find_all (
    qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_RESPONSE), "survey_id = ?",
    g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (survey))), NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  return found;
}

static gint64
n_answers (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_repository_count (qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER),
                                  NULL, NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  return n;
}

/* The answers of @response, in the order of the questions. */
static GPtrArray *
answers_of (Fixture *fixture, QsSurvey *survey, QsEntity *response)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) questions =
    qs_survey_repository_get_questions (fixture->store, survey, &error);
  g_autoptr (GPtrArray) answers = qs_repository_find_all (
    qs_store_get_repository (fixture->store, QS_TYPE_SURVEY_ANSWER), "response_id = ?",
    g_variant_new ("(s)", qs_entity_get_id (response)), NULL, QS_QUERY_DEFAULT, &error);
  GPtrArray *ordered = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint q = 0; q < questions->len; q++)
    {
      QsEntity *found = NULL;

      for (guint a = 0; a < answers->len; a++)
        if (g_str_equal (qs_entity_get_string (g_ptr_array_index (answers, a),
                                               QS_SURVEY_ANSWER_FIELD_QUESTION_ID),
                         qs_entity_get_id (g_ptr_array_index (questions, q))))
          found = g_ptr_array_index (answers, a);
      /* An unanswered question has no row: a blank answer stands in. */
      g_ptr_array_add (ordered,
                       found != NULL ? g_object_ref (found) : (gpointer) qs_survey_answer_new ());
    }
  return ordered;
}

static double
score (GPtrArray *answers, guint q)
{
  return qs_entity_get_double (g_ptr_array_index (answers, q), QS_SURVEY_ANSWER_FIELD_SCORE);
}

static double
expected (GPtrArray *answers, guint q)
{
  return qs_entity_get_double (g_ptr_array_index (answers, q),
                               QS_SURVEY_ANSWER_FIELD_EXPECTED_SCORE);
}

static const char *
text (GPtrArray *answers, guint q)
{
  return qs_entity_get_string (g_ptr_array_index (answers, q), QS_SURVEY_ANSWER_FIELD_TEXT);
}

/* A coordinator types in two forms of a questionnaire that names its
 * respondents: an empty form and an unknown address are refused and
 * write nothing; each saved form clears the answers and keeps the
 * department and the day. */
static void
test_enter_forms (Fixture *fixture, gconstpointer data)
{
  guint                  n_recorded = 0;
  QsSurveyAnswersDialog *dialog = open_dialog (fixture, fixture->named, &n_recorded);
  g_autoptr (GPtrArray) responses = NULL;
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) second = NULL;
  g_autofree char *typed = NULL;
  QsEntity        *named_response = NULL, *unnamed_response = NULL;

  /* The questionnaire's title, the questions numbered, the day today. */
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "How did we do?"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "1. Overall, how satisfied"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "2. Were you treated with courtesy?"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "5. What should we change?"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "18 November 2026"));
  g_assert_null (find_label (GTK_WIDGET (dialog), "This questionnaire is anonymous"));
  g_assert_cmpstr (chosen (dialog, ROW_DEPARTMENT), ==, "Not given");
  g_assert_cmpstr (chosen (dialog, ROW_SCALE), ==, "No answer");

  /* Nothing answered: a sentence, and nothing written. */
  save (dialog);
  g_assert_cmpstr (find_label (GTK_WIDGET (dialog), "Enter at"), ==, "Enter at least one answer.");
  g_assert_cmpuint (n_recorded, ==, 0);
  g_assert_cmpint (n_answers (fixture), ==, 0);

  /* An address no one in the directory has: a sentence, nothing written,
   * nothing cleared. */
  choose (dialog, ROW_DEPARTMENT, "Finance");
  choose (dialog, ROW_SCALE, "4 – Satisfied");
  choose (dialog, ROW_EXPECTED, "5 – Very high");
  choose (dialog, ROW_PERCEIVED, "3");
  choose (dialog, ROW_RECOMMENDATION, "9");
  choose (dialog, ROW_YES_NO, "No");
  gtk_text_buffer_set_text (comment_buffer (dialog), "Répondre plus vite au téléphone", -1);
  gtk_editable_set_text (email_row (dialog), "nobody@example.org");
  save (dialog);
  g_assert_cmpstr (find_label (GTK_WIDGET (dialog), "No one"), ==,
                   "No one in the directory has the address “nobody@example.org”: check it, or "
                   "leave it empty.");
  g_assert_cmpuint (n_recorded, ==, 0);
  g_assert_cmpint (n_answers (fixture), ==, 0);
  g_assert_cmpstr (chosen (dialog, ROW_SCALE), ==, "4 – Satisfied");
  g_assert_cmpstr (gtk_editable_get_text (email_row (dialog)), ==, "nobody@example.org");

  /* Marie's address, as she wrote it: saved; the answers are cleared,
   * the department and the day stay. */
  gtk_editable_set_text (email_row (dialog), "Marie.Tremblay@example.org");
  save (dialog);
  g_assert_cmpuint (n_recorded, ==, 1);
  g_assert_cmpstr (find_label (GTK_WIDGET (dialog), "Form"), ==, "Form 1 saved.");
  g_assert_null (find_label (GTK_WIDGET (dialog), "No one"));
  g_assert_cmpstr (chosen (dialog, ROW_SCALE), ==, "No answer");
  g_assert_cmpstr (chosen (dialog, ROW_EXPECTED), ==, "No answer");
  g_assert_cmpstr (chosen (dialog, ROW_PERCEIVED), ==, "No answer");
  g_assert_cmpstr (chosen (dialog, ROW_RECOMMENDATION), ==, "No answer");
  g_assert_cmpstr (chosen (dialog, ROW_YES_NO), ==, "No answer");
  typed = comment (dialog);
  g_assert_cmpstr (typed, ==, "");
  g_assert_cmpstr (gtk_editable_get_text (email_row (dialog)), ==, "");
  g_assert_cmpstr (chosen (dialog, ROW_DEPARTMENT), ==, "Finance");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "18 November 2026"));

  /* The next form answers two questions; 0 is an answer, not a blank. */
  choose (dialog, ROW_RECOMMENDATION, "0 – Not at all likely");
  choose (dialog, ROW_PERCEIVED, "2");
  save (dialog);
  g_assert_cmpuint (n_recorded, ==, 2);
  g_assert_cmpstr (find_label (GTK_WIDGET (dialog), "Form"), ==, "Form 2 saved.");

  /* What was stored. */
  responses = responses_of (fixture, fixture->named);
  g_assert_cmpuint (responses->len, ==, 2);
  g_assert_cmpint (n_answers (fixture), ==, 5 + 2);
  for (guint i = 0; i < responses->len; i++)
    {
      QsEntity *response = g_ptr_array_index (responses, i);

      if (qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID) != NULL)
        named_response = response;
      else
        unnamed_response = response;
      g_assert_cmpstr (qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID), ==,
                       fixture->finance_id);
      g_assert_cmpint (qs_entity_get_int (response, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT), ==,
                       qs_test_instant ("2026-11-18T12:00:00Z"));
    }
  g_assert_nonnull (named_response);
  g_assert_nonnull (unnamed_response);
  g_assert_cmpstr (qs_entity_get_string (named_response, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID), ==,
                   fixture->client_id);

  first = answers_of (fixture, fixture->named, named_response);
  g_assert_cmpfloat (score (first, 0), ==, 4);
  g_assert_true (isnan (expected (first, 0)));
  g_assert_cmpfloat (expected (first, 1), ==, 5);
  g_assert_cmpfloat (score (first, 1), ==, 3);
  g_assert_cmpfloat (score (first, 2), ==, 9);
  g_assert_cmpfloat (score (first, 3), ==, 0);
  g_assert_true (isnan (score (first, 4)));
  g_assert_cmpstr (text (first, 4), ==, "Répondre plus vite au téléphone");

  second = answers_of (fixture, fixture->named, unnamed_response);
  g_assert_true (isnan (score (second, 0)));
  g_assert_true (isnan (expected (second, 1)));
  g_assert_cmpfloat (score (second, 1), ==, 2);
  g_assert_cmpfloat (score (second, 2), ==, 0);
  g_assert_true (isnan (score (second, 3)));
  g_assert_null (text (second, 4));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "survey-answers.close", NULL));
  qs_ui_test_drain ();
}

/* An anonymous questionnaire asks no address; its response keeps no
 * client, and only the day answered: a day after today is refused. */
static void
test_anonymous (Fixture *fixture, gconstpointer data)
{
  guint                  n_recorded = 0;
  QsSurveyAnswersDialog *dialog = open_dialog (fixture, fixture->anonymous, &n_recorded);
  GtkCalendar           *calendar =
    GTK_CALENDAR (qs_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR));
  g_autoptr (GDateTime) tomorrow = g_date_time_new_utc (2026, 11, 19, 9, 0, 0);
  g_autoptr (GDateTime) earlier = g_date_time_new_utc (2026, 11, 10, 9, 0, 0);
  g_autoptr (GPtrArray) responses = NULL;
  g_autoptr (GPtrArray) answers = NULL;
  QsEntity *response;

  g_assert_nonnull (find_label (GTK_WIDGET (dialog),
                                "This questionnaire is anonymous: no name is kept, and only the "
                                "day."));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (email_row (dialog))));

  choose (dialog, ROW_DEPARTMENT, "Legal");
  choose (dialog, ROW_EXPECTED, "4");
  choose (dialog, ROW_YES_NO, "Yes");

  /* Tomorrow: refused. */
  gtk_calendar_select_day (calendar, tomorrow);
  save (dialog);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "The day answered is after today"));
  g_assert_cmpuint (n_recorded, ==, 0);
  g_assert_cmpint (n_answers (fixture), ==, 0);

  gtk_calendar_select_day (calendar, earlier);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "10 November 2026"));
  save (dialog);
  g_assert_cmpuint (n_recorded, ==, 1);
  g_assert_cmpstr (find_label (GTK_WIDGET (dialog), "Form"), ==, "Form 1 saved.");

  /* Read back as stored: no client, and the start of the day (the
   * store's triggers bring an anonymous response's time to it). */
  responses = responses_of (fixture, fixture->anonymous);
  g_assert_cmpuint (responses->len, ==, 1);
  response = g_ptr_array_index (responses, 0);
  g_assert_null (qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_CLIENT_ID));
  g_assert_cmpstr (qs_entity_get_string (response, QS_SURVEY_RESPONSE_FIELD_DEPARTMENT_ID), ==,
                   fixture->legal_id);
  g_assert_cmpint (qs_entity_get_int (response, QS_SURVEY_RESPONSE_FIELD_SUBMITTED_AT), ==,
                   qs_test_instant ("2026-11-10T00:00:00Z"));
  answers = answers_of (fixture, fixture->anonymous, response);
  g_assert_cmpfloat (expected (answers, 1), ==, 4);
  g_assert_true (isnan (score (answers, 1)));
  g_assert_cmpfloat (score (answers, 3), ==, 1);
  g_assert_cmpint (n_answers (fixture), ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* At 360 pixels nothing is cut or pushed wider: the questions wrap. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  guint                  n_recorded = 0;
  QsSurveyAnswersDialog *dialog = open_dialog (fixture, fixture->named, &n_recorded);
  int                    minimum = 0;
  GtkAdjustment         *adjustment;
  GtkWidget             *focus;

  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                      NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 720);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (dialog)) <= 360);
  qs_ui_test_drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "1. Overall, how satisfied"));

  /* Saved from the bottom of the form: the next one starts at the top,
   * on the first question. */
  adjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (qs_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 720);
  choose (dialog, ROW_SCALE, "3 – Neutral");
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  save (dialog);
  g_assert_cmpuint (n_recorded, ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (combo (dialog, ROW_SCALE)) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (combo (dialog, ROW_SCALE))));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

  g_test_add ("/ui/survey-answers/enter-forms", Fixture, NULL, fixture_set_up, test_enter_forms,
              fixture_tear_down);
  g_test_add ("/ui/survey-answers/anonymous", Fixture, NULL, fixture_set_up, test_anonymous,
              fixture_tear_down);
  g_test_add ("/ui/survey-answers/narrow", Fixture, NULL, fixture_set_up, test_narrow,
              fixture_tear_down);
  return g_test_run ();
}
