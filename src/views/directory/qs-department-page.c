/* qs-department-page.c — one department: who runs it, what it receives and needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is read from the directory repository each time the page is
 * loaded or changed. The needs, the priorities and what makes the
 * department's work easier are three ordered lists: each row can be moved
 * up or down or removed, and an entry row at the end adds to the list.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-client.h"
#include "qs-department-need.h"
#include "qs-department-page.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-directory-view-private.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-service.h"
#include "qs-toast.h"

#define TREND_MONTHS 12

struct _QsDepartmentPage
{
  GtkWidget parent_instance;

  QsStore      *store;
  QsDepartment *department;
  GPtrArray    *needs[3];   /* QsDepartmentNeed by kind, in order */
  GArray       *trend;      /* doubles, oldest first */
  GPtrArray    *extra_rows; /* rows added to the groups, removed on reload */

  /* Template widgets */
  AdwEntryRow         *name_row;
  AdwEntryRow         *name_en_row;
  AdwEntryRow         *name_fr_row;
  AdwPreferencesGroup *summary_group;
  AdwComboRow         *manager_row;
  GPtrArray           *managers;       /* QsClient offered in manager_row, after "none" */
  GPtrArray           *channel_checks; /* GtkCheckButton, one a channel, in enum order */
  AdwPreferencesGroup *provided_group;
  AdwEntryRow         *add_service_row;
  AdwComboRow         *parent_row;
  GtkSwitch           *provider_switch;
  GPtrArray           *parents;     /* QsDepartment offered in parent_row, after "none" */
  GPtrArray           *parents_all; /* every live department, for the recipients of services */
  gboolean             filling;     /* rows are being filled, not edited */
  AdwExpanderRow      *channels_row;
  AdwActionRow        *requests_row;
  GtkDrawingArea      *trend_area;
  GtkLabel            *trend_label;
  AdwPreferencesGroup *services_group;
  AdwPreferencesGroup *need_groups[3];
  AdwEntryRow         *add_rows[3];
};

G_DEFINE_FINAL_TYPE (QsDepartmentPage, qs_department_page, GTK_TYPE_WIDGET)

static void
toast_error (QsDepartmentPage *self, const GError *error)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, FALSE));
}

static void
draw_trend_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  QsDepartmentPage *self = user_data;
  GdkRGBA           color;
  gboolean          pen_down = FALSE;
  const double      low = 1.0;
  const double      high = 5.0;

  if (self->trend == NULL || self->trend->len < 2)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < self->trend->len; i++)
    {
      double value = g_array_index (self->trend, double, i);
      double x = 3 + (width - 6) * (double) i / (self->trend->len - 1);
      double y;

      /* A month without feedback breaks the line rather than inventing a value. */
      if (isnan (value))
        {
          pen_down = FALSE;
          continue;
        }
      y = height - 3 - (height - 6) * (CLAMP (value, low, high) - low) / (high - low);
      if (pen_down)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      cairo_arc (cr, x, y, 1.5, 0, 2 * G_PI);
      cairo_move_to (cr, x, y);
      pen_down = TRUE;
    }
  cairo_stroke (cr);
}

static void
clear_rows (QsDepartmentPage *self)
{
  for (guint i = 0; i < self->extra_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->extra_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->extra_rows, 0);
}

static void
add_row (QsDepartmentPage *self, AdwPreferencesGroup *group, GtkWidget *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->extra_rows, row);
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip, const char *action, const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  return button;
}

