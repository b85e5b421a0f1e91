/* qs-charter-repository-commitments.c — the commitments of a charter version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-calendar-words.h"
#include "qs-charter-repository-private.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-error.h"
#include "qs-figure-sql-private.h"
#include "qs-repository-private.h"

static QsRepository *
commitments (QsStore *store)
{
  return qs_store_get_repository (store, QS_TYPE_COMMITMENT);
}

/**
 * qs_charter_repository_commitment_order:
 *
 * Returns: an SQL ordering of commitments by category, in the order of
 *   #QsCategory (not of their nicks), then by position
 */
const char *
qs_charter_repository_commitment_order (void)
{
  static char *order = NULL;

  if (g_once_init_enter (&order))
    {
      g_autoptr (GEnumClass) enum_class = g_type_class_ref (QS_TYPE_CATEGORY);
      GString *sql = g_string_new ("CASE category");

      for (guint i = 0; i < enum_class->n_values; i++)
        g_string_append_printf (sql, " WHEN '%s' THEN %d", enum_class->values[i].value_nick,
                                enum_class->values[i].value);
      g_string_append (sql, " END, position, created_at");
      g_once_init_leave (&order, g_string_free (sql, FALSE));
    }
  return order;
}

/**
 * qs_charter_repository_get_commitments:
 *
 * Returns: (transfer full) (element-type QsCommitment): the live
 *   commitments of @charter, by category then position, or %NULL with
 *   @error set
 */
GPtrArray *
qs_charter_repository_get_commitments (QsStore *store, QsCharter *charter, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_CHARTER (charter), NULL);

  return qs_repository_find_all (commitments (store), "charter_id = ?",
                                 g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (charter))),
                                 qs_charter_repository_commitment_order (), QS_QUERY_DEFAULT,
                                 error);
}

/**
 * qs_charter_repository_get_department_charters:
 *
 * Returns: (transfer full) (element-type QsCharter): the live charters of
 *   @department_id, the first created first, or %NULL with @error set
 */
GPtrArray *
qs_charter_repository_get_department_charters (QsStore    *store,
                                               const char *department_id,
                                               GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  return qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_CHARTER),
                                 "department_id = ?", g_variant_new ("(s)", department_id),
                                 "created_at, rowid", QS_QUERY_DEFAULT, error);
}

/**
 * qs_charter_repository_get_department_commitments:
 *
 * Returns: (transfer full) (element-type QsCommitment): the live
 *   commitments of the live charters of @department_id, or %NULL with
 *   @error set
 */
GPtrArray *
qs_charter_repository_get_department_commitments (QsStore    *store,
                                                  const char *department_id,
                                                  GError    **error)
{
  g_autofree char *order = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  order = g_strconcat ("charter_id, ", qs_charter_repository_commitment_order (), NULL);
  return qs_repository_find_all (commitments (store),
                                 "charter_id IN (SELECT id FROM charters WHERE department_id = ? "
                                 "AND deleted_at IS NULL)",
                                 g_variant_new ("(s)", department_id), order, QS_QUERY_DEFAULT,
                                 error);
}

static gboolean
is_deadline (QsCommitment *commitment)
{
  QsMetric metric = qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_METRIC);

  return metric == QS_METRIC_ACKNOWLEDGEMENT || metric == QS_METRIC_RESOLUTION;
}

/* What cannot be saved even in a draft; the rest is the SMART check's. */
static gboolean
validate_commitment (QsCommitment *commitment, GError **error)
{
  QsEntity *entity = QS_ENTITY (commitment);
  double    threshold = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
  double    delay = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE);

  if (!isnan (threshold) && (isinf (threshold) || threshold < 0 || threshold > 100))
    {
      g_autofree char *typed =
        qs_calendar_words_format_percent (threshold, 3, FALSE, qs_interface_language ());

      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   /* Translators: %s is the target typed, e.g. "120%" */
                   _ ("The target must be a percentage from 0 to 100, not %s."), typed);
      return FALSE;
    }
  if (is_deadline (commitment) && !isnan (delay) && (isinf (delay) || delay <= 0))
    {
      g_autofree char *typed =
        qs_calendar_words_format_number (delay, 3, FALSE, qs_interface_language ());

      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   /* Translators: %s is the number typed, e.g. 0 or -2 */
                   _ ("The delay must be longer than zero, not %s: give the time your team needs, "
                      "e.g. 24 business hours."),
                   typed);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_stored (QsStore *store, QsCommitment *commitment, gboolean *stored, GError **error)
{
  gint64 count = qs_repository_count (
    commitments (store), "id = ?", g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (commitment))),
    QS_QUERY_INCLUDE_DELETED, error);

  *stored = count > 0;
  return count >= 0;
}

