/* qs-save-chooser.c — the "save as" file chooser every export uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A native chooser goes through the file chooser portal under Flatpak, so
 * QualServ needs no access to the user's folders.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-save-chooser.h"

/**
 * qs_save_chooser_new:
 * @parent: a widget of the window the chooser belongs to
 *
 * Returns: (transfer full): a modal save chooser offering one file type and
 *   a file name; connect to "response", then show it.
 */
GtkFileChooserNative *
qs_save_chooser_new (GtkWidget  *parent,
                     const char *title,
                     const char *filter_name,
                     const char *mime_type,
                     const char *current_name)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser =
    gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  return chooser;
}
