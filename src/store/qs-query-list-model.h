/* qs-query-list-model.h — a GListModel over a query, fetched in pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-store.h"

G_BEGIN_DECLS

/* QsQueryListModel: the rows of a query, items of its entity type.
 *
 * Following the store: connect to QsStore::changed and call
 * qs_query_list_model_refresh() with the change set. It does nothing when
 * the set names no table the query reads (its entity's table, the tables
 * its SQL names, and the tables whose triggers fill a full-text index it
 * reads). Otherwise it runs the query again and says the difference with
 * the fewest items-changed: one row inserted, removed or moved is one or
 * two items-changed of one item, never the whole list; a cached row that
 * stays where it was but was written is read again and said as
 * items-changed (pos, 1, 1), only when what it holds differs. Every other
 * item stays the same object, so a selection and a scroll position stay
 * where they were. A refresh while an incremental model still reads the
 * rest of its list reads again what the views were shown and goes on
 * reading the rest in idle time. qs_query_list_model_reload() is for a new
 * query: it says one items-changed for the whole list, with new objects.
 *
 * When a row cannot be read: like GtkDirectoryList, the model keeps to the
 * GListModel contract and says what went wrong in a property.
 * - g_list_model_get_item() never returns NULL for a position below
 *   g_list_model_get_n_items().
 * - A page that fails to read (the database is damaged, locked or gone)
 *   gives placeholders: items of the model's type whose id is "" and whose
 *   fields are empty (qs_query_list_model_is_placeholder()), and the
 *   error property says why, as a sentence for the user; a view shows it
 *   (a toast, or a status page with a button that refreshes) and skips
 *   placeholders when a row is activated. The placeholders stay until a
 *   refresh or reload reads them, which clears the error; they are not
 *   read again on each get_item(), which would fail as often as views
 *   ask, and the error is said once, not once a page.
 * - A row deleted or tombstoned since the list was read is a placeholder
 *   for an instant and leaves the list (items-changed).
 * Both are said from an idle callback, not from inside get_item(): a view
 *   may be laying itself out when it asks for items, and a model must not
 *   change under it then. The incremental reading of the rest of a list
 *   that fails sets the error property too. Reload and refresh report
 *   their own failures through their GError and leave the list as it
 *   was; so does finish_loading, keeping what it read. */

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
void              qs_query_list_model_reload_async (QsQueryListModel *self,
                                                  GCancellable     *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer          user_data);
gboolean          qs_query_list_model_reload_finish (QsQueryListModel *self,
                                                  GAsyncResult     *result,
                                                  GError          **error);
void              qs_query_list_model_set_quick_read (QsQueryListModel *self,
                                                  guint             ms);
gboolean          qs_query_list_model_is_reading (QsQueryListModel *self);
gboolean          qs_query_list_model_refresh    (QsQueryListModel *self,
                                                  QsChangeSet      *changes,
                                                  GError          **error);
gboolean          qs_query_list_model_update_in_place (QsQueryListModel *self,
                                                       QsChangeSet      *changes,
                                                       GError          **error);
void              qs_query_list_model_refresh_async (QsQueryListModel *self,
                                                  QsChangeSet      *changes,
                                                  GCancellable     *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer          user_data);
gboolean          qs_query_list_model_refresh_finish (QsQueryListModel *self,
                                                  GAsyncResult     *result,
                                                  GError          **error);
const GError     *qs_query_list_model_get_error  (QsQueryListModel *self);
gboolean          qs_query_list_model_is_placeholder (gpointer      item);
guint             qs_query_list_model_get_cached_pages (QsQueryListModel *self);
guint             qs_query_list_model_find_cached (QsQueryListModel *self,
                                                  const char       *id);
guint             qs_query_list_model_find       (QsQueryListModel *self,
                                                  const char       *id,
                                                  GError          **error);

/* Incremental loading: a reload reads the first @first_rows row ids and
 * returns, the rest are read in the main loop's idle time, appended with
 * items-changed; 0 (the default) reads them all at once. The loading
 * property says whether it still reads. */
void              qs_query_list_model_set_incremental (QsQueryListModel *self,
                                                  guint             first_rows);
gboolean          qs_query_list_model_is_loading (QsQueryListModel *self);
/* Reads what is left to read now. */
gboolean          qs_query_list_model_finish_loading (QsQueryListModel *self,
                                                  GError          **error);

G_END_DECLS
/* clang-format on */