static void
fill_needs (QsDepartmentPage *self, QsNeedKind kind)
{
  GPtrArray *needs = self->needs[kind];

  /* The entry row stays last: take it out while the rows go in. */
  g_object_ref (self->add_rows[kind]);
  adw_preferences_group_remove (self->need_groups[kind], GTK_WIDGET (self->add_rows[kind]));
  for (guint i = 0; needs != NULL && i < needs->len; i++)
    {
      QsEntity   *need = g_ptr_array_index (needs, i);
      const char *id = qs_entity_get_id (need);
      GtkWidget  *row = adw_action_row_new ();
      GtkWidget  *up = icon_button ("go-up-symbolic", _ ("Move Up"), "department.move-up", id);
      GtkWidget  *down =
        icon_button ("go-down-symbolic", _ ("Move Down"), "department.move-down", id);

      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < needs->len);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qs_entity_get_string (need, QS_DEPARTMENT_NEED_FIELD_TEXT));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
      adw_action_row_add_suffix (
        ADW_ACTION_ROW (row),
        icon_button ("user-trash-symbolic", _ ("Remove"), "department.remove", id));
      add_row (self, self->need_groups[kind], row);
    }
  adw_preferences_group_add (self->need_groups[kind], GTK_WIDGET (self->add_rows[kind]));
  g_object_unref (self->add_rows[kind]);
}

static char *
channel_names (const char *nicks)
{
  g_auto (GStrv) parts = g_strsplit (nicks != NULL ? nicks : "", ",", -1);
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_CHANNEL);
  GString *names = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      GEnumValue *value = g_enum_get_value_by_nick (klass, g_strstrip (parts[i]));

      if (value == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, _ (", "));
      g_string_append (names, qs_enum_label (QS_TYPE_CHANNEL, value->value));
    }
  return g_string_free (names, FALSE);
}

static void
fill_names (QsDepartmentPage *self)
{
  QsEntity   *department = QS_ENTITY (self->department);
  const char *en = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME_EN);
  const char *fr = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME_FR);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
  gtk_editable_set_text (GTK_EDITABLE (self->name_en_row), en != NULL ? en : "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_fr_row), fr != NULL ? fr : "");
}

/* A name applied (Enter or the row's button) is saved at once; refused,
 * the row shows the stored name again and the reason is toasted. */
static void
on_name_apply_cb (QsDepartmentPage *self, AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  guint            field = row == self->name_row      ? QS_DEPARTMENT_FIELD_NAME
                           : row == self->name_en_row ? QS_DEPARTMENT_FIELD_NAME_EN
                                                      : QS_DEPARTMENT_FIELD_NAME_FR;
  g_autoptr (GError) error = NULL;

  if (self->department == NULL || self->store == NULL)
    return;
  /* An emptied translation is no translation: the name is used. */
  qs_entity_set_string (QS_ENTITY (self->department), field,
                        *text != '\0' || field == QS_DEPARTMENT_FIELD_NAME ? text : NULL);
  if (!qs_directory_repository_save_department (self->store, self->department, &error))
    {
      g_autoptr (GError) reload_error = NULL;
      g_autofree char *id = g_strdup (qs_entity_get_id (QS_ENTITY (self->department)));

      toast_error (self, error);
      /* What is stored, not what was refused. */
      if (!qs_department_page_load (self, id, &reload_error))
        toast_error (self, reload_error);
      return;
    }
  fill_names (self);
}

/* "Manager" offers the department's people, and whoever runs it now. */
static void
fill_managers (QsDepartmentPage *self, GError **error)
{
  QsEntity   *department = QS_ENTITY (self->department);
  const char *manager_id = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_MANAGER_ID);
  g_autoptr (GPtrArray) people =
    qs_directory_repository_get_people_of (self->store, qs_entity_get_id (department), error);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (QsEntity) current = NULL;
  guint selected = 0;

  g_clear_pointer (&self->managers, g_ptr_array_unref);
  self->managers = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_string_list_append (names, _ ("None recorded"));
  for (guint i = 0; people != NULL && i < people->len; i++)
    g_ptr_array_add (self->managers, g_object_ref (g_ptr_array_index (people, i)));
  if (manager_id != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < self->managers->len; i++)
        listed = listed ||
                 g_str_equal (qs_entity_get_id (g_ptr_array_index (self->managers, i)), manager_id);
      if (!listed &&
          qs_repository_find_if_any (qs_store_get_repository (self->store, QS_TYPE_CLIENT),
                                     manager_id, &current, NULL) &&
          current != NULL)
        g_ptr_array_insert (self->managers, 0, g_object_ref (current));
    }
  for (guint i = 0; i < self->managers->len; i++)
    {
      QsEntity        *person = g_ptr_array_index (self->managers, i);
      g_autofree char *name = qs_client_dup_display_name (QS_CLIENT (person));

      gtk_string_list_append (names, name);
      if (g_strcmp0 (qs_entity_get_id (person), manager_id) == 0)
        selected = i + 1;
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->manager_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->manager_row, selected);
  self->filling = FALSE;
}

