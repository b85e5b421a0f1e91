/* test-calendars.c — business calendars in the preferences: hours, zone, holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Driven as a person would: the Business Hours page of the preferences,
 * a new calendar, its hours typed in, a holiday file imported, a half day
 * added, a holiday removed and put back, a year copied forward. "Now" is
 * Wednesday 18 November 2026, 16:00 in Paris.
 */
#include <string.h>

#include "qs-calendar-editor.h"
#include "qs-calendar-repository.h"
#include "qs-entities.h"
#include "qs-holiday-dialog.h"
#include "qs-preferences-window.h"

#include "qs-test-util.h"
#include "qs-ui-test-util.h"

typedef struct
{
  char                *dir;
  QsStore             *store;
  QsPreferencesWindow *preferences;
  QsCalendarEditor    *editor;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = NULL;

  fixture->dir = qs_test_make_tmp_dir ("test-calendars-XXXXXX");
  path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_test_open_store (path);
  fixture->preferences = qs_preferences_window_new (fixture->store);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (fixture->preferences),
                                                "business-hours");
  gtk_window_present (GTK_WINDOW (fixture->preferences));
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->preferences)));
  qs_ui_test_drain ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->preferences));
  qs_ui_test_drain ();
  g_clear_object (&fixture->store);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The mapped label whose text contains @text, if any. */
static GtkWidget *
find_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The mapped preferences row titled @title under @widget, if any. */
static GtkWidget *
find_row (GtkWidget *widget, const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static QsCalendar *
stored_calendar (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  QsCalendar *calendar = qs_calendar_repository_find (fixture->store, "default", &error);

  g_assert_no_error (error);
  return calendar;
}

static GPtrArray *
stored_days (Fixture *fixture, int year)
{
  g_autoptr (QsCalendar) calendar = stored_calendar (fixture);
  g_autoptr (GError) error = NULL;
  GPtrArray *days = qs_calendar_repository_get_days (
    fixture->store, qs_entity_get_id (QS_ENTITY (calendar)), year, &error);

  g_assert_no_error (error);
  return days;
}

static void
type_and_apply (Fixture *fixture, const char *row_title, const char *text)
{
  GtkWidget *row = find_row (GTK_WIDGET (fixture->editor), row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  qs_ui_test_drain ();
}

/* From the empty page, a new calendar, opened at once. */
static void
create_calendar (Fixture *fixture)
{
  GPtrArray *editors = g_ptr_array_new ();

  g_assert_nonnull (
    find_row (GTK_WIDGET (fixture->preferences),
              "No calendar yet: add one, and every deadline will count its hours."));
  gtk_widget_activate_action (GTK_WIDGET (fixture->preferences), "prefs.new-calendar", NULL);
  qs_ui_test_drain ();
  qs_ui_test_find_all (GTK_WIDGET (fixture->preferences), QS_TYPE_CALENDAR_EDITOR, editors);
  g_assert_cmpuint (editors->len, ==, 1);
  fixture->editor = g_ptr_array_index (editors, 0);
  g_ptr_array_unref (editors);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->editor)));
  type_and_apply (fixture, "Time Zone", "Europe/Paris");
}

static void
test_hours (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCalendar) calendar = NULL;
  g_autoptr (QsCalendar) unchanged = NULL;
  g_autoptr (QsDepartment) payroll = qs_department_new ();
  AdwComboRow *used_by;
  GtkWidget   *sunday;

  g_object_set (payroll, "ref", "PAY", "name", "Payroll", NULL);
  qs_test_save (fixture->store, payroll);
  create_calendar (fixture);
  calendar = stored_calendar (fixture);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_TIMEZONE), ==,
                   "Europe/Paris");

  /* Payroll counts its deadlines on it. */
  used_by = ADW_COMBO_ROW (find_row (GTK_WIDGET (fixture->editor), "Used By"));
  g_assert_nonnull (used_by);
  adw_combo_row_set_selected (used_by, 1);
  qs_ui_test_drain ();
  g_clear_object (&calendar);
  calendar = stored_calendar (fixture);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_DEPARTMENT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (payroll)));

  /* Saturday mornings, typed with an en dash and spaces. */
  type_and_apply (fixture, "Saturday", "09:00 – 12:00");
  g_clear_object (&calendar);
  calendar = stored_calendar (fixture);
  g_assert_nonnull (
    strstr (qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS),
            ";sat=09:00-12:00"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "Saturday"));

  /* Wednesday 16:00: half an hour, Thursday, Friday, Saturday's three
   * hours, then Monday until 16:00 make 24 business hours; five days of
   * seven hours end on Wednesday at noon. */
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor),
                                "would be acknowledged by Monday 23 November, 16:00 and resolved "
                                "by Wednesday 25 November, 12:00."));

  /* Hours the clock cannot read: said whole, under the days; nothing saved. */
  type_and_apply (fixture, "Sunday", "9h-12h");
  sunday = find_row (GTK_WIDGET (fixture->editor), "Sunday");
  g_assert_true (gtk_widget_has_css_class (sunday, "error"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "9h is not a time of day."));
  unchanged = stored_calendar (fixture);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (unchanged), QS_CALENDAR_FIELD_WEEKLY_HOURS), ==,
                   qs_entity_get_string (QS_ENTITY (calendar), QS_CALENDAR_FIELD_WEEKLY_HOURS));

  /* A zone that does not exist is refused the same way. */
  type_and_apply (fixture, "Time Zone", "Europe/Atlantis");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "is not a time zone"));
}

