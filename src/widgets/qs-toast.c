/* qs-toast.c — the short messages a view shows over the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view shows its toasts in the AdwToastOverlay it is in, if any: a view
 * tested or shown on its own has none, and then says nothing.
 */
#include "config.h"

#include "qs-toast.h"

/**
 * qs_toast_new:
 * @message: plain text, not markup
 * @error: %TRUE for a failure, which comes before other toasts and stays
 *   long enough to be read
 *
 * Returns: (transfer full): the toast, to give to qs_toast_add()
 */
AdwToast *
qs_toast_new (const char *message, gboolean error)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast        *toast = adw_toast_new (escaped);

  if (error)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 10);
    }
  return toast;
}

/**
 * qs_toast_add:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the overlay @widget is in.
 *
 * Returns: %FALSE when @widget is in no overlay (the toast is dropped)
 */
gboolean
qs_toast_add (GtkWidget *widget, AdwToast *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_object_unref (toast);
      return FALSE;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}
