/* test-directory-view.c — the Clients view, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window on a temporary database with three departments (Payroll under
 * Finance, and IT) and three people: the tests search, choose departments,
 * edit a person in place and read back what was stored.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "directory/qs-directory-view.h"
#include "directory/qs-department-page.h"
#include "directory/qs-directory-view-private.h"
#include "directory/qs-import-dialog.h"
#include "directory/qs-new-person-dialog.h"
#include "directory/qs-person-page.h"
#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-org-chart-layout.h"
#include "qs-repository.h"
#include "qs-window.h"
#include "requests/qs-requests-view-private.h"
#include "requests/qs-requests-view.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"

typedef struct
{
  char            *dir;
  QsStore         *store;
  QsWindow        *window;
  QsDirectoryView *view;
  char            *finance_id;
  char            *alice_id;
} Fixture;

static QsClient *
add_person (QsStore    *store,
            const char *given,
            const char *family,
            const char *role,
            const char *email,
            QsEntity   *department,
            QsLanguage  language)
{
  QsClient *client = qs_client_new ();

  g_object_set (client, "given-name", given, "family-name", family, "role", role, "email", email,
                "department-id", qs_entity_get_id (department), "language", language, NULL);
  qs_test_save (store, client);
  return client;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (QsDepartment) finance = qs_department_new ();
  g_autoptr (QsDepartment) payroll = qs_department_new ();
  g_autoptr (QsDepartment) it = qs_department_new ();
  g_autoptr (QsClient) alice = NULL;
  g_autoptr (QsClient) bob = NULL;
  g_autoptr (QsClient) carol = NULL;
  g_autofree char *path = NULL;

  g_settings_set_int (settings, "window-width", data != NULL ? GPOINTER_TO_INT (data) : 1280);
  g_settings_set_int (settings, "window-height", 720);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  fixture->dir = qs_test_make_tmp_dir ("qs-directory-view-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);

  g_object_set (finance, "ref", "FIN", "name", "Finance", NULL);
  g_object_set (payroll, "ref", "PAY", "name", "Payroll", "parent-id",
                qs_entity_get_id (QS_ENTITY (finance)), NULL);
  g_object_set (it, "ref", "IT", "name", "Information Technology", NULL);
  qs_test_save (fixture->store, finance);
  qs_test_save (fixture->store, payroll);
  qs_test_save (fixture->store, it);
  alice = add_person (fixture->store, "Alice", "Martin", "Accountant", "alice.martin@example.org",
                      QS_ENTITY (finance), QS_LANGUAGE_FR);
  bob = add_person (fixture->store, "Bob", "Tremblay", "Payroll Clerk", "bob.tremblay@example.org",
                    QS_ENTITY (payroll), QS_LANGUAGE_FR);
  carol = add_person (fixture->store, "Carol", "Smith", "Network Administrator",
                      "carol.smith@example.org", QS_ENTITY (it), QS_LANGUAGE_EN);
  fixture->finance_id = g_strdup (qs_entity_get_id (QS_ENTITY (finance)));
  fixture->alice_id = g_strdup (qs_entity_get_id (QS_ENTITY (alice)));

  fixture->window = qs_ui_test_window_new (fixture->store);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "clients"));
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (qs_window_get_store (fixture->window) == fixture->store &&
                         gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  qs_ui_test_drain ();
}

static QsDirectoryView *
get_view (Fixture *fixture)
{
  if (fixture->view == NULL)
    fixture->view = QS_DIRECTORY_VIEW (
      qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_DIRECTORY_VIEW));
  g_assert_nonnull (fixture->view);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  return fixture->view;
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->finance_id);
  g_free (fixture->alice_id);
}

static guint
n_people (QsDirectoryView *view)
{
  return g_list_model_get_n_items (qs_directory_view_get_people (view));
}

static gboolean
lists_person (QsDirectoryView *view, const char *family_name)
{
  GListModel *people = qs_directory_view_get_people (view);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (QsEntity) client = g_list_model_get_item (people, i);

      if (g_strcmp0 (qs_entity_get_string (client, QS_CLIENT_FIELD_FAMILY_NAME), family_name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
type_search (QsDirectoryView *view, const char *text)
{
  GtkWidget *entry = qs_ui_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
test_search (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);

  g_assert_cmpuint (n_people (view), ==, 3);

  /* By role, case aside, after the entry's short delay. */
  type_search (view, "network");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 1);
  g_assert_true (lists_person (view, "Smith"));

  /* By department name. */
  type_search (view, "payroll");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 1);
  g_assert_true (lists_person (view, "Tremblay"));

  /* By e-mail. */
  type_search (view, "alice.martin@");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 1);
  g_assert_true (lists_person (view, "Martin"));

  type_search (view, "nobody at all");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 0);

  type_search (view, "");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 3);
}

static void
test_department (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);

  /* A department shows its own people. */
  qs_directory_view_select_department (view, fixture->finance_id);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_people (view), ==, 1);
  g_assert_true (lists_person (view, "Martin"));
  g_assert_false (lists_person (view, "Tremblay"));

  /* The search narrows it further. */
  type_search (view, "network");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 0);
  type_search (view, "");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 1);

  qs_directory_view_select_department (view, NULL);
  qs_ui_test_drain ();
  g_assert_cmpuint (n_people (view), ==, 3);
}

static AdwEntryRow *
entry_row_titled (GtkWidget *root, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (root, ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static QsEntity *
stored_department (Fixture *fixture, const char *id)
{
  g_autoptr (GError) error = NULL;
  QsEntity *found =
    qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_DEPARTMENT), id, &error);

  g_assert_no_error (error);
  return found;
}

/* A department's name in each language is typed on its page and kept;
 * an empty name is refused and the row shows the stored one again. */
