/* qs-menu-tooltips.c — a menu button's tooltip stays away from its open menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 keeps showing a menu button's tooltip once its menu opens, over
 * the menu's first item. For every GtkMenuButton under a widget, the
 * tooltip is switched off while the button's popover is shown and back on
 * when it closes. The popover of a button given a menu model exists once
 * the model is set; a button whose popover comes later is looked at again
 * when its menu is first opened, through its "notify::popover".
 */
#include "config.h"

#include "qs-menu-tooltips.h"

#define QUIETED_KEY "qs-menu-tooltips-quieted"

static void
on_popover_visible_cb (GtkWidget *popover, GParamSpec *pspec, GtkWidget *button)
{
  gtk_widget_set_has_tooltip (button, !gtk_widget_get_visible (popover));
}

static void
quiet_button (GtkMenuButton *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  if (popover == NULL || g_object_get_data (G_OBJECT (popover), QUIETED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (popover), QUIETED_KEY, GINT_TO_POINTER (TRUE));
  g_signal_connect_object (popover, "notify::visible", G_CALLBACK (on_popover_visible_cb), button,
                           0);
}

static void
on_popover_changed_cb (GtkMenuButton *button)
{
  quiet_button (button);
}

/**
 * qs_menu_tooltips_quiet:
 * @root: a widget whose menu buttons (itself included) are looked at
 *
 * Safe to call again on the same widgets: each popover is hooked once.
 */
void
qs_menu_tooltips_quiet (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_MENU_BUTTON (root))
    {
      if (g_object_get_data (G_OBJECT (root), QUIETED_KEY) == NULL)
        {
          g_object_set_data (G_OBJECT (root), QUIETED_KEY, GINT_TO_POINTER (TRUE));
          g_signal_connect (root, "notify::popover", G_CALLBACK (on_popover_changed_cb), NULL);
        }
      quiet_button (GTK_MENU_BUTTON (root));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    qs_menu_tooltips_quiet (child);
}
