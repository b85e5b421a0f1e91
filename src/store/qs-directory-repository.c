/* qs-directory-repository.c — the queries of the directory: people, departments, needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-feedback.h"
#include "qs-repository.h"
#include "qs-request.h"
#include "qs-service.h"
#include "qs-directory-repository-private.h"
#include "qs-store-private.h"
#include "qs-text.h"

#define PEOPLE_ORDER "family_name COLLATE qs_name, given_name COLLATE qs_name"

/* Statuses after which a request no longer waits on anyone. */
#define OPEN_REQUEST "status NOT IN ('resolved', 'client-informed', 'closed', 'rejected')"

static QsRepository *
repository (QsStore *store, GType type)
{
  return qs_store_get_repository (store, type);
}

QsQueryListModel *
qs_directory_repository_new_people_model (QsStore *store)
{
  QsQueryListModel *model;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  model = qs_query_list_model_new (store, QS_TYPE_CLIENT);
  qs_query_list_model_set_query (model, NULL, NULL, PEOPLE_ORDER);
  return model;
}

/* The words typed, as an FTS5 query: every word must start a word of the
 * person's, in any order. Quoting each word keeps FTS5 syntax out. */
static char *
search_to_match (const char *search)
{
  g_autoptr (GString) match = g_string_new (NULL);
  g_autoptr (GString) word = g_string_new (NULL);
  const char *p;

  for (p = search;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          g_string_append_printf (match, "%s\"%s\"*", match->len > 0 ? " " : "", word->str);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  return match->len > 0 ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}

/* In characters, of the words search_to_match() keeps. */
static guint
longest_word (const char *search)
{
  guint       longest = 0, current = 0;
  const char *p;

  for (p = search;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          current++;
          continue;
        }
      longest = MAX (longest, current);
      current = 0;
      if (c == 0)
        break;
    }
  return longest;
}

void
qs_directory_repository_set_people_filter (
  QsQueryListModel *model, const char *search, const char *department_id, int language, int channel)
{
  g_autoptr (GString) where = g_string_new ("1");
  g_autofree char *match = NULL;
  GVariantBuilder  params;
  const char      *nick;

  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (model));

  g_variant_builder_init (&params, G_VARIANT_TYPE_TUPLE);
  /* An empty tuple is still a tuple: the model binds nothing from it. */
  match = search != NULL ? search_to_match (search) : NULL;
  if (match != NULL)
    {
      /* Words of up to three letters match much of the directory: then
       * walking the name index in order and probing the matches beats
       * sorting them ("+" keeps SQLite from looking rows up by rowid);
       * longer words match few people, best looked up then sorted. */
      g_string_append (
        where, longest_word (search) <= 3
                 ? " AND +rowid IN (SELECT rowid FROM clients_search WHERE clients_search MATCH ?)"
                 : " AND rowid IN (SELECT rowid FROM clients_search WHERE clients_search MATCH ?)");
      g_variant_builder_add (&params, "s", match);
    }
  if (department_id != NULL && *department_id != '\0')
    {
      g_string_append (where, " AND department_id = ?");
      g_variant_builder_add (&params, "s", department_id);
    }
  if (language >= 0 && (nick = qs_enum_nick (QS_TYPE_LANGUAGE, language)) != NULL)
    {
      g_string_append (where, " AND language = ?");
      g_variant_builder_add (&params, "s", nick);
    }
  if (channel >= 0 && (nick = qs_enum_nick (QS_TYPE_CHANNEL, channel)) != NULL)
    {
      g_string_append (where, " AND preferred_channel = ?");
      g_variant_builder_add (&params, "s", nick);
    }

  qs_query_list_model_set_query (model, where->str, g_variant_builder_end (&params), PEOPLE_ORDER);
}

/* Depth first from the roots, so a parent always comes before its
 * children; a department whose parent is gone counts as a root. */
