/* qs-query-list-model.h — a GListModel over a query, fetched in pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_QUERY_LIST_MODEL (qs_query_list_model_get_type ())

G_DECLARE_FINAL_TYPE (QsQueryListModel, qs_query_list_model, QS, QUERY_LIST_MODEL, GObject)

QsQueryListModel *qs_query_list_model_new        (QsStore          *store,
                                                  GType             entity_type);
void              qs_query_list_model_set_query  (QsQueryListModel *self,
                                                  const char       *where,
                                                  GVariant         *params,
                                                  const char       *order_by);
void              qs_query_list_model_set_rowid_query (QsQueryListModel *self,
                                                  const char       *sql,
                                                  GVariant         *params);
gboolean          qs_query_list_model_reload     (QsQueryListModel *self,
                                                  GError          **error);
guint             qs_query_list_model_get_cached_pages (QsQueryListModel *self);

/* Incremental loading: a reload reads the first @first_rows row ids and
 * returns, the rest are read in the main loop's idle time, appended with
 * items-changed; 0 (the default) reads them all at once. */
void              qs_query_list_model_set_incremental (QsQueryListModel *self,
                                                  guint             first_rows);
gboolean          qs_query_list_model_is_loading (QsQueryListModel *self);
/* Reads what is left to read now. */
gboolean          qs_query_list_model_finish_loading (QsQueryListModel *self,
                                                  GError          **error);

G_END_DECLS
