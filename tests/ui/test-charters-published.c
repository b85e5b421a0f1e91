/* test-charters-published.c — a charter from its start to its publication, as a user sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A charter made from the model for the department in view, its adoption
 * checklist answered, published, read as a document, and drafted again:
 * each step checked by what is on screen.
 */
#include "config.h"

#include <string.h>

#include "charters-fixture.h"
#include "charters/qs-charter-row.h"
#include "charters/qs-charters-view-private.h"
#include "qs-adoption-checklist.h"
#include "qs-charter-repository.h"
#include "qs-entities.h"
#include "qs-test-util.h"

static GtkListView *
find_charter_list (Fixture *fixture)
{
  g_autoptr (GPtrArray) lists = g_ptr_array_new ();

  /* The list of charters, not one inside a drop-down. */
  qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW, lists);
  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
      return g_ptr_array_index (lists, i);
  return NULL;
}

/* Whether the row of the list showing @id is wholly inside the list's
 * visible part. */
static gboolean
row_in_view (Fixture *fixture, const char *id)
{
  GtkListView *list_view = find_charter_list (fixture);
  GtkWidget   *scrolled = gtk_widget_get_parent (GTK_WIDGET (list_view));
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (list_view), QS_TYPE_CHARTER_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      QsCharterRow   *row = g_ptr_array_index (rows, i);
      QsCharter      *charter = qs_charter_row_get_charter (row);
      graphene_rect_t bounds;

      if (charter == NULL || g_strcmp0 (qs_entity_get_id (QS_ENTITY (charter)), id) != 0 ||
          !gtk_widget_get_mapped (GTK_WIDGET (row)) ||
          !gtk_widget_compute_bounds (GTK_WIDGET (row), scrolled, &bounds))
        continue;
      return bounds.origin.y >= 0 &&
             bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled) + 0.5;
    }
  return FALSE;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot   *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static QsDepartment *
add_provider (Fixture *fixture, const char *ref, const char *name)
{
  QsDepartment *department = qs_department_new ();

  g_object_set (department, "ref", ref, "name", name, "is-provider", TRUE, NULL);
  qs_test_save (fixture->store, department);
  qs_ui_test_drain ();
  return department;
}

/* "New" makes the charter of the department the user is looking at —
 * named by the search, or the charter selected — titled in a form that is
 * right in French whatever the name, and shows it: selected, in view,
 * its title ready to type. */
