/* qs-request-query.c — finding requests: filters, full-text search, sort, the tracker's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every list of requests (the view's model, `qualserv-cli search`, the
 * exports) runs the statement qs_request_query_build_sql() writes, which
 * returns row ids only, in list order.
 *
 * Requests are recorded as they are received, so "newest received first"
 * is "newest recorded first": rowid order. That default order lets a
 * search stay inside the full-text index, whose row ids come out in
 * order, without reading the requests table at all (the index holds live
 * requests only: the triggers of schemas 4 and 6 take tombstoned ones
 * out).
 * Other sorts and column filters read the table, and are slower.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-deadline.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-indicator-figures.h"
#include "qs-request.h"
#include "qs-request-query.h"
#include "qs-repository-private.h"
#include "qs-store-private.h"

/* Row ids read when the list is reloaded: the first screens; the rest
 * follow in idle time (see QsQueryListModel). */
#define FIRST_ROWS 4096

/* Not closed nor rejected; written as the partial index requests_open_due
 * is, so that SQLite can use it. */
#define OPEN_REQUEST "r.deleted_at IS NULL AND r.status NOT IN ('closed', 'rejected')"
/* Open, and still owing its resolution: the resolution deadline runs. A
 * request waiting on the client has its clock paused. */
#define DEADLINE_RUNS                                                                              \
  OPEN_REQUEST " AND r.status NOT IN ('resolved', 'client-informed') AND r.paused_at IS NULL"

QsRequestFilter *
qs_request_filter_new (void)
{
  QsRequestFilter *self = g_new0 (QsRequestFilter, 1);

  self->status = -1;
  self->kind = -1;
  self->problem = -1;
  self->confidential = -1;
  self->due = QS_REQUEST_DUE_ANY;
  self->sort = QS_REQUEST_SORT_RECEIVED;
  self->descending = TRUE;
  return self;
}

QsRequestFilter *
qs_request_filter_copy (const QsRequestFilter *self)
{
  QsRequestFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->search = g_strdup (self->search);
  copy->department_id = g_strdup (self->department_id);
  copy->assignee_id = g_strdup (self->assignee_id);
  copy->client_id = g_strdup (self->client_id);
  copy->client_department_id = g_strdup (self->client_department_id);
  copy->figure_ref = g_strdup (self->figure_ref);
  copy->figure_provider_id = g_strdup (self->figure_provider_id);
  copy->figure_title = g_strdup (self->figure_title);
  return copy;
}

void
qs_request_filter_free (QsRequestFilter *self)
{
  if (self == NULL)
    return;
  g_free (self->search);
  g_free (self->department_id);
  g_free (self->assignee_id);
  g_free (self->client_id);
  g_free (self->client_department_id);
  g_free (self->figure_ref);
  g_free (self->figure_provider_id);
  g_free (self->figure_title);
  g_free (self);
}

/* NULL and "" both mean "any". */
static gboolean
same_text (const char *a, const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL, b != NULL && *b != '\0' ? b : NULL) == 0;
}

static gboolean
is_set (const char *s)
{
  return s != NULL && *s != '\0';
}

gboolean
qs_request_filter_equal (const QsRequestFilter *a, const QsRequestFilter *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return same_text (a->search, b->search) && a->status == b->status &&
         !a->open_only == !b->open_only && a->kind == b->kind && a->problem == b->problem &&
         same_text (a->department_id, b->department_id) &&
         same_text (a->assignee_id, b->assignee_id) && same_text (a->client_id, b->client_id) &&
         same_text (a->client_department_id, b->client_department_id) && a->due == b->due &&
         a->confidential == b->confidential && !a->escalated_only == !b->escalated_only &&
         a->sort == b->sort && !a->descending == !b->descending &&
         same_text (a->figure_ref, b->figure_ref) &&
         same_text (a->figure_provider_id, b->figure_provider_id) &&
         a->figure_start == b->figure_start && a->figure_end == b->figure_end &&
         a->figure_now == b->figure_now;
}

