/* qs-directory-view.c — the Clients view: departments and the people they hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Model. The people list is the directory repository's QsQueryListModel
 * of every live person, fetched in pages; the search text, the language,
 * the channel and the department chosen in the sidebar narrow its query, so
 * that typing stays fast over a hundred thousand people. The sidebar is a GtkTreeListModel over the
 * department hierarchy, below an "All people" row. Choosing a person shows
 * them in a QsPersonPage, where every field is edited in place.
 *
 * Layout. An AdwLeaflet holds the departments, the people and the person
 * side by side; when the window is too narrow (down to 360 px) it folds and
 * shows one at a time, with back buttons. Wide, the departments make way
 * while a page is open beside the list (see
 * qs_directory_view_update_layout()). The people pane switches between
 * the directory and the organisation chart.
 *
 * Actions, with the `directory.` prefix (see qs-directory-view-actions.c):
 *   search, show-departments, show-people   focus and navigation
 *   show-department, close-detail           the page beside the list
 *   undo-edit                               put back the last edit
 *   anonymise                               after a confirmation
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-client.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-directory-view-private.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-status-page-icons.h"
#include "qs-toast.h"

G_DEFINE_FINAL_TYPE (QsDirectoryView, qs_directory_view, QS_TYPE_VIEW)

typedef enum
{
  COLUMN_NAME,
  COLUMN_ROLE,
  COLUMN_DEPARTMENT,
  COLUMN_EMAIL,
  COLUMN_LANGUAGE,
  COLUMN_CHANNEL,
  N_COLUMNS
} Column;

/**
 * qs_directory_view_toast:
 * @action: (nullable): the detailed action of an Undo button
 *
 * Tells the user that an action was completed.
 */
void
qs_directory_view_toast (QsDirectoryView *self, const char *title, const char *action)
{
  AdwToast *toast = qs_toast_new (title, FALSE);

  if (action != NULL)
    {
      adw_toast_set_button_label (toast, _ ("_Undo"));
      adw_toast_set_detailed_action_name (toast, action);
    }
  qs_toast_add (GTK_WIDGET (self), toast);
}

/**
 * qs_directory_view_toast_error:
 *
 * Tells the user why an action could not be done.
 */
void
qs_directory_view_toast_error (QsDirectoryView *self, const GError *error)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, TRUE));
}

const char *
qs_directory_view_get_department_name (QsDirectoryView *self, const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->department_names, id) : NULL;
}

static char *
column_text (QsDirectoryView *self, QsEntity *client, Column column)
{
  const char *text = NULL;

  switch (column)
    {
    case COLUMN_NAME:
      return qs_client_dup_display_name (QS_CLIENT (client));
    case COLUMN_ROLE:
      text = qs_entity_get_string (client, QS_CLIENT_FIELD_ROLE);
      break;
    case COLUMN_DEPARTMENT:
      text = qs_directory_view_get_department_name (
        self, qs_entity_get_string (client, QS_CLIENT_FIELD_DEPARTMENT_ID));
      break;
    case COLUMN_EMAIL:
      text = qs_entity_get_string (client, QS_CLIENT_FIELD_EMAIL);
      break;
    case COLUMN_LANGUAGE:
      text =
        qs_enum_label (QS_TYPE_LANGUAGE, qs_entity_get_enum (client, QS_CLIENT_FIELD_LANGUAGE));
      break;
    case COLUMN_CHANNEL:
      text = qs_enum_label (QS_TYPE_CHANNEL,
                            qs_entity_get_enum (client, QS_CLIENT_FIELD_PREFERRED_CHANNEL));
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  return g_strdup (text != NULL ? text : "");
}

static void
update_list_state (QsDirectoryView *self)
{
  guint n_all = self->people != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;
  /* A department with nobody in it is empty, not a search that found
   * nothing: its page offers to add someone (into that department). */
  gboolean filtered = self->search != NULL || self->language >= 0 || self->channel >= 0;
  guint    n = n_all;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->people_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->people_stack, filtered ? "no-results" : "empty");
}

static void on_person_selected_cb (QsDirectoryView *self);

/* A new model rather than a reloaded one: the column view takes a new
 * model of a hundred thousand rows at once, where it would handle the
 * same change as removals and insertions ten times more slowly. */
