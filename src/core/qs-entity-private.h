/* qs-entity-private.h — what an entity's .c file needs to define its type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

/* Defines a final entity type whose fields are the file's static
 * `fields` table and whose rows live in @table. */
#define QS_DEFINE_ENTITY(TypeName, type_name, table)                        \
  struct _##TypeName                                                        \
  {                                                                         \
    QsEntity parent_instance;                                               \
  };                                                                        \
                                                                            \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, QS_TYPE_ENTITY)                 \
                                                                            \
  static void                                                               \
  type_name##_class_init (TypeName##Class *klass)                           \
  {                                                                         \
    qs_entity_class_install_fields (QS_ENTITY_CLASS (klass), table,         \
                                    fields, G_N_ELEMENTS (fields));         \
  }                                                                         \
                                                                            \
  static void                                                               \
  type_name##_init (TypeName *self)                                         \
  {                                                                         \
  }                                                                         \
                                                                            \
  TypeName *                                                                \
  type_name##_new (void)                                                    \
  {                                                                         \
    return g_object_new (type_name##_get_type (), NULL);                    \
  }
/* clang-format on */
