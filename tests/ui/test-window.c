/* test-window.c — the application shell, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real widgets under Xvfb: the window, its views and actions, the size it
 * remembers, the preferences, and what the user is told about a database
 * that is read-only or cannot be opened. Assertions are about what is on
 * screen (mapped widgets, their text) and what is stored.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "qs-application.h"
#include "qs-calendar.h"
#include "qs-preferences-window.h"
#include "qs-toast.h"
#include "qs-view.h"
#include "qs-repository.h"
#include "qs-window.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"

typedef struct
{
  char      *dir;
  char      *path;
  GSettings *settings;
} Fixture;

static const struct
{
  const char *name;
  const char *title;
} views[] = {
  { "charters", "Charters" },       { "clients", "Clients" },        { "requests", "Requests" },
  { "feedback", "Feedback" },       { "surveys", "Questionnaires" }, { "dashboard", "Dashboard" },
  { "improvement", "Improvement" },
};

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) keys = NULL;
  g_autoptr (GSettingsSchema) schema = NULL;

  fixture->dir = g_dir_make_tmp ("qs-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "qualserv.db", NULL);

  fixture->settings = g_settings_new (APP_ID);
  g_object_get (fixture->settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (fixture->settings, keys[i]);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  qs_test_remove_tree (fixture->dir);
  g_clear_object (&fixture->settings);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
show (GtkWindow *window)
{
  gtk_window_present (window);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  qs_ui_test_drain ();
}

static void
destroy (GtkWindow *window)
{
  gtk_window_destroy (window);
  qs_ui_test_drain ();
}

/* The label showing exactly @text that the user can see, if any. */
static GtkWidget *
find_mapped_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save_calendar (QsStore *store, const char *ref, const char *name)
{
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  g_autoptr (GError) error = NULL;
  QsEntity *entity = QS_ENTITY (calendar);

  qs_entity_set_string (entity, QS_CALENDAR_FIELD_REF, ref);
  qs_entity_set_string (entity, QS_CALENDAR_FIELD_NAME, name);
  qs_entity_set_string (entity, QS_CALENDAR_FIELD_TIMEZONE, "Europe/Paris");
  qs_entity_set_string (entity, QS_CALENDAR_FIELD_WEEKLY_HOURS, "mon-fri 08:30-12:00 13:00-16:30");
  qs_repository_save (qs_store_get_repository (store, QS_TYPE_CALENDAR), entity, &error);
  g_assert_no_error (error);
}

static char *
get_setting (Fixture *fixture, const char *key)
{
  return g_settings_get_string (fixture->settings, key);
}

/* The button whose tooltip is @tooltip. */
static GtkWidget *
find_button (GtkWidget *root, const char *tooltip)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  qs_ui_test_find_all (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), tooltip) == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

/* The view shown. */
static QsView *
mapped_view (QsWindow *window)
{
  g_autoptr (GPtrArray) views = g_ptr_array_new ();

  qs_ui_test_find_all (GTK_WIDGET (window), QS_TYPE_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (views, i)))
      return g_ptr_array_index (views, i);
  g_assert_not_reached ();
}

static void
test_window_views (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsWindow     *window = qs_ui_test_window_new (store);
  AdwViewStack *stack;
  g_autoptr (GtkSelectionModel) pages = NULL;

  show (GTK_WINDOW (window));
  g_assert_true (qs_window_get_store (window) == store);

  stack = ADW_VIEW_STACK (qs_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (views));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, views[i].name);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, views[i].title);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
      /* The sidebar shows every title beside the view at this width. */
      g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), views[i].title));
    }

  /* A database that opened normally says nothing about being read-only. */
  g_assert_false (gtk_revealer_get_reveal_child (
    GTK_REVEALER (qs_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_REVEALER))));

  /* Narrow (360 px), the view fills the window and a
   * back button leads to the list, where every title shows whole; a row
   * opens its view again. */
  {
    AdwLeaflet *leaflet =
      ADW_LEAFLET (qs_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET));

    g_assert_false (adw_leaflet_get_folded (leaflet));
    gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
    QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
    g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "requests"));
    g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
    QS_UI_TEST_WAIT_UNTIL (!adw_leaflet_get_child_transition_running (leaflet));
    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      {
        GtkWidget *label = find_mapped_label (GTK_WIDGET (window), views[i].title);

        g_assert_nonnull (label);
        g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
      }
    g_signal_emit_by_name (
      gtk_widget_get_ancestor (find_mapped_label (GTK_WIDGET (window), "Charters"),
                               GTK_TYPE_LIST_BOX_ROW),
      "activate");
    g_assert_cmpstr (qs_window_get_view (window), ==, "charters");
    g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");

    /* One back button at a time: the header's leads to the sidebar from
     * the view's list; on a detail, the view's own leads to the list. */
    {
      GtkWidget  *back = find_button (GTK_WIDGET (window), "All Views");
      AdwLeaflet *view_leaflet;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "feedback"));
      qs_ui_test_drain ();
      view_leaflet = qs_view_get_leaflet (mapped_view (window));

      QS_UI_TEST_WAIT_UNTIL (adw_leaflet_get_folded (view_leaflet));
      QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_visible (back));
      g_assert_true (adw_leaflet_navigate (view_leaflet, ADW_NAVIGATION_DIRECTION_FORWARD));
      QS_UI_TEST_WAIT_UNTIL (!gtk_widget_get_visible (back));
      g_assert_true (adw_leaflet_navigate (view_leaflet, ADW_NAVIGATION_DIRECTION_BACK));
      QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_visible (back));
    }
  }

  destroy (GTK_WINDOW (window));
}

