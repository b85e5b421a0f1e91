/* qs-survey-results-render.h — a questionnaire's results as a person reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-survey-barometer.h"
#include "qs-survey-results.h"

G_BEGIN_DECLS

/* Replaces what @box holds by @results: the answers counted, then per
 * question its chart and figures, then the groups; only the counts of
 * what anonymity hides. Texts in @language. */
void qs_survey_results_render   (GtkBox                *box,
                                 const QsSurveyResults *results,
                                 QsLanguage             language);
/* Shows in @box, drawn from the same comments, what each comment of
 * @results was taken up as, the lists scrolled as they were; FALSE when
 * the comments differ and @box must be drawn again. */
gboolean qs_survey_results_render_update_comments (GtkBox                *box,
                                                   const QsSurveyResults *results);
/* Replaces what @box holds by the barometer's @rows
 * (QsBarometerRow, as qs_survey_barometer_read() gives them). */
void qs_survey_barometer_render (GtkBox                *box,
                                 GPtrArray             *rows,
                                 guint                  threshold,
                                 QsLanguage             language);

/* "2026 Q3": @quarter from 1 to 4, in the interface's words. */
char *qs_survey_format_quarter  (int                    year,
                                 int                    quarter);

G_END_DECLS
/* clang-format on */
