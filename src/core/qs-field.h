/* qs-field.h — how an entity describes its stored fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each entity type declares a table of QsField: one GObject property, one
 * column of its SQLite table and one member of its JSON/CSV exports per
 * field. Keeping that description in one place is what lets the store, the
 * backup and the exports stay generic instead of repeating every column.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  QS_FIELD_STRING,     /* text; NULL allowed */
  QS_FIELD_REFERENCE,  /* the id of a row of another table; NULL allowed */
  QS_FIELD_INT,        /* gint64 */
  QS_FIELD_DOUBLE,     /* gdouble; NaN is "not set" when QS_FIELD_OPTIONAL */
  QS_FIELD_BOOLEAN,
  QS_FIELD_ENUM,       /* a registered enum, stored by its nick */
  QS_FIELD_TIMESTAMP,  /* Unix time in microseconds, UTC; 0 is "not set" */
  QS_FIELD_DATE,       /* a calendar date, "YYYY-MM-DD"; NULL allowed */
} QsFieldKind;

typedef enum {
  QS_FIELD_REQUIRED = 1 << 0,  /* saving refuses an empty value */
  QS_FIELD_PERSONAL = 1 << 1,  /* identifies a person: erased by anonymisation,
                                * left out of exports unless asked */
  QS_FIELD_OPTIONAL = 1 << 2,  /* a number that may be unset (NaN) */
} QsFieldFlags;

typedef struct {
  const char   *name;            /* column name; the property is the same with '-' */
  QsFieldKind   kind;
  QsFieldFlags  flags;
  GType       (*enum_type) (void);   /* QS_FIELD_ENUM's; for a QS_FIELD_STRING, the
                                    * enum whose nicks it holds, or NULL */
  const char   *references;      /* table a QS_FIELD_REFERENCE points to */
} QsField;

G_END_DECLS
/* clang-format on */