static void
test_department_names (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView  *view = get_view (fixture);
  QsDepartmentPage *page =
    QS_DEPARTMENT_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_DEPARTMENT_PAGE));
  g_autoptr (QsEntity) stored = NULL;
  AdwEntryRow *french, *name;

  qs_directory_view_select_department (view, fixture->finance_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.show-department", NULL));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (page)));

  french = entry_row_titled (GTK_WIDGET (page), "Name in French");
  gtk_editable_set_text (GTK_EDITABLE (french), "  Finances ");
  g_signal_emit_by_name (french, "apply");
  qs_ui_test_drain ();
  stored = stored_department (fixture, fixture->finance_id);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_DEPARTMENT_FIELD_NAME_FR), ==, "Finances");
  g_assert_cmpstr (qs_department_get_name_in (stored, QS_LANGUAGE_FR), ==, "Finances");
  g_assert_cmpstr (qs_department_get_name_in (stored, QS_LANGUAGE_EN), ==, "Finance");
  g_clear_object (&stored);

  name = entry_row_titled (GTK_WIDGET (page), "Name");
  gtk_editable_set_text (GTK_EDITABLE (name), "");
  g_signal_emit_by_name (name, "apply");
  qs_ui_test_drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Finance");
  stored = stored_department (fixture, fixture->finance_id);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_DEPARTMENT_FIELD_NAME), ==, "Finance");
  g_assert_cmpstr (qs_entity_get_string (stored, QS_DEPARTMENT_FIELD_NAME_FR), ==, "Finances");
}

static const char *
need_text (QsDepartmentPage *page, guint index)
{
  GPtrArray *needs = qs_department_page_get_needs (page, QS_NEED_KIND_NEED);

  g_assert_nonnull (needs);
  g_assert_cmpuint (index, <, needs->len);
  return qs_entity_get_string (g_ptr_array_index (needs, index), QS_DEPARTMENT_NEED_FIELD_TEXT);
}

static void
test_department_needs (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView  *view = get_view (fixture);
  QsDepartmentPage *page =
    QS_DEPARTMENT_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_DEPARTMENT_PAGE));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) stored = NULL;

  qs_directory_view_select_department (view, fixture->finance_id);
  /* Its page opens from the title above its people. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.show-department", NULL));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (page)));

  g_assert_true (qs_department_page_add_need (page, QS_NEED_KIND_NEED, "Payslips on time", &error));
  g_assert_true (qs_department_page_add_need (page, QS_NEED_KIND_NEED, "One contact", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (need_text (page, 0), ==, "Payslips on time");

  /* Moving the second up puts it first, in the database too. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (page), "department.move-up", "s",
                                qs_entity_get_id (g_ptr_array_index (
                                  qs_department_page_get_needs (page, QS_NEED_KIND_NEED), 1))));
  qs_ui_test_drain ();
  stored = qs_directory_repository_get_needs (fixture->store, fixture->finance_id,
                                              QS_NEED_KIND_NEED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpstr (
    qs_entity_get_string (g_ptr_array_index (stored, 0), QS_DEPARTMENT_NEED_FIELD_TEXT), ==,
    "One contact");
  g_assert_cmpstr (need_text (page, 0), ==, "One contact");

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (page), "department.remove", "s",
                                qs_entity_get_id (g_ptr_array_index (
                                  qs_department_page_get_needs (page, QS_NEED_KIND_NEED), 0))));
  qs_ui_test_drain ();
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = qs_directory_repository_get_needs (fixture->store, fixture->finance_id,
                                              QS_NEED_KIND_NEED, &error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (need_text (page, 0), ==, "Payslips on time");
}

static void
test_org_chart (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView  *view = get_view (fixture);
  GtkWidget        *chart = qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_ORG_CHART);
  QsDepartmentPage *page =
    QS_DEPARTMENT_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_DEPARTMENT_PAGE));

  g_assert_nonnull (chart);
  g_assert_nonnull (qs_org_chart_get_layout (QS_ORG_CHART (chart)));
  g_assert_true (gtk_widget_is_sensitive (chart));

  /* The chart opens on the department chosen in the list, its box
   * focused and in view. */
  qs_directory_view_select_department (view, fixture->finance_id);
  adw_view_stack_set_visible_child_name (view->main_stack, "org-chart");
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (chart));
  g_assert_cmpstr (qs_org_chart_get_focused_department (QS_ORG_CHART (chart)), ==,
                   fixture->finance_id);
  {
    QsOrgChartLayout *layout = qs_org_chart_get_layout (QS_ORG_CHART (chart));
    int               index = qs_org_chart_layout_find (layout, fixture->finance_id);
    double            x, y, w, h, vx = 0, vy = 0, vw = 0, vh = 0;

    qs_org_chart_layout_get_node (layout, index, NULL, NULL, NULL, &x, &y, &w, &h);
    QS_UI_TEST_WAIT_UNTIL (
      (qs_org_chart_get_visible_area (QS_ORG_CHART (chart), &vx, &vy, &vw, &vh), vw > 0 && vh > 0));
    g_assert_true (x >= vx && x + w <= vx + vw && y >= vy && y + h <= vy + vh);
  }
  qs_directory_view_select_department (view, NULL);
  qs_ui_test_drain ();

  /* Choosing a box opens the department: its people and its page. */
  g_signal_emit_by_name (chart, "department-activated", fixture->finance_id);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpuint (n_people (view), ==, 1);
  g_assert_true (lists_person (view, "Martin"));
}

