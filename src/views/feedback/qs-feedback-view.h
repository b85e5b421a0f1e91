/* qs-feedback-view.h — the Feedback view: what clients said, through every channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-feedback.h"
#include "qs-view.h"

G_BEGIN_DECLS

#define QS_TYPE_FEEDBACK_VIEW (qs_feedback_view_get_type ())

G_DECLARE_FINAL_TYPE (QsFeedbackView, qs_feedback_view, QS, FEEDBACK_VIEW, QsView)

GListModel *qs_feedback_view_get_list     (QsFeedbackView *self);
QsFeedback *qs_feedback_view_get_shown    (QsFeedbackView *self);

G_END_DECLS
/* clang-format on */
