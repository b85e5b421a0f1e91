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
#include "qs-view.h"

void
qs_charters_ensure_resources (void)
{
  qs_view_ensure_resources ();
}
