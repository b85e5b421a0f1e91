/* test-charters-view.c — the Charters view, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real widgets under Xvfb, in the real window: charters are created,
 * edited, published, versioned, exported and printed through the view's
 * `charters.` actions, as its buttons and shortcuts do. Each test checks
 * what is on screen and, through the repositories, what was stored.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "charters-fixture.h"
#include "charters/qs-charters-view-private.h"
#include "qs-adoption-checklist.h"
#include "qs-charter-repository.h"
#include "qs-charter-template.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-repository.h"
#include "qs-smart-check.h"
#include "qs-test-util.h"
#include "qs-ui-test-util.h"

static void
test_empty (Fixture *fixture, gconstpointer data)
{
  /* No charter yet: the view says how to start, and nothing to edit. */
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "No Charters Yet"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "Service Charters"));
  g_assert_null (qs_charters_view_get_charter (fixture->view));
  g_assert_cmpuint (g_list_model_get_n_items (qs_charters_view_get_charters (fixture->view)), ==,
                    0);
  g_assert_null (find_mapped_button (GTK_WIDGET (fixture->view), "_Publish"));
}

static void
test_create_from_template (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) template = qs_charter_template_new_commitments ();
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (QsCharter) charter = NULL;
  GListModel *list = qs_charters_view_get_charters (fixture->view);
  g_autoptr (QsEntity) listed = NULL;

  charter = g_object_ref (create_from_template (fixture));

  /* The list shows it, with its provider and status. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  listed = g_list_model_get_item (list, 0);
  g_assert_cmpstr (qs_entity_get_id (listed), ==, qs_entity_get_id (QS_ENTITY (charter)));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "Human Resources"));
  g_assert_null (find_mapped_label (GTK_WIDGET (fixture->view), "No Charters Yet"));

  /* Seven category groups, holding every commitment of the model. */
  stored = stored_commitments (fixture, charter);
  g_assert_cmpuint (stored->len, ==, template->len);
  g_assert_cmpuint (count_commitment_rows (fixture), ==, template->len);
  for (QsCategory category = QS_CATEGORY_ACCESSIBILITY; category <= QS_CATEGORY_CREDIBILITY;
       category++)
    {
      AdwPreferencesGroup *group =
        find_group (GTK_WIDGET (fixture->view), qs_enum_label (QS_TYPE_CATEGORY, category));
      g_autoptr (GPtrArray) rows = g_ptr_array_new ();
      guint expected = 0;

      g_assert_nonnull (group);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (group)));
      for (guint i = 0; i < template->len; i++)
        if (qs_entity_get_enum (g_ptr_array_index (template, i), QS_COMMITMENT_FIELD_CATEGORY) ==
            (int) category)
          expected++;
      g_assert_cmpuint (expected, >, 0);
      qs_ui_test_find_all (GTK_WIDGET (group), QS_TYPE_COMMITMENT_ROW, rows);
      g_assert_cmpuint (rows->len, ==, expected);
    }

  /* Each commitment reads in the charter's language (English here). */
  for (guint i = 0; i < stored->len; i++)
    {
      QsEntity        *commitment = g_ptr_array_index (stored, i);
      QsCommitmentRow *row = find_commitment_row (fixture, qs_entity_get_id (commitment));

      g_assert_nonnull (row);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_TEXT_EN));
    }

  /* The adoption checklist asks its nine questions. */
  g_assert_nonnull (find_group (GTK_WIDGET (fixture->view), "Adoption Checklist"));
}

