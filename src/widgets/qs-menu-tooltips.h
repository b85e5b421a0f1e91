/* qs-menu-tooltips.h — a menu button's tooltip stays away from its open menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void qs_menu_tooltips_quiet (GtkWidget *root);

G_END_DECLS
