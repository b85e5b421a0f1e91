/* qs-charter-change.h — one difference in commitments between two charter versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_TYPE_CHARTER_CHANGE (qs_charter_change_get_type ())

G_DECLARE_FINAL_TYPE (QsCharterChange, qs_charter_change, QS, CHARTER_CHANGE, GObject)

QsCharterChange *qs_charter_change_new             (QsChangeKind     kind,
                                                    QsCategory       category,
                                                    const char      *description,
                                                    const char      *old_text,
                                                    const char      *new_text);

QsChangeKind     qs_charter_change_get_kind        (QsCharterChange *self);
QsCategory       qs_charter_change_get_category    (QsCharterChange *self);
const char      *qs_charter_change_get_description (QsCharterChange *self);
const char      *qs_charter_change_get_old_text    (QsCharterChange *self);
const char      *qs_charter_change_get_new_text    (QsCharterChange *self);

G_END_DECLS
/* clang-format on */