static void
test_edit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  const char *id = qs_entity_get_id (QS_ENTITY (charter));
  g_autoptr (QsCharter) stored = NULL;
  g_autoptr (QsCommitment) commitment = first_deadline_commitment (fixture, charter);
  g_autoptr (GPtrArray) commitments = NULL;
  QsCommitmentDialog *dialog;

  /* The title, saved by the view's action. */
  set_row_text (GTK_WIDGET (fixture->view), "Title in English", "HR services to managers");
  activate (fixture, "charters.save", NULL);
  stored = reload_charter (fixture, id);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_TITLE_EN), ==,
                   "HR services to managers");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "HR services to managers"));

  /* An empty title in the charter's language is refused at the field. */
  set_row_text (GTK_WIDGET (fixture->view), "Title in English", "  ");
  activate (fixture, "charters.save", NULL);
  g_assert_true (gtk_widget_has_css_class (
    find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English"), "error"));
  g_assert_nonnull (find_error_message (GTK_WIDGET (fixture->view)));
  g_clear_object (&stored);
  stored = reload_charter (fixture, id);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_TITLE_EN), ==,
                   "HR services to managers");
  set_row_text (GTK_WIDGET (fixture->view), "Title in English", "HR services to managers");
  activate (fixture, "charters.save", NULL);
  g_assert_false (gtk_widget_has_css_class (
    find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English"), "error"));
  g_assert_null (find_error_message (GTK_WIDGET (fixture->view)));

  /* The review date, from the calendar's action. */
  activate (fixture, "charters.set-review-date", "s", "2099-03-31");
  g_clear_object (&stored);
  stored = reload_charter (fixture, id);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_REVIEW_DATE), ==,
                   "2099-03-31");

  /* The calendar is built when its button is first pressed, shows that
   * date, and a day chosen in it is the new review date. */
  {
    GtkWidget     *row = find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ACTION_ROW, "Review date");
    GtkMenuButton *button = GTK_MENU_BUTTON (qs_ui_test_find_widget (row, GTK_TYPE_MENU_BUTTON));
    GtkCalendar   *calendar;
    g_autoptr (GDateTime) shown = NULL;
    g_autoptr (GDateTime) chosen = g_date_time_new_local (2099, 4, 15, 0, 0, 0);

    g_assert_null (gtk_menu_button_get_popover (button));
    gtk_menu_button_popup (button);
    qs_ui_test_drain ();
    calendar = GTK_CALENDAR (gtk_popover_get_child (gtk_menu_button_get_popover (button)));
    shown = gtk_calendar_get_date (calendar);
    g_assert_cmpint (g_date_time_get_year (shown), ==, 2099);
    g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 31);

    gtk_calendar_select_day (calendar, chosen);
    qs_ui_test_drain ();
    g_clear_object (&stored);
    stored = reload_charter (fixture, id);
    g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_REVIEW_DATE), ==,
                     "2099-04-15");
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  }

  /* The first question of the adoption checklist, answered with a note. */
  {
    AdwPreferencesGroup *group = find_group (GTK_WIDGET (fixture->view), "Adoption Checklist");
    g_autoptr (GPtrArray) questions = g_ptr_array_new ();
    g_autoptr (QsAdoptionChecklist) checklist = NULL;
    GtkWidget *yes;

    qs_ui_test_find_all (GTK_WIDGET (group), ADW_TYPE_EXPANDER_ROW, questions);
    g_assert_cmpuint (questions->len, ==, QS_ADOPTION_N_QUESTIONS);
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (questions, 0)), ==,
                     qs_adoption_checklist_get_question (0));
    yes = find_mapped_button (g_ptr_array_index (questions, 0), "_Yes");
    g_assert_nonnull (yes);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (yes), TRUE);
    set_row_text (g_ptr_array_index (questions, 0), "Note", "Asked at the March managers' meeting");
    activate (fixture, "charters.save", NULL);

    g_clear_object (&stored);
    stored = reload_charter (fixture, id);
    checklist = qs_adoption_checklist_new_from_json (
      qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_CHECKLIST));
    g_assert_cmpint (qs_adoption_checklist_get_answer (checklist, 0), ==, QS_CHECKLIST_YES);
    g_assert_cmpstr (qs_adoption_checklist_get_note (checklist, 0), ==,
                     "Asked at the March managers' meeting");
    g_assert_cmpint (qs_adoption_checklist_get_answer (checklist, 1), ==, QS_CHECKLIST_UNANSWERED);
  }

  /* A commitment's threshold, in French notation, through the dialog. */
  dialog = open_dialog (fixture, qs_entity_get_id (QS_ENTITY (commitment)));
  set_row_text (GTK_WIDGET (dialog), "Target (%)", "97,5");
  save_dialog (dialog);
  g_assert_false (is_open (dialog));

  commitments = stored_commitments (fixture, charter);
  for (guint i = 0; i < commitments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (commitments, i)),
                   qs_entity_get_id (QS_ENTITY (commitment))) == 0)
      g_assert_cmpfloat (qs_entity_get_double (g_ptr_array_index (commitments, i),
                                               QS_COMMITMENT_FIELD_THRESHOLD_PERCENT),
                         ==, 97.5);
  /* And the row says so, as the interface's language (English here)
   * writes a percentage, whatever the C library's locale. */
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "97.5%"));
}

