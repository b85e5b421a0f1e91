/* qs-action-repository.h — improvement actions: their references and what they were born from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Saves @action, new, with the next reference of @year (ACT-2026-001,
 * ACT-2026-002…) and a link to what it was born from (@kind, @target_id),
 * in one transaction. */
gboolean   qs_action_repository_create_linked (QsStore      *store,
                                               QsAction     *action,
                                               int           year,
                                               QsLinkKind    kind,
                                               const char   *target_id,
                                               GError      **error);
/* The live actions linked to @target_id as @kind, oldest first: QsAction. */
GPtrArray *qs_action_repository_find_linked   (QsStore      *store,
                                               QsLinkKind    kind,
                                               const char   *target_id,
                                               GError      **error);

G_END_DECLS
/* clang-format on */
