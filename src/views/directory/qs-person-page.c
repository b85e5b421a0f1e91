/* qs-person-page.c — one person of the directory, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row edits one field of the person. An entry row saves when its
 * apply button (or Enter) is pressed, a combo row or a switch as soon as it
 * changes. Each save loads the person fresh, changes that one field and
 * saves it through the directory repository: a refused value (a bad or
 * duplicate e-mail, an empty family name) is shown under the row and
 * nothing is written. The value replaced
 * by the last save is kept so that it can be put back (Undo in the toast).
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-enums.h"
#include "qs-error.h"
#include "qs-directory-view-private.h"
#include "qs-person-page.h"
#include "qs-repository.h"
#include "qs-request-query.h"
#include "qs-request.h"

struct _QsPersonPage
{
  GtkWidget parent_instance;

  QsStore   *store;
  QsClient  *client;
  GPtrArray *departments; /* QsDepartment offered in the department row */
  guint      undo_field;  /* G_MAXUINT: nothing to undo */
  GValue     undo_value;
  char      *undo_id;
  gboolean   loading; /* rows are being filled, not edited */

  /* Template widgets */
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *person_group;
  AdwEntryRow         *given_name_row;
  AdwEntryRow         *family_name_row;
  AdwEntryRow         *role_row;
  AdwComboRow         *department_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *phone_row;
  AdwComboRow         *channel_row;
  AdwComboRow         *language_row;
  AdwEntryRow         *availability_row;
  AdwEntryRow         *privacy_row;
  GtkSwitch           *consent_switch;
  GtkLabel            *error_label;
  AdwActionRow        *requests_row;
  AdwActionRow        *feedback_row;
  AdwPreferencesGroup *recent_group;
  GPtrArray           *recent_rows;
};

G_DEFINE_FINAL_TYPE (QsPersonPage, qs_person_page, GTK_TYPE_WIDGET)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
row_for_field (QsPersonPage *self, guint field)
{
  switch (field)
    {
    case QS_CLIENT_FIELD_GIVEN_NAME:
      return GTK_WIDGET (self->given_name_row);
    case QS_CLIENT_FIELD_FAMILY_NAME:
      return GTK_WIDGET (self->family_name_row);
    case QS_CLIENT_FIELD_ROLE:
      return GTK_WIDGET (self->role_row);
    case QS_CLIENT_FIELD_EMAIL:
      return GTK_WIDGET (self->email_row);
    case QS_CLIENT_FIELD_PHONE:
      return GTK_WIDGET (self->phone_row);
    case QS_CLIENT_FIELD_AVAILABILITY:
      return GTK_WIDGET (self->availability_row);
    case QS_CLIENT_FIELD_PRIVACY_PREFERENCE:
      return GTK_WIDGET (self->privacy_row);
    case QS_CLIENT_FIELD_DEPARTMENT_ID:
      return GTK_WIDGET (self->department_row);
    case QS_CLIENT_FIELD_PREFERRED_CHANNEL:
      return GTK_WIDGET (self->channel_row);
    case QS_CLIENT_FIELD_LANGUAGE:
      return GTK_WIDGET (self->language_row);
    default:
      return NULL;
    }
}

