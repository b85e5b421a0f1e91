/* qs-request-at-risk.c — the SQL function that tells a request at risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * qs_at_risk (calendar_id, department_id, received_at, due_at, now, share)
 * is 1 when a running deadline has used at least @share of its business
 * time at @now, as qs_deadline_state() says: the tracker's "At risk"
 * filter then lists exactly the requests its deadline column shows in
 * amber. The share of elapsed time, which SQL alone could compute, differs
 * from it across every night and weekend. A request whose provider has no
 * calendar at all is judged on the wall clock.
 *
 * One query asks for the clocks of the same few calendars at every row:
 * they are kept for the query, which one value of @now and the
 * connection's change count identify, and read again for the next.
 */
#include "config.h"

#include <sqlite3.h>

#include "qs-deadline.h"
#include "qs-request-repository-private.h"
#include "qs-store-private.h"

typedef struct
{
  QsStore      *store; /* not owned: it owns the connection */
  gint64        now;
  sqlite3_int64 total_changes;
  GHashTable   *hours; /* "calendar\x1fdepartment" → clock, or NULL */
} AtRiskFunction;

static void
at_risk_function_free (gpointer data)
{
  AtRiskFunction *function = data;

  g_hash_table_unref (function->hours);
  g_free (function);
}

static void
hours_unref (gpointer hours)
{
  if (hours != NULL)
    qs_business_hours_unref (hours);
}

static const char *
column_text (sqlite3_value *value)
{
  const char *text = (const char *) sqlite3_value_text (value);

  return text != NULL && *text != '\0' ? text : NULL;
}

/* The clock of a request's provider, kept for the query. */
static QsBusinessHours *
lookup_hours (AtRiskFunction *function,
              const char     *calendar_id,
              const char     *department_id,
              gint64          now)
{
  sqlite3_int64    total_changes = sqlite3_total_changes64 (qs_store_get_db (function->store));
  g_autofree char *key = g_strdup_printf ("%s\x1f%s", calendar_id != NULL ? calendar_id : "",
                                          department_id != NULL ? department_id : "");
  QsBusinessHours *hours;

  if (function->now != now || function->total_changes != total_changes)
    {
      g_hash_table_remove_all (function->hours);
      function->now = now;
      function->total_changes = total_changes;
    }
  if (g_hash_table_lookup_extended (function->hours, key, NULL, (gpointer *) &hours))
    return hours;

  hours = qs_request_repository_get_hours (function->store, calendar_id, department_id, NULL, NULL);
  g_hash_table_insert (function->hours, g_steal_pointer (&key), hours);
  return hours;
}

static void
at_risk_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  AtRiskFunction  *function = sqlite3_user_data (context);
  gint64           received = sqlite3_value_int64 (argv[2]);
  gint64           due = sqlite3_value_int64 (argv[3]);
  gint64           now = sqlite3_value_int64 (argv[4]);
  double           share = sqlite3_value_double (argv[5]);
  QsBusinessHours *hours;
  gboolean         at_risk;

  if (sqlite3_value_type (argv[3]) == SQLITE_NULL || due == 0)
    {
      sqlite3_result_int (context, 0);
      return;
    }

  hours = lookup_hours (function, column_text (argv[0]), column_text (argv[1]), now);
  if (hours != NULL)
    at_risk = qs_deadline_state (hours, received, due, 0, now, share) == QS_DEADLINE_AT_RISK;
  else
    at_risk = now <= due && due > received &&
              (double) (now - received) >= CLAMP (share, 0.0, 1.0) * (double) (due - received);
  sqlite3_result_int (context, at_risk);
}

/**
 * qs_request_repository_register_sql:
 *
 * Adds qs_at_risk() to @store's connection.
 */
gboolean
qs_request_repository_register_sql (QsStore *store, GError **error)
{
  AtRiskFunction *function = g_new0 (AtRiskFunction, 1);
  int             rc;

  function->store = store;
  function->hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, hours_unref);
  /* Not deterministic: the same row is at risk or not as time passes. */
  rc = sqlite3_create_function_v2 (qs_store_get_db (store), "qs_at_risk", 6, SQLITE_UTF8, function,
                                   at_risk_cb, NULL, NULL, at_risk_function_free);
  if (rc != SQLITE_OK)
    {
      qs_store_set_sqlite_error (store, error, rc, "qs_at_risk");
      return FALSE;
    }
  return TRUE;
}
