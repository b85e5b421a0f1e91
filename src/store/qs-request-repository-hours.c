/* qs-request-repository-hours.c — the business clock of a request's provider
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A department counts its deadlines on its own calendar, else on its
 * charter's, else on the default one. Compiling a calendar reads its days,
 * so the clocks are kept in the store, by calendar, until a calendar or a
 * day is saved — the list asks for one at every row it shows.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-entities.h"
#include "qs-error.h"
#include "qs-request-repository-private.h"

#define HOURS_CACHE_KEY "qs-request-repository-hours"
#define DEFAULT_CALENDAR_KEY "qs-request-repository-default-calendar"

/* Compiled calendars by id, valid while the calendar tables are as they
 * were when it was filled. A save moves its row's updated_at forward
 * (qs_repository_save_full()), but not always the table's latest one:
 * with the clock stopped, or set back, the row saved may only catch up
 * with another. The sum of every row's stamp moves at each save; it is
 * taken modulo 2^32 so that it cannot overflow, and misses only a stamp
 * moved by an exact multiple of 2^32 µs (71 min 35 s). */
#define N_STAMPS 6

typedef struct
{
  gint64 stamp[N_STAMPS];
  /* When neither moved, no table can have changed: the stamp need not
   * be read again (the list's cells ask for a clock at every row). */
  sqlite3_int64 total_changes;
  gint64        data_version;
  GHashTable   *by_id;
} HoursCache;

static void
hours_cache_free (HoursCache *cache)
{
  g_hash_table_unref (cache->by_id);
  g_free (cache);
}

static gboolean
read_calendar_stamp (QsStore *store, gint64 stamp[N_STAMPS], GError **error)
{
  sqlite3_stmt *stmt =
    qs_store_prepare (store,
                      "SELECT max(updated_at), count(*), sum(updated_at % 4294967296), "
                      "(SELECT max(updated_at) FROM calendar_days), "
                      "(SELECT count(*) FROM calendar_days), "
                      "(SELECT sum(updated_at % 4294967296) FROM calendar_days) "
                      "FROM calendars",
                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    for (int i = 0; i < N_STAMPS; i++)
      stamp[i] = sqlite3_column_int64 (stmt, i);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Reading the business calendars"));
      return FALSE;
    }
  return TRUE;
}

static QsBusinessHours *
load_hours (QsStore *store, const char *calendar_id, GError **error)
{
  g_autoptr (QsEntity) calendar = NULL;
  g_autoptr (GPtrArray) days = NULL;

  calendar =
    qs_repository_find (qs_store_get_repository (store, QS_TYPE_CALENDAR), calendar_id, error);
  if (calendar == NULL)
    return NULL;
  days = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_CALENDAR_DAY),
                                 "calendar_id = ?", g_variant_new ("(s)", calendar_id), "day",
                                 QS_QUERY_DEFAULT, error);
  if (days == NULL)
    return NULL;
  return qs_business_hours_new_for_calendar (QS_CALENDAR (calendar), days, error);
}

/**
 * qs_request_repository_find_calendar_id:
 * @calendar_id: (nullable): the calendar stored with a request, if any
 * @department_id: (nullable): the providing department
 * @default_calendar_ref: (nullable): as for qs_request_repository_get_hours()
 *
 * "First" is the first created:
 * calendars saved at one instant (a stopped clock, an import) come in
 * the order they were inserted, their rowid's, not their random ids'.
 *
 * Returns: (transfer full): the calendar's id, or %NULL with @error set
 */
char *
qs_request_repository_find_calendar_id (QsStore    *store,
                                        const char *calendar_id,
                                        const char *department_id,
                                        const char *default_calendar_ref,
                                        GError    **error)
{
  GError *local_error = NULL;
  char   *id = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  if (calendar_id != NULL)
    {
      id = qs_request_repository_query_text (
        store, "SELECT id FROM calendars WHERE id = ? AND deleted_at IS NULL", calendar_id, NULL,
        &local_error);
      if (id != NULL || local_error != NULL)
        goto out;
    }
  if (department_id != NULL)
    {
      id = qs_request_repository_query_text (
        store,
        "SELECT id FROM calendars WHERE department_id = ? AND deleted_at IS NULL "
        "ORDER BY created_at, rowid LIMIT 1",
        department_id, NULL, &local_error);
      if (id != NULL || local_error != NULL)
        goto out;
      id = qs_request_repository_query_text (
        store,
        "SELECT calendar_id FROM charters WHERE department_id = ? AND deleted_at IS NULL "
        "AND calendar_id IN (SELECT id FROM calendars WHERE deleted_at IS NULL) "
        "ORDER BY status = 'published' DESC, published_at DESC, version DESC LIMIT 1",
        department_id, NULL, &local_error);
      if (id != NULL || local_error != NULL)
        goto out;
    }
  if (default_calendar_ref == NULL)
    default_calendar_ref = g_object_get_data (G_OBJECT (store), DEFAULT_CALENDAR_KEY);
  if (default_calendar_ref != NULL && *default_calendar_ref != '\0')
    {
      id = qs_request_repository_query_text (
        store, "SELECT id FROM calendars WHERE ref = ? AND deleted_at IS NULL",
        default_calendar_ref, NULL, &local_error);
      if (id != NULL || local_error != NULL)
        goto out;
    }
  id = qs_request_repository_query_text (
    store, "SELECT id FROM calendars WHERE deleted_at IS NULL ORDER BY created_at, rowid LIMIT 1",
    NULL, NULL, &local_error);
  if (id == NULL && local_error == NULL)
    g_set_error (&local_error, QS_ERROR, QS_ERROR_NOT_FOUND,
                 _ ("There is no business calendar: add one so that deadlines can be counted in "
                    "business hours."));

out:
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      g_clear_pointer (&id, g_free);
    }
  return id;
}

