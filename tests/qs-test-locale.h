/* qs-test-locale.h — pinning the language a test asserts on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void qs_test_use_english_utf8 (void);

G_END_DECLS
