/* qs-charters-view.c — the Charters view: service charters, drafted and published
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model. The database is the only source of truth; the view never writes
 * SQL. The list is a QsQueryListModel from the charter repository: the
 * latest version of every charter, and beside a draft the version still in
 * force (so a charter has one row, or two while it is redrafted), filtered by the
 * search entry and the status drop-down, in a GtkSingleSelection shown by
 * a GtkListView of QsCharterRow. The selected row names the charter shown
 * by the QsCharterEditor on the right; the editor loads that version and
 * its commitments fresh from the repository and reloads them after every
 * change, so what is on screen is always what is stored. The names shown
 * in the list (providers, owners) come from two small tables loaded with
 * the store, together with the providing departments and the staff the
 * editor offers in its combo rows.
 *
 * Layout. An AdwLeaflet holds the list and the editor side by side; when
 * the window is too narrow for both (down to 360 px) it folds, the list
 * comes first, choosing a charter goes to the editor and a back button
 * (or Alt+Left) returns. With no charter at all, the editor pane is hidden
 * and the list pane says how to start.
 *
 * Actions, all on this widget with the `charters.` prefix so that the
 * buttons, menus, rows and tests drive the same code (see
 * qs-charters-view-actions.c and qs-charters-view-export.c):
 *   new-from-template, new-empty       create a charter for a provider
 *   save, publish, new-version         the charter shown
 *   set-review-date (s)                from the calendar popover
 *   add-commitment (s: category nick)  opens the commitment dialog
 *   edit-commitment (s: id)            the same, read-only when frozen
 *   delete-commitment (s), undo-delete (s)  with Undo in the toast
 *   move-up (s), move-down (s)         keyboard reordering (Alt+Up/Down)
 *   move-commitment ((ss): id, target commitment id or category nick)
 *                                      drag and drop
 *   open-version (s: id)               a version from the history
 *   export-pdf, export-html, print     the publication document
 *   search, show-list                  focus the search, go back when folded
 * Actions that would change a frozen version or a read-only database are
 * disabled, so their buttons and shortcuts are too.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-format.h"
#include "qs-charter-repository.h"
#include "qs-charter-row.h"
#include "qs-charters-resources.h"
#include "qs-charters-view-private.h"
#include "qs-client.h"
#include "qs-department.h"
#include "qs-repository.h"
#include "qs-status-page-icons.h"
#include "qs-toast.h"
#include "qs-view-shortcuts.h"

G_DEFINE_FINAL_TYPE (QsChartersView, qs_charters_view, QS_TYPE_VIEW)

static const char *
get_ref (QsEntity *charter)
{
  return qs_entity_get_string (charter, QS_CHARTER_FIELD_REF);
}

/**
 * qs_charters_view_toast:
 *
 * Tells the user that an action was completed, in the window's toast
 * overlay.
 */
void
qs_charters_view_toast (QsChartersView *self, const char *title)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (title, FALSE));
}

/**
 * qs_charters_view_toast_error:
 *
 * Tells the user why an action could not be done, before anything else.
 */
void
qs_charters_view_toast_error (QsChartersView *self, const GError *error)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, TRUE));
}

/**
 * qs_charters_view_get_department_name:
 *
 * Returns: (nullable): the name of the department @id
 */
const char *
qs_charters_view_get_department_name (QsChartersView *self, const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->department_names, id) : NULL;
}

static int
compare_by_name_cb (gconstpointer a, gconstpointer b, gpointer user_data)
{
  QsEntity        *first = *(QsEntity **) a;
  QsEntity        *second = *(QsEntity **) b;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  guint            field = GPOINTER_TO_UINT (user_data);

  if (QS_IS_CLIENT (first))
    {
      first_name = qs_client_dup_display_name (QS_CLIENT (first));
      second_name = qs_client_dup_display_name (QS_CLIENT (second));
    }
  else
    {
      first_name = g_strdup (qs_entity_get_string (first, field));
      second_name = g_strdup (qs_entity_get_string (second, field));
    }
  return g_utf8_collate (first_name != NULL ? first_name : "",
                         second_name != NULL ? second_name : "");
}

