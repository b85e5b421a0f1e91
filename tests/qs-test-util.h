/* qs-test-util.h — what every test program needs: temporary folders and stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "qs-store.h"

G_BEGIN_DECLS

char    *qs_test_make_tmp_dir (const char *tmpl);
void     qs_test_remove_tree  (const char *path);
QsStore *qs_test_open_store   (const char *path);
void     qs_test_save         (QsStore    *store,
                               gpointer    entity);
/* Unix microseconds of an ISO 8601 instant with its offset. */
gint64   qs_test_instant      (const char *iso);

G_END_DECLS