/* The focus left on the sidebar's row follows into the view shown: the
 * focus ring stayed on the Charters row after Ctrl+3. */
static void
test_window_focus_follows_view (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsWindow     *window = qs_ui_test_window_new (store);
  AdwViewStack *stack;
  GtkWidget    *sidebar_row;
  GtkWidget    *focus;

  show (GTK_WINDOW (window));
  stack = ADW_VIEW_STACK (qs_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  sidebar_row = qs_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (sidebar_row);
  g_assert_true (gtk_widget_grab_focus (sidebar_row));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "requests"));
  qs_ui_test_drain ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, adw_view_stack_get_visible_child (stack)));

  destroy (GTK_WINDOW (window));
}

/* A menu's button says nothing over its open menu: its tooltip covered
 * the menu's first item. */
static void
test_window_menu_tooltips (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsWindow *window = qs_ui_test_window_new (store);
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  guint checked = 0;

  show (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "requests"));
  qs_ui_test_drain ();
  qs_ui_test_find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_get_tooltip_text (GTK_WIDGET (button)) == NULL ||
          !gtk_widget_get_mapped (GTK_WIDGET (button)))
        continue;
      g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (button)));
      gtk_menu_button_popup (button);
      qs_ui_test_drain ();
      g_assert_false (gtk_widget_get_has_tooltip (GTK_WIDGET (button)));
      gtk_menu_button_popdown (button);
      qs_ui_test_drain ();
      g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (button)));
      checked++;
    }
  /* The main menu, and the Requests view's filter and saved filters. */
  g_assert_cmpuint (checked, >=, 3);

  destroy (GTK_WINDOW (window));
}

static void
test_window_view_action (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsWindow *window = qs_ui_test_window_new (store);
  g_autoptr (GVariant) state = NULL;
  g_autofree char *help_page = NULL;

  show (GTK_WINDOW (window));
  g_assert_cmpstr (qs_window_get_view (window), ==, "charters");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), "Service Charters"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "requests"));
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_window_get_view (window), ==, "requests");
  /* An empty database: the list, read once the view is shown, says so. */
  QS_UI_TEST_WAIT_UNTIL (find_mapped_label (GTK_WIDGET (window), "No Requests Yet") != NULL);
  g_assert_null (find_mapped_label (GTK_WIDGET (window), "Service Charters"));

  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "view");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "requests");

  /* F1 opens the help page of the view, and that page exists. */
  g_assert_cmpstr (qs_window_get_help_page (window), ==, "requests");
  help_page = g_test_build_filename (G_TEST_DIST, "..", "help", "C", "requests.page", NULL);
  g_assert_true (g_file_test (help_page, G_FILE_TEST_EXISTS));

  /* A name that is not a view changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "nonsense");
  qs_ui_test_drain ();
  g_assert_cmpstr (qs_window_get_view (window), ==, "requests");

  destroy (GTK_WINDOW (window));
}

/* What an empty database shows in each view: a status page, with the
 * icon it reads when first shown. */
