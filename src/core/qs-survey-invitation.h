/* qs-survey-invitation.h — A person invited to answer a questionnaire, in their language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_INVITATION (qs_survey_invitation_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyInvitation, qs_survey_invitation, QS, SURVEY_INVITATION, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_SURVEY_INVITATION_FIELD_SURVEY_ID,
  QS_SURVEY_INVITATION_FIELD_CLIENT_ID,
  QS_SURVEY_INVITATION_FIELD_LANGUAGE,
  QS_SURVEY_INVITATION_N_FIELDS
} QsSurveyInvitationField;

QsSurveyInvitation *qs_survey_invitation_new (void);

G_END_DECLS
/* clang-format on */
