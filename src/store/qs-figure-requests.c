/* qs-figure-requests.c — the requests behind a dashboard figure, as SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Requests lists when a figure is clicked: the conditions of
 * qs-figure-sql-private.h, those the figure was counted with, so that
 * the list holds as many requests as the tile says.
 */
#include "config.h"

#include <string.h>

#include "qs-enum-types.h"
#include "qs-enum-labels.h"
#include "qs-figure-sql-private.h"
#include "qs-indicator-figures.h"

/* The version of the commitment published now measures this. */
#define PUBLISHED_METRIC(metric)                                                                   \
  "EXISTS (SELECT 1 FROM commitments WHERE lineage_id = :subject AND metric = '" metric "' "       \
  "AND charter_id IN (SELECT id FROM charters WHERE status = 'published' "                         \
  "AND deleted_at IS NULL))"

/* The complaints of one row of the breakdown (qs-complaint-breakdown.h). */
static const struct
{
  const char *nick;
  const char *template;
} breakdowns[] = {
  { "complaints-category",
    QS_FIGURE_SELECT_IDS QS_FIGURE_COMPLAINTS " AND " QS_FIGURE_AXIS_CATEGORY " = :subject" },
  { "complaints-service",
    QS_FIGURE_SELECT_IDS QS_FIGURE_COMPLAINTS " AND " QS_FIGURE_AXIS_SERVICE " = :subject" },
  { "complaints-origin",
    QS_FIGURE_SELECT_IDS QS_FIGURE_COMPLAINTS " AND " QS_FIGURE_AXIS_ORIGIN " = :subject" },
  { "complaints-client-type",
    QS_FIGURE_SELECT_IDS QS_FIGURE_COMPLAINTS " AND " QS_FIGURE_AXIS_CLIENT_TYPE " = :subject" },
};

const char *
qs_figure_template (QsMeasure measure)
{
  switch (measure)
    {
    case QS_MEASURE_COMPLIANCE:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_ACK_COMPLIANCE " AND " PUBLISHED_METRIC (
        "acknowledgement") " UNION ALL " QS_FIGURE_SELECT_IDS QS_FIGURE_RESOLUTION_COMPLIANCE
                           " AND " PUBLISHED_METRIC ("resolution");
    case QS_MEASURE_RECEIVED:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_RECEIVED;
    case QS_MEASURE_COMPLAINTS_RECEIVED:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_RECEIVED " AND kind = 'complaint'";
    case QS_MEASURE_REOPEN_RATE:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_RECEIVED " AND " QS_FIGURE_REOPENABLE;
    case QS_MEASURE_RESOLVED:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_RESOLVED;
    case QS_MEASURE_COMPLAINTS_RESOLVED:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_RESOLVED " AND kind = 'complaint'";
    case QS_MEASURE_OPEN:
      return QS_FIGURE_OPEN (QS_FIGURE_SELECT_IDS, "");
    case QS_MEASURE_OVERDUE:
      return QS_FIGURE_OPEN (QS_FIGURE_SELECT_IDS, " AND " QS_FIGURE_OVERDUE);
    case QS_MEASURE_ACK_MEDIAN:
    case QS_MEASURE_ACK_P90:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_TIMED ("ack_business_us", "acknowledged_at");
    case QS_MEASURE_RESOLUTION_MEDIAN:
    case QS_MEASURE_RESOLUTION_P90:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_TIMED ("resolution_business_us", "resolved_at");
    case QS_MEASURE_ASSIGNEE_COMPLIANCE:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_PROMISED " AND assignee_id = :subject";
    case QS_MEASURE_TEAM_COMPLIANCE:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_PROMISED " AND " QS_FIGURE_TEAM;
    case QS_MEASURE_RESPONSE_RATE:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_SURVEYED;
    case QS_MEASURE_KEPT:
      return QS_FIGURE_SELECT_IDS QS_FIGURE_DUE;
    default:
      return NULL;
    }
}

