/* qs-status-page-icons.c — status pages that read their icon when first shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A status page's icon is large, so the theme gives it as a scalable SVG:
 * reading and rendering one costs more than the rest of the page. The
 * pages that wait in a stack (empty lists, placeholders, errors) would read
 * theirs while the window opens, though most are never shown. Each gets
 * its icon back when it is first mapped.
 */
#include "config.h"

#include <adwaita.h>

#include "qs-status-page-icons.h"

#define ICON_KEY "qs-status-page-icon"

static void
on_map_cb (AdwStatusPage *page)
{
  const char *icon = g_object_get_data (G_OBJECT (page), ICON_KEY);

  g_signal_handlers_disconnect_by_func (page, on_map_cb, NULL);
  if (icon != NULL && adw_status_page_get_icon_name (page) == NULL)
    adw_status_page_set_icon_name (page, icon);
}

/**
 * qs_status_page_icons_defer:
 * @root: a widget whose status pages, its own descendants, are not shown yet
 *
 * Takes the icon of every status page under @root that is not mapped, and
 * gives it back when the page is first mapped.
 */
void
qs_status_page_icons_defer (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_STATUS_PAGE (root) && !gtk_widget_get_mapped (root) &&
      adw_status_page_get_icon_name (ADW_STATUS_PAGE (root)) != NULL)
    {
      g_object_set_data_full (G_OBJECT (root), ICON_KEY,
                              g_strdup (adw_status_page_get_icon_name (ADW_STATUS_PAGE (root))),
                              g_free);
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (root), NULL);
      g_signal_connect (root, "map", G_CALLBACK (on_map_cb), NULL);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    qs_status_page_icons_defer (child);
}
