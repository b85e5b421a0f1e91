/* qs-context.h — what every part of QualServ works with: the data, the
 * settings, the clock and who is using it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_CONTEXT (qs_context_get_type ())

G_DECLARE_FINAL_TYPE (QsContext, qs_context, QS, CONTEXT, GObject)

/* How often a context that watches looks for other programs' changes. */
#define QS_CONTEXT_WATCH_INTERVAL_MS 2000

QsContext *qs_context_new                   (QsStore     *store,
                                             GSettings   *settings);
QsStore   *qs_context_get_store             (QsContext   *self);
GSettings *qs_context_get_settings          (QsContext   *self);
QsClock   *qs_context_get_clock             (QsContext   *self);
gint64     qs_context_now                   (QsContext   *self);
GDateTime *qs_context_now_local             (QsContext   *self);
GTimeZone *qs_context_get_timezone          (QsContext   *self);
void       qs_context_set_timezone          (QsContext   *self,
                                             GTimeZone   *zone);

char      *qs_context_dup_actor             (QsContext   *self);
char      *qs_context_dup_user_client_id    (QsContext   *self);

void       qs_context_watch                 (QsContext   *self,
                                             guint        interval_ms);
gboolean   qs_context_check_foreign_changes (QsContext   *self);
void       qs_context_look_for_foreign_changes (QsContext *self);

G_END_DECLS
/* clang-format on */
