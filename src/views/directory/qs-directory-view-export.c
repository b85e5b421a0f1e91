/* qs-directory-view-export.c — the Clients view's exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-directory-view-private.h"
#include "qs-org-chart-render.h"

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
                   _("There is no org chart to export: record departments first."));
      return FALSE;
    }
  return svg ? qs_org_chart_export_svg (layout, file, error)
             : qs_org_chart_export_png (layout, file, 2.0, error);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       QsDirectoryView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean svg = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "svg"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!qs_directory_view_export_org_chart (self, file, svg, &error))
        qs_directory_view_toast_error (self, error);
      else
        qs_directory_view_toast (self, _("Org chart exported"), NULL);
    }
  g_object_unref (chooser);
}

static void
export_org_chart_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  QsDirectoryView *self = QS_DIRECTORY_VIEW (widget);
  gboolean svg = g_str_has_suffix (action_name, "svg");
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (svg ? _("Export the Org Chart as SVG")
                                             : _("Export the Org Chart as PNG"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, svg ? _("SVG drawings") : _("PNG pictures"));
  gtk_file_filter_add_mime_type (filter, svg ? "image/svg+xml" : "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the file name offered for an exported org chart; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     svg ? _("org-chart.svg") : _("org-chart.png"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "svg", GINT_TO_POINTER (svg));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
qs_directory_view_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "directory.export-org-chart-png", NULL,
                                   export_org_chart_cb);
  gtk_widget_class_install_action (widget_class, "directory.export-org-chart-svg", NULL,
                                   export_org_chart_cb);
}
