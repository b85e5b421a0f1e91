/* qs-entity.h — base class of every stored entity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-field.h"

G_BEGIN_DECLS

#define QS_TYPE_ENTITY (qs_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (QsEntity, qs_entity, QS, ENTITY, GObject)

struct _QsEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char    *table;
  const QsField *fields;
  guint          n_fields;
  GParamSpec   **field_pspecs;
};

void           qs_entity_class_install_fields (QsEntityClass *klass,
                                               const char    *table,
                                               const QsField *fields,
                                               guint          n_fields);

QsEntity      *qs_entity_new                  (GType          type);

const char    *qs_entity_class_get_table      (QsEntityClass *klass);
const QsField *qs_entity_class_get_fields     (QsEntityClass *klass,
                                               guint         *n_fields);
int            qs_entity_class_find_field     (QsEntityClass *klass,
                                               const char    *name);
char          *qs_field_dup_label             (const QsField *field);

const char    *qs_entity_get_id               (QsEntity      *self);
gint64         qs_entity_get_created_at       (QsEntity      *self);
void           qs_entity_set_created_at       (QsEntity      *self,
                                               gint64         created_at);
gint64         qs_entity_get_updated_at       (QsEntity      *self);
void           qs_entity_set_updated_at       (QsEntity      *self,
                                               gint64         updated_at);
gint64         qs_entity_get_deleted_at       (QsEntity      *self);
void           qs_entity_set_deleted_at       (QsEntity      *self,
                                               gint64         deleted_at);
gboolean       qs_entity_is_deleted           (QsEntity      *self);

/* Field access by index into the class's QsField table. */
const GValue  *qs_entity_get_value            (QsEntity      *self,
                                               guint          field);
void           qs_entity_set_value            (QsEntity      *self,
                                               guint          field,
                                               const GValue  *value);
const char    *qs_entity_get_string           (QsEntity      *self,
                                               guint          field);
void           qs_entity_set_string           (QsEntity      *self,
                                               guint          field,
                                               const char    *value);
gint64         qs_entity_get_int              (QsEntity      *self,
                                               guint          field);
void           qs_entity_set_int              (QsEntity      *self,
                                               guint          field,
                                               gint64         value);
double         qs_entity_get_double           (QsEntity      *self,
                                               guint          field);
void           qs_entity_set_double           (QsEntity      *self,
                                               guint          field,
                                               double         value);
gboolean       qs_entity_get_boolean          (QsEntity      *self,
                                               guint          field);
void           qs_entity_set_boolean          (QsEntity      *self,
                                               guint          field,
                                               gboolean       value);
int            qs_entity_get_enum             (QsEntity      *self,
                                               guint          field);
void           qs_entity_set_enum             (QsEntity      *self,
                                               guint          field,
                                               int            value);

gboolean       qs_entity_field_is_set         (QsEntity      *self,
                                               guint          field);
gboolean       qs_entity_validate             (QsEntity      *self,
                                               GError       **error);
void           qs_entity_erase_personal       (QsEntity      *self);

G_END_DECLS
/* clang-format on */
