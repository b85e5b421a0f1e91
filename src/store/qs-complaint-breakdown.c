/* qs-complaint-breakdown.c — a period's complaints, counted by category, service, origin, client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-complaint-breakdown.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-figure-sql-private.h"
#include "qs-store-private.h"

static const char *axis_nicks[QS_COMPLAINT_N_AXES] = {
  "complaints-category",
  "complaints-service",
  "complaints-origin",
  "complaints-client-type",
};

void
qs_breakdown_row_free (QsBreakdownRow *self)
{
  if (self == NULL)
    return;
  g_free (self->key);
  g_free (self->label);
  g_free (self);
}

char *
qs_complaint_breakdown_ref (QsComplaintAxis axis, const char *key)
{
  g_return_val_if_fail (axis < QS_COMPLAINT_N_AXES, NULL);

  return g_strconcat (axis_nicks[axis], ":", key != NULL ? key : "", NULL);
}

/* The counts, grouped, and the name of what they are grouped by: the
 * service's, the department's in each language. */
#define GROUPED(axis)                                                                              \
  "SELECT g.k, g.n, s.name, d.name, d.name_en, d.name_fr FROM (SELECT " axis " AS k, "             \
  "count (*) AS n FROM requests WHERE " QS_FIGURE_COMPLAINTS " GROUP BY k) AS g "                  \
  "LEFT JOIN services AS s ON s.id = g.k LEFT JOIN departments AS d ON d.id = g.k "                \
  "ORDER BY g.n DESC, g.k"

static char *
label_of (QsComplaintAxis axis, sqlite3_stmt *stmt, QsLanguage language)
{
  const char *key = (const char *) sqlite3_column_text (stmt, 0);
  const char *name;

  switch (axis)
    {
    case QS_COMPLAINT_AXIS_CATEGORY:
      return g_strdup (qs_enum_label (QS_TYPE_PROBLEM, qs_enum_from_nick (QS_TYPE_PROBLEM, key)));
    case QS_COMPLAINT_AXIS_SERVICE:
      name = (const char *) sqlite3_column_text (stmt, 2);
      return g_strdup (name != NULL ? name : _ ("No service"));
    case QS_COMPLAINT_AXIS_ORIGIN:
      name = (const char *) sqlite3_column_text (stmt, language == QS_LANGUAGE_EN ? 4 : 5);
      if (name == NULL || *name == '\0')
        name = (const char *) sqlite3_column_text (stmt, 3);
      return g_strdup (name != NULL ? name : _ ("No department"));
    case QS_COMPLAINT_AXIS_CLIENT_TYPE:
    default:
      if (g_strcmp0 (key, "confidential") == 0)
        return g_strdup (_ ("Confidential"));
      if (g_strcmp0 (key, "anonymous") == 0)
        return g_strdup (_ ("Anonymous"));
      if (g_strcmp0 (key, "manager") == 0)
        /* Translators: a type of client: one who manages a department */
        return g_strdup (_ ("Manager"));
      /* Translators: a type of client: one who manages no department */
      return g_strdup (_ ("Employee"));
    }
}

GPtrArray *
qs_complaint_breakdown_compute (QsStore        *store,
                                const char     *provider_id,
                                gint64          start,
                                gint64          end,
                                QsComplaintAxis axis,
                                QsLanguage      language,
                                GError        **error)
{
  static const char *sql[QS_COMPLAINT_N_AXES] = {
    GROUPED (QS_FIGURE_AXIS_CATEGORY),
    GROUPED (QS_FIGURE_AXIS_SERVICE),
    GROUPED (QS_FIGURE_AXIS_ORIGIN),
    GROUPED (QS_FIGURE_AXIS_CLIENT_TYPE),
  };
  g_autoptr (GPtrArray) rows =
    g_ptr_array_new_with_free_func ((GDestroyNotify) qs_breakdown_row_free);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (provider_id != NULL, NULL);
  g_return_val_if_fail (axis < QS_COMPLAINT_N_AXES, NULL);

  stmt = qs_store_prepare (store, sql[axis], error);
  if (stmt == NULL)
    return NULL;
  qs_figure_bind (stmt, provider_id, NULL, start, end, qs_store_now (store));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QsBreakdownRow *row = g_new0 (QsBreakdownRow, 1);

      row->key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      row->count = sqlite3_column_int64 (stmt, 1);
      row->label = label_of (axis, stmt, language);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Counting the complaints"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}
