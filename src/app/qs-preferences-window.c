/* qs-preferences-window.c — the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The default business calendar is chosen among the calendars of the open
 * database and remembered by its reference in GSettings, so that it
 * survives a restore of the database under new ids.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "directory/qs-identity-dialog.h"
#include "qs-application.h"
#include "qs-calendar-editor.h"
#include "qs-calendar-repository.h"
#include "qs-calendar.h"
#include "qs-change-set.h"
#include "qs-directory-repository.h"
#include "qs-preferences-window.h"
#include "qs-survey-rules-page.h"
#include "qs-repository.h"

struct _QsPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings  *settings;
  QsStore    *store;
  GListStore *calendars;
  GPtrArray  *calendar_rows; /* in calendars_group */
  gboolean    loading;

  /* Template widgets */
  AdwComboRow         *calendar_row;
  AdwEntryRow         *email_row;
  AdwActionRow        *identity_row;
  GtkSpinButton       *at_risk_spin;
  GtkSwitch           *notifications_switch;
  AdwPreferencesPage  *hours_page;
  AdwPreferencesGroup *calendars_group;
};

G_DEFINE_FINAL_TYPE (QsPreferencesWindow, qs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_calendar_selected_cb (QsPreferencesWindow *self)
{
  QsEntity *calendar = adw_combo_row_get_selected_item (self->calendar_row);

  if (self->loading || calendar == NULL)
    return;

  g_settings_set_string (self->settings, "default-calendar",
                         qs_entity_get_string (calendar, QS_CALENDAR_FIELD_REF));
}

static void
set_calendar_row_state (QsPreferencesWindow *self, const char *subtitle, gboolean sensitive)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->calendar_row), subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->calendar_row), sensitive);
}

static void
load_calendars (QsPreferencesWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autofree char *current = g_settings_get_string (self->settings, "default-calendar");
  guint            selected = 0;

  g_list_store_remove_all (self->calendars);

  if (self->store == NULL)
    {
      set_calendar_row_state (self,
                              _ ("The database could not be opened, so there is no "
                                 "calendar to choose."),
                              FALSE);
      return;
    }

  found = qs_repository_find_all (qs_store_get_repository (self->store, QS_TYPE_CALENDAR), NULL,
                                  NULL, "name", QS_QUERY_DEFAULT, &error);
  if (found == NULL)
    {
      set_calendar_row_state (self, error->message, FALSE);
      return;
    }
  if (found->len == 0)
    {
      set_calendar_row_state (self, _ ("The database has no business calendar yet."), FALSE);
      return;
    }

  /* An empty or unknown reference means the first calendar by name. */
  for (guint i = 0; i < found->len; i++)
    {
      QsEntity *calendar = g_ptr_array_index (found, i);

      g_list_store_append (self->calendars, calendar);
      if (g_strcmp0 (qs_entity_get_string (calendar, QS_CALENDAR_FIELD_REF), current) == 0)
        selected = i;
    }
  adw_combo_row_set_selected (self->calendar_row, selected);
  /* What the calendar is for is said by the group: a subtitle here would
   * leave the chosen calendar's name no room. */
  set_calendar_row_state (self, NULL, TRUE);
}

static void
on_calendar_row_activated_cb (AdwActionRow *row, QsPreferencesWindow *self)
{
  QsCalendar *calendar = g_object_get_data (G_OBJECT (row), "qs-calendar");

  adw_preferences_window_present_subpage (
    ADW_PREFERENCES_WINDOW (self), GTK_WIDGET (qs_calendar_editor_new (self->store, calendar)));
}

