/* qs-indicator-figures.c — the dashboard's built-in figures, counted by SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each query reads one providing department's requests over a period
 * from an index that holds every column it needs (schemas 19 and 21),
 * once: received (volumes, reopened, promises kept by the department and
 * by each person), resolved (volumes and times to resolve), acknowledged
 * (times to acknowledge), open at the end. Times are business time
 * measured with each request (qs-request-durations.c), so that their
 * percentiles are SQL too (qs_percentile()). Parameters: :provider,
 * :start and :end the period, :as_of the instant "now or the period's
 * end", whichever is first (what was open then), :now (whether a
 * deadline has passed, as for a commitment's achieved figure).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-charter-repository.h"
#include "qs-entities.h"
#include "qs-figure-sql-private.h"
#include "qs-indicator-figures.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-store-private.h"

typedef struct
{
  QsStore    *store;
  const char *provider_id;
  gint64      start;
  gint64      end;
  gint64      now;
  gint64      as_of; /* MIN (end, now) */
  char       *today; /* the day of as_of in the department's zone */
  gint64      min_count;
  gboolean    complete;
  QsLanguage  language;
  GPtrArray  *figures;
  GPtrArray  *promises; /* of Promises, one a person, read with the volumes */
  gint64      judged;   /* promises judged, of the whole department */
  gint64      met;
  gint64      n_resolution_times;
  double      resolution_median;
  double      resolution_p90;
} Count;

/* The promises a person or a team kept; of a person, their team. */
typedef struct
{
  char  *id;
  char  *name;
  char  *team_id;
  char  *team_name;
  gint64 met;
  gint64 judged;
} Promises;

static void
promises_free (Promises *promises)
{
  g_free (promises->id);
  g_free (promises->name);
  g_free (promises->team_id);
  g_free (promises->team_name);
  g_free (promises);
}

static QsIndicatorFigure *
add (Count *count, QsMeasure measure)
{
  QsIndicatorFigure *figure = qs_indicator_figure_new (measure, count->start, count->end);

  g_ptr_array_add (count->figures, figure);
  return figure;
}

/* A count, with no target. */
static void
add_count (Count *count, QsMeasure measure, gint64 n)
{
  QsIndicatorFigure *figure = add (count, measure);

  figure->value = n;
  figure->numerator = n;
}

/* A share in percent, NaN over nothing. */
static QsIndicatorFigure *
add_share (Count *count, QsMeasure measure, gint64 numerator, gint64 denominator)
{
  QsIndicatorFigure *figure = add (count, measure);

  figure->numerator = numerator;
  figure->denominator = denominator;
  if (denominator > 0)
    figure->value = 100.0 * numerator / denominator;
  return figure;
}

/* Binds each named parameter @stmt uses to the period's values; :today
 * too, the day of :as_of. */
static void
bind (Count *count, sqlite3_stmt *stmt)
{
  int index;

  qs_figure_bind (stmt, count->provider_id, NULL, count->start, count->end, count->now);
  if ((index = sqlite3_bind_parameter_index (stmt, ":today")) > 0)
    sqlite3_bind_text (stmt, index, count->today, -1, SQLITE_TRANSIENT);
}

/* @sql with the period's parameters bound, stepped to its first row:
 * NULL with @error set when it fails. Reset it after reading. */
static sqlite3_stmt *
run (Count *count, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = qs_store_prepare (count->store, sql, error);
  int           rc;

  if (stmt == NULL)
    return NULL;
  bind (count, stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (count->store, error, rc, _ ("Computing the indicators"));
      sqlite3_reset (stmt);
      return NULL;
    }
  return stmt;
}

