/* qs-dashboard-view-export.c — the Dashboard's figures as CSV, every department's dashboard as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-dashboard-pdf.h"
#include "qs-dashboard-view-private.h"
#include "qs-department.h"
#include "qs-file-replace.h"
#include "qs-indicator-export.h"
#include "qs-save-chooser.h"
#include "qs-toast.h"

/* The figures of every period as CSV, one block a period. */
static gboolean
write_csv (QsDashboardView *self, GOutputStream *stream, GError **error)
{
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  QsEntity *provider = qs_dashboard_view_get_provider (self);

  for (guint p = 0; p < self->data->n_periods; p++)
    {
      QsIndicatorBlock *block = g_new0 (QsIndicatorBlock, 1);
      GPtrArray        *figures = g_ptr_array_new ();

      for (guint i = 0; i < self->data->series->len; i++)
        {
          QsIndicatorSeries *series = g_ptr_array_index (self->data->series, i);

          if (series->figures[p] != NULL)
            g_ptr_array_add (figures, series->figures[p]);
        }
      block->provider_ref =
        provider != NULL ? qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_REF) : "";
      block->figures = figures;
      g_ptr_array_add (lists, figures);
      g_ptr_array_add (blocks, block);
    }
  return qs_indicator_export_write (stream, FALSE, blocks, qs_dashboard_view_get_zone (self), NULL,
                                    error);
}

/* Every providing department's dashboard over the periods chosen, as a
 * PDF: a page each. */
static GBytes *
render_pdf (
  QsStore *store, GPtrArray *providers, guint choice, guint index, GTimeZone *zone, GError **error)
{
  g_autoptr (GPtrArray) pages =
    g_ptr_array_new_with_free_func ((GDestroyNotify) qs_dashboard_page_free);

  for (guint i = 0; i < providers->len; i++)
    {
      QsEntity        *provider = g_ptr_array_index (providers, i);
      QsDashboardPage *page = g_new0 (QsDashboardPage, 1);

      page->name = g_strdup (qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_NAME));
      g_ptr_array_add (pages, page);
      page->data = qs_dashboard_load (
        store, qs_entity_get_id (provider), qs_dashboard_periods[choice].period,
        qs_dashboard_periods[choice].n_periods, zone, qs_interface_language (), NULL, error);
      if (page->data == NULL)
        return NULL;
      page->index = MIN (index, page->data->n_periods - 1);
    }
  return qs_dashboard_pdf_render (pages, zone, error);
}

/**
 * qs_dashboard_view_export:
 * @pdf: %TRUE for every department's dashboard as PDF, %FALSE for the
 *   figures shown as CSV
 *
 * Writes to @file, which it replaces only once complete, in this thread.
 */
gboolean
qs_dashboard_view_export (QsDashboardView *self, GFile *file, gboolean pdf, GError **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GBytes) document = NULL;
  gboolean ok;

  g_return_val_if_fail (QS_IS_DASHBOARD_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->data == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PENDING,
                   _ ("The indicators are still being counted; export them in a moment."));
      return FALSE;
    }
  if (pdf)
    {
      document = render_pdf (self->store, self->providers, qs_dashboard_view_period_choice (self),
                             self->index, qs_dashboard_view_get_zone (self), error);
      return document != NULL &&
             g_file_replace_contents (file, g_bytes_get_data (document, NULL),
                                      g_bytes_get_size (document), NULL, FALSE,
                                      G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
    }
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;
  ok = write_csv (self, G_OUTPUT_STREAM (stream), error);
  return qs_file_replace_finish (stream, ok, ok ? error : NULL);
}

typedef struct
{
  char      *path;
  QsClock   *clock;
  GPtrArray *providers;
  guint      choice;
  guint      index;
  GTimeZone *zone;
  GFile     *file;
} PdfExport;

static void
pdf_export_free (PdfExport *export)
{
  g_free (export->path);
  g_object_unref (export->clock);
  g_ptr_array_unref (export->providers);
  g_time_zone_unref (export->zone);
  g_object_unref (export->file);
  g_free (export);
}

/* Counting every department takes seconds at a million requests: in a
 * thread, on a connection of its own. */
static void
pdf_export_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  PdfExport *export = task_data;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (GBytes) document = NULL;
  GError *error = NULL;

  store = qs_store_open (export->path, &error);
  if (store != NULL)
    {
      qs_store_set_clock (store, export->clock);
      document =
        render_pdf (store, export->providers, export->choice, export->index, export->zone, &error);
    }
  if (document == NULL ||
      !g_file_replace_contents (export->file, g_bytes_get_data (document, NULL),
                                g_bytes_get_size (document), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_pdf_exported_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  QsDashboardView *self = QS_DASHBOARD_VIEW (source);
  g_autoptr (GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-pdf", self->data != NULL);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    qs_dashboard_view_toast_error (self, error);
  else
    qs_toast_add (GTK_WIDGET (self), qs_toast_new (_ ("Dashboard exported"), FALSE));
}

static void
export_file (QsDashboardView *self, GFile *file, gboolean pdf)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;
  const char *path = self->store != NULL ? qs_store_get_path (self->store) : NULL;
  PdfExport *export;

  if (!pdf || path == NULL || g_str_equal (path, ":memory:") || self->data == NULL)
    {
      if (!qs_dashboard_view_export (self, file, pdf, &error))
        qs_dashboard_view_toast_error (self, error);
      else
        qs_toast_add (
          GTK_WIDGET (self),
          qs_toast_new (pdf ? _ ("Dashboard exported") : _ ("Figures exported"), FALSE));
      return;
    }
  export = g_new0 (PdfExport, 1);
  export->path = g_strdup (path);
  export->clock = g_object_ref (qs_store_get_clock (self->store));
  export->providers = g_ptr_array_ref (self->providers);
  export->choice = qs_dashboard_view_period_choice (self);
  export->index = self->index;
  export->zone = g_time_zone_ref (qs_dashboard_view_get_zone (self));
  export->file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-pdf", FALSE);
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (_ ("Exporting the dashboard…"), FALSE));
  task = g_task_new (self, NULL, on_pdf_exported_cb, NULL);
  g_task_set_task_data (task, export, (GDestroyNotify) pdf_export_free);
  g_task_run_in_thread (task, pdf_export_thread);
}

static void
on_export_response_cb (GtkNativeDialog *chooser, int response, QsDashboardView *self)
{
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "pdf"));
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      export_file (self, file, pdf);
    }
  g_object_unref (chooser);
}

static void
export_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gboolean              pdf = g_str_has_suffix (action_name, "pdf");
  GtkFileChooserNative *chooser;

  chooser = qs_save_chooser_new (
    widget, pdf ? _ ("Export the Dashboard as PDF") : _ ("Export the Figures as CSV"),
    pdf ? _ ("PDF documents") : _ ("CSV files"), pdf ? "application/pdf" : "text/csv",
    /* Translators: the file names offered for the dashboard; keep the extensions */
    pdf ? _ ("dashboard.pdf") : _ ("indicators.csv"));
  g_object_set_data (G_OBJECT (chooser), "pdf", GINT_TO_POINTER (pdf));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
qs_dashboard_view_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dashboard.export-csv", NULL, export_activated_cb);
  gtk_widget_class_install_action (widget_class, "dashboard.export-pdf", NULL, export_activated_cb);
}
