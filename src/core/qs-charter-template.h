/* qs-charter-template.h — the model charter a new charter can start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-enums.h"

G_BEGIN_DECLS

GPtrArray  *qs_charter_template_new_commitments  (void);
const char *qs_charter_template_get_values       (QsLanguage language);
const char *qs_charter_template_get_introduction (QsLanguage language);
char       *qs_charter_template_dup_title        (QsLanguage  language,
                                                  const char *department);

G_END_DECLS
/* clang-format on */
