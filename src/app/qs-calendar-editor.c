/* qs-calendar-editor.c — one business calendar: its hours, its zone, its holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field is saved when applied (Enter or the row's button), through
 * qs-calendar-repository.c, which refuses what the business clock could
 * not read; the sentence then stays under the group, whole, and the row
 * keeps what was typed. Holidays are listed a year at a time; removing
 * one can be undone from its toast.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-application.h"
#include "qs-calendar-editor.h"
#include "qs-calendar-repository.h"
#include "qs-calendar-words.h"
#include "qs-deadline-explanation.h"
#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-holiday-chooser.h"
#include "qs-holiday-dialog.h"
#include "qs-holiday-import.h"
#include "qs-repository.h"
#include "qs-save-chooser.h"

#define PREVIEW_ACK_HOURS 24
#define PREVIEW_RESOLUTION_DAYS 5

struct _QsCalendarEditor
{
  GtkBox parent_instance;

  QsStore              *store;
  QsCalendar           *calendar;
  int                   year;
  GPtrArray            *day_rows; /* rows in days_group, removed at each fill */
  AdwEntryRow          *week_rows[7];
  GtkLabel             *calendar_error;
  GtkLabel             *week_error;
  GtkFileChooserNative *chooser;
  QsCalendarDay        *removed; /* the last day removed, for Undo */

  /* Template widgets */
  AdwWindowTitle      *window_title;
  AdwEntryRow         *name_row;
  AdwEntryRow         *name_fr_row;
  AdwEntryRow         *name_en_row;
  AdwEntryRow         *ref_row;
  AdwEntryRow         *timezone_row;
  AdwComboRow         *department_row;
  GPtrArray           *departments; /* QsDepartment offered in department_row, after "none" */
  gboolean             filling;
  AdwPreferencesGroup *calendar_group;
  AdwPreferencesGroup *week_group;
  AdwPreferencesGroup *days_group;
  GtkLabel            *preview_label;
  GtkLabel            *year_label;
  AdwActionRow        *copy_row;
};

G_DEFINE_FINAL_TYPE (QsCalendarEditor, qs_calendar_editor, GTK_TYPE_BOX)

static const char *const week_keys[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static void fill_days (QsCalendarEditor *self);
static gboolean
save_field (QsCalendarEditor *self, guint field, const char *value, gpointer row, GtkLabel *label);

static QsEntity *
entity (QsCalendarEditor *self)
{
  return QS_ENTITY (self->calendar);
}

static void
toast (QsCalendarEditor *self, AdwToast *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* A sentence that may be long goes into a dialog, never a toast. */
static void
show_error (QsCalendarEditor *self, const char *heading, const GError *error)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_error (GtkLabel *label, const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static GtkLabel *
add_error_label (AdwPreferencesGroup *group)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_visible (label, FALSE);
  adw_preferences_group_add (group, label);
  return GTK_LABEL (label);
}

static void
set_row_text (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* The weekly hours' ranges of each day, "mon" → "08:30-12:00,…". */
static void
fill_week (QsCalendarEditor *self)
{
  g_auto (GStrv) items =
    g_strsplit (qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_WEEKLY_HOURS), ";", -1);

  for (guint d = 0; d < 7; d++)
    {
      const char *ranges = NULL;

      for (guint i = 0; items[i] != NULL; i++)
        if (g_str_has_prefix (items[i], week_keys[d]) && items[i][3] == '=')
          ranges = items[i] + 4;
      if (ranges != NULL)
        {
          g_autofree char *shown = qs_business_hours_ranges_for_people (ranges);
          set_row_text (self->week_rows[d], shown);
        }
      else
        set_row_text (self->week_rows[d], NULL);
    }
}

static void
fill_preview (QsCalendarEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBusinessHours) hours =
    qs_calendar_repository_load_hours (self->store, qs_entity_get_id (entity (self)), &error);
  QsLanguage       language = qs_interface_language ();
  g_autofree char *text = NULL;
  gint64           now, day;

  if (hours == NULL)
    {
      gtk_label_set_label (self->preview_label, error->message);
      return;
    }
  now = qs_store_now (self->store);
  day = qs_business_hours_get_day_length (hours);
  if (day == 0)
    {
      gtk_label_set_label (self->preview_label,
                           _ ("This calendar is never open: a deadline counted on it never "
                              "comes. Give it hours above."));
      return;
    }
  {
    g_autofree char *ack = qs_deadline_format_instant (
      hours, qs_business_hours_add (hours, now, (gint64) PREVIEW_ACK_HOURS * 3600 * G_USEC_PER_SEC),
      language);
    g_autofree char *resolve = qs_deadline_format_instant (
      hours, qs_business_hours_add (hours, now, PREVIEW_RESOLUTION_DAYS * day), language);

    /* Translators: the two %s are moments, "Tuesday 8 December, 10:15" */
    text = g_strdup_printf (_ ("A request received now, with 24 business hours to acknowledge it "
                               "and 5 business days to resolve it, would be acknowledged by %s "
                               "and resolved by %s."),
                            ack, resolve);
  }
  gtk_label_set_label (self->preview_label, text);
}

/* "Used By": the department whose deadlines count on this calendar, or
 * none (the charter's calendar, else the default one, is used). */
static void
fill_departments (QsCalendarEditor *self)
{
  const char *chosen = qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_DEPARTMENT_ID);
  g_autoptr (GPtrArray) all = qs_directory_repository_get_departments (self->store, NULL);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->departments, g_ptr_array_unref);
  self->departments = all != NULL ? g_ptr_array_ref (all) : g_ptr_array_new ();
  gtk_string_list_append (names, _ ("No Department"));
  for (guint i = 0; i < self->departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (self->departments, i);

      gtk_string_list_append (names,
                              qs_department_get_name_in (department, qs_interface_language ()));
      if (g_strcmp0 (qs_entity_get_id (department), chosen) == 0)
        selected = i + 1;
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->department_row, selected);
  self->filling = FALSE;
}

