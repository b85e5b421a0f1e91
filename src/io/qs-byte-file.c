/* qs-byte-file.c — documents made in memory, written in one go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports (PDF, PNG, SVG) are drawn by cairo into a GByteArray, then the
 * file is replaced at once: a failure midway never leaves half a document
 * where the user expects one.
 */
#include "qs-byte-file.h"

/* A cairo write function appending to the GByteArray @closure. */
cairo_status_t
qs_byte_file_append_cb (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Writes @bytes beside @file and renames it into place. */
gboolean
qs_byte_file_save (GFile *file, GByteArray *bytes, GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
  return g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
