/* qs-view-shortcuts.c — keyboard shortcuts of the window that belong to one view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view's shortcuts must work wherever the focus is in the window (the
 * sidebar, the header bar), so their scope is global; they act only
 * while the view is shown, leaving the keys to the view that is.
 */
#include "config.h"

#include "qs-view-shortcuts.h"

static gboolean
on_shortcut_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, user_data, NULL);
}

/* @shortcuts must outlive @view: a static table. */
void
qs_view_add_shortcuts (GtkWidget *view, const QsViewShortcut *shortcuts, gsize n_shortcuts)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  for (gsize i = 0; i < n_shortcuts; i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (
        gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
        gtk_callback_action_new (on_shortcut_cb, (gpointer) shortcuts[i].action, NULL)));
  gtk_widget_add_controller (view, controller);
}