static void
set_people (QsDirectoryView *self, QsQueryListModel *people)
{
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  g_clear_object (&self->selection);
  g_set_object (&self->people, people);
  if (people != NULL)
    {
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (people)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (on_person_selected_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (people, "items-changed", G_CALLBACK (update_list_state), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_column_view_set_model (self->people_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * qs_directory_view_refilter:
 *
 * Applies the search text and the drop-downs to the people list again.
 */
void
qs_directory_view_refilter (QsDirectoryView *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint            language = gtk_drop_down_get_selected (self->language_dropdown);
  guint            channel = gtk_drop_down_get_selected (self->channel_dropdown);

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_steal_pointer (&stripped);
  /* The first item of each drop-down is "any". */
  self->language = language == 0 || language == GTK_INVALID_LIST_POSITION ? -1 : (int) language - 1;
  self->channel = channel == 0 || channel == GTK_INVALID_LIST_POSITION ? -1 : (int) channel - 1;
  if (self->store != NULL)
    {
      g_autoptr (QsQueryListModel) people = qs_directory_repository_new_people_model (self->store);
      g_autoptr (GError) error = NULL;

      qs_directory_repository_set_people_filter (people, self->search, self->department_id,
                                                 self->language, self->channel);
      if (!qs_query_list_model_reload (people, &error))
        qs_directory_view_toast_error (self, error);
      set_people (self, people);
    }
  update_list_state (self);
}

static void
on_filter_changed_cb (QsDirectoryView *self)
{
  qs_directory_view_refilter (self);
}

static void
on_department_selected_cb (QsDirectoryView *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->department_selection);
  gpointer        item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  gboolean        showing_department =
    gtk_widget_get_visible (self->person_pane) &&
    g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "department");
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->department_id, g_free);
  if (item != NULL && QS_IS_DEPARTMENT (item))
    {
      self->department_id = g_strdup (qs_entity_get_id (item));
      /* Its page follows the choice when it is open; it opens from the
       * title above the list ("Details"), so that choosing departments
       * one after another leaves the people list its room. */
      if (!qs_department_page_load (self->department_page, self->department_id, &error))
        qs_directory_view_toast_error (self, error);
      if (showing_department)
        gtk_label_set_label (self->person_title,
                             qs_entity_get_string (QS_ENTITY (item), QS_DEPARTMENT_FIELD_NAME));
    }
  else if (showing_department)
    qs_directory_view_close_detail (self);
  g_clear_object (&item);
  qs_directory_view_refilter (self);
  if (adw_leaflet_get_folded (self->leaflet) && !self->restoring)
    adw_leaflet_set_visible_child (self->leaflet, self->people_pane);
  qs_directory_view_update_layout (self);
}

/**
 * qs_directory_view_update_layout:
 *
 * Wide, three panes would leave the people table too narrow to read: the
 * departments make way while a person's or a department's page is open
 * beside the list, and a button brings them back. Folded, one pane shows
 * at a time and the departments stay one step back. Above the list, the
 * department chosen is its title, with the way to its page.
 */
void
qs_directory_view_update_layout (QsDirectoryView *self)
{
  gboolean    folded, detail, departments, beside;
  const char *name;

  /* The leaflet says it folds while the template is still being built. */
  if (self->departments_button == NULL || self->person_pane == NULL)
    return;
  folded = adw_leaflet_get_folded (self->leaflet);
  detail = gtk_widget_get_visible (self->person_pane);
  departments = folded || !detail || gtk_toggle_button_get_active (self->departments_button);
  name = qs_directory_view_get_department_name (self, self->department_id);
  beside = detail && !folded &&
           g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "department");

  gtk_widget_set_visible (GTK_WIDGET (self->departments_button), !folded && detail);
  gtk_widget_set_visible (self->sidebar, departments);
  gtk_widget_set_visible (self->sidebar_separator, departments);
  gtk_widget_set_visible (self->department_bar, name != NULL);
  gtk_label_set_label (self->department_title, name != NULL ? name : "");
  gtk_widget_set_visible (self->department_button, name != NULL && !beside);
  qs_directory_view_update_actions (self);
}

static void
on_departments_toggled_cb (QsDirectoryView *self)
{
  qs_directory_view_update_layout (self);
}

/**
 * qs_directory_view_show_detail:
 * @page: "person" or "department"
 *
 * Opens the pane beside the list on @page, its title set by the caller.
 */
void
qs_directory_view_show_detail (QsDirectoryView *self, const char *page)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean   folded = adw_leaflet_get_folded (self->leaflet);

  if (focus != NULL)
    g_object_ref (focus);
  gtk_stack_set_visible_child_name (self->detail_stack, page);
  if (!gtk_widget_get_visible (self->person_pane))
    {
      gtk_widget_set_visible (self->person_pane, TRUE);
      gtk_toggle_button_set_active (self->departments_button, FALSE);
    }
  qs_directory_view_update_layout (self);
  /* The leaflet would move the focus it takes from the list into the
   * pane it shows: into its first field, whose text is then selected, so
   * that typing replaces a name. The focus stays where the click left it;
   * folded, where the list is gone, it goes to the way back. */
  if (root != NULL)
    gtk_root_set_focus (root, NULL);
  adw_leaflet_set_visible_child (self->leaflet, self->person_pane);
  if (folded)
    gtk_widget_grab_focus (self->person_back_button);
  else if (focus != NULL && gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (focus);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->people_view));
  g_clear_object (&focus);
}