/* Loads the departments and staff the view names and offers. */
static void
load_people (QsChartersView *self)
{
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GPtrArray) clients = NULL;
  g_autoptr (GError) error = NULL;

  g_ptr_array_set_size (self->providers, 0);
  g_ptr_array_set_size (self->staff, 0);
  g_hash_table_remove_all (self->department_names);
  g_hash_table_remove_all (self->client_names);

  if (self->store == NULL)
    return;

  departments = qs_repository_find_all (qs_store_get_repository (self->store, QS_TYPE_DEPARTMENT),
                                        NULL, NULL, NULL, QS_QUERY_DEFAULT, &error);
  if (departments != NULL)
    clients = qs_charter_repository_get_people (self->store, &error);
  if (clients == NULL)
    {
      qs_charters_view_toast_error (self, error);
      return;
    }

  for (guint i = 0; i < departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (departments, i);

      g_hash_table_insert (self->department_names, g_strdup (qs_entity_get_id (department)),
                           g_strdup (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME)));
      if (qs_entity_get_boolean (department, QS_DEPARTMENT_FIELD_IS_PROVIDER))
        g_ptr_array_add (self->providers, g_object_ref (department));
    }
  for (guint i = 0; i < clients->len; i++)
    {
      QsEntity *client = g_ptr_array_index (clients, i);

      g_hash_table_insert (self->client_names, g_strdup (qs_entity_get_id (client)),
                           qs_client_dup_display_name (QS_CLIENT (client)));
      if (qs_entity_get_boolean (client, QS_CLIENT_FIELD_IS_STAFF))
        g_ptr_array_add (self->staff, g_object_ref (client));
    }
  g_ptr_array_sort_with_data (self->providers, compare_by_name_cb,
                              GUINT_TO_POINTER (QS_DEPARTMENT_FIELD_NAME));
  g_ptr_array_sort_with_data (self->staff, compare_by_name_cb, NULL);

  qs_charter_editor_set_people (self->editor, self->providers, self->staff);
}

static void
on_setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsChartersView *self)
{
  gtk_list_item_set_child (item, qs_charter_row_new ());
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsChartersView *self)
{
  QsEntity *charter = gtk_list_item_get_item (item);
  g_autoptr (GDateTime) now = qs_clock_get_now_local (qs_store_get_clock (self->store));
  const char *owner_id = qs_entity_get_string (charter, QS_CHARTER_FIELD_OWNER_ID);

  qs_charter_row_set_charter (
    QS_CHARTER_ROW (gtk_list_item_get_child (item)), QS_CHARTER (charter),
    qs_charters_view_get_department_name (
      self, qs_entity_get_string (charter, QS_CHARTER_FIELD_DEPARTMENT_ID)),
    owner_id != NULL ? g_hash_table_lookup (self->client_names, owner_id) : NULL, now);
}

static void
on_unbind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsChartersView *self)
{
  qs_charter_row_set_charter (QS_CHARTER_ROW (gtk_list_item_get_child (item)), NULL, NULL, NULL,
                              NULL);
}

static gboolean
has_filter (QsChartersView *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
         gtk_drop_down_get_selected (self->status_dropdown) != 0;
}

static void
update_list_state (QsChartersView *self)
{
  guint n = self->charters != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->charters)) : 0;
  gboolean nothing = n == 0 && !has_filter (self);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, nothing ? "empty" : "no-results");

  /* With no charter at all, the list pane alone says how to start. */
  if (nothing)
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_set_visible (self->content, !nothing);
  gtk_widget_set_visible (self->pane_separator, !nothing);
  gtk_widget_set_hexpand (self->sidebar, nothing);
  gtk_widget_set_visible (self->filter_box, !nothing);
}

static void
load_editor (QsChartersView *self, const char *id)
{
  g_autoptr (GError) error = NULL;

  if (!qs_charter_editor_load (self->editor, id, &error))
    {
      qs_charters_view_toast_error (self, error);
      qs_charter_editor_load (self->editor, NULL, NULL);
    }
  gtk_stack_set_visible_child_name (
    self->content_stack, qs_charter_editor_get_charter (self->editor) != NULL ? "editor" : "none");
  qs_charters_view_update_actions (self);
}

/* Shows the selected charter, unless a version of it is shown already. */
static void
sync_editor (QsChartersView *self)
{
  QsEntity  *selected = gtk_single_selection_get_selected_item (self->selection);
  QsCharter *shown = qs_charter_editor_get_charter (self->editor);

  if (selected == NULL)
    {
      if (shown == NULL)
        load_editor (self, NULL);
      return;
    }
  if (shown == NULL || g_strcmp0 (get_ref (QS_ENTITY (shown)), get_ref (selected)) != 0)
    load_editor (self, qs_entity_get_id (selected));
}

