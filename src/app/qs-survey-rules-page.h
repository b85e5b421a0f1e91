/* qs-survey-rules-page.h — the preferences page of the questions asked after a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_SURVEY_RULES_PAGE (qs_survey_rules_page_get_type ())

G_DECLARE_FINAL_TYPE (QsSurveyRulesPage, qs_survey_rules_page, QS, SURVEY_RULES_PAGE,
                      AdwPreferencesPage)

/* One group per providing department of @store, its rules edited and
 * saved at each change. */
QsSurveyRulesPage *qs_survey_rules_page_new    (QsStore           *store);
/* Reads the departments and their rules again. */
void               qs_survey_rules_page_reload (QsSurveyRulesPage *self);

G_END_DECLS
/* clang-format on */
