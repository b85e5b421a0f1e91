/* qs-window.h — the main window: a header bar, five views and toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-context.h"
#include "qs-store.h"
#include "qs-escalation-scanner.h"

G_BEGIN_DECLS

#define QS_TYPE_WINDOW (qs_window_get_type ())

G_DECLARE_FINAL_TYPE (QsWindow, qs_window, QS, WINDOW, AdwApplicationWindow)

QsWindow   *qs_window_new            (GtkApplication *application,
                                      QsContext      *context);
QsContext  *qs_window_get_context    (QsWindow       *self);
void        qs_window_set_context    (QsWindow       *self,
                                      QsContext      *context);
QsStore    *qs_window_get_store      (QsWindow       *self);
char      **qs_window_dup_page_names (void);
void        qs_window_show_error     (QsWindow       *self,
                                      const GError   *error);
const char *qs_window_get_view       (QsWindow       *self);
const char *qs_window_get_help_page  (QsWindow       *self);
QsEscalationScanner *qs_window_get_escalation_scanner (QsWindow *self);
GtkWindow  *qs_window_ask_identity   (QsWindow       *self);
void        qs_window_add_toast      (QsWindow       *self,
                                      AdwToast       *toast);

void        qs_window_set_exploring  (QsWindow       *self,
                                      gboolean        exploring);
gboolean    qs_window_get_exploring  (QsWindow       *self);
GtkWindow  *qs_window_welcome        (QsWindow       *self,
                                      gboolean        always);

G_END_DECLS
/* clang-format on */
