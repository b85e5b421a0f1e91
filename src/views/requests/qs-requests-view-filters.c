/* qs-requests-view-filters.c — what the Requests list shows: filters and saved filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filter popover sets the fields of the view's QsRequestFilter; a
 * saved filter is a name and a serialized filter in GSettings
 * "request-filters". Three are built in: the user's open complaints, the
 * overdue requests and those at risk.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-client.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-request-names.h"
#include "qs-requests-view-private.h"

/* The first items of the status drop-down: any, then the open ones. */
#define STATUS_ANY 0
#define STATUS_OPEN 1
#define STATUS_FIRST 2

#define BUILTIN_PREFIX "builtin:"
#define SAVED_PREFIX "saved:"
/* A whole filter, as qs_request_filter_serialize() writes it: what the
 * directory asks for ("the requests of this person"). */
#define FILTER_PREFIX "filter:"

static const struct
{
  const char *id;
  const char *name;
} builtins[] = {
  { "my-open-complaints", N_ ("My Open Complaints") },
  { "overdue", N_ ("Overdue") },
  { "at-risk", N_ ("At Risk") },
  { "escalated", N_ ("Escalated") },
};

/* The personal problems of the taxonomy come after the work-related ones. */
static gboolean
problem_is_personal (int problem)
{
  return problem >= QS_PROBLEM_DELEGATION_WITHOUT_CONSENT && problem <= QS_PROBLEM_IGNORED;
}

static gboolean
problem_is_work_related (int problem)
{
  return problem >= QS_PROBLEM_UNKNOWN_PROCESSES && problem <= QS_PROBLEM_NO_MANAGEMENT_HELP;
}

static GListModel *
enum_list (GType type, const char *any, const char *extra)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);

  gtk_string_list_append (list, any);
  if (extra != NULL)
    gtk_string_list_append (list, extra);
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, qs_enum_label (type, klass->values[i].value));
  return G_LIST_MODEL (list);
}

static void
set_model (GtkDropDown *dropdown, GListModel *model)
{
  gtk_drop_down_set_model (dropdown, model);
  g_object_unref (model);
}

/* The category list shows, under each problem, whether it is
 * work-related or personal. */
static void
on_setup_problem_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *group = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_widget_add_css_class (group, "caption");
  gtk_widget_add_css_class (group, "dim-label");
  gtk_widget_set_visible (group, FALSE);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), group);
  gtk_list_item_set_child (item, box);
}

static void
on_bind_problem_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *group = gtk_widget_get_next_sibling (title);
  int        problem = (int) gtk_list_item_get_position (item) - 1;
  gboolean   in_list = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "in-list"));

  gtk_label_set_label (GTK_LABEL (title),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
  gtk_label_set_label (GTK_LABEL (group), problem_is_personal (problem)       ? _ ("Personal")
                                          : problem_is_work_related (problem) ? _ ("Work-related")
                                                                              : "");
  gtk_widget_set_visible (
    group, in_list && (problem_is_personal (problem) || problem_is_work_related (problem)));
}

static GtkListItemFactory *
problem_factory (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "in-list", GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_problem_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_problem_cb), NULL);
  return factory;
}

