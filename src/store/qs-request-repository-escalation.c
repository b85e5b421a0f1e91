/* qs-request-repository-escalation.c — overdue requests go up the line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ISO 10002 asks for clear responsibilities: a request past its resolution
 * due date goes to the owner of the commitment it breaks (level 1), and
 * once it is more than one business day late, to the manager of the
 * providing department (level 2). A request waiting on the client is not
 * late: its clock is stopped. Each escalation is an event naming who it
 * went to; running the scan again changes nothing until a level is due.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"

/* The owner of the request's commitment, else of its charter. */
static char *
commitment_owner_id (QsStore   *store,
                     QsRequest *request)
{
  const char *commitment_id = qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_COMMITMENT_ID);
  g_autoptr(QsEntity) commitment = NULL;
  g_autoptr(QsEntity) charter = NULL;
  const char *owner_id;

  if (commitment_id == NULL)
    return NULL;
  commitment = qs_repository_find (qs_store_get_repository (store, QS_TYPE_COMMITMENT), commitment_id, NULL);
  if (commitment == NULL)
    return NULL;
  owner_id = qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_OWNER_ID);
  if (owner_id != NULL)
    return g_strdup (owner_id);
  charter = qs_repository_find (qs_store_get_repository (store, QS_TYPE_CHARTER),
                                qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_CHARTER_ID), NULL);
  if (charter == NULL)
    return NULL;
  return g_strdup (qs_entity_get_string (charter, QS_CHARTER_FIELD_OWNER_ID));
}

static char *
describe_level (QsStore   *store,
                QsRequest *request,
                gint64     level)
{
  const char *department_id = qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_DEPARTMENT_ID);
  g_autoptr(QsEntity) department = NULL;
  g_autofree char *name = NULL;

  if (level <= 0)
    return NULL;

  if (level == 1)
    {
      g_autofree char *owner_id = commitment_owner_id (store, request);

      name = qs_request_repository_person_name (store, owner_id);
      if (name != NULL)
        /* TRANSLATORS: who an overdue request went to, "Marie Tremblay (owner of the commitment)" */
        return g_strdup_printf (_("%s (owner of the commitment)"), name);
    }

  /* Level 2, or level 1 without an owner: the department's manager. */
  if (department_id != NULL)
    department = qs_repository_find (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), department_id, NULL);
  if (department != NULL)
    name = qs_request_repository_person_name (store,
                                              qs_entity_get_string (department, QS_DEPARTMENT_FIELD_MANAGER_ID));
  if (name != NULL)
    /* TRANSLATORS: "Luc Gagnon (manager of Human Resources)" */
    return g_strdup_printf (_("%s (manager of %s)"), name,
                            qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));

  return g_strdup (_("No one: the commitment has no owner and the department no manager"));
}

/**
 * qs_request_repository_describe_escalation:
 *
 * Returns: (transfer full) (nullable): who the request's escalation level
 *   points to, or %NULL when it is not escalated
 */
char *
qs_request_repository_describe_escalation (QsStore     *store,
                                           QsRequest   *request,
                                           GError     **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  return describe_level (store, request,
                         qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_ESCALATION_LEVEL));
}

/* Raises @request to the level its lateness calls for, if higher. */
static gboolean
escalate_one (QsStore     *store,
              QsRequest   *request,
              GHashTable  *hours_by_calendar,
              const char  *actor,
              gint64       now,
              gboolean    *escalated,
              GError     **error)
{
  QsEntity *e = QS_ENTITY (request);
  const char *calendar_id = qs_entity_get_string (e, QS_REQUEST_FIELD_CALENDAR_ID);
  gint64 level = qs_entity_get_int (e, QS_REQUEST_FIELD_ESCALATION_LEVEL);
  gint64 due = qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  QsBusinessHours *hours;
  gint64 late, day, new_level;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *who = NULL;

  *escalated = FALSE;
  hours = g_hash_table_lookup (hours_by_calendar, calendar_id != NULL ? calendar_id : "");
  if (hours == NULL)
    {
      hours = qs_request_repository_hours_of (store, request, error);
      if (hours == NULL)
        return FALSE;
      g_hash_table_insert (hours_by_calendar, g_strdup (calendar_id != NULL ? calendar_id : ""), hours);
    }

  late = qs_business_hours_between (hours, due, now);
  day = qs_business_hours_get_day_length (hours);
  new_level = day > 0 && late > day ? 2 : 1;
  if (new_level <= level)
    return TRUE;

  old_text = g_strdup_printf ("%" G_GINT64_FORMAT, level);
  new_text = g_strdup_printf ("%" G_GINT64_FORMAT, new_level);
  who = describe_level (store, request, new_level);
  qs_entity_set_int (e, QS_REQUEST_FIELD_ESCALATION_LEVEL, new_level);
  if (!qs_request_repository_add_event (store, request, QS_EVENT_KIND_ESCALATION, "escalation_level",
                                        old_text, new_text, who, FALSE, actor, now, error) ||
      !qs_repository_save (qs_store_get_repository (store, QS_TYPE_REQUEST), e, error))
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
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GPtrArray) escalated = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) hours_by_calendar = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  if (!qs_store_begin (store, error))
    return NULL;

  /* The terms of the requests_open_due partial index, so that only the
   * open requests past due are read. */
  overdue = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_REQUEST),
                                    "status NOT IN ('closed', 'rejected') AND resolution_due_at < ? "
                                    "AND status <> 'waiting-on-client' AND escalation_level < 2",
                                    g_variant_new ("(x)", now), "resolution_due_at",
                                    QS_QUERY_DEFAULT, error);
  if (overdue == NULL)
    {
      qs_store_rollback (store);
      return NULL;
    }

  hours_by_calendar = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) qs_business_hours_unref);
  for (guint i = 0; i < overdue->len; i++)
    {
      QsRequest *request = g_ptr_array_index (overdue, i);
      gboolean raised;

      if (!escalate_one (store, request, hours_by_calendar, actor, now, &raised, error))
        {
          qs_store_rollback (store);
          return NULL;
        }
      if (raised)
        g_ptr_array_add (escalated, g_object_ref (request));
    }

  if (!qs_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&escalated);
}
