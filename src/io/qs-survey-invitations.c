/* qs-survey-invitations.c — invitations to a questionnaire: a sheet for a mail merge, a message per
 * person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * QualServ sends no mail: it writes what a mail merge or a mail program
 * sends. The .eml writer is a few lines of RFC 5322 and RFC 2047 written
 * here; no library of the GNOME runtime writes a message (GMime is not
 * part of it).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-catalog.h"
#include "qs-csv-writer.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-error.h"
#include "qs-file-replace.h"
#include "qs-repository.h"
#include "qs-survey-invitations.h"
#include "qs-survey-repository.h"

/* Bytes of text in one encoded word: its base64 stays under 75 characters. */
#define ENCODED_WORD_BYTES 45

typedef struct
{
  char      *provider_name_fr;
  char      *provider_name_en;
  char      *provider_email;
  GPtrArray *questions;
} Invitation;

static void
invitation_clear (Invitation *self)
{
  g_free (self->provider_name_fr);
  g_free (self->provider_name_en);
  g_free (self->provider_email);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Invitation, invitation_clear)

static gboolean
load (QsStore *store, QsSurvey *survey, Invitation *out, GError **error)
{
  const char *provider_id =
    qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_DEPARTMENT_ID);
  g_autoptr (QsEntity) provider = NULL;

  out->questions = qs_survey_repository_get_questions (store, survey, error);
  if (out->questions == NULL)
    return FALSE;
  if (provider_id == NULL)
    return TRUE;
  if (!qs_store_find_if_any (store, QS_TYPE_DEPARTMENT, provider_id, &provider, error))
    return FALSE;
  if (provider != NULL)
    {
      out->provider_name_fr = g_strdup (qs_department_get_name_in (provider, QS_LANGUAGE_FR));
      out->provider_name_en = g_strdup (qs_department_get_name_in (provider, QS_LANGUAGE_EN));
      out->provider_email = g_strdup (qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_EMAIL));
    }
  return TRUE;
}

static QsInvitationLetter *
write_letter (Invitation *invitation, QsSurvey *survey, QsEntity *person)
{
  QsLanguage language = qs_entity_get_enum (person, QS_CLIENT_FIELD_LANGUAGE);

  return qs_invitation_letter_write (survey, invitation->questions, QS_CLIENT (person),
                                     language == QS_LANGUAGE_FR ? invitation->provider_name_fr
                                                                : invitation->provider_name_en);
}

gboolean
qs_survey_invitations_write_csv (QsStore       *store,
                                 QsSurvey      *survey,
                                 GPtrArray     *people,
                                 QsLanguage     sheet_language,
                                 GOutputStream *stream,
                                 GError       **error)
{
  static const char *header[] = {
    /* Translators: a column of the sheet of invitations to a questionnaire */
    NC_ ("document: invitation column", "E-mail"),
    /* Translators: a column of the sheet of invitations to a questionnaire */
    NC_ ("document: invitation column", "Given name"),
    /* Translators: a column of the sheet of invitations to a questionnaire */
    NC_ ("document: invitation column", "Family name"),
    /* Translators: a column of the sheet of invitations to a questionnaire */
    NC_ ("document: invitation column", "Language"),
    /* Translators: a column of the sheet of invitations to a questionnaire */
    NC_ ("document: invitation column", "Subject"),
    /* Translators: a column of the sheet of invitations to a questionnaire */
    NC_ ("document: invitation column", "Message"),
  };
  g_auto (Invitation) invitation = { 0 };
  g_autoptr (GOutputStream) buffered = NULL;
  g_autoptr (QsCsvWriter) writer = NULL;
  QsCatalog *catalog = qs_catalog_get_for_language (sheet_language);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SURVEY (survey), FALSE);

  if (!load (store, survey, &invitation, error))
    return FALSE;
  buffered = g_buffered_output_stream_new (stream);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  writer = qs_csv_writer_new_for_spreadsheet (buffered, sheet_language);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    qs_csv_writer_add_field (
      writer, qs_catalog_pgettext (catalog, "document: invitation column", header[i]));
  if (!qs_csv_writer_end_row (writer, NULL, error))
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    {
      QsEntity *person = g_ptr_array_index (people, i);
      g_autoptr (QsInvitationLetter) letter = write_letter (&invitation, survey, person);

      qs_csv_writer_add_field (writer, qs_entity_get_string (person, QS_CLIENT_FIELD_EMAIL));
      qs_csv_writer_add_field (writer, qs_entity_get_string (person, QS_CLIENT_FIELD_GIVEN_NAME));
      qs_csv_writer_add_field (writer, qs_entity_get_string (person, QS_CLIENT_FIELD_FAMILY_NAME));
      qs_csv_writer_add_field (
        writer,
        qs_enum_nick (QS_TYPE_LANGUAGE, qs_entity_get_enum (person, QS_CLIENT_FIELD_LANGUAGE)));
      qs_csv_writer_add_field (writer, letter->subject);
      qs_csv_writer_add_field (writer, letter->body);
      if (!qs_csv_writer_end_row (writer, NULL, error))
        return FALSE;
    }
  if (!g_output_stream_flush (buffered, NULL, error))
    return FALSE;
  return qs_survey_repository_invite (store, survey, people, error);
}

