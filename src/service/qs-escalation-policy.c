/* qs-escalation-policy.c — overdue requests go up the line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scan reads only the few columns it needs of the open requests past
 * due and builds request objects only for those it escalates: on a large
 * database thousands of requests may be overdue, and most of them are
 * already at their level. Calendars and whom each level points to are
 * looked up once per scan.
 *
 * The overdue requests are read first, then escalated in short
 * transactions: the first scan of a large backlog writes thousands of
 * events, and one transaction would keep the window's own writes (an
 * acknowledgement) waiting for all of them. A request changed between
 * the read and its batch is left for the next scan.
 */
#include "config.h"

#include "qs-entities.h"
#include "qs-escalation.h"
#include "qs-escalation-policy.h"
#include "qs-repository.h"
#include "qs-request-repository.h"

/* A scan writes in transactions of at most this long, so that another
 * writer (the window, while a thread scans) waits no longer. */
#define BATCH_MS 25

struct _QsEscalationPolicy
{
  GObject parent_instance;

  QsStore *store;
  guint    pause_ms; /* between two batches */
};

G_DEFINE_FINAL_TYPE (QsEscalationPolicy, qs_escalation_policy, G_TYPE_OBJECT)

static void
qs_escalation_policy_dispose (GObject *object)
{
  QsEscalationPolicy *self = QS_ESCALATION_POLICY (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (qs_escalation_policy_parent_class)->dispose (object);
}

static void
qs_escalation_policy_class_init (QsEscalationPolicyClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = qs_escalation_policy_dispose;
}

static void
qs_escalation_policy_init (QsEscalationPolicy *self)
{
}

QsEscalationPolicy *
qs_escalation_policy_new (QsStore *store)
{
  QsEscalationPolicy *self;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  self = g_object_new (QS_TYPE_ESCALATION_POLICY, NULL);
  self->store = g_object_ref (store);
  return self;
}

/* The owner of the commitment @commitment_id, else of its charter. */
static gboolean
find_owner (QsEscalationPolicy *self, const char *commitment_id, QsEntity **owner, GError **error)
{
  g_autoptr (QsEntity) commitment = NULL;
  g_autoptr (QsEntity) charter = NULL;

  *owner = NULL;
  if (!qs_store_find_if_any (self->store, QS_TYPE_COMMITMENT, commitment_id, &commitment, error))
    return FALSE;
  if (commitment != NULL && qs_escalation_owner_id (QS_COMMITMENT (commitment), NULL) == NULL &&
      !qs_store_find_if_any (self->store, QS_TYPE_CHARTER,
                             qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_CHARTER_ID),
                             &charter, error))
    return FALSE;
  return qs_store_find_if_any (
    self->store, QS_TYPE_CLIENT,
    qs_escalation_owner_id (QS_COMMITMENT (commitment), QS_CHARTER (charter)), owner, error);
}

/* Whom @level points to, in *@description (NULL when not escalated);
 * FALSE with @error set when the database could not be read. */
static gboolean
describe_level (QsEscalationPolicy *self,
                const char         *commitment_id,
                const char         *department_id,
                gint64              level,
                char              **description,
                GError            **error)
{
  g_autoptr (QsEntity) owner = NULL;
  g_autoptr (QsEntity) department = NULL;
  g_autoptr (QsEntity) manager = NULL;

  *description = NULL;
  if (level <= QS_ESCALATION_LEVEL_NONE)
    return TRUE;

  if (level == QS_ESCALATION_LEVEL_OWNER && !find_owner (self, commitment_id, &owner, error))
    return FALSE;
  /* The department and its manager only when the level goes to them. */
  if (qs_escalation_goes_to_manager (level, QS_CLIENT (owner)))
    {
      if (!qs_store_find_if_any (self->store, QS_TYPE_DEPARTMENT, department_id, &department,
                                 error))
        return FALSE;
      if (department != NULL &&
          !qs_store_find_if_any (self->store, QS_TYPE_CLIENT,
                                 qs_entity_get_string (department, QS_DEPARTMENT_FIELD_MANAGER_ID),
                                 &manager, error))
        return FALSE;
    }
  *description = qs_escalation_describe (level, QS_CLIENT (owner), QS_CLIENT (manager),
                                         QS_DEPARTMENT (department));
  return TRUE;
}

/**
 * qs_escalation_policy_describe:
 *
 * Returns: (transfer full) (nullable): whom the request's escalation
 *   level points to, or %NULL when it is not escalated, or %NULL with
 *   @error set when the database could not be read
 */
char *
qs_escalation_policy_describe (QsEscalationPolicy *self, QsRequest *request, GError **error)
{
  QsEntity *e = QS_ENTITY (request);
  char     *description = NULL;

  g_return_val_if_fail (QS_IS_ESCALATION_POLICY (self), NULL);
  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);

  if (!describe_level (self, qs_entity_get_string (e, QS_REQUEST_FIELD_COMMITMENT_ID),
                       qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID),
                       qs_entity_get_int (e, QS_REQUEST_FIELD_ESCALATION_LEVEL), &description,
                       error))
    return NULL;
  return description;
}

