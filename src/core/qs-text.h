/* qs-text.h — what every layer asks of a text a person typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text (nullable) holds nothing but white space, Unicode's
 * included (a no-break space is no title). */
gboolean qs_text_is_blank (const char *text);

G_END_DECLS
