/* qs-statement-tables.c — which tables a statement reads, which functions it calls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list follows the store's changes only when a change set names a table
 * its statement reads: its entity's, every table it names, and for a
 * virtual table (a full-text index), the tables whose triggers fill it,
 * which is what change sets name.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-statement-tables.h"
#include "qs-store-private.h"

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* TRUE when @name stands in @sql as a whole word. */
static gboolean
names (const char *sql, const char *name)
{
  gsize len = strlen (name);

  for (const char *p = sql; (p = strstr (p, name)) != NULL; p++)
    if ((p == sql || !is_word_char (p[-1])) && !is_word_char (p[len]))
      return TRUE;
  return FALSE;
}

/* Our SQL functions are registered on the store's connection alone, and
 * are named qs_…. */
gboolean
qs_statement_calls_own_function (const char *statement)
{
  for (const char *p = statement; (p = strstr (p, "qs_")) != NULL; p++)
    if (p == statement || !is_word_char (p[-1]))
      return TRUE;
  return FALSE;
}

GHashTable *
qs_statement_tables_find (QsStore *store, const char *statement, const char *table, GError **error)
{
  static const char tables_sql[] =
    "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema WHERE type = 'table'";
  static const char triggers_sql[] =
    "SELECT DISTINCT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND instr (sql, ?) > 0";
  g_autoptr (GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) virtual = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = g_ascii_strdown (statement, -1);
  sqlite3_stmt    *stmt;
  int              rc;

  g_hash_table_add (tables, g_strdup (table));
  if ((stmt = qs_store_prepare (store, tables_sql, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char      *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *lower_name = g_ascii_strdown (name, -1);

      if (!names (lower, lower_name))
        continue;
      if (sqlite3_column_int (stmt, 1))
        g_ptr_array_add (virtual, g_strdup (name));
      g_hash_table_add (tables, g_strdup (name));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  if ((stmt = qs_store_prepare (store, triggers_sql, error)) == NULL)
    return NULL;
  for (guint i = 0; i < virtual->len; i++)
    {
      sqlite3_bind_text (stmt, 1, virtual->pdata[i], -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_hash_table_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        goto failed;
    }

  return g_steal_pointer (&tables);

failed:
  qs_store_set_sqlite_error (store, error, rc, _ ("Reading the database’s tables"));
  return NULL;
}