static void
on_filter_widget_changed_cb (QsRequestsView *self)
{
  guint            status = gtk_drop_down_get_selected (self->status_dropdown);
  guint            kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint            problem = gtk_drop_down_get_selected (self->problem_dropdown);
  guint            department = gtk_drop_down_get_selected (self->department_dropdown);
  guint            due = gtk_drop_down_get_selected (self->due_dropdown);
  guint            confidential = gtk_drop_down_get_selected (self->confidential_dropdown);
  QsRequestFilter *filter = self->filter;

  if (self->syncing || self->status_dropdown == NULL)
    return;

  filter->open_only = status == STATUS_OPEN;
  filter->status = status >= STATUS_FIRST && status != GTK_INVALID_LIST_POSITION
                     ? (int) (status - STATUS_FIRST)
                     : -1;
  filter->kind = kind >= 1 && kind != GTK_INVALID_LIST_POSITION ? (int) kind - 1 : -1;
  filter->problem = problem >= 1 && problem != GTK_INVALID_LIST_POSITION ? (int) problem - 1 : -1;
  g_clear_pointer (&filter->department_id, g_free);
  if (department >= 1 && department - 1 < self->departments->len)
    filter->department_id =
      g_strdup (qs_entity_get_id (g_ptr_array_index (self->departments, department - 1)));
  filter->due = due == 1   ? QS_REQUEST_DUE_OVERDUE
                : due == 2 ? QS_REQUEST_DUE_AT_RISK
                           : QS_REQUEST_DUE_ANY;
  filter->confidential = confidential == 1 ? 1 : confidential == 2 ? 0 : -1;
  g_clear_pointer (&filter->assignee_id, g_free);
  if (gtk_check_button_get_active (self->mine_check) && self->me_id != NULL)
    filter->assignee_id = g_strdup (self->me_id);
  qs_requests_view_apply (self);
}

/* The name of a person or department the list is narrowed to; the id
 * itself when it cannot be read, so the bar never says nothing. */
static char *
dup_name (QsRequestsView *self, GType type, const char *id)
{
  g_autoptr (QsEntity) entity = NULL;

  if (self->store != NULL &&
      qs_repository_find_if_any (qs_store_get_repository (self->store, type), id, &entity, NULL) &&
      entity != NULL)
    return type == QS_TYPE_CLIENT
             ? qs_client_dup_display_name (QS_CLIENT (entity))
             : g_strdup (qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_NAME));
  return g_strdup (id);
}

/* The bar above the list says whose requests are shown, or which figure
 * of the dashboard they are behind, with a button that shows everyone's
 * again. */
static void
sync_scope (QsRequestsView *self)
{
  QsRequestFilter *filter = self->filter;
  g_autofree char *client = NULL;
  g_autofree char *department = NULL;
  g_autofree char *text = NULL;
  const char      *icon = "system-users-symbolic";
  const char      *clear = _ ("Show Everyone’s Requests");

  if (filter->client_id != NULL)
    client = dup_name (self, QS_TYPE_CLIENT, filter->client_id);
  if (filter->client_department_id != NULL)
    department = dup_name (self, QS_TYPE_DEPARTMENT, filter->client_department_id);
  if (filter->figure_ref != NULL)
    {
      text = g_strdup (filter->figure_title != NULL ? filter->figure_title
                                                    : _ ("The requests behind a figure"));
      icon = "x-office-presentation-symbolic";
      clear = _ ("Show All Requests");
    }
  else if (client != NULL && department != NULL)
    /* Translators: above the list: a person's name, then a department's */
    text = g_strdup_printf (_ ("Requests of %s, from %s"), client, department);
  else if (client != NULL)
    /* Translators: above the list: %s is the person who made the requests */
    text = g_strdup_printf (_ ("Requests of %s"), client);
  else if (department != NULL)
    /* Translators: above the list: %s is the department the requests came from */
    text = g_strdup_printf (_ ("Requests from %s"), department);
  if (client != NULL && filter->figure_ref == NULL)
    icon = "avatar-default-symbolic";
  gtk_label_set_label (self->scope_label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->scope_label), text);
  gtk_image_set_from_icon_name (self->scope_icon, icon);
  gtk_widget_set_tooltip_text (self->scope_clear_button, clear);
  gtk_revealer_set_reveal_child (self->scope_revealer, text != NULL);
}

/**
 * qs_requests_view_sync_filter_widgets:
 *
 * Shows the filter in the search entry and the filter popover, without
 * reading the list again for each widget.
 */
