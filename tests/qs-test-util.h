/* qs-test-util.h — what every test program needs: temporary folders and stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-store.h"

G_BEGIN_DECLS

/* The instant every test store's clock shows unless the test sets another:
 * a Wednesday, 10:00 in Toronto and 16:00 in Paris, in business hours. */
#define QS_TEST_NOW_ISO "2026-11-18T15:00:00Z"

/* The weekly hours most test calendars have: Monday to Friday,
 * 08:30–12:00 and 13:00–16:30 (7 business hours a day). */
#define QS_TEST_OFFICE_HOURS                                                                       \
  "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"                                       \
  "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30"

char    *qs_test_make_tmp_dir (const char *tmpl);
void     qs_test_remove_tree  (const char *path);
QsStore *qs_test_open_store   (const char *path);
void     qs_test_save         (QsStore    *store,
                               gpointer    entity);
void     qs_test_set_elsewhere (const char *path,
                                GType       type,
                                const char *id,
                                guint       field,
                                const char *value,
                                const char *iso);
/* Unix microseconds of an ISO 8601 instant with its offset. */
gint64   qs_test_instant      (const char *iso);
gint64   qs_test_now          (void);
void     qs_test_pin_clock    (QsStore    *store,
                               gint64      now);

G_END_DECLS
/* clang-format on */
