/* qs-action-link.h — What an improvement action comes from or acts on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_ACTION_LINK (qs_action_link_get_type ())

G_DECLARE_FINAL_TYPE (QsActionLink, qs_action_link, QS, ACTION_LINK, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_ACTION_LINK_FIELD_ACTION_ID,
  QS_ACTION_LINK_FIELD_KIND,
  QS_ACTION_LINK_FIELD_TARGET_ID,
  QS_ACTION_LINK_N_FIELDS
} QsActionLinkField;

QsActionLink *qs_action_link_new (void);

G_END_DECLS
/* clang-format on */
