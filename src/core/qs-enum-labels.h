/* qs-enum-labels.h — the words a person reads for each enumerated value, and its nick
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-enums.h"

G_BEGIN_DECLS

QsLanguage  qs_interface_language (void);
const char *qs_enum_label        (GType enum_type,
                                  int   value);
const char *qs_enum_label_untranslated (GType enum_type,
                                  int   value);
const char *qs_enum_nick         (GType       enum_type,
                                  int         value);
int         qs_enum_from_nick    (GType       enum_type,
                                  const char *nick);

G_END_DECLS
/* clang-format on */