static gboolean
is_ascii_printable (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || (guchar) *p > 0x7e)
      return FALSE;
  return TRUE;
}

/* @text as a header's words: itself when plain ASCII, else RFC 2047
 * encoded words, cut between characters. */
static void
append_header_text (GString *out, const char *text)
{
  const char *p = text;

  if (is_ascii_printable (text))
    {
      g_string_append (out, text);
      return;
    }
  while (*p != '\0')
    {
      const char      *end = p;
      g_autofree char *encoded = NULL;

      while (*end != '\0' && g_utf8_next_char (end) - p <= ENCODED_WORD_BYTES)
        end = g_utf8_next_char (end);
      encoded = g_base64_encode ((const guchar *) p, end - p);
      g_string_append_printf (out, "%s=?UTF-8?B?%s?=", p == text ? "" : "\r\n ", encoded);
      p = end;
    }
}

/* A display name and address: "Name" <address>, the name encoded when
 * it needs to be. */
static void
append_mailbox (GString *out, const char *name, const char *address)
{
  if (name != NULL && *name != '\0')
    {
      if (is_ascii_printable (name) && strpbrk (name, "\"\\()<>[]:;@,.") == NULL)
        g_string_append (out, name);
      else if (is_ascii_printable (name) && strpbrk (name, "\"\\") == NULL)
        g_string_append_printf (out, "\"%s\"", name);
      else
        append_header_text (out, name);
      g_string_append_c (out, ' ');
    }
  g_string_append_printf (out, "<%s>", address);
}

/* RFC 5322's date, in English whatever the locale. */
static void
append_date (GString *out, gint64 now)
{
  static const char *days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);

  g_string_append_printf (
    out, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[g_date_time_get_day_of_week (utc) - 1],
    g_date_time_get_day_of_month (utc), months[g_date_time_get_month (utc) - 1],
    g_date_time_get_year (utc), g_date_time_get_hour (utc), g_date_time_get_minute (utc),
    g_date_time_get_second (utc));
}

char *
qs_survey_invitations_format_eml (const QsInvitationLetter *letter,
                                  QsClient                 *client,
                                  const char               *from,
                                  const char               *message_id,
                                  gint64                    now)
{
  GString         *out = g_string_new (NULL);
  g_autofree char *name = qs_client_dup_display_name (client);
  g_auto (GStrv) lines = NULL;

  g_string_append (out, "MIME-Version: 1.0\r\nDate: ");
  append_date (out, now);
  g_string_append_printf (out, "\r\nMessage-ID: <%s>\r\n", message_id);
  if (from != NULL)
    g_string_append_printf (out, "From: <%s>\r\n", from);
  g_string_append (out, "To: ");
  append_mailbox (out, name, qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_EMAIL));
  g_string_append (out, "\r\nSubject: ");
  append_header_text (out, letter->subject);
  /* X-Unsent: a mail program opens the file as a message to send. */
  g_string_append (out, "\r\nX-Unsent: 1\r\n"
                        "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
                        "Content-Transfer-Encoding: 8bit\r\n\r\n");
  lines = g_strsplit (letter->body, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i + 1] != NULL || *lines[i] != '\0')
      g_string_append_printf (out, "%s\r\n", lines[i]);
  return g_string_free (out, FALSE);
}