static char *
export_to (Fixture *fixture, const char *name, int what)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  char    *contents = NULL;
  gboolean done;

  if (what < 2)
    done = qs_directory_view_export_directory (get_view (fixture), file, what == 1, &error);
  else
    done = qs_directory_view_export_org_chart (get_view (fixture), file, what == 3, &error);
  g_assert_no_error (error);
  g_assert_true (done);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = export_to (fixture, "directory.csv", 0);
  g_autofree char *vcard = export_to (fixture, "directory.vcf", 1);
  g_autofree char *png = export_to (fixture, "chart.png", 2);
  g_autofree char *svg = export_to (fixture, "chart.svg", 3);

  /* For a spreadsheet, in the interface's language (English here). */
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFGiven name,Family name,E-mail,"));
  g_assert_nonnull (strstr (csv, "carol.smith@example.org"));
  g_assert_nonnull (strstr (csv, "Information Technology"));
  g_assert_true (g_str_has_prefix (vcard, "BEGIN:VCARD\r\n"));
  g_assert_nonnull (strstr (vcard, "alice.martin@example.org"));
  g_assert_true (g_str_has_prefix (png, "\x89PNG"));
  g_assert_nonnull (strstr (svg, "<svg"));
}

static QsEntity *
load_alice (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  QsEntity *client = qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT),
                                         fixture->alice_id, &error);

  g_assert_no_error (error);
  return client;
}

static AdwEntryRow *
find_entry_row (GtkWidget *widget, const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ENTRY_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwEntryRow *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
edit_row (QsDirectoryView *view, const char *title, const char *text)
{
  AdwEntryRow *row = find_entry_row (GTK_WIDGET (view), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* What the apply button and Enter do. */
  g_signal_emit_by_name (row, "apply");
  qs_ui_test_drain ();
}

static void
test_edit_and_undo (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);
  QsPersonPage    *page =
    QS_PERSON_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_PERSON_PAGE));
  g_autoptr (QsEntity) stored = NULL;
  g_autoptr (QsEntity) unchanged = NULL;
  g_autoptr (QsEntity) restored = NULL;

  qs_directory_view_show_person (view, fixture->alice_id);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  edit_row (view, "Role", "Chief Accountant");
  stored = load_alice (fixture);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_CLIENT_FIELD_ROLE), ==, "Chief Accountant");
  /* The list shows it too: the search finds the new role. */
  type_search (view, "chief");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 1);

  /* A bad e-mail is refused at the field, and nothing is stored. */
  edit_row (view, "E-mail", "alice@");
  unchanged = load_alice (fixture);
  g_assert_cmpstr (qs_entity_get_string (unchanged, QS_CLIENT_FIELD_EMAIL), ==,
                   "alice.martin@example.org");
  g_assert_true (
    gtk_widget_has_css_class (GTK_WIDGET (find_entry_row (GTK_WIDGET (view), "E-mail")), "error"));

  /* Another person's e-mail is refused too. */
  edit_row (view, "E-mail", "Carol.Smith@example.org");
  g_clear_object (&unchanged);
  unchanged = load_alice (fixture);
  g_assert_cmpstr (qs_entity_get_string (unchanged, QS_CLIENT_FIELD_EMAIL), ==,
                   "alice.martin@example.org");

  /* Undo puts back the role the last saved edit replaced. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.undo-edit", NULL));
  qs_ui_test_drain ();
  restored = load_alice (fixture);
  g_assert_cmpstr (qs_entity_get_string (restored, QS_CLIENT_FIELD_ROLE), ==, "Accountant");
  g_assert_cmpstr (
    gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (view), "Role"))), ==,
    "Accountant");
}

static QsNewPersonDialog *
open_new_person (QsDirectoryView *view)
{
  QsNewPersonDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.new-person", NULL));
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (QS_TYPE_NEW_PERSON_DIALOG, TRUE) != NULL);
  dialog = qs_ui_test_find_toplevel (QS_TYPE_NEW_PERSON_DIALOG, TRUE);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  return dialog;
}

static void
type_in (QsNewPersonDialog *dialog, const char *title, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (dialog), title)), text);
}

/* Added by hand with the checks of an import, deleted, put back; a
 * person others' records point to stays. */
static void
test_add_and_delete (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView   *view = get_view (fixture);
  QsNewPersonDialog *dialog = open_new_person (view);
  QsPersonPage      *page =
    QS_PERSON_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_PERSON_PAGE));
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autofree char *added_id = NULL;
  guint            before = n_people (view);

  /* Alice's address is taken: said in the dialog, which stays open. */
  type_in (dialog, "Given Name", "Étienne");
  type_in (dialog, "Family Name", "Bélanger");
  type_in (dialog, "E-mail", "ALICE.martin@example.org");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-person.add", NULL);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_has_css_class (
    GTK_WIDGET (find_entry_row (GTK_WIDGET (dialog), "E-mail")), "error"));
  g_assert_cmpuint (n_people (view), ==, before);

  type_in (dialog, "E-mail", "etienne.belanger@example.org");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-person.add", NULL);
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (QS_TYPE_NEW_PERSON_DIALOG, TRUE) == NULL);
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == before + 1);
  g_assert_true (lists_person (view, "Bélanger"));
  /* The new person's page is open, to fill in the rest. */
  g_assert_nonnull (qs_person_page_get_client (page));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (qs_person_page_get_client (page)),
                                         QS_CLIENT_FIELD_FAMILY_NAME),
                   ==, "Bélanger");
  added_id = g_strdup (qs_entity_get_id (QS_ENTITY (qs_person_page_get_client (page))));
  /* With the B's, first. */
  {
    g_autoptr (QsEntity) first = g_list_model_get_item (qs_directory_view_get_people (view), 0);
    g_assert_cmpstr (qs_entity_get_string (first, QS_CLIENT_FIELD_FAMILY_NAME), ==, "Bélanger");
  }

  /* Undo in the toast of the addition takes them out again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.undo-add-person", NULL));
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == before);
  g_assert_null (qs_person_page_get_client (page));
  /* Back, to go on. */
  {
    g_autoptr (QsEntity) tombstone =
      qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT), added_id, NULL);

    g_assert_nonnull (tombstone);
    g_assert_cmpint (qs_entity_get_deleted_at (tombstone), !=, 0);
    g_assert_true (
      qs_directory_repository_restore_client (fixture->store, QS_CLIENT (tombstone), NULL));
  }
  qs_directory_view_show_person (view, added_id);
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == before + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.delete-person", NULL));
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == before);
  g_assert_false (lists_person (view, "Bélanger"));
  g_assert_null (qs_person_page_get_client (page));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (view), "directory.undo-delete-person", NULL));
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == before + 1);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_person_page_get_client (page))), ==, added_id);

  /* Alice made a request: she stays, and nothing changes. */
  g_object_set (request, "ref", "REQ-1", "subject", "Pay slip", "client-id", fixture->alice_id,
                "department-id", fixture->finance_id, NULL);
  qs_entity_set_int (QS_ENTITY (request), QS_REQUEST_FIELD_RECEIVED_AT, qs_test_now ());
  qs_test_save (fixture->store, request);
  qs_directory_view_show_person (view, fixture->alice_id);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.delete-person", NULL));
  qs_ui_test_drain ();
  g_assert_true (lists_person (view, "Martin"));
  g_assert_cmpuint (n_people (view), ==, before + 1);
}