static const struct
{
  const char *view;
  const char *title;
  const char *icon;
} empty_pages[] = {
  { "charters", "No Charters Yet", "x-office-document-symbolic" },
  { "clients", "No People Yet", "system-users-symbolic" },
  { "requests", "No Requests Yet", "mail-unread-symbolic" },
  { "improvement", "Continuous Improvement", "emblem-synchronizing-symbolic" },
  { "dashboard", "No Department Provides a Service", "x-office-presentation-symbolic" },
};

/* Status pages an empty database never shows, in views that are built. */
static const char *const hidden_pages[] = {
  "No Matching Charters",
  "No Matching People",
  "No Results",
  "The Database Could Not Be Opened",
};

/* The status page titled @title in @window, if there is one (a view is
 * built when first shown); fails if there are several. */
static AdwStatusPage *
find_status_page (QsWindow *window, const char *title)
{
  g_autoptr (GPtrArray) pages = g_ptr_array_new ();
  AdwStatusPage *found = NULL;

  qs_ui_test_find_all (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, pages);
  for (guint i = 0; i < pages->len; i++)
    if (g_strcmp0 (adw_status_page_get_title (g_ptr_array_index (pages, i)), title) == 0)
      {
        g_assert_null (found);
        found = g_ptr_array_index (pages, i);
      }
  return found;
}

/* Not shown yet: absent, or there without its icon. */
static void
assert_not_shown_yet (QsWindow *window, const char *title)
{
  AdwStatusPage *page = find_status_page (window, title);

  g_test_message ("not shown yet: %s", title);
  if (page != NULL)
    {
      g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
      g_assert_null (adw_status_page_get_icon_name (page));
    }
}

/* Status pages read their large icon when first shown, not before: each
 * view's, shown one after the other, has its icon from then on, and the
 * ones not shown yet have none. */
static void
test_window_status_page_icons (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsWindow *window = qs_ui_test_window_new (store);
  guint     n_checked = 0;

  /* Before the window is shown, no status page has its icon. */
  for (guint i = 0; i < G_N_ELEMENTS (empty_pages); i++)
    assert_not_shown_yet (window, empty_pages[i].title);

  show (GTK_WINDOW (window));
  g_assert_cmpstr (qs_window_get_view (window), ==, "charters");
  for (guint i = 0; i < G_N_ELEMENTS (empty_pages); i++)
    {
      AdwStatusPage *page;

      for (guint j = i + 1; j < G_N_ELEMENTS (empty_pages); j++)
        assert_not_shown_yet (window, empty_pages[j].title);

      g_test_message ("view %s", empty_pages[i].view);
      g_assert_true (
        gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", empty_pages[i].view));
      QS_UI_TEST_WAIT_UNTIL ((page = find_status_page (window, empty_pages[i].title)) != NULL &&
                             gtk_widget_get_mapped (GTK_WIDGET (page)));
      g_assert_cmpstr (adw_status_page_get_icon_name (page), ==, empty_pages[i].icon);
      n_checked++;

      /* The pages shown before keep theirs. */
      for (guint j = 0; j < i; j++)
        {
          AdwStatusPage *before = find_status_page (window, empty_pages[j].title);

          g_assert_nonnull (before);
          g_assert_cmpstr (adw_status_page_get_icon_name (before), ==, empty_pages[j].icon);
        }
    }
  g_assert_cmpuint (n_checked, ==, 5);

  /* Every view is built now: the pages never shown have no icon. */
  for (guint i = 0; i < G_N_ELEMENTS (hidden_pages); i++)
    {
      g_assert_nonnull (find_status_page (window, hidden_pages[i]));
      assert_not_shown_yet (window, hidden_pages[i]);
    }

  destroy (GTK_WINDOW (window));
}

static void
test_window_help_pages (Fixture *fixture, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      /* The Questionnaires view's page is about reading their results. */
      const char *page = g_str_equal (views[i].name, "surveys") ? "survey-results" : views[i].name;
      g_autofree char *base = g_strconcat (page, ".page", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "help", "C", base, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *id = g_strdup_printf ("id=\"%s\"", page);

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, id));
    }
}

