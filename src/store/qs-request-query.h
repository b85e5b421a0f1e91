/* qs-request-query.h — finding requests: filters, full-text search, sort, the tracker's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One QsRequestFilter describes what the tracker shows; the same SQL
 * serves the view's list model, `qualserv-cli search` and the exports,
 * so they always agree.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-enums.h"
#include "qs-query-list-model.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef enum {
  QS_REQUEST_SORT_RECEIVED,      /* default, newest first */
  QS_REQUEST_SORT_REF,
  QS_REQUEST_SORT_KIND,
  QS_REQUEST_SORT_SUBJECT,
  QS_REQUEST_SORT_CLIENT,
  QS_REQUEST_SORT_DEPARTMENT,
  QS_REQUEST_SORT_STATUS,
  QS_REQUEST_SORT_DUE,
  QS_REQUEST_SORT_ASSIGNEE,
  QS_REQUEST_SORT_PRIORITY,
} QsRequestSort;

typedef enum {
  QS_REQUEST_DUE_ANY,
  QS_REQUEST_DUE_OVERDUE,        /* open and past its resolution due date */
  QS_REQUEST_DUE_AT_RISK,        /* open, not overdue, ≥ at-risk share used */
} QsRequestDueFilter;

/* -1 (or NULL) in a field means "any". */
typedef struct
{
  char               *search;          /* words, prefixes matched; NULL/"" none */
  int                 status;          /* QsRequestStatus, or -1 */
  gboolean            open_only;       /* not closed nor rejected */
  int                 kind;            /* QsRequestKind, or -1 */
  int                 problem;         /* QsProblem, or -1 */
  char               *department_id;   /* provider */
  char               *assignee_id;
  char               *client_id;       /* who made the request */
  char               *client_department_id;  /* the department they made it from */
  QsRequestDueFilter  due;
  int                 confidential;    /* -1 any, 0 not, 1 only */
  gboolean            escalated_only;  /* escalated at least once */
  /* The requests behind a dashboard figure: qs_indicator_figure_ref(),
   * of the provider over [start, end), counted at now. */
  char               *figure_ref;
  char               *figure_provider_id;
  char               *figure_title;    /* what the list is said to show */
  gint64              figure_start;
  gint64              figure_end;
  gint64              figure_now;
  QsRequestSort       sort;
  gboolean            descending;
} QsRequestFilter;

QsRequestFilter *qs_request_filter_new         (void);
QsRequestFilter *qs_request_filter_copy        (const QsRequestFilter *self);
void             qs_request_filter_free        (QsRequestFilter       *self);
gboolean         qs_request_filter_equal       (const QsRequestFilter *a,
                                                const QsRequestFilter *b);
/* For saved filters (GSettings "request-filters" a(ss)): a GVariant
 * text of an a{sv}; unknown keys are ignored. */
char            *qs_request_filter_serialize   (const QsRequestFilter *self);
QsRequestFilter *qs_request_filter_deserialize (const char            *text,
                                                GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsRequestFilter, qs_request_filter_free)

/* What the user typed turned into an FTS5 query: each word a quoted
 * prefix ("prin"*), ANDed, except a one-letter word, matched whole ("a"
 * as a prefix would match half of the requests) and left out while it
 * is the last thing typed after other words; NULL when nothing
 * searchable is left. */
char            *qs_request_search_to_match    (const char            *search);

/* The tracker's list: QsRequest items. It reads the first rows on each
 * apply and the rest in idle time (qs_query_list_model_set_incremental()). */
QsQueryListModel *qs_request_query_new_model   (QsStore               *store);
/* Sets the model's query from @filter; @now and @at_risk_share serve
 * the due filters. Takes effect at the model's next reload. */
void             qs_request_query_set          (QsQueryListModel      *model,
                                                const QsRequestFilter *filter,
                                                gint64                 now,
                                                double                 at_risk_share);
/* The same, and reloads it. */
gboolean         qs_request_query_apply        (QsQueryListModel      *model,
                                                const QsRequestFilter *filter,
                                                gint64                 now,
                                                double                 at_risk_share,
                                                GError               **error);
/* The row ids' SQL alone (what the model runs), for benchmarks: the
 * statement text and its parameters. */
char            *qs_request_query_build_sql    (const QsRequestFilter *filter,
                                                gint64                 now,
                                                double                 at_risk_share,
                                                GVariant             **params);

/* One row of a search result, for `qualserv-cli search`. */
typedef struct
{
  char *ref;
  char *status;     /* nick */
  char *subject;
  gint64 received_at;
} QsRequestHit;

/* The same query as the view for @filter, first @limit rows. GArray of
 * QsRequestHit (cleared with its strings). */
GArray          *qs_request_query_search       (QsStore               *store,
                                                const QsRequestFilter *filter,
                                                guint                  limit,
                                                gint64                 now,
                                                GError               **error);

G_END_DECLS
/* clang-format on */
