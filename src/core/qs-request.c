/* qs-request.c — A request, complaint, suggestion or compliment from an internal client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-request.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_REQUEST_FIELD_REF] = { "ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_REQUEST_FIELD_KIND] = { "kind", QS_FIELD_ENUM, 0, qs_request_kind_get_type },
  [QS_REQUEST_FIELD_CHANNEL] = { "channel", QS_FIELD_ENUM, 0, qs_channel_get_type },
  [QS_REQUEST_FIELD_CLIENT_ID] = { "client_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID] = { "origin_department_id", QS_FIELD_REFERENCE, 0, NULL,
                                              "departments" },
  [QS_REQUEST_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL,
                                       "departments" },
  [QS_REQUEST_FIELD_COMMITMENT_ID] = { "commitment_id", QS_FIELD_REFERENCE, 0, NULL,
                                       "commitments" },
  [QS_REQUEST_FIELD_ACK_COMMITMENT_ID] = { "ack_commitment_id", QS_FIELD_REFERENCE, 0, NULL,
                                           "commitments" },
  [QS_REQUEST_FIELD_CALENDAR_ID] = { "calendar_id", QS_FIELD_REFERENCE, 0, NULL, "calendars" },
  [QS_REQUEST_FIELD_PROBLEM] = { "problem", QS_FIELD_ENUM, 0, qs_problem_get_type },
  [QS_REQUEST_FIELD_SUBJECT] = { "subject", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_REQUEST_FIELD_DESCRIPTION] = { "description", QS_FIELD_STRING, 0 },
  [QS_REQUEST_FIELD_PRIORITY] = { "priority", QS_FIELD_ENUM, 0, qs_priority_get_type },
  [QS_REQUEST_FIELD_CONFIDENTIAL] = { "confidential", QS_FIELD_BOOLEAN, 0 },
  [QS_REQUEST_FIELD_STATUS] = { "status", QS_FIELD_ENUM, 0, qs_request_status_get_type },
  [QS_REQUEST_FIELD_LANGUAGE] = { "language", QS_FIELD_ENUM, 0, qs_language_get_type },
  [QS_REQUEST_FIELD_RECEIVED_AT] = { "received_at", QS_FIELD_TIMESTAMP, QS_FIELD_REQUIRED },
  [QS_REQUEST_FIELD_ACKNOWLEDGED_AT] = { "acknowledged_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_REQUEST_FIELD_RESOLVED_AT] = { "resolved_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_REQUEST_FIELD_CLIENT_INFORMED_AT] = { "client_informed_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_REQUEST_FIELD_CLOSED_AT] = { "closed_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_REQUEST_FIELD_ACK_DUE_AT] = { "ack_due_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_REQUEST_FIELD_RESOLUTION_DUE_AT] = { "resolution_due_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_REQUEST_FIELD_PAUSED_AT] = { "paused_at", QS_FIELD_TIMESTAMP, 0 },
  [QS_REQUEST_FIELD_ASSIGNEE_ID] = { "assignee_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_REQUEST_FIELD_ESCALATION_LEVEL] = { "escalation_level", QS_FIELD_INT, 0 },
  [QS_REQUEST_FIELD_RESOLUTION] = { "resolution", QS_FIELD_STRING, 0 },
  [QS_REQUEST_FIELD_REJECT_REASON] = { "reject_reason", QS_FIELD_STRING, 0 },
  [QS_REQUEST_FIELD_HANDLING_GUIDE] = { "handling_guide", QS_FIELD_STRING, 0 },
  [QS_REQUEST_FIELD_SURVEY_ASKED_AT] = { "survey_asked_at", QS_FIELD_TIMESTAMP, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_REQUEST_N_FIELDS);

QS_DEFINE_ENTITY (QsRequest, qs_request, "requests")
