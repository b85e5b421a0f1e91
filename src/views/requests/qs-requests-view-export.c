/* qs-requests-view-export.c — the Requests list as CSV, its deadlines as a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both export what the list shows, with its search, filters and order;
 * confidential clients are left out. The CSV file is for a spreadsheet,
 * in the user's language and time zone.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-calendar-words.h"
#include "qs-context.h"
#include "qs-enum-labels.h"
#include "qs-request-export.h"
#include "qs-requests-view-private.h"
#include "qs-save-chooser.h"

/**
 * qs_requests_view_export:
 * @ics: %TRUE for an iCalendar file of deadlines, %FALSE for CSV
 *
 * Returns: the number of requests written, -1 on error
 */
gint64
qs_requests_view_export (QsRequestsView *self, GFile *file, gboolean ics, GError **error)
{
  g_return_val_if_fail (QS_IS_REQUESTS_VIEW (self), -1);

  if (self->store == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _ ("There is no database open, so there are no requests to export."));
      return -1;
    }
  if (ics)
    return qs_request_export_ics (self->store, self->filter, FALSE, self->language, file, NULL,
                                  error);
  /* For a spreadsheet: in the user's language and zone. */
  return qs_request_export_csv (self->store, self->filter, FALSE, self->language,
                                qs_context_get_timezone (qs_view_get_context (QS_VIEW (self))),
                                file, NULL, error);
}

static void
on_export_response_cb (GtkNativeDialog *chooser, int response, QsRequestsView *self)
{
  gboolean ics = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "ics"));
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      gint64 n;

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      n = qs_requests_view_export (self, file, ics, &error);
      if (n < 0)
        qs_requests_view_toast_error (self, error);
      else
        {
          g_autofree char *number = qs_calendar_words_format_count (n, qs_interface_language ());
          g_autofree char *message = NULL;

          if (ics)
            message = g_strdup_printf (
              g_dngettext (GETTEXT_PACKAGE, "Exported %s deadline", "Exported %s deadlines", n),
              number);
          else
            message = g_strdup_printf (
              g_dngettext (GETTEXT_PACKAGE, "Exported %s request", "Exported %s requests", n),
              number);
          qs_requests_view_toast (self, message);
        }
    }
  g_object_unref (chooser);
}

static void
export_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestsView       *self = QS_REQUESTS_VIEW (widget);
  gboolean              ics = g_str_has_suffix (action_name, "ics");
  GtkFileChooserNative *chooser;

  chooser = qs_save_chooser_new (
    widget, ics ? _ ("Export the Deadlines to a Calendar") : _ ("Export the Requests as CSV"),
    ics ? _ ("Calendar files") : _ ("CSV files"), ics ? "text/calendar" : "text/csv",
    /* Translators: the file names offered for exported requests; keep the extensions */
    ics ? _ ("request-deadlines.ics") : _ ("requests.csv"));
  g_object_set_data (G_OBJECT (chooser), "ics", GINT_TO_POINTER (ics));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
qs_requests_view_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "requests.export-csv", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "requests.export-ics", NULL, export_cb);
}
