/* qs-holiday-chooser.h — the file chooser that opens a file of public holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A modal chooser of iCalendar files (.ics) for @parent's window: connect
 * to "response", then show it. */
GtkFileChooserNative *qs_holiday_chooser_new (GtkWidget *parent);

G_END_DECLS
/* clang-format on */
