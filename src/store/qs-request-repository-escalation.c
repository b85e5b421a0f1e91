/* qs-request-repository-escalation.c — overdue requests go up the line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ISO 10002 asks for clear responsibilities: a request past its resolution
 * due date goes to the owner of the commitment it breaks (level 1), and
 * once it is more than one business day late, to the manager of the
 * providing department (level 2). A request waiting on the client is not
 * late: its clock is stopped; nor is one already resolved, whose
 * deadline was met or missed for good. Each escalation is an event naming who it
 * went to; running the scan again changes nothing until a level is due.
 *
 * The scan reads only the few columns it needs from the requests_open_due
 * index's rows and builds request objects only for those it escalates:
 * on a large database thousands of requests may be overdue, and most of
 * them are already at their level.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"

#include <string.h>

/* The owner of the commitment, else of its charter, in *@owner_id (NULL:
 * none); FALSE with @error set when the database could not be read. */
static gboolean
commitment_owner_id (QsStore     *store,
                     const char  *commitment_id,
                     char       **owner_id,
                     GError     **error)
{
  g_autoptr(QsEntity) commitment = NULL;
  g_autoptr(QsEntity) charter = NULL;
  const char *id;

  *owner_id = NULL;
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_COMMITMENT),
                                  commitment_id, &commitment, error))
    return FALSE;
  if (commitment == NULL)
    return TRUE;
  id = qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_OWNER_ID);
  if (id != NULL)
    {
      *owner_id = g_strdup (id);
      return TRUE;
    }
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_CHARTER),
                                  qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_CHARTER_ID),
                                  &charter, error))
    return FALSE;
  if (charter != NULL)
    *owner_id = g_strdup (qs_entity_get_string (charter, QS_CHARTER_FIELD_OWNER_ID));
  return TRUE;
}

/* Whom @level points to, in *@description (NULL when not escalated);
 * FALSE with @error set when the database could not be read. */
static gboolean
describe_level (QsStore     *store,
                const char  *commitment_id,
                const char  *department_id,
                gint64       level,
                char       **description,
                GError     **error)
{
  g_autoptr(QsEntity) department = NULL;
  g_autofree char *name = NULL;

  *description = NULL;
  if (level <= 0)
    return TRUE;

  if (level == 1)
    {
      g_autofree char *owner_id = NULL;

      if (!commitment_owner_id (store, commitment_id, &owner_id, error) ||
          !qs_request_repository_person_name (store, owner_id, &name, error))
        return FALSE;
      if (name != NULL)
        {
          /* TRANSLATORS: who an overdue request went to, "Marie Tremblay (owner of the commitment)" */
          *description = g_strdup_printf (_("%s (owner of the commitment)"), name);
          return TRUE;
        }
    }

  /* Level 2, or level 1 without an owner: the department's manager. */
  if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                                  department_id, &department, error))
    return FALSE;
  if (department != NULL &&
      !qs_request_repository_person_name (store, qs_entity_get_string (department, QS_DEPARTMENT_FIELD_MANAGER_ID),
                                          &name, error))
    return FALSE;
  if (name != NULL)
    /* TRANSLATORS: "Luc Gagnon (manager of Human Resources)" */
    *description = g_strdup_printf (_("%s (manager of %s)"), name,
                                    qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
  else
    *description = g_strdup (_("No one: the commitment has no owner and the department no manager"));
  return TRUE;
}

/**
 * qs_request_repository_describe_escalation:
 *
 * Returns: (transfer full) (nullable): who the request's escalation level
 *   points to, or %NULL when it is not escalated, or %NULL with @error set
 *   when the database could not be read
 */
char *
qs_request_repository_describe_escalation (QsStore     *store,
                                           QsRequest   *request,
                                           GError     **error)
{
  QsEntity *e = QS_ENTITY (request);
  char *description = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  if (!describe_level (store,
                       qs_entity_get_string (e, QS_REQUEST_FIELD_COMMITMENT_ID),
                       qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID),
                       qs_entity_get_int (e, QS_REQUEST_FIELD_ESCALATION_LEVEL),
                       &description, error))
    return NULL;
  return description;
}

/* An open request past due, as the scan reads it. */
typedef struct
{
  char   *id;
  char   *calendar_id;
  char   *department_id;
  char   *commitment_id;
  gint64  due;
  gint64  level;
} Overdue;

