/* qs-charters-view-export.c — the publication document, exported and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is the one the io layer lays out (QsCharterPublication):
 * the view only asks where to write it and in which language. The file
 * chooser is a GtkFileChooserNative, so that it goes through the portal
 * inside Flatpak, and the language is one of its choices. Printing lays
 * the document out with the same code as the PDF, on the printer's page.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-publication.h"
#include "qs-charters-view-private.h"
#include "qs-error.h"
#include "qs-save-chooser.h"

static const char *language_ids[] = { "fr", "en", NULL };

static QsCharter *
get_charter (QsChartersView *self)
{
  return qs_charter_editor_get_charter (self->editor);
}

static QsLanguage
get_charter_language (QsChartersView *self)
{
  return qs_entity_get_enum (QS_ENTITY (get_charter (self)), QS_CHARTER_FIELD_LANGUAGE);
}

static QsCharterPublication *
new_publication (QsChartersView *self, QsLanguage language, GError **error)
{
  g_autoptr (GDateTime) now = qs_clock_get_now_local (qs_store_get_clock (self->store));
  QsCharter *charter = get_charter (self);

  if (charter == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                           _ ("Choose a charter in the list first."));
      return NULL;
    }
  /* What is exported is what is stored, edits included. */
  if (!qs_charter_editor_flush (self->editor, error))
    return NULL;
  return qs_charter_publication_new (self->store, charter, language, now, error);
}

/**
 * qs_charters_view_export_to_file:
 *
 * Writes the publication document of the charter shown to @file, in
 * @language, with the performance achieved over the last complete quarter.
 *
 * Returns: %FALSE when it could not be written; @error says why
 */
gboolean
qs_charters_view_export_to_file (QsChartersView       *self,
                                 GFile                *file,
                                 QsCharterExportFormat format,
                                 QsLanguage            language,
                                 GError              **error)
{
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;

  g_return_val_if_fail (QS_IS_CHARTERS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  publication = new_publication (self, language, error);
  if (publication == NULL)
    return FALSE;

  if (format == QS_CHARTER_EXPORT_PDF)
    return qs_charter_publication_write_pdf (publication, file, error);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  return stream != NULL &&
         qs_charter_publication_write_html (publication, G_OUTPUT_STREAM (stream), error) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

static void
on_export_response_cb (GtkNativeDialog *chooser, int response, QsChartersView *self)
{
  QsCharterExportFormat format =
    GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "qs-format"));
  const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "language");
  QsLanguage  language = g_strcmp0 (choice, "fr") == 0 ? QS_LANGUAGE_FR : QS_LANGUAGE_EN;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (!qs_charters_view_export_to_file (self, file, format, language, &error))
    {
      qs_charters_view_toast_error (self, error);
      goto out;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is the name of a file */
  message = g_strdup_printf (_ ("Charter exported to “%s”"), name);
  qs_charters_view_toast (self, message);

out:
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void export(QsChartersView *self, QsCharterExportFormat format)
{
  QsCharter            *charter = get_charter (self);
  const char           *language_labels[] = { _ ("French"), _ ("English"), NULL };
  GtkFileChooserNative *chooser;
  g_autofree char      *name = NULL;

  if (charter == NULL)
    return;

  name =
    g_strdup_printf ("%s-v%d.%s", qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_REF),
                     (int) qs_entity_get_int (QS_ENTITY (charter), QS_CHARTER_FIELD_VERSION),
                     format == QS_CHARTER_EXPORT_PDF ? "pdf" : "html");
  if (format == QS_CHARTER_EXPORT_PDF)
    chooser = qs_save_chooser_new (GTK_WIDGET (self), _ ("Export the Charter as PDF"),
                                   _ ("PDF documents"), "application/pdf", name);
  else
    chooser = qs_save_chooser_new (GTK_WIDGET (self), _ ("Export the Charter as HTML"),
                                   _ ("Web pages"), "text/html", name);

  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "language", _ ("Language"), language_ids,
                               language_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "language",
                               language_ids[get_charter_language (self) == QS_LANGUAGE_FR ? 0 : 1]);

  g_object_set_data (G_OBJECT (chooser), "qs-format", GINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_pdf_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  export(QS_CHARTERS_VIEW (widget), QS_CHARTER_EXPORT_PDF);
}

static void
export_html_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  export(QS_CHARTERS_VIEW (widget), QS_CHARTER_EXPORT_HTML);
}

static void
on_begin_print_cb (GtkPrintOperation    *operation,
                   GtkPrintContext      *context,
                   QsCharterPublication *publication)
{
  int n_pages = qs_charter_publication_paginate (
    publication, gtk_print_context_get_cairo_context (context),
    gtk_print_context_get_width (context), gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page_cb (GtkPrintOperation    *operation,
                 GtkPrintContext      *context,
                 int                   page,
                 QsCharterPublication *publication)
{
  qs_charter_publication_draw_page (publication, gtk_print_context_get_cairo_context (context),
                                    page);
}

static void
on_print_done_cb (GtkPrintOperation      *operation,
                  GtkPrintOperationResult result,
                  QsChartersView         *self)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      qs_charters_view_toast_error (self, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    qs_charters_view_toast (self, _ ("Charter sent to the printer"));
  g_object_unref (operation);
}

/* A print operation laying out @publication, the same way on paper as
 * in a file. */
static GtkPrintOperation *
new_print_operation (QsCharterPublication *publication)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  gtk_print_operation_set_job_name (operation, qs_charter_publication_get_title (publication));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "qs-publication", g_object_ref (publication),
                          g_object_unref);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_cb), publication,
                           0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), publication, 0);
  return operation;
}

static void
print_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot           *root = gtk_widget_get_root (widget);
  GtkPrintOperation *operation;

  if (get_charter (self) == NULL)
    return;

  publication = new_publication (self, get_charter_language (self), &error);
  if (publication == NULL)
    {
      qs_charters_view_toast_error (self, error);
      return;
    }

  /* Owned by the operation until it is done. */
  operation = new_print_operation (publication);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL);
}

/**
 * qs_charters_view_print_to_file:
 *
 * Prints the charter shown to @file (a PDF), through the same print
 * operation as the Print action, without asking for a printer.
 *
 * Returns: %FALSE when it could not be printed; @error says why
 */
gboolean
qs_charters_view_print_to_file (QsChartersView *self, GFile *file, GError **error)
{
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (QS_IS_CHARTERS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  publication = new_publication (self, get_charter_language (self), error);
  if (publication == NULL)
    return FALSE;

  path = g_file_get_path (file);
  operation = new_print_operation (publication);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
qs_charters_view_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "charters.export-pdf", NULL,
                                   export_pdf_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.export-html", NULL,
                                   export_html_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.print", NULL, print_activated_cb);
}
