/* qs-service.c — A service a providing department offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-service.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_SERVICE_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                       "departments" },
  [QS_SERVICE_FIELD_REF] = { "ref", QS_FIELD_STRING, 0 },
  [QS_SERVICE_FIELD_NAME] = { "name", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_SERVICE_FIELD_DESCRIPTION] = { "description", QS_FIELD_STRING, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SERVICE_N_FIELDS);

QS_DEFINE_ENTITY (QsService, qs_service, "services")
