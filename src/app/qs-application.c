/* qs-application.c — the QualServ application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instance per session: a second launch hands its command line to the
 * first, which presents its window. The database is opened by the primary
 * instance, from --db or the default path; when it cannot be opened the
 * window says why instead of the views.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "qs-application.h"
#include "qs-preferences-window.h"
#include "qs-enum-labels.h"
#include "qs-toast.h"
#include "qs-welcome-window.h"
#include "qs-example-database.h"
#include "qs-ui-resources.h"
#include "qs-window.h"

struct _QsApplication
{
  AdwApplication parent_instance;

  char      *db_path; /* NULL: the default path */
  QsStore   *store;
  GError    *store_error;
  QsContext *context;
  QsContext *example; /* the example organisation, while it is explored */
  gboolean   quit_after_first_frame;
  gboolean   watching; /* for other programs' changes, from the first frame on */
};

G_DEFINE_FINAL_TYPE (QsApplication, qs_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Open the database FILE instead of the default one"), N_ ("FILE") },
  { "quit-after-first-frame", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Quit once the window has been drawn (for start-up benchmarks)"), NULL },
  { NULL }
};

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.preferences", { "<Primary>comma", NULL } },
  { "app.shortcuts", { "<Primary>question", NULL } },
  { "app.help", { "F1", NULL } },
  { "app.quit", { "<Primary>q", NULL } },
  { "window.close", { "<Primary>w", NULL } },
};

/**
 * qs_application_register_resources:
 *
 * Registers the widget templates and the style sheet. Called by the
 * application and by the classes whose templates need them, so that a
 * test may build a window without an application; safe to call twice.
 */
void
qs_application_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      /* Registered by hand: a constructor in a static library may be dropped. */
      qs_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

static QsWindow *
get_main_window (QsApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (QS_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
on_show_help_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GtkWindow *window = GTK_WINDOW (source);
  g_autoptr (GError) error = NULL;

  if (!gtk_show_uri_full_finish (window, result, &error) && QS_IS_WINDOW (window))
    {
      g_autofree char *message = NULL;
      AdwToast        *toast;

      /* Nothing on the system reads help: URIs. The reason it gives
       * ("Operation not supported") tells a user nothing they can act on. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        /* Translators: "GNOME Help" is the name of the help viewer, yelp its package */
        message = g_strdup (_ ("Install GNOME Help (yelp) to read the help."));
      else
        /* Translators: %s is the system's reason */
        message = g_strdup_printf (_ ("Could not open the help: %s"), error->message);
      toast = adw_toast_new (message);

      adw_toast_set_timeout (toast, 0);
      qs_window_add_toast (QS_WINDOW (window), toast);
    }
}

static void
on_help_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  QsApplication   *self = QS_APPLICATION (user_data);
  QsWindow        *window = get_main_window (self);
  g_autofree char *uri = NULL;

  if (window == NULL)
    return;

  uri = g_strdup_printf ("help:%s/%s", GETTEXT_PACKAGE, qs_window_get_help_page (window));
  gtk_show_uri_full (GTK_WINDOW (window), uri, GDK_CURRENT_TIME, NULL, on_show_help_cb, NULL);
}

static void
present_preferences (QsApplication *self, const char *page)
{
  QsPreferencesWindow *preferences = qs_preferences_window_new (self->store);
  QsWindow            *window = get_main_window (self);

  if (window != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (window));
  if (page != NULL)
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), page);
  gtk_window_set_modal (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
on_preferences_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  present_preferences (QS_APPLICATION (user_data), NULL);
}

/* The first shown toplevel window of @type, or NULL. */
static gpointer
qs_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* The example organisation, opened beside the user's own database; FALSE
 * with a toast when it could not be. */
static gboolean
explore_example (QsApplication *self, QsWindow *window)
{
  g_autofree char *folder = NULL;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow *welcome;

  /* The first steps give way to the example. */
  while ((welcome = GTK_WINDOW (qs_ui_find_toplevel (QS_TYPE_WELCOME_WINDOW))) != NULL)
    gtk_window_destroy (welcome);
  if (self->example == NULL)
    {
      folder = self->store != NULL ? g_path_get_dirname (qs_store_get_path (self->store))
                                   : g_build_filename (g_get_user_data_dir (), "qualserv", NULL);
      store = qs_example_database_open (folder, qs_interface_language (), &error);
      if (store == NULL)
        {
          qs_window_add_toast (window, qs_toast_new (error->message, TRUE));
          return FALSE;
        }
      settings = g_settings_new (APP_ID);
      self->example = qs_context_new (store, settings);
    }
  qs_window_set_context (window, self->example);
  return TRUE;
}

