/* qs-welcome-window.c — the first steps on an empty database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a database with no department and no person (how a new install
 * starts), a few pages set up what every other view needs: the
 * organisation and the department that provides the services, who the
 * user is, the business hours and the public holidays; the last one
 * opens a charter from the model. Next saves a page through the same
 * repositories as the views (a refusal is told whole under the page, and
 * the page stays); Skip goes on without saving it. Each thing can be set
 * later where it lives (Clients, Preferences), and the steps come back
 * from the main menu.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-application.h"
#include "qs-business-hours.h"
#include "qs-calendar-repository.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-holiday-chooser.h"
#include "qs-holiday-import.h"
#include "qs-welcome-window.h"
#include "qs-row-text.h"

#define OFFICE_HOURS "08:30-12:00,13:00-16:30"

enum
{
  PAGE_WELCOME,
  PAGE_DEPARTMENT,
  PAGE_IDENTITY,
  PAGE_HOURS,
  PAGE_DONE,
  N_PAGES
};

struct _QsWelcomeWindow
{
  AdwWindow parent_instance;

  QsStore              *store;
  GSettings            *settings;
  QsDepartment         *organisation;
  QsDepartment         *department;
  QsClient             *person;
  QsCalendar           *calendar;
  guint                 step;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwCarousel   *carousel;
  GtkWidget     *back_button;
  GtkWidget     *next_button;
  GtkWidget     *skip_button;
  AdwEntryRow   *organisation_fr_row;
  AdwEntryRow   *organisation_en_row;
  AdwEntryRow   *department_fr_row;
  AdwEntryRow   *department_en_row;
  AdwEntryRow   *given_name_row;
  AdwEntryRow   *family_name_row;
  AdwEntryRow   *email_row;
  AdwComboRow   *language_row;
  AdwEntryRow   *hours_row;
  AdwEntryRow   *timezone_row;
  AdwActionRow  *holidays_row;
  AdwStatusPage *done_page;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (QsWelcomeWindow, qs_welcome_window, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_WRITE_CHARTER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_error (QsWelcomeWindow *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_buttons (QsWelcomeWindow *self)
{
  gtk_widget_set_visible (self->back_button, self->step > PAGE_WELCOME);
  gtk_widget_set_visible (self->next_button, self->step > PAGE_WELCOME && self->step < PAGE_DONE);
  gtk_widget_set_visible (self->skip_button, self->step > PAGE_WELCOME && self->step < PAGE_DONE);
}

/* The charter needs a department that provides services: without one
 * (its step was skipped), the last page says where to make it. */
static void
update_done_page (QsWelcomeWindow *self)
{
  g_autoptr (GPtrArray) departments = qs_directory_repository_get_departments (self->store, NULL);
  gboolean provider = FALSE;

  for (guint i = 0; departments != NULL && i < departments->len; i++)
    provider = provider || qs_entity_get_boolean (g_ptr_array_index (departments, i),
                                                  QS_DEPARTMENT_FIELD_IS_PROVIDER);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.write-charter", provider);
  adw_status_page_set_description (
    self->done_page,
    provider ? _ ("Now write what your department promises. The model charter comes with "
                  "example commitments to adapt.")
             : _ ("A charter is written for a department that provides services. Go back to "
                  "name yours, or mark one as providing services in Clients, then write its "
                  "charter in Charters."));
}

static void
go_to (QsWelcomeWindow *self, guint step)
{
  self->step = MIN (step, N_PAGES - 1);
  set_error (self, NULL);
  if (self->step == PAGE_DONE)
    update_done_page (self);
  adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, self->step),
                          TRUE);
  update_buttons (self);
}

/* "Ressources humaines" and "Human Resources": the name shown is the one
 * in the interface's language when given, else the other. */
static gboolean
save_named_department (QsWelcomeWindow *self,
                       QsDepartment   **department,
                       AdwEntryRow     *fr_row,
                       AdwEntryRow     *en_row,
                       const char      *parent_id,
                       gboolean         provider,
                       GError         **error)
{
  g_autofree char *fr = qs_row_dup_text (fr_row);
  g_autofree char *en = qs_row_dup_text (en_row);
  gboolean         french = qs_interface_language () == QS_LANGUAGE_FR;

  if (fr == NULL && en == NULL)
    return TRUE;
  if (*department == NULL)
    *department = qs_department_new ();
  qs_entity_set_string (QS_ENTITY (*department), QS_DEPARTMENT_FIELD_NAME,
                        french ? (fr != NULL ? fr : en) : (en != NULL ? en : fr));
  qs_entity_set_string (QS_ENTITY (*department), QS_DEPARTMENT_FIELD_NAME_FR, fr);
  qs_entity_set_string (QS_ENTITY (*department), QS_DEPARTMENT_FIELD_NAME_EN, en);
  qs_entity_set_string (QS_ENTITY (*department), QS_DEPARTMENT_FIELD_PARENT_ID, parent_id);
  qs_entity_set_boolean (QS_ENTITY (*department), QS_DEPARTMENT_FIELD_IS_PROVIDER, provider);
  return qs_directory_repository_save_department (self->store, *department, error);
}