/**
 * qs_directory_view_close_detail:
 *
 * Closes the person's or department's page beside the list (its close
 * button, Escape), giving the list its room back.
 */
void
qs_directory_view_close_detail (QsDirectoryView *self)
{
  g_autoptr (GError) error = NULL;

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (!qs_person_page_load (self->person_page, NULL, &error))
    qs_directory_view_toast_error (self, error);
  gtk_widget_set_visible (self->person_pane, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, self->people_pane);
  qs_directory_view_update_layout (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->people_view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->people_view));
}

static GListModel *
create_children_cb (gpointer item, gpointer user_data)
{
  QsDirectoryView *self = user_data;
  GListModel      *children;

  if (!QS_IS_DEPARTMENT (item))
    return NULL;
  children = g_hash_table_lookup (self->children, qs_entity_get_id (item));
  return children != NULL ? g_object_ref (children) : NULL;
}

static void
load_departments (QsDirectoryView *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListStore) roots = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr (GtkStringObject) all = gtk_string_object_new (_ ("All people"));
  GtkTreeListModel *tree;

  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_hash_table_remove_all (self->department_names);
  g_hash_table_remove_all (self->children);
  g_clear_pointer (&self->department_id, g_free);

  if (self->store != NULL)
    self->departments = qs_directory_repository_get_departments (self->store, &error);
  if (self->departments == NULL)
    {
      if (error != NULL)
        qs_directory_view_toast_error (self, error);
      self->departments = g_ptr_array_new_with_free_func (g_object_unref);
    }

  g_list_store_append (roots, all);
  for (guint i = 0; i < self->departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (self->departments, i);

      g_hash_table_insert (self->department_names, g_strdup (qs_entity_get_id (department)),
                           g_strdup (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME)));
    }
  for (guint i = 0; i < self->departments->len; i++)
    {
      QsEntity   *department = g_ptr_array_index (self->departments, i);
      const char *parent = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_PARENT_ID);
      GListStore *siblings;

      /* A parent that is gone leaves its children at the top. */
      if (parent == NULL || !g_hash_table_contains (self->department_names, parent))
        {
          g_list_store_append (roots, department);
          continue;
        }
      siblings = g_hash_table_lookup (self->children, parent);
      if (siblings == NULL)
        {
          siblings = g_list_store_new (QS_TYPE_DEPARTMENT);
          g_hash_table_insert (self->children, g_strdup (parent), siblings);
        }
      g_list_store_append (siblings, department);
    }

  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_steal_pointer (&roots)), FALSE, TRUE,
                                  create_children_cb, self, NULL);
  g_clear_object (&self->department_selection);
  self->department_selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  g_signal_connect_object (self->department_selection, "notify::selected",
                           G_CALLBACK (on_department_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->department_list, GTK_SELECTION_MODEL (self->department_selection));
  qs_person_page_set_departments (self->person_page, self->departments);

  qs_org_chart_set_departments (self->org_chart, self->departments);
  gtk_stack_set_visible_child_name (
    self->org_chart_stack,
    self->departments->len > 0 && qs_org_chart_get_layout (self->org_chart) != NULL ? "chart"
                                                                                    : "empty");
  qs_directory_view_update_actions (self);
}

