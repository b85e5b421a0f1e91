/* qs-indicator-desk.c — where a department's own indicators are defined and their values typed in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write of an indicator, of a value typed in, and of a department's
 * minimum of requests goes through here, each in one transaction.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-indicator-desk.h"
#include "qs-repository.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
refuse (GError **error, const char *message)
{
  g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check (QsStore *store, QsIndicator *indicator, GError **error)
{
  QsEntity   *entity = QS_ENTITY (indicator);
  const char *measure = qs_entity_get_string (entity, QS_INDICATOR_FIELD_MEASURE);
  const char *department = qs_entity_get_string (entity, QS_INDICATOR_FIELD_DEPARTMENT_ID);
  double      target = qs_entity_get_double (entity, QS_INDICATOR_FIELD_TARGET);
  g_autoptr (QsEntity) found = NULL;
  int value;

  if (!is_set (qs_entity_get_string (entity, QS_INDICATOR_FIELD_NAME_EN)) &&
      !is_set (qs_entity_get_string (entity, QS_INDICATOR_FIELD_NAME_FR)))
    return refuse (error, _ ("Give the indicator a name, in French or in English."));
  if (!is_set (department) ||
      !qs_store_find_if_any (store, QS_TYPE_DEPARTMENT, department, &found, error) || found == NULL)
    return refuse (error, _ ("Choose the department the indicator belongs to."));
  if (is_set (measure))
    {
      value = qs_enum_from_nick (QS_TYPE_MEASURE, measure);
      if (value < 0 || value == QS_MEASURE_MANUAL || value == QS_MEASURE_COMPLIANCE ||
          value == QS_MEASURE_ASSIGNEE_COMPLIANCE || value == QS_MEASURE_TEAM_COMPLIANCE ||
          value == QS_MEASURE_SATISFACTION || value == QS_MEASURE_NPS ||
          value == QS_MEASURE_ACTIONS_OPEN || value == QS_MEASURE_ACTIONS_LATE)
        return refuse (error, _ ("An indicator counts requests received, resolved, open or "
                                 "overdue, complaints, reopened requests, promises kept, "
                                 "the times to acknowledge or to resolve, or survey answers; "
                                 "or it is typed in by hand."));
    }
  if (!isnan (target) && !isfinite (target))
    return refuse (error, _ ("The target must be a number."));
  if (is_set (qs_entity_get_string (entity, QS_INDICATOR_FIELD_OWNER_ID)))
    {
      g_clear_object (&found);
      if (!qs_store_find_if_any (store, QS_TYPE_CLIENT,
                                 qs_entity_get_string (entity, QS_INDICATOR_FIELD_OWNER_ID), &found,
                                 error) ||
          found == NULL)
        return refuse (error, _ ("The person who answers for the indicator is no longer in the "
                                 "directory."));
    }
  if (qs_entity_get_int (entity, QS_INDICATOR_FIELD_MIN_COUNT) < 0)
    return refuse (error, _ ("The minimum number of requests cannot be below zero."));
  return TRUE;
}

gboolean
qs_indicator_desk_save (QsStore *store, QsIndicator *indicator, GError **error)
{
  QsEntity *entity = QS_ENTITY (indicator);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_INDICATOR (indicator), FALSE);

  if (!check (store, indicator, error))
    return FALSE;
  /* A measure counts requests: the old kind says so to older readers. */
  if (is_set (qs_entity_get_string (entity, QS_INDICATOR_FIELD_MEASURE)))
    qs_entity_set_enum (entity, QS_INDICATOR_FIELD_KIND, QS_INDICATOR_KIND_VOLUME);
  else
    qs_entity_set_enum (entity, QS_INDICATOR_FIELD_KIND, QS_INDICATOR_KIND_MANUAL);
  if (!is_set (qs_entity_get_string (entity, QS_INDICATOR_FIELD_REF)))
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *ref = g_strdup_printf ("IND-%.8s", uuid);
      g_autofree char *upper = g_ascii_strup (ref, -1);

      qs_entity_set_string (entity, QS_INDICATOR_FIELD_REF, upper);
    }
  return qs_repository_save (qs_store_get_repository (store, QS_TYPE_INDICATOR), entity, error);
}