static void
on_department_selected_cb (QsCalendarEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->department_row);

  if (self->filling || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (save_field (self, QS_CALENDAR_FIELD_DEPARTMENT_ID,
                  selected == 0
                    ? NULL
                    : qs_entity_get_id (g_ptr_array_index (self->departments, selected - 1)),
                  self->department_row, self->calendar_error))
    fill_preview (self);
}

static void
fill (QsCalendarEditor *self)
{
  const char *name = qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_NAME);

  adw_window_title_set_title (self->window_title, name);
  set_row_text (self->name_row, name);
  set_row_text (self->name_fr_row, qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_NAME_FR));
  set_row_text (self->name_en_row, qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_NAME_EN));
  set_row_text (self->ref_row, qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_REF));
  set_row_text (self->timezone_row,
                qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_TIMEZONE));
  fill_departments (self);
  fill_week (self);
  fill_preview (self);
  fill_days (self);
}

/* Saves the calendar with @field set to @value; on a refusal, puts the
 * field back, marks @row and says why under @label. */
static gboolean
save_field (QsCalendarEditor *self, guint field, const char *value, gpointer row, GtkLabel *label)
{
  g_autofree char *previous = g_strdup (qs_entity_get_string (entity (self), field));
  g_autoptr (GError) error = NULL;

  qs_entity_set_string (entity (self), field, value != NULL && *value != '\0' ? value : NULL);
  if (!qs_calendar_repository_save_calendar (self->store, self->calendar, &error))
    {
      qs_entity_set_string (entity (self), field, previous);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      set_error (label, error->message);
      return FALSE;
    }
  set_error (label, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  return TRUE;
}

static void
on_field_apply_cb (AdwEntryRow *row, QsCalendarEditor *self)
{
  guint            field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "qs-field"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (save_field (self, field, text, row, self->calendar_error))
    {
      adw_window_title_set_title (self->window_title,
                                  qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_NAME));
      fill_preview (self);
    }
}

static void
on_week_apply_cb (AdwEntryRow *row, QsCalendarEditor *self)
{
  g_autoptr (GString) week = g_string_new (NULL);

  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *ranges = qs_business_hours_ranges_from_typed (
        gtk_editable_get_text (GTK_EDITABLE (self->week_rows[d])));

      if (*ranges == '\0')
        continue;
      g_string_append_printf (week, "%s%s=%s", week->len > 0 ? ";" : "", week_keys[d], ranges);
    }
  /* A week never open is said by the preview; the store needs a value. */
  if (week->len == 0)
    g_string_append (week, "mon=");
  if (save_field (self, QS_CALENDAR_FIELD_WEEKLY_HOURS, week->str, row, self->week_error))
    {
      fill_week (self);
      fill_preview (self);
    }
}