/* Changes by other connections to the database file. */
static gint64
read_data_version (QsStore *store)
{
  sqlite3_stmt *stmt = qs_store_prepare (store, "PRAGMA data_version", NULL);
  gint64        version = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return version;
}

/* The cache, emptied first if a calendar or a day changed since it was
 * filled. */
static HoursCache *
valid_cache (QsStore *store, GError **error)
{
  HoursCache   *cache = g_object_get_data (G_OBJECT (store), HOURS_CACHE_KEY);
  sqlite3_int64 total_changes = sqlite3_total_changes64 (qs_store_get_db (store));
  gint64        data_version = read_data_version (store);
  gint64        stamp[N_STAMPS];

  if (cache != NULL && cache->total_changes == total_changes &&
      cache->data_version == data_version && data_version >= 0)
    return cache;

  if (!read_calendar_stamp (store, stamp, error))
    return NULL;
  if (cache == NULL || memcmp (cache->stamp, stamp, sizeof stamp) != 0)
    {
      cache = g_new0 (HoursCache, 1);
      memcpy (cache->stamp, stamp, sizeof stamp);
      cache->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) qs_business_hours_unref);
      g_object_set_data_full (G_OBJECT (store), HOURS_CACHE_KEY, cache,
                              (GDestroyNotify) hours_cache_free);
    }
  cache->total_changes = total_changes;
  cache->data_version = data_version;
  return cache;
}

QsBusinessHours *
qs_request_repository_hours_for_id (QsStore *store, const char *calendar_id, GError **error)
{
  HoursCache      *cache = valid_cache (store, error);
  QsBusinessHours *hours;

  if (cache == NULL)
    return NULL;
  hours = g_hash_table_lookup (cache->by_id, calendar_id);
  if (hours == NULL)
    {
      hours = load_hours (store, calendar_id, error);
      if (hours == NULL)
        return NULL;
      g_hash_table_insert (cache->by_id, g_strdup (calendar_id), hours);
    }
  return qs_business_hours_ref (hours);
}

/**
 * qs_request_repository_get_hours:
 * @calendar_id: (nullable): the calendar stored with a request, if any
 * @department_id: (nullable): the providing department
 * @default_calendar_ref: (nullable): the calendar to fall back on; %NULL
 *   for the one given to qs_request_repository_set_default_calendar()
 *
 * Returns: (transfer full): the clock, or %NULL with @error set when
 *   there is no calendar at all or it cannot be read
 */
QsBusinessHours *
qs_request_repository_get_hours (QsStore    *store,
                                 const char *calendar_id,
                                 const char *department_id,
                                 const char *default_calendar_ref,
                                 GError    **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  /* The usual case, a request's own calendar, without a query. */
  if (calendar_id != NULL)
    {
      HoursCache      *cache = valid_cache (store, error);
      QsBusinessHours *hours;

      if (cache == NULL)
        return NULL;
      hours = g_hash_table_lookup (cache->by_id, calendar_id);
      if (hours != NULL)
        return qs_business_hours_ref (hours);
    }

  id = qs_request_repository_find_calendar_id (store, calendar_id, department_id,
                                               default_calendar_ref, error);
  if (id == NULL)
    return NULL;
  return qs_request_repository_hours_for_id (store, id, error);
}

/**
 * qs_request_repository_set_default_calendar:
 * @calendar_ref: (nullable): the ref of the calendar used when a
 *   department has none (the default-calendar setting)
 */
void
qs_request_repository_set_default_calendar (QsStore *store, const char *calendar_ref)
{
  g_return_if_fail (QS_IS_STORE (store));

  g_object_set_data_full (G_OBJECT (store), DEFAULT_CALENDAR_KEY, g_strdup (calendar_ref), g_free);
}

QsBusinessHours *
qs_request_repository_hours_of (QsStore *store, QsRequest *request, GError **error)
{
  QsEntity *e = QS_ENTITY (request);

  return qs_request_repository_get_hours (
    store, qs_entity_get_string (e, QS_REQUEST_FIELD_CALENDAR_ID),
    qs_entity_get_string (e, QS_REQUEST_FIELD_DEPARTMENT_ID), NULL, error);
}