static const char *due_nicks[] = { "any", "overdue", "at-risk" };
static const char *sort_nicks[] = {
  "received",   "ref",    "kind", "subject",  "client",
  "department", "status", "due",  "assignee", "priority",
};

static int
index_of (const char *nick, const char **nicks, guint n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (nick, nicks[i]))
      return (int) i;
  return -1;
}

/* Only what differs from qs_request_filter_new(), values by nick, so that
 * a saved filter survives a reordering of the enumerations. */
char *
qs_request_filter_serialize (const QsRequestFilter *self)
{
  GVariantBuilder builder;
  const char     *nick;

  g_return_val_if_fail (self != NULL, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  if (is_set (self->search))
    g_variant_builder_add (&builder, "{sv}", "search", g_variant_new_string (self->search));
  if (self->status >= 0 && (nick = qs_enum_nick (QS_TYPE_REQUEST_STATUS, self->status)) != NULL)
    g_variant_builder_add (&builder, "{sv}", "status", g_variant_new_string (nick));
  if (self->open_only)
    g_variant_builder_add (&builder, "{sv}", "open-only", g_variant_new_boolean (TRUE));
  if (self->escalated_only)
    g_variant_builder_add (&builder, "{sv}", "escalated-only", g_variant_new_boolean (TRUE));
  if (self->kind >= 0 && (nick = qs_enum_nick (QS_TYPE_REQUEST_KIND, self->kind)) != NULL)
    g_variant_builder_add (&builder, "{sv}", "kind", g_variant_new_string (nick));
  if (self->problem >= 0 && (nick = qs_enum_nick (QS_TYPE_PROBLEM, self->problem)) != NULL)
    g_variant_builder_add (&builder, "{sv}", "problem", g_variant_new_string (nick));
  if (is_set (self->department_id))
    g_variant_builder_add (&builder, "{sv}", "department",
                           g_variant_new_string (self->department_id));
  if (is_set (self->assignee_id))
    g_variant_builder_add (&builder, "{sv}", "assignee", g_variant_new_string (self->assignee_id));
  if (is_set (self->client_id))
    g_variant_builder_add (&builder, "{sv}", "client", g_variant_new_string (self->client_id));
  if (is_set (self->client_department_id))
    g_variant_builder_add (&builder, "{sv}", "client-department",
                           g_variant_new_string (self->client_department_id));
  if (self->due > QS_REQUEST_DUE_ANY && self->due < G_N_ELEMENTS (due_nicks))
    g_variant_builder_add (&builder, "{sv}", "due", g_variant_new_string (due_nicks[self->due]));
  if (self->confidential >= 0)
    g_variant_builder_add (&builder, "{sv}", "confidential",
                           g_variant_new_boolean (self->confidential != 0));
  if (self->sort != QS_REQUEST_SORT_RECEIVED && self->sort < G_N_ELEMENTS (sort_nicks))
    g_variant_builder_add (&builder, "{sv}", "sort", g_variant_new_string (sort_nicks[self->sort]));
  if (!self->descending)
    g_variant_builder_add (&builder, "{sv}", "descending", g_variant_new_boolean (FALSE));
  if (is_set (self->figure_ref) && is_set (self->figure_provider_id))
    g_variant_builder_add (&builder, "{sv}", "figure",
                           g_variant_new ("(sssxxx)", self->figure_ref, self->figure_provider_id,
                                          self->figure_title != NULL ? self->figure_title : "",
                                          self->figure_start, self->figure_end, self->figure_now));

  return g_variant_print (g_variant_builder_end (&builder), TRUE);
}

/**
 * qs_request_filter_deserialize:
 *
 * Reads what qs_request_filter_serialize() wrote. Unknown keys, and
 * values of the wrong type or an unknown nick, are ignored, so a filter
 * saved by a later version still opens.
 */
QsRequestFilter *
qs_request_filter_deserialize (const char *text, GError **error)
{
  g_autoptr (GVariant) dict = NULL;
  g_autoptr (GError) parse_error = NULL;
  QsRequestFilter *self;
  const char      *s;
  gboolean         b;
  int              value;

  g_return_val_if_fail (text != NULL, NULL);

  dict = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, &parse_error);
  if (dict == NULL)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                   _ ("The saved filter could not be read (%s); save it again."),
                   parse_error->message);
      return NULL;
    }

  self = qs_request_filter_new ();
  if (g_variant_lookup (dict, "search", "&s", &s))
    self->search = g_strdup (s);
  if (g_variant_lookup (dict, "status", "&s", &s))
    self->status = qs_enum_from_nick (QS_TYPE_REQUEST_STATUS, s);
  if (g_variant_lookup (dict, "open-only", "b", &b))
    self->open_only = b;
  if (g_variant_lookup (dict, "escalated-only", "b", &b))
    self->escalated_only = b;
  if (g_variant_lookup (dict, "kind", "&s", &s))
    self->kind = qs_enum_from_nick (QS_TYPE_REQUEST_KIND, s);
  if (g_variant_lookup (dict, "problem", "&s", &s))
    self->problem = qs_enum_from_nick (QS_TYPE_PROBLEM, s);
  if (g_variant_lookup (dict, "department", "&s", &s))
    self->department_id = g_strdup (s);
  if (g_variant_lookup (dict, "assignee", "&s", &s))
    self->assignee_id = g_strdup (s);
  if (g_variant_lookup (dict, "client", "&s", &s))
    self->client_id = g_strdup (s);
  if (g_variant_lookup (dict, "client-department", "&s", &s))
    self->client_department_id = g_strdup (s);
  if (g_variant_lookup (dict, "due", "&s", &s) &&
      (value = index_of (s, due_nicks, G_N_ELEMENTS (due_nicks))) >= 0)
    self->due = value;
  if (g_variant_lookup (dict, "confidential", "b", &b))
    self->confidential = b ? 1 : 0;
  if (g_variant_lookup (dict, "sort", "&s", &s) &&
      (value = index_of (s, sort_nicks, G_N_ELEMENTS (sort_nicks))) >= 0)
    self->sort = value;
  if (g_variant_lookup (dict, "descending", "b", &b))
    self->descending = b;
  if (g_variant_lookup (dict, "figure", "(sssxxx)", &self->figure_ref, &self->figure_provider_id,
                        &self->figure_title, &self->figure_start, &self->figure_end,
                        &self->figure_now))
    {
      if (*self->figure_title == '\0')
        g_clear_pointer (&self->figure_title, g_free);
    }
  return self;
}

