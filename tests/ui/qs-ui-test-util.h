/* qs-ui-test-util.h — what every test of real widgets needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-context.h"
#include "qs-window.h"

G_BEGIN_DECLS

/* Runs the main loop until @done, failing the test after ten seconds. */
#define QS_UI_TEST_WAIT_UNTIL(done)                                                  \
  G_STMT_START {                                                                     \
    guint qs_timeout_id =                                                            \
      g_timeout_add_seconds (qs_ui_test_wait_seconds (), qs_ui_test_timeout_cb, #done); \
    while (!(done))                                                                  \
      g_main_context_iteration (NULL, TRUE);                                         \
    g_source_remove (qs_timeout_id);                                                 \
  } G_STMT_END

/* How long QS_UI_TEST_WAIT_UNTIL waits: 10 s, or $QS_UI_TEST_WAIT_SECONDS
 * under a slow tool (valgrind). */
guint      qs_ui_test_wait_seconds (void);
void       qs_ui_test_init        (int        *argc,
                                   char     ***argv);
gboolean   qs_ui_test_timeout_cb  (gpointer    user_data);
void       qs_ui_test_drain       (void);
GtkWidget *qs_ui_test_find_widget (GtkWidget  *widget,
                                   GType       type);
void       qs_ui_test_find_all    (GtkWidget  *widget,
                                   GType       type,
                                   GPtrArray  *found);
gpointer   qs_ui_test_find_toplevel (GType    type,
                                     gboolean visible_only);
gboolean   qs_ui_test_has_shortcut (GtkWidget  *widget,
                                    const char *accelerator,
                                    const char *action_name,
                                    const char *argument);
/* A context over @store (nullable) with the application's settings, as
 * the application makes it. */
QsContext *qs_ui_test_context_new (QsStore  *store);
/* A main window over a new context on @store (nullable). */
QsWindow  *qs_ui_test_window_new  (QsStore  *store);

G_END_DECLS
/* clang-format on */