static gint64
count_in_category (QsStore *store, const char *charter_id, QsCategory category, GError **error)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (QS_TYPE_CATEGORY);

  return qs_repository_count (
    commitments (store), "charter_id = ? AND category = ?",
    g_variant_new ("(ss)", charter_id, g_enum_get_value (enum_class, category)->value_nick),
    QS_QUERY_DEFAULT, error);
}

/* The stored commitment's charter, which is what decides, whatever the
 * caller's copy says. */
static gboolean
refuse_frozen_commitment (QsStore *store, QsCommitment *commitment, GError **error)
{
  g_autoptr (GPtrArray) stored = NULL;

  stored = qs_repository_find_all (commitments (store), "id = ?",
                                   g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (commitment))),
                                   NULL, QS_QUERY_INCLUDE_DELETED, error);
  if (stored == NULL)
    return FALSE;
  if (stored->len > 0 &&
      !qs_charter_repository_refuse_frozen_id (
        store, qs_entity_get_string (g_ptr_array_index (stored, 0), QS_COMMITMENT_FIELD_CHARTER_ID),
        error))
    return FALSE;
  return qs_charter_repository_refuse_frozen_id (
    store, qs_entity_get_string (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_CHARTER_ID), error);
}

/**
 * qs_charter_repository_save_commitment:
 * @charter: the draft the commitment belongs to
 *
 * Saves @commitment into @charter. A new commitment goes at the end of its
 * category and starts its own lineage. Refused, with nothing written, when
 * @charter is frozen, when the target is not a share between 0 and 100 %,
 * or when a deadline's delay is zero or negative.
 *
 * Returns: %TRUE on success, %FALSE with a %QS_ERROR_INVALID sentence
 *   naming the field
 */
gboolean
qs_charter_repository_save_commitment (QsStore      *store,
                                       QsCharter    *charter,
                                       QsCommitment *commitment,
                                       GError      **error)
{
  QsEntity   *entity = QS_ENTITY (commitment);
  const char *charter_id;
  gboolean    stored;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CHARTER (charter), FALSE);
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);

  charter_id = qs_entity_get_id (QS_ENTITY (charter));
  if (qs_charter_repository_is_frozen (charter) ||
      !qs_charter_repository_refuse_frozen_id (store, charter_id, error) ||
      !refuse_frozen_commitment (store, commitment, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                             _ ("This version of the charter is published and can no longer be "
                                "changed: start a new version to edit it."));
      return FALSE;
    }
  if (!validate_commitment (commitment, error) || !is_stored (store, commitment, &stored, error))
    return FALSE;

  qs_entity_set_string (entity, QS_COMMITMENT_FIELD_CHARTER_ID, charter_id);
  if (!qs_entity_field_is_set (entity, QS_COMMITMENT_FIELD_LINEAGE_ID))
    qs_entity_set_string (entity, QS_COMMITMENT_FIELD_LINEAGE_ID, qs_entity_get_id (entity));
  if (!stored)
    {
      gint64 n = count_in_category (
        store, charter_id, qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CATEGORY), error);
      if (n < 0)
        return FALSE;
      qs_entity_set_int (entity, QS_COMMITMENT_FIELD_POSITION, n);
    }

  return qs_repository_save (commitments (store), entity, error);
}

