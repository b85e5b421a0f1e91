/* qs-new-request-dialog.h — a new request in a few keystrokes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-context.h"

G_BEGIN_DECLS

#define QS_TYPE_NEW_REQUEST_DIALOG (qs_new_request_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsNewRequestDialog, qs_new_request_dialog, QS, NEW_REQUEST_DIALOG, AdwWindow)

GtkWidget *qs_new_request_dialog_new (GtkWindow *parent,
                                      QsContext *context);

G_END_DECLS
/* clang-format on */