static AdwComboRow *
find_combo_row (GtkWidget *widget, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (widget, ADW_TYPE_COMBO_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no combo row “%s”", title);
  return NULL;
}

static QsEntity *
load_department (Fixture *fixture, const char *id)
{
  g_autoptr (GError) error = NULL;
  QsEntity *department = NULL;

  g_assert_true (
    qs_store_find_if_any (fixture->store, QS_TYPE_DEPARTMENT, id, &department, &error));
  g_assert_no_error (error);
  return department;
}

/* A department set up in the application: created under the one
 * selected, renamed, made a provider, moved to the top, deleted and put
 * back; one with people stays until they are moved. */
static void
test_department_setup (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView  *view = get_view (fixture);
  QsDepartmentPage *page =
    QS_DEPARTMENT_PAGE (qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_DEPARTMENT_PAGE));
  AdwComboRow     *parent_row;
  GtkSwitch       *provider;
  g_autofree char *id = NULL;
  g_autoptr (QsEntity) stored = NULL;
  g_autoptr (QsEntity) moved = NULL;
  g_autoptr (QsEntity) finance = NULL;

  qs_directory_view_select_department (view, fixture->finance_id);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.new-department", NULL));
  qs_ui_test_drain ();
  g_assert_nonnull (qs_department_page_get_department (page));
  id = g_strdup (qs_entity_get_id (QS_ENTITY (qs_department_page_get_department (page))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  stored = load_department (fixture, id);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_DEPARTMENT_FIELD_PARENT_ID), ==,
                   fixture->finance_id);

  edit_row (view, "Name", "Procurement");
  g_clear_object (&stored);
  stored = load_department (fixture, id);
  g_assert_cmpstr (qs_entity_get_string (stored, QS_DEPARTMENT_FIELD_NAME), ==, "Procurement");
  g_assert_cmpstr (qs_directory_view_get_department_name (view, id), ==, "Procurement");

  provider = GTK_SWITCH (qs_ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SWITCH));
  gtk_switch_set_active (provider, TRUE);
  qs_ui_test_drain ();
  g_clear_object (&stored);
  stored = load_department (fixture, id);
  g_assert_true (qs_entity_get_boolean (stored, QS_DEPARTMENT_FIELD_IS_PROVIDER));

  /* A service it provides, added and removed. */
  edit_row (view, "Add a Service", "Purchase orders");
  {
    g_autoptr (GPtrArray) provided =
      qs_directory_repository_get_services_provided (fixture->store, id, NULL);
    g_autofree char *service_id = NULL;

    g_assert_cmpuint (provided->len, ==, 1);
    g_assert_cmpstr (qs_entity_get_string (provided->pdata[0], QS_SERVICE_FIELD_NAME), ==,
                     "Purchase orders");
    service_id = g_strdup (qs_entity_get_id (provided->pdata[0]));
    g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (page), "department.remove-service", "s", service_id));
    qs_ui_test_drain ();
    g_clear_pointer (&provided, g_ptr_array_unref);
    provided = qs_directory_repository_get_services_provided (fixture->store, id, NULL);
    g_assert_cmpuint (provided->len, ==, 0);
  }

  /* "Part Of" offers the top, and never the department itself. */
  parent_row = find_combo_row (GTK_WIDGET (page), "Part Of");
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (parent_row)); i++)
    {
      g_autoptr (GtkStringObject) name =
        g_list_model_get_item (adw_combo_row_get_model (parent_row), i);
      g_assert_cmpstr (gtk_string_object_get_string (name), !=, "Procurement");
    }
  adw_combo_row_set_selected (parent_row, 0);
  qs_ui_test_drain ();
  moved = load_department (fixture, id);
  g_assert_null (qs_entity_get_string (moved, QS_DEPARTMENT_FIELD_PARENT_ID));

  /* Deleted, then put back. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (view), "directory.delete-department", NULL));
  qs_ui_test_drain ();
  g_assert_null (qs_directory_view_get_department_name (view, id));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (view), "directory.undo-delete-department", NULL));
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_directory_view_get_department_name (view, id), ==, "Procurement");

  /* Finance has Alice and Payroll: it stays. Alice may run it. */
  qs_directory_view_select_department (view, fixture->finance_id);
  g_assert_true (qs_department_page_load (page, fixture->finance_id, NULL));
  adw_combo_row_set_selected (find_combo_row (GTK_WIDGET (page), "Manager"), 1);
  qs_ui_test_drain ();
  {
    g_autoptr (QsEntity) managed = load_department (fixture, fixture->finance_id);
    g_assert_cmpstr (qs_entity_get_string (managed, QS_DEPARTMENT_FIELD_MANAGER_ID), ==,
                     fixture->alice_id);
  }
  /* Its channels, one check each: e-mail, then the phone too. */
  {
    g_autoptr (GPtrArray) checks = g_ptr_array_new ();
    g_autoptr (QsEntity) reached = NULL;

    qs_ui_test_find_all (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON, checks);
    g_assert_cmpuint (checks->len, >=, 2);
    gtk_check_button_set_active (checks->pdata[0], TRUE);
    gtk_check_button_set_active (checks->pdata[1], TRUE);
    qs_ui_test_drain ();
    reached = load_department (fixture, fixture->finance_id);
    g_assert_cmpstr (qs_entity_get_string (reached, QS_DEPARTMENT_FIELD_PREFERRED_CHANNELS), ==,
                     "email,phone");
  }
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (view), "directory.delete-department", NULL));
  qs_ui_test_drain ();
  finance = load_department (fixture, fixture->finance_id);
  g_assert_nonnull (finance);
  g_assert_cmpstr (qs_directory_view_get_department_name (view, fixture->finance_id), ==,
                   "Finance");
}

