/* qs-directory-repository-people.c — saving people and departments, anonymising a person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-directory-repository.h"
#include "qs-survey-fatigue.h"
#include "qs-entities.h"
#include "qs-directory-repository-private.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-store-private.h"
#include "qs-text.h"

/**
 * qs_directory_email_is_valid:
 *
 * Whether @email has the shape of an address: one "@", something before
 * it, a dotted domain after it, no spaces. Whether it exists is the mail
 * server's business.
 */
gboolean
qs_directory_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;
  const char *p;

  if (email == NULL)
    return FALSE;
  for (p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

gboolean
qs_directory_repository_save_client (QsStore *store, QsClient *client, GError **error)
{
  QsEntity   *entity = QS_ENTITY (client);
  const char *email;
  gboolean    anonymised;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CLIENT (client), FALSE);

  anonymised = qs_entity_get_int (entity, QS_CLIENT_FIELD_ANONYMISED_AT) != 0;
  if (!anonymised && qs_text_is_blank (qs_entity_get_string (entity, QS_CLIENT_FIELD_FAMILY_NAME)))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The family name is empty; write the person’s family name."));
      return FALSE;
    }

  email = qs_entity_get_string (entity, QS_CLIENT_FIELD_EMAIL);
  if (!qs_text_is_blank (email))
    {
      gint64 taken;

      if (!qs_directory_email_is_valid (email))
        {
          g_set_error (
            error, QS_ERROR, QS_ERROR_INVALID,
            _ ("The e-mail “%s” is not an e-mail address; write it as name@example.org."), email);
          return FALSE;
        }
      taken = qs_repository_count (
        qs_store_get_repository (store, QS_TYPE_CLIENT), "email = ? COLLATE NOCASE AND id <> ?",
        g_variant_new ("(ss)", email, qs_entity_get_id (entity)), QS_QUERY_DEFAULT, error);
      if (taken < 0)
        return FALSE;
      if (taken > 0)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("The e-mail “%s” is already someone else’s in the directory; each person "
                          "needs their own."),
                       email);
          return FALSE;
        }
    }

  return qs_repository_save (qs_store_get_repository (store, QS_TYPE_CLIENT), entity, error);
}

/* A ref for a department created without one: D001, D002… */
static char *
next_department_ref (QsStore *store, GError **error)
{
  gint64 n = qs_repository_count (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), NULL, NULL,
                                  QS_QUERY_INCLUDE_DELETED, error);

  if (n < 0)
    return NULL;
  for (n = n + 1;; n++)
    {
      g_autofree char *ref = g_strdup_printf ("D%03" G_GINT64_FORMAT, n);
      gint64           taken =
        qs_repository_count (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), "ref = ?",
                             g_variant_new ("(s)", ref), QS_QUERY_INCLUDE_DELETED, error);

      if (taken < 0)
        return NULL;
      if (taken == 0)
        return g_steal_pointer (&ref);
    }
}

gboolean
qs_directory_repository_save_department (QsStore *store, QsDepartment *department, GError **error)
{
  QsEntity        *entity = QS_ENTITY (department);
  const char      *id = qs_entity_get_id (entity);
  g_autofree char *parent_id = NULL;
  guint            depth = 0;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_DEPARTMENT (department), FALSE);

  if (qs_text_is_blank (qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_NAME)))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("The name of the department is empty; write its name."));
      return FALSE;
    }

  if (!qs_survey_fatigue_rules_parse (
        qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_SURVEY_RULES),
        &(QsSurveyFatigueRules){ 0 }, error))
    return FALSE;

  /* Climb from the parent: meeting the department itself means a loop. */
  parent_id = g_strdup (qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_PARENT_ID));
  while (parent_id != NULL && depth++ < 10000)
    {
      g_autoptr (QsEntity) parent = NULL;

      if (g_str_equal (parent_id, id))
        {
          g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                               _ ("The parent department is this department or one under it; "
                                  "choose a department above or beside it."));
          return FALSE;
        }
      if (!qs_repository_find_if_any (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                                      parent_id, &parent, error))
        return FALSE;
      g_free (parent_id);
      parent_id = parent != NULL
                    ? g_strdup (qs_entity_get_string (parent, QS_DEPARTMENT_FIELD_PARENT_ID))
                    : NULL;
    }

  if (qs_text_is_blank (qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_REF)))
    {
      g_autofree char *ref = next_department_ref (store, error);

      if (ref == NULL)
        return FALSE;
      qs_entity_set_string (entity, QS_DEPARTMENT_FIELD_REF, ref);
    }

  return qs_repository_save (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), entity, error);
}