static gboolean
save_departments (QsWelcomeWindow *self, GError **error)
{
  if (!save_named_department (self, &self->organisation, self->organisation_fr_row,
                              self->organisation_en_row, NULL, FALSE, error))
    return FALSE;
  return save_named_department (
    self, &self->department, self->department_fr_row, self->department_en_row,
    self->organisation != NULL ? qs_entity_get_id (QS_ENTITY (self->organisation)) : NULL, TRUE,
    error);
}

/* The user, in their department, and the identity every action records. */
static gboolean
save_identity (QsWelcomeWindow *self, GError **error)
{
  g_autofree char *given = qs_row_dup_text (self->given_name_row);
  g_autofree char *family = qs_row_dup_text (self->family_name_row);
  g_autofree char *email = qs_row_dup_text (self->email_row);

  if (given == NULL && family == NULL && email == NULL)
    return TRUE;
  if (self->person == NULL)
    self->person = qs_client_new ();
  qs_entity_set_string (QS_ENTITY (self->person), QS_CLIENT_FIELD_GIVEN_NAME, given);
  qs_entity_set_string (QS_ENTITY (self->person), QS_CLIENT_FIELD_FAMILY_NAME, family);
  qs_entity_set_string (QS_ENTITY (self->person), QS_CLIENT_FIELD_EMAIL, email);
  qs_entity_set_enum (QS_ENTITY (self->person), QS_CLIENT_FIELD_LANGUAGE,
                      adw_combo_row_get_selected (self->language_row));
  if (self->department != NULL)
    qs_entity_set_string (QS_ENTITY (self->person), QS_CLIENT_FIELD_DEPARTMENT_ID,
                          qs_entity_get_id (QS_ENTITY (self->department)));
  if (!qs_directory_repository_save_client (self->store, self->person, error))
    return FALSE;
  if (self->settings != NULL && email != NULL)
    {
      g_settings_set_string (self->settings, "user-email", email);
      g_settings_set_boolean (self->settings, "identity-asked", TRUE);
    }
  if (self->department != NULL &&
      qs_entity_get_string (QS_ENTITY (self->department), QS_DEPARTMENT_FIELD_MANAGER_ID) == NULL)
    {
      /* Whoever sets the department up runs it, until said otherwise. */
      qs_entity_set_string (QS_ENTITY (self->department), QS_DEPARTMENT_FIELD_MANAGER_ID,
                            qs_entity_get_id (QS_ENTITY (self->person)));
      return qs_directory_repository_save_department (self->store, self->department, error);
    }
  return TRUE;
}

/* The calendar "default", open those hours Monday to Friday. */
static gboolean
save_hours (QsWelcomeWindow *self, GError **error)
{
  g_autofree char *typed =
    qs_business_hours_ranges_from_typed (gtk_editable_get_text (GTK_EDITABLE (self->hours_row)));
  g_autofree char *zone = qs_row_dup_text (self->timezone_row);
  g_autoptr (GString) week = g_string_new (NULL);
  static const char *const days[] = { "mon", "tue", "wed", "thu", "fri" };

  if (self->calendar == NULL)
    {
      self->calendar = qs_calendar_repository_find (self->store, "default", NULL);
      if (self->calendar == NULL)
        {
          self->calendar = qs_calendar_new ();
          qs_entity_set_string (QS_ENTITY (self->calendar), QS_CALENDAR_FIELD_REF, "default");
          qs_entity_set_string (QS_ENTITY (self->calendar), QS_CALENDAR_FIELD_NAME,
                                _ ("Office Hours"));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_string_append_printf (week, "%s%s=%s", i > 0 ? ";" : "", days[i], typed);
  qs_entity_set_string (QS_ENTITY (self->calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS, week->str);
  qs_entity_set_string (QS_ENTITY (self->calendar), QS_CALENDAR_FIELD_TIMEZONE, zone);
  if (!qs_calendar_repository_save_calendar (self->store, self->calendar, error))
    return FALSE;
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "default-calendar", "default");
  return TRUE;
}

static void
next_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsWelcomeWindow *self = QS_WELCOME_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gboolean saved = TRUE;

  switch (self->step)
    {
    case PAGE_DEPARTMENT:
      saved = save_departments (self, &error);
      break;
    case PAGE_IDENTITY:
      saved = save_identity (self, &error);
      break;
    case PAGE_HOURS:
      saved = save_hours (self, &error);
      break;
    default:
      break;
    }
  if (!saved)
    {
      set_error (self, error->message);
      return;
    }
  go_to (self, self->step + 1);
}

static void
skip_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsWelcomeWindow *self = QS_WELCOME_WINDOW (widget);

  go_to (self, self->step + 1);
}

