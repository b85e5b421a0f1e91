/* qs-directory-export.h — the directory as a CSV file to re-import, or as vCards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "qs-store.h"

G_BEGIN_DECLS

/* The importer's columns, with a header its guess maps back. */
gboolean qs_directory_export_csv   (QsStore        *store,
                                    GOutputStream  *stream,
                                    GError        **error);
/* vCard 4.0, one card per live person not anonymised. */
gboolean qs_directory_export_vcard (QsStore        *store,
                                    GOutputStream  *stream,
                                    GError        **error);

G_END_DECLS
