/* qs-own-figures.c — the figures of the indicators a department defines for itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A department's own indicator counts one of the built-in measures over
 * the requests it chooses (a channel, a kind, a category, a service), or
 * holds values typed in by hand, a period each. Its requests are the
 * measure's (qs_figure_template()) that its filter keeps
 * (QS_FIGURE_INDICATOR_FILTER): the very SELECT Requests lists when its
 * tile is clicked.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-entities.h"
#include "qs-figure-sql-private.h"
#include "qs-indicator-figures.h"
#include "qs-repository.h"
#include "qs-store-private.h"

GPtrArray *
qs_indicator_figures_own_indicators (QsStore    *store,
                                     const char *provider_id,
                                     QsPeriod    period,
                                     GError    **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (provider_id != NULL, NULL);

  return qs_repository_find_all (
    qs_store_get_repository (store, QS_TYPE_INDICATOR),
    "department_id = ? AND period = ? AND (measure IS NOT NULL OR kind = 'manual')",
    g_variant_new ("(ss)", provider_id, qs_enum_nick (QS_TYPE_PERIOD, period)), "ref",
    QS_QUERY_DEFAULT, error);
}

gint64
qs_indicator_figures_min_count (QsStore *store, const char *provider_id)
{
  g_autoptr (QsEntity) department = NULL;
  gint64 n = 0;

  g_return_val_if_fail (QS_IS_STORE (store), QS_INDICATOR_MIN_COUNT);

  if (provider_id != NULL &&
      qs_store_find_if_any (store, QS_TYPE_DEPARTMENT, provider_id, &department, NULL) &&
      department != NULL)
    n = qs_entity_get_int (department, QS_DEPARTMENT_FIELD_INDICATOR_MIN_COUNT);
  return n > 0 ? n : QS_INDICATOR_MIN_COUNT;
}

/* Whether @indicator keeps only some of its measure's requests. */
static gboolean
is_filtered (QsEntity *indicator)
{
  const guint fields[] = { QS_INDICATOR_FIELD_CHANNEL, QS_INDICATOR_FIELD_REQUEST_KIND,
                           QS_INDICATOR_FIELD_PROBLEM, QS_INDICATOR_FIELD_SERVICE_ID };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (qs_entity_get_string (indicator, fields[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* What the measure counts of the requests kept: a count, a share (its
 * numerator's condition), or times (a column). An indicator that keeps
 * every request of a measure read in one SELECT counts them as the
 * built-in figure does, from the index that holds what it reads; one
 * that keeps some reads each of the measure's requests it checks. */
static char *
own_sql (QsMeasure measure, gboolean filtered)
{
  const char *template = qs_figure_template (measure);
  g_autofree char *where = NULL;
  const char      *kept = NULL;

  if (template == NULL || strstr (template, ":subject") != NULL)
    return NULL;
  if (!filtered && g_str_has_prefix (template, QS_FIGURE_SELECT_IDS) &&
      strstr (template, " UNION ") == NULL)
    where = g_strdup (template + strlen (QS_FIGURE_SELECT_IDS));
  else
    where = g_strconcat ("rowid IN (", template, ")",
                         filtered ? " AND " QS_FIGURE_INDICATOR_FILTER : "", NULL);
  switch (measure)
    {
    case QS_MEASURE_ACK_MEDIAN:
    case QS_MEASURE_ACK_P90:
      return g_strdup_printf (QS_FIGURE_PERCENTILES ("ack_business_us", "%s"), where);
    case QS_MEASURE_RESOLUTION_MEDIAN:
    case QS_MEASURE_RESOLUTION_P90:
      return g_strdup_printf (QS_FIGURE_PERCENTILES ("resolution_business_us", "%s"), where);
    case QS_MEASURE_REOPEN_RATE:
      kept = "reopened_count > 0";
      break;
    case QS_MEASURE_KEPT:
      kept = "resolved_at <= resolution_due_at";
      break;
    case QS_MEASURE_RESPONSE_RATE:
      kept = "EXISTS (SELECT 1 FROM feedback AS f WHERE f.request_id = requests.id "
             "AND +f.source = 'after-request' AND f.deleted_at IS NULL)";
      break;
    default:
      kept = "0";
      break;
    }
  return g_strdup_printf ("SELECT count (*), total (%s) FROM requests WHERE %s", kept, where);
}

/* The value typed in for the period starting at @start (its first day
 * in @zone), NaN without one. */
static gboolean
read_manual (QsStore           *store,
             const char        *indicator_id,
             gint64             start,
             GTimeZone         *zone,
             QsIndicatorFigure *figure,
             GError           **error)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (start / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
  g_autoptr (GPtrArray) values = qs_repository_find_all (
    qs_store_get_repository (store, QS_TYPE_INDICATOR_VALUE),
    "indicator_id = ? AND period_start = ?", g_variant_new ("(ss)", indicator_id, day),
    "updated_at DESC", QS_QUERY_DEFAULT, error);

  if (values == NULL)
    return FALSE;
  if (values->len > 0)
    figure->value =
      qs_entity_get_double (g_ptr_array_index (values, 0), QS_INDICATOR_VALUE_FIELD_VALUE);
  return TRUE;
}

QsIndicatorFigure *
qs_indicator_figures_compute_own (QsStore     *store,
                                  QsIndicator *indicator,
                                  gint64       start,
                                  gint64       end,
                                  GTimeZone   *zone,
                                  QsLanguage   language,
                                  gint64       min_count,
                                  GError     **error)
{
  QsEntity   *entity = QS_ENTITY (indicator);
  const char *nick = qs_entity_get_string (entity, QS_INDICATOR_FIELD_MEASURE);
  const char *provider_id = qs_entity_get_string (entity, QS_INDICATOR_FIELD_DEPARTMENT_ID);
  int         measure = nick != NULL ? qs_enum_from_nick (QS_TYPE_MEASURE, nick) : -1;
  const char *name = qs_entity_get_string (
    entity, language == QS_LANGUAGE_EN ? QS_INDICATOR_FIELD_NAME_EN : QS_INDICATOR_FIELD_NAME_FR);
  gint64   now = qs_store_now (store);
  gint64   own_min = qs_entity_get_int (entity, QS_INDICATOR_FIELD_MIN_COUNT);
  gboolean counted = TRUE; /* over requests, not a plain count */
  g_autoptr (QsIndicatorFigure) figure = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt    *stmt;
  int              rc;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_INDICATOR (indicator), NULL);

  figure = qs_indicator_figure_new (measure >= 0 ? measure : QS_MEASURE_MANUAL, start, end);
  figure->indicator_id = g_strdup (qs_entity_get_id (entity));
  if (name == NULL || *name == '\0')
    name = qs_entity_get_string (entity, language == QS_LANGUAGE_EN ? QS_INDICATOR_FIELD_NAME_FR
                                                                    : QS_INDICATOR_FIELD_NAME_EN);
  figure->subject =
    g_strdup (name != NULL ? name : qs_entity_get_string (entity, QS_INDICATOR_FIELD_REF));
  figure->target = qs_entity_get_double (entity, QS_INDICATOR_FIELD_TARGET);
  figure->direction = qs_entity_get_enum (entity, QS_INDICATOR_FIELD_DIRECTION);
  figure->dimension = qs_entity_get_enum (entity, QS_INDICATOR_FIELD_DIMENSION);
  figure->unit = g_strdup (qs_entity_get_string (entity, QS_INDICATOR_FIELD_UNIT));

  if (measure < 0)
    {
      if (!read_manual (store, figure->indicator_id, start, zone, figure, error))
        return NULL;
      /* A value typed in was not counted over requests: judged as it is. */
      qs_indicator_figure_judge (figure, 0, end <= now);
      return g_steal_pointer (&figure);
    }
  sql = own_sql (measure, is_filtered (entity));
  if (sql == NULL || provider_id == NULL)
    return g_steal_pointer (&figure);
  if ((stmt = qs_store_prepare (store, sql, error)) == NULL)
    return NULL;
  qs_figure_bind (stmt, provider_id, figure->indicator_id, start, end, now);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (qs_measure_is_duration (measure))
        {
          figure->denominator = sqlite3_column_int64 (stmt, 0);
          if (figure->denominator > 0)
            figure->value = sqlite3_column_double (stmt, measure == QS_MEASURE_ACK_MEDIAN ||
                                                             measure == QS_MEASURE_RESOLUTION_MEDIAN
                                                           ? 1
                                                           : 2) /
                            (3600.0 * G_USEC_PER_SEC);
        }
      else if (qs_measure_is_percent (measure))
        {
          figure->denominator = sqlite3_column_int64 (stmt, 0);
          figure->numerator = sqlite3_column_int64 (stmt, 1);
          if (figure->denominator > 0)
            figure->value = 100.0 * figure->numerator / figure->denominator;
        }
      else
        {
          /* A count is judged against its target however few. */
          figure->numerator = sqlite3_column_int64 (stmt, 0);
          figure->value = figure->numerator;
          counted = FALSE;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Computing the indicators"));
      return NULL;
    }
  qs_indicator_figure_judge (figure, !counted ? 0 : own_min > 0 ? own_min : min_count, end <= now);
  return g_steal_pointer (&figure);
}