static void
on_row_changed_cb (AdwEntryRow *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* "Friday 25 December · closed all day" */
static char *
describe_day (QsEntity *day)
{
  QsLanguage  language = qs_interface_language ();
  const char *hours = qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_HOURS);
  g_autoptr (GString) out = g_string_new (NULL);
  GDate date;

  if (qs_calendar_day_parse_date (qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_DAY), &date))
    {
      g_autofree char *weekday =
        g_strdup (qs_calendar_words_weekday (g_date_get_weekday (&date), language));

      weekday[0] = g_ascii_toupper (weekday[0]);
      g_string_append_printf (out, "%s ", weekday);
      qs_calendar_words_append_date (out, g_date_get_day (&date), g_date_get_month (&date),
                                     g_date_get_year (&date), language);
    }
  g_string_append (out, " · ");
  if (hours == NULL || *hours == '\0')
    g_string_append (out, _ ("closed all day"));
  else
    {
      g_autofree char *shown = qs_business_hours_ranges_for_people (hours);
      /* Translators: a half day's hours, "open 08:30–12:00" */
      g_string_append_printf (out, _ ("open %s"), shown);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GtkWidget *
day_row (QsEntity *day)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char      *name = qs_calendar_day_get_name_in (day, qs_interface_language ());
  g_autofree char *subtitle = describe_day (day);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *name != '\0' ? name : _ ("Unnamed"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "calendar-editor.edit-day");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", qs_entity_get_id (day));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "calendar-editor.remove-day");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", qs_entity_get_id (day));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
fill_days (QsCalendarEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) days = qs_calendar_repository_get_days (
    self->store, qs_entity_get_id (entity (self)), self->year, &error);
  g_autofree char *year = g_strdup_printf ("%d", self->year);
  g_autofree char *copy = NULL;

  for (guint i = 0; i < self->day_rows->len; i++)
    adw_preferences_group_remove (self->days_group, g_ptr_array_index (self->day_rows, i));
  g_ptr_array_set_size (self->day_rows, 0);

  gtk_label_set_label (self->year_label, year);
  /* Translators: %d is next year, "Copy These Holidays to 2027" */
  copy = g_strdup_printf (_ ("_Copy These Holidays to %d"), self->year + 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->copy_row), copy);
  adw_action_row_set_subtitle (
    self->copy_row, _ ("Each on the same date; then move the holidays whose date changes "
                       "every year, such as Easter Monday"));

  if (days == NULL || days->len == 0)
    {
      GtkWidget       *row = adw_action_row_new ();
      g_autofree char *none = days == NULL
                                ? g_strdup (error->message)
                                /* Translators: %d is a year */
                                : g_strdup_printf (_ ("No holiday or half day in %d"), self->year);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), none);
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->days_group, row);
      g_ptr_array_add (self->day_rows, row);
      return;
    }
  for (guint i = 0; i < days->len; i++)
    {
      GtkWidget *row = day_row (g_ptr_array_index (days, i));

      adw_preferences_group_add (self->days_group, row);
      g_ptr_array_add (self->day_rows, row);
    }
}

static QsCalendarDay *
find_day (QsCalendarEditor *self, const char *id)
{
  QsEntity *day = NULL;

  if (!qs_store_find_if_any (self->store, QS_TYPE_CALENDAR_DAY, id, &day, NULL))
    return NULL;
  return (QsCalendarDay *) day;
}

static void
on_day_saved_cb (QsHolidayDialog *dialog, QsCalendarEditor *self)
{
  fill_days (self);
  fill_preview (self);
}

static void
open_day_dialog (QsCalendarEditor *self, QsCalendarDay *day)
{
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));
  QsHolidayDialog *dialog = qs_holiday_dialog_new (self->store, self->calendar, day, self->year);

  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_day_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_day_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  open_day_dialog (QS_CALENDAR_EDITOR (widget), NULL);
}

static void
edit_day_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsCalendarEditor *self = QS_CALENDAR_EDITOR (widget);
  g_autoptr (QsCalendarDay) day = find_day (self, g_variant_get_string (parameter, NULL));

  if (day != NULL)
    open_day_dialog (self, day);
}

