/* qs-repository-private.h — row mapping shared by the store's list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-repository.h"
#include "qs-store-private.h"

G_BEGIN_DECLS

const char *qs_repository_get_columns_sql (QsRepository *self);
QsEntity   *qs_repository_entity_from_row (QsRepository *self,
                                           sqlite3_stmt *stmt,
                                           int           first_column);
gboolean    qs_sql_bind_params            (sqlite3_stmt *stmt,
                                           int           first_index,
                                           GVariant     *params);

G_END_DECLS
/* clang-format on */