/* One row a calendar, each opening its editor. */
static void
load_calendar_rows (QsPreferencesWindow *self)
{
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < self->calendar_rows->len; i++)
    adw_preferences_group_remove (self->calendars_group,
                                  g_ptr_array_index (self->calendar_rows, i));
  g_ptr_array_set_size (self->calendar_rows, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.new-calendar",
                                 self->store != NULL && !qs_store_is_read_only (self->store));
  if (self->store == NULL)
    return;

  found = qs_calendar_repository_list (self->store, &error);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      QsEntity        *calendar = g_ptr_array_index (found, i);
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      g_autofree char *subtitle =
        g_strdup_printf ("%s · %s", qs_entity_get_string (calendar, QS_CALENDAR_FIELD_REF),
                         qs_entity_get_string (calendar, QS_CALENDAR_FIELD_TIMEZONE));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qs_entity_get_string (calendar, QS_CALENDAR_FIELD_NAME));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "qs-calendar", g_object_ref (calendar),
                              g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_calendar_row_activated_cb), self,
                               0);
      adw_preferences_group_add (self->calendars_group, row);
      g_ptr_array_add (self->calendar_rows, row);
    }
  if (found == NULL || found->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (
        ADW_PREFERENCES_ROW (row),
        found == NULL ? error->message
                      : _ ("No calendar yet: add one, and every deadline will count its hours."));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_group_add (self->calendars_group, row);
      g_ptr_array_add (self->calendar_rows, row);
    }
}

/* A new calendar opens at once, Monday to Friday, 08:30–12:00 and
 * 13:00–16:30, in this computer's zone: the usual office, to adjust. */
static void
new_calendar_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsPreferencesWindow *self = QS_PREFERENCES_WINDOW (widget);
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (GError) error = NULL;
  const char *identifier = g_time_zone_get_identifier (zone);

  if (self->store == NULL)
    return;
  /* "UTC" or a path when the system says no name. */
  if (identifier == NULL || strchr (identifier, '/') == NULL || identifier[0] == '/')
    identifier = "UTC";
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_NAME, _ ("Office Hours"));
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_TIMEZONE, identifier);
  qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS,
                        "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"
                        "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;"
                        "fri=08:30-12:00,13:00-16:30");
  for (guint n = 1; n < 100; n++)
    {
      g_autofree char *ref = n == 1 ? g_strdup ("default") : g_strdup_printf ("calendar-%u", n);

      g_clear_error (&error);
      qs_entity_set_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_REF, ref);
      if (qs_calendar_repository_save_calendar (self->store, calendar, &error))
        break;
    }
  if (error != NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return;
    }
  adw_preferences_window_present_subpage (
    ADW_PREFERENCES_WINDOW (self), GTK_WIDGET (qs_calendar_editor_new (self->store, calendar)));
}

static void
on_store_changed_cb (QsStore *store, QsChangeSet *changes, QsPreferencesWindow *self)
{
  if (!qs_change_set_has_table (changes, "calendars"))
    return;
  self->loading = TRUE;
  load_calendars (self);
  self->loading = FALSE;
  load_calendar_rows (self);
}

/* The setting is a share (0.75), the row a percentage (75). */
static gboolean
share_to_percent (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_double (value, round (g_variant_get_double (variant) * 100.0));
  return TRUE;
}

static GVariant *
percent_to_share (const GValue *value, const GVariantType *expected_type, gpointer user_data)
{
  return g_variant_new_double (CLAMP (g_value_get_double (value), 5.0, 99.0) / 100.0);
}

/* The address is saved when applied (Enter or the row's button), and only
 * when it is one: a typo would otherwise silently make "Assigned to me"
 * find nothing. Emptied, the identity is forgotten. */
static void
on_email_apply_cb (QsPreferencesWindow *self)
{
  g_autofree char *email =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));

  if (*email != '\0' && !qs_directory_email_is_valid (email))
    {
      g_autofree char *message =
        /* Translators: %s is what was typed as an e-mail address */
        g_strdup_printf (_ ("“%s” is not an e-mail address; write it as name@example.org."), email);

      gtk_widget_add_css_class (GTK_WIDGET (self->email_row), "error");
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
  g_settings_set_string (self->settings, "user-email", email);
}

