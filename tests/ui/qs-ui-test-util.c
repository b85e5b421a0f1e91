/* qs-ui-test-util.c — what every test of real widgets needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "qs-test-locale.h"
#include "qs-ui-test-util.h"

/* GTK and libadwaita for a test under Xvfb. */
void
qs_ui_test_init (int *argc, char ***argv)
{
  /* Never reach for a session bus (nor start one) from a test. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  /* The tests check English labels; the application sets its locale from
   * the environment when it starts. */
  qs_test_use_english_utf8 ();

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

guint
qs_ui_test_wait_seconds (void)
{
  const char *seconds = g_getenv ("QS_UI_TEST_WAIT_SECONDS");
  guint64     value = seconds != NULL ? g_ascii_strtoull (seconds, NULL, 10) : 0;

  return value > 0 ? (guint) MIN (value, G_MAXUINT) : 10;
}

gboolean
qs_ui_test_timeout_cb (gpointer user_data)
{
  g_error ("timed out waiting for %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

/* Runs what the main loop has pending: layout, idles, signals. */
void
qs_ui_test_drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The first widget of @type in @widget's tree, depth first, if any. */
GtkWidget *
qs_ui_test_find_widget (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = qs_ui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every widget of @type in @widget's tree, appended to @found. */
void
qs_ui_test_find_all (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    qs_ui_test_find_all (child, type, found);
}

/* The first toplevel window of @type (only a shown one when
 * @visible_only), or NULL. */
gpointer
qs_ui_test_find_toplevel (GType type, gboolean visible_only)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (!visible_only || gtk_widget_get_visible (window)))
        return window;
    }
  return NULL;
}

QsContext *
qs_ui_test_context_new (QsStore *store)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  return qs_context_new (store, settings);
}

QsWindow *
qs_ui_test_window_new (QsStore *store)
{
  g_autoptr (QsContext) context = qs_ui_test_context_new (store);

  return qs_window_new (NULL, context);
}

/* Whether a key of @widget's own shortcuts triggers @action_name with
 * @argument (a string, or NULL for none). */
gboolean
qs_ui_test_has_shortcut (GtkWidget  *widget,
                         const char *accelerator,
                         const char *action_name,
                         const char *argument)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr (GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GVariant          *args = gtk_shortcut_get_arguments (shortcut);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) ||
              !GTK_IS_NAMED_ACTION (action))
            continue;
          return g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                              action_name) &&
                 (argument == NULL
                    ? args == NULL
                    : args != NULL && g_str_equal (g_variant_get_string (args, NULL), argument));
        }
    }
  return FALSE;
}
