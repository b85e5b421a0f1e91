/* qs-request-repository.h — handling requests: creation, the lifecycle, the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function that changes a request writes the request row and its
 * event rows in one transaction: either all of it is stored or nothing.
 * @actor is the name recorded as "who" in events; @now is the instant
 * recorded as "when" (Unix microseconds; tests pass fixed instants).
 */
#pragma once

#include "qs-business-hours.h"
#include "qs-client.h"
#include "qs-commitment.h"
#include "qs-enums.h"
#include "qs-request.h"
#include "qs-request-event.h"
#include "qs-request-lifecycle.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* What a person types to create a request. */
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
  gint64          received_at;     /* 0: @now */
} QsNewRequest;

/* The commitments of the provider's current published charter that
 * apply to a request of @channel and @kind: a commitment of the exact
 * channel wins over an "any" one; request_kinds NULL means every kind;
 * then the lowest position. Either out value may be set to NULL. */
gboolean    qs_request_repository_match_commitments (QsStore        *store,
                                                     const char     *department_id,
                                                     QsChannel       channel,
                                                     QsRequestKind   kind,
                                                     QsCommitment  **ack_commitment,
                                                     QsCommitment  **resolution_commitment,
                                                     GError        **error);

/* The business clock of a department: its own calendar, else its
 * charter's, else the calendar with ref @default_calendar_ref, else the
 * first calendar. Cached by the store until a calendar or day changes. */
QsBusinessHours *qs_request_repository_get_hours    (QsStore        *store,
                                                     const char     *calendar_id,
                                                     const char     *department_id,
                                                     const char     *default_calendar_ref,
                                                     GError        **error);
void        qs_request_repository_set_default_calendar (QsStore     *store,
                                                     const char     *calendar_ref);

/* Validates (subject, department, enum values) with sentences naming the
 * field, gives the next reference REQ-YYYY-NNNNN, matches the
 * commitments, stores the acknowledgement and resolution due dates from
 * the received time and the calendar, writes the "created" event.
 * Returns the new request. */
QsRequest  *qs_request_repository_create            (QsStore        *store,
                                                     const QsNewRequest *input,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

/* Applies a lifecycle action. @text is the resolution (resolve) or the
 * reason (reject, reopen), required for those; else an optional note.
 * Refused with QS_ERROR_INVALID and a sentence when the action is not
 * allowed from the request's status. Updates @request in place.
 * WAIT_ON_CLIENT sets paused_at; RESUME moves resolution_due_at by the
 * business time paused and records old and new due in the event. */
gboolean    qs_request_repository_apply             (QsStore        *store,
                                                     QsRequest      *request,
                                                     QsRequestAction action,
                                                     const char     *text,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

/* The new resolution due date becomes the promise. Needs a reason and
 * @client_told TRUE (else QS_ERROR_INVALID: "Tell the client…"), a date
 * later than the current one, and an open request. */
gboolean    qs_request_repository_extend            (QsStore        *store,
                                                     QsRequest      *request,
                                                     gint64          new_due,
                                                     const char     *reason,
                                                     gboolean        client_told,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

gboolean    qs_request_repository_comment           (QsStore        *store,
                                                     QsRequest      *request,
                                                     const char     *text,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

/* Changes one editable field (subject, description, priority, problem,
 * assignee_id, department_id, confidential) and records a "field" event
 * with before and after. @value: a string, a nick for enums, "1"/"0". */
gboolean    qs_request_repository_set_field         (QsStore        *store,
                                                     QsRequest      *request,
                                                     guint           field,
                                                     const char     *value,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

/* Stores the handling guide (bits of QsGuideStep done). */
gboolean    qs_request_repository_set_guide         (QsStore        *store,
                                                     QsRequest      *request,
                                                     guint           steps_done,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

/* Logs that @actor saw the identity of a confidential complainant and
 * returns the client (NULL with an error if none). */
QsClient   *qs_request_repository_reveal_client     (QsStore        *store,
                                                     QsRequest      *request,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

/* The request's events, oldest first (QsRequestEvent). */
GPtrArray  *qs_request_repository_get_events        (QsStore        *store,
                                                     const char     *request_id,
                                                     GError        **error);

/* Escalates every open request past its resolution due date: level 1
 * (the owner of the commitment) once overdue, level 2 (the manager of
 * the department) once overdue by more than one business day. Writes an
 * "escalation" event naming who it went to. Returns the requests
 * escalated by this call (QsRequest), possibly empty. */
GPtrArray  *qs_request_repository_escalate_overdue  (QsStore        *store,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);
/* "Marie Tremblay (owner of the commitment)": who a level points to. */
char       *qs_request_repository_describe_escalation (QsStore      *store,
                                                     QsRequest      *request,
                                                     GError        **error);

/* The resolution deadline explained, from the commitment, the calendar,
 * the pause/resume and extension events and the stored due date. */
char       *qs_request_repository_explain           (QsStore        *store,
                                                     QsRequest      *request,
                                                     QsLanguage      language,
                                                     GError        **error);
/* The acknowledgement letter in the client's language (the request's
 * language): greeting by name, the subject, the reference, the date
 * received and the promised resolution date. */
char       *qs_request_repository_acknowledgement_text (QsStore     *store,
                                                     QsRequest      *request,
                                                     GError        **error);

G_END_DECLS
