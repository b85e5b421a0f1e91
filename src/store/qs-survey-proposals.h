/* qs-survey-proposals.h — whom to ask about their closed request, and why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-request.h"
#include "qs-store.h"
#include "qs-survey-fatigue.h"

G_BEGIN_DECLS

/* What the fatigue rules say of one closed request. */
typedef struct
{
  char                 *request_id;
  char                 *request_ref;
  char                 *client_id;  /* NULL when the request is confidential or anonymous */
  char                 *language;   /* the client's, "fr" or "en"; NULL as client_id */
  gint64                closed_at;
  gint64                asked_at;   /* when the client was asked about it; 0: not yet */
  QsSurveyFatigueRules  rules;      /* the providing department's */
  QsSurveyProposal      proposal;
  QsBusinessHours      *hours;      /* the request's calendar */
} QsSurveyProposalRow;

void                 qs_survey_proposal_row_free     (QsSurveyProposalRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsSurveyProposalRow, qs_survey_proposal_row_free)

/* The rules' answer for @request_id, closed; NULL with QS_ERROR_INVALID
 * when it is not closed, or another error when it cannot be read. */
QsSurveyProposalRow *qs_survey_proposals_for_request (QsStore             *store,
                                                      const char          *request_id,
                                                      GError             **error);

/* The requests closed from @from to before @to, earliest first, each
 * with the rules' answer: a GPtrArray of QsSurveyProposalRow. */
GPtrArray           *qs_survey_proposals_closed_between (QsStore          *store,
                                                      gint64               from,
                                                      gint64               to,
                                                      GError             **error);

/* Records that @request's client was asked about it at @at, with a
 * history event. Refused with a sentence when the request is not
 * closed, has no named client or was asked about already. */
gboolean             qs_survey_proposals_mark_asked  (QsStore             *store,
                                                      QsRequest           *request,
                                                      gint64               at,
                                                      const char          *actor,
                                                      gint64               now,
                                                      GError             **error);

G_END_DECLS
/* clang-format on */