/**
 * qs_request_search_to_match:
 *
 * Each run of letters and digits is a word; quoting keeps FTS5 syntax
 * out. A word of two letters or more matches as a prefix ("pa" finds
 * "payment"), read from the index's prefix tables. A word of one letter
 * matches only that whole word: as a prefix it would match half of the
 * requests, which helps no one, and costs the most. One letter at the
 * very end, after other words, is a word still being typed: it is left
 * out until it has a second letter (or a space after it), so that typing
 * "pay s" keeps the list of "pay" rather than emptying it.
 */
char *
qs_request_search_to_match (const char *search)
{
  g_autoptr (GString) match = g_string_new (NULL);
  g_autoptr (GString) word = g_string_new (NULL);
  guint       length = 0;
  const char *p;

  if (search == NULL || !g_utf8_validate (search, -1, NULL))
    return NULL;

  for (p = search;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          length++;
          continue;
        }
      if (word->len > 0 && !(c == 0 && length == 1 && match->len > 0))
        {
          g_string_append_printf (match, "%s\"%s\"%s", match->len > 0 ? " " : "", word->str,
                                  length > 1 ? "*" : "");
        }
      g_string_truncate (word, 0);
      length = 0;
      if (c == 0)
        break;
    }

  return match->len > 0 ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}