static gboolean
count_commitments (Count *count, GError **error)
{
  g_autoptr (GPtrArray) commitments = qs_repository_find_all (
    qs_store_get_repository (count->store, QS_TYPE_COMMITMENT),
    "charter_id IN (SELECT id FROM charters WHERE department_id = ? AND status = 'published' "
    "AND deleted_at IS NULL) AND metric IN ('acknowledgement', 'resolution')",
    g_variant_new ("(s)", count->provider_id), "category, position", QS_QUERY_DEFAULT, error);
  g_autoptr (GDateTime) start = g_date_time_new_from_unix_utc (count->start / G_USEC_PER_SEC);
  g_autoptr (GDateTime) end = g_date_time_new_from_unix_utc (count->end / G_USEC_PER_SEC);

  if (commitments == NULL)
    return FALSE;
  for (guint i = 0; i < commitments->len; i++)
    {
      QsEntity          *commitment = g_ptr_array_index (commitments, i);
      QsIndicatorFigure *figure;
      const char        *lineage;
      const char        *words;
      double             percent;
      gint64             n;

      if (!qs_charter_repository_get_achieved (count->store, QS_COMMITMENT (commitment), start, end,
                                               &percent, &n, error))
        return FALSE;
      figure = add (count, QS_MEASURE_COMPLIANCE);
      lineage = qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_LINEAGE_ID);
      figure->subject_id = g_strdup (lineage != NULL ? lineage : qs_entity_get_id (commitment));
      words = qs_entity_get_string (commitment, count->language == QS_LANGUAGE_EN
                                                  ? QS_COMMITMENT_FIELD_TEXT_EN
                                                  : QS_COMMITMENT_FIELD_TEXT_FR);
      if (words == NULL || *words == '\0')
        words = qs_entity_get_string (commitment, count->language == QS_LANGUAGE_EN
                                                    ? QS_COMMITMENT_FIELD_TEXT_FR
                                                    : QS_COMMITMENT_FIELD_TEXT_EN);
      figure->subject = g_strdup (words);
      figure->value = percent;
      figure->denominator = n;
      figure->numerator = isnan (percent) ? 0 : llround (percent * n / 100.0);
      figure->target = qs_entity_get_double (commitment, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
      qs_indicator_figure_judge (figure, count->min_count, count->complete);
    }
  return TRUE;
}

/* Column @column of @stmt, or "" when NULL. */
static const char *
text_or_empty (sqlite3_stmt *stmt, int column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/* Keeps the promises of the person of the current row of @stmt (see
 * received_sql), if judged on any. */
static void
keep_promises (Count *count, sqlite3_stmt *stmt)
{
  Promises   *promises;
  const char *team_name;

  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL || sqlite3_column_int64 (stmt, 11) == 0)
    return;
  promises = g_new0 (Promises, 1);
  promises->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  promises->name = g_strjoin (" ", text_or_empty (stmt, 1), text_or_empty (stmt, 2), NULL);
  g_strstrip (promises->name);
  promises->team_id = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  team_name = text_or_empty (stmt, count->language == QS_LANGUAGE_EN ? 5 : 6);
  promises->team_name = g_strdup (*team_name != '\0' ? team_name : text_or_empty (stmt, 4));
  promises->judged = sqlite3_column_int64 (stmt, 11);
  promises->met = sqlite3_column_int64 (stmt, 12);
  g_ptr_array_add (count->promises, promises);
}

/* Over the requests received in the period, read once and grouped by
 * assignee: received, complaints received, reopened, and the promises
 * kept by the department and by each person (the requests with no
 * assignee count for the department only). The index is named: without
 * statistics SQLite would pick the narrower requests (department_id,
 * received_at) and read every row it lists. */
