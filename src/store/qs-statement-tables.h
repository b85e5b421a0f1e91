/* qs-statement-tables.h — which tables a statement reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-store.h"

G_BEGIN_DECLS

/* The names of the tables @statement reads, @table among them, as a set;
 * NULL with @error set when the schema could not be read. */
GHashTable *qs_statement_tables_find (QsStore     *store,
                                      const char  *statement,
                                      const char  *table,
                                      GError     **error);

/* Whether @statement calls an SQL function of ours (qs_…), which only
 * the store's connection has. */
gboolean    qs_statement_calls_own_function (const char *statement);

G_END_DECLS
/* clang-format on */