QsQueryListModel *
qs_request_query_new_model (QsStore *store)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (GVariant) params = NULL;
  g_autofree char  *sql = NULL;
  QsQueryListModel *model;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  model = qs_query_list_model_new (store, QS_TYPE_REQUEST);
  qs_query_list_model_set_incremental (model, FIRST_ROWS);
  sql = qs_request_query_build_sql (filter, 0, QS_DEADLINE_DEFAULT_AT_RISK_SHARE, &params);
  qs_query_list_model_set_rowid_query (model, sql, params);
  return model;
}

void
qs_request_query_set (QsQueryListModel      *model,
                      const QsRequestFilter *filter,
                      gint64                 now,
                      double                 at_risk_share)
{
  g_autoptr (GVariant) params = NULL;
  g_autofree char *sql = NULL;

  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (model));
  g_return_if_fail (filter != NULL);

  sql = qs_request_query_build_sql (filter, now, at_risk_share, &params);
  qs_query_list_model_set_rowid_query (model, sql, params);
}

gboolean
qs_request_query_apply (QsQueryListModel      *model,
                        const QsRequestFilter *filter,
                        gint64                 now,
                        double                 at_risk_share,
                        GError               **error)
{
  g_return_val_if_fail (QS_IS_QUERY_LIST_MODEL (model), FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);

  qs_request_query_set (model, filter, now, at_risk_share);
  return qs_query_list_model_reload (model, error);
}

/* The ORDER BY terms of a sort, ascending; enumerations in the order of
 * their values (the lifecycle's, low to urgent), not alphabetically.
 * @groups come first and are not reversed by a descending sort. */
static void
append_sort_terms (GPtrArray *groups, GPtrArray *terms, QsRequestSort sort)
{
  switch (sort)
    {
    case QS_REQUEST_SORT_REF:
      /* REQ-YYYY-N, N of five digits or more: by year, then by number. */
      g_ptr_array_add (terms, g_strdup ("substr (r.ref, 1, 9)"));
      g_ptr_array_add (terms, g_strdup ("CAST (substr (r.ref, 10) AS INTEGER)"));
      break;
    case QS_REQUEST_SORT_KIND:
      g_ptr_array_add (terms, g_strdup ("CASE r.kind WHEN 'request' THEN 0 WHEN 'complaint' THEN 1 "
                                        "WHEN 'suggestion' THEN 2 ELSE 3 END"));
      break;
    case QS_REQUEST_SORT_SUBJECT:
      g_ptr_array_add (terms, g_strdup ("r.subject COLLATE NOCASE"));
      break;
    case QS_REQUEST_SORT_CLIENT:
      /* The names each request keeps to be sorted by (data/sql/011.sql);
       * a confidential request's client has none, so that the order
       * cannot show it. */
      g_ptr_array_add (terms, g_strdup ("r.client_sort COLLATE NOCASE"));
      break;
    case QS_REQUEST_SORT_DEPARTMENT:
      g_ptr_array_add (terms, g_strdup ("r.department_sort COLLATE NOCASE"));
      break;
    case QS_REQUEST_SORT_STATUS:
      g_ptr_array_add (terms,
                       g_strdup ("CASE r.status WHEN 'received' THEN 0 WHEN 'acknowledged' THEN 1 "
                                 "WHEN 'in-analysis' THEN 2 WHEN 'waiting-on-client' THEN 3 "
                                 "WHEN 'resolved' THEN 4 WHEN 'client-informed' THEN 5 "
                                 "WHEN 'closed' THEN 6 WHEN 'reopened' THEN 7 ELSE 8 END"));
      break;
    case QS_REQUEST_SORT_DUE:
      /* What is still to do by urgency, then what is done (its deadline
       * met or missed), then requests without a deadline. */
      g_ptr_array_add (groups, g_strdup ("r.status IN ('resolved', 'client-informed', 'closed', "
                                         "'rejected')"));
      g_ptr_array_add (groups, g_strdup ("r.resolution_due_at IS NULL"));
      g_ptr_array_add (terms, g_strdup ("r.resolution_due_at"));
      break;
    case QS_REQUEST_SORT_ASSIGNEE:
      g_ptr_array_add (terms, g_strdup ("r.assignee_sort IS NULL"));
      g_ptr_array_add (terms, g_strdup ("r.assignee_sort COLLATE NOCASE"));
      break;
    case QS_REQUEST_SORT_PRIORITY:
      g_ptr_array_add (terms, g_strdup ("CASE r.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 "
                                        "WHEN 'high' THEN 2 ELSE 3 END"));
      break;
    case QS_REQUEST_SORT_RECEIVED:
    default:
      break;
    }
}