typedef struct
{
  QsEscalationPolicy *policy;
  GHashTable         *hours; /* calendar id, or "@" department id → QsBusinessHours */
  GHashTable         *who;   /* level, commitment and department → text */
} Scan;

static QsBusinessHours *
scan_hours (Scan *scan, QsOverdueRequest *row, GError **error)
{
  g_autofree char *key = row->calendar_id != NULL ? g_strdup (row->calendar_id)
                                                  : g_strconcat ("@", row->department_id, NULL);
  QsBusinessHours *hours = g_hash_table_lookup (scan->hours, key);

  if (hours == NULL)
    {
      hours = qs_request_repository_get_hours (scan->policy->store, row->calendar_id,
                                               row->department_id, NULL, error);
      if (hours == NULL)
        return NULL;
      g_hash_table_insert (scan->hours, g_steal_pointer (&key), hours);
    }
  return hours;
}

/* NULL with @error set when the database could not be read. */
static const char *
scan_who (Scan *scan, QsOverdueRequest *row, gint64 level, GError **error)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%s", level,
                                          row->commitment_id != NULL ? row->commitment_id : "",
                                          row->department_id != NULL ? row->department_id : "");
  char            *who = g_hash_table_lookup (scan->who, key);

  if (who == NULL)
    {
      if (!describe_level (scan->policy, row->commitment_id, row->department_id, level, &who,
                           error))
        return NULL;
      g_hash_table_insert (scan->who, g_steal_pointer (&key), who);
    }
  return who;
}

/* Raises the request to the level its lateness calls for, if higher. */
static gboolean
escalate_one (Scan             *scan,
              QsOverdueRequest *row,
              const char       *actor,
              gint64            now,
              gboolean         *escalated,
              GError          **error)
{
  QsBusinessHours  *hours;
  QsEscalationLevel level;
  const char       *who;

  *escalated = FALSE;
  hours = scan_hours (scan, row, error);
  if (hours == NULL)
    return FALSE;

  level = qs_escalation_level_due (hours, row->status, row->due, now);
  if (level <= row->level)
    return TRUE;

  if ((who = scan_who (scan, row, level, error)) == NULL)
    return FALSE;
  return qs_request_repository_set_escalation_level (scan->policy->store, row, level, who, actor,
                                                     now, escalated, error);
}

/**
 * qs_escalation_policy_set_pause:
 * @ms: how long the scan sleeps between two of its transactions
 *
 * For a scan in a thread, beside the window's connection: the window's
 * writes go in between. 0 (the default) for a scan that has the
 * database to itself.
 */
void
qs_escalation_policy_set_pause (QsEscalationPolicy *self, guint ms)
{
  g_return_if_fail (QS_IS_ESCALATION_POLICY (self));

  self->pause_ms = ms;
}

/**
 * qs_escalation_policy_escalate_overdue:
 *
 * Returns: (transfer container) (element-type QsRequest): the requests
 *   escalated by this call, or %NULL with @error set; the transactions
 *   written before the error stay written, each escalation standing on
 *   its own
 */
GPtrArray *
qs_escalation_policy_escalate_overdue (QsEscalationPolicy *self,
                                       const char         *actor,
                                       gint64              now,
                                       GError            **error)
{
  g_autoptr (GArray) overdue = NULL;
  g_autoptr (GPtrArray) escalated = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) hours = NULL;
  g_autoptr (GHashTable) who = NULL;
  QsRepository *requests;
  Scan          scan;
  gint64        batch_started = 0;

  g_return_val_if_fail (QS_IS_ESCALATION_POLICY (self), NULL);

  overdue =
    qs_request_repository_get_overdue (self->store, now, QS_ESCALATION_LEVEL_HIGHEST, error);
  if (overdue == NULL)
    return NULL;

  hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify) qs_business_hours_unref);
  who = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  scan = (Scan){ self, hours, who };
  requests = qs_store_get_repository (self->store, QS_TYPE_REQUEST);
  for (guint i = 0; i < overdue->len; i++)
    {
      QsOverdueRequest *row = &g_array_index (overdue, QsOverdueRequest, i);
      QsEntity         *request = NULL;
      gboolean          raised;

      if (batch_started == 0)
        {
          if (!qs_store_begin (self->store, error))
            return NULL;
          batch_started = g_get_monotonic_time ();
        }
      if (!escalate_one (&scan, row, actor, now, &raised, error) ||
          (raised && (request = qs_repository_find (requests, row->id, error)) == NULL))
        {
          qs_store_rollback (self->store);
          return NULL;
        }
      if (request != NULL)
        g_ptr_array_add (escalated, request);
      if (i + 1 < overdue->len && g_get_monotonic_time () - batch_started < BATCH_MS * 1000)
        continue;
      batch_started = 0;
      if (!qs_store_commit (self->store, error))
        return NULL;
      if (i + 1 < overdue->len && self->pause_ms > 0)
        g_usleep (self->pause_ms * 1000);
    }
  return g_steal_pointer (&escalated);
}