/* Selects the version @id when it is listed, else the first version of
 * the charter @ref listed; the first row when both are %NULL. A charter
 * may have two rows: its draft and the version in force. */
static void
select_charter (QsChartersView *self, const char *ref, const char *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->charters));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (QsEntity) charter = g_list_model_get_item (G_LIST_MODEL (self->charters), i);

      if (id != NULL && g_strcmp0 (qs_entity_get_id (charter), id) == 0)
        {
          position = i;
          break;
        }
      if (position == GTK_INVALID_LIST_POSITION &&
          ((ref == NULL && id == NULL) || g_strcmp0 (get_ref (charter), ref) == 0))
        position = i;
    }
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
}

static gboolean
scroll_to_selected_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  guint position = self->selection != NULL ? gtk_single_selection_get_selected (self->selection)
                                           : GTK_INVALID_LIST_POSITION;

  self->scroll_tick_id = 0;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return G_SOURCE_REMOVE;
}

/**
 * qs_charters_view_scroll_to_selected:
 *
 * Brings the selected row into view in the list, once the list has laid
 * out the rows it was just given.
 */
void
qs_charters_view_scroll_to_selected (QsChartersView *self)
{
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id =
      gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_selected_cb, NULL, NULL);
}

/**
 * qs_charters_view_is_listed:
 *
 * Returns: whether the version @id has a row in the list as filtered
 */
gboolean
qs_charters_view_is_listed (QsChartersView *self, const char *id)
{
  guint n = self->charters != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->charters)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (QsEntity) charter = g_list_model_get_item (G_LIST_MODEL (self->charters), i);

      if (g_strcmp0 (qs_entity_get_id (charter), id) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * qs_charters_view_reload:
 * @ref: (nullable): the charter to select, by reference; %NULL for the
 *   one shown, or the first
 * @show_id: (nullable): the version to show in the editor, and to select
 *   when it is listed
 *
 * Runs the list's query again, after a change or a new filter.
 */
void
qs_charters_view_reload (QsChartersView *self, const char *ref, const char *show_id)
{
  g_autoptr (GError) error = NULL;
  QsCharter  *shown = qs_charter_editor_get_charter (self->editor);
  const char *select_id = show_id;

  if (self->charters == NULL)
    return;

  if (ref == NULL && shown != NULL)
    ref = get_ref (QS_ENTITY (shown));
  if (select_id == NULL && shown != NULL && g_strcmp0 (ref, get_ref (QS_ENTITY (shown))) == 0)
    select_id = qs_entity_get_id (QS_ENTITY (shown));

  if (!qs_query_list_model_reload (self->charters, &error))
    qs_charters_view_toast_error (self, error);
  select_charter (self, ref, select_id);

  update_list_state (self);
  if (show_id != NULL)
    load_editor (self, show_id);
  else
    sync_editor (self);
  qs_charters_view_update_actions (self);
}

/**
 * qs_charters_view_show_editor:
 *
 * Brings the editor into view when the leaflet is folded.
 */
void
qs_charters_view_show_editor (QsChartersView *self)
{
  if (gtk_widget_get_visible (self->content))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_charter (QsChartersView *self, QsEntity *charter)
{
  QsCharter *shown = qs_charter_editor_get_charter (self->editor);

  if (shown == NULL ||
      g_strcmp0 (qs_entity_get_id (QS_ENTITY (shown)), qs_entity_get_id (charter)) != 0)
    load_editor (self, qs_entity_get_id (charter));
}

static void
on_selection_changed_cb (QsChartersView *self)
{
  QsEntity *selected;

  /* Folded, a click activates the row: selecting only follows the
   * pointer and the arrow keys, and must not leave the list. */
  if (self->syncing || adw_leaflet_get_folded (self->leaflet))
    return;

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL)
    show_charter (self, selected);
}

static void
on_list_activate_cb (QsChartersView *self, guint position)
{
  QsEntity *selected;

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL)
    show_charter (self, selected);
  qs_charters_view_show_editor (self);
}

static void
on_folded_changed_cb (QsChartersView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  /* One click opens a charter when the list is alone on screen. */
  gtk_list_view_set_single_click_activate (self->list_view, folded);
  if (!folded)
    qs_charters_view_reload (self, NULL, NULL);
}

static void
apply_filter (QsChartersView *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  qs_charter_repository_set_list_filter (
    self->charters, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1);
}

static void
on_filter_changed_cb (QsChartersView *self)
{
  if (self->charters == NULL)
    return;
  apply_filter (self);
  qs_charters_view_reload (self, NULL, NULL);
}

