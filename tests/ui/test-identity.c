/* test-identity.c — the user picks themselves from the directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the first start with people in the directory, the window asks who
 * the user is, once. The person picked is who the history credits from
 * then on, instead of the computer's account.
 */
#include "config.h"

#include <adwaita.h>

#include "directory/qs-identity-dialog.h"
#include "qs-entities.h"
#include "qs-window.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"

typedef struct
{
  char      *dir;
  QsStore   *store;
  GSettings *settings;
  QsWindow  *window;
} Fixture;

static void
add_person (QsStore *store, const char *given, const char *family, const char *email)
{
  g_autoptr (QsClient) client = qs_client_new ();

  g_object_set (client, "given-name", given, "family-name", family, "role", "Buyer", "email", email,
                NULL);
  qs_test_save (store, client);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;

  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "user-email", "");
  g_settings_set_boolean (fixture->settings, "identity-asked", FALSE);
  fixture->dir = qs_test_make_tmp_dir ("qs-identity-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  if (data == NULL)
    {
      add_person (fixture->store, "Ana", "Lopez", "ana.lopez@example.org");
      add_person (fixture->store, "Bruno", "Petit", NULL);
    }
  fixture->window = qs_ui_test_window_new (fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->settings);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GtkButton *
find_button (GtkWidget *root, const char *label)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  qs_ui_test_find_all (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

static GListModel *
search (GtkWidget *dialog, const char *text, guint expected)
{
  GtkWidget  *entry = qs_ui_test_find_widget (dialog, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget  *list = qs_ui_test_find_widget (dialog, GTK_TYPE_LIST_VIEW);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  QS_UI_TEST_WAIT_UNTIL (g_list_model_get_n_items (model) == expected);
  qs_ui_test_drain ();
  return model;
}

static void
test_pick_yourself (Fixture *fixture, gconstpointer data)
{
  GtkWindow       *dialog = qs_window_ask_identity (fixture->window);
  QsContext       *context = qs_window_get_context (fixture->window);
  g_autofree char *actor = NULL;
  g_autofree char *email = NULL;
  GListModel      *people;
  GtkButton       *choose;

  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  /* Asked once: closing it is an answer too. */
  g_assert_null (qs_window_ask_identity (fixture->window));

  choose = find_button (GTK_WIDGET (dialog), "_Choose");
  /* Someone without an e-mail address cannot be chosen. */
  people = search (GTK_WIDGET (dialog), "bru", 1);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (people), 0);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (choose)));

  people = search (GTK_WIDGET (dialog), "ana", 1);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (people), 0);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (choose)));
  g_signal_emit_by_name (choose, "clicked");
  qs_ui_test_drain ();

  email = g_settings_get_string (fixture->settings, "user-email");
  g_assert_cmpstr (email, ==, "ana.lopez@example.org");
  /* The history now credits her, not the computer's account. */
  actor = qs_context_dup_actor (context);
  g_assert_cmpstr (actor, ==, "Ana Lopez");
}

/* With no one in the directory there is no one to pick: no question. */
static void
test_empty_directory (Fixture *fixture, gconstpointer data)
{
  g_assert_null (qs_window_ask_identity (fixture->window));
  g_assert_false (g_settings_get_boolean (fixture->settings, "identity-asked"));
}

/* Someone already known is not asked. */
static void
test_known_user (Fixture *fixture, gconstpointer data)
{
  g_settings_set_string (fixture->settings, "user-email", "ana.lopez@example.org");
  g_assert_null (qs_window_ask_identity (fixture->window));
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

  g_test_add ("/identity/pick-yourself", Fixture, NULL, fixture_set_up, test_pick_yourself,
              fixture_tear_down);
  g_test_add ("/identity/empty-directory", Fixture, GINT_TO_POINTER (1), fixture_set_up,
              test_empty_directory, fixture_tear_down);
  g_test_add ("/identity/known-user", Fixture, NULL, fixture_set_up, test_known_user,
              fixture_tear_down);
  return g_test_run ();
}
