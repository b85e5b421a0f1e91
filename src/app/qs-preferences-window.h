/* qs-preferences-window.h — the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_PREFERENCES_WINDOW (qs_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (QsPreferencesWindow, qs_preferences_window, QS, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

QsPreferencesWindow *qs_preferences_window_new       (QsStore             *store);
QsStore             *qs_preferences_window_get_store (QsPreferencesWindow *self);

G_END_DECLS
/* clang-format on */
