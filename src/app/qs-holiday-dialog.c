/* qs-holiday-dialog.c — a holiday or a half day of a business calendar, added or changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The day is written only by Save, through qs-calendar-repository.c; a
 * refusal (a date taken, hours the clock cannot read) is told whole under
 * the fields and the dialog stays open with what was typed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-application.h"
#include "qs-business-hours.h"
#include "qs-calendar-repository.h"
#include "qs-calendar-words.h"
#include "qs-enum-labels.h"
#include "qs-holiday-dialog.h"
#include "qs-row-text.h"

struct _QsHolidayDialog
{
  AdwWindow parent_instance;

  QsStore       *store;
  QsCalendar    *calendar;
  QsCalendarDay *day; /* NULL for a new one */
  GDate          date;
  GtkCalendar   *picker;

  /* Template widgets */
  AdwActionRow  *date_row;
  GtkMenuButton *date_button;
  AdwEntryRow   *name_fr_row;
  AdwEntryRow   *name_en_row;
  GtkSwitch     *half_day_switch;
  AdwEntryRow   *hours_row;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (QsHolidayDialog, qs_holiday_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_date (QsHolidayDialog *self)
{
  QsLanguage language = qs_interface_language ();
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *weekday =
    g_strdup (qs_calendar_words_weekday (g_date_get_weekday (&self->date), language));

  weekday[0] = g_ascii_toupper (weekday[0]);
  g_string_append_printf (text, "%s ", weekday);
  qs_calendar_words_append_date (text, g_date_get_day (&self->date), g_date_get_month (&self->date),
                                 g_date_get_year (&self->date), language);
  gtk_menu_button_set_label (self->date_button, text->str);
}

void
qs_holiday_dialog_set_date (QsHolidayDialog *self, const GDate *date)
{
  g_return_if_fail (QS_IS_HOLIDAY_DIALOG (self));
  g_return_if_fail (g_date_valid (date));

  self->date = *date;
  show_date (self);
}

char *
qs_holiday_dialog_dup_date (QsHolidayDialog *self)
{
  g_return_val_if_fail (QS_IS_HOLIDAY_DIALOG (self), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&self->date),
                          g_date_get_month (&self->date), g_date_get_day (&self->date));
}

static void
on_day_selected_cb (QsHolidayDialog *self)
{
  g_autoptr (GDateTime) picked = gtk_calendar_get_date (self->picker);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  qs_holiday_dialog_set_date (self, &date);
  gtk_menu_button_popdown (self->date_button);
}

/* A GtkCalendar is a hundred widgets: built when first opened. */
static void
create_picker_cb (GtkMenuButton *button, gpointer user_data)
{
  QsHolidayDialog *self = QS_HOLIDAY_DIALOG (user_data);
  GtkWidget       *popover;
  g_autoptr (GDateTime) shown = NULL;

  if (self->picker != NULL)
    return;
  self->picker = GTK_CALENDAR (gtk_calendar_new ());
  shown = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                 g_date_get_day (&self->date), 12, 0, 0);
  gtk_calendar_select_day (self->picker, shown);
  g_signal_connect_object (self->picker, "day-selected", G_CALLBACK (on_day_selected_cb), self,
                           G_CONNECT_SWAPPED);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->picker));
  gtk_menu_button_set_popover (button, popover);
}

/* Turned into a half day: the morning of that weekday to begin with. */
static void
on_half_day_cb (QsHolidayDialog *self)
{
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autofree char *weekly = NULL;
  g_autofree char *shown = NULL;
  char            *comma;

  if (!gtk_switch_get_active (self->half_day_switch) ||
      *gtk_editable_get_text (GTK_EDITABLE (self->hours_row)) != '\0')
    return;
  hours = qs_calendar_repository_load_hours (self->store,
                                             qs_entity_get_id (QS_ENTITY (self->calendar)), NULL);
  if (hours == NULL)
    return;
  weekly =
    qs_business_hours_weekday_hours_without (hours, g_date_get_weekday (&self->date), NULL, 0);
  comma = strchr (weekly, ',');
  if (comma != NULL)
    *comma = '\0';
  shown = qs_business_hours_ranges_for_people (weekly);
  gtk_editable_set_text (GTK_EDITABLE (self->hours_row), shown);
}

