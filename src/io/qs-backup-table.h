/* qs-backup-table.h — turns the rows of one table of a backup into entities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <json-glib/json-glib.h>

#include "qs-entity.h"

G_BEGIN_DECLS

typedef struct _QsBackupTable QsBackupTable;

QsBackupTable *qs_backup_table_new           (GType            entity_type);
void           qs_backup_table_free          (QsBackupTable   *self);

QsEntity      *qs_backup_table_read_row      (QsBackupTable   *self,
                                              JsonNode        *row,
                                              const char     **id,
                                              const char     **column,
                                              GError         **error);

const char    *qs_backup_table_describe_node (JsonNode        *node);
gboolean       qs_backup_table_node_holds    (JsonNode        *node,
                                              GType            type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsBackupTable, qs_backup_table_free)

G_END_DECLS
/* clang-format on */