static void
append_subtree (GPtrArray *out, GHashTable *children, GHashTable *placed, QsEntity *department)
{
  GPtrArray  *kids;
  const char *id = qs_entity_get_id (department);
  guint       i;

  if (!g_hash_table_add (placed, (gpointer) id))
    return;
  g_ptr_array_add (out, g_object_ref (department));
  kids = g_hash_table_lookup (children, id);
  for (i = 0; kids != NULL && i < kids->len; i++)
    append_subtree (out, children, placed, kids->pdata[i]);
}

GPtrArray *
qs_directory_repository_get_departments_by_name (QsStore *store, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  return qs_repository_find_all (repository (store, QS_TYPE_DEPARTMENT), NULL, NULL,
                                 "name COLLATE qs_name", QS_QUERY_DEFAULT, error);
}

GPtrArray *
qs_directory_repository_get_departments (QsStore *store, GError **error)
{
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GHashTable) by_id = NULL;
  g_autoptr (GHashTable) children = NULL;
  g_autoptr (GHashTable) placed = NULL;
  GPtrArray *out;
  guint      i;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  all = qs_repository_find_all (repository (store, QS_TYPE_DEPARTMENT), NULL, NULL,
                                "position, name COLLATE qs_name", QS_QUERY_DEFAULT, error);
  if (all == NULL)
    return NULL;

  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  children =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  placed = g_hash_table_new (g_str_hash, g_str_equal);
  for (i = 0; i < all->len; i++)
    g_hash_table_insert (by_id, (gpointer) qs_entity_get_id (all->pdata[i]), all->pdata[i]);
  for (i = 0; i < all->len; i++)
    {
      const char *parent = qs_entity_get_string (all->pdata[i], QS_DEPARTMENT_FIELD_PARENT_ID);
      GPtrArray  *kids;

      if (parent == NULL || !g_hash_table_contains (by_id, parent))
        continue;
      kids = g_hash_table_lookup (children, parent);
      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, (gpointer) parent, kids);
        }
      g_ptr_array_add (kids, all->pdata[i]);
    }

  out = g_ptr_array_new_with_free_func (g_object_unref);
  for (i = 0; i < all->len; i++)
    {
      const char *parent = qs_entity_get_string (all->pdata[i], QS_DEPARTMENT_FIELD_PARENT_ID);

      if (parent == NULL || !g_hash_table_contains (by_id, parent))
        append_subtree (out, children, placed, all->pdata[i]);
    }
  /* What a cycle in older data left out still shows, at the end. */
  for (i = 0; i < all->len; i++)
    append_subtree (out, children, placed, all->pdata[i]);

  return out;
}

GPtrArray *
qs_directory_repository_get_needs (QsStore    *store,
                                   const char *department_id,
                                   QsNeedKind  kind,
                                   GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  return qs_repository_find_all (
    repository (store, QS_TYPE_DEPARTMENT_NEED), "department_id = ? AND kind = ?",
    g_variant_new ("(ss)", department_id, qs_enum_nick (QS_TYPE_NEED_KIND, kind)),
    "position, created_at", QS_QUERY_DEFAULT, error);
}

static GPtrArray *
siblings_of (QsStore *store, QsDepartmentNeed *need, GError **error)
{
  QsEntity *entity = QS_ENTITY (need);

  return qs_directory_repository_get_needs (
    store, qs_entity_get_string (entity, QS_DEPARTMENT_NEED_FIELD_DEPARTMENT_ID),
    qs_entity_get_enum (entity, QS_DEPARTMENT_NEED_FIELD_KIND), error);
}