static void
clear_error (QsPersonPage *self)
{
  for (guint i = 0; i < QS_CLIENT_N_FIELDS; i++)
    {
      GtkWidget *row = row_for_field (self, i);

      if (row != NULL)
        gtk_widget_remove_css_class (row, "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
show_error (QsPersonPage *self, guint field, const GError *error)
{
  GtkWidget *row = row_for_field (self, field);

  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static guint
department_position (QsPersonPage *self, const char *id)
{
  for (guint i = 0; self->departments != NULL && i < self->departments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->departments, i)), id) == 0)
      return i + 1;
  return 0;
}

static void
set_entry (AdwEntryRow *row, QsEntity *client, guint field)
{
  const char *text = client != NULL ? qs_entity_get_string (client, field) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

#define N_RECENT 5

static void
fill_recent (QsPersonPage *self)
{
  g_autoptr (GPtrArray) requests = NULL;

  for (guint i = 0; i < self->recent_rows->len; i++)
    adw_preferences_group_remove (self->recent_group, g_ptr_array_index (self->recent_rows, i));
  g_ptr_array_set_size (self->recent_rows, 0);
  if (self->client != NULL)
    requests = qs_directory_repository_get_recent_requests_of (
      self->store, qs_entity_get_id (QS_ENTITY (self->client)), N_RECENT, NULL);
  for (guint i = 0; requests != NULL && i < requests->len; i++)
    {
      QsEntity        *request = g_ptr_array_index (requests, i);
      const char      *ref = qs_entity_get_string (request, QS_REQUEST_FIELD_REF);
      const char      *subject = qs_entity_get_string (request, QS_REQUEST_FIELD_SUBJECT);
      GtkWidget       *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      /* A confidential request shows its reference only. */
      if (qs_entity_get_boolean (request, QS_REQUEST_FIELD_CONFIDENTIAL) || subject == NULL)
        subject = ref;
      subtitle =
        /* Translators: a request's reference, then its status */
        g_strdup_printf (_ ("%s · %s"), ref != NULL ? ref : "",
                         qs_enum_label (QS_TYPE_REQUEST_STATUS,
                                        qs_entity_get_enum (request, QS_REQUEST_FIELD_STATUS)));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), subject != NULL ? subject : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* A click opens the request in the Requests view. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(sss)", "requests",
                                        "requests.show-request", qs_entity_get_id (request));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-in-view");
      adw_preferences_group_add (self->recent_group, row);
      g_ptr_array_add (self->recent_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), self->recent_rows->len > 0);
}

static void
fill (QsPersonPage *self)
{
  QsEntity        *client = QS_ENTITY (self->client);
  gboolean         anonymised;
  g_autofree char *requests = NULL;
  g_autofree char *feedback = NULL;

  self->loading = TRUE;
  clear_error (self);
  set_entry (self->given_name_row, client, QS_CLIENT_FIELD_GIVEN_NAME);
  set_entry (self->family_name_row, client, QS_CLIENT_FIELD_FAMILY_NAME);
  set_entry (self->role_row, client, QS_CLIENT_FIELD_ROLE);
  set_entry (self->email_row, client, QS_CLIENT_FIELD_EMAIL);
  set_entry (self->phone_row, client, QS_CLIENT_FIELD_PHONE);
  set_entry (self->availability_row, client, QS_CLIENT_FIELD_AVAILABILITY);
  set_entry (self->privacy_row, client, QS_CLIENT_FIELD_PRIVACY_PREFERENCE);
  if (client != NULL)
    {
      adw_combo_row_set_selected (
        self->department_row,
        department_position (self, qs_entity_get_string (client, QS_CLIENT_FIELD_DEPARTMENT_ID)));
      adw_combo_row_set_selected (self->channel_row,
                                  qs_entity_get_enum (client, QS_CLIENT_FIELD_PREFERRED_CHANNEL));
      adw_combo_row_set_selected (self->language_row,
                                  qs_entity_get_enum (client, QS_CLIENT_FIELD_LANGUAGE));
      gtk_switch_set_active (self->consent_switch,
                             qs_entity_get_boolean (client, QS_CLIENT_FIELD_SURVEY_CONSENT));
      requests = g_strdup_printf (
        "%" G_GINT64_FORMAT,
        qs_directory_repository_count_requests_of (self->store, qs_entity_get_id (client), NULL));
      feedback = g_strdup_printf (
        "%" G_GINT64_FORMAT,
        qs_directory_repository_count_feedback_of (self->store, qs_entity_get_id (client), NULL));
      adw_action_row_set_subtitle (self->requests_row, requests);
      adw_action_row_set_subtitle (self->feedback_row, feedback);
      {
        g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();

        /* Every request they made, as counted here. */
        filter->client_id = g_strdup (qs_entity_get_id (client));
        qs_directory_set_requests_target (GTK_ACTIONABLE (self->requests_row), filter);
      }
    }
  fill_recent (self);
  anonymised = client != NULL && qs_entity_get_int (client, QS_CLIENT_FIELD_ANONYMISED_AT) != 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_group), !anonymised);
  adw_preferences_group_set_description (
    self->person_group,
    anonymised ? _ ("This person was anonymised: what identified them is erased.") : NULL);
  self->loading = FALSE;
}