/**
 * qs_charter_repository_delete_commitment:
 *
 * Deletes @commitment from its draft charter (a tombstone, so that
 * qs_charter_repository_restore_commitment() can bring it back in place).
 */
gboolean
qs_charter_repository_delete_commitment (QsStore *store, QsCommitment *commitment, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);

  if (!refuse_frozen_commitment (store, commitment, error))
    return FALSE;
  return qs_repository_delete (commitments (store), QS_ENTITY (commitment), error);
}

/**
 * qs_charter_repository_restore_commitment:
 *
 * Undoes qs_charter_repository_delete_commitment(): @commitment is back at
 * its place.
 */
gboolean
qs_charter_repository_restore_commitment (QsStore *store, QsCommitment *commitment, GError **error)
{
  QsEntity *entity = QS_ENTITY (commitment);
  gint64    deleted_at;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);

  if (!refuse_frozen_commitment (store, commitment, error))
    return FALSE;

  deleted_at = qs_entity_get_deleted_at (entity);
  qs_entity_set_deleted_at (entity, 0);
  if (!qs_repository_save (commitments (store), entity, error))
    {
      qs_entity_set_deleted_at (entity, deleted_at);
      return FALSE;
    }
  return TRUE;
}

/* Renumbers @list from 0 and saves whichever moved. */
static gboolean
save_positions (QsStore *store, GPtrArray *list, GError **error)
{
  for (guint i = 0; i < list->len; i++)
    {
      QsEntity *entity = g_ptr_array_index (list, i);

      if (qs_entity_get_int (entity, QS_COMMITMENT_FIELD_POSITION) == (gint64) i)
        continue;
      qs_entity_set_int (entity, QS_COMMITMENT_FIELD_POSITION, i);
      if (!qs_repository_save (commitments (store), entity, error))
        return FALSE;
    }
  return TRUE;
}

static gint
find_by_id (GPtrArray *list, const char *id)
{
  for (guint i = 0; i < list->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (list, i)), id) == 0)
      return i;
  return -1;
}

static gboolean
move_in_transaction (
  QsStore *store, QsCommitment *commitment, QsCategory category, guint position, GError **error)
{
  QsEntity   *entity = QS_ENTITY (commitment);
  const char *id = qs_entity_get_id (entity);
  g_autoptr (QsCharter) charter = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GPtrArray) source = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) target = g_ptr_array_new_with_free_func (g_object_unref);
  QsCategory from;
  QsEntity  *moved;
  gint       index;

  charter = qs_charter_repository_find_charter (
    store, qs_entity_get_string (entity, QS_COMMITMENT_FIELD_CHARTER_ID), error);
  if (charter == NULL)
    return FALSE;
  all = qs_charter_repository_get_commitments (store, charter, error);
  if (all == NULL)
    return FALSE;

  index = find_by_id (all, id);
  if (index < 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                           _ ("This commitment was deleted: restore it before moving it."));
      return FALSE;
    }
  moved = g_ptr_array_index (all, index);
  from = qs_entity_get_enum (moved, QS_COMMITMENT_FIELD_CATEGORY);

  for (guint i = 0; i < all->len; i++)
    {
      QsEntity  *other = g_ptr_array_index (all, i);
      QsCategory other_category = qs_entity_get_enum (other, QS_COMMITMENT_FIELD_CATEGORY);

      if (other == moved)
        continue;
      if (other_category == category)
        g_ptr_array_add (target, g_object_ref (other));
      else if (other_category == from)
        g_ptr_array_add (source, g_object_ref (other));
    }

  qs_entity_set_enum (moved, QS_COMMITMENT_FIELD_CATEGORY, category);
  /* Force a save of the moved one: its category may have changed alone. */
  qs_entity_set_int (moved, QS_COMMITMENT_FIELD_POSITION, -1);
  g_ptr_array_insert (target, MIN (position, target->len), g_object_ref (moved));

  if (!save_positions (store, target, error) ||
      (from != category && !save_positions (store, source, error)))
    return FALSE;

  /* The caller's object says what the database says. */
  for (guint f = 0; f < QS_COMMITMENT_N_FIELDS; f++)
    qs_entity_set_value (entity, f, qs_entity_get_value (moved, f));
  qs_entity_set_updated_at (entity, qs_entity_get_updated_at (moved));
  return TRUE;
}

