/* qs-request-event.c — One change to a request: who, when, what, before and after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-request-event.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_REQUEST_EVENT_FIELD_REQUEST_ID] = { "request_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED, NULL,
                                          "requests" },
  [QS_REQUEST_EVENT_FIELD_AT] = { "at", QS_FIELD_TIMESTAMP, QS_FIELD_REQUIRED },
  [QS_REQUEST_EVENT_FIELD_ACTOR] = { "actor", QS_FIELD_STRING, 0 },
  [QS_REQUEST_EVENT_FIELD_KIND] = { "kind", QS_FIELD_ENUM, 0, qs_event_kind_get_type },
  [QS_REQUEST_EVENT_FIELD_FIELD] = { "field", QS_FIELD_STRING, 0 },
  [QS_REQUEST_EVENT_FIELD_OLD_VALUE] = { "old_value", QS_FIELD_STRING, 0 },
  [QS_REQUEST_EVENT_FIELD_NEW_VALUE] = { "new_value", QS_FIELD_STRING, 0 },
  [QS_REQUEST_EVENT_FIELD_NOTE] = { "note", QS_FIELD_STRING, 0 },
  [QS_REQUEST_EVENT_FIELD_CLIENT_TOLD] = { "client_told", QS_FIELD_BOOLEAN, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_REQUEST_EVENT_N_FIELDS);

QS_DEFINE_ENTITY (QsRequestEvent, qs_request_event, "request_events")
