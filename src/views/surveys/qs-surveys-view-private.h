/* qs-surveys-view-private.h — what the Questionnaires view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-surveys-view.h"

G_BEGIN_DECLS

void qs_surveys_view_toast       (QsSurveysView *self,
                                  const char    *title);
void qs_surveys_view_show_error  (QsSurveysView *self,
                                  const char    *heading,
                                  const GError  *error);
/* Reads the list again and shows the questionnaire of id @id. */
void qs_surveys_view_reload      (QsSurveysView *self,
                                  const char    *id);

/* qs-surveys-view-files.c: the actions that read or write files */
void qs_surveys_view_import_definition (QsSurveysView *self);
void qs_surveys_view_import_answers    (QsSurveysView *self);
void qs_surveys_view_write_invitations (QsSurveysView *self,
                                        gboolean       as_email);

/* qs-surveys-view-comments.c: a comment of the results made a complaint
 * (@complaint) or an improvement action */
void qs_surveys_view_act_on_comment    (QsSurveysView *self,
                                        const char    *answer_id,
                                        gboolean       complaint);

G_END_DECLS
/* clang-format on */
