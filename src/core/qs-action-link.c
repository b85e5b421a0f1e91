/* qs-action-link.c — What an improvement action comes from or acts on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-action-link.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_ACTION_LINK_FIELD_ACTION_ID] = { "action_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                       "actions" },
  [QS_ACTION_LINK_FIELD_KIND] = { "kind", QS_FIELD_ENUM, 0, qs_link_kind_get_type },
  [QS_ACTION_LINK_FIELD_TARGET_ID] = { "target_id", QS_FIELD_STRING, QS_FIELD_REQUIRED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_ACTION_LINK_N_FIELDS);

QS_DEFINE_ENTITY (QsActionLink, qs_action_link, "action_links")
