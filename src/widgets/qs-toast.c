/* qs-toast.c — the short messages a view shows over the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view shows its toasts in the AdwToastOverlay it is in, if any: a view
 * tested or shown on its own has none, and then says nothing. A toast
 * cuts its text at the window's width: a sentence that would not fit
 * whole, and has no button to keep, is shown in a dialog instead.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-toast.h"

/* What a toast of libadwaita 1.2 keeps around its title: its margins,
 * padding and close button, and a button when it has one. */
#define TOAST_CHROME 96
#define TOAST_BUTTON 96

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
  if (!qs_toast_fits (overlay, toast) && adw_toast_get_button_label (toast) == NULL)
    {
      GtkRoot   *root = gtk_widget_get_root (overlay);
      GtkWidget *dialog =
        adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL);

      adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), TRUE);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), adw_toast_get_title (toast));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      g_object_unref (g_object_ref_sink (toast));
      return TRUE;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}

/**
 * qs_toast_fits:
 *
 * Returns: whether @toast's title shows whole in @overlay at its width
 */
gboolean
qs_toast_fits (GtkWidget *overlay, AdwToast *toast)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (overlay, NULL);
  g_autofree char *bold = g_strdup_printf ("<b>%s</b>", adw_toast_get_title (toast));
  int              width = gtk_widget_get_width (overlay);
  int              text_width;
  int              room;

  /* Not shown yet: nothing to measure against. */
  if (width <= 0)
    return TRUE;
  /* A toast's title is bold. */
  pango_layout_set_markup (layout, bold, -1);
  pango_layout_get_pixel_size (layout, &text_width, NULL);
  room = width - TOAST_CHROME - (adw_toast_get_button_label (toast) != NULL ? TOAST_BUTTON : 0);
  return text_width <= room;
}
