/* qs-new-person-dialog.h — a person added to the directory by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-client.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_NEW_PERSON_DIALOG (qs_new_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsNewPersonDialog, qs_new_person_dialog, QS, NEW_PERSON_DIALOG, AdwWindow)

/* @departments: QsDepartment offered, @department_id the one chosen first
 * (nullable). "created" (QsClient) says the person was saved. */
QsNewPersonDialog *qs_new_person_dialog_new (QsStore    *store,
                                             GPtrArray  *departments,
                                             const char *department_id);

G_END_DECLS
/* clang-format on */
