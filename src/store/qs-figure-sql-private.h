/* qs-figure-sql-private.h — which requests each dashboard figure counts, written once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each condition below chooses the requests behind one figure. The count
 * of the figure (qs-indicator-figures.c, and a commitment's achieved
 * figure in qs-charter-repository-commitments.c) and the list Requests
 * shows when the figure is clicked (qs_indicator_figures_append_requests())
 * are both written from it, so that they cannot disagree. Columns are
 * unqualified: of the requests table. Named parameters: :provider,
 * :subject (a commitment's lineage, a person, a team), :start and :end
 * (the period), :as_of (its end, or now if sooner) and :now.
 */
#pragma once

/* How each template of qs_figure_template() selects its requests. */
#define QS_FIGURE_SELECT_IDS "SELECT rowid FROM requests WHERE "

/* A commitment's requests, as its publication's "achieved" counts them:
 * any version of it (its lineage), received in the period, left out
 * while unanswered and not yet due; a rejected request no longer counts,
 * as its deadline says. */
#define QS_FIGURE_ACK_COMPLIANCE                                                                   \
  "ack_commitment_id IN (SELECT id FROM commitments WHERE lineage_id = :subject) "                 \
  "AND received_at >= :start AND received_at < :end AND +deleted_at IS NULL "                      \
  "AND NOT (acknowledged_at IS NULL AND ack_due_at > :now) AND status <> 'rejected'"
#define QS_FIGURE_RESOLUTION_COMPLIANCE                                                            \
  "commitment_id IN (SELECT id FROM commitments WHERE lineage_id = :subject) "                     \
  "AND received_at >= :start AND received_at < :end AND +deleted_at IS NULL "                      \
  "AND NOT (resolved_at IS NULL AND resolution_due_at > :now) AND status <> 'rejected'"

/* Received in the period; among them, those whose reopening is counted:
 * resolved at least once. */
#define QS_FIGURE_RECEIVED                                                                         \
  "department_id = :provider AND received_at >= :start AND received_at < :end "                    \
  "AND deleted_at IS NULL"
#define QS_FIGURE_REOPENABLE "(resolved_at IS NOT NULL OR reopened_count > 0)"

#define QS_FIGURE_RESOLVED                                                                         \
  "department_id = :provider AND resolved_at >= :start AND resolved_at < :end "                    \
  "AND deleted_at IS NULL AND resolved_at IS NOT NULL"

/* Open at :as_of, in three parts that each read an index (see 019.sql
 * and 021.sql): unresolved now; resolved since and received in the
 * thirty days before; resolved since and received earlier, open longer
 * than thirty days (few). A rejected request was never open. */
#define QS_FIGURE_OPEN_UNRESOLVED                                                                  \
  "department_id = :provider AND received_at < :as_of AND deleted_at IS NULL "                     \
  "AND resolved_at IS NULL AND status <> 'rejected'"
#define QS_FIGURE_OPEN_RESOLVED_SINCE_RECENT                                                       \
  "department_id = :provider AND received_at >= :as_of - 2592000000000 AND received_at < :as_of "  \
  "AND deleted_at IS NULL AND resolved_at >= :as_of"
#define QS_FIGURE_OPEN_RESOLVED_SINCE_LONG                                                         \
  "department_id = :provider AND received_at < :as_of - 2592000000000 AND deleted_at IS NULL "     \
  "AND resolved_at - received_at > 2592000000000 AND resolved_at >= :as_of"
/* The three parts, each chosen by @select (up to WHERE) and narrowed by
 * @and ("" or " AND " a condition). */
#define QS_FIGURE_OPEN(select, and)                                                                \
  select                 QS_FIGURE_OPEN_UNRESOLVED and                                             \
    " UNION ALL " select QS_FIGURE_OPEN_RESOLVED_SINCE_RECENT and                                  \
    " UNION ALL " select QS_FIGURE_OPEN_RESOLVED_SINCE_LONG and
#define QS_FIGURE_OVERDUE "resolution_due_at < :as_of"

/* Acknowledged (resolved) in the period, with a measured business time. */
#define QS_FIGURE_TIMED(column, instant)                                                           \
  "department_id = :provider AND " instant " >= :start AND " instant " < :end "                    \
  "AND deleted_at IS NULL AND " instant " IS NOT NULL AND " column " IS NOT NULL"

