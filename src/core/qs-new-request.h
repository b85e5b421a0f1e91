/* qs-new-request.h — what a person types to create a request, and what it is promised
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request is created against the commitments of its provider's
 * published charter (qs-commitment-match.h): their delays, counted on the
 * provider's business calendar from the moment the request is received,
 * give the acknowledgement and resolution due dates, which are stored
 * with it — they are the promise, and a calendar changed later does not
 * rewrite them.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-business-hours.h"
#include "qs-charter.h"
#include "qs-client.h"
#include "qs-commitment.h"
#include "qs-enums.h"
#include "qs-request.h"

G_BEGIN_DECLS

typedef struct
{
  const char     *client_id;       /* may be NULL (anonymous suggestion box) */
  const char     *department_id;   /* the providing department; NULL: the client's
                                      charter-holding provider is not guessed, it is required */
  QsChannel       channel;
  QsRequestKind   kind;
  QsProblem       problem;
  QsPriority      priority;
  const char     *subject;
  const char     *description;
  gboolean        confidential;
  gint64          received_at;     /* 0: now */
} QsNewRequest;

/* What can be checked without the data: a subject, a department, values
 * of the channel, kind, problem and priority lists. QS_ERROR_INVALID
 * with a sentence naming the field otherwise. */
gboolean    qs_new_request_check          (const QsNewRequest *input,
                                           GError            **error);

/* The language of the letters: the client's, else the language of
 * @charter (the provider's current one), else French. */
QsLanguage  qs_new_request_language       (QsClient           *client,
                                           QsCharter          *charter);

/* The request to store, not yet numbered: received at @input's time (or
 * @now), its due dates @ack's and @resolution's delays after that on
 * @hours (none without a commitment or without a clock), its status
 * "received". @client, @ack, @resolution, @calendar_id and @hours may be
 * NULL. */
QsRequest  *qs_new_request_build          (const QsNewRequest *input,
                                           QsClient           *client,
                                           QsCommitment       *ack,
                                           QsCommitment       *resolution,
                                           const char         *calendar_id,
                                           QsBusinessHours    *hours,
                                           QsLanguage          language,
                                           gint64              now);

/* The year of a reference REQ-YYYY-NNNNN: the year @request was received
 * where its provider is (the zone of @hours; UTC without a clock). */
int         qs_new_request_reference_year (QsRequest          *request,
                                           QsBusinessHours    *hours);

G_END_DECLS
/* clang-format on */
