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
      return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <=
                                       gtk_widget_get_height (scrolled) + 0.5;
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
  g_assert_cmpstr (qs_entity_get_id (gtk_single_selection_get_selected_item (
                     fixture->view->selection)),
                   ==, qs_entity_get_id (QS_ENTITY (created)));
  QS_UI_TEST_WAIT_UNTIL (row_in_view (fixture, qs_entity_get_id (QS_ENTITY (created))));
  g_assert_true (has_focus_within (
    find_row (GTK_WIDGET (fixture->view), ADW_TYPE_ENTRY_ROW, "Title in English")));
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/charters/new-for-department", test_new_for_department, NULL);
#undef ADD

  return g_test_run ();
}