void
qs_requests_view_sync_filter_widgets (QsRequestsView *self)
{
  QsRequestFilter *filter = self->filter;
  guint            department = 0;
  gboolean         narrowed;

  self->syncing = TRUE;
  sync_scope (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry),
                         filter->search != NULL ? filter->search : "");
  if (self->status_dropdown == NULL)
    goto out;
  gtk_drop_down_set_selected (self->status_dropdown, filter->status >= 0
                                                       ? (guint) filter->status + STATUS_FIRST
                                                     : filter->open_only ? STATUS_OPEN
                                                                         : STATUS_ANY);
  gtk_drop_down_set_selected (self->kind_dropdown,
                              filter->kind >= 0 ? (guint) filter->kind + 1 : 0);
  gtk_drop_down_set_selected (self->problem_dropdown,
                              filter->problem >= 0 ? (guint) filter->problem + 1 : 0);
  for (guint i = 0; filter->department_id != NULL && i < self->departments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->departments, i)),
                   filter->department_id) == 0)
      department = i + 1;
  gtk_drop_down_set_selected (self->department_dropdown, department);
  gtk_drop_down_set_selected (self->due_dropdown, filter->due == QS_REQUEST_DUE_OVERDUE   ? 1
                                                  : filter->due == QS_REQUEST_DUE_AT_RISK ? 2
                                                                                          : 0);
  gtk_drop_down_set_selected (self->confidential_dropdown, filter->confidential == 1   ? 1
                                                           : filter->confidential == 0 ? 2
                                                                                       : 0);
  gtk_check_button_set_active (self->mine_check, filter->assignee_id != NULL);
out:
  self->syncing = FALSE;

  /* The filter button says when something narrows the list. */
  narrowed = filter->status >= 0 || filter->open_only || filter->kind >= 0 ||
             filter->problem >= 0 || filter->department_id != NULL ||
             filter->due != QS_REQUEST_DUE_ANY || filter->confidential >= 0 ||
             filter->assignee_id != NULL;
  if (narrowed)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

/**
 * qs_requests_view_load_departments:
 *
 * Reads the departments offered in the filter and named in the list.
 */
void
qs_requests_view_load_departments (QsRequestsView *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) departments = NULL;
  GtkStringList *names = gtk_string_list_new (NULL);

  g_hash_table_remove_all (self->department_names);
  if (self->store != NULL)
    {
      departments = qs_directory_repository_get_departments (self->store, &error);
      if (departments == NULL ||
          !qs_request_names_add_departments (self->store, self->department_names, &error))
        qs_requests_view_toast_error (self, error);
    }
  g_ptr_array_set_size (self->departments, 0);
  gtk_string_list_append (names, _ ("Any Department"));
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (departments, i);

      g_ptr_array_add (self->departments, g_object_ref (department));
      gtk_string_list_append (names, qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
    }
  if (self->department_dropdown != NULL)
    {
      self->syncing = TRUE;
      set_model (self->department_dropdown, G_LIST_MODEL (names));
      self->syncing = FALSE;
    }
  else
    g_object_unref (names);
  qs_requests_view_sync_filter_widgets (self);
}

/**
 * qs_requests_view_update_mine:
 *
 * "Assigned to me" is offered once the user's person is known; until
 * then it says what makes it work.
 */
void
qs_requests_view_update_mine (QsRequestsView *self)
{
  if (self->mine_check == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->mine_check), self->me_id != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mine_check),
                               self->me_id != NULL
                                 ? NULL
                                 : _ ("Pick yourself in the directory, in Preferences, to see "
                                      "the requests assigned to you."));
}

