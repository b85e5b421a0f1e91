/* qs-welcome-window.h — the first steps on an empty database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_WELCOME_WINDOW (qs_welcome_window_get_type ())

G_DECLARE_FINAL_TYPE (QsWelcomeWindow, qs_welcome_window, QS, WELCOME_WINDOW, AdwWindow)

/* "write-charter" asks to open a charter from the model for the
 * department the steps made (its id, or NULL). */
QsWelcomeWindow *qs_welcome_window_new           (QsStore         *store,
                                                  GSettings       *settings);
/* Whether the database is empty: no department and no person. */
gboolean         qs_welcome_window_should_show   (QsStore         *store);
guint            qs_welcome_window_get_step      (QsWelcomeWindow *self);
/* What Import does once a file is chosen. */
gboolean         qs_welcome_window_import_holidays (QsWelcomeWindow *self,
                                                  GFile           *file);

G_END_DECLS
/* clang-format on */
