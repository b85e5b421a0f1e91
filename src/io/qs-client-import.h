/* qs-client-import.h — imports people and departments from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user maps the header's columns to fields, checks the file, then runs
 * the import: the whole file in one transaction, or nothing. People are
 * matched by e-mail (case-insensitive) and updated instead of duplicated.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-import-problem.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef enum {
  QS_IMPORT_FIELD_IGNORE,
  QS_IMPORT_FIELD_GIVEN_NAME,
  QS_IMPORT_FIELD_FAMILY_NAME,
  QS_IMPORT_FIELD_EMAIL,
  QS_IMPORT_FIELD_PHONE,
  QS_IMPORT_FIELD_ROLE,
  QS_IMPORT_FIELD_DEPARTMENT,
  QS_IMPORT_FIELD_PARENT_DEPARTMENT,
  QS_IMPORT_FIELD_LANGUAGE,
  QS_IMPORT_FIELD_PREFERRED_CHANNEL,
  QS_IMPORT_FIELD_AVAILABILITY,
  QS_IMPORT_FIELD_SURVEY_CONSENT,
  QS_IMPORT_N_FIELDS
} QsImportField;

#define QS_TYPE_IMPORT_FIELD (qs_import_field_get_type ())
GType       qs_import_field_get_type  (void) G_GNUC_CONST;
/* Translated, e.g. "E-mail". */
const char *qs_import_field_get_label (QsImportField field);

#define QS_TYPE_CLIENT_IMPORT (qs_client_import_get_type ())

G_DECLARE_FINAL_TYPE (QsClientImport, qs_client_import, QS, CLIENT_IMPORT, GObject)

QsClientImport *qs_client_import_new                 (QsStore         *store,
                                                      GBytes          *bytes,
                                                      GError         **error);
GStrv           qs_client_import_get_columns         (QsClientImport  *self);
void            qs_client_import_set_mapping         (QsClientImport  *self,
                                                      guint            column,
                                                      QsImportField    field);
QsImportField   qs_client_import_get_mapping         (QsClientImport  *self,
                                                      guint            column);
/* From the header's names, in French or English. */
void            qs_client_import_guess_mapping       (QsClientImport  *self);
/* "header=field-nick;…", to remember the last mapping. */
char           *qs_client_import_get_mapping_string  (QsClientImport  *self);
void            qs_client_import_set_mapping_string  (QsClientImport  *self,
                                                      const char      *s);
/* A GPtrArray of GStrv: the first @max_rows rows after the header. */
GPtrArray      *qs_client_import_get_preview         (QsClientImport  *self,
                                                      guint            max_rows);
void            qs_client_import_set_create_departments (QsClientImport *self,
                                                         gboolean        create);
gboolean        qs_client_import_get_create_departments (QsClientImport *self);
/* A list of QsImportProblem, empty when the file can be imported. */
GListModel     *qs_client_import_check               (QsClientImport  *self,
                                                      GError         **error);
/* "fraction" (0..1) is notified on the main context while it runs. */
double          qs_client_import_get_fraction        (QsClientImport  *self);
void            qs_client_import_run_async           (QsClientImport      *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean        qs_client_import_run_finish          (QsClientImport  *self,
                                                      GAsyncResult    *result,
                                                      guint           *n_added,
                                                      guint           *n_updated,
                                                      GError         **error);
/* The same, in the calling thread, on the import's store. */
gboolean        qs_client_import_run                 (QsClientImport  *self,
                                                      GCancellable    *cancellable,
                                                      guint           *n_added,
                                                      guint           *n_updated,
                                                      GError         **error);

G_END_DECLS
/* clang-format on */