/* Positions 0…n-1 in the order of @list, saving only what moved. */
static gboolean
renumber (QsStore *store, GPtrArray *list, GError **error)
{
  guint i;

  for (i = 0; i < list->len; i++)
    {
      QsEntity *entity = list->pdata[i];

      if (qs_entity_get_int (entity, QS_DEPARTMENT_NEED_FIELD_POSITION) == i)
        continue;
      qs_entity_set_int (entity, QS_DEPARTMENT_NEED_FIELD_POSITION, i);
      if (!qs_repository_save (repository (store, QS_TYPE_DEPARTMENT_NEED), entity, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
find_in (GPtrArray *list, QsEntity *entity)
{
  guint i;

  for (i = 0; i < list->len; i++)
    if (g_str_equal (qs_entity_get_id (list->pdata[i]), qs_entity_get_id (entity)))
      return i;
  return -1;
}

gboolean
qs_directory_repository_save_need (QsStore *store, QsDepartmentNeed *need, GError **error)
{
  g_autoptr (GPtrArray) siblings = NULL;
  const char *text;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_DEPARTMENT_NEED (need), FALSE);

  text = qs_entity_get_string (QS_ENTITY (need), QS_DEPARTMENT_NEED_FIELD_TEXT);
  if (qs_text_is_blank (text))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The text of a need is empty; write what the department needs."));
      return FALSE;
    }

  siblings = siblings_of (store, need, error);
  if (siblings == NULL)
    return FALSE;
  if (find_in (siblings, QS_ENTITY (need)) < 0)
    qs_entity_set_int (QS_ENTITY (need), QS_DEPARTMENT_NEED_FIELD_POSITION, siblings->len);

  return qs_repository_save (repository (store, QS_TYPE_DEPARTMENT_NEED), QS_ENTITY (need), error);
}

gboolean
qs_directory_repository_delete_need (QsStore *store, QsDepartmentNeed *need, GError **error)
{
  g_autoptr (GPtrArray) siblings = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_DEPARTMENT_NEED (need), FALSE);

  if (!qs_store_begin (store, error))
    return FALSE;
  if (!qs_repository_delete (repository (store, QS_TYPE_DEPARTMENT_NEED), QS_ENTITY (need),
                             error) ||
      (siblings = siblings_of (store, need, error)) == NULL || !renumber (store, siblings, error) ||
      !qs_store_commit (store, error))
    {
      qs_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gboolean
qs_directory_repository_move_need (QsStore          *store,
                                   QsDepartmentNeed *need,
                                   guint             position,
                                   GError          **error)
{
  g_autoptr (GPtrArray) siblings = NULL;
  gint64 from;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_DEPARTMENT_NEED (need), FALSE);

  if (!qs_store_begin (store, error))
    return FALSE;
  siblings = siblings_of (store, need, error);
  if (siblings == NULL)
    goto fail;
  from = find_in (siblings, QS_ENTITY (need));
  if (from < 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                           _ ("This need is no longer in the list; it may have been deleted."));
      goto fail;
    }
  g_ptr_array_remove_index (siblings, from);
  g_ptr_array_insert (siblings, MIN (position, siblings->len), g_object_ref (need));
  if (!renumber (store, siblings, error) || !qs_store_commit (store, error))
    goto fail;
  /* The caller's object says where it now is. */
  qs_entity_set_int (QS_ENTITY (need), QS_DEPARTMENT_NEED_FIELD_POSITION,
                     MIN (position, siblings->len - 1));
  return TRUE;

fail:
  qs_store_rollback (store);
  return FALSE;
}

GPtrArray *
qs_directory_repository_get_services_received (QsStore    *store,
                                               const char *department_id,
                                               GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  return qs_repository_find_all (repository (store, QS_TYPE_SERVICE),
                                 "id IN (SELECT service_id FROM service_recipients "
                                 "WHERE department_id = ? AND deleted_at IS NULL)",
                                 g_variant_new ("(s)", department_id), "name COLLATE qs_name",
                                 QS_QUERY_DEFAULT, error);
}

GPtrArray *
qs_directory_repository_get_services_provided (QsStore    *store,
                                               const char *department_id,
                                               GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  return qs_repository_find_all (repository (store, QS_TYPE_SERVICE), "department_id = ?",
                                 g_variant_new ("(s)", department_id), "name COLLATE qs_name",
                                 QS_QUERY_DEFAULT, error);
}

gboolean
qs_directory_repository_save_service (QsStore *store, QsService *service, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SERVICE (service), FALSE);

  if (qs_text_is_blank (qs_entity_get_string (QS_ENTITY (service), QS_SERVICE_FIELD_NAME)))
    {
      g_set_error_literal (
        error, QS_ERROR, QS_ERROR_INVALID,
        _ ("The name of the service is empty; write what the department provides."));
      return FALSE;
    }
  return qs_repository_save (repository (store, QS_TYPE_SERVICE), QS_ENTITY (service), error);
}

