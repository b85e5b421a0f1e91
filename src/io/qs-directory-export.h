/* qs-directory-export.h — the directory as a CSV file to re-import, or as vCards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* The importer's columns, for a spreadsheet (UTF-8 with a byte-order
 * mark, the separator of @language's spreadsheets), headers and values
 * in @language's words, which the importer maps back. */
gboolean qs_directory_export_csv   (QsStore        *store,
                                    QsLanguage      language,
                                    GOutputStream  *stream,
                                    GError        **error);
/* vCard 4.0, one card per live person not anonymised. */
gboolean qs_directory_export_vcard (QsStore        *store,
                                    GOutputStream  *stream,
                                    GError        **error);

G_END_DECLS
/* clang-format on */
