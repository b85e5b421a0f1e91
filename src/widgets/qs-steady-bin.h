/* qs-steady-bin.h — a container whose natural width does not follow its content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define QS_TYPE_STEADY_BIN (qs_steady_bin_get_type ())

G_DECLARE_FINAL_TYPE (QsSteadyBin, qs_steady_bin, QS, STEADY_BIN, GtkWidget)

GtkWidget *qs_steady_bin_new       (void);
void       qs_steady_bin_set_child (QsSteadyBin *self,
                                    GtkWidget   *child);

G_END_DECLS
/* clang-format on */