gboolean
qs_indicator_desk_delete (QsStore *store, QsIndicator *indicator, GError **error)
{
  g_autoptr (GPtrArray) values = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_INDICATOR (indicator), FALSE);

  if (!qs_store_begin (store, error))
    return FALSE;
  values = qs_repository_find_all (
    qs_store_get_repository (store, QS_TYPE_INDICATOR_VALUE), "indicator_id = ?",
    g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (indicator))), NULL, QS_QUERY_DEFAULT, error);
  for (guint i = 0; values != NULL && i < values->len; i++)
    if (!qs_repository_delete (qs_store_get_repository (store, QS_TYPE_INDICATOR_VALUE),
                               g_ptr_array_index (values, i), error))
      {
        qs_store_rollback (store);
        return FALSE;
      }
  if (values == NULL || !qs_repository_delete (qs_store_get_repository (store, QS_TYPE_INDICATOR),
                                               QS_ENTITY (indicator), error))
    {
      qs_store_rollback (store);
      return FALSE;
    }
  return qs_store_commit (store, error);
}

gboolean
qs_indicator_desk_set_value (
  QsStore *store, QsIndicator *indicator, const char *period_start, double value, GError **error)
{
  QsRepository *repository;
  g_autoptr (GPtrArray) values = NULL;
  g_autoptr (QsEntity) entry = NULL;
  GDate date;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (period_start != NULL, FALSE);

  g_date_clear (&date, 1);
  g_date_set_parse (&date, period_start);
  if (!g_date_valid (&date) || strlen (period_start) != 10)
    return refuse (error, _ ("The period of the value is not a day."));
  if (is_set (qs_entity_get_string (QS_ENTITY (indicator), QS_INDICATOR_FIELD_MEASURE)))
    return refuse (error, _ ("This indicator is counted from the requests: its values cannot "
                             "be typed in."));
  if (!isnan (value) && !isfinite (value))
    return refuse (error, _ ("The value must be a number."));

  repository = qs_store_get_repository (store, QS_TYPE_INDICATOR_VALUE);
  if (!qs_store_begin (store, error))
    return FALSE;
  values = qs_repository_find_all (
    repository, "indicator_id = ? AND period_start = ?",
    g_variant_new ("(ss)", qs_entity_get_id (QS_ENTITY (indicator)), period_start), NULL,
    QS_QUERY_DEFAULT, error);
  if (values == NULL)
    goto failed;
  /* One value a period: the one typed in last. */
  for (guint i = 0; i < values->len; i++)
    if (!qs_repository_delete (repository, g_ptr_array_index (values, i), error))
      goto failed;
  if (!isnan (value))
    {
      entry = QS_ENTITY (qs_indicator_value_new ());
      qs_entity_set_string (entry, QS_INDICATOR_VALUE_FIELD_INDICATOR_ID,
                            qs_entity_get_id (QS_ENTITY (indicator)));
      qs_entity_set_string (entry, QS_INDICATOR_VALUE_FIELD_PERIOD_START, period_start);
      qs_entity_set_double (entry, QS_INDICATOR_VALUE_FIELD_VALUE, value);
      if (!qs_repository_save (repository, entry, error))
        goto failed;
    }
  return qs_store_commit (store, error);

failed:
  qs_store_rollback (store);
  return FALSE;
}

gboolean
qs_indicator_desk_set_min_count (QsStore    *store,
                                 const char *department_id,
                                 gint64      min_count,
                                 GError    **error)
{
  g_autoptr (QsEntity) department = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (department_id != NULL, FALSE);

  if (min_count < 0)
    return refuse (error, _ ("The minimum number of requests cannot be below zero."));
  if (!qs_store_find_if_any (store, QS_TYPE_DEPARTMENT, department_id, &department, error))
    return FALSE;
  if (department == NULL)
    return refuse (error, _ ("The department is no longer in the directory."));
  qs_entity_set_int (department, QS_DEPARTMENT_FIELD_INDICATOR_MIN_COUNT, min_count);
  return qs_repository_save (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), department,
                             error);
}