/* The index of schema 8, 9 or 11 (data/sql/008.sql, 009.sql, 011.sql) that holds
 * @sort's terms in the direction asked, or NULL. */
static const char *
sort_index (QsRequestSort sort, gboolean descending)
{
  switch (sort)
    {
    case QS_REQUEST_SORT_DUE:
      return descending ? "requests_sort_due_desc" : "requests_sort_due";
    case QS_REQUEST_SORT_REF:
      return "requests_sort_ref";
    case QS_REQUEST_SORT_KIND:
      return "requests_sort_kind";
    case QS_REQUEST_SORT_SUBJECT:
      return "requests_sort_subject";
    case QS_REQUEST_SORT_STATUS:
      return "requests_sort_status";
    case QS_REQUEST_SORT_PRIORITY:
      return "requests_sort_priority";
    case QS_REQUEST_SORT_CLIENT:
      return "requests_sort_client";
    case QS_REQUEST_SORT_DEPARTMENT:
      return "requests_sort_department";
    case QS_REQUEST_SORT_ASSIGNEE:
      return "requests_sort_assignee";
    case QS_REQUEST_SORT_RECEIVED:
    default:
      return NULL;
    }
}

/* The requests whose words, or whose history's notes, match: a compound
 * SELECT of row ids, the match bound twice. Both indexes hold live
 * requests only, and the history's rowid is its request's shifted left
 * 16 bits (see data/sql/006.sql): neither reads a table. */
#define SEARCH_ROWIDS                                                                              \
  "SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?"                                      \
  " UNION"                                                                                         \
  " SELECT rowid >> 16 FROM request_history_fts WHERE request_history_fts MATCH ?"

/**
 * qs_request_query_build_sql:
 *
 * Overdue: open, its resolution deadline running and past at @now. At
 * risk: open, not overdue, and at least @at_risk_share of the business
 * time from reception to the resolution deadline used, as
 * qs_deadline_state() says (the store's SQL function qs_at_risk()).
 */
