/* test-welcome.c — a department sets itself up on an empty database, without a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the first start to a published charter and a request counted on
 * the department's own hours and holidays, as a new user goes: the first
 * steps (organisation and department, who they are, the hours, a file of
 * public holidays), the charter from the model, published. "Now" is
 * Wednesday 18 November 2026.
 */
#include "config.h"

#include <string.h>

#include "charters/qs-charters-view.h"
#include "qs-calendar-repository.h"
#include "qs-charter-repository.h"
#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-example-database.h"
#include "requests/qs-new-request-dialog-private.h"
#include "qs-welcome-window.h"
#include "qs-window.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"

typedef struct
{
  char     *dir;
  QsStore  *store;
  QsWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("test-welcome-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  fixture->window = qs_ui_test_window_new (fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  qs_ui_test_drain ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static AdwEntryRow *
nth_entry_row (GtkWidget *widget, const char *title, guint nth)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  qs_ui_test_find_all (widget, ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0 &&
        nth-- == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no entry row “%s”", title);
  return NULL;
}

static void
type (QsWelcomeWindow *welcome, const char *title, guint nth, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (nth_entry_row (GTK_WIDGET (welcome), title, nth)), text);
}

static void
next (QsWelcomeWindow *welcome, guint expected_step)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (welcome), "welcome.next", NULL));
  qs_ui_test_drain ();
  g_assert_cmpuint (qs_welcome_window_get_step (welcome), ==, expected_step);
}

