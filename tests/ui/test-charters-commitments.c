/* test-charters-commitments.c — commitments in the Charters view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real widgets under Xvfb: commitments are added and edited in their
 * dialog, refused at the field when a value is wrong, deleted and brought
 * back from the toast, and reordered, through the view's actions.
 */
#include "config.h"

#include <string.h>

#include "charters-fixture.h"
#include "qs-charter-repository.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-repository.h"
#include "qs-smart-check.h"
#include "qs-ui-test-util.h"

static void
test_add_commitment (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  QsCommitmentDialog  *dialog;
  QsEntity            *added = NULL;
  AdwPreferencesGroup *group;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  activate (fixture, "charters.new-empty", NULL);
  charter = g_object_ref (qs_charters_view_get_charter (fixture->view));
  g_assert_cmpuint (count_commitment_rows (fixture), ==, 0);

  /* The + of Credibility opens an empty commitment of that category. */
  activate (fixture, "charters.add-commitment", "s", "credibility");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  /* Saving with no text is refused. */
  save_dialog (dialog);
  g_assert_true (is_open (dialog));
  g_assert_nonnull (find_error_message (GTK_WIDGET (dialog)));

  set_row_text (GTK_WIDGET (dialog), "Text in English",
                "Answer every letter within 10 business days");
  set_row_text (GTK_WIDGET (dialog), "Text in French",
                "Répondre à chaque lettre dans les 10 jours ouvrables");
  adw_combo_row_set_selected (
    ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "How it is measured")),
    QS_METRIC_RESOLUTION);
  adw_combo_row_set_selected (
    ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Delay unit")),
    QS_DURATION_UNIT_BUSINESS_DAYS);
  set_row_text (GTK_WIDGET (dialog), "Delay", "10");
  set_row_text (GTK_WIDGET (dialog), "Target (%)", "90");
  /* The SMART check follows the form: this one passes all four. */
  g_assert_cmpuint (count_mapped_labels (GTK_WIDGET (dialog), "Passes"), ==, QS_SMART_N_CRITERIA);
  save_dialog (dialog);
  g_assert_false (is_open (dialog));

  commitments = stored_commitments (fixture, charter);
  g_assert_cmpuint (commitments->len, ==, 1);
  added = g_ptr_array_index (commitments, 0);
  g_assert_cmpint (qs_entity_get_enum (added, QS_COMMITMENT_FIELD_CATEGORY), ==,
                   QS_CATEGORY_CREDIBILITY);
  g_assert_cmpint (qs_entity_get_enum (added, QS_COMMITMENT_FIELD_METRIC), ==,
                   QS_METRIC_RESOLUTION);
  g_assert_cmpfloat (qs_entity_get_double (added, QS_COMMITMENT_FIELD_TARGET_VALUE), ==, 10);
  g_assert_cmpint (qs_entity_get_enum (added, QS_COMMITMENT_FIELD_TARGET_UNIT), ==,
                   QS_DURATION_UNIT_BUSINESS_DAYS);
  g_assert_cmpfloat (qs_entity_get_double (added, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT), ==, 90);

  /* Its row is in its category, with its target in words. */
  group = find_group (GTK_WIDGET (fixture->view),
                      qs_enum_label (QS_TYPE_CATEGORY, QS_CATEGORY_CREDIBILITY));
  qs_ui_test_find_all (GTK_WIDGET (group), QS_TYPE_COMMITMENT_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_nonnull (
    find_mapped_label (g_ptr_array_index (rows, 0), "90% resolved within 10 business days"));
  g_assert_false (qs_commitment_row_get_blocking (g_ptr_array_index (rows, 0)));
}

