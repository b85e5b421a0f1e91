/* qs-change-set.h — which rows of which tables a change touched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

G_BEGIN_DECLS

#define QS_TYPE_CHANGE_SET (qs_change_set_get_type ())

/* Past this many rows of one table, a change set says "the whole table". */
#define QS_CHANGE_SET_MAX_IDS 1000

typedef struct _QsChangeSet QsChangeSet;

GType        qs_change_set_get_type       (void) G_GNUC_CONST;
QsChangeSet *qs_change_set_new            (void);
QsChangeSet *qs_change_set_ref            (QsChangeSet *self);
void         qs_change_set_unref          (QsChangeSet *self);

void         qs_change_set_add            (QsChangeSet *self,
                                           const char  *table,
                                           const char  *id);
void         qs_change_set_add_table      (QsChangeSet *self,
                                           const char  *table);
void         qs_change_set_merge          (QsChangeSet *self,
                                           QsChangeSet *other);

gboolean     qs_change_set_is_empty       (QsChangeSet *self);
gboolean     qs_change_set_has_table      (QsChangeSet *self,
                                           const char  *table);
gboolean     qs_change_set_is_whole_table (QsChangeSet *self,
                                           const char  *table);
gboolean     qs_change_set_contains       (QsChangeSet *self,
                                           const char  *table,
                                           const char  *id);
char       **qs_change_set_dup_ids        (QsChangeSet *self,
                                           const char  *table);
char       **qs_change_set_dup_tables     (QsChangeSet *self);
char        *qs_change_set_to_string      (QsChangeSet *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsChangeSet, qs_change_set_unref)

G_END_DECLS
/* clang-format on */
