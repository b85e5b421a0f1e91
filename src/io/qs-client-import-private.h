/* qs-client-import-private.h — what the import's two files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-client-import.h"
#include "qs-csv-reader.h"

G_BEGIN_DECLS

struct _QsClientImport
{
  GObject        parent_instance;

  QsStore       *store;
  QsCsvReader   *reader;
  GStrv          columns;
  QsImportField *mapping;      /* one per column */
  guint          n_columns;
  guint          n_rows;       /* counted by the last check */
  gboolean       create_departments;
  double         fraction;
  guint          serial;        /* bumped by every change of mapping or options */
  guint          clean_serial;  /* the serial a check found nothing in, or 0 */
  GMainContext  *main_context; /* where "fraction" is notified */
};

/* A row's values by field, NULL where no column maps to it. */
typedef struct
{
  const char *values[QS_IMPORT_N_FIELDS];
  guint       columns[QS_IMPORT_N_FIELDS];  /* from 1, 0 when unmapped */
} QsImportRow;

/* Reads the next data row; FALSE at the end or on a parse error. A row
 * whose @n_fields differs from the header's comes back with no values. */
gboolean    qs_client_import_read_row     (QsClientImport  *self,
                                           QsImportRow     *row,
                                           guint           *line,
                                           guint           *n_fields,
                                           GError         **error);
GListModel *qs_client_import_check_on     (QsClientImport  *self,
                                           QsStore         *store,
                                           GError         **error);
/* -1 when @text is not a value of the field. */
int         qs_client_import_parse_language (const char    *text);
int         qs_client_import_parse_channel  (const char    *text);
int         qs_client_import_parse_boolean  (const char    *text);
/* Live departments by lower-cased name and ref, to their id. */
GHashTable *qs_client_import_load_departments (QsStore     *store,
                                               GError     **error);
void        qs_client_import_set_fraction (QsClientImport  *self,
                                           double           fraction);

G_END_DECLS
/* clang-format on */
