/* qs-requests-identity.c — who is using QualServ, for the history and "assigned to me"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-client.h"
#include "qs-entity.h"
#include "qs-repository.h"
#include "qs-requests-identity.h"

static QsClient *
find_me (QsStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *email = g_settings_get_string (settings, "user-email");
  g_autoptr(GPtrArray) found = NULL;

  g_strstrip (email);
  if (store == NULL || *email == '\0')
    return NULL;

  found = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_CLIENT),
                                  "email = ? COLLATE NOCASE", g_variant_new ("(s)", email),
                                  NULL, QS_QUERY_DEFAULT, NULL);
  if (found == NULL || found->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (found, 0));
}

char *
qs_requests_identity_dup_actor (QsStore *store)
{
  g_autoptr(QsClient) me = find_me (store);
  const char *real_name;

  if (me != NULL)
    {
      g_autofree char *name = qs_client_dup_display_name (me);

      if (*name != '\0')
        return g_steal_pointer (&name);
    }

  real_name = g_get_real_name ();
  if (real_name == NULL || *real_name == '\0' || g_strcmp0 (real_name, "Unknown") == 0)
    real_name = g_get_user_name ();
  return g_strdup (real_name);
}

char *
qs_requests_identity_dup_client_id (QsStore *store)
{
  g_autoptr(QsClient) me = find_me (store);

  return me != NULL ? g_strdup (qs_entity_get_id (QS_ENTITY (me))) : NULL;
}