/* One check a channel, ticked when the department prefers it. */
static void
fill_channels (QsDepartmentPage *self)
{
  const char *nicks =
    qs_entity_get_string (QS_ENTITY (self->department), QS_DEPARTMENT_FIELD_PREFERRED_CHANNELS);
  g_auto (GStrv) parts = g_strsplit (nicks != NULL ? nicks : "", ",", -1);

  self->filling = TRUE;
  for (guint i = 0; i < self->channel_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->channel_checks, i);
      const char     *nick = g_object_get_data (G_OBJECT (check), "qs-nick");
      gboolean        on = FALSE;

      for (guint k = 0; parts[k] != NULL; k++)
        on = on || g_str_equal (g_strstrip (parts[k]), nick);
      gtk_check_button_set_active (check, on);
    }
  self->filling = FALSE;
}

/* "Received by Finance, Payroll", or that nobody receives it yet. */
static void
describe_recipients (QsDepartmentPage *self, AdwExpanderRow *row, GPtrArray *ids)
{
  g_autoptr (GString) names = g_string_new (NULL);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    for (guint k = 0; self->parents_all != NULL && k < self->parents_all->len; k++)
      {
        QsEntity *department = g_ptr_array_index (self->parents_all, k);

        if (g_strcmp0 (qs_entity_get_id (department), g_ptr_array_index (ids, i)) != 0)
          continue;
        if (names->len > 0)
          g_string_append (names, _ (", "));
        g_string_append (names, qs_department_get_name_in (department, qs_interface_language ()));
      }
  /* Translators: %s lists departments, "Finance, Payroll" */
  subtitle = names->len > 0 ? g_strdup_printf (_ ("Received by %s"), names->str)
                            : g_strdup (_ ("No department receives it yet"));
  adw_expander_row_set_subtitle (row, subtitle);
}

static void
on_recipient_toggled_cb (GtkCheckButton *check, QsDepartmentPage *self)
{
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (check), "qs-service-row");
  const char     *service_id = g_object_get_data (G_OBJECT (row), "qs-service");
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (GError) error = NULL;

  if (self->filling)
    return;
  if (!qs_directory_repository_set_recipient (self->store, service_id,
                                              g_object_get_data (G_OBJECT (check), "qs-department"),
                                              gtk_check_button_get_active (check), &error))
    {
      toast_error (self, error);
      return;
    }
  ids = qs_directory_repository_get_recipients (self->store, service_id, NULL);
  describe_recipients (self, row, ids);
}