static void
on_org_chart_department_activated_cb (QsDirectoryView *self, const char *department_id)
{
  qs_directory_view_select_department (self, department_id);
  adw_view_stack_set_visible_child_name (self->main_stack, "directory");
  /* A box of the chart opens the department: its people and its page. */
  gtk_widget_activate_action (GTK_WIDGET (self), "directory.show-department", NULL);
}

/* The chart opens on the department chosen, its box focused, in view. */
static void
on_main_page_changed_cb (QsDirectoryView *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->main_stack);

  if (g_strcmp0 (page, "org-chart") == 0 && self->department_id != NULL)
    qs_org_chart_focus_department (self->org_chart, self->department_id);
}

static void
on_setup_department_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsDirectoryView *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (item, expander);
  qs_directory_view_setup_department_drag (self, expander);
}

static void
on_bind_department_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsDirectoryView *self)
{
  GtkTreeListRow  *row = gtk_list_item_get_item (item);
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  g_autoptr (GObject) object = gtk_tree_list_row_get_item (row);
  GtkLabel *label = GTK_LABEL (gtk_tree_expander_get_child (expander));

  gtk_tree_expander_set_list_row (expander, row);
  qs_directory_view_bind_department_drag (
    GTK_WIDGET (expander),
    QS_IS_DEPARTMENT (object) ? qs_entity_get_id (QS_ENTITY (object)) : NULL);
  if (QS_IS_DEPARTMENT (object))
    gtk_label_set_label (label,
                         qs_entity_get_string (QS_ENTITY (object), QS_DEPARTMENT_FIELD_NAME));
  else
    gtk_label_set_label (label, gtk_string_object_get_string (GTK_STRING_OBJECT (object)));
}

static void
on_setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsDirectoryView *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsDirectoryView *self)
{
  Column           column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = column_text (self, gtk_list_item_get_item (item), column);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_columns (QsDirectoryView *self)
{
  const char *titles[N_COLUMNS] = {
    N_ ("Name"), N_ ("Role"), N_ ("Department"), N_ ("E-mail"), N_ ("Language"), N_ ("Channel"),
  };

  for (Column c = COLUMN_NAME; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (c));
      g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cell_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cell_cb), self, 0);
      column = gtk_column_view_column_new (_ (titles[c]), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c <= COLUMN_EMAIL);
      gtk_column_view_append_column (self->people_view, column);
    }
}

static void
show_person (QsDirectoryView *self, QsEntity *client)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  if (!qs_person_page_load (self->person_page, client != NULL ? qs_entity_get_id (client) : NULL,
                            &error))
    {
      qs_directory_view_toast_error (self, error);
      return;
    }
  if (client == NULL &&
      g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "person"))
    {
      gtk_widget_set_visible (self->person_pane, FALSE);
      qs_directory_view_update_layout (self);
    }
  if (client != NULL)
    {
      name = qs_client_dup_display_name (QS_CLIENT (client));
      gtk_label_set_label (self->person_title, name);
      qs_directory_view_show_detail (self, "person");
    }
  qs_directory_view_update_actions (self);
}

