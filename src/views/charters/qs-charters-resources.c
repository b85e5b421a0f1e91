/* qs-charters-resources.c — the Charters view's templates and style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The templates live in the application's resource bundle, which the
 * application registers at start-up. A view built without the application
 * (a test, a tool) registers it here instead, once: the view may not call
 * up into the application layer.
 */
#include "config.h"

#include <gio/gio.h>

#include "qs-charters-resources.h"
#include "qs-ui-resources.h"

void
qs_charters_ensure_resources (void)
{
  static gsize checked = 0;

  if (g_once_init_enter (&checked))
    {
      if (!g_resources_get_info (QS_CHARTERS_RESOURCE_PATH "qs-charters-view.ui",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        qs_ui_register_resource ();
      g_once_init_leave (&checked, 1);
    }
}