/* Each service it provides, the departments that receive it ticked below. */
static void
fill_provided (QsDepartmentPage *self, GError **error)
{
  const char *own = qs_entity_get_id (QS_ENTITY (self->department));
  g_autoptr (GPtrArray) provided =
    qs_directory_repository_get_services_provided (self->store, own, error);

  g_clear_pointer (&self->parents_all, g_ptr_array_unref);
  self->parents_all = qs_directory_repository_get_departments (self->store, NULL);
  /* The entry row stays last: take it out while the rows go in (held, as
   * the group's removal would otherwise free it). */
  g_object_ref (self->add_service_row);
  adw_preferences_group_remove (self->provided_group, GTK_WIDGET (self->add_service_row));
  for (guint i = 0; provided != NULL && i < provided->len; i++)
    {
      QsEntity  *service = g_ptr_array_index (provided, i);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autoptr (GPtrArray) ids =
        qs_directory_repository_get_recipients (self->store, qs_entity_get_id (service), NULL);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qs_entity_get_string (service, QS_SERVICE_FIELD_NAME));
      g_object_set_data_full (G_OBJECT (row), "qs-service", g_strdup (qs_entity_get_id (service)),
                              g_free);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _ ("Remove the Service"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "department.remove-service");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", qs_entity_get_id (service));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
      for (guint k = 0; self->parents_all != NULL && k < self->parents_all->len; k++)
        {
          QsEntity  *department = g_ptr_array_index (self->parents_all, k);
          GtkWidget *choice = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();
          gboolean   receives = FALSE;

          if (g_str_equal (qs_entity_get_id (department), own))
            continue;
          for (guint r = 0; ids != NULL && r < ids->len; r++)
            receives =
              receives || g_str_equal (g_ptr_array_index (ids, r), qs_entity_get_id (department));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (choice), FALSE);
          adw_preferences_row_set_title (
            ADW_PREFERENCES_ROW (choice),
            qs_department_get_name_in (department, qs_interface_language ()));
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), receives);
          g_object_set_data_full (G_OBJECT (check), "qs-department",
                                  g_strdup (qs_entity_get_id (department)), g_free);
          g_object_set_data (G_OBJECT (check), "qs-service-row", row);
          g_signal_connect_object (check, "toggled", G_CALLBACK (on_recipient_toggled_cb), self, 0);
          adw_action_row_add_prefix (ADW_ACTION_ROW (choice), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (choice), check);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), choice);
        }
      describe_recipients (self, ADW_EXPANDER_ROW (row), ids);
      add_row (self, self->provided_group, row);
    }
  adw_preferences_group_add (self->provided_group, GTK_WIDGET (self->add_service_row));
  g_object_unref (self->add_service_row);
}

/* Whether @id is @department or one of the departments under it. */
static gboolean
is_within (GPtrArray *all, const char *id, const char *department)
{
  for (guint depth = 0; id != NULL && depth < 10000; depth++)
    {
      const char *parent = NULL;

      if (g_str_equal (id, department))
        return TRUE;
      for (guint i = 0; i < all->len; i++)
        if (g_str_equal (qs_entity_get_id (g_ptr_array_index (all, i)), id))
          parent = qs_entity_get_string (g_ptr_array_index (all, i), QS_DEPARTMENT_FIELD_PARENT_ID);
      id = parent;
    }
  return FALSE;
}

/* "Part Of" offers the top of the organisation and every department that
 * is neither this one nor under it. */
static void
fill_parents (QsDepartmentPage *self, const char *parent_id, GError **error)
{
  g_autoptr (GPtrArray) all = qs_directory_repository_get_departments (self->store, error);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  const char *id = qs_entity_get_id (QS_ENTITY (self->department));
  guint       selected = 0;

  g_clear_pointer (&self->parents, g_ptr_array_unref);
  self->parents = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_string_list_append (names, _ ("Top of the Organisation"));
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      QsEntity *candidate = g_ptr_array_index (all, i);

      if (is_within (all, qs_entity_get_id (candidate), id))
        continue;
      g_ptr_array_add (self->parents, g_object_ref (candidate));
      gtk_string_list_append (names,
                              qs_department_get_name_in (candidate, qs_interface_language ()));
      if (g_strcmp0 (qs_entity_get_id (candidate), parent_id) == 0)
        selected = self->parents->len;
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->parent_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->parent_row, selected);
  self->filling = FALSE;
}

/* Saves the department with @field changed by @change; refused, the page
 * shows what is stored again and says why. */
static void
save_change (QsDepartmentPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = g_strdup (qs_entity_get_id (QS_ENTITY (self->department)));

  if (qs_directory_repository_save_department (self->store, self->department, &error))
    return;
  toast_error (self, error);
  g_clear_error (&error);
  if (!qs_department_page_load (self, id, &error))
    toast_error (self, error);
}