/* Among the requests received, those whose promise is judged: with a
 * resolution deadline that has either passed or been met. */
#define QS_FIGURE_JUDGED                                                                           \
  "resolution_due_at IS NOT NULL AND NOT (resolved_at IS NULL AND resolution_due_at > :now) "      \
  "AND status <> 'rejected'"

/* The promises of the whole department, of one person, of a team. */
#define QS_FIGURE_DUE QS_FIGURE_RECEIVED " AND " QS_FIGURE_JUDGED
#define QS_FIGURE_PROMISED QS_FIGURE_DUE " AND assignee_id IS NOT NULL"
#define QS_FIGURE_TEAM "assignee_id IN (SELECT id FROM clients WHERE department_id = :subject)"

/* Whose client was asked for feedback in the period. */
#define QS_FIGURE_SURVEYED                                                                         \
  "department_id = :provider AND survey_asked_at >= :start AND survey_asked_at < :end "            \
  "AND deleted_at IS NULL AND survey_asked_at IS NOT NULL"

/* Complaints received in the period, and what the breakdown of ISO 10002
 * sorts them by: the category of problem, the service (of the charter
 * whose commitment they fall under; '' none), the department they came
 * from ('' none), the type of client. A confidential complaint says
 * nothing of its client; a manager manages a department. */
#define QS_FIGURE_COMPLAINTS QS_FIGURE_RECEIVED " AND kind = 'complaint'"
#define QS_FIGURE_AXIS_CATEGORY "problem"
#define QS_FIGURE_AXIS_SERVICE                                                                     \
  "ifnull ((SELECT ch.service_id FROM commitments AS cm JOIN charters AS ch "                      \
  "ON ch.id = cm.charter_id WHERE cm.id = requests.commitment_id), '')"
#define QS_FIGURE_AXIS_ORIGIN "ifnull (origin_department_id, '')"
#define QS_FIGURE_AXIS_CLIENT_TYPE                                                                 \
  "CASE WHEN confidential THEN 'confidential' WHEN client_id IS NULL THEN 'anonymous' "            \
  "WHEN EXISTS (SELECT 1 FROM departments AS md WHERE md.manager_id = requests.client_id "         \
  "AND md.deleted_at IS NULL) THEN 'manager' ELSE 'employee' END"

/* The requests a department's own indicator (:subject, its id) keeps of
 * a measure's: of its channel, kind, category and service, each left
 * empty meaning any. Written against the outer requests table. */
#define QS_FIGURE_INDICATOR_FILTER                                                                 \
  "NOT EXISTS (SELECT 1 FROM indicators AS i WHERE i.id = :subject AND ("                          \
  "(i.channel IS NOT NULL AND i.channel <> requests.channel) OR "                                  \
  "(i.request_kind IS NOT NULL AND i.request_kind <> requests.kind) OR "                           \
  "(i.problem IS NOT NULL AND i.problem <> requests.problem) OR "                                  \
  "(i.service_id IS NOT NULL AND i.service_id IS NOT " QS_FIGURE_AXIS_SERVICE ")))"

/* How many values of @column the requests chosen have, their median and
 * their 90th percentile, interpolated between the two nearest values
 * (qs-sql-percentile.c): of 1, 2, 3, 4 hours the median is 2.5. NULL
 * values are left out. */
#define QS_FIGURE_TIMES(column)                                                                    \
  "count (" column "), qs_percentile (" column ", 50), qs_percentile (" column ", 90)"
#define QS_FIGURE_PERCENTILES(column, where)                                                       \
  "SELECT " QS_FIGURE_TIMES (column) " FROM requests WHERE " where

#include <gio/gio.h>
#include <sqlite3.h>

#include "qs-enums.h"

/* Binds each of the named parameters above that @stmt uses: :as_of is
 * the sooner of @end and @now. */
void qs_figure_bind (sqlite3_stmt *stmt,
                     const char   *provider_id,
                     const char   *subject,
                     gint64        start,
                     gint64        end,
                     gint64        now);

/* The SELECT of the row ids of a measure's requests, in named
 * parameters; NULL for a measure that counts none. */
const char *qs_figure_template (QsMeasure measure);