static void
on_editor_saved_cb (QsChartersView *self)
{
  /* The list follows the save through QsView::changed. */
  qs_charters_view_update_actions (self);
}

/**
 * qs_charters_view_update_actions:
 *
 * Enables what can be done to the charter shown.
 */
void
qs_charters_view_update_actions (QsChartersView *self)
{
  QsCharter *charter = qs_charter_editor_get_charter (self->editor);
  gboolean   writable = self->store != NULL && !qs_store_is_read_only (self->store);
  gboolean   editable = writable && charter != NULL && !qs_charter_editor_get_frozen (self->editor);
  gboolean   published =
    charter != NULL && qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_STATUS) ==
                         QS_CHARTER_STATUS_PUBLISHED;
  GtkWidget         *widget = GTK_WIDGET (self);
  static const char *editing[] = {
    "charters.save",           "charters.publish",           "charters.set-review-date",
    "charters.add-commitment", "charters.delete-commitment", "charters.move-up",
    "charters.move-down",      "charters.move-commitment",
  };
  static const char *showing[] = {
    "charters.edit-commitment",
    "charters.export-pdf",
    "charters.export-html",
    "charters.print",
  };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (widget, editing[i], editable);
  for (guint i = 0; i < G_N_ELEMENTS (showing); i++)
    gtk_widget_action_set_enabled (widget, showing[i], charter != NULL);
  gtk_widget_action_set_enabled (widget, "charters.new-version", writable && published);
  /* A published version is not to be published again: its banner offers
   * to edit it as a new version instead. */
  gtk_widget_set_visible (self->publish_button,
                          charter == NULL || !qs_charter_repository_is_frozen (charter));
  gtk_widget_action_set_enabled (widget, "charters.new-from-template", writable);
  gtk_widget_action_set_enabled (widget, "charters.new-empty", writable);
  gtk_widget_action_set_enabled (widget, "charters.undo-delete", writable);
  gtk_widget_action_set_enabled (widget, "charters.open-version", self->store != NULL);
}

static const QsViewShortcut shortcuts[] = {
  { "<Control>f", "charters.search" },     { "<Control>n", "charters.new-from-template" },
  { "<Control>s", "charters.save" },       { "<Control><Shift>p", "charters.publish" },
  { "<Control>e", "charters.export-pdf" }, { "<Control>p", "charters.print" },
};

static void
qs_charters_view_map (GtkWidget *widget)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);

  GTK_WIDGET_CLASS (qs_charters_view_parent_class)->map (widget);

  /* A view the window did not open on reads the charters when first shown. */
  if (self->store != NULL && !self->loaded)
    {
      load_people (self);
      qs_charters_view_reload (self, NULL, NULL);
      self->loaded = TRUE;
    }
}

static void qs_charters_view_context_set (QsView *view, QsContext *context);

/* The charter beside the list, read again when it was written elsewhere;
 * when it is gone, the selected charter or nothing is shown. */
static void
refresh_editor (QsChartersView *self)
{
  g_autoptr (GError) error = NULL;

  if (qs_charter_editor_get_charter (self->editor) == NULL ||
      qs_charter_editor_refresh (self->editor, &error))
    return;
  if (error != NULL)
    {
      qs_charters_view_toast_error (self, error);
      return;
    }
  load_editor (self, NULL);
  sync_editor (self);
}

/* The list shows charters with the names of their departments and owners;
 * the editor offers the departments, people and calendars. A change to
 * charters updates the rows it touched, in place, keeping the selection
 * and the scroll; a change to the names reads the list again. */
static void
qs_charters_view_changed (QsView *view, QsChangeSet *changes)
{
  QsChartersView          *self = QS_CHARTERS_VIEW (view);
  static const char *const names[] = { "departments", "clients", "calendars" };
  g_autoptr (GError) error = NULL;
  QsCharter *shown;

  if (self->store == NULL || !self->loaded)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (qs_change_set_has_table (changes, names[i]))
      {
        load_people (self);
        qs_charters_view_reload (self, NULL, NULL);
        refresh_editor (self);
        return;
      }
  if (!qs_change_set_has_table (changes, "charters") &&
      !qs_change_set_has_table (changes, "commitments"))
    return;

  self->syncing = TRUE;
  if (!qs_view_refresh_list (self->charters, self->selection, changes, &error))
    qs_charters_view_toast_error (self, error);
  self->syncing = FALSE;
  refresh_editor (self);

  /* A new version of the charter shown takes the place of the old one. */
  shown = qs_charter_editor_get_charter (self->editor);
  if (gtk_single_selection_get_selected_item (self->selection) == NULL && shown != NULL)
    select_charter (self, get_ref (QS_ENTITY (shown)), qs_entity_get_id (QS_ENTITY (shown)));
  update_list_state (self);
  qs_charters_view_update_actions (self);
}