/* "Example Organisation" in the menu, the first steps' Explore and the
 * band's Back to My Data: the window shows the example or the user's own
 * data. */
static void
on_example_change_state_cb (GSimpleAction *action, GVariant *state, gpointer user_data)
{
  QsApplication *self = QS_APPLICATION (user_data);
  QsWindow      *window = get_main_window (self);
  gboolean       exploring = g_variant_get_boolean (state);

  if (window == NULL)
    return;
  if (exploring && !explore_example (self, window))
    return;
  if (!exploring)
    qs_window_set_context (window, self->context);
  qs_window_set_exploring (window, exploring);
  g_simple_action_set_state (action, state);
}

/* The first steps, again. */
static void
on_welcome_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  QsWindow *window = get_main_window (QS_APPLICATION (user_data));

  if (window != NULL)
    qs_window_welcome (window, TRUE);
}

/* The business calendars: a page of the preferences. */
static void
on_business_hours_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  present_preferences (QS_APPLICATION (user_data), "business-hours");
}

static void
on_shortcuts_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  QsWindow *window = get_main_window (QS_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
on_about_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  QsWindow  *window = get_main_window (QS_APPLICATION (user_data));
  GtkWidget *about;

  about = g_object_new (
    ADW_TYPE_ABOUT_WINDOW, "application-name", _ ("QualServ"), "application-icon", APP_ID,
    "version", PACKAGE_VERSION, "developer-name", _ ("The QualServ developers"), "comments",
    _ ("Publish service commitments to internal clients, "
       "handle their requests within the promised time, "
       "and improve where they are not kept."),
    "website", "https://example.org/qualserv/", "license-type", GTK_LICENSE_GPL_3_0, "copyright",
    _ ("© 2026 The QualServ developers"), "translator-credits", _ ("translator-credits"), "modal",
    TRUE, "transient-for", window, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_quit_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  QsApplication *self = QS_APPLICATION (user_data);
  QsWindow      *window = get_main_window (self);

  /* Close rather than quit outright, so the window keeps its size. */
  if (window != NULL)
    gtk_window_close (GTK_WINDOW (window));
  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_entries[] = {
  { "preferences", on_preferences_cb },
  { "business-hours", on_business_hours_cb },
  { "welcome", on_welcome_cb },
  { "example", NULL, NULL, "false", on_example_change_state_cb },
  { "shortcuts", on_shortcuts_cb },
  { "help", on_help_cb },
  { "about", on_about_cb },
  { "quit", on_quit_cb },
};

/* The command line, or another copy of QualServ, may write to the same
 * file while the window is open: the context looks for it from the first
 * frame on, so that its first look (a worker thread reading every table)
 * does not compete with drawing that frame. */
static void
on_after_paint_cb (GdkFrameClock *clock, QsApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, self);
  if (self->quit_after_first_frame)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }
  self->watching = TRUE;
  qs_context_watch (self->context, QS_CONTEXT_WATCH_INTERVAL_MS);
  if (get_main_window (self) != NULL && qs_window_welcome (get_main_window (self), FALSE) == NULL)
    qs_window_ask_identity (get_main_window (self));
}

static void
open_store (QsApplication *self)
{
  g_autoptr (GSettings) settings = NULL;

  if (self->context != NULL)
    return;
  self->store = qs_store_open (self->db_path, &self->store_error);
  settings = g_settings_new (APP_ID);
  self->context = qs_context_new (self->store, settings);
}

/* Coming back to the window is when a user expects to see what was done
 * elsewhere meanwhile. */
static void
on_window_active_cb (QsApplication *self, GParamSpec *pspec, GtkWindow *window)
{
  if (self->watching && gtk_window_is_active (window))
    qs_context_look_for_foreign_changes (self->context);
}

