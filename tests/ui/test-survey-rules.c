/* test-survey-rules.c — the Surveys page of the preferences, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the requests fixture: Human Resources provides services, Finance
 * does not.
 */
#include "config.h"

#include <adwaita.h>

#include "qs-repository.h"
#include "qs-survey-rules-page.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"
#include "../store/requests-fixture.h"

typedef struct
{
  QsRequestsFixture  base;
  GtkWindow         *window;
  QsSurveyRulesPage *page;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  qs_requests_fixture_set_up (&fixture->base, data);
  fixture->window = GTK_WINDOW (adw_preferences_window_new ());
  fixture->page = qs_survey_rules_page_new (fixture->base.store);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (fixture->window),
                              ADW_PREFERENCES_PAGE (fixture->page));
  gtk_window_present (fixture->window);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  qs_ui_test_drain ();
  qs_requests_fixture_tear_down (&fixture->base, data);
}

/* The groups' titles, "|" between them, and each spin button in order. */
static char *
groups_shown (Fixture *fixture, GPtrArray *spins)
{
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();
  g_autoptr (GString) titles = g_string_new (NULL);

  qs_ui_test_find_all (GTK_WIDGET (fixture->page), ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    {
      const char *title = adw_preferences_group_get_title (g_ptr_array_index (groups, i));

      if (title == NULL || *title == '\0')
        continue;
      if (titles->len > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, title);
    }
  if (spins != NULL)
    qs_ui_test_find_all (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON, spins);
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static QsEntity *
stored_department (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  QsEntity *department =
    qs_repository_find (qs_store_get_repository (fixture->base.store, QS_TYPE_DEPARTMENT),
                        fixture->base.department_id, &error);

  g_assert_no_error (error);
  return department;
}

static void
test_edit_rules (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) spins = g_ptr_array_new ();
  g_autoptr (GPtrArray) spins_after = g_ptr_array_new ();
  g_autofree char *titles = groups_shown (fixture, spins);
  g_autoptr (QsEntity) department = NULL;
  GtkSpinButton *cool_off;

  /* Only the providing department, with the defaults. */
  g_assert_cmpstr (titles, ==, "Human Resources");
  g_assert_cmpuint (spins->len, ==, 4);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0)), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 1)), ==, 30);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 2)), ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 3)), ==, 1);

  /* Asked at most once a week, then three times a month: saved at once. */
  cool_off = g_ptr_array_index (spins, 1);
  gtk_spin_button_set_value (cool_off, 7);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 2), 3);
  qs_ui_test_drain ();
  department = stored_department (fixture);
  g_assert_cmpstr (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES), ==,
                   "delay=1;cool-off=7;cap=3;sample=1");

  /* The change came back from the store: the same rows, not new ones,
   * so that the keyboard stays where it was. */
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (cool_off)) == GTK_ROOT (fixture->window));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (cool_off), ==, 7);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 2)), ==, 3);

  /* Back to the defaults: nothing stored. */
  gtk_spin_button_set_value (cool_off, 30);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 2), 2);
  qs_ui_test_drain ();
  g_clear_object (&department);
  department = stored_department (fixture);
  g_assert_null (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES));

  /* Rules changed elsewhere show as the store says it. */
  qs_entity_set_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES, "sample=5");
  qs_requests_fixture_save (&fixture->base, department);
  qs_ui_test_drain ();
  g_clear_pointer (&titles, g_free);
  titles = groups_shown (fixture, spins_after);
  g_assert_true (g_ptr_array_index (spins_after, 1) == (gpointer) cool_off);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins_after, 3)), ==, 5);
}

/* Without a providing department, the page says where to make one. */
static void
test_no_provider (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsEntity) department = stored_department (fixture);
  g_autoptr (GPtrArray) spins = g_ptr_array_new ();
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();
  g_autofree char *titles = NULL;
  gboolean         said = FALSE;

  qs_entity_set_boolean (department, QS_DEPARTMENT_FIELD_IS_PROVIDER, FALSE);
  qs_requests_fixture_save (&fixture->base, department);
  qs_ui_test_drain ();
  titles = groups_shown (fixture, spins);
  g_assert_cmpstr (titles, ==, "");
  g_assert_cmpuint (spins->len, ==, 0);
  qs_ui_test_find_all (GTK_WIDGET (fixture->page), ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    said |= g_strcmp0 (adw_preferences_group_get_description (g_ptr_array_index (groups, i)),
                       "No department provides services yet. Mark the department that handles "
                       "requests as a provider on its page in Clients.") == 0;
  g_assert_true (said);
}

int
main (int argc, char **argv)
{
  qs_ui_test_init (&argc, &argv);

  g_test_add ("/survey-rules/edit-rules", Fixture, NULL, fixture_set_up, test_edit_rules,
              fixture_tear_down);
  g_test_add ("/survey-rules/no-provider", Fixture, NULL, fixture_set_up, test_no_provider,
              fixture_tear_down);
  return g_test_run ();
}
