/* qs-feedback-dialog.h — recording what a client said, from any channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-context.h"

G_BEGIN_DECLS

#define QS_TYPE_FEEDBACK_DIALOG (qs_feedback_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsFeedbackDialog, qs_feedback_dialog, QS, FEEDBACK_DIALOG, AdwWindow)

GtkWidget *qs_feedback_dialog_new (QsContext *context);

G_END_DECLS
/* clang-format on */
