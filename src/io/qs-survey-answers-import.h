/* qs-survey-answers-import.h — a questionnaire's answers from a sheet, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-entities.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Reads @bytes (CSV, "," or ";"; @name begins each message): a header
 * row naming the columns, then one response a row. A column is a
 * question, "Q1" to "Qn" or its text in French or English; a barometer
 * question has two, "Q3 expected" and "Q3 perceived" ("attendu",
 * "perçu"); "department" (a reference), "submitted" (YYYY-MM-DD) and,
 * unless the questionnaire is anonymous, "client" (an e-mail address)
 * may be given too. Every question needs its column. An empty cell is
 * no answer. The responses are saved together, or none with a sentence
 * naming the line and column at fault. @n_responses says how many. */
gboolean qs_survey_answers_import (QsStore     *store,
                                   QsSurvey    *survey,
                                   GBytes      *bytes,
                                   const char  *name,
                                   GTimeZone   *zone,
                                   guint       *n_responses,
                                   GError     **error);

/* The same on a connection of its own, in a thread: the window goes on
 * while a large sheet is read and saved. */
void     qs_survey_answers_import_async  (QsStore            *store,
                                          QsSurvey           *survey,
                                          GBytes             *bytes,
                                          const char         *name,
                                          GTimeZone          *zone,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
gboolean qs_survey_answers_import_finish (GAsyncResult       *result,
                                          guint              *n_responses,
                                          GError            **error);

G_END_DECLS
/* clang-format on */
