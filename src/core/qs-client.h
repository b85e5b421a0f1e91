/* qs-client.h — A person of the directory: an internal client, or a member of staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_CLIENT (qs_client_get_type ())

G_DECLARE_FINAL_TYPE (QsClient, qs_client, QS, CLIENT, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_CLIENT_FIELD_DEPARTMENT_ID,
  QS_CLIENT_FIELD_GIVEN_NAME,
  QS_CLIENT_FIELD_FAMILY_NAME,
  QS_CLIENT_FIELD_ROLE,
  QS_CLIENT_FIELD_EMAIL,
  QS_CLIENT_FIELD_PHONE,
  QS_CLIENT_FIELD_PREFERRED_CHANNEL,
  QS_CLIENT_FIELD_LANGUAGE,
  QS_CLIENT_FIELD_AVAILABILITY,
  QS_CLIENT_FIELD_PRIVACY_PREFERENCE,
  QS_CLIENT_FIELD_SURVEY_CONSENT,
  QS_CLIENT_FIELD_IS_STAFF,
  QS_CLIENT_FIELD_NOTES,
  QS_CLIENT_FIELD_ANONYMISED_AT,
  QS_CLIENT_N_FIELDS
} QsClientField;

QsClient *qs_client_new (void);

/* The name a person is shown under: given then family name, either one
 * alone, "Anonymised person", or "" when there is no name at all. */
char     *qs_client_dup_display_name (QsClient *self);

G_END_DECLS
/* clang-format on */