static void
set_up_popover (QsRequestsView *self)
{
  GtkStringList *due = gtk_string_list_new (
    (const char *[]){ _ ("Any Deadline"), _ ("Overdue"), _ ("At Risk"), NULL });
  GtkStringList *confidential = gtk_string_list_new ((const char *[]){
    _ ("Confidential or Not"), _ ("Confidential Only"), _ ("Not Confidential"), NULL });
  g_autoptr (GtkListItemFactory) button_factory = problem_factory (FALSE);
  g_autoptr (GtkListItemFactory) list_factory = problem_factory (TRUE);
  g_autoptr (GtkExpression) expression = NULL;
  GtkDropDown *dropdowns[] = {
    self->status_dropdown,     self->kind_dropdown, self->problem_dropdown,
    self->department_dropdown, self->due_dropdown,  self->confidential_dropdown,
  };

  self->syncing = TRUE;
  set_model (self->status_dropdown,
             enum_list (QS_TYPE_REQUEST_STATUS, _ ("Any Status"), _ ("Open")));
  set_model (self->kind_dropdown, enum_list (QS_TYPE_REQUEST_KIND, _ ("Any Kind"), NULL));
  set_model (self->problem_dropdown, enum_list (QS_TYPE_PROBLEM, _ ("Any Category"), NULL));
  set_model (self->due_dropdown, G_LIST_MODEL (due));
  set_model (self->confidential_dropdown, G_LIST_MODEL (confidential));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->problem_dropdown, expression);
  gtk_drop_down_set_expression (self->department_dropdown, expression);
  gtk_drop_down_set_factory (self->problem_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->problem_dropdown, list_factory);
  self->syncing = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    g_signal_connect_object (dropdowns[i], "notify::selected",
                             G_CALLBACK (on_filter_widget_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mine_check, "toggled", G_CALLBACK (on_filter_widget_changed_cb),
                           self, G_CONNECT_SWAPPED);
  qs_requests_view_update_mine (self);
  /* Fills the departments and shows the filter. */
  qs_requests_view_load_departments (self);
}

/**
 * qs_requests_view_ensure_filter_popover:
 *
 * Builds the filter popover: only when it first opens, since its six
 * drop-downs cost more to build than the rest of the view.
 */
void
qs_requests_view_ensure_filter_popover (QsRequestsView *self)
{
  g_autoptr (GtkBuilder) builder = NULL;

  if (self->status_dropdown != NULL)
    return;
  builder = gtk_builder_new_from_resource ("/org/example/QualServ/requests/qs-requests-filters.ui");
  self->status_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "status_dropdown"));
  self->kind_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "kind_dropdown"));
  self->problem_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "problem_dropdown"));
  self->department_dropdown =
    GTK_DROP_DOWN (gtk_builder_get_object (builder, "department_dropdown"));
  self->due_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "due_dropdown"));
  self->confidential_dropdown =
    GTK_DROP_DOWN (gtk_builder_get_object (builder, "confidential_dropdown"));
  self->mine_check = GTK_CHECK_BUTTON (gtk_builder_get_object (builder, "mine_check"));
  gtk_menu_button_set_popover (self->filter_button,
                               GTK_WIDGET (gtk_builder_get_object (builder, "filter_popover")));
  set_up_popover (self);
}

static void
create_filter_popover_cb (GtkMenuButton *button, gpointer user_data)
{
  qs_requests_view_ensure_filter_popover (QS_REQUESTS_VIEW (user_data));
}

void
qs_requests_view_setup_filters (QsRequestsView *self)
{
  gtk_menu_button_set_create_popup_func (self->filter_button, create_filter_popover_cb, self, NULL);
}

/* The filter of a built-in, or NULL for an unknown id. */
static QsRequestFilter *
builtin_filter (QsRequestsView *self, const char *id)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();

  if (g_str_equal (id, "my-open-complaints"))
    {
      filter->open_only = TRUE;
      filter->kind = QS_REQUEST_KIND_COMPLAINT;
      filter->assignee_id = g_strdup (self->me_id);
      filter->sort = QS_REQUEST_SORT_DUE;
      filter->descending = FALSE;
    }
  else if (g_str_equal (id, "overdue") || g_str_equal (id, "at-risk"))
    {
      filter->due = g_str_equal (id, "overdue") ? QS_REQUEST_DUE_OVERDUE : QS_REQUEST_DUE_AT_RISK;
      filter->sort = QS_REQUEST_SORT_DUE;
      filter->descending = FALSE;
    }
  else if (g_str_equal (id, "escalated"))
    {
      /* Still open and escalated: what an escalation toast's "Show" opens. */
      filter->open_only = TRUE;
      filter->escalated_only = TRUE;
      filter->sort = QS_REQUEST_SORT_DUE;
      filter->descending = FALSE;
    }
  else
    return NULL;
  return g_steal_pointer (&filter);
}

/* The saved filters: a(ss) of name and serialized filter. */
static GVariant *
get_saved (QsRequestsView *self)
{
  if (self->settings == NULL)
    return g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("(ss)"), NULL, 0));
  return g_settings_get_value (self->settings, "request-filters");
}