static void
test_window_remembers_size (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsWindow        *window = qs_ui_test_window_new (store);
  g_autofree char *last_view = NULL;
  int              width;
  int              height;

  show (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 560);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "dashboard");
  qs_ui_test_drain ();

  gtk_window_close (GTK_WINDOW (window));
  qs_ui_test_drain ();

  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 720);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-height"), ==, 560);
  g_assert_false (g_settings_get_boolean (fixture->settings, "window-maximized"));
  last_view = get_setting (fixture, "last-view");
  g_assert_cmpstr (last_view, ==, "dashboard");

  /* The next window opens as the last one closed. */
  window = qs_ui_test_window_new (store);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 720);
  g_assert_cmpint (height, ==, 560);
  show (GTK_WINDOW (window));
  g_assert_cmpstr (qs_window_get_view (window), ==, "dashboard");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), "No Department Provides a Service"));
  destroy (GTK_WINDOW (window));
}

/* A sentence too long for a toast at 360 px comes whole in a dialog; a
 * short one, or one with an Undo button, stays a toast. */
static void
test_window_long_toast (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsWindow   *window = qs_ui_test_window_new (store);
  const char *sentence = "No department provides services yet: mark the department that makes "
                         "the commitments as a provider in the Clients view, then try again.";
  AdwMessageDialog *dialog;
  AdwToast         *undo;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  show (GTK_WINDOW (window));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= 400);

  qs_window_add_toast (window, qs_toast_new ("Saved", FALSE));
  undo = adw_toast_new (sentence);
  adw_toast_set_button_label (undo, "_Undo");
  qs_window_add_toast (window, undo);
  qs_ui_test_drain ();
  g_assert_null (qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE));

  qs_window_add_toast (window, qs_toast_new (sentence, TRUE));
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE) != NULL);
  dialog = qs_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, sentence);
  destroy (GTK_WINDOW (dialog));
  destroy (GTK_WINDOW (window));
}

static void
test_preferences_calendars (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsPreferencesWindow *preferences;
  g_autofree char     *chosen = NULL;
  AdwComboRow         *row;
  GListModel          *model;

  save_calendar (store, "CAL-IT", "IT service desk");
  save_calendar (store, "CAL-FIN", "Finance office");

  preferences = qs_preferences_window_new (store);
  show (GTK_WINDOW (preferences));
  row = ADW_COMBO_ROW (qs_ui_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));

  /* The calendars of the database, by name. */
  model = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (QsEntity) calendar = g_list_model_get_item (model, i);

      g_assert_cmpstr (qs_entity_get_string (calendar, QS_CALENDAR_FIELD_NAME), ==,
                       i == 0 ? "Finance office" : "IT service desk");
    }

  /* Nothing chosen yet: the first one is shown, and nothing is written. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (preferences), "Finance office"));
  chosen = get_setting (fixture, "default-calendar");
  g_assert_cmpstr (chosen, ==, "");
  g_clear_pointer (&chosen, g_free);

  /* Choosing stores the calendar's reference. */
  adw_combo_row_set_selected (row, 1);
  qs_ui_test_drain ();
  chosen = get_setting (fixture, "default-calendar");
  g_assert_cmpstr (chosen, ==, "CAL-IT");
  g_clear_pointer (&chosen, g_free);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (preferences), "IT service desk"));
  destroy (GTK_WINDOW (preferences));

  /* And the choice is shown again next time. */
  preferences = qs_preferences_window_new (store);
  show (GTK_WINDOW (preferences));
  row = ADW_COMBO_ROW (qs_ui_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  chosen = get_setting (fixture, "default-calendar");
  g_assert_cmpstr (chosen, ==, "CAL-IT");
  destroy (GTK_WINDOW (preferences));
}

static void
test_preferences_no_calendar (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsStore) store = qs_test_open_store (fixture->path);
  QsPreferencesWindow *preferences = qs_preferences_window_new (store);
  AdwComboRow         *row;

  show (GTK_WINDOW (preferences));
  row = ADW_COMBO_ROW (qs_ui_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_nonnull (
    find_mapped_label (GTK_WIDGET (preferences), "The database has no business calendar yet."));
  destroy (GTK_WINDOW (preferences));
}

/* Runs the whole application on a command line, then @check on its window. */
typedef struct
{
  void (*check) (QsWindow *window, gpointer data);
  gpointer data;
  gboolean checked;
} AppRun;

