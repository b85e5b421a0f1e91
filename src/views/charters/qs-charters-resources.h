/* qs-charters-resources.h — the Charters view's templates and style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define QS_CHARTERS_RESOURCE_PATH "/org/example/QualServ/charters/"

void qs_charters_ensure_resources (void);

G_END_DECLS