static gboolean
count_received (Count *count, GError **error)
{
  static const char received_sql[] =
    "SELECT r.assignee_id, c.given_name, c.family_name, c.department_id, d.name, d.name_en, "
    "d.name_fr, r.n, r.complaints, r.reopened, r.reopenable, r.judged, r.met, c.id FROM ("
    "SELECT assignee_id, count (*) AS n, total (kind = 'complaint') AS complaints, "
    "total (reopened_count > 0) AS reopened, total " QS_FIGURE_REOPENABLE " AS reopenable, "
    "total (" QS_FIGURE_JUDGED ") AS judged, "
    "total ((" QS_FIGURE_JUDGED ") AND resolved_at <= resolution_due_at) AS met "
    "FROM requests INDEXED BY requests_provider_received WHERE " QS_FIGURE_RECEIVED
    " GROUP BY assignee_id) AS r "
    "LEFT JOIN clients AS c ON c.id = r.assignee_id "
    "LEFT JOIN departments AS d ON d.id = c.department_id "
    "ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, r.assignee_id";
  sqlite3_stmt      *stmt = run (count, received_sql, error);
  QsIndicatorFigure *reopened;
  gint64             n = 0, complaints = 0, reopened_n = 0, reopenable = 0;
  int                rc = SQLITE_ROW;

  if (stmt == NULL)
    return FALSE;
  for (; rc == SQLITE_ROW; rc = sqlite3_step (stmt))
    {
      if (sqlite3_column_type (stmt, 7) == SQLITE_NULL)
        break; /* no request: no group */
      n += sqlite3_column_int64 (stmt, 7);
      complaints += sqlite3_column_int64 (stmt, 8);
      reopened_n += sqlite3_column_int64 (stmt, 9);
      reopenable += sqlite3_column_int64 (stmt, 10);
      count->judged += sqlite3_column_int64 (stmt, 11);
      count->met += sqlite3_column_int64 (stmt, 12);
      /* A person who is no longer in the directory has no row of theirs. */
      if (sqlite3_column_type (stmt, 13) != SQLITE_NULL)
        keep_promises (count, stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (count->store, error, rc, _ ("Computing the indicators"));
      return FALSE;
    }
  add_count (count, QS_MEASURE_RECEIVED, n);
  add_count (count, QS_MEASURE_COMPLAINTS_RECEIVED, complaints);
  reopened = add_share (count, QS_MEASURE_REOPEN_RATE, reopened_n, reopenable);
  reopened->direction = QS_DIRECTION_LOWER_IS_BETTER;
  return TRUE;
}

/* Resolved and complaints resolved in the period; over the same
 * requests, those with a measured time (QS_FIGURE_TIMED is
 * QS_FIGURE_RESOLVED and a time), its median and 90th percentile. Then
 * the department's promises kept, and what was open and overdue at the
 * end of the period (or now). A request is open from its receipt to its
 * resolution; a rejected one is left out. */
static gboolean
count_volumes (Count *count, GError **error)
{
  static const char resolved_sql[] =
    "SELECT count (*), total (kind = 'complaint'), " QS_FIGURE_TIMES (
      "resolution_business_us") " FROM requests WHERE " QS_FIGURE_RESOLVED;
  static const char open_sql[] = "SELECT count (*), total (due < :as_of) FROM (" QS_FIGURE_OPEN (
    "SELECT resolution_due_at AS due FROM requests WHERE ", "") ")";
  sqlite3_stmt *stmt;

  if (!count_received (count, error))
    return FALSE;

  if ((stmt = run (count, resolved_sql, error)) == NULL)
    return FALSE;
  add_count (count, QS_MEASURE_RESOLVED, sqlite3_column_int64 (stmt, 0));
  add_count (count, QS_MEASURE_COMPLAINTS_RESOLVED, sqlite3_column_int64 (stmt, 1));
  count->n_resolution_times = sqlite3_column_int64 (stmt, 2);
  count->resolution_median = sqlite3_column_double (stmt, 3);
  count->resolution_p90 = sqlite3_column_double (stmt, 4);
  sqlite3_reset (stmt);

  add_share (count, QS_MEASURE_KEPT, count->met, count->judged);

  if ((stmt = run (count, open_sql, error)) == NULL)
    return FALSE;
  add_count (count, QS_MEASURE_OPEN, sqlite3_column_int64 (stmt, 0));
  add_count (count, QS_MEASURE_OVERDUE, sqlite3_column_int64 (stmt, 1));
  sqlite3_reset (stmt);
  return TRUE;
}

/* A median and a 90th percentile of @n times in µs, in hours. */
static void
add_times (Count *count, QsMeasure median, QsMeasure p90, gint64 n, double median_us, double p90_us)
{
  QsMeasure measures[] = { median, p90 };
  double    values[] = { median_us, p90_us };

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    {
      QsIndicatorFigure *figure = add (count, measures[i]);

      figure->denominator = n;
      figure->direction = QS_DIRECTION_LOWER_IS_BETTER;
      if (n > 0)
        figure->value = values[i] / (3600.0 * G_USEC_PER_SEC);
    }
}

/* The times to acknowledge, counted here; to resolve, read with the
 * resolved requests. */
static gboolean
count_times (Count *count, GError **error)
{
  static const char sql[] = QS_FIGURE_PERCENTILES (
    "ack_business_us", QS_FIGURE_TIMED ("ack_business_us", "acknowledged_at"));
  sqlite3_stmt *stmt = run (count, sql, error);

  if (stmt == NULL)
    return FALSE;
  add_times (count, QS_MEASURE_ACK_MEDIAN, QS_MEASURE_ACK_P90, sqlite3_column_int64 (stmt, 0),
             sqlite3_column_double (stmt, 1), sqlite3_column_double (stmt, 2));
  sqlite3_reset (stmt);
  add_times (count, QS_MEASURE_RESOLUTION_MEDIAN, QS_MEASURE_RESOLUTION_P90,
             count->n_resolution_times, count->resolution_median, count->resolution_p90);
  return TRUE;
}

/* Among the requests received in the period with a resolution due date,
 * the share resolved by it, per assignee and per team (the assignee's
 * department): the promises each kept, read with the volumes. As for a
 * commitment, a request whose due date is still to come, unresolved, has
 * missed nothing yet. */
static void
count_people (Count *count)
{
  g_autoptr (GPtrArray) teams = g_ptr_array_new_with_free_func ((GDestroyNotify) promises_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < count->promises->len; i++)
    {
      Promises          *person = g_ptr_array_index (count->promises, i);
      QsIndicatorFigure *figure =
        add_share (count, QS_MEASURE_ASSIGNEE_COMPLIANCE, person->met, person->judged);
      Promises *team;

      figure->subject_id = g_strdup (person->id);
      figure->subject = g_strdup (person->name);
      if (person->team_id == NULL)
        continue;
      team = g_hash_table_lookup (by_id, person->team_id);
      if (team == NULL)
        {
          team = g_new0 (Promises, 1);
          team->id = g_strdup (person->team_id);
          team->name = g_strdup (person->team_name);
          g_ptr_array_add (teams, team);
          g_hash_table_insert (by_id, team->id, team);
        }
      team->met += person->met;
      team->judged += person->judged;
    }
  for (guint i = 0; i < teams->len; i++)
    {
      Promises          *team = g_ptr_array_index (teams, i);
      QsIndicatorFigure *figure =
        add_share (count, QS_MEASURE_TEAM_COMPLIANCE, team->met, team->judged);

      figure->subject_id = g_strdup (team->id);
      figure->subject = g_strdup (team->name);
    }
}

/* The ratings given after a request (out of 5), the share of clients
 * asked who answered, and the net promoter score of the department's
 * questionnaires: 9 and 10 promote, 0 to 6 detract. */
static gboolean
count_satisfaction (Count *count, GError **error)
{
  static const char rating_sql[] =
    "SELECT count (*), avg (rating) FROM feedback WHERE provider_department_id = :provider "
    "AND received_at >= :start AND received_at < :end AND deleted_at IS NULL "
    "AND source = 'after-request' AND rating > 0";
  /* "+f.source": else SQLite reads every answer after a request for each
   * request asked, by the index on source, rather than its own. */
  static const char response_sql[] =
    "SELECT count (*), total (EXISTS (SELECT 1 FROM feedback AS f WHERE f.request_id = r.id "
    "AND +f.source = 'after-request' AND f.deleted_at IS NULL)) FROM requests AS r "
    "WHERE " QS_FIGURE_SURVEYED;
  static const char nps_sql[] =
    "SELECT count (*), total (a.score >= 9), total (a.score <= 6) FROM survey_answers AS a "
    "JOIN survey_questions AS q ON q.id = a.question_id AND q.kind = 'recommendation' "
    "WHERE a.response_survey_id IN (SELECT id FROM surveys WHERE department_id = :provider "
    "AND deleted_at IS NULL) AND a.response_submitted_at >= :start AND a.response_submitted_at < "
    ":end "
    "AND a.deleted_at IS NULL AND a.score IS NOT NULL";
  sqlite3_stmt      *stmt;
  QsIndicatorFigure *figure;

  if ((stmt = run (count, rating_sql, error)) == NULL)
    return FALSE;
  figure = add (count, QS_MEASURE_SATISFACTION);
  figure->denominator = sqlite3_column_int64 (stmt, 0);
  if (figure->denominator > 0)
    figure->value = sqlite3_column_double (stmt, 1);
  sqlite3_reset (stmt);

  if ((stmt = run (count, response_sql, error)) == NULL)
    return FALSE;
  add_share (count, QS_MEASURE_RESPONSE_RATE, sqlite3_column_int64 (stmt, 1),
             sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);

  if ((stmt = run (count, nps_sql, error)) == NULL)
    return FALSE;
  figure = add (count, QS_MEASURE_NPS);
  figure->denominator = sqlite3_column_int64 (stmt, 0);
  figure->numerator = sqlite3_column_int64 (stmt, 1) - sqlite3_column_int64 (stmt, 2);
  if (figure->denominator > 0)
    figure->value = 100.0 * figure->numerator / figure->denominator;
  sqlite3_reset (stmt);
  return TRUE;
}

/* The department's improvement actions open at the end of the period,
 * and among them those past their due day (:today, a day of the department's
 * zone). An action is open until completed or abandoned. */
static gboolean
count_actions (Count *count, GError **error)
{
  static const char sql[] =
    "SELECT count (*), total (due_on < :today) FROM actions WHERE department_id = :provider "
    "AND deleted_at IS NULL AND created_at < :as_of AND stage <> 'abandoned' "
    "AND CASE WHEN completed_at IS NULL THEN stage <> 'done' ELSE completed_at >= :as_of END";
  sqlite3_stmt *stmt = run (count, sql, error);

  if (stmt == NULL)
    return FALSE;
  add_count (count, QS_MEASURE_ACTIONS_OPEN, sqlite3_column_int64 (stmt, 0));
  add_count (count, QS_MEASURE_ACTIONS_LATE, sqlite3_column_int64 (stmt, 1));
  sqlite3_reset (stmt);
  return TRUE;
}

GPtrArray *
qs_indicator_figures_compute (QsStore    *store,
                              const char *provider_id,
                              gint64      start,
                              gint64      end,
                              QsLanguage  language,
                              gint64      min_count,
                              GError    **error)
{
  g_autoptr (GPtrArray) figures =
    g_ptr_array_new_with_free_func ((GDestroyNotify) qs_indicator_figure_free);
  g_autoptr (GPtrArray) promises = g_ptr_array_new_with_free_func ((GDestroyNotify) promises_free);
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GTimeZone) zone = NULL;
  g_autoptr (GDateTime) as_of = NULL;
  g_autoptr (GDateTime) local = NULL;
  g_autofree char *today = NULL;
  gint64           now;
  Count            count;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (provider_id != NULL, NULL);
  g_return_val_if_fail (start < end, NULL);

  now = qs_store_now (store);

  /* The department's own day, for the actions' due days. */
  hours = qs_request_repository_get_hours (store, NULL, provider_id, NULL, NULL);
  zone = hours != NULL ? g_time_zone_ref (qs_business_hours_get_timezone (hours))
                       : g_time_zone_new_utc ();
  as_of = g_date_time_new_from_unix_utc (MIN (end, now) / G_USEC_PER_SEC);
  local = g_date_time_to_timezone (as_of, zone);
  today = g_date_time_format (local, "%Y-%m-%d");

  count = (Count){
    .store = store,
    .provider_id = provider_id,
    .start = start,
    .end = end,
    .now = now,
    .as_of = MIN (end, now),
    .today = today,
    .min_count = min_count,
    .complete = end <= now,
    .language = language,
    .figures = figures,
    .promises = promises,
  };

  /* One snapshot of the database for every figure. */
  if (!qs_store_begin_read (store, error))
    return NULL;
  if (!count_commitments (&count, error) || !count_volumes (&count, error) ||
      !count_times (&count, error))
    {
      qs_store_end_read (store);
      return NULL;
    }
  count_people (&count);
  if (!count_satisfaction (&count, error) || !count_actions (&count, error))
    {
      qs_store_end_read (store);
      return NULL;
    }
  qs_store_end_read (store);
  return g_steal_pointer (&figures);
}

GPtrArray *
qs_indicator_figures_providers (QsStore *store, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  return qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_DEPARTMENT),
                                 "is_provider = 1", NULL, "name COLLATE NOCASE, ref",
                                 QS_QUERY_DEFAULT, error);
}