static gboolean
on_app_window_shown_cb (gpointer user_data)
{
  GtkWindow      *window = GTK_WINDOW (user_data);
  GtkApplication *app = gtk_window_get_application (window);
  AppRun         *run = g_object_get_data (G_OBJECT (app), "run");

  if (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  qs_ui_test_drain ();
  run->check (QS_WINDOW (window), run->data);
  run->checked = TRUE;
  gtk_window_destroy (window);
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
on_window_added_cb (GtkApplication *app, GtkWindow *window)
{
  if (QS_IS_WINDOW (window))
    g_timeout_add (50, on_app_window_shown_cb, window);
}

static void
run_app (const char *db_path, void (*check) (QsWindow *window, gpointer data), gpointer data)
{
  g_autoptr (QsApplication) app = qs_application_new ();
  char  *argv[] = { (char *) "qualserv", (char *) "--db", (char *) db_path, NULL };
  AppRun run = { check, data, FALSE };
  int    status;

  /* One test process, several runs: never look for another instance. */
  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) |
                                                  G_APPLICATION_NON_UNIQUE);
  g_object_set_data (G_OBJECT (app), "run", &run);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);

  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.checked);
}

static void
check_read_only (QsWindow *window, gpointer data)
{
  QsStore   *store = qs_window_get_store (window);
  GtkWidget *label;
  GtkWidget *revealer;

  g_assert_nonnull (store);
  g_assert_true (qs_store_is_read_only (store));

  /* The reason is on screen, above the views, which are still there. */
  label = find_mapped_label (GTK_WIDGET (window), qs_store_get_read_only_reason (store));
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "newer version"));
  revealer = gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), "Service Charters"));
}

static void
test_app_read_only (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  QsStore *store = qs_test_open_store (fixture->path);

  qs_store_exec (store, "PRAGMA user_version = 99", &error);
  g_assert_no_error (error);
  g_object_unref (store);

  run_app (fixture->path, check_read_only, NULL);
}

static void
check_open_error (QsWindow *window, gpointer data)
{
  g_assert_null (qs_window_get_store (window));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), "The Database Could Not Be Opened"));
  g_assert_null (find_mapped_label (GTK_WIDGET (window), "Service Charters"));
  g_assert_cmpstr (qs_window_get_help_page (window), ==, "index");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "view"));
}

static void
test_app_open_error (Fixture *fixture, gconstpointer data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "a-file", NULL);
  g_autofree char *path = g_build_filename (file, "qualserv.db", NULL);

  /* A database "inside" a plain file: no folder can be made there. */
  g_assert_true (g_file_set_contents (file, "", 0, NULL));
  run_app (path, check_open_error, NULL);
}

static void
check_accels (QsWindow *window, gpointer data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GLogLevelFlags  fatal;
  static const struct
  {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.preferences", "<Control>comma" },
    { "app.shortcuts", "<Control>question" },
    { "app.help", "F1" },
    { "app.quit", "<Control>q" },
    { "win.view::charters", "<Control>1" },
    { "win.view::requests", "<Control>3" },
    { "win.view::feedback", "<Control>4" },
    { "win.view::surveys", "<Control>5" },
    { "win.view::dashboard", "<Control>6" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (app, expected[i].action);

      g_assert_nonnull (accels[0]);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }

  /* The keyboard shortcuts window is built when first asked for, and
   * shown again afterwards. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  /* GTK 4.8's shortcuts window warns of a keycap label measured below
   * zero, its own noise: warnings are not fatal while it shows. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  for (guint i = 0; i < 2; i++)
    {
      GtkWindow *overlay;

      g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
      overlay =
        GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
      g_assert_nonnull (overlay);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
      g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (window));
      gtk_window_close (overlay);
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
    }
  g_log_set_always_fatal (fatal);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "help"));
}

static void
test_app_accels (Fixture *fixture, gconstpointer data)
{
  run_app (fixture->path, check_accels, NULL);
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/window/views", test_window_views);
  ADD ("/ui/window/view-action", test_window_view_action);
  ADD ("/ui/window/focus-follows-view", test_window_focus_follows_view);
  ADD ("/ui/window/menu-tooltips", test_window_menu_tooltips);
  ADD ("/ui/window/status-page-icons", test_window_status_page_icons);
  ADD ("/ui/window/help-pages", test_window_help_pages);
  ADD ("/ui/window/remembers-size", test_window_remembers_size);
  ADD ("/ui/window/long-toast", test_window_long_toast);
  ADD ("/ui/preferences/calendars", test_preferences_calendars);
  ADD ("/ui/preferences/no-calendar", test_preferences_no_calendar);
  ADD ("/ui/app/read-only", test_app_read_only);
  ADD ("/ui/app/open-error", test_app_open_error);
  ADD ("/ui/app/accels", test_app_accels);

#undef ADD

  return g_test_run ();
}