static void
on_parent_selected_cb (QsDepartmentPage *self)
{
  guint selected = adw_combo_row_get_selected (self->parent_row);

  if (self->filling || self->department == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  qs_entity_set_string (
    QS_ENTITY (self->department), QS_DEPARTMENT_FIELD_PARENT_ID,
    selected == 0 ? NULL : qs_entity_get_id (g_ptr_array_index (self->parents, selected - 1)));
  save_change (self);
}

static void
on_provider_changed_cb (QsDepartmentPage *self)
{
  if (self->filling || self->department == NULL)
    return;
  qs_entity_set_boolean (QS_ENTITY (self->department), QS_DEPARTMENT_FIELD_IS_PROVIDER,
                         gtk_switch_get_active (self->provider_switch));
  save_change (self);
}

static void
on_manager_selected_cb (QsDepartmentPage *self)
{
  guint selected = adw_combo_row_get_selected (self->manager_row);

  if (self->filling || self->department == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  qs_entity_set_string (
    QS_ENTITY (self->department), QS_DEPARTMENT_FIELD_MANAGER_ID,
    selected == 0 ? NULL : qs_entity_get_id (g_ptr_array_index (self->managers, selected - 1)));
  save_change (self);
}

static void
on_channel_toggled_cb (QsDepartmentPage *self)
{
  g_autoptr (GString) nicks = g_string_new (NULL);
  g_autofree char *shown = NULL;

  if (self->filling || self->department == NULL)
    return;
  for (guint i = 0; i < self->channel_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->channel_checks, i);

      if (gtk_check_button_get_active (check))
        g_string_append_printf (nicks, "%s%s", nicks->len > 0 ? "," : "",
                                (const char *) g_object_get_data (G_OBJECT (check), "qs-nick"));
    }
  qs_entity_set_string (QS_ENTITY (self->department), QS_DEPARTMENT_FIELD_PREFERRED_CHANNELS,
                        nicks->len > 0 ? nicks->str : NULL);
  save_change (self);
  shown = channel_names (nicks->str);
  adw_expander_row_set_subtitle (self->channels_row, *shown != '\0' ? shown : _ ("None recorded"));
}

static void
on_add_service_cb (QsDepartmentPage *self)
{
  g_autoptr (QsService) service = qs_service_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *name =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_service_row))));
  g_autofree char *id = NULL;

  if (self->department == NULL)
    return;
  id = g_strdup (qs_entity_get_id (QS_ENTITY (self->department)));
  qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_DEPARTMENT_ID, id);
  qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_NAME, name);
  if (!qs_directory_repository_save_service (self->store, service, &error))
    {
      toast_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->add_service_row), "");
  if (!qs_department_page_load (self, id, &error))
    toast_error (self, error);
}

static void
remove_service_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDepartmentPage *self = QS_DEPARTMENT_PAGE (widget);
  g_autoptr (QsEntity) service = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->department == NULL)
    return;
  id = g_strdup (qs_entity_get_id (QS_ENTITY (self->department)));
  if (!qs_store_find_if_any (self->store, QS_TYPE_SERVICE, g_variant_get_string (parameter, NULL),
                             &service, &error) ||
      service == NULL ||
      !qs_directory_repository_delete_service (self->store, QS_SERVICE (service), &error))
    {
      if (error != NULL)
        toast_error (self, error);
      return;
    }
  if (!qs_department_page_load (self, id, &error))
    toast_error (self, error);
}

static void
build_channel_checks (QsDepartmentPage *self)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_CHANNEL);

  self->channel_checks = g_ptr_array_new ();
  for (guint i = 0; i < klass->n_values; i++)
    {
      GEnumValue *value = &klass->values[i];
      GtkWidget  *row;
      GtkWidget  *check;

      /* "Any channel" is what no choice means. */
      if (value->value == QS_CHANNEL_ANY)
        continue;
      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qs_enum_label (QS_TYPE_CHANNEL, value->value));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "qs-nick", (gpointer) value->value_nick);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_channel_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      adw_expander_row_add_row (self->channels_row, row);
      g_ptr_array_add (self->channel_checks, check);
    }
}