/* What dropping one department on another does: Payroll under IT, then
 * to the top; Finance under its own child is refused and stays. */
static void
test_department_drag (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);
  g_autoptr (GPtrArray) all = qs_directory_repository_get_departments (fixture->store, NULL);
  const char *payroll = NULL, *it = NULL;
  g_autoptr (QsEntity) moved = NULL;
  g_autoptr (QsEntity) top = NULL;
  g_autoptr (QsEntity) finance = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < all->len; i++)
    {
      const char *name = qs_entity_get_string (all->pdata[i], QS_DEPARTMENT_FIELD_NAME);

      if (g_str_equal (name, "Payroll"))
        payroll = qs_entity_get_id (all->pdata[i]);
      else if (g_str_equal (name, "Information Technology"))
        it = qs_entity_get_id (all->pdata[i]);
    }
  g_assert_true (qs_directory_view_move_department (view, payroll, it, &error));
  g_assert_no_error (error);
  moved = load_department (fixture, payroll);
  g_assert_cmpstr (qs_entity_get_string (moved, QS_DEPARTMENT_FIELD_PARENT_ID), ==, it);

  g_assert_true (qs_directory_view_move_department (view, payroll, NULL, &error));
  top = load_department (fixture, payroll);
  g_assert_null (qs_entity_get_string (top, QS_DEPARTMENT_FIELD_PARENT_ID));

  g_assert_true (qs_directory_view_move_department (view, payroll, fixture->finance_id, NULL));
  g_assert_false (qs_directory_view_move_department (view, fixture->finance_id, payroll, &error));
  g_assert_nonnull (error);
  finance = load_department (fixture, fixture->finance_id);
  g_assert_null (qs_entity_get_string (finance, QS_DEPARTMENT_FIELD_PARENT_ID));
}

static void
test_anonymise (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);
  g_autoptr (QsEntity) stored = NULL;
  AdwMessageDialog *dialog;

  qs_directory_view_show_person (view, fixture->alice_id);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.anonymise", NULL));
  QS_UI_TEST_WAIT_UNTIL ((dialog = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE)) !=
                         NULL);
  adw_message_dialog_response (dialog, "anonymise");
  qs_ui_test_drain ();

  stored = load_alice (fixture);
  g_assert_null (qs_entity_get_string (stored, QS_CLIENT_FIELD_FAMILY_NAME));
  g_assert_null (qs_entity_get_string (stored, QS_CLIENT_FIELD_GIVEN_NAME));
  g_assert_null (qs_entity_get_string (stored, QS_CLIENT_FIELD_EMAIL));
  g_assert_cmpint (qs_entity_get_int (stored, QS_CLIENT_FIELD_ANONYMISED_AT), >, 0);
  /* The person stays in the directory's count, under no name. */
  g_assert_cmpuint (n_people (view), ==, 3);
  g_assert_false (lists_person (view, "Martin"));
  type_search (view, "alice");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 0);
}

static QsImportDialog *
open_import (Fixture *fixture, const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, "people.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  dialog = qs_directory_view_open_import (get_view (fixture), file);
  g_assert_true (QS_IS_IMPORT_DIALOG (dialog));
  qs_ui_test_drain ();
  return QS_IMPORT_DIALOG (dialog);
}

