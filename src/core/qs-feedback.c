/* qs-feedback.c — A piece of feedback: a rating, a comment, a barometer answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-entity-private.h"
#include "qs-enum-types.h"
#include "qs-enums.h"
#include "qs-error.h"
#include "qs-feedback.h"

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
  [QS_FEEDBACK_FIELD_COMPLAINT_ID] = { "complaint_id", QS_FIELD_REFERENCE, 0, NULL, "requests" },
  /* Personal: through the answer's response, it may lead to a person. */
  [QS_FEEDBACK_FIELD_SURVEY_ANSWER_ID] = { "survey_answer_id", QS_FIELD_REFERENCE,
                                           QS_FIELD_PERSONAL, NULL, "survey_answers" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_FEEDBACK_N_FIELDS);

QS_DEFINE_ENTITY (QsFeedback, qs_feedback, "feedback")

/* A day in microseconds: feedback dated later than the day after @now is
 * a slip of the calendar, whatever the time zone it was entered in. */
#define DAY_USEC (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

/**
 * qs_feedback_check:
 * @now: Unix microseconds
 *
 * What a person must say for a piece of feedback to be kept: the
 * department it is about, when it was received (not in the future), a
 * comment or a rating of 1 to 5, and for the answer after a request, the
 * request. Each refusal is a sentence naming the field.
 */
gboolean
qs_feedback_check (QsFeedback *self, gint64 now, GError **error)
{
  QsEntity   *entity = QS_ENTITY (self);
  const char *provider = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID);
  const char *request = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_REQUEST_ID);
  const char *comment = qs_entity_get_string (entity, QS_FEEDBACK_FIELD_COMMENT);
  gint64      rating = qs_entity_get_int (entity, QS_FEEDBACK_FIELD_RATING);
  g_autofree char *words = g_strstrip (g_strdup (comment != NULL ? comment : ""));

  g_return_val_if_fail (QS_IS_FEEDBACK (self), FALSE);

  if (provider == NULL || *provider == '\0')
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Choose the department the feedback is about."));
      return FALSE;
    }
  if (qs_entity_get_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT) > now + DAY_USEC)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The date received is in the future: give the day it came in."));
      return FALSE;
    }
  if (rating < 0 || rating > 5)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("A rating is from 1 (very poor) to 5 (excellent)."));
      return FALSE;
    }
  if (*words == '\0' && rating == 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Write what was said, or give a rating."));
      return FALSE;
    }
  if (qs_entity_get_enum (entity, QS_FEEDBACK_FIELD_SOURCE) == QS_FEEDBACK_SOURCE_AFTER_REQUEST &&
      (request == NULL || *request == '\0'))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Give the reference of the request this answer is about."));
      return FALSE;
    }
  return TRUE;
}
