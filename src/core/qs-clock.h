/* qs-clock.h — "now", as the application and its tests decide it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

G_BEGIN_DECLS

#define QS_TYPE_CLOCK (qs_clock_get_type ())

G_DECLARE_FINAL_TYPE (QsClock, qs_clock, QS, CLOCK, GObject)

QsClock   *qs_clock_new           (void);
QsClock   *qs_clock_new_fixed     (gint64     now);
gint64     qs_clock_get_now       (QsClock   *self);
GDateTime *qs_clock_get_now_local (QsClock   *self);
GDateTime *qs_clock_get_now_in    (QsClock   *self,
                                   GTimeZone *zone);
gboolean   qs_clock_is_fixed      (QsClock   *self);
void       qs_clock_set_now       (QsClock   *self,
                                   gint64     now);
void       qs_clock_advance       (QsClock   *self,
                                   gint64     usec);

G_END_DECLS
/* clang-format on */