static QsHolidayDialog *
open_new_day (Fixture *fixture)
{
  QsHolidayDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "calendar-editor.add-day", NULL);
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (QS_TYPE_HOLIDAY_DIALOG, TRUE) != NULL);
  dialog = qs_ui_test_find_toplevel (QS_TYPE_HOLIDAY_DIALOG, TRUE);
  QS_UI_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  return dialog;
}

static void
test_holidays (Fixture *fixture, gconstpointer data)
{
  g_autofree char *ics =
    g_test_build_filename (G_TEST_DIST, "io", "files", "holidays", "france-2026-2027.ics", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (ics);
  g_autoptr (GPtrArray) days = NULL;
  g_autoptr (GPtrArray) next = NULL;
  QsHolidayDialog *dialog;
  GDate            date;
  g_autofree char *noel_id = NULL;

  create_calendar (fixture);
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->editor), "No holiday or half day in 2026"));

  g_assert_true (qs_calendar_editor_import_file (fixture->editor, file));
  qs_ui_test_drain ();
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->editor), "Lundi de Pâques"));
  g_assert_nonnull (
    find_label (GTK_WIDGET (fixture->editor), "Monday 6 April 2026 · closed all day"));

  /* A half day, through the dialog. */
  dialog = open_new_day (fixture);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 24, G_DATE_DECEMBER, 2026);
  qs_holiday_dialog_set_date (dialog, &date);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Name in French")),
                         "Veille de Noël");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Name in English")),
                         "Christmas Eve");
  gtk_switch_set_active (GTK_SWITCH (qs_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH)),
                         TRUE);
  /* The morning of that Thursday, offered to begin with. */
  g_assert_cmpstr (
    gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Open Hours"))), ==,
    "08:30–12:00");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "holiday.save", NULL);
  QS_UI_TEST_WAIT_UNTIL (qs_ui_test_find_toplevel (QS_TYPE_HOLIDAY_DIALOG, TRUE) == NULL);
  qs_ui_test_drain ();
  g_assert_nonnull (
    find_label (GTK_WIDGET (fixture->editor), "Thursday 24 December 2026 · open 08:30–12:00"));
  days = stored_days (fixture, 2026);
  g_assert_cmpuint (days->len, ==, 8);

  /* The same date again: refused in the dialog, which stays open; so is
   * a day without a name. */
  dialog = open_new_day (fixture);
  qs_holiday_dialog_set_date (dialog, &date);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "holiday.save", NULL);
  qs_ui_test_drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Give the day a name"));
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Name in English")),
                         "Christmas Eve again");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "holiday.save", NULL);
  qs_ui_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "already has a holiday or a half day"));
  gtk_window_close (GTK_WINDOW (dialog));
  qs_ui_test_drain ();

  /* Removed, then put back. */
  for (guint i = 0; i < days->len; i++)
    if (g_strcmp0 (qs_entity_get_string (g_ptr_array_index (days, i), QS_CALENDAR_DAY_FIELD_DAY),
                   "2026-12-25") == 0)
      noel_id = g_strdup (qs_entity_get_id (g_ptr_array_index (days, i)));
  g_assert_nonnull (noel_id);
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "calendar-editor.remove-day", "s",
                              noel_id);
  qs_ui_test_drain ();
  g_assert_null (find_row (GTK_WIDGET (fixture->editor), "Noël"));
  g_clear_pointer (&days, g_ptr_array_unref);
  days = stored_days (fixture, 2026);
  g_assert_cmpuint (days->len, ==, 7);
  qs_calendar_editor_undo_remove (fixture->editor);
  qs_ui_test_drain ();
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->editor), "Noël"));

  /* Copied forward: the fixed dates of 2026 on 2027, the two 2027 dates
   * of the file kept as they were. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "calendar-editor.copy-year", NULL);
  qs_ui_test_drain ();
  g_assert_cmpint (qs_calendar_editor_get_year (fixture->editor), ==, 2027);
  next = stored_days (fixture, 2027);
  g_assert_cmpuint (next->len, ==, 9);
  g_assert_nonnull (
    find_label (GTK_WIDGET (fixture->editor), "Friday 24 December 2027 · open 08:30–12:00"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "calendar-editor.previous-year", NULL);
  qs_ui_test_drain ();
  g_assert_nonnull (
    find_label (GTK_WIDGET (fixture->editor), "Thursday 24 December 2026 · open 08:30–12:00"));
}

int
main (int argc, char *argv[])
{
  qs_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/calendars/hours", test_hours);
  ADD ("/calendars/holidays", test_holidays);

  return g_test_run ();
}
