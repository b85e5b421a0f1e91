/* qs-toast.h — the short messages a view shows over the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *qs_toast_new (const char *message,
                        gboolean    error);
gboolean  qs_toast_add (GtkWidget  *widget,
                        AdwToast   *toast);
gboolean  qs_toast_fits (GtkWidget *overlay,
                         AdwToast  *toast);

G_END_DECLS
/* clang-format on */
