/* qs-survey-import.h — a questionnaire from its JSON definition, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* Reads the questionnaire @text (JSON; @name, the file's name, begins
 * each message), checks it against the directory and saves it with its
 * questions as a draft. A question needs its text in each language of
 * the people of its audience. Returns the questionnaire, or NULL with a
 * sentence that says where the problem is, and nothing saved. */
QsSurvey *qs_survey_import_json (QsStore     *store,
                                 const char  *text,
                                 gsize        length,
                                 const char  *name,
                                 GTimeZone   *zone,
                                 GError     **error);

G_END_DECLS
/* clang-format on */
