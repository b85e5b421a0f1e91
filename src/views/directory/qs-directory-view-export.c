/* qs-directory-view-export.c — the Clients view's imports and exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The directory goes out as CSV (the columns the import reads back, in
 * the user's language, for a spreadsheet) or as
 * vCards, the org chart as a PNG picture or an SVG drawing; a directory
 * file comes in through QsImportDialog.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-directory-export.h"
#include "qs-enum-labels.h"
#include "qs-directory-view-private.h"
#include "qs-file-replace.h"
#include "qs-import-dialog.h"
#include "qs-org-chart-render.h"
#include "qs-save-chooser.h"

/**
 * qs_directory_view_export_org_chart:
 * @svg: %TRUE for an SVG drawing, %FALSE for a PNG picture
 *
 * Writes the org chart as it is drawn, at twice its size for a PNG so that
 * it stays sharp when printed.
 */
gboolean
qs_directory_view_export_org_chart (QsDirectoryView *self,
                                    GFile           *file,
                                    gboolean         svg,
                                    GError         **error)
{
  QsOrgChartLayout *layout = qs_org_chart_get_layout (self->org_chart);

  if (layout == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _ ("There is no org chart to export: record departments first."));
      return FALSE;
    }
  return svg ? qs_org_chart_export_svg (layout, file, error)
             : qs_org_chart_export_png (layout, file, 2.0, error);
}

static void
on_export_response_cb (GtkNativeDialog *chooser, int response, QsDirectoryView *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  gboolean svg = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "svg"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!qs_directory_view_export_org_chart (self, file, svg, &error))
        qs_directory_view_toast_error (self, error);
      else
        qs_directory_view_toast (self, _ ("Org chart exported"), NULL);
    }
  g_object_unref (chooser);
}

static void
export_org_chart_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView      *self = QS_DIRECTORY_VIEW (widget);
  gboolean              svg = g_str_has_suffix (action_name, "svg");
  GtkFileChooserNative *chooser;

  chooser = qs_save_chooser_new (
    widget, svg ? _ ("Export the Org Chart as SVG") : _ ("Export the Org Chart as PNG"),
    svg ? _ ("SVG drawings") : _ ("PNG pictures"), svg ? "image/svg+xml" : "image/png",
    /* Translators: the file name offered for an exported org chart; keep the extension */
    svg ? _ ("org-chart.svg") : _ ("org-chart.png"));
  g_object_set_data (G_OBJECT (chooser), "svg", GINT_TO_POINTER (svg));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * qs_directory_view_export_directory:
 * @vcard: %TRUE for vCards, %FALSE for CSV
 *
 * Writes every live person, replacing @file only once all is written.
 */
gboolean
qs_directory_view_export_directory (QsDirectoryView *self,
                                    GFile           *file,
                                    gboolean         vcard,
                                    GError         **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;
  return qs_file_replace_finish (
    stream,
    vcard ? qs_directory_export_vcard (self->store, G_OUTPUT_STREAM (stream), error)
          : qs_directory_export_csv (self->store, qs_interface_language (),
                                     G_OUTPUT_STREAM (stream), error),
    error);
}

static void
on_export_directory_response_cb (GtkNativeDialog *chooser, int response, QsDirectoryView *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  gboolean vcard = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "vcard"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!qs_directory_view_export_directory (self, file, vcard, &error))
        qs_directory_view_toast_error (self, error);
      else
        qs_directory_view_toast (self, _ ("Directory exported"), NULL);
    }
  g_object_unref (chooser);
}

static void
export_directory_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView      *self = QS_DIRECTORY_VIEW (widget);
  gboolean              vcard = g_str_has_suffix (action_name, "vcard");
  GtkFileChooserNative *chooser;

  chooser = qs_save_chooser_new (
    widget, vcard ? _ ("Export the Directory as vCards") : _ ("Export the Directory as CSV"),
    vcard ? _ ("vCard files") : _ ("CSV files"), vcard ? "text/vcard" : "text/csv",
    /* Translators: the file name offered for an exported directory; keep the extension */
    vcard ? _ ("directory.vcf") : _ ("directory.csv"));
  g_object_set_data (G_OBJECT (chooser), "vcard", GINT_TO_POINTER (vcard));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_directory_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_imported_cb (QsImportDialog *dialog, guint n_added, guint n_updated, QsDirectoryView *self)
{
  g_autofree char *added =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", n_added), n_added);
  g_autofree char *updated = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", n_updated), n_updated);
  /* Translators: "3 added, 2 updated", after importing a directory */
  g_autofree char *title = g_strdup_printf (_ ("%s, %s"), added, updated);

  /* The import wrote on its own connection: the lists hear it now rather
   * than at the context's next look. */
  qs_context_look_for_foreign_changes (qs_view_get_context (QS_VIEW (self)));
  qs_directory_view_toast (self, title, NULL);
}

/**
 * qs_directory_view_open_import:
 *
 * Shows the import dialog for a directory file.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when the file
 *   could not be read (the reason is shown)
 */
GtkWidget *
qs_directory_view_open_import (QsDirectoryView *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (file);
  QsImportDialog  *dialog;
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  dialog = bytes != NULL ? qs_import_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 self->store, bytes, name, &error)
                         : NULL;
  if (dialog == NULL)
    {
      qs_directory_view_toast_error (self, error);
      return NULL;
    }
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  /* The dialog lives until it is closed. */
  g_object_unref (dialog);
  return GTK_WIDGET (dialog);
}

static void
on_import_response_cb (GtkNativeDialog *chooser, int response, QsDirectoryView *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      qs_directory_view_open_import (self, file);
    }
  g_object_unref (chooser);
}

static void
import_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  GtkRoot         *root = gtk_widget_get_root (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_ ("Import a Directory"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  gtk_file_filter_set_name (filter, _ ("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
qs_directory_view_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "directory.export-org-chart-png", NULL,
                                   export_org_chart_cb);
  gtk_widget_class_install_action (widget_class, "directory.export-org-chart-svg", NULL,
                                   export_org_chart_cb);
  gtk_widget_class_install_action (widget_class, "directory.export-csv", NULL, export_directory_cb);
  gtk_widget_class_install_action (widget_class, "directory.export-vcard", NULL,
                                   export_directory_cb);
  gtk_widget_class_install_action (widget_class, "directory.import", NULL, import_cb);
}