static void
test_pending_edit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) first = g_object_ref (create_from_template (fixture));
  g_autoptr (QsCharter) stored = NULL;
  QsCharter *second;

  /* Typed, then another charter opened before the edit's save was due. */
  set_row_text (GTK_WIDGET (fixture->view), "Title in English", "Charter typed in a hurry");
  activate (fixture, "charters.new-empty", NULL);
  second = qs_charters_view_get_charter (fixture->view);
  g_assert_nonnull (second);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (second)), !=, qs_entity_get_id (QS_ENTITY (first)));

  /* The edit was saved, and the list says so. */
  stored = reload_charter (fixture, qs_entity_get_id (QS_ENTITY (first)));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_TITLE_EN), ==,
                   "Charter typed in a hurry");
  g_assert_cmpuint (g_list_model_get_n_items (qs_charters_view_get_charters (fixture->view)), ==,
                    2);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "Charter typed in a hurry"));
}

static void
test_publish (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  const char *id = qs_entity_get_id (QS_ENTITY (charter));
  g_autoptr (QsCommitment) commitment = first_deadline_commitment (fixture, charter);
  const char *commitment_id = qs_entity_get_id (QS_ENTITY (commitment));
  g_autoptr (QsCharter) stored = NULL;
  g_autoptr (QsSmartResult) result = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  QsCommitmentDialog *dialog;
  QsCommitmentRow    *row;
  const char         *reason;

  /* A measured commitment that only says "quickly" is not specific. */
  dialog = open_dialog (fixture, commitment_id);
  set_row_text (GTK_WIDGET (dialog), "Text in English", "Answer quickly");
  set_row_text (GTK_WIDGET (dialog), "Text in French", "Répondre vite");
  save_dialog (dialog);
  g_assert_false (is_open (dialog));

  commitments = stored_commitments (fixture, charter);
  for (guint i = 0; i < commitments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (commitments, i)), commitment_id) == 0)
      result = qs_smart_check_commitment (g_ptr_array_index (commitments, i), NULL, QS_LANGUAGE_EN);
  g_assert_nonnull (result);
  g_assert_false (qs_smart_result_get_passed (result, QS_SMART_SPECIFIC));
  reason = qs_smart_result_get_reason (result, QS_SMART_SPECIFIC);

  /* Publishing is refused, without a question first, and the row shows why. */
  activate (fixture, "charters.publish", NULL);
  g_assert_null (answer_publication (TRUE));
  stored = reload_charter (fixture, id);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_DRAFT);
  row = find_commitment_row (fixture, commitment_id);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "qs-problem"));
  g_assert_true (qs_commitment_row_get_blocking (row));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (row), reason));

  /* Fixed, it is published, and the version is read-only. */
  dialog = open_dialog (fixture, commitment_id);
  set_row_text (GTK_WIDGET (dialog), "Text in English",
                "Acknowledge every e-mail within 24 business hours");
  set_row_text (GTK_WIDGET (dialog), "Text in French",
                "Accuser réception de chaque courriel dans les 24 heures ouvrables");
  save_dialog (dialog);
  activate (fixture, "charters.publish", NULL);
  {
    g_autofree char *asked = answer_publication (TRUE);

    g_assert_nonnull (asked);
    g_assert_nonnull (strstr (asked, "version 1 of"));
    g_assert_nonnull (strstr (asked, "The adoption checklist has 0 of 9 questions answered."));
  }
  g_clear_object (&stored);
  stored = reload_charter (fixture, id);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_PUBLISHED);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (stored), QS_CHARTER_FIELD_PUBLISHED_AT), >, 0);

  /* Published, it reads as a document: no field, no Publish button, and
   * its commitments in plain text a person can select. */
  g_assert_false (gtk_widget_get_mapped (
    find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English")));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "Edit as New Version"));
  g_assert_null (find_mapped_button (GTK_WIDGET (fixture->view), "_Publish"));
  g_assert_cmpuint (count_commitment_rows (fixture), ==, 0);
  {
    GtkWidget *text = find_mapped_label (GTK_WIDGET (fixture->view),
                                         "Acknowledge every e-mail within 24 business hours");

    g_assert_nonnull (text);
    g_assert_true (gtk_label_get_selectable (GTK_LABEL (text)));
    g_assert_true (gtk_label_get_wrap (GTK_LABEL (text)));
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "charters.delete-commitment", "s",
                              commitment_id);
  qs_ui_test_drain ();
  {
    g_autoptr (GPtrArray) frozen = stored_commitments (fixture, stored);

    g_assert_cmpuint (frozen->len, ==, commitments->len);
  }
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view),
                                       "Acknowledge every e-mail within 24 business hours"));

  /* A commitment of the published version opens read-only. */
  dialog = open_dialog (fixture, commitment_id);
  g_assert_null (find_mapped_button (GTK_WIDGET (dialog), "_Save"));
  g_assert_false (gtk_text_view_get_editable (
    GTK_TEXT_VIEW (find_text_view (GTK_WIDGET (dialog), "Text in English"))));
  gtk_window_close (GTK_WINDOW (dialog));
  qs_ui_test_drain ();

  /* A new version is a draft copy, version 2, shown in the editor. */
  activate (fixture, "charters.new-version", NULL);
  {
    g_autoptr (GPtrArray) versions = NULL;
    g_autoptr (GError) error = NULL;
    QsCharter *shown = qs_charters_view_get_charter (fixture->view);
    g_autoptr (QsEntity) listed = NULL;

    versions = qs_charter_repository_get_versions (
      fixture->store, qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_REF), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (versions->len, ==, 2);
    g_assert_cmpint (qs_entity_get_int (g_ptr_array_index (versions, 0), QS_CHARTER_FIELD_VERSION),
                     ==, 2);
    g_assert_cmpint (qs_entity_get_enum (g_ptr_array_index (versions, 0), QS_CHARTER_FIELD_STATUS),
                     ==, QS_CHARTER_STATUS_DRAFT);

    g_assert_nonnull (shown);
    g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (shown)), ==,
                     qs_entity_get_id (g_ptr_array_index (versions, 0)));
    g_assert_true (gtk_widget_is_sensitive (
      find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English")));
    /* The list holds the draft, selected, and version 1 below it: still
     * the version in force, it stays in sight. */
    g_assert_cmpuint (g_list_model_get_n_items (qs_charters_view_get_charters (fixture->view)), ==,
                      2);
    listed = g_list_model_get_item (qs_charters_view_get_charters (fixture->view), 0);
    g_assert_cmpint (qs_entity_get_int (listed, QS_CHARTER_FIELD_VERSION), ==, 2);
    g_assert_cmpuint (gtk_single_selection_get_selected (fixture->view->selection), ==, 0);
    g_clear_object (&listed);
    listed = g_list_model_get_item (qs_charters_view_get_charters (fixture->view), 1);
    g_assert_cmpint (qs_entity_get_int (listed, QS_CHARTER_FIELD_VERSION), ==, 1);
    g_assert_cmpint (qs_entity_get_enum (listed, QS_CHARTER_FIELD_STATUS), ==,
                     QS_CHARTER_STATUS_PUBLISHED);
    g_assert_nonnull (
      find_mapped_label (GTK_WIDGET (fixture->view), "Version 1 · Owner: Alice Martin"));
    g_assert_nonnull (
      find_mapped_label (GTK_WIDGET (fixture->view), "Version 2 · Owner: Alice Martin"));
    /* Choosing version 1 in the list shows it. */
    gtk_single_selection_set_selected (fixture->view->selection, 1);
    qs_ui_test_drain ();
    g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_charters_view_get_charter (fixture->view))),
                     ==, qs_entity_get_id (QS_ENTITY (stored)));
    /* The history lists both versions. */
    g_assert_nonnull (find_row (GTK_WIDGET (fixture->view), ADW_TYPE_EXPANDER_ROW, "Version 1"));
    g_assert_nonnull (find_row (GTK_WIDGET (fixture->view), ADW_TYPE_EXPANDER_ROW, "Version 2"));
  }
}

