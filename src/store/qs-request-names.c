/* qs-request-names.c — the names the tracker shows beside a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-request-names.h"
#include "qs-store-private.h"

/* One statement for every batch: unused places are bound to NULL, which
 * matches nothing, so the prepared statement is reused. */
static const char *
people_sql (void)
{
  static char *sql = NULL;

  if (g_once_init_enter (&sql))
    {
      GString *text = g_string_new ("SELECT id, given_name, family_name, anonymised_at "
                                    "FROM clients WHERE id IN (");

      for (guint i = 0; i < QS_REQUEST_NAMES_BATCH; i++)
        g_string_append (text, i ? ", ?" : "?");
      g_string_append_c (text, ')');
      g_once_init_leave (&sql, g_string_free (text, FALSE));
    }
  return sql;
}

static char *
format_person (sqlite3_stmt *stmt)
{
  const char *given = (const char *) sqlite3_column_text (stmt, 1);
  const char *family = (const char *) sqlite3_column_text (stmt, 2);

  if (sqlite3_column_int64 (stmt, 3) != 0)
    return g_strdup (_ ("Anonymised person"));
  if (given != NULL && *given != '\0' && family != NULL && *family != '\0')
    /* Translators: a person's given name, then family name */
    return g_strdup_printf (C_ ("person", "%s %s"), given, family);
  return g_strdup (family != NULL && *family != '\0' ? family : given != NULL ? given : "");
}

static gboolean
add_people_batch (
  QsStore *store, GHashTable *names, const char *const *ids, guint n_ids, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (store, people_sql (), error);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    sqlite3_bind_text (stmt, i + 1, ids[i], -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_replace (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                          format_person (stmt));
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Reading the names of people"));
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  /* Remember the missing ones too, so they are not looked up again. */
  for (guint i = 0; i < n_ids; i++)
    if (!g_hash_table_contains (names, ids[i]))
      g_hash_table_insert (names, g_strdup (ids[i]), g_strdup (""));
  return TRUE;
}

gboolean
qs_request_names_add_people (
  QsStore *store, GHashTable *names, const char *const *ids, guint n_ids, GError **error)
{
  const char *batch[QS_REQUEST_NAMES_BATCH];
  guint       n = 0;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (names != NULL, FALSE);

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean seen = FALSE;

      if (ids[i] == NULL || g_hash_table_contains (names, ids[i]))
        continue;
      for (guint j = 0; j < n && !seen; j++)
        seen = g_str_equal (batch[j], ids[i]);
      if (seen)
        continue;
      batch[n++] = ids[i];
      if (n == QS_REQUEST_NAMES_BATCH)
        {
          if (!add_people_batch (store, names, batch, n, error))
            return FALSE;
          n = 0;
        }
    }
  return n == 0 || add_people_batch (store, names, batch, n, error);
}

gboolean
qs_request_names_add_departments (QsStore *store, GHashTable *names, GError **error)
{
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (names != NULL, FALSE);

  stmt = qs_store_prepare (store, "SELECT id, name FROM departments", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      g_hash_table_replace (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                            g_strdup (name != NULL ? name : ""));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Reading the names of departments"));
      return FALSE;
    }
  return TRUE;
}