char *
qs_request_query_build_sql (const QsRequestFilter *filter,
                            gint64                 now,
                            double                 at_risk_share,
                            GVariant             **params)
{
  g_autoptr (GString) sql = g_string_new (NULL);
  g_autoptr (GString) where = NULL;
  g_autoptr (GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *match = NULL;
  GVariantBuilder  builder;
  const char      *direction;
  const char      *nick;
  gboolean         filtered = FALSE;
  gboolean         open = filter->open_only || filter->due != QS_REQUEST_DUE_ANY;

  /* Without statistics SQLite takes "deleted_at IS NULL" for a selective
   * term and walks the whole requests_live index (every live request)
   * instead of the index of a real filter, such as status: the unary +
   * keeps that term out of index choice. The open lists name their
   * partial index, whose condition must be written as it is. */
  where = g_string_new (open ? "r.deleted_at IS NULL" : "+r.deleted_at IS NULL");

  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (params != NULL, NULL);

  direction = filter->descending ? " DESC" : "";
  g_variant_builder_init (&builder, G_VARIANT_TYPE_TUPLE);
  match = qs_request_search_to_match (filter->search);

  if (filter->status >= 0 && (nick = qs_enum_nick (QS_TYPE_REQUEST_STATUS, filter->status)) != NULL)
    {
      g_string_append (where, " AND r.status = ?");
      g_variant_builder_add (&builder, "s", nick);
      filtered = TRUE;
    }
  if (filter->open_only)
    {
      g_string_append (where, " AND r.status NOT IN ('closed', 'rejected')");
      filtered = TRUE;
    }
  if (filter->escalated_only)
    {
      g_string_append (where, " AND r.escalation_level > 0");
      filtered = TRUE;
    }
  if (filter->kind >= 0 && (nick = qs_enum_nick (QS_TYPE_REQUEST_KIND, filter->kind)) != NULL)
    {
      g_string_append (where, " AND r.kind = ?");
      g_variant_builder_add (&builder, "s", nick);
      filtered = TRUE;
    }
  if (filter->problem >= 0 && (nick = qs_enum_nick (QS_TYPE_PROBLEM, filter->problem)) != NULL)
    {
      g_string_append (where, " AND r.problem = ?");
      g_variant_builder_add (&builder, "s", nick);
      filtered = TRUE;
    }
  if (is_set (filter->department_id))
    {
      g_string_append (where, " AND r.department_id = ?");
      g_variant_builder_add (&builder, "s", filter->department_id);
      filtered = TRUE;
    }
  if (is_set (filter->assignee_id))
    {
      g_string_append (where, " AND r.assignee_id = ?");
      g_variant_builder_add (&builder, "s", filter->assignee_id);
      filtered = TRUE;
    }
  if (is_set (filter->client_id))
    {
      g_string_append (where, " AND r.client_id = ?");
      g_variant_builder_add (&builder, "s", filter->client_id);
      filtered = TRUE;
    }
  /* The department the client made the request from, as the directory
   * counts a department's requests: not the one that provides. */
  if (is_set (filter->client_department_id))
    {
      g_string_append (where, " AND r.origin_department_id = ?");
      g_variant_builder_add (&builder, "s", filter->client_department_id);
      filtered = TRUE;
    }
  if (filter->confidential >= 0)
    {
      g_string_append (where, " AND r.confidential = ?");
      g_variant_builder_add (&builder, "x", (gint64) (filter->confidential != 0));
      filtered = TRUE;
    }
  if (is_set (filter->figure_ref) && is_set (filter->figure_provider_id))
    {
      g_string_append (where, " AND r.rowid IN (");
      if (!qs_indicator_figures_append_requests (where, &builder, filter->figure_ref,
                                                 filter->figure_provider_id, filter->figure_start,
                                                 filter->figure_end, filter->figure_now))
        g_string_append (where, "SELECT NULL WHERE 0");
      g_string_append (where, ")");
      filtered = TRUE;
    }
  if (filter->due == QS_REQUEST_DUE_OVERDUE)
    {
      g_string_append (where, " AND " DEADLINE_RUNS " AND r.resolution_due_at < ?");
      g_variant_builder_add (&builder, "x", now);
      filtered = TRUE;
    }
  else if (filter->due == QS_REQUEST_DUE_AT_RISK)
    {
      /* The open index finds the running deadlines still ahead; the
       * business clock of each judges it. */
      g_string_append (where, " AND " DEADLINE_RUNS " AND r.resolution_due_at >= ?"
                              " AND qs_at_risk (r.calendar_id, r.department_id, r.received_at,"
                              " r.resolution_due_at, ?, ?)");
      g_variant_builder_add (&builder, "x", now);
      g_variant_builder_add (&builder, "x", now);
      g_variant_builder_add (&builder, "d", CLAMP (at_risk_share, 0.0, 1.0));
      filtered = TRUE;
    }

  /* The words are matched after every other condition: their parameters
   * come last, in the order of the statement. */
  if (match != NULL)
    {
      g_variant_builder_add (&builder, "s", match);
      g_variant_builder_add (&builder, "s", match);
    }

  append_sort_terms (groups, terms, filter->sort);

  if (!filtered && groups->len + terms->len == 0)
    {
      /* Newest recorded first: straight from an index, without the table. */
      if (match != NULL)
        g_string_append_printf (sql, "%s ORDER BY 1%s", SEARCH_ROWIDS, direction);
      else
        g_string_append_printf (
          sql, "SELECT rowid FROM requests WHERE deleted_at IS NULL ORDER BY rowid%s", direction);
      *params = g_variant_ref_sink (g_variant_builder_end (&builder));
      return g_string_free (g_steal_pointer (&sql), FALSE);
    }

  g_string_append (sql, "SELECT r.rowid FROM requests r");
  /* The whole list in an order an index holds: read from it, without a
   * sort. The condition must then be written as the index's. */
  if (match == NULL && g_str_equal (where->str, "+r.deleted_at IS NULL") &&
      sort_index (filter->sort, filter->descending) != NULL)
    {
      g_string_append_printf (sql, " INDEXED BY %s", sort_index (filter->sort, filter->descending));
      g_string_assign (where, "r.deleted_at IS NULL");
    }
  /* The open requests are a few percent of all: read from their partial
   * index, whose condition the WHERE repeats word for word, then sorted.
   * Left to itself SQLite walks the whole table in rowid order instead,
   * a hundred times slower at a million requests. */
  if (open)
    g_string_append (sql, " INDEXED BY requests_open_due");
  g_string_append_printf (sql, " WHERE %s", where->str);
  if (match != NULL)
    g_string_append (sql, " AND r.rowid IN (" SEARCH_ROWIDS ")");
  g_string_append (sql, " ORDER BY ");
  for (guint i = 0; i < groups->len; i++)
    g_string_append_printf (sql, "%s, ", (char *) groups->pdata[i]);
  for (guint i = 0; i < terms->len; i++)
    g_string_append_printf (sql, "%s%s, ", (char *) terms->pdata[i], direction);
  /* Ties by the order they were recorded, in the sort's direction (an
   * index gives that order for free); the default order newest first. */
  g_string_append_printf (sql, "r.rowid%s", direction);

  *params = g_variant_ref_sink (g_variant_builder_end (&builder));
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static void
clear_hit (gpointer data)
{
  QsRequestHit *hit = data;

  g_free (hit->ref);
  g_free (hit->status);
  g_free (hit->subject);
}

GArray *
qs_request_query_search (
  QsStore *store, const QsRequestFilter *filter, guint limit, gint64 now, GError **error)
{
  g_autoptr (GVariant) params = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (GArray) rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) hits = NULL;
  sqlite3_stmt *stmt;
  int           rc = SQLITE_DONE;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  sql = qs_request_query_build_sql (filter, now, QS_DEADLINE_DEFAULT_AT_RISK_SHARE, &params);
  stmt = qs_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  qs_sql_bind_params (stmt, 1, params);
  while (rowids->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rowids, rowid);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Searching requests"));
      return NULL;
    }

  hits = g_array_sized_new (FALSE, TRUE, sizeof (QsRequestHit), rowids->len);
  g_array_set_clear_func (hits, clear_hit);
  stmt = qs_store_prepare (
    store, "SELECT ref, status, subject, received_at FROM requests WHERE rowid = ?", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < rowids->len; i++)
    {
      QsRequestHit hit = { 0 };

      sqlite3_bind_int64 (stmt, 1, g_array_index (rowids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          hit.ref = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          hit.status = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          hit.subject = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          hit.received_at = sqlite3_column_int64 (stmt, 3);
          g_array_append_val (hits, hit);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          qs_store_set_sqlite_error (store, error, rc, _ ("Searching requests"));
          return NULL;
        }
    }
  return g_steal_pointer (&hits);
}