static void
save_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsHolidayDialog *self = QS_HOLIDAY_DIALOG (widget);
  g_autoptr (QsCalendarDay) day = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *date = qs_holiday_dialog_dup_date (self);
  g_autofree char *name_fr = qs_row_dup_text (self->name_fr_row);
  g_autofree char *name_en = qs_row_dup_text (self->name_en_row);
  g_autofree char *hours = NULL;
  gboolean         french = qs_interface_language () == QS_LANGUAGE_FR;
  QsEntity        *entity;

  if (name_fr == NULL && name_en == NULL)
    {
      gtk_label_set_label (self->error_label,
                           _ ("Give the day a name, in French or in English, such as "
                              "“Christmas Day”."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_fr_row), "error");
      return;
    }
  if (gtk_switch_get_active (self->half_day_switch))
    hours =
      qs_business_hours_ranges_from_typed (gtk_editable_get_text (GTK_EDITABLE (self->hours_row)));
  if (hours != NULL && *hours == '\0')
    {
      gtk_label_set_label (self->error_label,
                           _ ("Write the hours the service stays open, such as 08:30-12:00, or "
                              "switch Half Day off to close the whole day."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->hours_row), "error");
      return;
    }

  day = self->day != NULL ? g_object_ref (self->day) : qs_calendar_day_new ();
  entity = QS_ENTITY (day);
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_CALENDAR_ID,
                        qs_entity_get_id (QS_ENTITY (self->calendar)));
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_DAY, date);
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_NAME_FR, name_fr);
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_NAME_EN, name_en);
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_NAME,
                        french ? (name_fr != NULL ? name_fr : name_en)
                               : (name_en != NULL ? name_en : name_fr));
  qs_entity_set_string (entity, QS_CALENDAR_DAY_FIELD_HOURS, hours != NULL ? hours : "");
  if (!qs_calendar_repository_save_day (self->store, day, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_edited_cb (QsHolidayDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->hours_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_fr_row), "error");
}

static void
qs_holiday_dialog_dispose (GObject *object)
{
  QsHolidayDialog *self = QS_HOLIDAY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->calendar);
  g_clear_object (&self->day);

  G_OBJECT_CLASS (qs_holiday_dialog_parent_class)->dispose (object);
}

static void
qs_holiday_dialog_class_init (QsHolidayDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_holiday_dialog_dispose;

  /**
   * QsHolidayDialog::saved:
   *
   * The day was written; the dialog closes.
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 0);

  qs_application_register_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/calendars/qs-holiday-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsHolidayDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, QsHolidayDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, QsHolidayDialog, name_fr_row);
  gtk_widget_class_bind_template_child (widget_class, QsHolidayDialog, name_en_row);
  gtk_widget_class_bind_template_child (widget_class, QsHolidayDialog, half_day_switch);
  gtk_widget_class_bind_template_child (widget_class, QsHolidayDialog, hours_row);
  gtk_widget_class_bind_template_child (widget_class, QsHolidayDialog, error_label);

  gtk_widget_class_install_action (widget_class, "holiday.save", NULL, save_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, (GtkShortcutFunc) gtk_window_close,
                                NULL);
}

static void
qs_holiday_dialog_init (QsHolidayDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->date_button, create_picker_cb, self, NULL);
  g_signal_connect_object (self->half_day_switch, "notify::active", G_CALLBACK (on_half_day_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->hours_row, "changed", G_CALLBACK (on_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_fr_row, "changed", G_CALLBACK (on_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_en_row, "changed", G_CALLBACK (on_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->half_day_switch, "notify::active", G_CALLBACK (on_edited_cb), self,
                           G_CONNECT_SWAPPED);
}

QsHolidayDialog *
qs_holiday_dialog_new (QsStore *store, QsCalendar *calendar, QsCalendarDay *day, int year)
{
  QsHolidayDialog *self;
  g_autoptr (GDateTime) now = NULL;
  GDate date;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (day == NULL || QS_IS_CALENDAR_DAY (day), NULL);

  self = g_object_new (QS_TYPE_HOLIDAY_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->calendar = g_object_ref (calendar);
  self->day = day != NULL ? g_object_ref (day) : NULL;

  if (day != NULL && qs_calendar_day_parse_date (
                       qs_entity_get_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_DAY), &date))
    {
      const char *hours = qs_entity_get_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_HOURS);
      const char *name = qs_entity_get_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME);
      const char *name_fr = qs_entity_get_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME_FR);
      const char *name_en = qs_entity_get_string (QS_ENTITY (day), QS_CALENDAR_DAY_FIELD_NAME_EN);

      gtk_window_set_title (GTK_WINDOW (self), _ ("Holiday"));
      /* A name given in no language shows in both rows until one is set. */
      gtk_editable_set_text (GTK_EDITABLE (self->name_fr_row),
                             name_fr != NULL ? name_fr : (name != NULL ? name : ""));
      gtk_editable_set_text (GTK_EDITABLE (self->name_en_row),
                             name_en != NULL ? name_en : (name != NULL ? name : ""));
      if (hours != NULL && *hours != '\0')
        {
          g_autofree char *shown = qs_business_hours_ranges_for_people (hours);

          gtk_editable_set_text (GTK_EDITABLE (self->hours_row), shown);
          gtk_switch_set_active (self->half_day_switch, TRUE);
        }
    }
  else
    {
      now = g_date_time_new_from_unix_utc (qs_store_now (store) / G_USEC_PER_SEC);
      g_date_clear (&date, 1);
      if (g_date_time_get_year (now) == year)
        g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                        year);
      else
        g_date_set_dmy (&date, 1, G_DATE_JANUARY, CLAMP (year, 1901, 2499));
      gtk_window_set_title (GTK_WINDOW (self), _ ("New Holiday"));
    }
  qs_holiday_dialog_set_date (self, &date);
  return self;
}
