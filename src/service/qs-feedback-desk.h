/* qs-feedback-desk.h — where feedback is recorded, from whatever channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-feedback.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Checks @feedback (qs_feedback_check()), completes it from the request
 * it is about (the provider, the client's department and, unless it is
 * anonymous, the client) and saves it. Nothing is written on error. */
gboolean qs_feedback_desk_record (QsStore     *store,
                                  QsFeedback  *feedback,
                                  gint64       now,
                                  GError     **error);

G_END_DECLS
/* clang-format on */