static void
on_person_selected_cb (QsDirectoryView *self)
{
  show_person (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
on_person_activated_cb (QsDirectoryView *self, guint position)
{
  g_autoptr (QsEntity) client = g_list_model_get_item (G_LIST_MODEL (self->people), position);

  show_person (self, client);
}

static void
on_person_saved_cb (QsDirectoryView *self)
{
  QsClient        *client = qs_person_page_get_client (self->person_page);
  g_autofree char *name = qs_client_dup_display_name (client);

  gtk_label_set_label (self->person_title, name);
  /* The list follows the save through QsView::changed. */
  if (qs_person_page_can_undo (self->person_page))
    qs_directory_view_toast (self, _ ("Saved"), "directory.undo-edit");
  qs_directory_view_update_actions (self);
}

/**
 * qs_directory_view_reload:
 *
 * Reads the departments and people again, keeping the department selected
 * when it is still there.
 */
void
qs_directory_view_reload (QsDirectoryView *self)
{
  g_autofree char *department_id = NULL;

  g_return_if_fail (QS_IS_DIRECTORY_VIEW (self));

  department_id = g_steal_pointer (&self->department_id);
  load_departments (self);
  if (department_id != NULL)
    {
      self->restoring = TRUE;
      qs_directory_view_select_department (self, department_id);
      self->restoring = FALSE;
    }
  /* Selecting the department filtered the people already. */
  if (self->department_id == NULL)
    qs_directory_view_refilter (self);
}

GListModel *
qs_directory_view_get_people (QsDirectoryView *self)
{
  g_return_val_if_fail (QS_IS_DIRECTORY_VIEW (self), NULL);

  return G_LIST_MODEL (self->people);
}

/**
 * qs_directory_view_select_department:
 * @department_id: (nullable): %NULL for all people
 *
 * Selects a department in the sidebar, which shows its people.
 */
void
qs_directory_view_select_department (QsDirectoryView *self, const char *department_id)
{
  GListModel *rows = G_LIST_MODEL (self->department_selection);

  g_return_if_fail (QS_IS_DIRECTORY_VIEW (self));

  /* Rows of collapsed parents are not in the list: open them all. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);

      if (department_id == NULL ||
          (QS_IS_DEPARTMENT (item) &&
           g_strcmp0 (qs_entity_get_id (QS_ENTITY (item)), department_id) == 0))
        {
          gtk_single_selection_set_selected (self->department_selection, i);
          return;
        }
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/**
 * qs_directory_view_show_person:
 *
 * Shows a person's page, for editing.
 */
void
qs_directory_view_show_person (QsDirectoryView *self, const char *client_id)
{
  g_autoptr (QsEntity) client = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (QS_IS_DIRECTORY_VIEW (self));

  if (client_id != NULL && self->store != NULL)
    {
      client = qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_CLIENT), client_id,
                                   &error);
      if (client == NULL)
        {
          qs_directory_view_toast_error (self, error);
          return;
        }
    }
  show_person (self, client);
}

static void
on_folded_changed_cb (QsDirectoryView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->people_view);
  gboolean    folded = adw_leaflet_get_folded (self->leaflet);

  /* Narrow, a person's name and e-mail are what fits and what is looked for. */
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      gtk_column_view_column_set_visible (column, !folded || i == COLUMN_NAME || i == COLUMN_EMAIL);
    }
  qs_directory_view_update_layout (self);
}

QsStore *
qs_directory_view_get_store (QsDirectoryView *self)
{
  g_return_val_if_fail (QS_IS_DIRECTORY_VIEW (self), NULL);

  return self->store;
}

static void
qs_directory_view_context_set (QsView *view, QsContext *context)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (view);
  QsStore         *store = context != NULL ? qs_context_get_store (context) : NULL;

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  g_clear_object (&self->deleted);
  g_clear_object (&self->added);
  g_clear_object (&self->deleted_department);
  self->loaded = FALSE;
  qs_person_page_set_store (self->person_page, store);
  qs_department_page_set_store (self->department_page, store);
  set_people (self, NULL);
  show_person (self, NULL);
  /* A hidden view reads the directory when it is first shown (see map):
   * the window binds the store to every view before its first frame. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      qs_directory_view_reload (self);
      self->loaded = TRUE;
    }
}

GtkWidget *
qs_directory_view_new (QsContext *context)
{
  return g_object_new (QS_TYPE_DIRECTORY_VIEW, "context", context, NULL);
}

static void
qs_directory_view_map (GtkWidget *widget)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);

  GTK_WIDGET_CLASS (qs_directory_view_parent_class)->map (widget);

  if (!self->loaded)
    {
      qs_directory_view_reload (self);
      self->loaded = TRUE;
    }
}

/* The person beside the list, read again when it or their requests were
 * written elsewhere. */
static void
refresh_person (QsDirectoryView *self, QsChangeSet *changes)
{
  g_autoptr (GError) error = NULL;
  QsClient        *client;
  g_autofree char *name = NULL;

  if (qs_person_page_get_client (self->person_page) == NULL)
    return;
  if (!qs_person_page_refresh (self->person_page, changes, &error))
    {
      if (error != NULL)
        qs_directory_view_toast_error (self, error);
      else
        show_person (self, NULL);
      return;
    }
  client = qs_person_page_get_client (self->person_page);
  name = qs_client_dup_display_name (client);
  gtk_label_set_label (self->person_title, name);
}

/* The directory shows departments (the tree, the org chart, a department's
 * page with its needs and services), people (the list, a person's page)
 * and a person's latest requests. A change to people updates the rows it
 * touched, in place, keeping the selection and the scroll; a change to the
 * departments reads the tree again, keeping the department selected. */