static void
qs_charters_view_dispose (GObject *object)
{
  QsChartersView *self = QS_CHARTERS_VIEW (object);

  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_CHARTERS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->charters);
  g_clear_object (&self->store);
  g_clear_pointer (&self->providers, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->department_names, g_hash_table_unref);
  g_clear_pointer (&self->client_names, g_hash_table_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (qs_charters_view_parent_class)->dispose (object);
}

static void
qs_charters_view_class_init (QsChartersViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  QsViewClass    *view_class = QS_VIEW_CLASS (klass);

  object_class->dispose = qs_charters_view_dispose;
  widget_class->map = qs_charters_view_map;
  view_class->context_set = qs_charters_view_context_set;
  view_class->changed = qs_charters_view_changed;
  qs_view_class_set_page (view_class, "charters", N_ ("Charters"), "x-office-document-symbolic",
                          "charters");

  g_type_ensure (QS_TYPE_CHARTER_EDITOR);
  qs_charters_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               QS_CHARTERS_RESOURCE_PATH "qs-charters-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, filter_box);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, content);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, list_view);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, publish_button);
  gtk_widget_class_bind_template_child (widget_class, QsChartersView, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_saved_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartersview");

  qs_charters_view_install_actions (widget_class);
  qs_charters_view_install_export_actions (widget_class);
}

static void
qs_charters_view_init (QsChartersView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  qs_status_page_icons_defer (GTK_WIDGET (self));

  self->providers = g_ptr_array_new_with_free_func (g_object_unref);
  self->staff = g_ptr_array_new_with_free_func (g_object_unref);
  self->department_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->client_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  qs_view_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
  qs_charters_view_update_actions (self);
}

GtkWidget *
qs_charters_view_new (QsContext *context)
{
  g_return_val_if_fail (context == NULL || QS_IS_CONTEXT (context), NULL);

  return g_object_new (QS_TYPE_CHARTERS_VIEW, "context", context, NULL);
}

/**
 * qs_charters_view_get_store:
 *
 * Returns: (transfer none) (nullable): the database
 */
QsStore *
qs_charters_view_get_store (QsChartersView *self)
{
  g_return_val_if_fail (QS_IS_CHARTERS_VIEW (self), NULL);

  return self->store;
}

static void
qs_charters_view_context_set (QsView *view, QsContext *context)
{
  QsChartersView *self = QS_CHARTERS_VIEW (view);
  QsStore        *store = context != NULL ? qs_context_get_store (context) : NULL;

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  self->loaded = FALSE;
  g_hash_table_remove_all (self->deleted);
  qs_charter_editor_set_store (self->editor, store);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->charters);

  if (store != NULL)
    {
      self->charters = qs_charter_repository_new_list_model (store);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->charters)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      apply_filter (self);
      /* A window opening on another view does not wait for the charters:
       * they are read when this view is shown (see map). The view the
       * window opens on reads them now, so that the window is sized for
       * them once, before it is shown. */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)) ||
          gtk_widget_get_child_visible (GTK_WIDGET (self)))
        {
          load_people (self);
          qs_charters_view_reload (self, NULL, NULL);
          self->loaded = TRUE;
        }
    }
  else
    {
      load_people (self);
      load_editor (self, NULL);
      update_list_state (self);
    }
}

/**
 * qs_charters_view_get_charters:
 *
 * Returns: (transfer none) (nullable): the charters listed: the latest
 * version of each, and the version in force beside a draft, as filtered
 */
GListModel *
qs_charters_view_get_charters (QsChartersView *self)
{
  g_return_val_if_fail (QS_IS_CHARTERS_VIEW (self), NULL);

  return self->charters != NULL ? G_LIST_MODEL (self->charters) : NULL;
}

/**
 * qs_charters_view_get_charter:
 *
 * Returns: (transfer none) (nullable): the charter version shown in the editor
 */
QsCharter *
qs_charters_view_get_charter (QsChartersView *self)
{
  g_return_val_if_fail (QS_IS_CHARTERS_VIEW (self), NULL);

  return qs_charter_editor_get_charter (self->editor);
}
