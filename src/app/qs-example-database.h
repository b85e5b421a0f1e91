/* qs-example-database.h — the example organisation, in a database file of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* The example organisation in @language, in "example-fr.db" or
 * "example-en.db" under @folder, filled the first time it is asked for:
 * never in the user's own database. A fill that fails leaves no file. */
QsStore *qs_example_database_open (const char  *folder,
                                   QsLanguage   language,
                                   GError     **error);

G_END_DECLS
/* clang-format on */
