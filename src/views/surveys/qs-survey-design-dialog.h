/* qs-survey-design-dialog.h — designing a new questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-context.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_DESIGN_DIALOG (qs_survey_design_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyDesignDialog, qs_survey_design_dialog, QS, SURVEY_DESIGN_DIALOG, AdwWindow)

GtkWidget *qs_survey_design_dialog_new (QsContext *context);

G_END_DECLS
/* clang-format on */