void
qs_calendar_editor_undo_remove (QsCalendarEditor *self)
{
  g_autoptr (QsCalendarDay) day = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (QS_IS_CALENDAR_EDITOR (self));

  day = g_steal_pointer (&self->removed);
  if (day == NULL)
    return;
  if (!qs_calendar_repository_restore_day (self->store, day, &error))
    show_error (self, _ ("Could Not Put the Day Back"), error);
  fill_days (self);
  fill_preview (self);
}

static void
on_undo_remove_cb (AdwToast *toast, QsCalendarEditor *self)
{
  qs_calendar_editor_undo_remove (self);
}

static void
remove_day_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsCalendarEditor *self = QS_CALENDAR_EDITOR (widget);
  g_autoptr (QsCalendarDay) day = find_day (self, g_variant_get_string (parameter, NULL));
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast        *removed;

  if (day == NULL)
    return;
  if (!qs_calendar_repository_delete_day (self->store, day, &error))
    {
      show_error (self, _ ("Could Not Remove the Day"), error);
      return;
    }
  /* Translators: %s is a holiday's name */
  message = g_strdup_printf (
    _ ("“%s” removed"), qs_calendar_day_get_name_in (QS_ENTITY (day), qs_interface_language ()));
  removed = adw_toast_new (message);
  adw_toast_set_button_label (removed, _ ("_Undo"));
  g_set_object (&self->removed, day);
  g_signal_connect_object (removed, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  fill_days (self);
  fill_preview (self);
  toast (self, removed);
}

static void
copy_year_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsCalendarEditor *self = QS_CALENDAR_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  guint            copied = 0;

  if (!qs_calendar_repository_copy_year (self->store, qs_entity_get_id (entity (self)), self->year,
                                         &copied, &error))
    {
      show_error (self, _ ("Could Not Copy the Holidays"), error);
      return;
    }
  message = g_strdup_printf (ngettext ("%u day copied to %d", "%u days copied to %d", copied),
                             copied, self->year + 1);
  qs_calendar_editor_set_year (self, self->year + 1);
  toast (self, adw_toast_new (message));
}

static void
year_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsCalendarEditor *self = QS_CALENDAR_EDITOR (widget);

  qs_calendar_editor_set_year (
    self, self->year + (g_str_equal (action_name, "calendar-editor.next-year") ? 1 : -1));
}

static void
back_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (root));
}

gboolean
qs_calendar_editor_import_file (QsCalendarEditor *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char      *summary = NULL;
  QsHolidayImportResult result;

  g_return_val_if_fail (QS_IS_CALENDAR_EDITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!qs_holiday_import_file (self->store, qs_entity_get_id (entity (self)), file, &result,
                               &error))
    {
      show_error (self, _ ("Could Not Import the Holidays"), error);
      return FALSE;
    }
  summary = qs_holiday_import_result_describe (&result);
  fill_days (self);
  fill_preview (self);
  toast (self, adw_toast_new (summary));
  return TRUE;
}

static void
on_import_response_cb (GtkNativeDialog *chooser, int response, QsCalendarEditor *self)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);
  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    qs_calendar_editor_import_file (self, file);
}

static void
import_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsCalendarEditor *self = QS_CALENDAR_EDITOR (widget);

  g_clear_object (&self->chooser);
  self->chooser = qs_holiday_chooser_new (widget);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_export_response_cb (GtkNativeDialog *chooser, int response, QsCalendarEditor *self)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  gint64           written;

  g_clear_object (&self->chooser);
  if (response != GTK_RESPONSE_ACCEPT || file == NULL)
    return;
  written = qs_holiday_export_file (self->store, qs_entity_get_id (entity (self)), 0,
                                    qs_interface_language (), file, &error);
  if (written < 0)
    {
      show_error (self, _ ("Could Not Export the Holidays"), error);
      return;
    }
  message = g_strdup_printf (ngettext ("%u day exported", "%u days exported", (guint) written),
                             (guint) written);
  toast (self, adw_toast_new (message));
}