static void
test_invalid_threshold (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (QsCommitment) commitment = first_deadline_commitment (fixture, charter);
  double              before = stored_threshold (fixture, charter, commitment);
  const char         *wrong[] = { "abc", "120", "-5" };
  QsCommitmentDialog *dialog;
  GtkWidget          *row;

  dialog = open_dialog (fixture, qs_entity_get_id (QS_ENTITY (commitment)));
  row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Target (%)");

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      set_row_text (GTK_WIDGET (dialog), "Target (%)", wrong[i]);
      save_dialog (dialog);

      /* Refused at the field, with a sentence; the dialog stays open. */
      g_assert_true (gtk_widget_has_css_class (row, "error"));
      g_assert_nonnull (find_mapped_label (GTK_WIDGET (dialog), "percentage from 0 to 100"));
      g_assert_true (is_open (dialog));
      g_assert_cmpfloat (stored_threshold (fixture, charter, commitment), ==, before);
    }

  /* A zero delay is refused the same way. */
  set_row_text (GTK_WIDGET (dialog), "Target (%)", "95");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  set_row_text (GTK_WIDGET (dialog), "Delay", "0");
  save_dialog (dialog);
  g_assert_true (gtk_widget_has_css_class (
    find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Delay"), "error"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (dialog), "more than zero"));
  g_assert_true (is_open (dialog));

  /* Cancelled: nothing of it was written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commitment.cancel", NULL));
  qs_ui_test_drain ();
  g_assert_false (is_open (dialog));
  g_assert_cmpfloat (stored_threshold (fixture, charter, commitment), ==, before);
}

static void
test_delete_undo (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (GPtrArray) before = stored_commitments (fixture, charter);
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GPtrArray) restored = NULL;
  QsEntity        *victim = g_ptr_array_index (before, 0);
  g_autofree char *victim_id = g_strdup (qs_entity_get_id (victim));
  GtkWidget       *undo;

  activate (fixture, "charters.delete-commitment", "s", victim_id);
  after = stored_commitments (fixture, charter);
  g_assert_cmpuint (after->len, ==, before->len - 1);
  g_assert_null (find_commitment_row (fixture, victim_id));
  g_assert_cmpuint (count_commitment_rows (fixture), ==, before->len - 1);

  /* The toast offers Undo; clicking it brings the commitment back. */
  QS_UI_TEST_WAIT_UNTIL ((undo = find_mapped_button (GTK_WIDGET (fixture->window), "_Undo")) !=
                         NULL);
  g_signal_emit_by_name (undo, "clicked");
  qs_ui_test_drain ();
  restored = stored_commitments (fixture, charter);
  g_assert_cmpuint (restored->len, ==, before->len);
  g_assert_nonnull (find_commitment_row (fixture, victim_id));
  g_assert_cmpuint (count_commitment_rows (fixture), ==, before->len);
}

static void
test_reorder (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (GPtrArray) before = stored_commitments (fixture, charter);
  g_autoptr (GPtrArray) moved = NULL;
  g_autoptr (GPtrArray) back = NULL;
  g_autoptr (GPtrArray) dropped = NULL;
  QsEntity        *first = g_ptr_array_index (before, 0);
  QsEntity        *second = g_ptr_array_index (before, 1);
  g_autofree char *first_id = g_strdup (qs_entity_get_id (first));
  g_autofree char *second_id = g_strdup (qs_entity_get_id (second));
  QsEntity        *last = g_ptr_array_index (before, before->len - 1);
  g_autofree char *last_id = g_strdup (qs_entity_get_id (last));

  /* The template starts with two commitments of the same category. */
  g_assert_cmpint (qs_entity_get_enum (first, QS_COMMITMENT_FIELD_CATEGORY), ==,
                   qs_entity_get_enum (second, QS_COMMITMENT_FIELD_CATEGORY));

  /* Alt+Down's action swaps them, Alt+Up's puts them back. */
  activate (fixture, "charters.move-down", "s", first_id);
  moved = stored_commitments (fixture, charter);
  g_assert_cmpint (index_of (moved, first_id), ==, 1);
  g_assert_cmpint (index_of (moved, second_id), ==, 0);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (find_commitment_row (fixture, first_id))));

  activate (fixture, "charters.move-up", "s", first_id);
  back = stored_commitments (fixture, charter);
  g_assert_cmpint (index_of (back, first_id), ==, 0);

  /* Dropping the last commitment onto the first takes its place, in
   * the first one's category. */
  activate (fixture, "charters.move-commitment", "(ss)", last_id, first_id);
  dropped = stored_commitments (fixture, charter);
  g_assert_cmpint (index_of (dropped, last_id), ==, 0);
  g_assert_cmpint (index_of (dropped, first_id), ==, 1);
  g_assert_cmpint (
    qs_entity_get_enum (g_ptr_array_index (dropped, 0), QS_COMMITMENT_FIELD_CATEGORY), ==,
    qs_entity_get_enum (first, QS_COMMITMENT_FIELD_CATEGORY));
}