static QsRequestFilter *
saved_filter (QsRequestsView *self, const char *name, GError **error)
{
  g_autoptr (GVariant) saved = get_saved (self);
  GVariantIter iter;
  const char  *saved_name;
  const char  *text;

  g_variant_iter_init (&iter, saved);
  while (g_variant_iter_next (&iter, "(&s&s)", &saved_name, &text))
    if (g_str_equal (saved_name, name))
      return qs_request_filter_deserialize (text, error);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("There is no saved filter named “%s”."),
               name);
  return NULL;
}

static void
apply_filter_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);
  const char     *id = g_variant_get_string (parameter, NULL);
  g_autoptr (QsRequestFilter) filter = NULL;
  g_autoptr (GError) error = NULL;

  if (g_str_has_prefix (id, FILTER_PREFIX))
    {
      filter = qs_request_filter_deserialize (id + strlen (FILTER_PREFIX), &error);
      if (filter == NULL)
        {
          qs_requests_view_toast_error (self, error);
          return;
        }
    }
  else if (g_str_has_prefix (id, BUILTIN_PREFIX))
    {
      filter = builtin_filter (self, id + strlen (BUILTIN_PREFIX));
      if (filter == NULL)
        return;
      if (g_str_equal (id + strlen (BUILTIN_PREFIX), "my-open-complaints") && self->me_id == NULL)
        qs_requests_view_toast (self, _ ("Showing everyone’s open complaints: pick yourself in "
                                         "the directory, in Preferences, to see only yours."));
    }
  else
    {
      filter = saved_filter (
        self, g_str_has_prefix (id, SAVED_PREFIX) ? id + strlen (SAVED_PREFIX) : id, &error);
      if (filter == NULL)
        {
          qs_requests_view_toast_error (self, error);
          return;
        }
    }
  qs_requests_view_set_filter (self, filter);
}

/**
 * qs_requests_view_save_filter:
 *
 * Saves the current filter under @name, replacing one of that name.
 */
gboolean
qs_requests_view_save_filter (QsRequestsView *self, const char *name)
{
  g_autoptr (GVariant) saved = get_saved (self);
  g_autofree char *text = qs_request_filter_serialize (self->filter);
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *message = NULL;
  GVariantBuilder  builder;
  GVariantIter     iter;
  const char      *saved_name;
  const char      *saved_text;
  gboolean         replaced = FALSE;

  if (*stripped == '\0')
    return FALSE;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ss)"));
  g_variant_iter_init (&iter, saved);
  while (g_variant_iter_next (&iter, "(&s&s)", &saved_name, &saved_text))
    {
      if (g_str_equal (saved_name, stripped))
        {
          saved_text = text;
          replaced = TRUE;
        }
      g_variant_builder_add (&builder, "(ss)", saved_name, saved_text);
    }
  if (!replaced)
    g_variant_builder_add (&builder, "(ss)", stripped, text);
  if (self->settings != NULL)
    g_settings_set_value (self->settings, "request-filters", g_variant_builder_end (&builder));
  else
    g_variant_builder_clear (&builder);

  /* Translators: %s is the name of a saved filter */
  message = g_strdup_printf (_ ("Filter “%s” saved"), stripped);
  qs_requests_view_toast (self, message);
  return TRUE;
}

static void
on_name_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

static void
on_save_response_cb (AdwMessageDialog *dialog, const char *response, QsRequestsView *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "save") == 0)
    qs_requests_view_save_filter (self, gtk_editable_get_text (entry));
}

static void
on_name_activate_cb (GtkEntry *entry, AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "save"))
    adw_message_dialog_response (dialog, "save");
}

