/* qs-survey-invitation.c — A person invited to answer a questionnaire, in their language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-entity-private.h"
#include "qs-enum-types.h"
#include "qs-survey-invitation.h"

static const QsField fields[] = {
  [QS_SURVEY_INVITATION_FIELD_SURVEY_ID] = { "survey_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                             NULL, "surveys" },
  [QS_SURVEY_INVITATION_FIELD_CLIENT_ID] = { "client_id", QS_FIELD_REFERENCE, QS_FIELD_REQUIRED,
                                             NULL, "clients" },
  [QS_SURVEY_INVITATION_FIELD_LANGUAGE] = { "language", QS_FIELD_ENUM, 0, qs_language_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_SURVEY_INVITATION_N_FIELDS);

QS_DEFINE_ENTITY (QsSurveyInvitation, qs_survey_invitation, "survey_invitations")