static void
fill (QsDepartmentPage *self)
{
  QsEntity   *department = QS_ENTITY (self->department);
  const char *id = qs_entity_get_id (department);
  const char *parent_id = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_PARENT_ID);
  g_autoptr (GPtrArray) services = NULL;
  g_autoptr (GDateTime) now = qs_clock_get_now_local (qs_store_get_clock (self->store));
  g_autoptr (GError) error = NULL; /* the first lookup that failed */
  g_autofree char *channels =
    channel_names (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_PREFERRED_CHANNELS));
  g_autofree char *open = NULL;
  gint64           n_open;
  double           last = NAN;

  clear_rows (self);
  fill_names (self);
  /* A person or department that cannot be read is not "none": the row
   * stays blank and the error is toasted. */
  fill_managers (self, error == NULL ? &error : NULL);
  fill_parents (self, parent_id, error == NULL ? &error : NULL);
  self->filling = TRUE;
  gtk_switch_set_active (self->provider_switch,
                         qs_entity_get_boolean (department, QS_DEPARTMENT_FIELD_IS_PROVIDER));
  self->filling = FALSE;
  adw_expander_row_set_subtitle (self->channels_row,
                                 *channels != '\0' ? channels : _ ("None recorded"));
  fill_channels (self);
  fill_provided (self, error == NULL ? &error : NULL);
  n_open = qs_directory_repository_count_open_requests (self->store, id, NULL);
  open = g_strdup_printf ("%" G_GINT64_FORMAT, MAX (n_open, 0));
  adw_action_row_set_subtitle (self->requests_row, open);
  {
    g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();

    /* The requests counted here: open, made from this department. */
    filter->client_department_id = g_strdup (id);
    filter->open_only = TRUE;
    qs_directory_set_requests_target (GTK_ACTIONABLE (self->requests_row), filter);
  }

  g_clear_pointer (&self->trend, g_array_unref);
  self->trend =
    qs_directory_repository_get_satisfaction_trend (self->store, id, now, TREND_MONTHS, NULL);
  for (guint i = 0; self->trend != NULL && i < self->trend->len; i++)
    if (!isnan (g_array_index (self->trend, double, i)))
      last = g_array_index (self->trend, double, i);
  if (isnan (last))
    gtk_label_set_label (self->trend_label, _ ("No feedback"));
  else
    {
      /* Translators: the latest mean rating, e.g. "4.2 / 5" */
      g_autofree char *text = g_strdup_printf (_ ("%.1f / 5"), last);

      gtk_label_set_label (self->trend_label, text);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->trend_area));

  services = qs_directory_repository_get_services_received (self->store, id, NULL);
  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      GtkWidget  *row = adw_action_row_new ();
      QsEntity   *service = g_ptr_array_index (services, i);
      const char *provider = qs_entity_get_string (service, QS_SERVICE_FIELD_DEPARTMENT_ID);
      g_autoptr (QsEntity) from = NULL;

      qs_repository_find_if_any (qs_store_get_repository (self->store, QS_TYPE_DEPARTMENT),
                                 provider, &from, error == NULL ? &error : NULL);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qs_entity_get_string (service, QS_SERVICE_FIELD_NAME));
      if (from != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     qs_entity_get_string (from, QS_DEPARTMENT_FIELD_NAME));
      add_row (self, self->services_group, row);
    }
  adw_preferences_group_set_description (self->services_group,
                                         services == NULL || services->len == 0
                                           ? _ ("This department receives no recorded service.")
                                           : NULL);
  if (error != NULL)
    toast_error (self, error);

  for (QsNeedKind kind = QS_NEED_KIND_NEED; kind <= QS_NEED_KIND_EASIER_WORK; kind++)
    {
      g_clear_pointer (&self->needs[kind], g_ptr_array_unref);
      self->needs[kind] = qs_directory_repository_get_needs (self->store, id, kind, NULL);
      fill_needs (self, kind);
    }
}

