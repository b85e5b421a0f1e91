/* qs-feedback-query.h — finding feedback: channel, department, words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One QsFeedbackFilter describes what the Feedback view lists; its SQL
 * is the model's, newest received first.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-feedback.h"
#include "qs-query-list-model.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* -1 (or NULL) in a field means "any". */
typedef struct
{
  char *search;                  /* words of the comment, prefixes matched */
  int   source;                  /* QsFeedbackSource, or -1 */
  char *provider_department_id;  /* the department it is about */
  char *request_id;              /* the request it is about */
} QsFeedbackFilter;

QsFeedbackFilter *qs_feedback_filter_new    (void);
void              qs_feedback_filter_free   (QsFeedbackFilter       *self);
gboolean          qs_feedback_filter_equal  (const QsFeedbackFilter *a,
                                             const QsFeedbackFilter *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsFeedbackFilter, qs_feedback_filter_free)

/* The view's list: QsFeedback items, newest received first. */
QsQueryListModel *qs_feedback_query_new_model (QsStore                *store);
/* Sets the model's query from @filter; takes effect at its next reload. */
void              qs_feedback_query_set       (QsQueryListModel       *model,
                                               const QsFeedbackFilter *filter);

/* The ratings of 1 to 5 that clients gave @department_id after their
 * requests, received from @from to before @to: their count and sum. */
gboolean          qs_feedback_query_ratings (QsStore     *store,
                                             const char  *department_id,
                                             gint64       from,
                                             gint64       to,
                                             gint64      *count,
                                             gint64      *sum,
                                             GError     **error);

/* The feedback a questionnaire's comment @answer_id was taken up as, in
 * @feedback, or NULL. */
gboolean          qs_feedback_query_find_by_survey_answer (QsStore     *store,
                                                           const char  *answer_id,
                                                           QsFeedback **feedback,
                                                           GError     **error);

/* The feedback that became the complaint @request_id, in @feedback, or NULL. */
gboolean          qs_feedback_query_find_by_complaint (QsStore     *store,
                                               const char             *request_id,
                                               QsFeedback            **feedback,
                                               GError                **error);

G_END_DECLS
/* clang-format on */
