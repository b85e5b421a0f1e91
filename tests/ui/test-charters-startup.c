/* test-charters-startup.c — the Charters view in a window that opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real widgets under Xvfb: a window opening on a database that holds a
 * charter chooses and reads the charter before its first frame, and draws
 * it, with its commitments, checklist and versions, right after; nothing
 * is lost when the user acts on them before that. A window opening on
 * another view builds the Charters view, and reads the charters, only
 * when that view is shown.
 */
#include "config.h"

#include "charters-fixture.h"
#include "charters/qs-charter-editor.h"
#include "qs-entities.h"
#include "qs-ui-test-util.h"

/* Closes the fixture's window and opens a new one on the same database
 * and on @view, as starting QualServ again does; returns without running
 * the main loop, so that no frame has been drawn yet. */
static void
reopen (Fixture *fixture, const char *view)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qs_ui_test_drain ();

  g_settings_set_string (settings, "last-view", view);
  fixture->window = qs_ui_test_window_new (fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* Only the view the window opens on is built. */
  fixture->view =
    QS_CHARTERS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_CHARTERS_VIEW));
  if (g_strcmp0 (view, "charters") == 0)
    g_assert_true (fixture->view != NULL && gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  else
    g_assert_null (fixture->view);
}

static void
test_rows_after_first_frame (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (GPtrArray) stored = stored_commitments (fixture, charter);
  const char *title = qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_TITLE_EN);
  GtkWidget  *editor;

  g_assert_cmpuint (stored->len, >, 0);
  reopen (fixture, "charters");

  editor = qs_ui_test_find_widget (GTK_WIDGET (fixture->view), QS_TYPE_CHARTER_EDITOR);
  /* Before the first frame the charter is chosen and read, but the
   * editor draws nothing yet: the first frame is the window's and the
   * list's. */
  g_assert_nonnull (qs_charters_view_get_charter (fixture->view));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_charters_view_get_charter (fixture->view))), ==,
                   qs_entity_get_id (QS_ENTITY (charter)));
  g_assert_null (find_mapped_label (editor, title));
  g_assert_cmpuint (count_commitment_rows (fixture), ==, 0);

  /* Right after it, the charter is drawn, every commitment has its row,
   * and the other sections are there too. */
  QS_UI_TEST_WAIT_UNTIL (count_commitment_rows (fixture) == stored->len);
  g_assert_nonnull (find_mapped_label (editor, title));
  g_assert_nonnull (find_group (GTK_WIDGET (fixture->view), "Adoption Checklist"));
  g_assert_nonnull (find_group (GTK_WIDGET (fixture->view), "Versions"));
  for (guint i = 0; i < stored->len; i++)
    g_assert_nonnull (
      find_commitment_row (fixture, qs_entity_get_id (g_ptr_array_index (stored, i))));

  /* A charter shown after that has its rows at once. */
  activate (fixture, "charters.new-empty", NULL);
  g_assert_cmpuint (count_commitment_rows (fixture), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "charters.open-version",
                                             "s", qs_entity_get_id (QS_ENTITY (charter))));
  g_assert_cmpuint (count_commitment_rows (fixture), ==, stored->len);
}

static void
test_act_before_first_frame (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (GPtrArray) stored = stored_commitments (fixture, charter);
  g_autoptr (GPtrArray) after = NULL;
  const char *first_id = qs_entity_get_id (g_ptr_array_index (stored, 0));

  reopen (fixture, "charters");
  g_assert_cmpuint (count_commitment_rows (fixture), ==, 0);

  /* Deleting a commitment before its row is built leaves the others
   * listed, once, and the deleted one gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view),
                                             "charters.delete-commitment", "s", first_id));
  g_assert_cmpuint (count_commitment_rows (fixture), ==, stored->len - 1);
  g_assert_null (find_commitment_row (fixture, first_id));
  qs_ui_test_drain ();
  g_assert_cmpuint (count_commitment_rows (fixture), ==, stored->len - 1);

  after = stored_commitments (fixture, charter);
  g_assert_cmpuint (after->len, ==, stored->len - 1);
  g_assert_cmpint (index_of (after, first_id), ==, -1);
}

static void
test_other_view_first (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (GPtrArray) stored = stored_commitments (fixture, charter);

  /* A window opening on the Clients view leaves the charters unread... */
  reopen (fixture, "clients");
  qs_ui_test_drain ();
  g_assert_null (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_CHARTERS_VIEW));

  /* ...until the Charters view is shown: then it lists them and shows
   * the first one, with every row. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "charters"));
  fixture->view =
    QS_CHARTERS_VIEW (qs_ui_test_find_widget (GTK_WIDGET (fixture->window), QS_TYPE_CHARTERS_VIEW));
  g_assert_nonnull (fixture->view);
  QS_UI_TEST_WAIT_UNTIL (count_commitment_rows (fixture) == stored->len);
  g_assert_cmpuint (g_list_model_get_n_items (qs_charters_view_get_charters (fixture->view)), ==,
                    1);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (qs_charters_view_get_charter (fixture->view))), ==,
                   qs_entity_get_id (QS_ENTITY (charter)));
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/charters/startup/rows-after-first-frame", test_rows_after_first_frame, NULL);
  ADD ("/ui/charters/startup/act-before-first-frame", test_act_before_first_frame, NULL);
  ADD ("/ui/charters/startup/other-view-first", test_other_view_first, NULL);

#undef ADD

  return g_test_run ();
}
