/* qs-surveys-view.h — the Questionnaires view: design, invite, answer, read the results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-survey.h"
#include "qs-view.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEYS_VIEW (qs_surveys_view_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveysView, qs_surveys_view, QS, SURVEYS_VIEW, QsView)

GListModel *qs_surveys_view_get_list    (QsSurveysView *self);
QsSurvey   *qs_surveys_view_get_shown   (QsSurveysView *self);
/* What the detail shows: "none", "survey" or "barometer". */
const char *qs_surveys_view_get_page    (QsSurveysView *self);
GtkBox     *qs_surveys_view_get_results (QsSurveysView *self);

G_END_DECLS
/* clang-format on */
