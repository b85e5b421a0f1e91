/* qs-charter.c — One version of a service charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-charter.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_CHARTER_FIELD_REF] = { "ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_CHARTER_FIELD_VERSION] = { "version", QS_FIELD_INT, 0 },
  [QS_CHARTER_FIELD_STATUS] = { "status", QS_FIELD_ENUM, 0, qs_charter_status_get_type },
  [QS_CHARTER_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                       "departments" },
  [QS_CHARTER_FIELD_SERVICE_ID] = { "service_id", QS_FIELD_REFERENCE, 0, NULL, "services" },
  [QS_CHARTER_FIELD_CALENDAR_ID] = { "calendar_id", QS_FIELD_REFERENCE, 0, NULL, "calendars" },
  [QS_CHARTER_FIELD_OWNER_ID] = { "owner_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_CHARTER_FIELD_LANGUAGE] = { "language", QS_FIELD_ENUM, 0, qs_language_get_type },
  [QS_CHARTER_FIELD_TITLE_EN] = { "title_en", QS_FIELD_STRING, 0 },
  [QS_CHARTER_FIELD_TITLE_FR] = { "title_fr", QS_FIELD_STRING, 0 },
  [QS_CHARTER_FIELD_VALUES_EN] = { "values_en", QS_FIELD_STRING, 0 },
  [QS_CHARTER_FIELD_VALUES_FR] = { "values_fr", QS_FIELD_STRING, 0 },
  [QS_CHARTER_FIELD_INTRODUCTION_EN] = { "introduction_en", QS_FIELD_STRING, 0 },
  [QS_CHARTER_FIELD_INTRODUCTION_FR] = { "introduction_fr", QS_FIELD_STRING, 0 },
  [QS_CHARTER_FIELD_REVIEW_DATE] = { "review_date", QS_FIELD_DATE, 0 },
  [QS_CHARTER_FIELD_PUBLISHED_AT] = { "published_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_CHARTER_FIELD_PREVIOUS_ID] = { "previous_id", QS_FIELD_REFERENCE, 0, NULL, "charters" },
  [QS_CHARTER_FIELD_CHECKLIST] = { "checklist", QS_FIELD_STRING, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_CHARTER_N_FIELDS);

QS_DEFINE_ENTITY (QsCharter, qs_charter, "charters")
