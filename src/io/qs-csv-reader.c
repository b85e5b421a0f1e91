/* qs-csv-reader.c — reads the rows of a CSV file from an HR system or a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-csv-reader.h"
#include "qs-error.h"

struct _QsCsvReader
{
  GObject    parent_instance;
  GPtrArray *row;
};

G_DEFINE_FINAL_TYPE (QsCsvReader, qs_csv_reader, G_TYPE_OBJECT)

static void
qs_csv_reader_finalize (GObject *object)
{
  QsCsvReader *self = QS_CSV_READER (object);

  g_clear_pointer (&self->row, g_ptr_array_unref);
  G_OBJECT_CLASS (qs_csv_reader_parent_class)->finalize (object);
}

static void
qs_csv_reader_class_init (QsCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_csv_reader_finalize;
}

static void
qs_csv_reader_init (QsCsvReader *self)
{
  self->row = g_ptr_array_new_with_free_func (g_free);
}

QsCsvReader *
qs_csv_reader_new (GBytes  *bytes,
                   GError **error)
{
  return g_object_new (QS_TYPE_CSV_READER, NULL);
}

const char *
qs_csv_reader_get_encoding (QsCsvReader *self)
{
  return "UTF-8";
}

char
qs_csv_reader_get_separator (QsCsvReader *self)
{
  return ',';
}

gboolean
qs_csv_reader_next (QsCsvReader  *self,
                    GPtrArray   **row,
                    guint        *line,
                    GError      **error)
{
  return FALSE;
}

void
qs_csv_reader_rewind (QsCsvReader *self)
{
}
