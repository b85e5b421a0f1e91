/* qs-request-durations.c — how long each request took, in business time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard's percentiles are SQL over requests.ack_business_us and
 * resolution_business_us (schema 17): business time from receipt to
 * acknowledgement, and from receipt to resolution with the time spent
 * waiting on the client left out. SQL cannot read a calendar, so they
 * are measured here, in C, for every request whose timestamps changed
 * since (a trigger empties them): each write of a request measures before
 * its commit, a migration or a bulk insert measures them all.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-business-hours.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"

/* The same WHERE as the partial index requests_unmeasured, so that SQLite
 * reads the index rather than the table. */
#define UNMEASURED                                                                                 \
  "((acknowledged_at IS NOT NULL AND ack_business_us IS NULL) "                                    \
  "OR (resolved_at IS NOT NULL AND resolution_business_us IS NULL))"

/* Business time spent waiting on the client before @until: each pause to
 * the resume that follows it, the way resuming moves the due date. */
static gboolean
paused_before (QsStore         *store,
               QsBusinessHours *hours,
               const char      *request_id,
               gint64           until,
               gint64          *paused,
               GError         **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (
    store,
    "SELECT kind, at FROM request_events WHERE request_id = ? AND deleted_at IS NULL "
    "AND kind IN ('pause', 'resume') ORDER BY at, rowid",
    error);
  gint64 since = 0;
  int    rc;

  *paused = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, request_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean pause = g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "pause");
      gint64   at = MIN (sqlite3_column_int64 (stmt, 1), until);

      if (pause && since == 0)
        since = at;
      else if (!pause && since != 0)
        {
          *paused += hours != NULL ? qs_business_hours_between (hours, since, at) : at - since;
          since = 0;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Measuring how long requests took"));
      return FALSE;
    }
  /* A pause still open when the request was resolved ends there. */
  if (since != 0)
    *paused += hours != NULL ? qs_business_hours_between (hours, since, until) : until - since;
  return TRUE;
}

static gint64
elapsed (QsBusinessHours *hours, gint64 from, gint64 to)
{
  if (to <= from)
    return 0;
  return hours != NULL ? qs_business_hours_between (hours, from, to) : to - from;
}

typedef struct
{
  char  *id;
  char  *calendar_id;
  char  *department_id;
  gint64 received_at;
  gint64 acknowledged_at; /* 0: not acknowledged */
  gint64 resolved_at;     /* 0: not resolved */
  gint64 rowid;
} Unmeasured;

static void
unmeasured_clear (gpointer data)
{
  Unmeasured *self = data;

  g_free (self->id);
  g_free (self->calendar_id);
  g_free (self->department_id);
}

/* The request's clock; NULL, with no error, when the database has no
 * calendar at all or the request's cannot be read (a restored backup may
 * hold anything): its durations are then wall-clock time, rather than
 * a write refused for a figure derived from it. */
static QsBusinessHours *
hours_of (QsStore *store, const Unmeasured *request, GError **error)
{
  GError          *local_error = NULL;
  QsBusinessHours *hours = qs_request_repository_get_hours (
    store, request->calendar_id, request->department_id, NULL, &local_error);

  if (hours == NULL && (g_error_matches (local_error, QS_ERROR, QS_ERROR_NOT_FOUND) ||
                        g_error_matches (local_error, QS_ERROR, QS_ERROR_INVALID)))
    g_clear_error (&local_error);
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  return hours;
}

static gboolean
measure_one (QsStore *store, const Unmeasured *request, GError **error)
{
  g_autoptr (QsBusinessHours) hours = NULL;
  GError       *local_error = NULL;
  sqlite3_stmt *update;
  int           rc;

  hours = hours_of (store, request, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  update = qs_store_prepare (store,
                             "UPDATE requests SET ack_business_us = ?1, "
                             "resolution_business_us = ?2 WHERE rowid = ?3",
                             error);
  if (update == NULL)
    return FALSE;

  if (request->acknowledged_at != 0)
    sqlite3_bind_int64 (update, 1, elapsed (hours, request->received_at, request->acknowledged_at));
  else
    sqlite3_bind_null (update, 1);
  if (request->resolved_at != 0)
    {
      gint64 paused;

      if (!paused_before (store, hours, request->id, request->resolved_at, &paused, error))
        return FALSE;
      sqlite3_bind_int64 (
        update, 2, MAX (elapsed (hours, request->received_at, request->resolved_at) - paused, 0));
    }
  else
    sqlite3_bind_null (update, 2);
  sqlite3_bind_int64 (update, 3, request->rowid);
  rc = sqlite3_step (update);
  sqlite3_reset (update);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Measuring how long requests took"));
      return FALSE;
    }
  return TRUE;
}

/* Up to @limit requests still to measure, read before any is written:
 * writing moves a row out of the index being read. */
static GArray *
read_unmeasured (QsStore *store, guint limit, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (
    store,
    "SELECT id, calendar_id, department_id, received_at, acknowledged_at, resolved_at, rowid "
    "FROM requests WHERE " UNMEASURED " LIMIT ?",
    error);
  GArray *rows;
  int     rc;

  if (stmt == NULL)
    return NULL;
  rows = g_array_new (FALSE, TRUE, sizeof (Unmeasured));
  g_array_set_clear_func (rows, unmeasured_clear);
  sqlite3_bind_int (stmt, 1, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Unmeasured row = {
        .id = g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        .calendar_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        .department_id = g_strdup ((const char *) sqlite3_column_text (stmt, 2)),
        .received_at = sqlite3_column_int64 (stmt, 3),
        .acknowledged_at = sqlite3_column_int64 (stmt, 4),
        .resolved_at = sqlite3_column_int64 (stmt, 5),
        .rowid = sqlite3_column_int64 (stmt, 6),
      };

      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Measuring how long requests took"));
      g_array_unref (rows);
      return NULL;
    }
  return rows;
}

/**
 * qs_request_repository_measure_durations:
 *
 * Measures the business time to acknowledge and to resolve of every
 * request whose timestamps changed since it was last measured (none,
 * usually, or the one just written), inside the caller's transaction if
 * there is one.
 *
 * Returns: whether every such request was measured
 */
gboolean
qs_request_repository_measure_durations (QsStore *store, GError **error)
{
  /* Each batch leaves the index as it is measured. */
  const guint batch = 4096;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);

  for (;;)
    {
      g_autoptr (GArray) rows = read_unmeasured (store, batch, error);

      if (rows == NULL)
        return FALSE;
      for (guint i = 0; i < rows->len; i++)
        if (!measure_one (store, &g_array_index (rows, Unmeasured, i), error))
          return FALSE;
      if (rows->len < batch)
        return TRUE;
    }
}
