/* qs-client.c — A person of the directory: an internal client, or a member of staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-client.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_CLIENT_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL, "departments" },
  [QS_CLIENT_FIELD_GIVEN_NAME] = { "given_name", QS_FIELD_STRING, QS_FIELD_PERSONAL },
  [QS_CLIENT_FIELD_FAMILY_NAME] = { "family_name", QS_FIELD_STRING, QS_FIELD_PERSONAL },
  [QS_CLIENT_FIELD_ROLE] = { "role", QS_FIELD_STRING, 0 },
  [QS_CLIENT_FIELD_EMAIL] = { "email", QS_FIELD_STRING, QS_FIELD_PERSONAL },
  [QS_CLIENT_FIELD_PHONE] = { "phone", QS_FIELD_STRING, QS_FIELD_PERSONAL },
  [QS_CLIENT_FIELD_PREFERRED_CHANNEL] = { "preferred_channel", QS_FIELD_ENUM, 0,
                                          qs_channel_get_type },
  [QS_CLIENT_FIELD_LANGUAGE] = { "language", QS_FIELD_ENUM, 0, qs_language_get_type },
  [QS_CLIENT_FIELD_AVAILABILITY] = { "availability", QS_FIELD_STRING, QS_FIELD_PERSONAL },
  [QS_CLIENT_FIELD_PRIVACY_PREFERENCE] = { "privacy_preference", QS_FIELD_STRING,
                                           QS_FIELD_PERSONAL },
  [QS_CLIENT_FIELD_SURVEY_CONSENT] = { "survey_consent", QS_FIELD_BOOLEAN, 0 },
  [QS_CLIENT_FIELD_IS_STAFF] = { "is_staff", QS_FIELD_BOOLEAN, 0 },
  [QS_CLIENT_FIELD_NOTES] = { "notes", QS_FIELD_STRING, QS_FIELD_PERSONAL },
  [QS_CLIENT_FIELD_ANONYMISED_AT] = { "anonymised_at", QS_FIELD_TIMESTAMP, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_CLIENT_N_FIELDS);

QS_DEFINE_ENTITY (QsClient, qs_client, "clients")

char *
qs_client_dup_display_name (QsClient *self)
{
  QsEntity   *entity = QS_ENTITY (self);
  const char *given = qs_entity_get_string (entity, QS_CLIENT_FIELD_GIVEN_NAME);
  const char *family = qs_entity_get_string (entity, QS_CLIENT_FIELD_FAMILY_NAME);

  g_return_val_if_fail (QS_IS_CLIENT (self), NULL);

  if (qs_entity_get_int (entity, QS_CLIENT_FIELD_ANONYMISED_AT) != 0)
    return g_strdup (_ ("Anonymised person"));
  if (given != NULL && *given == '\0')
    given = NULL;
  if (family != NULL && *family == '\0')
    family = NULL;
  if (given != NULL && family != NULL)
    /* Translators: a person's given name, then family name */
    return g_strdup_printf (C_ ("person", "%s %s"), given, family);
  return g_strdup (given != NULL ? given : family != NULL ? family : "");
}