gboolean
qs_directory_repository_anonymise (QsStore *store, QsClient *client, GError **error)
{
  QsEntity *entity = QS_ENTITY (client);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CLIENT (client), FALSE);

  if (!qs_store_begin (store, error))
    return FALSE;

  qs_entity_erase_personal (entity);
  qs_entity_set_int (entity, QS_CLIENT_FIELD_ANONYMISED_AT, qs_store_now (store));
  if (!qs_repository_save (qs_store_get_repository (store, QS_TYPE_CLIENT), entity, error))
    goto fail;

  /* Updating a row leaves its old text in free pages and in the search
   * index's segments until they are reused: rebuild the index and ask
   * SQLite to zero what it frees, so "for good" holds for the file too. */
  if (!qs_store_exec (store, "PRAGMA secure_delete = ON", error) ||
      !qs_store_exec (store, "INSERT INTO clients_search (clients_search) VALUES ('optimize')",
                      error) ||
      !qs_store_commit (store, error))
    goto fail;

  /* The write-ahead log still holds the old pages until a checkpoint
   * copies the new ones over them; readers may delay it, hence no error. */
  qs_store_exec (store, "PRAGMA wal_checkpoint (TRUNCATE)", NULL);
  return TRUE;

fail:
  qs_store_rollback (store);
  return FALSE;
}

#define BULK_KEY "qs-directory-bulk-people"

typedef struct
{
  char  *trigger_sql;
  gint64 max_rowid;
} BulkPeople;

static void
bulk_people_free (gpointer data)
{
  BulkPeople *bulk = data;

  g_free (bulk->trigger_sql);
  g_free (bulk);
}

gboolean
qs_directory_repository_begin_bulk_people (QsStore *store, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  BulkPeople   *bulk;
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);

  /* What a rolled-back import left behind no longer holds. */
  g_object_set_data (G_OBJECT (store), BULK_KEY, NULL);
  stmt = qs_store_prepare (store,
                           "SELECT sql FROM sqlite_master "
                           "WHERE type = 'trigger' AND name = 'clients_search_insert'",
                           error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      /* Already suspended in this transaction. */
      if (rc == SQLITE_DONE)
        return TRUE;
      qs_store_set_sqlite_error (store, error, rc, _ ("Preparing the import"));
      return FALSE;
    }
  bulk = g_new0 (BulkPeople, 1);
  bulk->trigger_sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  bulk->max_rowid =
    qs_store_query_int (store, "SELECT coalesce (max (rowid), 0) FROM clients", &local_error);
  if (local_error != NULL ||
      !qs_store_exec (store, "DROP TRIGGER clients_search_insert", &local_error))
    {
      bulk_people_free (bulk);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_object_set_data_full (G_OBJECT (store), BULK_KEY, bulk, bulk_people_free);
  return TRUE;
}

gboolean
qs_directory_repository_end_bulk_people (QsStore *store, GError **error)
{
  BulkPeople      *bulk;
  g_autofree char *fill = NULL;
  gboolean         ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);

  bulk = g_object_get_data (G_OBJECT (store), BULK_KEY);
  if (bulk == NULL)
    return TRUE;
  fill = g_strdup_printf (
    "INSERT INTO clients_search (rowid, words) "
    "SELECT c.rowid, coalesce (c.given_name, '') || ' ' || coalesce (c.family_name, '') "
    "|| ' ' || coalesce (c.role, '') || ' ' || coalesce (c.email, '') || ' ' "
    "|| coalesce ((SELECT d.name FROM departments d WHERE d.id = c.department_id), '') "
    "FROM clients c WHERE c.rowid > %" G_GINT64_FORMAT,
    bulk->max_rowid);
  ok = qs_store_exec (store, fill, error) && qs_store_exec (store, bulk->trigger_sql, error);
  g_object_set_data (G_OBJECT (store), BULK_KEY, NULL);
  return ok;
}

/* What points to a person, and how a sentence says it. */
static const struct
{
  GType (*type) (void);
  const char *column;
} holders[] = {
  { qs_request_get_type, "client_id" },  { qs_request_get_type, "assignee_id" },
  { qs_feedback_get_type, "client_id" }, { qs_survey_response_get_type, "client_id" },
  { qs_charter_get_type, "owner_id" },   { qs_commitment_get_type, "owner_id" },
  { qs_action_get_type, "owner_id" },    { qs_department_get_type, "manager_id" },
};