/**
 * qs_person_page_set_field:
 * @field: a QsClientField
 *
 * Changes one field of the person shown and saves it, remembering the
 * value it replaces for qs_person_page_undo().
 *
 * Returns: %FALSE, with the reason shown at the field, when the value was
 *   refused; nothing is saved then
 */
gboolean
qs_person_page_set_field (QsPersonPage *self, guint field, const GValue *value, GError **error)
{
  g_autoptr (QsEntity) fresh = NULL;
  g_autoptr (GError) local_error = NULL;
  g_auto (GValue) previous = G_VALUE_INIT;
  QsRepository *repository;

  g_return_val_if_fail (QS_IS_PERSON_PAGE (self), FALSE);
  g_return_val_if_fail (self->client != NULL && self->store != NULL, FALSE);

  clear_error (self);
  repository = qs_store_get_repository (self->store, QS_TYPE_CLIENT);
  fresh =
    qs_repository_find (repository, qs_entity_get_id (QS_ENTITY (self->client)), &local_error);
  if (fresh == NULL)
    goto failed;

  g_value_init (&previous, G_VALUE_TYPE (qs_entity_get_value (fresh, field)));
  g_value_copy (qs_entity_get_value (fresh, field), &previous);
  qs_entity_set_value (fresh, field, value);
  if (!qs_directory_repository_save_client (self->store, QS_CLIENT (fresh), &local_error))
    goto failed;

  g_set_object (&self->client, QS_CLIENT (fresh));
  if (G_IS_VALUE (&self->undo_value))
    g_value_unset (&self->undo_value);
  g_value_init (&self->undo_value, G_VALUE_TYPE (&previous));
  g_value_copy (&previous, &self->undo_value);
  self->undo_field = field;
  g_free (self->undo_id);
  self->undo_id = g_strdup (qs_entity_get_id (fresh));
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;

failed:
  show_error (self, field, local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
qs_person_page_can_undo (QsPersonPage *self)
{
  g_return_val_if_fail (QS_IS_PERSON_PAGE (self), FALSE);

  return self->undo_field != G_MAXUINT && self->client != NULL &&
         g_strcmp0 (self->undo_id, qs_entity_get_id (QS_ENTITY (self->client))) == 0;
}

/**
 * qs_person_page_undo:
 *
 * Puts back the value the last edit replaced.
 */
gboolean
qs_person_page_undo (QsPersonPage *self, GError **error)
{
  g_auto (GValue) value = G_VALUE_INIT;
  guint field = self->undo_field;

  g_return_val_if_fail (QS_IS_PERSON_PAGE (self), FALSE);

  if (!qs_person_page_can_undo (self))
    return TRUE;
  g_value_init (&value, G_VALUE_TYPE (&self->undo_value));
  g_value_copy (&self->undo_value, &value);
  if (!qs_person_page_set_field (self, field, &value, error))
    return FALSE;
  /* Undoing is not itself undone. */
  self->undo_field = G_MAXUINT;
  fill (self);
  return TRUE;
}

/**
 * qs_person_page_anonymise:
 *
 * Erases for good every field that identifies the person; their requests
 * and feedback keep pointing at the row, so every count stays right.
 */
gboolean
qs_person_page_anonymise (QsPersonPage *self, GError **error)
{
  g_autoptr (QsEntity) fresh = NULL;

  g_return_val_if_fail (QS_IS_PERSON_PAGE (self), FALSE);
  g_return_val_if_fail (self->client != NULL, FALSE);

  fresh = qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_CLIENT),
                              qs_entity_get_id (QS_ENTITY (self->client)), error);
  if (fresh == NULL || !qs_directory_repository_anonymise (self->store, QS_CLIENT (fresh), error))
    return FALSE;

  /* What was erased cannot come back. */
  self->undo_field = G_MAXUINT;
  g_set_object (&self->client, QS_CLIENT (fresh));
  fill (self);
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

static void
on_entry_apply_cb (AdwEntryRow *row, QsPersonPage *self)
{
  guint       field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_auto (GValue) value = G_VALUE_INIT;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (self->loading || self->client == NULL)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, *stripped != '\0' ? stripped : NULL);
  qs_person_page_set_field (self, field, &value, NULL);
}

