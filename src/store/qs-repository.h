/* qs-repository.h — loads and saves the entities of one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A repository maps the rows of an entity's table to QsEntity objects
 * through the entity's QsField table. @where fragments are written by
 * QualServ's own code, never from user input; values are always bound from
 * a GVariant tuple of parameters (s, x, d, b, or "ms" for NULL).
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef enum {
  QS_SAVE_DEFAULT          = 0,
  QS_SAVE_KEEP_TIMESTAMPS  = 1 << 0,  /* restoring: keep created/updated as they are */
} QsSaveFlags;

typedef enum {
  QS_QUERY_DEFAULT         = 0,
  QS_QUERY_INCLUDE_DELETED = 1 << 0,
} QsQueryFlags;

/* Return FALSE to stop. */
typedef gboolean (*QsRepositoryFunc) (QsEntity *entity,
                                      gpointer  user_data);

QsRepository *qs_repository_new              (QsStore          *store,
                                              GType             entity_type);
void          qs_repository_free             (QsRepository     *self);

GType         qs_repository_get_entity_type  (QsRepository     *self);
const char   *qs_repository_get_table        (QsRepository     *self);
QsStore      *qs_repository_get_store        (QsRepository     *self);

gboolean      qs_repository_save             (QsRepository     *self,
                                              QsEntity         *entity,
                                              GError          **error);
gboolean      qs_repository_save_full        (QsRepository     *self,
                                              QsEntity         *entity,
                                              QsSaveFlags       flags,
                                              GError          **error);
gboolean      qs_repository_save_all         (QsRepository     *self,
                                              GPtrArray        *entities,
                                              GError          **error);
gboolean      qs_repository_delete           (QsRepository     *self,
                                              QsEntity         *entity,
                                              GError          **error);

QsEntity     *qs_repository_find             (QsRepository     *self,
                                              const char       *id,
                                              GError          **error);
gboolean      qs_repository_find_if_any      (QsRepository     *self,
                                              const char       *id,
                                              QsEntity        **entity,
                                              GError          **error);
gboolean      qs_store_find_if_any           (QsStore          *store,
                                              GType             entity_type,
                                              const char       *id,
                                              QsEntity        **entity,
                                              GError          **error);
GPtrArray    *qs_repository_find_all         (QsRepository     *self,
                                              const char       *where,
                                              GVariant         *params,
                                              const char       *order_by,
                                              QsQueryFlags      flags,
                                              GError          **error);
gboolean      qs_repository_foreach          (QsRepository     *self,
                                              const char       *where,
                                              GVariant         *params,
                                              const char       *order_by,
                                              QsQueryFlags      flags,
                                              QsRepositoryFunc  func,
                                              gpointer          user_data,
                                              GError          **error);
/* The first live row of @where in @order_by's order, in @entity, or
 * NULL when there is none: FALSE only on error. */
gboolean      qs_repository_find_first       (QsRepository     *self,
                                              const char       *where,
                                              GVariant         *params,
                                              const char       *order_by,
                                              QsEntity        **entity,
                                              GError          **error);
gint64        qs_repository_count            (QsRepository     *self,
                                              const char       *where,
                                              GVariant         *params,
                                              QsQueryFlags      flags,
                                              GError          **error);

/* A restore's checks and its "replace everything". */
gboolean      qs_repository_find_dangling    (QsRepository     *self,
                                              guint             field,
                                              QsEntity        **entity,
                                              GError          **error);
gboolean      qs_repository_erase_all        (QsRepository     *self,
                                              GError          **error);

G_END_DECLS
/* clang-format on */
