/* qs-view-shortcuts.h — keyboard shortcuts of the window that belong to one view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  const char *trigger;   /* "<Control>n" */
  const char *action;    /* "requests.new", an action of the view */
} QsViewShortcut;

void qs_view_add_shortcuts (GtkWidget            *view,
                            const QsViewShortcut *shortcuts,
                            gsize                 n_shortcuts);

G_END_DECLS
/* clang-format on */
