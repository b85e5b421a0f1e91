/* qs-service.h — A service a providing department offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_SERVICE (qs_service_get_type ())

G_DECLARE_FINAL_TYPE (QsService, qs_service, QS, SERVICE, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SERVICE_FIELD_DEPARTMENT_ID,
  QS_SERVICE_FIELD_REF,
  QS_SERVICE_FIELD_NAME,
  QS_SERVICE_FIELD_DESCRIPTION,
  QS_SERVICE_N_FIELDS
} QsServiceField;

QsService *qs_service_new (void);

G_END_DECLS
/* clang-format on */