gboolean
qs_directory_repository_delete_client (QsStore *store, QsClient *client, GError **error)
{
  const char *id;
  gint64      held = 0;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CLIENT (client), FALSE);

  id = qs_entity_get_id (QS_ENTITY (client));
  for (guint i = 0; i < G_N_ELEMENTS (holders); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s = ?", holders[i].column);
      gint64 n = qs_repository_count (qs_store_get_repository (store, holders[i].type ()), where,
                                      g_variant_new ("(s)", id), QS_QUERY_DEFAULT, error);

      if (n < 0)
        return FALSE;
      held += n;
    }
  if (held > 0)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   ngettext ("A request, feedback response, charter, action or department names "
                             "this person, so the person stays in the directory. To erase their "
                             "personal data, anonymise them instead.",
                             "%u requests, feedback responses, charters, actions or departments "
                             "name this person, so the person stays in the directory. To erase "
                             "their personal data, anonymise them instead.",
                             (gulong) held),
                   (guint) held);
      return FALSE;
    }
  return qs_repository_delete (qs_store_get_repository (store, QS_TYPE_CLIENT), QS_ENTITY (client),
                               error);
}

gboolean
qs_directory_repository_restore_client (QsStore *store, QsClient *client, GError **error)
{
  gint64 deleted_at;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CLIENT (client), FALSE);

  deleted_at = qs_entity_get_deleted_at (QS_ENTITY (client));
  qs_entity_set_deleted_at (QS_ENTITY (client), 0);
  if (qs_directory_repository_save_client (store, client, error))
    return TRUE;
  qs_entity_set_deleted_at (QS_ENTITY (client), deleted_at);
  return FALSE;
}

/* What depends on a department, counted for the sentence of a refusal. */
typedef struct
{
  GType (*type) (void);
  const char *where;
} Dependant;

static const Dependant dependants[] = {
  { qs_department_get_type, "parent_id = ?1" },
  { qs_client_get_type, "department_id = ?1" },
  { qs_request_get_type, "department_id = ?1 OR origin_department_id = ?1" },
  { qs_charter_get_type, "department_id = ?1" },
  { qs_service_get_type, "department_id = ?1" },
  { qs_calendar_get_type, "department_id = ?1" },
  { qs_feedback_get_type, "department_id = ?1 OR provider_department_id = ?1" },
};

static void
append_count (GString *out, guint index, guint n)
{
  const char *text = NULL;

  switch (index)
    {
    case 0:
      text = ngettext ("%u department under it", "%u departments under it", n);
      break;
    case 1:
      text = ngettext ("%u person", "%u people", n);
      break;
    case 2:
      text = ngettext ("%u request", "%u requests", n);
      break;
    case 3:
      text = ngettext ("%u charter", "%u charters", n);
      break;
    case 4:
      text = ngettext ("%u service", "%u services", n);
      break;
    case 5:
      text = ngettext ("%u calendar", "%u calendars", n);
      break;
    default:
      text = ngettext ("%u feedback response", "%u feedback responses", n);
      break;
    }
  if (out->len > 0)
    g_string_append (out, _ (", "));
  g_string_append_printf (out, text, n);
}

gboolean
qs_directory_repository_delete_department (QsStore *store, QsDepartment *department, GError **error)
{
  g_autoptr (GString) held = g_string_new (NULL);
  const char *id;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_DEPARTMENT (department), FALSE);

  id = qs_entity_get_id (QS_ENTITY (department));
  for (guint i = 0; i < G_N_ELEMENTS (dependants); i++)
    {
      gint64 n = qs_repository_count (qs_store_get_repository (store, dependants[i].type ()),
                                      dependants[i].where, g_variant_new ("(s)", id),
                                      QS_QUERY_DEFAULT, error);

      if (n < 0)
        return FALSE;
      if (n > 0)
        append_count (held, i, (guint) n);
    }
  if (held->len > 0)
    {
      /* Translators: the first %s is a department, the second a list such as "3 people, 12
       * requests" */
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("“%s” cannot be deleted yet: it still has %s. Move them to another "
                      "department first."),
                   qs_entity_get_string (QS_ENTITY (department), QS_DEPARTMENT_FIELD_NAME),
                   held->str);
      return FALSE;
    }
  return qs_repository_delete (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                               QS_ENTITY (department), error);
}

gboolean
qs_directory_repository_restore_department (QsStore      *store,
                                            QsDepartment *department,
                                            GError      **error)
{
  gint64 deleted_at;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_DEPARTMENT (department), FALSE);

  deleted_at = qs_entity_get_deleted_at (QS_ENTITY (department));
  qs_entity_set_deleted_at (QS_ENTITY (department), 0);
  if (qs_directory_repository_save_department (store, department, error))
    return TRUE;
  qs_entity_set_deleted_at (QS_ENTITY (department), deleted_at);
  return FALSE;
}
