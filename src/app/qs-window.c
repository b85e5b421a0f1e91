/* qs-window.c — the main window: a sidebar of views, the view shown, toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The views live in an AdwViewStack chosen from a sidebar, in an
 * AdwLeaflet: side by side when the window is wide, one after the other
 * with a back button when it is narrow (six views do not fit a view
 * switcher at 360 px in French). The window remembers its
 * size and its view in GSettings. When the database could not be opened it
 * shows why in place of the views; when the database is read-only it says
 * so above them.
 *
 * The pages are the registered views (QsView subclasses, listed in
 * registered_views below: adding a view is one line there), then the
 * places of the views still to come. A view is many widgets, and a start
 * shows one of them: each is built the first time its page is shown, in
 * the AdwBin that holds its place, and given the window's context. The
 * keyboard shortcuts window is built the first time it is asked for.
 *
 * Whatever view is shown, the window's QsEscalationScanner escalates
 * overdue requests a moment after it opens and every five minutes after;
 * the window tells the user in a toast, and the views hear the change
 * through the context like any other.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charters/qs-charters-view.h"
#include "dashboard/qs-dashboard-view.h"
#include "directory/qs-directory-view.h"
#include "directory/qs-identity-dialog.h"
#include "feedback/qs-feedback-view.h"
#include "qs-alert-desk.h"
#include "qs-escalation-scanner.h"
#include "requests/qs-requests-view.h"
#include "surveys/qs-surveys-view.h"
#include "qs-application.h"
#include "qs-menu-tooltips.h"
#include "qs-status-page-icons.h"
#include "qs-toast.h"
#include "qs-welcome-window.h"
#include "qs-window.h"

struct _QsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings           *settings;
  QsContext           *context;
  QsStore             *store;   /* the context's */
  QsEscalationScanner *scanner; /* NULL without a store that can change */

  /* Template widgets */
  AdwLeaflet      *leaflet;
  GtkListBox      *sidebar_list;
  AdwWindowTitle  *view_title;
  GtkWidget       *back_button;
  guint            back_button_idle;
  GtkRevealer     *read_only_revealer;
  GtkRevealer     *example_revealer;
  GtkLabel        *read_only_label;
  AdwToastOverlay *toast_overlay;
  GtkStack        *main_stack;
  AdwViewStack    *view_stack;
  AdwStatusPage   *error_page;
};

G_DEFINE_FINAL_TYPE (QsWindow, qs_window, ADW_TYPE_APPLICATION_WINDOW)

/* Seconds between the window's opening and the first escalation scan:
 * the start-up is not slowed, and a user who just opened QualServ soon
 * hears of what went overdue. */
#define FIRST_SCAN_DELAY 2

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_view_change_state_cb (GSimpleAction *action, GVariant *state, gpointer user_data)
{
  QsWindow   *self = QS_WINDOW (user_data);
  const char *name = g_variant_get_string (state, NULL);

  /* An unknown name leaves the view as it is. */
  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  /* Folded, the sidebar may be what is shown: the view chosen comes in. */
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

/* The keyboard shortcuts window, built when first shown. Handing it to
 * GtkApplicationWindow replaces this action with the toolkit's own, which
 * shows it from then on. */
static void
on_show_help_overlay_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  g_autoptr (GtkBuilder) builder = NULL;
  GtkShortcutsWindow *overlay;

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      builder = gtk_builder_new_from_resource ("/org/example/QualServ/qs-shortcuts-window.ui");
      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

static void on_show_in_view_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data);

static const GActionEntry win_entries[] = {
  { "view", NULL, "s", "'charters'", on_view_change_state_cb },
  { "show-help-overlay", on_show_help_overlay_cb },
  /* (page, view action, its text parameter): what a toast's button does */
  { "show-in-view", on_show_in_view_cb, "(sss)" },
};

/* The views, in the order of the switcher and of Ctrl+1, Ctrl+2… */
static GType (*const registered_views[]) (void) = {
  qs_charters_view_get_type, qs_directory_view_get_type, qs_requests_view_get_type,
  qs_feedback_view_get_type, qs_surveys_view_get_type,   qs_dashboard_view_get_type,
};

