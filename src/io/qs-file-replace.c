/* qs-file-replace.c — a written file that replaces the old one only once complete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports write through g_file_replace(), which writes beside the
 * destination and renames on close. Closing with a cancelled
 * GCancellable drops what was written instead: the old file (or none)
 * remains, never half a file.
 */
#include "config.h"

#include "qs-file-replace.h"

/* Drops what was written to @stream, leaving its destination as it was. */
void
qs_file_replace_abandon (GFileOutputStream *stream)
{
  g_autoptr (GCancellable) abandon = g_cancellable_new ();

  if (g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
    return;
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
}

/* Closes @stream, renaming the new file into place; or, when @ok is
 * FALSE (what was written is incomplete), abandons it and returns FALSE
 * without touching @error. */
gboolean
qs_file_replace_finish (GFileOutputStream *stream, gboolean ok, GError **error)
{
  if (ok)
    return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
  qs_file_replace_abandon (stream);
  return FALSE;
}
