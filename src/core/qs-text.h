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
/* Accents dropped, case folded: the same in every locale. */
char *qs_text_sort_key (const char *text, gssize length);
/* <0, 0, >0 as strcmp(); by sort key, then by bytes. */
int qs_text_compare_for_sort (const char *a, int a_length, const char *b, int b_length);

G_END_DECLS