static gboolean
html_contains (const char *html, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  /* Either form of escaping is valid HTML. */
  return strstr (html, text) != NULL || strstr (html, escaped) != NULL;
}

static void
test_filter (Fixture *fixture, gconstpointer data)
{
  GListModel  *list = qs_charters_view_get_charters (fixture->view);
  GtkDropDown *status =
    GTK_DROP_DOWN (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN));
  GtkEditable *search =
    GTK_EDITABLE (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY));
  g_autoptr (QsCharter) published = g_object_ref (create_from_template (fixture));
  g_autoptr (QsEntity) shown = NULL;

  activate (fixture, "charters.publish", NULL);
  g_free (answer_publication (TRUE));
  activate (fixture, "charters.new-empty", NULL);
  set_row_text (GTK_WIDGET (fixture->view), "Title in English", "Recruitment desk charter");
  activate (fixture, "charters.save", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* The status drop-down: all, drafts, published, archived. */
  gtk_drop_down_set_selected (status, 2);
  qs_ui_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  shown = g_list_model_get_item (list, 0);
  g_assert_cmpstr (qs_entity_get_id (shown), ==, qs_entity_get_id (QS_ENTITY (published)));
  gtk_drop_down_set_selected (status, 1);
  qs_ui_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  gtk_drop_down_set_selected (status, 3);
  qs_ui_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "No Matching Charters"));
  gtk_drop_down_set_selected (status, 0);
  qs_ui_test_drain ();

  /* The search, as typed. */
  gtk_editable_set_text (search, "Recruitment");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (list) == 1);
  gtk_editable_set_text (search, "no charter has this in its title");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (list) == 0);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "No Matching Charters"));
  gtk_editable_set_text (search, "");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (list) == 2);
}

