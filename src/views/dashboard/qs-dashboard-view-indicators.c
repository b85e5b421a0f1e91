/* qs-dashboard-view-indicators.c — a department's own indicators, from the Dashboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Actions, `dashboard.` on the view:
 *   new-indicator          the indicator dialog, for the department shown
 *   edit-indicator         the same, for the indicator of the detail
 *   delete-indicator       after a question, with its values
 *   enter-value (u)        a value typed in for a period of the detail's
 *                          hand-measured indicator
 *   min-count              below how many requests the department's
 *                          figures are not judged
 * Each write goes through qs-indicator-desk.c; the view counts again when
 * the change comes back (QsView::changed).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-calendar-words.h"
#include "qs-dashboard-view-private.h"
#include "qs-dashboard-words.h"
#include "qs-department.h"
#include "qs-indicator-desk.h"
#include "qs-indicator-dialog.h"
#include "qs-indicator-figures.h"
#include "qs-toast.h"

/* The department's own indicator shown in the detail, or NULL. */
static const char *
shown_indicator_id (QsDashboardView *self)
{
  QsIndicatorSeries *series = qs_dashboard_view_find_series (self, self->shown_ref, NULL);

  for (guint p = 0; series != NULL && p < series->n_periods; p++)
    if (series->figures[p] != NULL && series->figures[p]->indicator_id != NULL)
      return series->figures[p]->indicator_id;
  return NULL;
}

static QsIndicator *
find_indicator (QsDashboardView *self, const char *id)
{
  g_autoptr (QsEntity) indicator = NULL;
  g_autoptr (GError) error = NULL;

  if (id == NULL || self->store == NULL ||
      !qs_store_find_if_any (self->store, QS_TYPE_INDICATOR, id, &indicator, &error))
    {
      if (error != NULL)
        qs_dashboard_view_toast_error (self, error);
      return NULL;
    }
  return QS_INDICATOR (g_steal_pointer (&indicator));
}

void
qs_dashboard_view_update_indicator_actions (QsDashboardView *self)
{
  const char *own = shown_indicator_id (self);
  gboolean    provider = qs_dashboard_view_get_provider (self) != NULL && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.new-indicator", provider);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.min-count", provider);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.edit-indicator", own != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.delete-indicator", own != NULL);
  gtk_widget_set_visible (self->indicator_button, own != NULL);
}

static void
on_saved_cb (QsIndicatorDialog *dialog, QsIndicator *indicator, QsDashboardView *self)
{
  g_autofree char *ref = g_strconcat ("indicator:", qs_entity_get_id (QS_ENTITY (indicator)), NULL);

  /* Shown in the detail once counted again. */
  g_free (self->shown_ref);
  self->shown_ref = g_steal_pointer (&ref);
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (_ ("Indicator saved"), FALSE));
}

static void
open_dialog (QsDashboardView *self, const char *indicator_id)
{
  QsEntity          *provider = qs_dashboard_view_get_provider (self);
  GtkRoot           *root = gtk_widget_get_root (GTK_WIDGET (self));
  QsIndicatorDialog *dialog;

  if (provider == NULL || qs_view_get_context (QS_VIEW (self)) == NULL)
    return;
  dialog = qs_indicator_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    qs_view_get_context (QS_VIEW (self)),
                                    qs_entity_get_id (provider), indicator_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_indicator_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  open_dialog (QS_DASHBOARD_VIEW (widget), NULL);
}

static void
edit_indicator_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (widget);

  open_dialog (self, shown_indicator_id (self));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, QsDashboardView *self)
{
  g_autoptr (QsIndicator) indicator = NULL;
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  indicator = find_indicator (self, g_object_get_data (G_OBJECT (dialog), "id"));
  if (indicator == NULL)
    return;
  if (!qs_indicator_desk_delete (self->store, indicator, &error))
    qs_dashboard_view_toast_error (self, error);
  else
    {
      g_clear_pointer (&self->shown_ref, g_free);
      qs_toast_add (GTK_WIDGET (self), qs_toast_new (_ ("Indicator deleted"), FALSE));
    }
}