static void
test_new_for_department (Fixture *fixture, gconstpointer data)
{
  GListModel  *list = qs_charters_view_get_charters (fixture->view);
  GtkEditable *search =
    GTK_EDITABLE (qs_ui_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY));
  g_autoptr (QsDepartment) communications = NULL;
  g_autoptr (QsCharter) created = NULL;
  g_autoptr (QsEntity) selected = NULL;
  GtkWidget *title_row;
  guint      n;

  /* Enough charters of Human Resources for the list to scroll. */
  for (guint i = 0; i < 12; i++)
    activate (fixture, "charters.new-empty", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 12);
  communications = add_provider (fixture, "COM", "Communications");

  /* The search names the department: the new charter is its own. */
  gtk_editable_set_text (search, "communi");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (list) == 0);
  activate (fixture, "charters.new-from-template", NULL);
  created = g_object_ref (qs_charters_view_get_charter (fixture->view));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (created), QS_CHARTER_FIELD_DEPARTMENT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (communications)));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (created), QS_CHARTER_FIELD_TITLE_FR), ==,
                   "Charte de services — Communications");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (created), QS_CHARTER_FIELD_TITLE_EN), ==,
                   "Service charter — Communications");
  /* The search still holds, and finds it, selected. */
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "communi");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  selected = g_object_ref (gtk_single_selection_get_selected_item (fixture->view->selection));
  g_assert_cmpstr (qs_entity_get_id (selected), ==, qs_entity_get_id (QS_ENTITY (created)));
  /* Its title in the interface's language has the focus. */
  title_row = find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English");
  g_assert_nonnull (title_row);
  g_assert_true (has_focus_within (title_row));

  /* Without a search, the charter selected names the department: the
   * last one of Human Resources, at the bottom of a list that scrolls. */
  gtk_editable_set_text (search, "");
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (list) == 13);
  n = g_list_model_get_n_items (list);
  gtk_single_selection_set_selected (fixture->view->selection, n - 1);
  qs_ui_test_drain ();
  g_clear_object (&selected);
  selected = g_list_model_get_item (list, n - 1);
  g_assert_cmpstr (qs_entity_get_string (selected, QS_CHARTER_FIELD_DEPARTMENT_ID), !=,
                   qs_entity_get_id (QS_ENTITY (communications)));
  activate (fixture, "charters.new-from-template", NULL);
  g_clear_object (&created);
  created = g_object_ref (qs_charters_view_get_charter (fixture->view));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (created), QS_CHARTER_FIELD_DEPARTMENT_ID), ==,
                   qs_entity_get_string (selected, QS_CHARTER_FIELD_DEPARTMENT_ID));
  g_assert_cmpstr (
    qs_entity_get_id (gtk_single_selection_get_selected_item (fixture->view->selection)), ==,
    qs_entity_get_id (QS_ENTITY (created)));
  QS_UI_TEST_WAIT_UNTIL (row_in_view (fixture, qs_entity_get_id (QS_ENTITY (created))));
  g_assert_true (has_focus_within (
    find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English")));
}

/* The label the user can see whose whole text is @text, if any. */
static GtkWidget *
find_label_exactly (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_exactly (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label just after the question @index in the document: its answer. */
static const char *
shown_answer (Fixture *fixture, guint index)
{
  GtkWidget *question =
    find_label_exactly (GTK_WIDGET (fixture->view), qs_adoption_checklist_get_question (index));
  GtkWidget *answer = question != NULL ? gtk_widget_get_next_sibling (question) : NULL;

  g_assert_nonnull (answer);
  g_assert_true (GTK_IS_LABEL (answer));
  /* Text to read and copy, not a field. */
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (answer)));
  return gtk_label_get_text (GTK_LABEL (answer));
}

static AdwExpanderRow *
find_question_row (Fixture *fixture, guint index)
{
  return ADW_EXPANDER_ROW (find_row (GTK_WIDGET (fixture->view), ADW_TYPE_EXPANDER_ROW,
                                     qs_adoption_checklist_get_question (index)));
}

static const char *const communicated = "On the intranet in May,\nand on posters at every desk";

/* An open question takes a written answer; the published charter shows
 * the answers it was published with, as a document; editing it as a new
 * version keeps them, and version 1 stays listed beside the draft. */
static void
test_checklist_published (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  const char *id = qs_entity_get_id (QS_ENTITY (charter));
  GListModel *list = qs_charters_view_get_charters (fixture->view);
  g_autoptr (QsCharter) stored = NULL;
  g_autoptr (QsAdoptionChecklist) checklist = NULL;
  g_autofree char *asked = NULL;
  AdwExpanderRow  *row;
  GtkTextView     *answer;
  GtkWidget       *button;

  g_assert_true (qs_adoption_checklist_is_open (6));

  /* A yes-or-no question: Yes. */
  row = find_question_row (fixture, 0);
  button = find_mapped_button (GTK_WIDGET (row), "_Yes");
  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);

  /* "How will these standards be communicated…?": no Yes or No, but a
   * text of several lines, open to write in. */
  row = find_question_row (fixture, 6);
  g_assert_nonnull (row);
  g_assert_null (find_mapped_button (GTK_WIDGET (row), "_Yes"));
  g_assert_null (find_mapped_button (GTK_WIDGET (row), "_No"));
  g_assert_true (adw_expander_row_get_expanded (row));
  answer = GTK_TEXT_VIEW (qs_ui_test_find_widget (GTK_WIDGET (row), GTK_TYPE_TEXT_VIEW));
  g_assert_nonnull (answer);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (answer)));
  g_assert_true (gtk_text_view_get_editable (answer));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (answer), communicated, -1);
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, communicated);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "2 of 9 answered"));

  /* Stored with the charter. */
  activate (fixture, "charters.save", NULL);
  stored = reload_charter (fixture, id);
  checklist = qs_adoption_checklist_new_from_json (
    qs_entity_get_string (QS_ENTITY (stored), QS_CHARTER_FIELD_CHECKLIST));
  g_assert_cmpstr (qs_adoption_checklist_get_text (checklist, 6), ==, communicated);

  /* Published, the answers it was published with are shown. */
  activate (fixture, "charters.publish", NULL);
  asked = answer_publication (TRUE);
  g_assert_nonnull (asked);
  g_assert_nonnull (strstr (asked, "2 of 9 questions answered"));
  g_clear_object (&stored);
  stored = reload_charter (fixture, id);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (stored), QS_CHARTER_FIELD_STATUS), ==,
                   QS_CHARTER_STATUS_PUBLISHED);
  g_assert_cmpstr (shown_answer (fixture, 0), ==, "Yes");
  g_assert_cmpstr (shown_answer (fixture, 6), ==, communicated);
  g_assert_cmpstr (shown_answer (fixture, 1), ==, "Not answered");
  g_assert_null (find_mapped_label (GTK_WIDGET (fixture->view), "Not answered yet"));

  /* A document: the title in the header, no field, no Publish, no pencil. */
  g_assert_nonnull (
    find_label_exactly (GTK_WIDGET (fixture->view), "Service charter — Human Resources"));
  g_assert_null (find_mapped_button (GTK_WIDGET (fixture->view), "_Publish"));
  {
    g_autoptr (GPtrArray) entries = g_ptr_array_new ();
    g_autoptr (GPtrArray) texts = g_ptr_array_new ();
    g_autoptr (GPtrArray) images = g_ptr_array_new ();

    qs_ui_test_find_all (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, entries);
    for (guint i = 0; i < entries->len; i++)
      g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (entries, i)));
    qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_TEXT_VIEW, texts);
    for (guint i = 0; i < texts->len; i++)
      g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (texts, i)));
    qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_IMAGE, images);
    for (guint i = 0; i < images->len; i++)
      if (gtk_widget_get_mapped (g_ptr_array_index (images, i)))
        g_assert_cmpstr (gtk_image_get_icon_name (g_ptr_array_index (images, i)), !=,
                         "document-edit-symbolic");
  }

  /* Its action: Edit as New Version. */
  button = find_mapped_label (GTK_WIDGET (fixture->view), "Edit as New Version");
  g_assert_nonnull (button);
  button = gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  qs_ui_test_drain ();

  /* The draft, version 2, keeps the answers to change them… */
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (qs_charters_view_get_charter (fixture->view)),
                                      QS_CHARTER_FIELD_VERSION),
                   ==, 2);
  g_assert_cmpstr (adw_expander_row_get_subtitle (find_question_row (fixture, 6)), ==,
                   communicated);
  /* …and both versions are listed: the draft, and version 1 still in force. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "Version 2 · Owner"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (fixture->view), "Version 1 · Owner"));
  {
    g_autoptr (QsEntity) first = g_list_model_get_item (list, 1);

    g_assert_cmpstr (qs_entity_get_id (first), ==, id);
  }

  /* Version 1, chosen in the list, still reads as published. */
  gtk_single_selection_set_selected (fixture->view->selection, 1);
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_charters_view_get_charter (fixture->view))), ==,
                   id);
  g_assert_cmpstr (shown_answer (fixture, 6), ==, communicated);
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/charters/new-for-department", test_new_for_department, NULL);
  ADD ("/ui/charters/checklist-published", test_checklist_published, NULL);
#undef ADD

  return g_test_run ();
}