static gboolean
delete_recipient_cb (QsEntity *recipient, gpointer user_data)
{
  QsStore *store = user_data;

  return qs_repository_delete (repository (store, QS_TYPE_SERVICE_RECIPIENT), recipient, NULL);
}

gboolean
qs_directory_repository_delete_service (QsStore *store, QsService *service, GError **error)
{
  const char *id;
  gint64      charters;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SERVICE (service), FALSE);

  id = qs_entity_get_id (QS_ENTITY (service));
  charters = qs_repository_count (repository (store, QS_TYPE_CHARTER), "service_id = ?",
                                  g_variant_new ("(s)", id), QS_QUERY_DEFAULT, error);
  if (charters < 0)
    return FALSE;
  if (charters > 0)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("A charter promises “%s”: the service stays while the charter names it."),
                   qs_entity_get_string (QS_ENTITY (service), QS_SERVICE_FIELD_NAME));
      return FALSE;
    }
  if (!qs_store_begin (store, error))
    return FALSE;
  if (!qs_repository_foreach (repository (store, QS_TYPE_SERVICE_RECIPIENT), "service_id = ?",
                              g_variant_new ("(s)", id), NULL, QS_QUERY_DEFAULT,
                              delete_recipient_cb, store, error) ||
      !qs_repository_delete (repository (store, QS_TYPE_SERVICE), QS_ENTITY (service), error) ||
      !qs_store_commit (store, error))
    {
      qs_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
qs_directory_repository_get_recipients (QsStore *store, const char *service_id, GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  GPtrArray *ids;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (service_id != NULL, NULL);

  rows = qs_repository_find_all (repository (store, QS_TYPE_SERVICE_RECIPIENT), "service_id = ?",
                                 g_variant_new ("(s)", service_id), "created_at", QS_QUERY_DEFAULT,
                                 error);
  if (rows == NULL)
    return NULL;
  ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (ids,
                     g_strdup (qs_entity_get_string (g_ptr_array_index (rows, i),
                                                     QS_SERVICE_RECIPIENT_FIELD_DEPARTMENT_ID)));
  return ids;
}

gboolean
qs_directory_repository_set_recipient (QsStore    *store,
                                       const char *service_id,
                                       const char *department_id,
                                       gboolean    receives,
                                       GError    **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (QsServiceRecipient) recipient = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (service_id != NULL && department_id != NULL, FALSE);

  rows = qs_repository_find_all (
    repository (store, QS_TYPE_SERVICE_RECIPIENT), "service_id = ? AND department_id = ?",
    g_variant_new ("(ss)", service_id, department_id), "created_at", QS_QUERY_DEFAULT, error);
  if (rows == NULL)
    return FALSE;
  if (receives)
    {
      if (rows->len > 0)
        return TRUE;
      recipient = qs_service_recipient_new ();
      qs_entity_set_string (QS_ENTITY (recipient), QS_SERVICE_RECIPIENT_FIELD_SERVICE_ID,
                            service_id);
      qs_entity_set_string (QS_ENTITY (recipient), QS_SERVICE_RECIPIENT_FIELD_DEPARTMENT_ID,
                            department_id);
      return qs_repository_save (repository (store, QS_TYPE_SERVICE_RECIPIENT),
                                 QS_ENTITY (recipient), error);
    }
  if (!qs_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    if (!qs_repository_delete (repository (store, QS_TYPE_SERVICE_RECIPIENT),
                               g_ptr_array_index (rows, i), error))
      {
        qs_store_rollback (store);
        return FALSE;
      }
  return qs_store_commit (store, error);
}

GPtrArray *
qs_directory_repository_get_people_of (QsStore *store, const char *department_id, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  return qs_repository_find_all (
    repository (store, QS_TYPE_CLIENT), "department_id = ? AND anonymised_at IS NULL",
    g_variant_new ("(s)", department_id), PEOPLE_ORDER, QS_QUERY_DEFAULT, error);
}

gint64
qs_directory_repository_count_open_requests (QsStore    *store,
                                             const char *department_id,
                                             GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (department_id != NULL, -1);

  return qs_repository_count (repository (store, QS_TYPE_REQUEST),
                              "origin_department_id = ? AND " OPEN_REQUEST,
                              g_variant_new ("(s)", department_id), QS_QUERY_DEFAULT, error);
}

static gint64
to_usec (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

GArray *
qs_directory_repository_get_satisfaction_trend (
  QsStore *store, const char *department_id, GDateTime *now, guint n_months, GError **error)
{
  g_autoptr (GArray) trend = NULL;
  g_autoptr (GDateTime) month = NULL;
  sqlite3_stmt *stmt;
  guint         i;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  trend = g_array_sized_new (FALSE, FALSE, sizeof (double), n_months);
  /* Months in the local zone of @now, as the user counts them. */
  month = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                           g_date_time_get_month (now), 1, 0, 0, 0);
  for (i = 0; i < n_months; i++)
    {
      g_autoptr (GDateTime) start = g_date_time_add_months (month, (int) i - (int) n_months + 1);
      g_autoptr (GDateTime) end = g_date_time_add_months (start, 1);
      double mean = NAN;
      int    rc;

      stmt = qs_store_prepare (store,
                               "SELECT avg (rating) FROM feedback WHERE deleted_at IS NULL "
                               "AND department_id = ? AND rating > 0 "
                               "AND received_at >= ? AND received_at < ?",
                               error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, department_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, to_usec (start));
      sqlite3_bind_int64 (stmt, 3, to_usec (end));
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          qs_store_set_sqlite_error (store, error, rc, _ ("Reading the satisfaction trend"));
          sqlite3_reset (stmt);
          return NULL;
        }
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        mean = sqlite3_column_double (stmt, 0);
      sqlite3_reset (stmt);
      g_array_append_val (trend, mean);
    }

  return g_steal_pointer (&trend);
}

gint64
qs_directory_repository_count_requests_of (QsStore *store, const char *client_id, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (client_id != NULL, -1);

  return qs_repository_count (repository (store, QS_TYPE_REQUEST), "client_id = ?",
                              g_variant_new ("(s)", client_id), QS_QUERY_DEFAULT, error);
}

gint64
qs_directory_repository_count_feedback_of (QsStore *store, const char *client_id, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (client_id != NULL, -1);

  return qs_repository_count (repository (store, QS_TYPE_FEEDBACK), "client_id = ?",
                              g_variant_new ("(s)", client_id), QS_QUERY_DEFAULT, error);
}

GPtrArray *
qs_directory_repository_get_recent_requests_of (QsStore    *store,
                                                const char *client_id,
                                                guint       limit,
                                                GError    **error)
{
  g_autofree char *order = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (client_id != NULL, NULL);

  order = g_strdup_printf ("received_at DESC LIMIT %u", limit);
  return qs_repository_find_all (repository (store, QS_TYPE_REQUEST), "client_id = ?",
                                 g_variant_new ("(s)", client_id), order, QS_QUERY_DEFAULT, error);
}
