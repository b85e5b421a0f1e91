/* qs-client-import.c — imports people and departments from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-client-import.h"
#include "qs-error.h"

struct _QsClientImport
{
  GObject  parent_instance;
  QsStore *store;
};

G_DEFINE_FINAL_TYPE (QsClientImport, qs_client_import, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (QsImportField, qs_import_field,
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_IGNORE, "ignore"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_GIVEN_NAME, "given-name"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_FAMILY_NAME, "family-name"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_ROLE, "role"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_DEPARTMENT, "department"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_PARENT_DEPARTMENT, "parent-department"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_LANGUAGE, "language"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_PREFERRED_CHANNEL, "preferred-channel"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_AVAILABILITY, "availability"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_SURVEY_CONSENT, "survey-consent"),
  G_DEFINE_ENUM_VALUE (QS_IMPORT_N_FIELDS, "n-fields"))

const char *
qs_import_field_get_label (QsImportField field)
{
  return "";
}

static void
qs_client_import_finalize (GObject *object)
{
  QsClientImport *self = QS_CLIENT_IMPORT (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (qs_client_import_parent_class)->finalize (object);
}

static void
qs_client_import_class_init (QsClientImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_client_import_finalize;
}

static void
qs_client_import_init (QsClientImport *self)
{
}

QsClientImport *
qs_client_import_new (QsStore  *store,
                      GBytes   *bytes,
                      GError  **error)
{
  QsClientImport *self = g_object_new (QS_TYPE_CLIENT_IMPORT, NULL);

  self->store = g_object_ref (store);
  return self;
}

GStrv
qs_client_import_get_columns (QsClientImport *self)
{
  return g_new0 (char *, 1);
}

void
qs_client_import_set_mapping (QsClientImport *self,
                              guint           column,
                              QsImportField   field)
{
}

QsImportField
qs_client_import_get_mapping (QsClientImport *self,
                              guint           column)
{
  return QS_IMPORT_FIELD_IGNORE;
}

void
qs_client_import_guess_mapping (QsClientImport *self)
{
}

char *
qs_client_import_get_mapping_string (QsClientImport *self)
{
  return g_strdup ("");
}

void
qs_client_import_set_mapping_string (QsClientImport *self,
                                     const char     *s)
{
}

GPtrArray *
qs_client_import_get_preview (QsClientImport *self,
                              guint           max_rows)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

void
qs_client_import_set_create_departments (QsClientImport *self,
                                         gboolean        create)
{
}

gboolean
qs_client_import_get_create_departments (QsClientImport *self)
{
  return FALSE;
}

GListModel *
qs_client_import_check (QsClientImport  *self,
                        GError         **error)
{
  return G_LIST_MODEL (g_list_store_new (QS_TYPE_IMPORT_PROBLEM));
}

double
qs_client_import_get_fraction (QsClientImport *self)
{
  return 0.0;
}

void
qs_client_import_run_async (QsClientImport      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_return_new_error (task, QS_ERROR, QS_ERROR_FAILED, "Not available yet.");
}

gboolean
qs_client_import_run_finish (QsClientImport  *self,
                             GAsyncResult    *result,
                             guint           *n_added,
                             guint           *n_updated,
                             GError         **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
qs_client_import_run (QsClientImport  *self,
                      GCancellable    *cancellable,
                      guint           *n_added,
                      guint           *n_updated,
                      GError         **error)
{
  g_set_error_literal (error, QS_ERROR, QS_ERROR_FAILED, "Not available yet.");
  return FALSE;
}
