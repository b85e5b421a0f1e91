/* qs-survey-answers-dialog.h — questionnaires filled in on paper, typed in one after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-context.h"
#include "qs-survey.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_ANSWERS_DIALOG (qs_survey_answers_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyAnswersDialog, qs_survey_answers_dialog, QS, SURVEY_ANSWERS_DIALOG, AdwWindow)

/* Signals: "recorded" (guint n_responses_so_far), after each form saved. */
GtkWidget *qs_survey_answers_dialog_new (QsContext *context,
                                         QsSurvey  *survey);

G_END_DECLS
/* clang-format on */