/**
 * qs_charter_repository_move_commitment:
 * @category: the category it goes to (its own to reorder within it)
 * @position: its place there, from 0; past the end puts it last
 *
 * Moves @commitment and renumbers the commitments of the categories it
 * leaves and joins, in one transaction.
 */
gboolean
qs_charter_repository_move_commitment (
  QsStore *store, QsCommitment *commitment, QsCategory category, guint position, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);

  if (!refuse_frozen_commitment (store, commitment, error) || !qs_store_begin (store, error))
    return FALSE;
  if (!move_in_transaction (store, commitment, category, position, error))
    {
      qs_store_rollback (store);
      return FALSE;
    }
  return qs_store_commit (store, error);
}

/* GLib 2.74 has no g_date_time_to_unix_usec(). */
static gint64
unix_usec (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/**
 * qs_charter_repository_get_achieved:
 * @commitment: a commitment measured by a deadline (acknowledgement or
 *   resolution)
 * @start: the first instant counted
 * @end: the first instant no longer counted
 * @percent: (out): the share of requests that met the deadline, or NaN
 *   when there was no request (or the commitment is not measured by one)
 * @n_requests: (out): how many requests were counted
 *
 * Counts the live requests received in [@start, @end) that are linked to
 * any version of @commitment (its lineage): by ack_commitment_id for an
 * acknowledgement deadline, by commitment_id for a resolution. A request
 * meets the deadline when it was acknowledged (resolved) at or before its
 * stored due date. A request not yet acknowledged (resolved) whose due
 * date is still to come is left out: it has not missed anything yet.
 *
 * One SQL query over the (commitment, received_at) indexes: a quarter of
 * a million requests is read from the index, not loaded.
 */
gboolean
qs_charter_repository_get_achieved (QsStore      *store,
                                    QsCommitment *commitment,
                                    GDateTime    *start,
                                    GDateTime    *end,
                                    double       *percent,
                                    gint64       *n_requests,
                                    GError      **error)
{
  /* "+deleted_at": without statistics, SQLite would otherwise read the
   * requests_live index (every live request) rather than the commitment's
   * own, a hundred times slower at a million requests. */
  static const char ack_sql[] = "SELECT count(*), total(acknowledged_at <= ack_due_at) FROM "
                                "requests WHERE " QS_FIGURE_ACK_COMPLIANCE;
  static const char resolution_sql[] = "SELECT count(*), total(resolved_at <= resolution_due_at) "
                                       "FROM requests WHERE " QS_FIGURE_RESOLUTION_COMPLIANCE;
  QsEntity         *entity = QS_ENTITY (commitment);
  QsMetric          metric;
  const char       *lineage;
  sqlite3_stmt     *stmt;
  int               rc;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);
  g_return_val_if_fail (percent != NULL && n_requests != NULL, FALSE);

  *percent = NAN;
  *n_requests = 0;

  metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);
  if (metric != QS_METRIC_ACKNOWLEDGEMENT && metric != QS_METRIC_RESOLUTION)
    return TRUE;

  lineage = qs_entity_get_string (entity, QS_COMMITMENT_FIELD_LINEAGE_ID);
  if (lineage == NULL || *lineage == '\0')
    lineage = qs_entity_get_id (entity);

  stmt =
    qs_store_prepare (store, metric == QS_METRIC_ACKNOWLEDGEMENT ? ack_sql : resolution_sql, error);
  if (stmt == NULL)
    return FALSE;
  qs_figure_bind (stmt, NULL, lineage, unix_usec (start), unix_usec (end), qs_store_now (store));

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *n_requests = sqlite3_column_int64 (stmt, 0);
      if (*n_requests > 0)
        *percent = 100.0 * sqlite3_column_double (stmt, 1) / *n_requests;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Computing the achieved performance"));
      return FALSE;
    }
  return TRUE;
}
