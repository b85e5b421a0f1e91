/* qs-feedback.c — A piece of feedback: a rating, a comment, a barometer answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-feedback.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_FEEDBACK_FIELD_SOURCE] = { "source", QS_FIELD_ENUM, 0, qs_feedback_source_get_type },
  [QS_FEEDBACK_FIELD_DEPARTMENT_ID] = { "department_id", QS_FIELD_REFERENCE, 0, NULL,
                                        "departments" },
  [QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID] = { "provider_department_id", QS_FIELD_REFERENCE, 0,
                                                 NULL, "departments" },
  [QS_FEEDBACK_FIELD_CLIENT_ID] = { "client_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_FEEDBACK_FIELD_REQUEST_ID] = { "request_id", QS_FIELD_REFERENCE, 0, NULL, "requests" },
  [QS_FEEDBACK_FIELD_SURVEY_ID] = { "survey_id", QS_FIELD_REFERENCE, 0, NULL, "surveys" },
  [QS_FEEDBACK_FIELD_RECEIVED_AT] = { "received_at", QS_FIELD_TIMESTAMP, QS_FIELD_REQUIRED },
  [QS_FEEDBACK_FIELD_RATING] = { "rating", QS_FIELD_INT, 0 },
  [QS_FEEDBACK_FIELD_EXPECTED_SCORE] = { "expected_score", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_FEEDBACK_FIELD_PERCEIVED_SCORE] = { "perceived_score", QS_FIELD_DOUBLE, QS_FIELD_OPTIONAL },
  [QS_FEEDBACK_FIELD_COMMENT] = { "comment", QS_FIELD_STRING, 0 },
  [QS_FEEDBACK_FIELD_ANONYMOUS] = { "anonymous", QS_FIELD_BOOLEAN, 0 },
  [QS_FEEDBACK_FIELD_LANGUAGE] = { "language", QS_FIELD_ENUM, 0, qs_language_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_FEEDBACK_N_FIELDS);

QS_DEFINE_ENTITY (QsFeedback, qs_feedback, "feedback")