static void
test_store_change (Fixture *fixture, gconstpointer data)
{
  create_from_template (fixture);

  /* The window losing its database leaves the view empty, not broken. */
  {
    g_autoptr (QsContext) none = qs_ui_test_context_new (NULL);

    qs_window_set_context (fixture->window, none);
  }
  qs_ui_test_drain ();
  g_assert_null (qs_charters_view_get_store (fixture->view));
  g_assert_null (qs_charters_view_get_charter (fixture->view));
  g_assert_null (qs_charters_view_get_charters (fixture->view));

  /* And given one again, the view shows its charters. */
  {
    g_autoptr (QsContext) context = qs_ui_test_context_new (fixture->store);

    qs_window_set_context (fixture->window, context);
  }
  qs_ui_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (qs_charters_view_get_charters (fixture->view)), ==,
                    1);
  g_assert_nonnull (qs_charters_view_get_charter (fixture->view));
}

static void
test_refresh_on_show (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsDepartment) finance = qs_department_new ();
  g_autoptr (GError) error = NULL;
  AdwComboRow *provider;
  GListModel  *names;
  gboolean     offered = FALSE;

  create_from_template (fixture);

  /* A providing department recorded while another view is shown... */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "clients"));
  qs_ui_test_drain ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  g_object_set (finance, "ref", "FIN", "name", "Finance Office", "is-provider", TRUE, NULL);
  qs_repository_save (qs_store_get_repository (fixture->store, QS_TYPE_DEPARTMENT),
                      QS_ENTITY (finance), &error);
  g_assert_no_error (error);

  /* ... is offered as a provider when the Charters view comes back. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "charters"));
  qs_ui_test_drain ();
  provider = ADW_COMBO_ROW (find_row (GTK_WIDGET (fixture->view), ADW_TYPE_COMBO_ROW, "Provider"));
  names = adw_combo_row_get_model (provider);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr (GtkStringObject) name = g_list_model_get_item (names, i);

      offered = offered || g_strcmp0 (gtk_string_object_get_string (name), "Finance Office") == 0;
    }
  g_assert_true (offered);
}

typedef struct
{
  guint n;
  guint most_removed;
  guint most_added;
} ItemsChanged;

static void
on_items_changed_cb (
  GListModel *model, guint position, guint removed, guint added, ItemsChanged *seen)
{
  seen->n++;
  seen->most_removed = MAX (seen->most_removed, removed);
  seen->most_added = MAX (seen->most_added, added);
}

/* Another program (the command line) edits the charter shown: the list
 * row and the editor show it, the row is replaced in place, and the
 * selection stays on it. */