void
qs_figure_bind (sqlite3_stmt *stmt,
                const char   *provider_id,
                const char   *subject,
                gint64        start,
                gint64        end,
                gint64        now)
{
  const struct
  {
    const char *name;
    gint64      value;
  } instants[] = {
    { ":start", start }, { ":end", end }, { ":as_of", MIN (end, now) }, { ":now", now }
  };
  int index;

  if ((index = sqlite3_bind_parameter_index (stmt, ":provider")) > 0)
    sqlite3_bind_text (stmt, index, provider_id, -1, SQLITE_TRANSIENT);
  if ((index = sqlite3_bind_parameter_index (stmt, ":subject")) > 0)
    sqlite3_bind_text (stmt, index, subject, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < G_N_ELEMENTS (instants); i++)
    if ((index = sqlite3_bind_parameter_index (stmt, instants[i].name)) > 0)
      sqlite3_bind_int64 (stmt, index, instants[i].value);
}

/**
 * qs_indicator_figures_append_requests:
 *
 * Named parameters become "?", their values added to @params in the
 * order they are written, so that the SELECT can sit inside a query of
 * positional parameters.
 */
gboolean
qs_indicator_figures_append_requests (GString         *sql,
                                      GVariantBuilder *params,
                                      const char      *ref,
                                      const char      *provider_id,
                                      gint64           start,
                                      gint64           end,
                                      gint64           now)
{
  g_auto (GStrv) parts = NULL;
  g_autofree char *own = NULL;
  const char *template;
  const char *subject;
  int         measure;

  g_return_val_if_fail (sql != NULL && params != NULL, FALSE);
  g_return_val_if_fail (ref != NULL && provider_id != NULL, FALSE);

  parts = g_strsplit (ref, ":", 3);
  if (parts[0] == NULL)
    return FALSE;
  measure = qs_enum_from_nick (QS_TYPE_MEASURE, parts[0]);
  subject = parts[1];
  template = measure >= 0 ? qs_figure_template (measure) : NULL;
  /* A department's own indicator, "indicator:ID:MEASURE": the measure's
   * requests that it keeps. */
  if (g_str_equal (parts[0], "indicator") && subject != NULL && parts[2] != NULL &&
      (measure = qs_enum_from_nick (QS_TYPE_MEASURE, parts[2])) >= 0 &&
      qs_figure_template (measure) != NULL &&
      strstr (qs_figure_template (measure), ":subject") == NULL)
    template = own = g_strconcat (QS_FIGURE_SELECT_IDS "rowid IN (", qs_figure_template (measure),
                                  ") AND " QS_FIGURE_INDICATOR_FILTER, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (breakdowns); i++)
    if (g_str_equal (parts[0], breakdowns[i].nick))
      template = breakdowns[i].template;
  if (template == NULL)
    return FALSE;
  if (strstr (template, ":subject") != NULL && subject == NULL)
    return FALSE;

  for (const char *p = template; *p != '\0'; p++)
    {
      gsize length = 0;

      if (*p != ':')
        {
          g_string_append_c (sql, *p);
          continue;
        }
      while (g_ascii_isalpha (p[1 + length]) || p[1 + length] == '_')
        length++;
      g_string_append_c (sql, '?');
      if (strncmp (p, ":provider", length + 1) == 0)
        g_variant_builder_add (params, "s", provider_id);
      else if (strncmp (p, ":subject", length + 1) == 0)
        g_variant_builder_add (params, "s", subject);
      else if (strncmp (p, ":start", length + 1) == 0)
        g_variant_builder_add (params, "x", start);
      else if (strncmp (p, ":end", length + 1) == 0)
        g_variant_builder_add (params, "x", end);
      else if (strncmp (p, ":as_of", length + 1) == 0)
        g_variant_builder_add (params, "x", MIN (end, now));
      else if (strncmp (p, ":now", length + 1) == 0)
        g_variant_builder_add (params, "x", now);
      else
        g_assert_not_reached ();
      p += length;
    }
  return TRUE;
}