static void
on_combo_selected_cb (AdwComboRow *row, GParamSpec *pspec, QsPersonPage *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_auto (GValue) value = G_VALUE_INIT;
  guint field;

  if (self->loading || self->client == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (row == self->department_row)
    {
      field = QS_CLIENT_FIELD_DEPARTMENT_ID;
      g_value_init (&value, G_TYPE_STRING);
      if (selected > 0 && self->departments != NULL && selected <= self->departments->len)
        g_value_set_string (&value,
                            qs_entity_get_id (g_ptr_array_index (self->departments, selected - 1)));
    }
  else
    {
      field =
        row == self->channel_row ? QS_CLIENT_FIELD_PREFERRED_CHANNEL : QS_CLIENT_FIELD_LANGUAGE;
      g_value_init (&value, G_VALUE_TYPE (qs_entity_get_value (QS_ENTITY (self->client), field)));
      g_value_set_enum (&value, selected);
    }
  qs_person_page_set_field (self, field, &value, NULL);
}

static void
on_consent_changed_cb (GtkSwitch *sw, GParamSpec *pspec, QsPersonPage *self)
{
  g_auto (GValue) value = G_VALUE_INIT;

  if (self->loading || self->client == NULL)
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (sw));
  qs_person_page_set_field (self, QS_CLIENT_FIELD_SURVEY_CONSENT, &value, NULL);
}

static GListModel *
enum_labels_model (GType type)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, qs_enum_label (type, klass->values[i].value));
  return G_LIST_MODEL (list);
}

void
qs_person_page_set_departments (QsPersonPage *self, GPtrArray *departments)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  g_return_if_fail (QS_IS_PERSON_PAGE (self));

  g_clear_pointer (&self->departments, g_ptr_array_unref);
  if (departments != NULL)
    self->departments = g_ptr_array_ref (departments);
  gtk_string_list_append (names, _ ("No department"));
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    gtk_string_list_append (
      names, qs_entity_get_string (g_ptr_array_index (departments, i), QS_DEPARTMENT_FIELD_NAME));
  self->loading = TRUE;
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
  self->loading = FALSE;
  g_object_unref (names);
  if (self->client != NULL)
    fill (self);
}

void
qs_person_page_set_store (QsPersonPage *self, QsStore *store)
{
  g_return_if_fail (QS_IS_PERSON_PAGE (self));

  if (g_set_object (&self->store, store))
    {
      g_clear_object (&self->client);
      self->undo_field = G_MAXUINT;
    }
}

/**
 * qs_person_page_load:
 * @client_id: (nullable): the person to show
 */
gboolean
qs_person_page_load (QsPersonPage *self, const char *client_id, GError **error)
{
  g_autoptr (QsEntity) client = NULL;

  g_return_val_if_fail (QS_IS_PERSON_PAGE (self), FALSE);

  if (client_id != NULL && self->store != NULL)
    {
      client = qs_repository_find (qs_store_get_repository (self->store, QS_TYPE_CLIENT), client_id,
                                   error);
      if (client == NULL)
        return FALSE;
    }
  g_set_object (&self->client, (QsClient *) client);
  if (self->client != NULL)
    fill (self);
  return TRUE;
}

