/* qs-service-recipient.c — A department that receives a service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-service-recipient.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_SERVICE_RECIPIENT_FIELD_SERVICE_ID] = { "service_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                              NULL, "services" },
  [QS_SERVICE_RECIPIENT_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE,
                                                 QS_FIELD_REQUIRED, NULL, "departments" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SERVICE_RECIPIENT_N_FIELDS);

QS_DEFINE_ENTITY (QsServiceRecipient, qs_service_recipient, "service_recipients")