static void
qs_directory_view_changed (QsView *view, QsChangeSet *changes)
{
  QsDirectoryView         *self = QS_DIRECTORY_VIEW (view);
  static const char *const tree[] = { "departments", "department_needs", "services",
                                      "service_recipients" };
  g_autoptr (GError) error = NULL;

  if (!self->loaded || self->store == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (tree); i++)
    if (qs_change_set_has_table (changes, tree[i]))
      {
        qs_directory_view_reload (self);
        refresh_person (self, changes);
        return;
      }
  if (qs_change_set_has_table (changes, "clients") && self->people != NULL &&
      !qs_view_refresh_list (self->people, self->selection, changes, &error))
    qs_directory_view_toast_error (self, error);
  if (qs_change_set_has_table (changes, "clients") || qs_change_set_has_table (changes, "requests"))
    refresh_person (self, changes);
}

static void
qs_directory_view_dispose (GObject *object)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_DIRECTORY_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->department_selection);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
  g_clear_object (&self->deleted);
  g_clear_object (&self->added);
  g_clear_object (&self->deleted_department);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->department_names, g_hash_table_unref);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->department_id, g_free);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (qs_directory_view_parent_class)->dispose (object);
}

static void
qs_directory_view_class_init (QsDirectoryViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  QsViewClass    *view_class = QS_VIEW_CLASS (klass);

  object_class->dispose = qs_directory_view_dispose;
  widget_class->map = qs_directory_view_map;
  view_class->context_set = qs_directory_view_context_set;
  view_class->changed = qs_directory_view_changed;
  qs_view_class_set_page (view_class, "clients", N_ ("Clients"), "system-users-symbolic",
                          "clients");

  g_type_ensure (QS_TYPE_PERSON_PAGE);
  g_type_ensure (QS_TYPE_DEPARTMENT_PAGE);
  g_type_ensure (QS_TYPE_ORG_CHART);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/directory/qs-directory-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, departments_button);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, department_bar);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, department_title);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, department_button);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, person_back_button);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, close_button);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, people_pane);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, person_pane);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, department_list);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, people_stack);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, people_view);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, org_chart_page);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, org_chart_stack);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, org_chart);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, person_page);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, department_page);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, QsDirectoryView, person_title);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_departments_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_department_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_department_cb);

  qs_directory_view_install_actions (widget_class);
  qs_directory_view_install_export_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
qs_directory_view_init (QsDirectoryView *self)
{
  GtkStringList *languages = gtk_string_list_new (NULL);
  GtkStringList *channels = gtk_string_list_new (NULL);
  g_autoptr (GEnumClass) language_class = g_type_class_ref (QS_TYPE_LANGUAGE);
  g_autoptr (GEnumClass) channel_class = g_type_class_ref (QS_TYPE_CHANNEL);

  self->language = -1;
  self->channel = -1;
  self->department_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  qs_status_page_icons_defer (GTK_WIDGET (self));

  gtk_string_list_append (languages, _ ("Any Language"));
  for (guint i = 0; i < language_class->n_values; i++)
    gtk_string_list_append (languages,
                            qs_enum_label (QS_TYPE_LANGUAGE, language_class->values[i].value));
  gtk_string_list_append (channels, _ ("Any Channel"));
  for (guint i = 0; i < channel_class->n_values; i++)
    gtk_string_list_append (channels,
                            qs_enum_label (QS_TYPE_CHANNEL, channel_class->values[i].value));
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (languages));
  gtk_drop_down_set_model (self->channel_dropdown, G_LIST_MODEL (channels));
  g_object_unref (languages);
  g_object_unref (channels);

  /* Folded, the people come first; the departments are one step back. */
  adw_leaflet_set_visible_child (self->leaflet, self->people_pane);
  add_columns (self);
  on_folded_changed_cb (self);
  /* The chart says which department was chosen, once it can. */
  if (g_signal_lookup ("department-activated", QS_TYPE_ORG_CHART) != 0)
    g_signal_connect_object (self->org_chart, "department-activated",
                             G_CALLBACK (on_org_chart_department_activated_cb), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child-name",
                           G_CALLBACK (on_main_page_changed_cb), self, G_CONNECT_SWAPPED);
  load_departments (self);
  update_list_state (self);
  qs_directory_view_update_actions (self);
}
