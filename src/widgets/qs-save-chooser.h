/* qs-save-chooser.h — the "save as" file chooser every export uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileChooserNative *qs_save_chooser_new (GtkWidget  *parent,
                                           const char *title,
                                           const char *filter_name,
                                           const char *mime_type,
                                           const char *current_name);

G_END_DECLS