static GtkWidget *
find_button (GtkWidget *widget, const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_destroyed_cb (gpointer data, GObject *where)
{
  *(gboolean *) data = TRUE;
}

static void
test_import (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);
  QsImportDialog  *dialog;
  QsClientImport  *import;
  g_auto (GStrv) columns = NULL;
  g_autoptr (QsImportProblem) problem = NULL;
  GtkWidget *import_button;
  gboolean   closed = FALSE;

  /* French headers, a semicolon, and a bad e-mail on the file's line 3. */
  dialog = open_import (fixture, "Prénom;Nom;Courriel;Service\r\n"
                                 "Eric;Lavoie;eric.lavoie@example.org;Finance\r\n"
                                 "Denise;Roy;denise@;Finance\r\n");
  import = qs_import_dialog_get_import (dialog);
  columns = qs_client_import_get_columns (import);
  g_assert_cmpstrv (columns, ((const char *[]){ "Prénom", "Nom", "Courriel", "Service", NULL }));
  g_assert_cmpint (qs_client_import_get_mapping (import, 0), ==, QS_IMPORT_FIELD_GIVEN_NAME);
  g_assert_cmpint (qs_client_import_get_mapping (import, 1), ==, QS_IMPORT_FIELD_FAMILY_NAME);
  g_assert_cmpint (qs_client_import_get_mapping (import, 2), ==, QS_IMPORT_FIELD_EMAIL);
  g_assert_cmpint (qs_client_import_get_mapping (import, 3), ==, QS_IMPORT_FIELD_DEPARTMENT);

  g_assert_cmpuint (g_list_model_get_n_items (qs_import_dialog_get_problems (dialog)), ==, 1);
  problem = g_list_model_get_item (qs_import_dialog_get_problems (dialog), 0);
  g_assert_cmpint (qs_import_problem_get_kind (problem), ==, QS_IMPORT_PROBLEM_BAD_EMAIL);
  g_assert_cmpuint (qs_import_problem_get_line (problem), ==, 3);
  g_assert_cmpuint (qs_import_problem_get_column (problem), ==, 3);
  import_button = find_button (GTK_WIDGET (dialog), "_Import");
  g_assert_nonnull (import_button);
  g_assert_false (gtk_widget_get_sensitive (import_button));

  /* The user fixes the file and chooses it again. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  qs_ui_test_drain ();
  dialog = open_import (fixture, "Prénom;Nom;Courriel;Service\r\n"
                                 "Eric;Lavoie;eric.lavoie@example.org;Finance\r\n"
                                 "Denise;Roy;denise.roy@example.org;Finance\r\n");
  g_assert_cmpuint (g_list_model_get_n_items (qs_import_dialog_get_problems (dialog)), ==, 0);
  import_button = find_button (GTK_WIDGET (dialog), "_Import");
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_object_weak_ref (G_OBJECT (dialog), on_destroyed_cb, &closed);
  gtk_widget_activate (import_button);
  QS_UI_TEST_WAIT_UNTIL (closed);
  qs_ui_test_drain ();

  g_assert_cmpuint (n_people (view), ==, 5);
  type_search (view, "roy");
  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 1);
}

/* Another program (the command line) edits the person shown, then renames
 * the department chosen: the row and the page show it, the list is the
 * same list with the same person selected, and the department stays
 * chosen. */
static void
test_changed_elsewhere (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);
  QsContext       *context = qs_window_get_context (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  GListModel      *people;
  QsEntity        *selected;

  qs_directory_view_select_department (view, fixture->finance_id);
  qs_ui_test_drain ();
  people = qs_directory_view_get_people (view);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  gtk_single_selection_set_selected (view->selection, 0);
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_person_page_get_client (QS_PERSON_PAGE (
                     qs_ui_test_find_widget (GTK_WIDGET (view), QS_TYPE_PERSON_PAGE))))),
                   ==, fixture->alice_id);
  /* Where things stand, as the application's first look notes it. */
  qs_context_check_foreign_changes (context);
  qs_ui_test_drain ();

  qs_test_set_elsewhere (path, QS_TYPE_CLIENT, fixture->alice_id, QS_CLIENT_FIELD_ROLE,
                         "Chief Accountant", "2026-11-18T15:05:00Z");
  g_assert_true (qs_context_check_foreign_changes (context));
  qs_ui_test_drain ();

  g_assert_true (qs_directory_view_get_people (view) == people);
  selected = gtk_single_selection_get_selected_item (view->selection);
  g_assert_nonnull (selected);
  g_assert_cmpstr (qs_entity_get_id (selected), ==, fixture->alice_id);
  g_assert_cmpstr (qs_entity_get_string (selected, QS_CLIENT_FIELD_ROLE), ==, "Chief Accountant");
  g_assert_cmpstr (
    gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (view), "Role"))), ==,
    "Chief Accountant");

  qs_test_set_elsewhere (path, QS_TYPE_DEPARTMENT, fixture->finance_id, QS_DEPARTMENT_FIELD_NAME,
                         "Finance and Procurement", "2026-11-18T15:06:00Z");
  g_assert_true (qs_context_check_foreign_changes (context));
  qs_ui_test_drain ();

  g_assert_cmpstr (view->department_id, ==, fixture->finance_id);
  g_assert_cmpuint (n_people (view), ==, 1);
  g_assert_true (lists_person (view, "Martin"));
  g_assert_cmpstr (gtk_label_get_label (view->person_title), ==, "Alice Martin");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->detail_stack), ==, "person");
}

static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);
  AdwLeaflet *leaflet = ADW_LEAFLET (qs_ui_test_find_widget (GTK_WIDGET (view), ADW_TYPE_LEAFLET));

  QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  qs_directory_view_show_person (view, fixture->alice_id);
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "person");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.show-people", NULL));
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "people");
}

/* Narrow, a department chosen in the list of departments titles the list
 * of its people, which leads back to the departments and on to the
 * department's page, titled with its name. */
static void
test_narrow_department (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);

  QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (view->leaflet));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (view), "directory.show-departments", NULL));
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (view->leaflet), ==, "departments");

  qs_directory_view_select_department (view, fixture->finance_id);
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (view->leaflet), ==, "people");
  g_assert_true (gtk_widget_is_visible (view->department_bar));
  g_assert_cmpstr (gtk_label_get_label (view->department_title), ==, "Finance");
  g_assert_true (gtk_widget_is_visible (view->department_button));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->department_title)));

  /* The way on: the department's page, its name above it. */
  g_signal_emit_by_name (view->department_button, "clicked");
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (view->leaflet), ==, "person");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->detail_stack), ==, "department");
  g_assert_cmpstr (gtk_label_get_label (view->person_title), ==, "Finance");
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (view->department_page)));

  /* And back, twice, to the departments. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.show-people", NULL));
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (view->leaflet), ==, "people");
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (view), "directory.show-departments", NULL));
  qs_ui_test_drain ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (view->leaflet), ==, "departments");
}

/* Whether the keyboard focus is in a text field: typing would replace
 * what it holds. */
static gboolean
focus_in_field (QsDirectoryView *view)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (view)));

  return focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT (focus) ||
                           gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW) != NULL);
}

static gboolean
focus_in_list (QsDirectoryView *view)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (view)));

  return focus != NULL && (focus == GTK_WIDGET (view->people_view) ||
                           gtk_widget_is_ancestor (focus, GTK_WIDGET (view->people_view)));
}