static QsEntity *
find_need (QsDepartmentPage *self, const char *id, guint *position, QsNeedKind *kind)
{
  for (QsNeedKind k = QS_NEED_KIND_NEED; k <= QS_NEED_KIND_EASIER_WORK; k++)
    for (guint i = 0; self->needs[k] != NULL && i < self->needs[k]->len; i++)
      if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->needs[k], i)), id) == 0)
        {
          *position = i;
          *kind = k;
          return g_ptr_array_index (self->needs[k], i);
        }
  return NULL;
}

static void
need_action_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDepartmentPage *self = QS_DEPARTMENT_PAGE (widget);
  g_autoptr (GError) error = NULL;
  guint      position = 0;
  QsNeedKind kind = QS_NEED_KIND_NEED;
  QsEntity  *need = find_need (self, g_variant_get_string (parameter, NULL), &position, &kind);
  gboolean   done;

  if (need == NULL)
    return;
  if (g_str_equal (action_name, "department.remove"))
    done = qs_directory_repository_delete_need (self->store, QS_DEPARTMENT_NEED (need), &error);
  else if (g_str_equal (action_name, "department.move-up"))
    done = position == 0 || qs_directory_repository_move_need (
                              self->store, QS_DEPARTMENT_NEED (need), position - 1, &error);
  else
    done = qs_directory_repository_move_need (self->store, QS_DEPARTMENT_NEED (need), position + 1,
                                              &error);
  if (!done)
    toast_error (self, error);
  fill (self);
}

/**
 * qs_department_page_add_need:
 * @kind: a QsNeedKind
 *
 * Adds @text at the end of one of the department's lists.
 */
gboolean
qs_department_page_add_need (QsDepartmentPage *self, int kind, const char *text, GError **error)
{
  g_autoptr (QsDepartmentNeed) need = qs_department_need_new ();

  g_return_val_if_fail (QS_IS_DEPARTMENT_PAGE (self), FALSE);
  g_return_val_if_fail (self->department != NULL, FALSE);

  g_object_set (need, "department-id", qs_entity_get_id (QS_ENTITY (self->department)), "kind",
                kind, "text", text, NULL);
  if (!qs_directory_repository_save_need (self->store, need, error))
    return FALSE;
  fill (self);
  return TRUE;
}

static void
on_add_apply_cb (AdwEntryRow *row, QsDepartmentPage *self)
{
  int              kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr (GError) error = NULL;

  if (*text == '\0' || self->department == NULL)
    return;
  if (!qs_department_page_add_need (self, kind, text, &error))
    toast_error (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (row), "");
}

/**
 * qs_department_page_get_needs:
 *
 * Returns: (transfer none) (nullable): the QsDepartmentNeed of @kind shown
 */
GPtrArray *
qs_department_page_get_needs (QsDepartmentPage *self, int kind)
{
  g_return_val_if_fail (QS_IS_DEPARTMENT_PAGE (self), NULL);
  g_return_val_if_fail (kind >= QS_NEED_KIND_NEED && kind <= QS_NEED_KIND_EASIER_WORK, NULL);

  return self->needs[kind];
}

gboolean
qs_department_page_load (QsDepartmentPage *self, const char *department_id, GError **error)
{
  g_autoptr (QsEntity) department = NULL;

  g_return_val_if_fail (QS_IS_DEPARTMENT_PAGE (self), FALSE);

  if (department_id != NULL && self->store != NULL)
    {
      department = qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_DEPARTMENT),
                                       department_id, error);
      if (department == NULL)
        return FALSE;
    }
  g_set_object (&self->department, (QsDepartment *) department);
  if (self->department != NULL)
    fill (self);
  return TRUE;
}

