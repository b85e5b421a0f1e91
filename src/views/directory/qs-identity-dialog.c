/* qs-identity-dialog.c — the user picks themselves from the directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who does something is recorded in each request's history, and "Assigned
 * to me" and "My Open Complaints" need to know who "me" is. Without it the
 * history would credit the computer's account ("root"). On the first start
 * with a directory, the window asks once; Preferences offers it again. The
 * choice is the person's e-mail address, the "user-email" setting the
 * context finds the person by; a person without one cannot be chosen and
 * the row says why.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-client.h"
#include "qs-directory-repository.h"
#include "qs-identity-dialog.h"
#include "qs-query-list-model.h"

struct _QsIdentityDialog
{
  AdwWindow parent_instance;

  QsStore            *store;
  GSettings          *settings;
  QsQueryListModel   *people;
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkListView    *people_list;
  GtkStack       *list_stack;
  AdwStatusPage  *empty_page;
  GtkButton      *choose_button;
};

G_DEFINE_FINAL_TYPE (QsIdentityDialog, qs_identity_dialog, ADW_TYPE_WINDOW)

static const char *
email_of (gpointer item)
{
  const char *email;

  if (item == NULL || qs_query_list_model_is_placeholder (item))
    return NULL;
  email = qs_entity_get_string (QS_ENTITY (item), QS_CLIENT_FIELD_EMAIL);
  return email != NULL && *email != '\0' ? email : NULL;
}

static void
update_choose (QsIdentityDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->choose_button),
                            email_of (gtk_single_selection_get_selected_item (self->selection)) !=
                              NULL);
}

static void
reload (QsIdentityDialog *self)
{
  g_autoptr (GError) error = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  qs_directory_repository_set_people_filter (self->people, search, NULL, -1, -1);
  /* A directory that cannot be read says so where the people would be. */
  adw_status_page_set_description (self->empty_page,
                                   _ ("Try another name, or add yourself to the directory first."));
  if (!qs_query_list_model_reload (self->people, &error))
    adw_status_page_set_description (self->empty_page, error->message);
  gtk_stack_set_visible_child_name (
    self->list_stack,
    g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0 ? "list" : "empty");
  update_choose (self);
}

static void
on_search_changed_cb (QsIdentityDialog *self)
{
  reload (self);
}

static void
choose (QsIdentityDialog *self, gpointer item)
{
  const char *email = email_of (item);

  if (email == NULL)
    return;
  g_settings_set_string (self->settings, "user-email", email);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_choose_clicked_cb (QsIdentityDialog *self)
{
  choose (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
on_person_activated_cb (QsIdentityDialog *self, guint position)
{
  g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (self->people), position);

  choose (self, item);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  gpointer         item = gtk_list_item_get_item (list_item);
  GtkWidget       *box = gtk_list_item_get_child (list_item);
  GtkLabel        *name = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel        *detail = GTK_LABEL (gtk_widget_get_last_child (box));
  g_autofree char *display = NULL;
  const char      *email = email_of (item);
  const char      *role;

  if (item == NULL || qs_query_list_model_is_placeholder (item))
    {
      gtk_label_set_label (name, "");
      gtk_label_set_label (detail, "");
      return;
    }
  display = qs_client_dup_display_name (QS_CLIENT (item));
  role = qs_entity_get_string (QS_ENTITY (item), QS_CLIENT_FIELD_ROLE);
  gtk_label_set_label (name, display);
  if (email == NULL)
    /* Translators: under a person who cannot be chosen as the user */
    gtk_label_set_label (detail, _ ("No e-mail address: add one on their page first"));
  else if (role != NULL && *role != '\0')
    {
      /* Translators: a person's role and e-mail address, "Buyer · ana@example.org" */
      g_autofree char *text = g_strdup_printf (_ ("%1$s · %2$s"), role, email);

      gtk_label_set_label (detail, text);
    }
  else
    gtk_label_set_label (detail, email);
  gtk_widget_set_sensitive (box, email != NULL);
}

static void
qs_identity_dialog_dispose (GObject *object)
{
  QsIdentityDialog *self = QS_IDENTITY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_IDENTITY_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->people);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (qs_identity_dialog_parent_class)->dispose (object);
}

static void
qs_identity_dialog_class_init (QsIdentityDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_identity_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/directory/qs-identity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsIdentityDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QsIdentityDialog, people_list);
  gtk_widget_class_bind_template_child (widget_class, QsIdentityDialog, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QsIdentityDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, QsIdentityDialog, choose_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
qs_identity_dialog_init (QsIdentityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

QsIdentityDialog *
qs_identity_dialog_new (QsStore *store, GSettings *settings)
{
  QsIdentityDialog   *self;
  GtkListItemFactory *factory;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (QS_TYPE_IDENTITY_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  self->people = qs_directory_repository_new_people_model (store);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->people)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_choose), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->people_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->people_list, GTK_SELECTION_MODEL (self->selection));
  reload (self);
  return self;
}

gboolean
qs_identity_dialog_should_ask (QsStore *store, GSettings *settings)
{
  g_autofree char *email = NULL;
  g_autoptr (QsQueryListModel) people = NULL;
  g_autoptr (GError) error = NULL;

  if (store == NULL || settings == NULL || g_settings_get_boolean (settings, "identity-asked") ||
      qs_store_is_read_only (store))
    return FALSE;
  email = g_settings_get_string (settings, "user-email");
  if (*email != '\0')
    return FALSE;
  people = qs_directory_repository_new_people_model (store);
  if (!qs_query_list_model_reload (people, &error))
    return FALSE;
  return g_list_model_get_n_items (G_LIST_MODEL (people)) > 0;
}