static void
delete_indicator_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDashboardView  *self = QS_DASHBOARD_VIEW (widget);
  const char       *id = shown_indicator_id (self);
  GtkRoot          *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (id == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Delete the Indicator?"),
    _ ("Its tile, and the values typed in for it, are deleted. Requests stay as they are.")));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "delete", _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_value_response_cb (AdwMessageDialog *dialog, const char *response, QsDashboardView *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr (QsIndicator) indicator = NULL;
  g_autoptr (GError) error = NULL;
  double value;

  if (g_strcmp0 (response, "save") != 0)
    return;
  if (!qs_dashboard_words_read_number (gtk_editable_get_text (entry), &value))
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("The value must be a number, such as 92 or 4.5; nothing was saved."));
      qs_dashboard_view_toast_error (self, error);
      return;
    }
  indicator = find_indicator (self, g_object_get_data (G_OBJECT (dialog), "id"));
  if (indicator != NULL &&
      !qs_indicator_desk_set_value (self->store, indicator,
                                    g_object_get_data (G_OBJECT (dialog), "day"), value, &error))
    qs_dashboard_view_toast_error (self, error);
}

/* Enter saves, as the Save button does, and closes the dialog. */
static void
on_value_activate_cb (GtkEntry *entry, AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "save");
  gtk_window_close (GTK_WINDOW (dialog));
}

/* The value of the detail's hand-measured indicator for period @index. */
static void
enter_value_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDashboardView         *self = QS_DASHBOARD_VIEW (widget);
  QsIndicatorSeries       *series = qs_dashboard_view_find_series (self, self->shown_ref, NULL);
  guint                    index = g_variant_get_uint32 (parameter);
  const QsIndicatorFigure *figure;
  GtkRoot                 *root = gtk_widget_get_root (widget);
  GtkWidget               *entry = gtk_entry_new ();
  g_autofree char         *period = NULL;
  g_autofree char         *heading = NULL;
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;
  AdwMessageDialog *dialog;

  if (series == NULL || self->data == NULL || index >= series->n_periods ||
      (figure = series->figures[index]) == NULL || figure->measure != QS_MEASURE_MANUAL)
    return;
  period = qs_dashboard_view_period_label (self, index, FALSE);
  /* Translators: the title of the dialog that sets an indicator's value; %s is a period */
  heading = g_strdup_printf (_ ("Value for %s"), period);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
    _ ("As measured outside QualServ. Leave it empty to remove the value.")));
  if (!isnan (figure->value))
    {
      g_autofree char *text =
        qs_calendar_words_format_number (figure->value, 2, FALSE, qs_interface_language ());

      gtk_editable_set_text (GTK_EDITABLE (entry), text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "save", _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  utc = g_date_time_new_from_unix_utc (self->data->bounds[index] / G_USEC_PER_SEC);
  local = g_date_time_to_timezone (utc, qs_dashboard_view_get_zone (self));
  g_object_set_data_full (G_OBJECT (dialog), "day", g_date_time_format (local, "%Y-%m-%d"), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (figure->indicator_id), g_free);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_value_activate_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_value_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_min_count_response_cb (AdwMessageDialog *dialog, const char *response, QsDashboardView *self)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (adw_message_dialog_get_extra_child (dialog));
  QsEntity      *provider = qs_dashboard_view_get_provider (self);
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || provider == NULL)
    return;
  if (!qs_indicator_desk_set_min_count (self->store, qs_entity_get_id (provider),
                                        gtk_spin_button_get_value_as_int (spin), &error))
    qs_dashboard_view_toast_error (self, error);
}

static void
min_count_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDashboardView  *self = QS_DASHBOARD_VIEW (widget);
  QsEntity         *provider = qs_dashboard_view_get_provider (self);
  GtkRoot          *root = gtk_widget_get_root (widget);
  GtkWidget        *spin = gtk_spin_button_new_with_range (1, 100000, 1);
  g_autofree char  *body = NULL;
  AdwMessageDialog *dialog;

  if (provider == NULL)
    return;
  /* Translators: %s is a department */
  body = g_strdup_printf (_ ("Below this many requests in a period, a figure of %s is “Not "
                             "enough data”: neither met nor missed, and no alert."),
                          qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_NAME));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Fewest Requests to Judge"), body));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double) qs_indicator_figures_min_count (
                                                       self->store, qs_entity_get_id (provider)));
  gtk_widget_set_halign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Fewest Requests to Judge"), -1);
  adw_message_dialog_set_extra_child (dialog, spin);
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "save", _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_min_count_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
qs_dashboard_view_install_indicator_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dashboard.new-indicator", NULL, new_indicator_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.edit-indicator", NULL,
                                   edit_indicator_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.delete-indicator", NULL,
                                   delete_indicator_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.enter-value", "u", enter_value_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.min-count", NULL, min_count_cb);
}