static guint
position_of (QsDirectoryView *view, const char *family_name)
{
  GListModel *people = qs_directory_view_get_people (view);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (QsEntity) client = g_list_model_get_item (people, i);

      if (g_strcmp0 (qs_entity_get_string (client, QS_CLIENT_FIELD_FAMILY_NAME), family_name) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* Choosing a person in the list, as a click does, shows their page and
 * leaves the focus in the list: not in their first field, its text
 * selected, where typing would overwrite their given name. */
static void
test_select_keeps_focus (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView    *view = get_view (fixture);
  GtkSingleSelection *selection =
    GTK_SINGLE_SELECTION (gtk_column_view_get_model (view->people_view));

  QS_UI_TEST_WAIT_UNTIL (n_people (view) == 3);
  gtk_widget_grab_focus (GTK_WIDGET (view->people_view));
  qs_ui_test_drain ();
  g_assert_true (focus_in_list (view));

  gtk_single_selection_set_selected (selection, position_of (view, "Martin"));
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->person_page)));
  g_assert_cmpstr (gtk_label_get_label (view->person_title), ==, "Alice Martin");
  g_assert_false (focus_in_field (view));
  g_assert_true (focus_in_list (view));

  /* Another person, the same. */
  gtk_single_selection_set_selected (selection, position_of (view, "Smith"));
  qs_ui_test_drain ();
  g_assert_cmpstr (gtk_label_get_label (view->person_title), ==, "Carol Smith");
  g_assert_false (focus_in_field (view));
  g_assert_true (focus_in_list (view));
}

/* Wide, a person's page beside the list makes the departments give way,
 * so that the people table keeps its room; a button brings them back. The
 * page closes with its close button or Escape, and the departments return. */
static void
test_detail_pane (Fixture *fixture, gconstpointer data)
{
  QsDirectoryView *view = get_view (fixture);

  g_assert_false (adw_leaflet_get_folded (view->leaflet));
  g_assert_true (gtk_widget_get_mapped (view->sidebar));
  g_assert_false (gtk_widget_get_visible (view->person_pane));

  qs_directory_view_show_person (view, fixture->alice_id);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_mapped (view->person_pane));
  g_assert_false (gtk_widget_get_mapped (view->sidebar));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view->departments_button)));
  g_assert_true (gtk_widget_get_mapped (view->close_button));
  /* The table has most of the window, once the panes are laid out again
   * (a loaded machine may take more than one frame). */
  g_test_message ("people %d, person %d, window %d, folded %d",
                  gtk_widget_get_width (view->people_pane),
                  gtk_widget_get_width (view->person_pane),
                  gtk_widget_get_width (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view)))),
                  adw_leaflet_get_folded (view->leaflet));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_width (view->people_pane) > 640);

  gtk_toggle_button_set_active (view->departments_button, TRUE);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (view->sidebar));
  g_assert_true (gtk_widget_get_mapped (view->person_pane));
  gtk_toggle_button_set_active (view->departments_button, FALSE);
  QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_mapped (view->sidebar));

  g_assert_true (
    qs_ui_test_has_shortcut (GTK_WIDGET (view), "Escape", "directory.close-detail", NULL));
  g_signal_emit_by_name (view->close_button, "clicked");
  qs_ui_test_drain ();
  g_assert_false (gtk_widget_get_visible (view->person_pane));
  g_assert_null (qs_person_page_get_client (view->person_page));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (view->sidebar));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view->departments_button)));
  /* Nothing to close: Escape is left to others. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "directory.close-detail", NULL) &&
                  gtk_widget_get_visible (view->person_pane));
}

static void
add_request (QsStore        *store,
             const char     *ref,
             const char     *subject,
             QsRequestStatus status,
             const char     *client_id,
             const char     *origin_id)
{
  g_autoptr (QsRequest) request = qs_request_new ();
  QsEntity *e = QS_ENTITY (request);

  qs_entity_set_string (e, QS_REQUEST_FIELD_REF, ref);
  qs_entity_set_string (e, QS_REQUEST_FIELD_SUBJECT, subject);
  qs_entity_set_enum (e, QS_REQUEST_FIELD_STATUS, status);
  qs_entity_set_int (e, QS_REQUEST_FIELD_RECEIVED_AT,
                     qs_test_now () - (gint64) 3600 * G_USEC_PER_SEC);
  qs_entity_set_string (e, QS_REQUEST_FIELD_CLIENT_ID, client_id);
  qs_entity_set_string (e, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID, origin_id);
  if (status == QS_REQUEST_STATUS_CLOSED)
    {
      qs_entity_set_int (e, QS_REQUEST_FIELD_RESOLVED_AT,
                         qs_test_now () - (gint64) 60 * G_USEC_PER_SEC);
      qs_entity_set_int (e, QS_REQUEST_FIELD_CLOSED_AT, qs_test_now ());
    }
  qs_test_save (store, request);
}

/* The row of a page titled @title. */
static GtkWidget *
row_titled (GtkWidget *page, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (page, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  g_assert_not_reached ();
}

static QsRequestsView *
requests_view_shown (Fixture *fixture)
{
  QsRequestsView *requests;

  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "requests");
  requests =
    QS_REQUESTS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_REQUESTS_VIEW));
  g_assert_nonnull (requests);
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_requests (requests) != NULL);
  return requests;
}

/* A person's request count, a department's open requests and a person's
 * latest requests open the Requests view on those very requests; its bar
 * says whose they are, and clears that. */