static void
test_changed_elsewhere (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) other = g_object_ref (create_from_template (fixture));
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  const char         *id = qs_entity_get_id (QS_ENTITY (charter));
  GListModel         *charters = qs_charters_view_get_charters (fixture->view);
  guint               position = G_MAXUINT;
  GtkSingleSelection *selection = fixture->view->selection;
  g_autoptr (QsCommitment) commitment = first_deadline_commitment (fixture, charter);
  const char  *commitment_id = qs_entity_get_id (QS_ENTITY (commitment));
  ItemsChanged seen = { 0 };
  QsContext   *context = qs_window_get_context (fixture->window);

  g_assert_cmpuint (g_list_model_get_n_items (charters), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (QsEntity) item = g_list_model_get_item (charters, i);

      if (g_str_equal (qs_entity_get_id (item), id))
        position = i;
    }
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position);
  /* Where things stand, as the application's first look notes it. */
  qs_context_check_foreign_changes (context);
  qs_ui_test_drain ();
  g_signal_connect (charters, "items-changed", G_CALLBACK (on_items_changed_cb), &seen);

  /* Later than the view's own save, as a person's edit would be. */
  qs_test_set_elsewhere (fixture->path, QS_TYPE_CHARTER, id, QS_CHARTER_FIELD_TITLE_EN,
                         "Payroll services to managers", "2026-11-18T15:05:00Z");
  qs_test_set_elsewhere (fixture->path, QS_TYPE_COMMITMENT, commitment_id,
                         QS_COMMITMENT_FIELD_TEXT_EN, "We answer every e-mail within a day.",
                         "2026-11-18T15:05:00Z");
  /* What the window's timer does. */
  g_assert_true (qs_context_check_foreign_changes (context));
  qs_ui_test_drain ();

  /* Row by row, never the whole list; the new title may move the row. */
  g_assert_cmpuint (seen.n, >=, 1);
  g_assert_cmpuint (seen.most_removed, <=, 1);
  g_assert_cmpuint (seen.most_added, <=, 1);
  g_assert_true (qs_charters_view_get_charters (fixture->view) == charters);
  g_assert_cmpstr (qs_entity_get_id (gtk_single_selection_get_selected_item (selection)), ==, id);
  g_assert_cmpstr (qs_entity_get_string (gtk_single_selection_get_selected_item (selection),
                                         QS_CHARTER_FIELD_TITLE_EN),
                   ==, "Payroll services to managers");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (qs_charters_view_get_charter (fixture->view)),
                                         QS_CHARTER_FIELD_TITLE_EN),
                   ==, "Payroll services to managers");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (
                     GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English"))),
                   ==, "Payroll services to managers");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (qs_commitment_row_get_commitment (
                                           find_commitment_row (fixture, commitment_id))),
                                         QS_COMMITMENT_FIELD_TEXT_EN),
                   ==, "We answer every e-mail within a day.");
  g_signal_handlers_disconnect_by_func (charters, on_items_changed_cb, &seen);

  /* Deleted elsewhere, the charter leaves the list and the editor. */
  {
    g_autoptr (QsStore) elsewhere = qs_test_open_store (fixture->path);
    g_autoptr (GError) error = NULL;
    g_autoptr (QsEntity) stored =
      qs_repository_find (qs_store_get_repository (elsewhere, QS_TYPE_CHARTER), id, NULL);

    g_assert_true (
      qs_repository_delete (qs_store_get_repository (elsewhere, QS_TYPE_CHARTER), stored, &error));
    g_assert_no_error (error);
  }
  g_assert_true (qs_context_check_foreign_changes (context));
  qs_ui_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (charters), ==, 1);
  g_assert_null (qs_charters_view_get_charter (fixture->view));
}

