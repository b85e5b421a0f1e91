/* qs-identity-dialog.h — the user picks themselves from the directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_IDENTITY_DIALOG (qs_identity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsIdentityDialog, qs_identity_dialog, QS, IDENTITY_DIALOG, AdwWindow)

QsIdentityDialog *qs_identity_dialog_new        (QsStore          *store,
                                                 GSettings        *settings);
/* Whether to ask at start: never asked, no identity, someone to pick. */
gboolean          qs_identity_dialog_should_ask (QsStore          *store,
                                                 GSettings        *settings);

G_END_DECLS
/* clang-format on */