/* The e-mail address of a person picked in the directory. */
static void
on_identity_activated_cb (QsPreferencesWindow *self)
{
  QsIdentityDialog *dialog;

  if (self->store == NULL || qs_store_is_read_only (self->store))
    return;
  dialog = qs_identity_dialog_new (self->store, self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_email_changed_cb (QsPreferencesWindow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
}

static void
bind_request_settings (QsPreferencesWindow *self)
{
  g_settings_bind (self->settings, "user-email", self->email_row, "text", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->email_row, "apply", G_CALLBACK (on_email_apply_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->email_row, "changed", G_CALLBACK (on_email_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "request-notifications", self->notifications_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (
    self->settings, "at-risk-share", gtk_spin_button_get_adjustment (self->at_risk_spin), "value",
    G_SETTINGS_BIND_DEFAULT, share_to_percent, percent_to_share, NULL, NULL);
}

static void
qs_preferences_window_constructed (GObject *object)
{
  QsPreferencesWindow *self = QS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (qs_preferences_window_parent_class)->constructed (object);

  self->loading = TRUE;
  load_calendars (self);
  self->loading = FALSE;
  load_calendar_rows (self);
  if (self->store != NULL)
    {
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                  ADW_PREFERENCES_PAGE (qs_survey_rules_page_new (self->store)));
    }
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
qs_preferences_window_dispose (GObject *object)
{
  QsPreferencesWindow *self = QS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->calendars);
  g_clear_pointer (&self->calendar_rows, g_ptr_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (qs_preferences_window_parent_class)->dispose (object);
}

static void
qs_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  QsPreferencesWindow *self = QS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  QsPreferencesWindow *self = QS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_preferences_window_class_init (QsPreferencesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qs_preferences_window_constructed;
  object_class->dispose = qs_preferences_window_dispose;
  object_class->get_property = qs_preferences_window_get_property;
  object_class->set_property = qs_preferences_window_set_property;

  /**
   * QsPreferencesWindow:store:
   *
   * The open database, whose calendars are offered; %NULL when it could
   * not be opened.
   */
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, QS_TYPE_STORE,
                                                (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  qs_application_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/QualServ/qs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QsPreferencesWindow, calendar_row);
  gtk_widget_class_bind_template_child (widget_class, QsPreferencesWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, QsPreferencesWindow, identity_row);
  gtk_widget_class_bind_template_callback (widget_class, on_identity_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, QsPreferencesWindow, at_risk_spin);
  gtk_widget_class_bind_template_child (widget_class, QsPreferencesWindow, notifications_switch);
  gtk_widget_class_bind_template_child (widget_class, QsPreferencesWindow, hours_page);
  gtk_widget_class_bind_template_child (widget_class, QsPreferencesWindow, calendars_group);
  gtk_widget_class_install_action (widget_class, "prefs.new-calendar", NULL, new_calendar_cb);
}

static void
qs_preferences_window_init (QsPreferencesWindow *self)
{
  g_autoptr (GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->calendars = g_list_store_new (QS_TYPE_CALENDAR);
  self->calendar_rows = g_ptr_array_new ();

  expression = gtk_property_expression_new (QS_TYPE_CALENDAR, NULL, "name");
  adw_combo_row_set_expression (self->calendar_row, expression);
  adw_combo_row_set_model (self->calendar_row, G_LIST_MODEL (self->calendars));
  g_signal_connect_object (self->calendar_row, "notify::selected",
                           G_CALLBACK (on_calendar_selected_cb), self, G_CONNECT_SWAPPED);
  bind_request_settings (self);
}

QsPreferencesWindow *
qs_preferences_window_new (QsStore *store)
{
  g_return_val_if_fail (store == NULL || QS_IS_STORE (store), NULL);

  return g_object_new (QS_TYPE_PREFERENCES_WINDOW, "store", store, NULL);
}

/**
 * qs_preferences_window_get_store:
 *
 * Returns: (transfer none) (nullable): the database whose calendars are offered
 */
QsStore *
qs_preferences_window_get_store (QsPreferencesWindow *self)
{
  g_return_val_if_fail (QS_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}