/* Editing a commitment far down the charter leaves the page where it was:
 * the rows are built again, and the scroll must not jump to the top. */
static void
test_save_keeps_scroll (Fixture *fixture, gconstpointer data)
{
  QsCharter *charter = create_from_template (fixture);
  g_autoptr (GPtrArray) commitments = stored_commitments (fixture, charter);
  QsCommitment      *last = g_ptr_array_index (commitments, commitments->len - 1);
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (
    qs_ui_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment      *adjustment;
  QsCommitmentDialog *dialog;
  double              before;

  /* The editor's own scroller, the first holding the commitments. */
  {
    g_autoptr (GPtrArray) scrollers = g_ptr_array_new ();

    qs_ui_test_find_all (GTK_WIDGET (fixture->view), GTK_TYPE_SCROLLED_WINDOW, scrollers);
    for (guint i = 0; i < scrollers->len; i++)
      if (gtk_widget_is_ancestor (
            GTK_WIDGET (find_commitment_row (fixture, qs_entity_get_id (QS_ENTITY (last)))),
            g_ptr_array_index (scrollers, i)))
        scroller = g_ptr_array_index (scrollers, i);
  }
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  QS_UI_TEST_WAIT_UNTIL (gtk_adjustment_get_upper (adjustment) >
                         gtk_adjustment_get_page_size (adjustment) + 600);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                          gtk_adjustment_get_page_size (adjustment));
  qs_ui_test_drain ();
  before = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (before, >, 500);

  dialog = open_dialog (fixture, qs_entity_get_id (QS_ENTITY (last)));
  set_row_text (GTK_WIDGET (dialog), "Text in English",
                "Answer every survey comment within 10 business days");
  save_dialog (dialog);
  if (is_open (dialog))
    gtk_window_close (GTK_WINDOW (dialog));
  qs_ui_test_drain ();
  /* A frame for the rows built again to be laid out. */
  g_usleep (50000);
  qs_ui_test_drain ();

  /* Where it was, give or take what brings the edited row into view. */
  g_assert_cmpfloat (ABS (gtk_adjustment_get_value (adjustment) - before), <,
                     gtk_adjustment_get_page_size (adjustment) / 2);
}

/* The dialog at its narrowest: a long commitment wraps in its text, and
 * the choice of measure is read whole, not cut. */
static void
test_dialog_reads_whole (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = g_object_ref (create_from_template (fixture));
  g_autoptr (QsCommitment) commitment = first_deadline_commitment (fixture, charter);
  QsCommitmentDialog *dialog = open_dialog (fixture, qs_entity_get_id (QS_ENTITY (commitment)));
  GtkWidget          *text = find_text_view (GTK_WIDGET (dialog), "Text in English");
  AdwComboRow        *metric =
    ADW_COMBO_ROW (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "How it is measured"));
  const char *measure = qs_enum_label (
    QS_TYPE_METRIC, qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_METRIC));
  GtkWidget *shown;

  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 720);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (dialog)) <= 360);
  qs_ui_test_drain ();

  /* Several lines of text, wrapped. */
  g_assert_nonnull (text);
  g_assert_true (gtk_widget_get_mapped (text));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (text)), !=, GTK_WRAP_NONE);
  set_row_text (GTK_WIDGET (dialog), "Text in English",
                "Acknowledge every e-mail within 24 business hours, and tell the client who "
                "handles the request and when to expect the answer");
  g_assert_cmpint (gtk_widget_get_height (text), >, 40);

  /* "Acknowledgement deadline", whole, under the row's title. */
  g_assert_true (adw_combo_row_get_use_subtitle (metric));
  shown = find_mapped_label (GTK_WIDGET (metric), measure);
  g_assert_nonnull (shown);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (shown))));
  gtk_window_close (GTK_WINDOW (dialog));
  qs_ui_test_drain ();
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/charters/add-commitment", test_add_commitment, NULL);
  ADD ("/ui/charters/invalid-threshold", test_invalid_threshold, NULL);
  ADD ("/ui/charters/delete-undo", test_delete_undo, NULL);
  ADD ("/ui/charters/reorder", test_reorder, NULL);
  ADD ("/ui/charters/save-keeps-scroll", test_save_keeps_scroll, NULL);
  ADD ("/ui/charters/dialog-reads-whole", test_dialog_reads_whole, NULL);

#undef ADD

  return g_test_run ();
}
