/* qs-directory-repository-private.h — what the directory repository's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* NULL, empty or only spaces. */
gboolean qs_text_is_blank (const char *s);

G_END_DECLS