/* A mapped label whose text contains @text, if any. */
static GtkWidget *
find_text (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static QsDepartment *
department_named (Fixture *fixture, const char *name)
{
  g_autoptr (GPtrArray) all = qs_directory_repository_get_departments (fixture->store, NULL);

  for (guint i = 0; all != NULL && i < all->len; i++)
    if (g_strcmp0 (qs_entity_get_string (g_ptr_array_index (all, i), QS_DEPARTMENT_FIELD_NAME),
                   name) == 0)
      return g_object_ref (g_ptr_array_index (all, i));
  return NULL;
}

static void
on_created_cb (QsNewRequestDialog *dialog, QsRequest *request, QsRequest **out)
{
  *out = g_object_ref (request);
}

static void
test_first_run (Fixture *fixture, gconstpointer data)
{
  g_autofree char *ics =
    g_test_build_filename (G_TEST_DIST, "io", "files", "holidays", "france-2026-2027.ics", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (ics);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (QsDepartment) organisation = NULL;
  g_autoptr (QsDepartment) department = NULL;
  g_autoptr (GPtrArray) people = NULL;
  g_autoptr (GPtrArray) charters = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (QsBusinessHours) without_holidays = NULL;
  g_autoptr (QsRequest) request = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) due_local = NULL;
  g_autofree char  *email = NULL;
  QsWelcomeWindow  *welcome;
  GtkWidget        *view;
  AdwMessageDialog *asked;
  gint64            received, due;

  welcome = QS_WELCOME_WINDOW (qs_window_welcome (fixture->window, FALSE));
  g_assert_nonnull (welcome);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (welcome)));
  next (welcome, 1);

  /* The organisation and the department, in both languages. */
  type (welcome, "Name in French", 0, "Ville de Gatineau");
  type (welcome, "Name in English", 0, "City of Gatineau");
  type (welcome, "Name in French", 1, "Ressources humaines");
  type (welcome, "Name in English", 1, "Human Resources");
  next (welcome, 2);
  organisation = department_named (fixture, "City of Gatineau");
  department = department_named (fixture, "Human Resources");
  g_assert_nonnull (organisation);
  g_assert_nonnull (department);
  g_assert_cmpstr (qs_department_get_name_in (QS_ENTITY (department), QS_LANGUAGE_FR), ==,
                   "Ressources humaines");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (department), QS_DEPARTMENT_FIELD_PARENT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (organisation)));
  g_assert_true (qs_entity_get_boolean (QS_ENTITY (department), QS_DEPARTMENT_FIELD_IS_PROVIDER));

  /* Who the user is: a bad address is refused on the page, which stays. */
  type (welcome, "Given Name", 0, "Nadia");
  type (welcome, "Family Name", 0, "Roy");
  type (welcome, "E-mail", 0, "nadia.roy@");
  next (welcome, 2);
  type (welcome, "E-mail", 0, "nadia.roy@example.org");
  next (welcome, 3);
  people = qs_directory_repository_get_people_of (fixture->store,
                                                  qs_entity_get_id (QS_ENTITY (department)), NULL);
  g_assert_cmpuint (people->len, ==, 1);
  email = g_settings_get_string (settings, "user-email");
  g_assert_cmpstr (email, ==, "nadia.roy@example.org");

  /* The hours as offered, in Ottawa's zone, and the public holidays. */
  type (welcome, "Time Zone", 0, "America/Toronto");
  g_assert_true (qs_welcome_window_import_holidays (welcome, file));
  next (welcome, 4);
  hours = qs_calendar_repository_load_hours (fixture->store, "default", &error);
  g_assert_no_error (error);
  g_assert_cmpint (qs_business_hours_get_day_length (hours), ==,
                   G_GINT64_CONSTANT (7) * 3600 * G_USEC_PER_SEC);

  /* The charter from the model, for the department, published. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (welcome), "welcome.write-charter", NULL));
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (QS_TYPE_WELCOME_WINDOW, TRUE) == NULL);
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_window_get_view (fixture->window), ==, "charters");
  view = qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_CHARTERS_VIEW);
  g_assert_true (gtk_widget_activate_action (view, "charters.publish", NULL));
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE) != NULL);
  asked = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  adw_message_dialog_response (asked, "publish");
  gtk_window_destroy (GTK_WINDOW (asked));
  qs_ui_test_drain ();
  charters = qs_charter_repository_get_published (
    fixture->store, qs_entity_get_id (QS_ENTITY (department)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (charters->len, ==, 1);

  /* A request the day before Christmas, recorded in the New Request
   * dialog: its deadline skips 25 December, which the file closed. */
  received = qs_test_instant ("2026-12-24T09:00:00-05:00");
  qs_test_pin_clock (fixture->store, received);
  {
    g_autoptr (QsContext) context = qs_ui_test_context_new (fixture->store);
    QsNewRequestDialog *dialog =
      QS_NEW_REQUEST_DIALOG (qs_new_request_dialog_new (GTK_WINDOW (fixture->window), context));

    gtk_window_present (GTK_WINDOW (dialog));
    qs_ui_test_drain ();
    g_signal_connect (dialog, "created", G_CALLBACK (on_created_cb), &request);
    gtk_editable_set_text (GTK_EDITABLE (dialog->client_row), "Roy");
    qs_ui_test_drain ();
    g_signal_emit_by_name (dialog->client_row, "entry-activated");
    adw_combo_row_set_selected (dialog->channel_row, QS_CHANNEL_EMAIL - 1);
    gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "Pay slip missing");
    qs_ui_test_drain ();
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-request.create", NULL));
    qs_ui_test_drain ();
  }
  g_assert_nonnull (request);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_RECEIVED_AT), ==,
                   received);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_CLIENT_ID), ==,
                   qs_entity_get_id (g_ptr_array_index (people, 0)));
  g_assert_no_error (error);
  due = qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  g_assert_cmpint (due, >, received);
  without_holidays =
    qs_business_hours_new ("America/Toronto",
                           "mon=08:30-12:00,13:00-16:30;"
                           "tue=08:30-12:00,13:00-16:30;wed=08:30-12:00,13:00-16:30;"
                           "thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30",
                           NULL);
  g_assert_cmpint (qs_business_hours_between (without_holidays, received, due) -
                     qs_business_hours_between (hours, received, due),
                   >=, G_GINT64_CONSTANT (7) * 3600 * G_USEC_PER_SEC);
  due_local = g_date_time_new_from_unix_utc (due / G_USEC_PER_SEC);
  g_assert_false (g_date_time_get_month (due_local) == 12 &&
                  g_date_time_get_day_of_month (due_local) == 25);
}