static void
qs_application_activate (GApplication *app)
{
  QsApplication *self = QS_APPLICATION (app);
  QsWindow      *window = get_main_window (self);

  if (window == NULL)
    {
      open_store (self);
      window = qs_window_new (GTK_APPLICATION (self), self->context);
      g_signal_connect_object (window, "notify::is-active", G_CALLBACK (on_window_active_cb), self,
                               G_CONNECT_SWAPPED);
      if (self->store_error != NULL)
        qs_window_show_error (window, self->store_error);
      gtk_window_present (GTK_WINDOW (window));

      g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                               G_CALLBACK (on_after_paint_cb), self, 0);
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
}

static int
qs_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  QsApplication *self = QS_APPLICATION (app);

  /* A benchmark measures a whole start, never a running instance. */
  if (g_variant_dict_contains (options, "quit-after-first-frame"))
    {
      self->quit_after_first_frame = TRUE;
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (qs_application_parent_class)->handle_local_options (app, options);
}

static int
qs_application_command_line (GApplication *app, GApplicationCommandLine *command_line)
{
  QsApplication *self = QS_APPLICATION (app);
  GVariantDict  *options = g_application_command_line_get_options_dict (command_line);
  const char    *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      g_autoptr (GFile) file = g_application_command_line_create_file_for_arg (command_line, db);
      g_autofree char *path = g_file_get_path (file);
      QsWindow        *window = get_main_window (self);

      if (window == NULL)
        {
          g_free (self->db_path);
          self->db_path = g_steal_pointer (&path);
        }
      else if (self->store == NULL || g_strcmp0 (path, qs_store_get_path (self->store)) != 0)
        {
          g_autofree char *message = NULL;
          AdwToast        *toast;

          /* Translators: %s is the database file the user asked to open */
          message = g_strdup_printf (_ ("QualServ is already open with another database; "
                                        "quit it first to open “%s”."),
                                     path);
          toast = adw_toast_new (message);
          adw_toast_set_timeout (toast, 0);
          qs_window_add_toast (window, toast);
        }
    }

  g_application_activate (app);
  return EXIT_SUCCESS;
}

static void
qs_application_startup (GApplication *app)
{
  g_auto (GStrv) names = NULL;

  qs_application_register_resources ();

  /* Chained up after the resources: AdwApplication loads style.css now. */
  G_APPLICATION_CLASS (qs_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries),
                                   app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
  /* Ctrl+1, Ctrl+2… in the order of the window's pages. */
  names = qs_window_dup_page_names ();
  for (guint i = 0; names[i] != NULL && i < 9; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.view::%s", names[i]);
      g_autofree char *accel = g_strdup_printf ("<Primary>%u", i + 1);
      const char      *view_accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (app), action, view_accels);
    }
}

static void
qs_application_shutdown (GApplication *app)
{
  QsApplication *self = QS_APPLICATION (app);

  G_APPLICATION_CLASS (qs_application_parent_class)->shutdown (app);

  g_clear_object (&self->example);
  g_clear_object (&self->context);
  g_clear_object (&self->store);
}

static void
qs_application_finalize (GObject *object)
{
  QsApplication *self = QS_APPLICATION (object);

  g_clear_object (&self->example);
  g_clear_object (&self->context);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_free (self->db_path);

  G_OBJECT_CLASS (qs_application_parent_class)->finalize (object);
}

static void
qs_application_class_init (QsApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = qs_application_finalize;

  app_class->activate = qs_application_activate;
  app_class->command_line = qs_application_command_line;
  app_class->handle_local_options = qs_application_handle_local_options;
  app_class->startup = qs_application_startup;
  app_class->shutdown = qs_application_shutdown;
}

static void
qs_application_init (QsApplication *self)
{
  const char *localedir = g_getenv ("QUALSERV_LOCALEDIR");

  /* Here rather than in startup, so that --help is translated too. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _ ("Service charters, requests and their "
                                               "deadlines, satisfaction and improvement."));
}

QsApplication *
qs_application_new (void)
{
  return g_object_new (QS_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                       G_APPLICATION_HANDLES_COMMAND_LINE, "resource-base-path",
                       "/org/example/QualServ", NULL);
}

/**
 * qs_application_get_store:
 *
 * Returns: (transfer none) (nullable): the open database, or %NULL when
 * it could not be opened (the window says why)
 */
QsStore *
qs_application_get_store (QsApplication *self)
{
  g_return_val_if_fail (QS_IS_APPLICATION (self), NULL);

  return self->store;
}