/* Publishing cannot be undone: it asks first, says what it does to the
 * charters already published, and a "Cancel" changes nothing. */
static void
test_publish_asks_first (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) first = g_object_ref (create_from_template (fixture));
  g_autoptr (QsCharter) stored = NULL;
  g_autofree char *asked = NULL;
  const char *first_title = qs_entity_get_string (QS_ENTITY (first), QS_CHARTER_FIELD_TITLE_EN);

  activate (fixture, "charters.publish", NULL);
  g_free (answer_publication (FALSE));
  stored = reload_charter (fixture, qs_entity_get_id (QS_ENTITY (first)));
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_DRAFT);

  activate (fixture, "charters.publish", NULL);
  g_free (answer_publication (TRUE));

  /* A second charter of the same department: the first stays in force. */
  activate (fixture, "charters.new-empty", NULL);
  set_row_text (GTK_WIDGET (fixture->view), "Title in English", "Recruitment desk charter");
  activate (fixture, "charters.set-review-date", "s", "2099-03-31");
  activate (fixture, "charters.publish", NULL);
  asked = answer_publication (TRUE);
  g_assert_nonnull (asked);
  {
    g_autofree char *stays =
      g_strdup_printf ("“%s” stays published for the same department", first_title);

    g_assert_nonnull (strstr (asked, stays));
  }
  g_clear_pointer (&asked, g_free);

  /* A new version of the first: its version 1 is archived. */
  qs_charters_view_reload (fixture->view,
                           qs_entity_get_string (QS_ENTITY (first), QS_CHARTER_FIELD_REF),
                           qs_entity_get_id (QS_ENTITY (first)));
  activate (fixture, "charters.new-version", NULL);
  activate (fixture, "charters.publish", NULL);
  asked = answer_publication (TRUE);
  g_assert_nonnull (asked);
  g_assert_nonnull (strstr (asked, "Version 1, published until now, will be archived."));
  g_clear_object (&stored);
  stored = reload_charter (fixture, qs_entity_get_id (QS_ENTITY (first)));
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_ARCHIVED);
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (GPtrArray) commitments = stored_commitments (fixture, charter);
  g_autofree char *html_path = g_build_filename (fixture->dir, "charter.html", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "charter.pdf", NULL);
  g_autoptr (GFile) html_file = g_file_new_for_path (html_path);
  g_autoptr (GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr (GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *pdf = NULL;
  gsize            pdf_length;
  guint            checked = 0;

  /* What the file chooser's answer leads to: the document, in the
   * language chosen, with every commitment. */
  g_assert_true (qs_charters_view_export_to_file (fixture->view, html_file, QS_CHARTER_EXPORT_HTML,
                                                  QS_LANGUAGE_FR, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_true (
    html_contains (html, qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_TITLE_FR)));
  for (guint i = 0; i < commitments->len; i++)
    {
      const char *text =
        qs_entity_get_string (g_ptr_array_index (commitments, i), QS_COMMITMENT_FIELD_TEXT_FR);

      g_assert_true (html_contains (html, text));
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);

  g_assert_true (qs_charters_view_export_to_file (fixture->view, pdf_file, QS_CHARTER_EXPORT_PDF,
                                                  QS_LANGUAGE_EN, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_length, NULL));
  g_assert_cmpuint (pdf_length, >, 1000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
}

/* @text with every run of white space made one space. */
static char *
squeeze (const char *text)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \t\n\r\f", -1);
  g_autoptr (GString) joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, joined->len > 0 ? " %s" : "%s", words[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
test_print (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (GPtrArray) commitments = stored_commitments (fixture, charter);
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char      *argv[] = { NULL, "-enc", "UTF-8", NULL, "-", NULL };
  int              status;

  /* The print operation, with a file for a printer. */
  g_assert_true (qs_charters_view_print_to_file (fixture->view, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &pdf, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the printed text is not checked");
      return;
    }

  /* Every commitment is on paper, in the charter's language. */
  argv[0] = pdftotext;
  argv[3] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  squeezed = squeeze (text);
  for (guint i = 0; i < commitments->len; i++)
    {
      g_autofree char *expected = squeeze (
        qs_entity_get_string (g_ptr_array_index (commitments, i), QS_COMMITMENT_FIELD_TEXT_EN));

      if (strstr (squeezed, expected) == NULL)
        g_error ("“%s” was not printed", expected);
    }
}

static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  AdwLeaflet *leaflet =
    ADW_LEAFLET (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), ADW_TYPE_LEAFLET));
  GtkListView *list_view = NULL;

  /* At 360 pixels the panes fold: a new charter opens in the editor. */
  create_from_template (fixture);
  QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "Commitments"));

  activate (fixture, "charters.show-list", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* Folded, one click on a charter opens it, even the one selected. */
  {
    g_autoptr (GPtrArray) lists = g_ptr_array_new ();

    /* The list of charters, not one inside a drop-down. */
    qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW, lists);
    for (guint i = 0; i < lists->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
        list_view = g_ptr_array_index (lists, i);
  }
  g_assert_nonnull (list_view);
  g_assert_true (gtk_list_view_get_single_click_activate (list_view));
  g_signal_emit_by_name (list_view, "activate", 0);
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/charters/empty", test_empty, NULL);
  ADD ("/ui/charters/create-from-template", test_create_from_template, NULL);
  ADD ("/ui/charters/edit", test_edit, NULL);
  ADD ("/ui/charters/pending-edit", test_pending_edit, NULL);
  ADD ("/ui/charters/publish-and-new-version", test_publish, NULL);
  ADD ("/ui/charters/publish-asks-first", test_publish_asks_first, NULL);
  ADD ("/ui/charters/filter", test_filter, NULL);
  ADD ("/ui/charters/store-change", test_store_change, NULL);
  ADD ("/ui/charters/refresh-on-show", test_refresh_on_show, NULL);
  ADD ("/ui/charters/changed-elsewhere", test_changed_elsewhere, NULL);
  ADD ("/ui/charters/export", test_export, NULL);
  ADD ("/ui/charters/print", test_print, NULL);
  ADD ("/ui/charters/narrow", test_narrow, GINT_TO_POINTER (360));

#undef ADD

  return g_test_run ();
}