/* The places of the views still to come, after the registered ones. */
static const struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  const char *heading;
  const char *description;
} coming_views[] = {
  { "improvement", N_ ("Improvement"), "emblem-synchronizing-symbolic",
    N_ ("Continuous Improvement"),
    N_ ("Improvement actions born from complaints, feedback and indicators will be followed "
        "here until recurring problems stop.") },
};

/* A row of the sidebar: the view's icon and title. */
static GtkWidget *
create_sidebar_row (gpointer item, gpointer user_data)
{
  AdwViewStackPage *page = ADW_VIEW_STACK_PAGE (item);
  GtkWidget        *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget        *label = gtk_label_new (adw_view_stack_page_get_title (page));
  GtkWidget        *row = gtk_list_box_row_new ();

  gtk_box_append (GTK_BOX (box),
                  gtk_image_new_from_icon_name (adw_view_stack_page_get_icon_name (page)));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, adw_view_stack_page_get_name (page));
  return row;
}

static void
on_sidebar_row_activated_cb (QsWindow *self, GtkListBoxRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.view", "s",
                              gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_back_clicked_cb (QsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The sidebar's row of the view shown is selected beside it; folded, no
 * row stays selected, as in GNOME Settings: the list is then a menu. */
static void
update_sidebar_selection (QsWindow *self)
{
  const char    *name = adw_view_stack_get_visible_child_name (self->view_stack);
  GtkListBoxRow *row;

  if (adw_leaflet_get_folded (self->leaflet))
    {
      gtk_list_box_set_selection_mode (self->sidebar_list, GTK_SELECTION_NONE);
      return;
    }
  gtk_list_box_set_selection_mode (self->sidebar_list, GTK_SELECTION_SINGLE);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sidebar_list, i)) != NULL; i++)
    if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
      gtk_list_box_select_row (self->sidebar_list, row);
}

static QsView *get_view (QsWindow *self, const char *name);

/* One back button at a time: folded, the header's leads to the sidebar,
 * unless the view shows a detail, whose own leads to its list first. */
static gboolean
update_back_button_cb (gpointer user_data)
{
  QsWindow   *self = QS_WINDOW (user_data);
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  QsView     *view = name != NULL ? get_view (self, name) : NULL;

  self->back_button_idle = 0;
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet) &&
                                               (view == NULL || !qs_view_is_on_subpage (view)));
  return G_SOURCE_REMOVE;
}

/* A leaflet says it folded while it is laid out: the button changes
 * after, not inside, that layout. */
static void
update_back_button (QsWindow *self)
{
  if (self->back_button != NULL && self->back_button_idle == 0)
    self->back_button_idle = g_idle_add (update_back_button_cb, self);
}

static void
on_folded_cb (QsWindow *self)
{
  update_sidebar_selection (self);
  update_back_button (self);
}

static void
add_pages (QsWindow *self)
{
  g_autoptr (GtkSelectionModel) pages = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (registered_views); i++)
    {
      g_autoptr (QsViewClass) klass = g_type_class_ref (registered_views[i]());
      AdwViewStackPage *page;

      page = adw_view_stack_add_titled (self->view_stack, adw_bin_new (), klass->page_name,
                                        _ (klass->title));
      adw_view_stack_page_set_icon_name (page, klass->icon_name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (coming_views); i++)
    {
      GtkWidget        *status = adw_status_page_new ();
      AdwViewStackPage *page;

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), coming_views[i].icon_name);
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _ (coming_views[i].heading));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), _ (coming_views[i].description));
      page = adw_view_stack_add_titled (self->view_stack, status, coming_views[i].name,
                                        _ (coming_views[i].title));
      adw_view_stack_page_set_icon_name (page, coming_views[i].icon_name);
    }
  pages = adw_view_stack_get_pages (self->view_stack);
  gtk_list_box_bind_model (self->sidebar_list, G_LIST_MODEL (pages), create_sidebar_row, NULL,
                           NULL);
}

/**
 * qs_window_dup_page_names:
 *
 * Returns: (transfer full): the names of the window's pages, in order:
 * the registered views' first.
 */
char **
qs_window_dup_page_names (void)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char        **names;

  for (guint i = 0; i < G_N_ELEMENTS (registered_views); i++)
    {
      g_autoptr (QsViewClass) klass = g_type_class_ref (registered_views[i]());

      g_strv_builder_add (builder, klass->page_name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (coming_views); i++)
    g_strv_builder_add (builder, coming_views[i].name);
  names = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return names;
}

