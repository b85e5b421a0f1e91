/* qs-holiday-chooser.c — the file chooser that opens a file of public holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A native chooser goes through the file chooser portal under Flatpak, so
 * QualServ needs no access to the user's folders.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-holiday-chooser.h"

GtkFileChooserNative *
qs_holiday_chooser_new (GtkWidget *parent)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _ ("iCalendar Files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  chooser = gtk_file_chooser_native_new (_ ("Import Holidays"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Import"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return chooser;
}
