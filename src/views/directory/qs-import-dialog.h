/* qs-import-dialog.h — maps the columns of a directory file, then imports it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-client-import.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_IMPORT_DIALOG (qs_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsImportDialog, qs_import_dialog, QS, IMPORT_DIALOG, AdwWindow)

QsImportDialog *qs_import_dialog_new            (GtkWindow      *parent,
                                                 QsStore        *store,
                                                 GBytes         *bytes,
                                                 const char     *file_name,
                                                 GError        **error);
QsClientImport *qs_import_dialog_get_import     (QsImportDialog *self);
GListModel     *qs_import_dialog_get_problems   (QsImportDialog *self);
void            qs_import_dialog_set_mapping    (QsImportDialog *self,
                                                 guint           column,
                                                 QsImportField   field);
void            qs_import_dialog_set_create_departments (QsImportDialog *self,
                                                         gboolean        create);

G_END_DECLS
/* clang-format on */