/**
 * qs_person_page_refresh:
 * @changes: what was committed
 *
 * Reads the person shown again when they were written elsewhere, and
 * their latest requests when requests were; the page's own saves are
 * already shown, and keep their undo.
 *
 * Returns: %FALSE when the person shown is gone from the database, or,
 *   with @error set, when they could not be read
 */
gboolean
qs_person_page_refresh (QsPersonPage *self, QsChangeSet *changes, GError **error)
{
  g_autoptr (QsEntity) stored = NULL;

  g_return_val_if_fail (QS_IS_PERSON_PAGE (self), FALSE);

  if (self->client == NULL || self->store == NULL)
    return TRUE;
  if (qs_change_set_contains (changes, "clients", qs_entity_get_id (QS_ENTITY (self->client))))
    {
      if (!qs_store_find_if_any (self->store, QS_TYPE_CLIENT,
                                 qs_entity_get_id (QS_ENTITY (self->client)), &stored, error))
        return FALSE;
      if (stored == NULL || qs_entity_is_deleted (stored))
        return FALSE;
      if (qs_entity_get_updated_at (stored) != qs_entity_get_updated_at (QS_ENTITY (self->client)))
        {
          g_set_object (&self->client, QS_CLIENT (stored));
          fill (self);
          return TRUE;
        }
    }
  if (qs_change_set_has_table (changes, "requests"))
    fill_recent (self);
  return TRUE;
}

QsClient *
qs_person_page_get_client (QsPersonPage *self)
{
  g_return_val_if_fail (QS_IS_PERSON_PAGE (self), NULL);

  return self->client;
}

GtkWidget *
qs_person_page_new (void)
{
  return g_object_new (QS_TYPE_PERSON_PAGE, NULL);
}

static void
qs_person_page_dispose (GObject *object)
{
  QsPersonPage *self = QS_PERSON_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_PERSON_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->undo_id, g_free);
  g_clear_pointer (&self->recent_rows, g_ptr_array_unref);
  if (G_IS_VALUE (&self->undo_value))
    g_value_unset (&self->undo_value);

  G_OBJECT_CLASS (qs_person_page_parent_class)->dispose (object);
}

static void
qs_person_page_class_init (QsPersonPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_person_page_dispose;

  /**
   * QsPersonPage::saved:
   *
   * A field of the person was saved (or the person anonymised).
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/QualServ/directory/qs-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, page);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, person_group);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, role_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, department_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, channel_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, availability_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, privacy_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, consent_switch);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, requests_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, feedback_row);
  gtk_widget_class_bind_template_child (widget_class, QsPersonPage, recent_group);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_consent_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
qs_person_page_init (QsPersonPage *self)
{
  const struct
  {
    AdwEntryRow **row;
    guint         field;
  } entries[] = {
    { &self->given_name_row, QS_CLIENT_FIELD_GIVEN_NAME },
    { &self->family_name_row, QS_CLIENT_FIELD_FAMILY_NAME },
    { &self->role_row, QS_CLIENT_FIELD_ROLE },
    { &self->email_row, QS_CLIENT_FIELD_EMAIL },
    { &self->phone_row, QS_CLIENT_FIELD_PHONE },
    { &self->availability_row, QS_CLIENT_FIELD_AVAILABILITY },
    { &self->privacy_row, QS_CLIENT_FIELD_PRIVACY_PREFERENCE },
  };
  g_autoptr (GListModel) channels = NULL;
  g_autoptr (GListModel) languages = NULL;

  self->undo_field = G_MAXUINT;
  self->recent_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_object_set_data (G_OBJECT (*entries[i].row), "field", GUINT_TO_POINTER (entries[i].field));

  /* Enum values are 0…n-1, so a row's position is the value. */
  channels = enum_labels_model (QS_TYPE_CHANNEL);
  languages = enum_labels_model (QS_TYPE_LANGUAGE);
  self->loading = TRUE;
  adw_combo_row_set_model (self->channel_row, channels);
  adw_combo_row_set_model (self->language_row, languages);
  self->loading = FALSE;
  qs_person_page_set_departments (self, NULL);
}
