/* qs-directory-export.c — the directory as a CSV file to re-import, or as vCards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-directory-export.h"
#include "qs-error.h"

gboolean
qs_directory_export_csv (QsStore        *store,
                         GOutputStream  *stream,
                         GError        **error)
{
  g_set_error_literal (error, QS_ERROR, QS_ERROR_FAILED, "Not available yet.");
  return FALSE;
}

gboolean
qs_directory_export_vcard (QsStore        *store,
                           GOutputStream  *stream,
                           GError        **error)
{
  g_set_error_literal (error, QS_ERROR, QS_ERROR_FAILED, "Not available yet.");
  return FALSE;
}