/* The view of page @name, or NULL when it is not built yet or the page is
 * no view. */
static QsView *
get_view (QsWindow *self, const char *name)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, name);
  GtkWidget *child = ADW_IS_BIN (page) ? adw_bin_get_child (ADW_BIN (page)) : NULL;

  return QS_IS_VIEW (child) ? QS_VIEW (child) : NULL;
}

/* Builds the view of page @name, if it is a registered view not built
 * yet. */
static void
ensure_view (QsWindow *self, const char *name)
{
  GtkWidget  *page = adw_view_stack_get_child_by_name (self->view_stack, name);
  AdwLeaflet *leaflet;

  if (!ADW_IS_BIN (page) || adw_bin_get_child (ADW_BIN (page)) != NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (registered_views); i++)
    {
      GType type = registered_views[i]();
      g_autoptr (QsViewClass) klass = g_type_class_ref (type);

      if (g_strcmp0 (name, klass->page_name) != 0)
        continue;
      adw_bin_set_child (ADW_BIN (page), g_object_new (type, "context", self->context, NULL));
      qs_menu_tooltips_quiet (page);
      leaflet = qs_view_get_leaflet (QS_VIEW (adw_bin_get_child (ADW_BIN (page))));
      if (leaflet != NULL)
        {
          g_signal_connect_object (leaflet, "notify::visible-child",
                                   G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (leaflet, "notify::folded", G_CALLBACK (update_back_button), self,
                                   G_CONNECT_SWAPPED);
        }
      return;
    }
}

/* Shows a view, built if need be, and has it do one of its actions:
 * "Show" on a toast about requests opens them, whichever view is shown. */
static void
on_show_in_view_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  QsWindow   *self = QS_WINDOW (user_data);
  const char *page, *view_action, *argument;
  QsView     *view;

  g_variant_get (parameter, "(&s&s&s)", &page, &view_action, &argument);
  ensure_view (self, page);
  view = get_view (self, page);
  if (view == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, page);
  gtk_widget_activate_action (GTK_WIDGET (view), view_action, "s", argument);
}

static void
on_visible_child_changed_cb (QsWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  GAction    *action = g_action_map_lookup_action (G_ACTION_MAP (self), "view");

  /* While the template is built, the first page shows before the view
   * the window opens on is chosen: nothing is built until then. */
  if (name != NULL && self->settings != NULL)
    ensure_view (self, name);

  /* Also called while the template is built, before the action exists. */
  if (name != NULL && action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));
  if (name != NULL && self->view_title != NULL)
    {
      AdwViewStackPage *page = adw_view_stack_get_page (
        self->view_stack, adw_view_stack_get_visible_child (self->view_stack));

      adw_window_title_set_title (self->view_title, adw_view_stack_page_get_title (page));
      update_sidebar_selection (self);
      update_back_button (self);
    }

  /* The keyboard goes with the eye: left on the sidebar's row of the
   * view before (or on a widget now hidden), the focus ring stayed on the
   * old tab; it moves into the view shown. */
  if (name != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (page != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, page)))
        gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
    }
}

static void
on_escalated_cb (QsWindow *self, GPtrArray *escalated)
{
  g_autofree char *title = qs_escalation_scanner_title (escalated);
  AdwToast        *toast = qs_toast_new (title, FALSE);

  adw_toast_set_button_label (toast, _ ("_Show"));
  adw_toast_set_action_name (toast, "win.show-in-view");
  adw_toast_set_action_target_value (
    toast, g_variant_new ("(sss)", "requests", "requests.apply-filter", "builtin:escalated"));
  qs_window_add_toast (self, toast);
  /* The scan wrote on its own connection: the views hear it now rather
   * than at the context's next look. */
  qs_context_look_for_foreign_changes (self->context);
}