static void
save_filter_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView   *self = QS_REQUESTS_VIEW (widget);
  GtkRoot          *root = gtk_widget_get_root (widget);
  GtkWidget        *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Save Filter"),
                            _ ("The search, the filters and the order "
                               "of the list are saved under this name, "
                               "in the menu of saved filters.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("Name of the filter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Name of the filter"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "save", _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "save", FALSE);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_name_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_name_activate_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
delete_filter_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);
  const char     *name = g_variant_get_string (parameter, NULL);
  g_autoptr (GVariant) saved = get_saved (self);
  g_autofree char *message = NULL;
  GVariantBuilder  builder;
  GVariantIter     iter;
  const char      *saved_name;
  const char      *saved_text;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ss)"));
  g_variant_iter_init (&iter, saved);
  while (g_variant_iter_next (&iter, "(&s&s)", &saved_name, &saved_text))
    if (!g_str_equal (saved_name, name))
      g_variant_builder_add (&builder, "(ss)", saved_name, saved_text);
  if (self->settings != NULL)
    g_settings_set_value (self->settings, "request-filters", g_variant_builder_end (&builder));
  else
    g_variant_builder_clear (&builder);

  /* Translators: %s is the name of a saved filter */
  message = g_strdup_printf (_ ("Filter “%s” deleted"), name);
  qs_requests_view_toast (self, message);
}

static void
clear_filter_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();

  /* Everything again, in the order chosen. */
  filter->sort = self->filter->sort;
  filter->descending = self->filter->descending;
  qs_requests_view_set_filter (self, filter);
}

static void
clear_client_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView *self = QS_REQUESTS_VIEW (widget);
  g_autoptr (QsRequestFilter) filter = qs_request_filter_copy (self->filter);

  /* Everyone's requests again, the other filters kept. */
  g_clear_pointer (&filter->client_id, g_free);
  g_clear_pointer (&filter->client_department_id, g_free);
  g_clear_pointer (&filter->figure_ref, g_free);
  g_clear_pointer (&filter->figure_provider_id, g_free);
  g_clear_pointer (&filter->figure_title, g_free);
  qs_requests_view_set_filter (self, filter);
}

/**
 * qs_requests_view_update_saved_menu:
 *
 * Lists the built-in and saved filters in the view's menu.
 */
void
qs_requests_view_update_saved_menu (QsRequestsView *self)
{
  g_autoptr (GVariant) saved = get_saved (self);
  g_autoptr (GMenu) delete_menu = g_menu_new ();
  GVariantIter iter;
  const char  *name;
  const char  *text;

  g_menu_remove_all (self->saved_section);
  g_menu_remove_all (self->delete_section);
  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    {
      g_autofree char *target = g_strconcat (BUILTIN_PREFIX, builtins[i].id, NULL);
      g_autoptr (GMenuItem) item = g_menu_item_new (_ (builtins[i].name), NULL);

      g_menu_item_set_action_and_target (item, "requests.apply-filter", "s", target);
      g_menu_append_item (self->saved_section, item);
    }
  g_variant_iter_init (&iter, saved);
  while (g_variant_iter_next (&iter, "(&s&s)", &name, &text))
    {
      g_autofree char *target = g_strconcat (SAVED_PREFIX, name, NULL);
      g_autoptr (GMenuItem) item = g_menu_item_new (name, NULL);
      g_autoptr (GMenuItem) delete_item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "requests.apply-filter", "s", target);
      g_menu_append_item (self->saved_section, item);
      g_menu_item_set_action_and_target (delete_item, "requests.delete-filter", "s", name);
      g_menu_append_item (delete_menu, delete_item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (delete_menu)) > 0)
    g_menu_append_submenu (self->delete_section, _ ("_Delete a Saved Filter"),
                           G_MENU_MODEL (delete_menu));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requests.delete-filter",
                                 g_menu_model_get_n_items (G_MENU_MODEL (delete_menu)) > 0);
}

void
qs_requests_view_install_filter_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "requests.apply-filter", "s", apply_filter_cb);
  gtk_widget_class_install_action (widget_class, "requests.save-filter", NULL, save_filter_cb);
  gtk_widget_class_install_action (widget_class, "requests.delete-filter", "s", delete_filter_cb);
  gtk_widget_class_install_action (widget_class, "requests.clear-filter", NULL, clear_filter_cb);
  gtk_widget_class_install_action (widget_class, "requests.clear-client", NULL, clear_client_cb);
}