/* "REF-0001-marie-tremblay.eml": ASCII letters, digits and hyphens. */
static char *
file_name (QsSurvey *survey, guint number, QsEntity *person)
{
  g_autofree char *name = qs_client_dup_display_name (QS_CLIENT (person));
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *ref =
    g_str_to_ascii (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF), "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ref; *p != '\0'; p++)
    g_string_append_c (out, g_ascii_isalnum (*p) ? *p : '-');
  g_string_append_printf (out, "-%04u-", number);
  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
    else if (out->len > 0 && out->str[out->len - 1] != '-')
      g_string_append_c (out, '-');
  g_string_append (out, ".eml");
  return g_string_free (out, FALSE);
}

gboolean
qs_survey_invitations_save_csv (QsStore   *store,
                                QsSurvey  *survey,
                                GPtrArray *people,
                                QsLanguage sheet_language,
                                GFile     *file,
                                GError   **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error);
  if (stream == NULL)
    return FALSE;
  ok = qs_survey_invitations_write_csv (store, survey, people, sheet_language,
                                        G_OUTPUT_STREAM (stream), error);
  return qs_file_replace_finish (stream, ok, ok ? error : NULL) && ok;
}

gboolean
qs_survey_invitations_write_eml (QsStore   *store,
                                 QsSurvey  *survey,
                                 GPtrArray *people,
                                 GFile     *folder,
                                 guint     *n_written,
                                 guint     *n_skipped,
                                 GError   **error)
{
  g_auto (Invitation) invitation = { 0 };
  g_autoptr (GPtrArray) written = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) invited = g_ptr_array_new ();
  gint64 now = qs_store_now (store);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_SURVEY (survey), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  *n_written = *n_skipped = 0;
  if (!load (store, survey, &invitation, error))
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    {
      QsEntity   *person = g_ptr_array_index (people, i);
      const char *email = qs_entity_get_string (person, QS_CLIENT_FIELD_EMAIL);
      g_autoptr (QsInvitationLetter) letter = NULL;
      g_autofree char *id = NULL;
      g_autofree char *message = NULL;
      g_autofree char *name = NULL;
      g_autoptr (GFile) file = NULL;
      g_autoptr (GError) local_error = NULL;

      if (email == NULL || strchr (email, '@') == NULL)
        {
          (*n_skipped)++;
          continue;
        }
      letter = write_letter (&invitation, survey, person);
      id = g_strdup_printf ("%s.%s@qualserv.invalid", qs_entity_get_id (QS_ENTITY (survey)),
                            qs_entity_get_id (person));
      message = qs_survey_invitations_format_eml (letter, QS_CLIENT (person),
                                                  invitation.provider_email, id, now);
      name = file_name (survey, invited->len + 1, person);
      file = g_file_get_child (folder, name);
      if (!g_file_replace_contents (file, message, strlen (message), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &local_error))
        {
          g_autofree char *where = g_file_get_parse_name (folder);

          /* None or all: the files written so far go. */
          for (guint j = 0; j < written->len; j++)
            g_file_delete (g_ptr_array_index (written, j), NULL, NULL);
          g_set_error (error, QS_ERROR, QS_ERROR_FAILED,
                       _ ("The invitations could not be written in “%s”: %s"), where,
                       local_error->message);
          return FALSE;
        }
      g_ptr_array_add (written, g_steal_pointer (&file));
      g_ptr_array_add (invited, person);
    }
  *n_written = invited->len;
  return qs_survey_repository_invite (store, survey, invited, error);
}
