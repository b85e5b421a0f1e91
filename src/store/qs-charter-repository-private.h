/* qs-charter-repository-private.h — what the charter repository's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-charter-repository.h"

G_BEGIN_DECLS

gboolean  qs_charter_repository_refuse_frozen_id (QsStore     *store,
                                                  const char  *charter_id,
                                                  GError     **error);
QsCharter *qs_charter_repository_find_charter    (QsStore     *store,
                                                  const char  *charter_id,
                                                  GError     **error);
const char *qs_charter_repository_commitment_order (void);

G_END_DECLS
/* clang-format on */
