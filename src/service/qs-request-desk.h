/* qs-request-desk.h — where requests are received: what they are promised, their letter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The use cases of a request that need both the data and a rule: which
 * commitments apply to it (qs-commitment-match.h), its creation with the
 * due dates they promise (qs-new-request.h), the explanation of its
 * deadline (qs-deadline-explanation.h) and the letter that acknowledges
 * it (qs-acknowledgement-letter.h). The desk asks the repositories for
 * the data and applies the rule; the repositories only load and save.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-commitment.h"
#include "qs-new-request.h"
#include "qs-request.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_REQUEST_DESK (qs_request_desk_get_type ())

G_DECLARE_FINAL_TYPE (QsRequestDesk, qs_request_desk, QS, REQUEST_DESK, GObject)

QsRequestDesk *qs_request_desk_new                  (QsStore            *store);
QsStore       *qs_request_desk_get_store            (QsRequestDesk      *self);

/* The commitments of the provider's published charter that apply to a
 * request of @channel and @kind (qs_commitment_match()). Either out
 * value may be NULL. Finding none is not an error. */
gboolean       qs_request_desk_match_commitments    (QsRequestDesk      *self,
                                                     const char         *department_id,
                                                     QsChannel           channel,
                                                     QsRequestKind       kind,
                                                     QsCommitment      **ack_commitment,
                                                     QsCommitment      **resolution_commitment,
                                                     GError            **error);

/* Checks @input (sentences naming the field), matches the commitments,
 * stores the acknowledgement and resolution due dates from the received
 * time and the provider's calendar, gives the next reference
 * REQ-YYYY-NNNNN and writes the "created" event. @actor is who, @now
 * when (Unix microseconds). Returns the new request, or NULL with @error
 * set and nothing written. */
QsRequest     *qs_request_desk_create               (QsRequestDesk      *self,
                                                     const QsNewRequest *input,
                                                     const char         *actor,
                                                     gint64              now,
                                                     GError            **error);

/* The resolution deadline explained in @language, from the commitment,
 * the calendar, the pause/resume and extension events and the stored due
 * date. */
char          *qs_request_desk_explain              (QsRequestDesk      *self,
                                                     QsRequest          *request,
                                                     QsLanguage          language,
                                                     GError            **error);

/* The acknowledgement letter in the request's language (the client's). */
char          *qs_request_desk_acknowledgement_text (QsRequestDesk      *self,
                                                     QsRequest          *request,
                                                     GError            **error);

G_END_DECLS
/* clang-format on */