/* Every step skipped: no department provides services, so the last page
 * says where to make one instead of offering a charter that cannot be. */
static void
test_all_skipped (Fixture *fixture, gconstpointer data)
{
  QsWelcomeWindow *welcome = QS_WELCOME_WINDOW (qs_window_welcome (fixture->window, FALSE));

  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (welcome)));
  next (welcome, 1);
  for (guint step = 2; step <= 4; step++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (welcome), "welcome.skip", NULL));
      qs_ui_test_drain ();
      g_assert_cmpuint (qs_welcome_window_get_step (welcome), ==, step);
    }
  /* Pressed anyway, nothing happens: the window stays, and says why. */
  gtk_widget_activate_action (GTK_WIDGET (welcome), "welcome.write-charter", NULL);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (welcome)));
  g_assert_nonnull (find_text (GTK_WIDGET (welcome), "Go back to name yours"));
  gtk_window_destroy (GTK_WINDOW (welcome));
  qs_ui_test_drain ();
}

/* The example organisation opens from a file of its own, beside the
 * user's, and the window says so; the user's database stays empty. */
static void
test_explore_example (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "examples", NULL);
  g_autofree char *file = g_build_filename (folder, "example-en.db", NULL);
  g_autoptr (QsStore) example = NULL;
  g_autoptr (QsStore) again = NULL;
  g_autoptr (QsContext) context = NULL;
  g_autoptr (QsContext) own = qs_ui_test_context_new (fixture->store);
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GPtrArray) own_departments = NULL;
  g_autoptr (GPtrArray) departments_again = NULL;
  g_autoptr (GError) error = NULL;

  example = qs_example_database_open (folder, QS_LANGUAGE_EN, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));
  departments = qs_directory_repository_get_departments (example, NULL);
  g_assert_cmpuint (departments->len, >, 3);
  own_departments = qs_directory_repository_get_departments (fixture->store, NULL);
  g_assert_cmpuint (own_departments->len, ==, 0);

  context = qs_ui_test_context_new (example);
  qs_window_set_context (fixture->window, context);
  qs_window_set_exploring (fixture->window, TRUE);
  qs_ui_test_drain ();
  g_assert_true (qs_window_get_exploring (fixture->window));
  g_assert_true (qs_window_get_store (fixture->window) == example);
  qs_window_set_context (fixture->window, own);
  qs_window_set_exploring (fixture->window, FALSE);
  qs_ui_test_drain ();
  g_assert_true (qs_window_get_store (fixture->window) == fixture->store);

  /* Opened again, it is the same example, not a second fill. */
  g_clear_object (&context);
  qs_ui_test_drain ();
  again = qs_example_database_open (folder, QS_LANGUAGE_EN, &error);
  g_assert_no_error (error);
  departments_again = qs_directory_repository_get_departments (again, NULL);
  g_assert_cmpuint (departments_again->len, ==, departments->len);
}

/* A database with people in it opens without the first steps. */
static void
test_not_when_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsClient) someone = qs_client_new ();

  g_object_set (someone, "family-name", "Roy", NULL);
  qs_test_save (fixture->store, someone);
  g_assert_null (qs_window_welcome (fixture->window, FALSE));
  /* From the main menu, they come anyway. */
  g_assert_nonnull (qs_window_welcome (fixture->window, TRUE));
  qs_ui_test_drain ();
  gtk_window_destroy (qs_ui_test_find_toplevel (QS_TYPE_WELCOME_WINDOW, TRUE));
  qs_ui_test_drain ();
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/welcome/first-run", test_first_run);
  ADD ("/welcome/not-when-set-up", test_not_when_set_up);
  ADD ("/welcome/explore-example", test_explore_example);
  ADD ("/welcome/all-skipped", test_all_skipped);

  return g_test_run ();
}
