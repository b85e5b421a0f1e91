/* qs-status-page-icons.h — status pages that read their icon when first shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void qs_status_page_icons_defer (GtkWidget *root);

G_END_DECLS