static void
overdue_clear (Overdue *overdue)
{
  g_free (overdue->id);
  g_free (overdue->calendar_id);
  g_free (overdue->department_id);
  g_free (overdue->commitment_id);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* The terms of the requests_open_due partial index, so that only the
 * open requests past due are read; named, because without statistics the
 * planner prefers requests_live and would read every live request. */
static GArray *
read_overdue (QsStore  *store,
              gint64    now,
              GError  **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (store,
                                         "SELECT id, calendar_id, department_id, commitment_id, "
                                         "resolution_due_at, escalation_level FROM requests INDEXED BY requests_open_due "
                                         "WHERE deleted_at IS NULL AND status NOT IN ('closed', 'rejected') "
                                         "AND resolution_due_at < ? "
                                         "AND status NOT IN ('waiting-on-client', 'resolved', 'client-informed') "
                                         "AND escalation_level < 2 ORDER BY resolution_due_at",
                                         error);
  g_autoptr(GArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  rows = g_array_new (FALSE, TRUE, sizeof (Overdue));
  g_array_set_clear_func (rows, (GDestroyNotify) overdue_clear);
  sqlite3_bind_int64 (stmt, 1, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Overdue row = {
        .id = dup_column (stmt, 0),
        .calendar_id = dup_column (stmt, 1),
        .department_id = dup_column (stmt, 2),
        .commitment_id = dup_column (stmt, 3),
        .due = sqlite3_column_int64 (stmt, 4),
        .level = sqlite3_column_int64 (stmt, 5),
      };

      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _("Finding the overdue requests"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

typedef struct
{
  QsStore    *store;
  GHashTable *hours;   /* calendar id, or "@" department id → QsBusinessHours */
  GHashTable *who;     /* level, commitment and department → text */
} Scan;

static QsBusinessHours *
scan_hours (Scan     *scan,
            Overdue  *row,
            GError  **error)
{
  g_autofree char *key = row->calendar_id != NULL ? g_strdup (row->calendar_id)
                                                  : g_strconcat ("@", row->department_id, NULL);
  QsBusinessHours *hours = g_hash_table_lookup (scan->hours, key);

  if (hours == NULL)
    {
      hours = qs_request_repository_get_hours (scan->store, row->calendar_id, row->department_id,
                                               NULL, error);
      if (hours == NULL)
        return NULL;
      g_hash_table_insert (scan->hours, g_steal_pointer (&key), hours);
    }
  return hours;
}

/* NULL with @error set when the database could not be read. */
static const char *
scan_who (Scan     *scan,
          Overdue  *row,
          gint64    level,
          GError  **error)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%s", level,
                                          row->commitment_id != NULL ? row->commitment_id : "",
                                          row->department_id != NULL ? row->department_id : "");
  char *who = g_hash_table_lookup (scan->who, key);

  if (who == NULL)
    {
      if (!describe_level (scan->store, row->commitment_id, row->department_id, level, &who, error))
        return NULL;
      g_hash_table_insert (scan->who, g_steal_pointer (&key), who);
    }
  return who;
}

static gboolean
set_level (QsStore     *store,
           const char  *id,
           gint64       level,
           gint64       now,
           GError     **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (store,
                                         "UPDATE requests SET escalation_level = ?, "
                                         "updated_at = max (updated_at + 1, ?) WHERE id = ?",
                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, level);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_text (stmt, 3, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _("Escalating a request"));
      return FALSE;
    }
  return TRUE;
}

/* Raises the request to the level its lateness calls for, if higher. */
static gboolean
escalate_one (Scan        *scan,
              Overdue     *row,
              const char  *actor,
              gint64       now,
              gboolean    *escalated,
              GError     **error)
{
  QsBusinessHours *hours;
  const char *who;
  gint64 late, day, level;
  char old_text[24], new_text[24];

  *escalated = FALSE;
  hours = scan_hours (scan, row, error);
  if (hours == NULL)
    return FALSE;

  late = qs_business_hours_between (hours, row->due, now);
  day = qs_business_hours_get_day_length (hours);
  level = day > 0 && late > day ? 2 : 1;
  if (level <= row->level)
    return TRUE;

  g_snprintf (old_text, sizeof old_text, "%" G_GINT64_FORMAT, row->level);
  g_snprintf (new_text, sizeof new_text, "%" G_GINT64_FORMAT, level);
  if ((who = scan_who (scan, row, level, error)) == NULL ||
      !set_level (scan->store, row->id, level, now, error) ||
      !qs_request_repository_add_event_for_id (scan->store, row->id, QS_EVENT_KIND_ESCALATION,
                                               "escalation_level", old_text, new_text,
                                               who, FALSE, actor, now, error))
    return FALSE;
  *escalated = TRUE;
  return TRUE;
}

/**
 * qs_request_repository_escalate_overdue:
 *
 * Returns: (transfer container) (element-type QsRequest): the requests
 *   escalated by this call, or %NULL with @error set and nothing written
 */
GPtrArray *
qs_request_repository_escalate_overdue (QsStore     *store,
                                        const char  *actor,
                                        gint64       now,
                                        GError     **error)
{
  g_autoptr(GArray) overdue = NULL;
  g_autoptr(GPtrArray) escalated = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) hours = NULL;
  g_autoptr(GHashTable) who = NULL;
  QsRepository *requests;
  Scan scan;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  if (!qs_store_begin (store, error))
    return NULL;
  overdue = read_overdue (store, now, error);
  if (overdue == NULL)
    {
      qs_store_rollback (store);
      return NULL;
    }

  hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) qs_business_hours_unref);
  who = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  scan = (Scan) { store, hours, who };
  requests = qs_store_get_repository (store, QS_TYPE_REQUEST);
  for (guint i = 0; i < overdue->len; i++)
    {
      Overdue *row = &g_array_index (overdue, Overdue, i);
      QsEntity *request = NULL;
      gboolean raised;

      if (!escalate_one (&scan, row, actor, now, &raised, error) ||
          (raised && (request = qs_repository_find (requests, row->id, error)) == NULL))
        {
          qs_store_rollback (store);
          return NULL;
        }
      if (request != NULL)
        g_ptr_array_add (escalated, request);
    }

  if (!qs_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&escalated);
}