static void
test_rows_open_requests (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) found = NULL;
  g_autofree char *bob_id = NULL;
  QsDirectoryView *view = get_view (fixture);
  QsRequestsView  *requests;
  GtkWidget       *row;
  g_autofree char *subject = NULL;

  found = qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_CLIENT),
                                  "family_name = 'Tremblay'", NULL, NULL, QS_QUERY_DEFAULT, NULL);
  bob_id = g_strdup (qs_entity_get_id (g_ptr_array_index (found, 0)));
  /* Alice, of Finance, made three requests, one closed; Bob one, from Finance too. */
  add_request (fixture->store, "REQ-2026-00001", "Payslip missing", QS_REQUEST_STATUS_CLOSED,
               fixture->alice_id, fixture->finance_id);
  add_request (fixture->store, "REQ-2026-00002", "Expense claim", QS_REQUEST_STATUS_RECEIVED,
               fixture->alice_id, fixture->finance_id);
  add_request (fixture->store, "REQ-2026-00003", "New laptop", QS_REQUEST_STATUS_IN_ANALYSIS,
               fixture->alice_id, fixture->finance_id);
  add_request (fixture->store, "REQ-2026-00004", "Holiday balance", QS_REQUEST_STATUS_RECEIVED,
               bob_id, fixture->finance_id);
  qs_ui_test_drain ();

  qs_directory_view_show_person (view, fixture->alice_id);
  qs_ui_test_drain ();
  row = row_titled (GTK_WIDGET (view->person_page), "Requests");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "3");
  g_assert_true (gtk_widget_activate (row));
  qs_ui_test_drain ();
  requests = requests_view_shown (fixture);
  g_assert_cmpstr (qs_requests_view_get_filter (requests)->client_id, ==, fixture->alice_id);
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (requests)) == 3);
  g_assert_true (gtk_revealer_get_reveal_child (requests->scope_revealer));
  g_assert_cmpstr (gtk_label_get_label (requests->scope_label), ==, "Requests of Alice Martin");

  /* Everyone's again, from the bar. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (requests), "requests.clear-client", NULL));
  qs_ui_test_drain ();
  g_assert_null (qs_requests_view_get_filter (requests)->client_id);
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (requests)) == 4);
  g_assert_false (gtk_revealer_get_reveal_child (requests->scope_revealer));

  /* The department's open requests: Alice's two open ones and Bob's. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "clients"));
  qs_directory_view_select_department (view, fixture->finance_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.show-department", NULL));
  qs_ui_test_drain ();
  row = row_titled (GTK_WIDGET (view->department_page), "Open Requests");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "3");
  g_assert_true (gtk_widget_activate (row));
  qs_ui_test_drain ();
  requests = requests_view_shown (fixture);
  g_assert_cmpstr (qs_requests_view_get_filter (requests)->client_department_id, ==,
                   fixture->finance_id);
  g_assert_true (qs_requests_view_get_filter (requests)->open_only);
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (qs_requests_view_get_requests (requests)) == 3);
  g_assert_cmpstr (gtk_label_get_label (requests->scope_label), ==, "Requests from Finance");

  /* A latest request of Alice's opens that request. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "clients"));
  qs_directory_view_show_person (view, fixture->alice_id);
  qs_ui_test_drain ();
  row = row_titled (GTK_WIDGET (view->person_page), "Expense claim");
  g_assert_true (gtk_widget_activate (row));
  qs_ui_test_drain ();
  requests = requests_view_shown (fixture);
  QS_UI_TEST_WAIT_UNTIL (qs_requests_view_get_shown (requests) != NULL);
  subject = g_strdup (
    qs_entity_get_string (QS_ENTITY (qs_requests_view_get_shown (requests)), QS_REQUEST_FIELD_REF));
  g_assert_cmpstr (subject, ==, "REQ-2026-00002");
}

/* A window opening on another view leaves the directory unread until the
 * Clients view is shown: the first frame does not pay for it. */
static void
test_read_when_shown (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  QsDirectoryView *view;
  GListModel      *people;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  g_settings_set_string (settings, "last-view", "charters");
  fixture->window = qs_ui_test_window_new (fixture->store);
  fixture->view = NULL;
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  qs_ui_test_drain ();

  /* Not even built, and once built but hidden, not read. */
  g_assert_null (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_DIRECTORY_VIEW));
  view = QS_DIRECTORY_VIEW (
    g_object_ref_sink (qs_directory_view_new (qs_window_get_context (fixture->window))));
  people = qs_directory_view_get_people (QS_DIRECTORY_VIEW (view));
  g_assert_true (people == NULL || g_list_model_get_n_items (people) == 0);
  g_object_unref (view);

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "clients"));
  view = QS_DIRECTORY_VIEW (
    qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_DIRECTORY_VIEW));
  g_assert_nonnull (view);
  QS_UI_TEST_WAIT_UNTIL (qs_directory_view_get_people (view) != NULL && n_people (view) == 3);
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/directory/search", test_search, NULL);
  ADD ("/ui/directory/changed-elsewhere", test_changed_elsewhere, NULL);
  ADD ("/ui/directory/department", test_department, NULL);
  ADD ("/ui/directory/department-needs", test_department_needs, NULL);
  ADD ("/ui/directory/department-names", test_department_names, NULL);
  ADD ("/ui/directory/org-chart", test_org_chart, NULL);
  ADD ("/ui/directory/export", test_export, NULL);
  ADD ("/ui/directory/edit-and-undo", test_edit_and_undo, NULL);
  ADD ("/ui/directory/anonymise", test_anonymise, NULL);
  ADD ("/ui/directory/add-and-delete", test_add_and_delete, NULL);
  ADD ("/ui/directory/department-setup", test_department_setup, NULL);
  ADD ("/ui/directory/department-drag", test_department_drag, NULL);
  ADD ("/ui/directory/import", test_import, NULL);
  ADD ("/ui/directory/narrow", test_narrow, GINT_TO_POINTER (360));
  ADD ("/ui/directory/narrow-department", test_narrow_department, GINT_TO_POINTER (360));
  ADD ("/ui/directory/select-keeps-focus", test_select_keeps_focus, NULL);
  ADD ("/ui/directory/detail-pane", test_detail_pane, NULL);
  ADD ("/ui/directory/rows-open-requests", test_rows_open_requests, NULL);
  ADD ("/ui/directory/read-when-shown", test_read_when_shown, NULL);

#undef ADD

  return g_test_run ();
}
