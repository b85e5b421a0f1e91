/* qs-new-person-dialog.c — a person added to the directory by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same checks as an import (a family name, an e-mail address of the
 * right shape that nobody else has), made by the directory repository:
 * a refusal is told whole under the fields, the row at fault marked, and
 * nothing is written.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-new-person-dialog.h"
#include "qs-row-text.h"

struct _QsNewPersonDialog
{
  AdwWindow parent_instance;

  QsStore   *store;
  GPtrArray *departments;

  /* Template widgets */
  AdwEntryRow *given_name_row;
  AdwEntryRow *family_name_row;
  AdwEntryRow *email_row;
  AdwComboRow *department_row;
  AdwComboRow *language_row;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (QsNewPersonDialog, qs_new_person_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsNewPersonDialog *self = QS_NEW_PERSON_DIALOG (widget);
  g_autoptr (QsClient) client = qs_client_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *given = qs_row_dup_text (self->given_name_row);
  g_autofree char *family = qs_row_dup_text (self->family_name_row);
  g_autofree char *email = qs_row_dup_text (self->email_row);
  guint            department = adw_combo_row_get_selected (self->department_row);
  QsEntity        *entity = QS_ENTITY (client);

  qs_entity_set_string (entity, QS_CLIENT_FIELD_GIVEN_NAME, given);
  qs_entity_set_string (entity, QS_CLIENT_FIELD_FAMILY_NAME, family);
  qs_entity_set_string (entity, QS_CLIENT_FIELD_EMAIL, email);
  if (department > 0 && department <= self->departments->len)
    qs_entity_set_string (entity, QS_CLIENT_FIELD_DEPARTMENT_ID,
                          qs_entity_get_id (g_ptr_array_index (self->departments, department - 1)));
  qs_entity_set_enum (entity, QS_CLIENT_FIELD_LANGUAGE,
                      adw_combo_row_get_selected (self->language_row));
  gtk_widget_remove_css_class (GTK_WIDGET (self->family_name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
  if (!qs_directory_repository_save_client (self->store, client, &error))
    {
      gtk_widget_add_css_class (
        GTK_WIDGET (family == NULL ? self->family_name_row : self->email_row), "error");
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_CREATED], 0, client);
  gtk_window_close (GTK_WINDOW (self));
}

static void
qs_new_person_dialog_dispose (GObject *object)
{
  QsNewPersonDialog *self = QS_NEW_PERSON_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->departments, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_new_person_dialog_parent_class)->dispose (object);
}

static void
qs_new_person_dialog_class_init (QsNewPersonDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_new_person_dialog_dispose;

  /**
   * QsNewPersonDialog::created:
   * @client: the person, as saved
   */
  signals[SIGNAL_CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_CLIENT);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/directory/qs-new-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsNewPersonDialog, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewPersonDialog, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewPersonDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewPersonDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewPersonDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, QsNewPersonDialog, error_label);

  gtk_widget_class_install_action (widget_class, "new-person.add", NULL, add_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, (GtkShortcutFunc) gtk_window_close,
                                NULL);
}

static void
qs_new_person_dialog_init (QsNewPersonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

QsNewPersonDialog *
qs_new_person_dialog_new (QsStore *store, GPtrArray *departments, const char *department_id)
{
  QsNewPersonDialog *self;
  GtkStringList     *names = gtk_string_list_new (NULL);
  GtkStringList     *languages = gtk_string_list_new (NULL);
  guint              selected = 0;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  self = g_object_new (QS_TYPE_NEW_PERSON_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->departments = departments != NULL ? g_ptr_array_ref (departments)
                                          : g_ptr_array_new_with_free_func (g_object_unref);

  gtk_string_list_append (names, _ ("No department"));
  for (guint i = 0; i < self->departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (self->departments, i);

      gtk_string_list_append (names,
                              qs_department_get_name_in (department, qs_interface_language ()));
      if (g_strcmp0 (qs_entity_get_id (department), department_id) == 0)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->department_row, selected);
  /* Enum values are 0…n-1, so a row's position is the value. */
  for (int language = QS_LANGUAGE_FR; language <= QS_LANGUAGE_EN; language++)
    gtk_string_list_append (languages, qs_enum_label (QS_TYPE_LANGUAGE, language));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
  adw_combo_row_set_selected (self->language_row, qs_interface_language ());
  g_object_unref (names);
  g_object_unref (languages);
  return self;
}
