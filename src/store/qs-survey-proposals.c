/* qs-survey-proposals.c — whom to ask about their closed request, and why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are the core's (qs-survey-fatigue.c); this file reads what
 * they need: the closed request, its client's consent and department,
 * the providing department's rules, the calendar, and when the client
 * was asked about other requests (survey_asked_at, schema 12, found by
 * the requests_survey_asked index). A confidential request's client is
 * read to apply the rules but never handed out.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"
#include "qs-request-repository.h"
#include "qs-store-private.h"
#include "qs-survey-proposals.h"

#define FACTS_SQL                                                                                  \
  "SELECT r.id, r.ref, r.client_id, r.confidential, r.closed_at, r.survey_asked_at, "              \
  "r.calendar_id, r.department_id, c.survey_consent, c.department_id, c.language, "                \
  "d.survey_rules "                                                                                \
  "FROM requests r "                                                                               \
  "LEFT JOIN clients c ON c.id = r.client_id AND c.deleted_at IS NULL "                            \
  "LEFT JOIN departments d ON d.id = r.department_id "                                             \
  "WHERE r.deleted_at IS NULL AND r.status = 'closed' "

void
qs_survey_proposal_row_free (QsSurveyProposalRow *row)
{
  if (row == NULL)
    return;
  g_free (row->request_id);
  g_free (row->request_ref);
  g_free (row->client_id);
  g_free (row->language);
  g_clear_pointer (&row->hours, qs_business_hours_unref);
  g_free (row);
}

static char *
dup_text (sqlite3_stmt *stmt, int column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* When @client_id was asked about requests other than @request_id. */
static GArray *
read_asked_before (QsStore *store, const char *client_id, const char *request_id, GError **error)
{
  g_autoptr (GArray) asked = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int           rc;

  stmt = qs_store_prepare (store,
                           "SELECT survey_asked_at FROM requests WHERE client_id = ? "
                           "AND survey_asked_at IS NOT NULL AND deleted_at IS NULL AND id <> ?",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, client_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, request_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 at = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (asked, at);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Reading when clients were asked"));
      return NULL;
    }
  return g_steal_pointer (&asked);
}

/* The row of the current FACTS_SQL result, decided. */
static QsSurveyProposalRow *
decide_row (QsStore *store, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr (QsSurveyProposalRow) row = g_new0 (QsSurveyProposalRow, 1);
  g_autoptr (GArray) asked = NULL;
  g_autofree char *client_id = dup_text (stmt, 2);
  g_autofree char *calendar_id = dup_text (stmt, 6);
  g_autofree char *department_id = dup_text (stmt, 7);
  g_autofree char *client_department_id = dup_text (stmt, 9);
  gboolean         client_known = sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  gboolean         confidential = sqlite3_column_int (stmt, 3) != 0;
  QsSurveyCase     survey_case;

  row->request_id = dup_text (stmt, 0);
  row->request_ref = dup_text (stmt, 1);
  row->closed_at = sqlite3_column_int64 (stmt, 4);
  row->asked_at = sqlite3_column_int64 (stmt, 5);
  qs_survey_fatigue_rules_read ((const char *) sqlite3_column_text (stmt, 11), &row->rules);
  row->hours = qs_request_repository_get_hours (store, calendar_id, department_id, NULL, error);
  if (row->hours == NULL)
    return NULL;

  if (client_id != NULL && client_known)
    {
      asked = read_asked_before (store, client_id, row->request_id, error);
      if (asked == NULL)
        return NULL;
    }
  survey_case = (QsSurveyCase){
    .request_id = row->request_id,
    .closed_at = row->closed_at,
    .has_client = client_id != NULL && client_known,
    .confidential = confidential,
    .client_consents = sqlite3_column_int (stmt, 8) != 0,
    .client_in_provider =
      department_id != NULL && g_strcmp0 (client_department_id, department_id) == 0,
    .asked_before = asked != NULL ? (const gint64 *) (gpointer) asked->data : NULL,
    .n_asked_before = asked != NULL ? asked->len : 0,
  };
  row->proposal = qs_survey_fatigue_decide (&row->rules, row->hours, &survey_case);
  if (survey_case.has_client && !confidential)
    {
      row->client_id = g_steal_pointer (&client_id);
      row->language = dup_text (stmt, 10);
    }
  return g_steal_pointer (&row);
}

QsSurveyProposalRow *
qs_survey_proposals_for_request (QsStore *store, const char *request_id, GError **error)
{
  sqlite3_stmt        *stmt;
  QsSurveyProposalRow *row = NULL;
  int                  rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (request_id != NULL, NULL);

  stmt = qs_store_prepare (store, FACTS_SQL "AND r.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, request_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    row = decide_row (store, stmt, error);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                         _ ("Only a closed request can be asked about."));
  else
    qs_store_set_sqlite_error (store, error, rc, _ ("Reading a closed request"));
  sqlite3_reset (stmt);
  return row;
}

GPtrArray *
qs_survey_proposals_closed_between (QsStore *store, gint64 from, gint64 to, GError **error)
{
  g_autoptr (GPtrArray) rows =
    g_ptr_array_new_with_free_func ((GDestroyNotify) qs_survey_proposal_row_free);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  /* The statement is the store's, and deciding a row reads the store
   * again: the rows' ids first, decided after. */
  stmt = qs_store_prepare (store,
                           "SELECT id FROM requests WHERE deleted_at IS NULL AND status = 'closed' "
                           "AND closed_at >= ? AND closed_at < ? ORDER BY closed_at, ref",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  {
    g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (ids, dup_text (stmt, 0));
    sqlite3_reset (stmt);
    if (rc != SQLITE_DONE)
      {
        qs_store_set_sqlite_error (store, error, rc, _ ("Reading the closed requests"));
        return NULL;
      }
    for (guint i = 0; i < ids->len; i++)
      {
        QsSurveyProposalRow *row =
          qs_survey_proposals_for_request (store, g_ptr_array_index (ids, i), error);

        if (row == NULL)
          return NULL;
        g_ptr_array_add (rows, row);
      }
  }
  return g_steal_pointer (&rows);
}

gboolean
qs_survey_proposals_mark_asked (
  QsStore *store, QsRequest *request, gint64 at, const char *actor, gint64 now, GError **error)
{
  g_autoptr (QsRequestSnapshot) snapshot = NULL;
  g_autofree char *when = qs_request_format_iso (at);
  QsEntity        *e = QS_ENTITY (request);
  gboolean         ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_REQUEST (request), FALSE);
  g_return_val_if_fail (at > 0, FALSE);

  if (!qs_request_repository_refresh (store, request, error))
    return FALSE;
  if (qs_entity_get_enum (e, QS_REQUEST_FIELD_STATUS) != QS_REQUEST_STATUS_CLOSED)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Only a closed request can be asked about."));
      return FALSE;
    }
  if (qs_entity_get_string (e, QS_REQUEST_FIELD_CLIENT_ID) == NULL)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("This request has no named client to ask."));
      return FALSE;
    }
  if (qs_entity_get_int (e, QS_REQUEST_FIELD_SURVEY_ASKED_AT) != 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The client was already asked about this request."));
      return FALSE;
    }

  if (!qs_store_begin (store, error))
    return FALSE;
  snapshot = qs_request_snapshot_take (request);
  ok = qs_request_repository_add_event (store, request, QS_EVENT_KIND_FIELD, "survey_asked_at",
                                        NULL, when, NULL, FALSE, actor, now, error);
  qs_entity_set_int (e, QS_REQUEST_FIELD_SURVEY_ASKED_AT, at);
  return qs_request_repository_finish (store, request, snapshot, ok, error);
}
