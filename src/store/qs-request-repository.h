/* qs-request-repository.h — loading and saving requests and their history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function that changes a request writes the request row and its
 * event rows in one transaction: either all of it is stored or nothing.
 * What a new request is promised and the letter that acknowledges it
 * (QsRequestDesk), whom an overdue one goes to (QsEscalationPolicy) are
 * decided by the rules of src/core, applied by the services of
 * src/service: the repository only loads and saves.
 * @actor is the name recorded as "who" in events; @now is the instant
 * recorded as "when" (Unix microseconds; tests pass fixed instants).
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"
#include "qs-client.h"
#include "qs-commitment.h"
#include "qs-enums.h"
#include "qs-request.h"
#include "qs-request-event.h"
#include "qs-request-lifecycle.h"
#include "qs-store.h"

G_BEGIN_DECLS

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

/* The calendar a request of @department_id is counted on, as
 * qs_request_repository_get_hours() chooses it: its own @calendar_id if
 * it is still there, else the department's, its charter's, the default
 * one, the first. NULL with QS_ERROR_NOT_FOUND when there is none at all. */
char       *qs_request_repository_find_calendar_id  (QsStore        *store,
                                                     const char     *calendar_id,
                                                     const char     *department_id,
                                                     const char     *default_calendar_ref,
                                                     GError        **error);

/* Stores a new @request (qs_new_request_build()): gives it the next
 * reference of @year, REQ-YYYY-NNNNN, and writes it with its "created"
 * event in one transaction. On failure nothing is written, the number is
 * not used up and @request is left without a reference. */
gboolean    qs_request_repository_insert            (QsStore        *store,
                                                     QsRequest      *request,
                                                     int             year,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

/* Measures, in business time, how long each request whose timestamps
 * changed took to be acknowledged and resolved (paused time left out):
 * the columns the dashboard's percentiles read. Every write of requests
 * calls it before its commit. */
gboolean    qs_request_repository_measure_durations (QsStore    *store,
                                                     GError    **error);

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

/* An open request past its resolution due date, as the escalation
 * scan reads it: a few columns, not the whole row. */
typedef struct
{
  char             *id;
  char             *calendar_id;
  char             *department_id;
  char             *commitment_id;
  QsRequestStatus   status;
  gint64            due;
  gint64            level;
} QsOverdueRequest;

/* The live request of reference @ref (REQ-YYYY-NNNNN, any case, spaces
 * around ignored) in @request, or NULL when there is none. */
gboolean    qs_request_repository_find_by_ref (QsStore           *store,
                                               const char        *ref,
                                               QsRequest        **request,
                                               GError           **error);

/* The ids of the live and deleted requests marked confidential: a set
 * (each key its own value). */
GHashTable *qs_request_repository_get_confidential_ids (QsStore     *store,
                                                     GError        **error);

/* The requests past their resolution due date at @now whose clock runs
 * (not waiting on the client, resolved, closed or rejected) and whose
 * escalation level is below @below_level, the earliest due first: a
 * GArray of QsOverdueRequest. */
GArray     *qs_request_repository_get_overdue       (QsStore        *store,
                                                     gint64          now,
                                                     gint64          below_level,
                                                     GError        **error);
/* Raises the request @as_read to @new_level and writes an "escalation"
 * event whose note is @to_whom, inside the caller's transaction, if it
 * is still as it was read (status, due date, level, not deleted); sets
 * *@written to whether it was. */
gboolean    qs_request_repository_set_escalation_level (QsStore        *store,
                                                     const QsOverdueRequest *as_read,
                                                     gint64          new_level,
                                                     const char     *to_whom,
                                                     const char     *actor,
                                                     gint64          now,
                                                     gboolean       *written,
                                                     GError        **error);

/* Raises @request's escalation level by one, with an "escalation" event
 * noting @to_whom: an alert's complaint whose indicator stays below
 * target. */
gboolean    qs_request_repository_raise_level       (QsStore        *store,
                                                     QsRequest      *request,
                                                     const char     *to_whom,
                                                     const char     *actor,
                                                     gint64          now,
                                                     GError        **error);

G_END_DECLS
/* clang-format on */
