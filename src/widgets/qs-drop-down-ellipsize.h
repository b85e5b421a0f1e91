/* qs-drop-down-ellipsize.h — a drop-down whose button may be narrower than its longest item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void qs_drop_down_ellipsize (GtkDropDown *drop_down);

G_END_DECLS