void
qs_department_page_set_store (QsDepartmentPage *self, QsStore *store)
{
  g_return_if_fail (QS_IS_DEPARTMENT_PAGE (self));

  if (g_set_object (&self->store, store))
    g_clear_object (&self->department);
}

GtkWidget *
qs_department_page_new (void)
{
  return g_object_new (QS_TYPE_DEPARTMENT_PAGE, NULL);
}

static void
qs_department_page_dispose (GObject *object)
{
  QsDepartmentPage *self = QS_DEPARTMENT_PAGE (object);
  GtkWidget        *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_DEPARTMENT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->department);
  for (guint i = 0; i < G_N_ELEMENTS (self->needs); i++)
    g_clear_pointer (&self->needs[i], g_ptr_array_unref);
  g_clear_pointer (&self->trend, g_array_unref);
  g_clear_pointer (&self->extra_rows, g_ptr_array_unref);
  g_clear_pointer (&self->parents, g_ptr_array_unref);
  g_clear_pointer (&self->parents_all, g_ptr_array_unref);
  g_clear_pointer (&self->managers, g_ptr_array_unref);
  g_clear_pointer (&self->channel_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_department_page_parent_class)->dispose (object);
}

static void
qs_department_page_class_init (QsDepartmentPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_department_page_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/directory/qs-department-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, name_en_row);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, name_fr_row);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, summary_group);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply_cb);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, manager_row);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, parent_row);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, provider_switch);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, provided_group);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, add_service_row);
  gtk_widget_class_install_action (widget_class, "department.remove-service", "s",
                                   remove_service_cb);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, channels_row);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, requests_row);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, trend_area);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, trend_label);
  gtk_widget_class_bind_template_child (widget_class, QsDepartmentPage, services_group);
  gtk_widget_class_bind_template_child_full (widget_class, "needs_group", FALSE,
                                             G_STRUCT_OFFSET (QsDepartmentPage, need_groups[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "priorities_group", FALSE,
                                             G_STRUCT_OFFSET (QsDepartmentPage, need_groups[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "easier_group", FALSE,
                                             G_STRUCT_OFFSET (QsDepartmentPage, need_groups[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "add_need_row", FALSE,
                                             G_STRUCT_OFFSET (QsDepartmentPage, add_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "add_priority_row", FALSE,
                                             G_STRUCT_OFFSET (QsDepartmentPage, add_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "add_easier_row", FALSE,
                                             G_STRUCT_OFFSET (QsDepartmentPage, add_rows[2]));
  gtk_widget_class_bind_template_callback (widget_class, on_add_apply_cb);

  gtk_widget_class_install_action (widget_class, "department.move-up", "s", need_action_cb);
  gtk_widget_class_install_action (widget_class, "department.move-down", "s", need_action_cb);
  gtk_widget_class_install_action (widget_class, "department.remove", "s", need_action_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
qs_department_page_init (QsDepartmentPage *self)
{
  self->extra_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  for (int kind = QS_NEED_KIND_NEED; kind <= QS_NEED_KIND_EASIER_WORK; kind++)
    g_object_set_data (G_OBJECT (self->add_rows[kind]), "kind", GINT_TO_POINTER (kind));
  gtk_drawing_area_set_draw_func (self->trend_area, draw_trend_cb, self, NULL);
  g_signal_connect_object (self->parent_row, "notify::selected", G_CALLBACK (on_parent_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->provider_switch, "notify::active",
                           G_CALLBACK (on_provider_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->manager_row, "notify::selected",
                           G_CALLBACK (on_manager_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_service_row, "apply", G_CALLBACK (on_add_service_cb), self,
                           G_CONNECT_SWAPPED);
  build_channel_checks (self);
}

QsDepartment *
qs_department_page_get_department (QsDepartmentPage *self)
{
  g_return_val_if_fail (QS_IS_DEPARTMENT_PAGE (self), NULL);

  return self->department;
}