/* What the alert scan did: the complaint behind one alert a click away. */
static void
on_alerts_cb (QsWindow *self, GPtrArray *alerts)
{
  g_autofree char      *title = qs_escalation_scanner_alerts_title (alerts);
  AdwToast             *toast = qs_toast_new (title, FALSE);
  const QsAlertOutcome *first = g_ptr_array_index (alerts, 0);

  if (alerts->len == 1 && first->complaint_id != NULL)
    {
      adw_toast_set_button_label (toast, _ ("_Show"));
      adw_toast_set_action_name (toast, "win.show-in-view");
      adw_toast_set_action_target_value (
        toast, g_variant_new ("(sss)", "requests", "requests.show-request", first->complaint_id));
    }
  qs_window_add_toast (self, toast);
  qs_context_look_for_foreign_changes (self->context);
}

static void
on_escalation_failed_cb (QsWindow *self, const GError *error)
{
  qs_window_add_toast (self, qs_toast_new (error->message, TRUE));
}

static void
update_read_only (QsWindow *self)
{
  gboolean read_only = self->store != NULL && qs_store_is_read_only (self->store);

  gtk_label_set_text (self->read_only_label,
                      read_only ? qs_store_get_read_only_reason (self->store) : "");
  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
}

static void
load_window_state (QsWindow *self)
{
  g_autofree char *view = g_settings_get_string (self->settings, "last-view");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, view);
  /* Narrow, the window opens on the view, not on the list of views. */
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
save_window_state (QsWindow *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);
  int         width;
  int         height;

  /* The default size follows the user's resizing, but not maximizing. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (view != NULL)
    g_settings_set_string (self->settings, "last-view", view);
  g_settings_apply (self->settings);
}

static gboolean
qs_window_close_request (GtkWindow *window)
{
  save_window_state (QS_WINDOW (window));

  return GTK_WINDOW_CLASS (qs_window_parent_class)->close_request (window);
}

static void
qs_window_dispose (GObject *object)
{
  QsWindow *self = QS_WINDOW (object);

  g_clear_handle_id (&self->back_button_idle, g_source_remove);
  g_clear_object (&self->scanner);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (qs_window_parent_class)->dispose (object);
}

static void
qs_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsWindow *self = QS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  QsWindow *self = QS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      qs_window_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_window_class_init (QsWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = qs_window_dispose;
  object_class->get_property = qs_window_get_property;
  object_class->set_property = qs_window_set_property;

  window_class->close_request = qs_window_close_request;

  /**
   * QsWindow:context:
   *
   * The store (or %NULL when it could not be opened), the settings and
   * the clock the views work with.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, QS_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  qs_application_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/QualServ/qs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, view_title);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, example_revealer);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_cb);
}

static void
qs_window_init (QsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_pages (self);
  qs_status_page_icons_defer (GTK_WIDGET (self));
  /* The header bar's main menu; each view's own when it is built. */
  qs_menu_tooltips_quiet (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries),
                                   self);

  self->settings = g_settings_new (APP_ID);
  load_window_state (self);
  on_visible_child_changed_cb (self);
}

QsWindow *
qs_window_new (GtkApplication *application, QsContext *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (QS_IS_CONTEXT (context), NULL);

  return g_object_new (QS_TYPE_WINDOW, "application", application, "context", context, NULL);
}

/* Returns: (transfer none) */
QsContext *
qs_window_get_context (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * qs_window_get_store:
 *
 * Returns: (transfer none) (nullable): the open database
 */
QsStore *
qs_window_get_store (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);

  return self->store;
}

