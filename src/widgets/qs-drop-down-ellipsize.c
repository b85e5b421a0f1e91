/* qs-drop-down-ellipsize.c — a drop-down whose button may be narrower than its longest item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkDropDown asks for the width of its longest item, which in French
 * ("Participation à une revue", "Technologies de l'information") is more
 * than half of a 360 px window. The button's label is ellipsized here;
 * the list that opens shows every item whole.
 */
#include "config.h"

#include "qs-drop-down-ellipsize.h"

static void
on_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer ellipsize)
{
  GObject    *string = gtk_list_item_get_item (item);
  const char *text =
    GTK_IS_STRING_OBJECT (string) ? gtk_string_object_get_string (GTK_STRING_OBJECT (string)) : "";

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item),
                               GPOINTER_TO_INT (ellipsize) ? text : NULL);
}

static GtkListItemFactory *
new_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), GINT_TO_POINTER (ellipsize));
  return factory;
}

/**
 * qs_drop_down_ellipsize:
 * @drop_down: a drop-down over a GtkStringList
 */
void
qs_drop_down_ellipsize (GtkDropDown *drop_down)
{
  g_autoptr (GtkListItemFactory) button = new_factory (TRUE);
  g_autoptr (GtkListItemFactory) list = new_factory (FALSE);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}
