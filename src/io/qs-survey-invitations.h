/* qs-survey-invitations.h — invitations to a questionnaire: a sheet for a mail merge, a message per
 * person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-invitation-letter.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* One row per person of @people (QsClient): e-mail, names, language,
 * subject and message in their language, for LibreOffice's mail merge;
 * fields separated as @sheet_language's spreadsheets expect. Records
 * them as invited. */
gboolean qs_survey_invitations_write_csv (QsStore        *store,
                                          QsSurvey       *survey,
                                          GPtrArray      *people,
                                          QsLanguage      sheet_language,
                                          GOutputStream  *stream,
                                          GError        **error);
/* The same, into @file: written whole, or the file left as it was. */
gboolean qs_survey_invitations_save_csv  (QsStore        *store,
                                          QsSurvey       *survey,
                                          GPtrArray      *people,
                                          QsLanguage      sheet_language,
                                          GFile          *file,
                                          GError        **error);
/* One .eml file per person of @people who has an e-mail address, in
 * @folder, that Evolution or Thunderbird opens as a message to send;
 * @n_skipped says how many had no address. All the files or none; the
 * people written to are recorded as invited. */
gboolean qs_survey_invitations_write_eml (QsStore        *store,
                                          QsSurvey       *survey,
                                          GPtrArray      *people,
                                          GFile          *folder,
                                          guint          *n_written,
                                          guint          *n_skipped,
                                          GError        **error);
/* The message itself (RFC 5322, UTF-8), dated @now. */
char    *qs_survey_invitations_format_eml (const QsInvitationLetter *letter,
                                           QsClient                 *client,
                                           const char               *from,
                                           const char               *message_id,
                                           gint64                    now);

G_END_DECLS
/* clang-format on */
