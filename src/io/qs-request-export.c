/* qs-request-export.c — the tracker's list as CSV, its deadlines as iCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are those of the tracker's list, in its order, read one at a
 * time (qs-request-rows.h): what the list shows is what the file holds.
 * Both files are written through g_file_replace(), which writes beside
 * the destination and renames on close; an error cancels the close, so
 * the old file (or none) remains.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-catalog.h"
#include "qs-content-line.h"
#include "qs-csv-writer.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-file-replace.h"
#include "qs-request-export.h"
#include "qs-request-rows.h"

/* An event a quarter of an hour long, at the due instant. */
#define EVENT_LENGTH ((gint64) 15 * 60 * G_USEC_PER_SEC)

#define COLUMN "document: requests column"

/* The header of the list, in the document's language. */
static const char *csv_header[] = {
  /* Translators: a column of the requests exported for a spreadsheet:
   * the request's reference (REQ-2026-00042). */
  NC_ ("document: requests column", "Reference"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * request, complaint, suggestion or compliment. */
  NC_ ("document: requests column", "Kind"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * how the request came in (e-mail, phone…). */
  NC_ ("document: requests column", "Channel"),
  /* Translators: a column of the requests exported for a spreadsheet. */
  NC_ ("document: requests column", "Subject"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * the person who made the request. */
  NC_ ("document: requests column", "Client"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * the department's name, as the Requests view's column says it. */
  NC_ ("document: requests column", "Department"),
  /* Translators: a column of the requests exported for a spreadsheet. */
  NC_ ("document: requests column", "Status"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * the date and time the request was received. */
  NC_ ("document: requests column", "Received"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * the date and time by which the request is to be acknowledged. */
  NC_ ("document: requests column", "Acknowledgement due"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * the date and time by which the request is to be resolved. */
  NC_ ("document: requests column", "Resolution due"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * the person the request is assigned to. */
  NC_ ("document: requests column", "Assignee"),
  /* Translators: a column of the requests exported for a spreadsheet. */
  NC_ ("document: requests column", "Priority"),
  /* Translators: a column of the requests exported for a spreadsheet:
   * whether the request is confidential (yes or no). */
  NC_ ("document: requests column", "Confidential"),
};

/* The words of the list's cells, in the document's language. */
typedef struct
{
  QsCatalog  *catalog;
  GTimeZone  *zone;
  const char *withheld;
  const char *yes;
  const char *no;
} CsvWords;

static void
csv_words_init (CsvWords *words, QsLanguage language, GTimeZone *zone)
{
  words->catalog = qs_catalog_get_for_language (language);
  words->zone = zone;
  /* Translators: in the requests exported for a spreadsheet, the client
   * of a confidential request, which is not shown. */
  words->withheld = qs_catalog_pgettext (words->catalog, "document", "Confidential");
  /* Translators: a cell of a file exported for a spreadsheet (the
   * requests, the directory): the answer to a yes-or-no column. */
  words->yes = qs_catalog_pgettext (words->catalog, "document: spreadsheet cell", "Yes");
  /* Translators: a cell of a file exported for a spreadsheet (the
   * requests, the directory): the answer to a yes-or-no column. */
  words->no = qs_catalog_pgettext (words->catalog, "document: spreadsheet cell", "No");
}

/* The label of the value stored as @nick, in the document's language. */
static const char *
label_of_nick (const CsvWords *words, GType type, const char *nick)
{
  const char *label = qs_enum_label_untranslated (type, qs_enum_from_nick (type, nick));

  return label != NULL ? qs_catalog_gettext (words->catalog, label) : nick;
}

static void
add_time (QsCsvWriter *writer, const CsvWords *words, gint64 usec)
{
  g_autofree char *text = qs_csv_format_spreadsheet_time (usec, words->zone);

  qs_csv_writer_add_field (writer, text);
}

/* The rows @filter selects, and the new file that will replace @file
 * once closed. */
static GFileOutputStream *
begin (QsStore               *store,
       const QsRequestFilter *filter,
       GFile                 *file,
       GCancellable          *cancellable,
       QsRequestRows        **rows,
       GError               **error)
{
  *rows = qs_request_rows_new (store, filter, qs_store_now (store), error);
  if (*rows == NULL)
    return NULL;
  return g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
}

gint64
qs_request_export_csv (QsStore               *store,
                       const QsRequestFilter *filter,
                       gboolean               include_confidential,
                       QsLanguage             language,
                       GTimeZone             *zone,
                       GFile                 *file,
                       GCancellable          *cancellable,
                       GError               **error)
{
  g_autoptr (QsRequestRows) rows = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GOutputStream) buffered = NULL;
  g_autoptr (QsCsvWriter) writer = NULL;
  CsvWords words;
  gboolean ok = TRUE;
  gint64   written = 0;

  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (filter != NULL, -1);
  g_return_val_if_fail (zone != NULL, -1);
  g_return_val_if_fail (G_IS_FILE (file), -1);

  stream = begin (store, filter, file, cancellable, &rows, error);
  if (stream == NULL)
    return -1;
  buffered = g_buffered_output_stream_new (G_OUTPUT_STREAM (stream));
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  writer = qs_csv_writer_new_for_spreadsheet (buffered, language);
  csv_words_init (&words, language, zone);

  for (guint i = 0; i < G_N_ELEMENTS (csv_header); i++)
    qs_csv_writer_add_field (writer, qs_catalog_pgettext (words.catalog, COLUMN, csv_header[i]));
  ok = qs_csv_writer_end_row (writer, cancellable, error);

  while (ok)
    {
      const QsRequestRow *row;

      ok = qs_request_rows_iterate (rows, &row, error);
      if (!ok || row == NULL)
        break;
      qs_csv_writer_add_field (writer, row->ref);
      qs_csv_writer_add_field (writer, label_of_nick (&words, QS_TYPE_REQUEST_KIND, row->kind));
      qs_csv_writer_add_field (writer, label_of_nick (&words, QS_TYPE_CHANNEL, row->channel));
      qs_csv_writer_add_field (writer, row->subject);
      qs_csv_writer_add_field (writer, row->confidential && !include_confidential ? words.withheld
                                                                                  : row->client);
      qs_csv_writer_add_field (writer, row->department);
      qs_csv_writer_add_field (writer, label_of_nick (&words, QS_TYPE_REQUEST_STATUS, row->status));
      add_time (writer, &words, row->received_at);
      add_time (writer, &words, row->ack_due_at);
      add_time (writer, &words, row->resolution_due_at);
      qs_csv_writer_add_field (writer, row->assignee);
      qs_csv_writer_add_field (writer, label_of_nick (&words, QS_TYPE_PRIORITY, row->priority));
      qs_csv_writer_add_field (writer, row->confidential ? words.yes : words.no);
      ok = qs_csv_writer_end_row (writer, cancellable, error);
      written++;
    }

  g_clear_pointer (&writer, qs_csv_writer_free);
  if (ok)
    ok = g_output_stream_flush (buffered, cancellable, error);
  if (!qs_file_replace_finish (stream, ok, error))
    return -1;
  return written;
}

/* "20260302T120000Z". */
static void
append_utc (GString *out, const char *name, gint64 usec)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autofree char *text = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  g_string_append_printf (out, "%s:%s\r\n", name, text);
}

/* The words of the calendar, in the language asked for whatever the
 * locale: the file may be for someone else. They come from the
 * catalogue of that language (qs-catalog.h). */
typedef struct
{
  const char *resolution;
  const char *acknowledgement;
  const char *client;     /* a format: "Client: %s" */
  const char *department; /* a format: "Department: %s" */
} IcsWords;

static void
ics_words_init (IcsWords *words, QsLanguage language)
{
  QsCatalog *catalog = qs_catalog_get_for_language (language);

  /* Translators: in the calendar file (ICS) of requests, which may be
   * shared with clients: after a request's subject in the title of its
   * event ("REQ-2026-00042 — Broken heating (Resolution due)"). */
  words->resolution = qs_catalog_pgettext (catalog, "document", "Resolution due");
  /* Translators: in the calendar file (ICS) of requests, which may be
   * shared with clients: after a request's subject in the title of its
   * event. */
  words->acknowledgement = qs_catalog_pgettext (catalog, "document", "Acknowledgement due");
  /* Translators: a line of an event of the calendar file (ICS) of
   * requests, which may be shared with clients; %s is the client. */
  words->client = qs_catalog_pgettext (catalog, "document", "Client: %s");
  /* Translators: a line of an event of the calendar file (ICS) of
   * requests, which may be shared with clients; %s is the department. */
  words->department = qs_catalog_pgettext (catalog, "document", "Department: %s");
}

static void
append_event (GString            *out,
              const QsRequestRow *row,
              const IcsWords     *words,
              gboolean            acknowledgement,
              gboolean            with_personal_data,
              gint64              now)
{
  gint64           due = acknowledgement ? row->ack_due_at : row->resolution_due_at;
  g_autofree char *uid =
    g_strdup_printf ("%s-%s@qualserv", row->id, acknowledgement ? "acknowledgement" : "resolution");
  const char      *what = acknowledgement ? words->acknowledgement : words->resolution;
  g_autofree char *summary = NULL;
  g_autoptr (GString) description = g_string_new (NULL);

  /* A confidential request's subject may say who it is about. */
  if (row->confidential && !with_personal_data)
    summary = g_strdup_printf ("%s (%s)", row->ref, what);
  else
    summary = g_strdup_printf ("%s — %s (%s)", row->ref, row->subject, what);
  if (with_personal_data && row->client != NULL)
    {
      g_string_append_printf (description, words->client, row->client);
      g_string_append_c (description, '\n');
    }
  if (row->department != NULL)
    {
      g_string_append_printf (description, words->department, row->department);
      g_string_append_c (description, '\n');
    }
  if (with_personal_data && row->description != NULL && *row->description != '\0')
    g_string_append_printf (description, "%s%s", description->len > 0 ? "\n" : "",
                            row->description);
  while (description->len > 0 && description->str[description->len - 1] == '\n')
    g_string_truncate (description, description->len - 1);

  g_string_append (out, "BEGIN:VEVENT\r\n");
  qs_content_line_append_property (out, "UID", uid);
  append_utc (out, "DTSTAMP", row->updated_at != 0 ? row->updated_at : now);
  append_utc (out, "DTSTART", due);
  append_utc (out, "DTEND", due + EVENT_LENGTH);
  qs_content_line_append_property (out, "SUMMARY", summary);
  if (description->len > 0)
    qs_content_line_append_property (out, "DESCRIPTION", description->str);
  g_string_append (out, "END:VEVENT\r\n");
}

/* Resolved (and then the client informed), closed or rejected: no
 * resolution left to wait for. */
static gboolean
awaits_resolution (const QsRequestRow *row)
{
  static const char *const done[] = { "resolved", "client-informed", "closed", "rejected" };

  return !g_strv_contains (done, row->status);
}

gint64
qs_request_export_ics (QsStore               *store,
                       const QsRequestFilter *filter,
                       gboolean               with_personal_data,
                       QsLanguage             language,
                       GFile                 *file,
                       GCancellable          *cancellable,
                       GError               **error)
{
  g_autoptr (QsRequestRows) rows = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  IcsWords words;
  gboolean ok = TRUE;
  gint64   events = 0;

  g_return_val_if_fail (QS_IS_STORE (store), -1);
  g_return_val_if_fail (filter != NULL, -1);
  g_return_val_if_fail (G_IS_FILE (file), -1);

  stream = begin (store, filter, file, cancellable, &rows, error);
  if (stream == NULL)
    return -1;

  ics_words_init (&words, language);
  g_string_append (out, "BEGIN:VCALENDAR\r\n"
                        "VERSION:2.0\r\n"
                        "PRODID:-//QualServ//Requests//EN\r\n"
                        "CALSCALE:GREGORIAN\r\n");
  while (ok)
    {
      const QsRequestRow *row;

      ok = qs_request_rows_iterate (rows, &row, error);
      if (!ok || row == NULL)
        break;
      if (awaits_resolution (row))
        {
          if (row->ack_due_at != 0 && row->acknowledged_at == 0)
            {
              append_event (out, row, &words, TRUE, with_personal_data, qs_store_now (store));
              events++;
            }
          if (row->resolution_due_at != 0)
            {
              append_event (out, row, &words, FALSE, with_personal_data, qs_store_now (store));
              events++;
            }
        }
      /* Written a few hundred kilobytes at a time. */
      if (out->len > 256 * 1024)
        {
          ok = g_output_stream_write_all (G_OUTPUT_STREAM (stream), out->str, out->len, NULL,
                                          cancellable, error);
          g_string_truncate (out, 0);
        }
    }
  g_string_append (out, "END:VCALENDAR\r\n");
  if (ok)
    ok = g_output_stream_write_all (G_OUTPUT_STREAM (stream), out->str, out->len, NULL, cancellable,
                                    error);

  if (!qs_file_replace_finish (stream, ok, error))
    return -1;
  return events;
}
