/* qs-action-repository.c — improvement actions: their references and what they were born from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "qs-action-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"

/* The next number of @year's references, after the highest used. */
static gint64
next_number (QsStore *store, int year, GError **error)
{
  g_autofree char *pattern = g_strdup_printf ("ACT-%d-*", year);
  g_autoptr (GPtrArray) actions =
    qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_ACTION), "ref GLOB ?",
                            g_variant_new ("(s)", pattern), NULL, QS_QUERY_INCLUDE_DELETED, error);
  gint64 highest = 0;

  if (actions == NULL)
    return -1;
  for (guint i = 0; i < actions->len; i++)
    {
      const char *ref = qs_entity_get_string (g_ptr_array_index (actions, i), QS_ACTION_FIELD_REF);
      gint64      number = g_ascii_strtoll (ref + strlen ("ACT-0000-"), NULL, 10);

      highest = MAX (highest, number);
    }
  return highest + 1;
}

gboolean
qs_action_repository_create_linked (QsStore    *store,
                                    QsAction   *action,
                                    int         year,
                                    QsLinkKind  kind,
                                    const char *target_id,
                                    GError    **error)
{
  g_autoptr (QsActionLink) link = qs_action_link_new ();
  g_autofree char *ref = NULL;
  gint64           number;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_ACTION (action), FALSE);

  if (!qs_store_begin (store, error))
    return FALSE;
  number = next_number (store, year, error);
  if (number < 0)
    goto fail;
  ref = g_strdup_printf ("ACT-%d-%03" G_GINT64_FORMAT, year, number);
  qs_entity_set_string (QS_ENTITY (action), QS_ACTION_FIELD_REF, ref);
  if (!qs_repository_save (qs_store_get_repository (store, QS_TYPE_ACTION), QS_ENTITY (action),
                           error))
    goto fail;
  qs_entity_set_string (QS_ENTITY (link), QS_ACTION_LINK_FIELD_ACTION_ID,
                        qs_entity_get_id (QS_ENTITY (action)));
  qs_entity_set_enum (QS_ENTITY (link), QS_ACTION_LINK_FIELD_KIND, kind);
  qs_entity_set_string (QS_ENTITY (link), QS_ACTION_LINK_FIELD_TARGET_ID, target_id);
  if (!qs_repository_save (qs_store_get_repository (store, QS_TYPE_ACTION_LINK), QS_ENTITY (link),
                           error))
    goto fail;
  return qs_store_commit (store, error);

fail:
  qs_store_rollback (store);
  return FALSE;
}

GPtrArray *
qs_action_repository_find_linked (QsStore    *store,
                                  QsLinkKind  kind,
                                  const char *target_id,
                                  GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  return qs_repository_find_all (
    qs_store_get_repository (store, QS_TYPE_ACTION),
    "id IN (SELECT action_id FROM action_links WHERE deleted_at IS NULL AND kind = ? AND "
    "target_id = ?)",
    g_variant_new ("(ss)", qs_enum_nick (QS_TYPE_LINK_KIND, kind), target_id), "created_at",
    QS_QUERY_DEFAULT, error);
}
