/* qs-invitation-letter.h — the message that invites a person to answer a questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-client.h"
#include "qs-survey.h"

G_BEGIN_DECLS

typedef struct
{
  char *subject;
  char *body;     /* lines ended by "\n", none longer than 76 characters but a long word */
} QsInvitationLetter;

/* The invitation of @client to @survey, in the client's language: who
 * asks (@provider_name, NULL when the questionnaire has no department),
 * until when, whether answers keep their name, and every question of
 * @questions (QsSurveyQuestion) with how to answer it, so that a reply
 * by mail can be entered as it is. */
QsInvitationLetter *qs_invitation_letter_write (QsSurvey   *survey,
                                                GPtrArray  *questions,
                                                QsClient   *client,
                                                const char *provider_name);
void                qs_invitation_letter_free  (QsInvitationLetter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsInvitationLetter, qs_invitation_letter_free)

G_END_DECLS
/* clang-format on */