static void
back_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsWelcomeWindow *self = QS_WELCOME_WINDOW (widget);

  if (self->step > 0)
    go_to (self, self->step - 1);
}

static void
write_charter_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsWelcomeWindow *self = QS_WELCOME_WINDOW (widget);

  g_signal_emit (self, signals[SIGNAL_WRITE_CHARTER], 0,
                 self->department != NULL ? qs_entity_get_id (QS_ENTITY (self->department)) : NULL);
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
qs_welcome_window_import_holidays (QsWelcomeWindow *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char      *summary = NULL;
  QsHolidayImportResult result;

  g_return_val_if_fail (QS_IS_WELCOME_WINDOW (self), FALSE);

  /* The holidays need the calendar: the hours on the page make it. */
  if (!save_hours (self, &error) ||
      !qs_holiday_import_file (self->store, "default", file, &result, &error))
    {
      set_error (self, error->message);
      return FALSE;
    }
  set_error (self, NULL);
  summary = qs_holiday_import_result_describe (&result);
  adw_action_row_set_subtitle (self->holidays_row, summary);
  return TRUE;
}

static void
on_import_response_cb (GtkNativeDialog *chooser, int response, QsWelcomeWindow *self)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);
  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    qs_welcome_window_import_holidays (self, file);
}

static void
import_holidays_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsWelcomeWindow *self = QS_WELCOME_WINDOW (widget);

  g_clear_object (&self->chooser);
  self->chooser = qs_holiday_chooser_new (widget);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
qs_welcome_window_dispose (GObject *object)
{
  QsWelcomeWindow *self = QS_WELCOME_WINDOW (object);

  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->organisation);
  g_clear_object (&self->department);
  g_clear_object (&self->person);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (qs_welcome_window_parent_class)->dispose (object);
}

static void
qs_welcome_window_class_init (QsWelcomeWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_welcome_window_dispose;

  /**
   * QsWelcomeWindow::write-charter:
   * @department_id: (nullable): the department the steps made
   */
  signals[SIGNAL_WRITE_CHARTER] =
    g_signal_new ("write-charter", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  qs_application_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/QualServ/qs-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, carousel);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, skip_button);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, organisation_fr_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, organisation_en_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, department_fr_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, department_en_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, hours_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, timezone_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, holidays_row);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, done_page);
  gtk_widget_class_bind_template_child (widget_class, QsWelcomeWindow, error_label);

  gtk_widget_class_install_action (widget_class, "welcome.next", NULL, next_cb);
  gtk_widget_class_install_action (widget_class, "welcome.skip", NULL, skip_cb);
  gtk_widget_class_install_action (widget_class, "welcome.back", NULL, back_cb);
  gtk_widget_class_install_action (widget_class, "welcome.write-charter", NULL, write_charter_cb);
  gtk_widget_class_install_action (widget_class, "welcome.import-holidays", NULL,
                                   import_holidays_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, (GtkShortcutFunc) gtk_window_close,
                                NULL);
}

static void
qs_welcome_window_init (QsWelcomeWindow *self)
{
  g_autoptr (GtkStringList) languages = gtk_string_list_new (NULL);
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  const char      *identifier = g_time_zone_get_identifier (zone);
  g_autofree char *hours = qs_business_hours_ranges_for_people (OFFICE_HOURS);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Enum values are 0…n-1, so a row's position is the value. */
  for (int language = QS_LANGUAGE_FR; language <= QS_LANGUAGE_EN; language++)
    gtk_string_list_append (languages, qs_enum_label (QS_TYPE_LANGUAGE, language));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
  adw_combo_row_set_selected (self->language_row, qs_interface_language ());
  gtk_editable_set_text (GTK_EDITABLE (self->hours_row), hours);
  /* "UTC" or a path when the system gives no name. */
  if (identifier == NULL || strchr (identifier, '/') == NULL || identifier[0] == '/')
    identifier = "UTC";
  gtk_editable_set_text (GTK_EDITABLE (self->timezone_row), identifier);
  update_buttons (self);
}

QsWelcomeWindow *
qs_welcome_window_new (QsStore *store, GSettings *settings)
{
  QsWelcomeWindow *self;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  self = g_object_new (QS_TYPE_WELCOME_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  return self;
}

gboolean
qs_welcome_window_should_show (QsStore *store)
{
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (QsQueryListModel) people = NULL;

  if (store == NULL || qs_store_is_read_only (store))
    return FALSE;
  departments = qs_directory_repository_get_departments (store, NULL);
  if (departments == NULL || departments->len > 0)
    return FALSE;
  people = qs_directory_repository_new_people_model (store);
  if (!qs_query_list_model_reload (people, NULL))
    return FALSE;
  return g_list_model_get_n_items (G_LIST_MODEL (people)) == 0;
}

guint
qs_welcome_window_get_step (QsWelcomeWindow *self)
{
  g_return_val_if_fail (QS_IS_WELCOME_WINDOW (self), 0);

  return self->step;
}
