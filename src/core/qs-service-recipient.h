/* qs-service-recipient.h — A department that receives a service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_SERVICE_RECIPIENT (qs_service_recipient_get_type ())

G_DECLARE_FINAL_TYPE (QsServiceRecipient, qs_service_recipient, QS, SERVICE_RECIPIENT, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SERVICE_RECIPIENT_FIELD_SERVICE_ID,
  QS_SERVICE_RECIPIENT_FIELD_DEPARTMENT_ID,
  QS_SERVICE_RECIPIENT_N_FIELDS
} QsServiceRecipientField;

QsServiceRecipient *qs_service_recipient_new (void);

G_END_DECLS
/* clang-format on */