void
qs_window_set_context (QsWindow *self, QsContext *context)
{
  QsStore *store;
  g_auto (GStrv) names = NULL;

  g_return_if_fail (QS_IS_WINDOW (self));
  g_return_if_fail (context == NULL || QS_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  store = context != NULL ? qs_context_get_store (context) : NULL;
  g_set_object (&self->store, store);
  names = qs_window_dup_page_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      QsView *view = get_view (self, names[i]);

      if (view != NULL)
        qs_view_set_context (view, context);
    }

  g_clear_object (&self->scanner);
  if (store != NULL && !qs_store_is_read_only (store))
    {
      self->scanner = qs_escalation_scanner_new (context);
      g_signal_connect_object (self->scanner, "escalated", G_CALLBACK (on_escalated_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->scanner, "alerts", G_CALLBACK (on_alerts_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->scanner, "failed", G_CALLBACK (on_escalation_failed_cb), self,
                               G_CONNECT_SWAPPED);
      qs_escalation_scanner_start (self->scanner, FIRST_SCAN_DELAY);
    }
  update_read_only (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * qs_window_set_exploring:
 *
 * Says, above the views, that the database open is the example
 * organisation's, with the way back to the user's own.
 */
void
qs_window_set_exploring (QsWindow *self, gboolean exploring)
{
  g_return_if_fail (QS_IS_WINDOW (self));

  gtk_revealer_set_reveal_child (self->example_revealer, exploring);
}

gboolean
qs_window_get_exploring (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->example_revealer);
}

/**
 * qs_window_show_error:
 *
 * Shows @error's message in place of the views, for a database that could
 * not be opened: nothing can be done in the views without one.
 */
void
qs_window_show_error (QsWindow *self, const GError *error)
{
  g_return_if_fail (QS_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  g_simple_action_set_enabled (
    G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "view")), FALSE);
}

/**
 * qs_window_get_view:
 *
 * Returns: the name of the visible view: `charters`, `clients`,
 * `requests`, `improvement` or `dashboard`
 */
const char *
qs_window_get_view (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * qs_window_get_help_page:
 *
 * Returns: the id of the help page about what the window shows: the
 * visible view's, or the index when there are no views to show
 */
const char *
qs_window_get_help_page (QsWindow *self)
{
  const char *view;

  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);

  view = qs_window_get_view (self);
  if (view == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "views") != 0)
    return "index";
  /* A view names its page; a place still to come has the page of its name. */
  for (guint i = 0; i < G_N_ELEMENTS (registered_views); i++)
    {
      QsViewClass *klass = g_type_class_peek (registered_views[i]());

      if (klass != NULL && g_strcmp0 (klass->page_name, view) == 0)
        return klass->help_page;
    }
  return view;
}

/**
 * qs_window_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast over the views, as qs_toast_add() does: a sentence too
 * long for the window's width comes in a dialog.
 */
void
qs_window_add_toast (QsWindow *self, AdwToast *toast)
{
  g_return_if_fail (QS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  qs_toast_add (GTK_WIDGET (self->toast_overlay), toast);
}

/**
 * qs_window_get_escalation_scanner:
 *
 * Returns: (transfer none) (nullable): what escalates overdue requests,
 *   %NULL without a database that can change
 */
QsEscalationScanner *
qs_window_get_escalation_scanner (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);

  return self->scanner;
}

static void
on_write_charter_cb (QsWelcomeWindow *welcome, const char *department_id, QsWindow *self)
{
  QsView *view;

  ensure_view (self, "charters");
  view = get_view (self, "charters");
  if (view == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "charters");
  gtk_widget_activate_action (GTK_WIDGET (view), "charters.new-from-template", NULL);
}

/**
 * qs_window_welcome:
 * @always: show the steps even when the database is not empty
 *
 * On an empty database (a new install), the first steps that set up a
 * department; from the main menu, at any time.
 *
 * Returns: (transfer none) (nullable): the window shown, if it was
 */
GtkWindow *
qs_window_welcome (QsWindow *self, gboolean always)
{
  QsWelcomeWindow *welcome;

  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);

  if (self->store == NULL || qs_store_is_read_only (self->store) ||
      (!always && !qs_welcome_window_should_show (self->store)))
    return NULL;
  welcome = qs_welcome_window_new (self->store, self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (welcome), GTK_WINDOW (self));
  /* Its "Explore" is the application's action. */
  gtk_window_set_application (GTK_WINDOW (welcome), gtk_window_get_application (GTK_WINDOW (self)));
  g_signal_connect_object (welcome, "write-charter", G_CALLBACK (on_write_charter_cb), self, 0);
  gtk_window_present (GTK_WINDOW (welcome));
  return GTK_WINDOW (welcome);
}

/**
 * qs_window_ask_identity:
 *
 * On the first start with people in the directory, asks the user to pick
 * themselves, once: without it the history credits the computer's account
 * and "Assigned to me" cannot work.
 *
 * Returns: (transfer none) (nullable): the dialog shown, if it was
 */
GtkWindow *
qs_window_ask_identity (QsWindow *self)
{
  QsIdentityDialog *dialog;

  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);

  if (!qs_identity_dialog_should_ask (self->store, self->settings))
    return NULL;
  g_settings_set_boolean (self->settings, "identity-asked", TRUE);
  dialog = qs_identity_dialog_new (self->store, self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