static void
export_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsCalendarEditor *self = QS_CALENDAR_EDITOR (widget);
  g_autofree char  *name =
    g_strdup_printf ("%s.ics", qs_entity_get_string (entity (self), QS_CALENDAR_FIELD_REF));

  g_clear_object (&self->chooser);
  self->chooser = qs_save_chooser_new (widget, _ ("Export Holidays"), _ ("iCalendar Files"),
                                       "text/calendar", name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
connect_field (QsCalendarEditor *self, AdwEntryRow *row, guint field)
{
  g_object_set_data (G_OBJECT (row), "qs-field", GUINT_TO_POINTER (field));
  g_signal_connect_object (row, "apply", G_CALLBACK (on_field_apply_cb), self, 0);
  g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
}

static void
build_week (QsCalendarEditor *self)
{
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *title =
        g_strdup (qs_calendar_words_weekday (d + 1, qs_interface_language ()));
      AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

      title[0] = g_ascii_toupper (title[0]);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_entry_row_set_show_apply_button (row, TRUE);
      g_signal_connect_object (row, "apply", G_CALLBACK (on_week_apply_cb), self, 0);
      g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
      adw_preferences_group_add (self->week_group, GTK_WIDGET (row));
      self->week_rows[d] = row;
    }
  self->week_error = add_error_label (self->week_group);
}

static void
qs_calendar_editor_dispose (GObject *object)
{
  QsCalendarEditor *self = QS_CALENDAR_EDITOR (object);

  g_clear_object (&self->chooser);
  g_clear_object (&self->removed);
  g_clear_object (&self->store);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->day_rows, g_ptr_array_unref);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_CALENDAR_EDITOR);

  G_OBJECT_CLASS (qs_calendar_editor_parent_class)->dispose (object);
}

static void
qs_calendar_editor_class_init (QsCalendarEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_calendar_editor_dispose;

  qs_application_register_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/calendars/qs-calendar-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, name_fr_row);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, name_en_row);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, ref_row);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, timezone_row);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, calendar_group);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, week_group);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, days_group);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, preview_label);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, year_label);
  gtk_widget_class_bind_template_child (widget_class, QsCalendarEditor, copy_row);

  gtk_widget_class_install_action (widget_class, "calendar-editor.back", NULL, back_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.previous-year", NULL, year_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.next-year", NULL, year_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.add-day", NULL, add_day_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.edit-day", "s", edit_day_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.remove-day", "s", remove_day_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.copy-year", NULL, copy_year_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.import", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "calendar-editor.export", NULL, export_cb);
}

static void
qs_calendar_editor_init (QsCalendarEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->day_rows = g_ptr_array_new ();
  self->calendar_error = add_error_label (self->calendar_group);
  build_week (self);
  connect_field (self, self->name_row, QS_CALENDAR_FIELD_NAME);
  connect_field (self, self->name_fr_row, QS_CALENDAR_FIELD_NAME_FR);
  connect_field (self, self->name_en_row, QS_CALENDAR_FIELD_NAME_EN);
  connect_field (self, self->ref_row, QS_CALENDAR_FIELD_REF);
  connect_field (self, self->timezone_row, QS_CALENDAR_FIELD_TIMEZONE);
  g_signal_connect_object (self->department_row, "notify::selected",
                           G_CALLBACK (on_department_selected_cb), self, G_CONNECT_SWAPPED);
}

QsCalendarEditor *
qs_calendar_editor_new (QsStore *store, QsCalendar *calendar)
{
  QsCalendarEditor *self;
  g_autoptr (GDateTime) now = NULL;
  gboolean writable;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_CALENDAR (calendar), NULL);

  self = g_object_new (QS_TYPE_CALENDAR_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->calendar = g_object_ref (calendar);
  now = g_date_time_new_from_unix_utc (qs_store_now (store) / G_USEC_PER_SEC);
  self->year = g_date_time_get_year (now);
  fill (self);

  writable = !qs_store_is_read_only (store);
  for (guint d = 0; d < 7; d++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->week_rows[d]), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_fr_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_en_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->ref_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->timezone_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->department_row), writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar-editor.add-day", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar-editor.remove-day", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar-editor.edit-day", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar-editor.copy-year", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar-editor.import", writable);
  return self;
}

QsCalendar *
qs_calendar_editor_get_calendar (QsCalendarEditor *self)
{
  g_return_val_if_fail (QS_IS_CALENDAR_EDITOR (self), NULL);

  return self->calendar;
}

int
qs_calendar_editor_get_year (QsCalendarEditor *self)
{
  g_return_val_if_fail (QS_IS_CALENDAR_EDITOR (self), 0);

  return self->year;
}

void
qs_calendar_editor_set_year (QsCalendarEditor *self, int year)
{
  g_return_if_fail (QS_IS_CALENDAR_EDITOR (self));

  self->year = CLAMP (year, 1901, 2499);
  fill_days (self);
}
