/* qs-query-list-model-private.h — what the list model's two files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * qs-query-list-model.c reads and pages the list on the store's
 * connection; qs-query-list-model-async.c reloads and refreshes it
 * without holding the calling thread, in a worker thread when a query is
 * slow.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <sqlite3.h>

#include "qs-query-list-model.h"
#include "qs-row-ids.h"

G_BEGIN_DECLS

/* How long a reload_async reads on the store's connection before it
 * hands the query to a worker thread, and how often it looks. */
#define QS_QUERY_LIST_MODEL_QUICK_READ_MS 20
#define QS_QUERY_LIST_MODEL_QUICK_READ_STEPS 1000

struct _QsQueryListModel
{
  GObject parent_instance;

  QsStore    *store;
  GType       entity_type;
  const char *table;
  char       *page_sql; /* reads up to PAGE_SIZE rows by rowid */
  char       *where;
  GVariant   *params;
  char       *order_by;
  char       *rowid_sql;     /* a whole statement, instead of the three above */
  gboolean    query_changed; /* since the last reload or refresh */
  char       *statement;     /* the row ids' SQL last run */
  GHashTable *tables;        /* the tables it reads; NULL: not worked out yet */

  QsRowIds *rowids; /* in list order */
  /* While a refresh says its hunks: views see rowids up to split_new,
   * then old_rowids from split_old. */
  QsRowIds   *old_rowids;
  GArray     *hunks;
  GHashTable *inserted; /* rowid → its position in rowids, for the rows the hunks insert */
  guint       split_new;
  guint       split_old;

  guint         first_rows;    /* incremental: read on reload; 0 = all */
  guint         quick_read_ms; /* see qs_query_list_model_set_quick_read() */
  gint64        deadline;      /* a reload_async trying the store's connection first */
  gboolean      over_time;
  guint         threads; /* reads under way in a worker thread */
  guint         ticket;  /* of the last reload or refresh asked for */
  sqlite3_stmt *pending; /* incremental: what is left to read */
  guint         idle_id;

  GHashTable *slots; /* rowid → Slot */
  GQueue      lru;   /* Slot links, most recent first */
  /* Found while a view asks for items, said from an idle callback. */
  GHashTable *vanished;   /* rowids read as deleted since the list was read */
  GError     *read_error; /* a page that failed to read */
  guint       deferred_id;

  GError *error;
};

char     *qs_query_list_model_build_sql      (QsQueryListModel *self);
gboolean  qs_query_list_model_run_query      (QsQueryListModel *self,
                                              const char       *sql,
                                              guint             max_rows,
                                              QsRowIds         *rowids,
                                              guint            *same,
                                              sqlite3_stmt    **left,
                                              GError          **error);
gboolean  qs_query_list_model_concerns       (QsQueryListModel *self,
                                              QsChangeSet      *changes);
void      qs_query_list_model_take_rowids    (QsQueryListModel *self,
                                              QsRowIds         *rowids,
                                              char             *sql,
                                              sqlite3_stmt     *left);
gboolean  qs_query_list_model_take_refreshed (QsQueryListModel *self,
                                              QsChangeSet      *changes,
                                              char             *sql,
                                              QsRowIds         *rowids,
                                              guint             same,
                                              sqlite3_stmt     *left,
                                              GError          **error);

G_END_DECLS
/* clang-format on */
