/* qs-survey-repository.h — questionnaires: their questions, audience, invitations and answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* The live questionnaire of reference @ref in @survey, or NULL. */
gboolean   qs_survey_repository_find_by_ref    (QsStore     *store,
                                                const char  *ref,
                                                QsSurvey   **survey,
                                                GError     **error);
/* The live department of reference @ref in @department, or NULL. */
gboolean   qs_survey_repository_find_department (QsStore    *store,
                                                const char  *ref,
                                                QsEntity   **department,
                                                GError     **error);
/* The questionnaire of @department_id that closed last (or, open, was
 * made last), in @survey; NULL when it has none. */
gboolean   qs_survey_repository_find_latest    (QsStore     *store,
                                                const char  *department_id,
                                                QsSurvey   **survey,
                                                GError     **error);
/* Its questions, in order: QsSurveyQuestion. */
GPtrArray *qs_survey_repository_get_questions  (QsStore     *store,
                                                QsSurvey    *survey,
                                                GError     **error);
/* The people it asks, by name: QsClient, live and agreeing to surveys.
 * The closed-requests audience counts the requests closed from its
 * first day to its last in @zone, confidential ones left out, and of the
 * questionnaire's department when it has one. */
GPtrArray *qs_survey_repository_get_audience   (QsStore     *store,
                                                QsSurvey    *survey,
                                                GTimeZone   *zone,
                                                GError     **error);
/* Saves a new questionnaire, its questions (positions from 0) and the
 * departments of its audience (ids), in one transaction; refused with a
 * sentence when it has no reference or no question, when its reference
 * is taken, or when a title or question lacks a language that people of
 * its audience (read in @zone) read. Nothing is written then. */
gboolean   qs_survey_repository_create         (QsStore     *store,
                                                QsSurvey    *survey,
                                                GPtrArray   *questions,
                                                GPtrArray   *department_ids,
                                                GTimeZone   *zone,
                                                GError     **error);
/* Saves filled-in questionnaires, all or none: each item of @responses
 * is a GPtrArray of a QsSurveyResponse then its QsSurveyAnswer (question
 * ids set). Refused when an answer is out of its question's range. An
 * anonymous questionnaire keeps no client and only the day (triggers). */
gboolean   qs_survey_repository_record_responses (QsStore   *store,
                                                QsSurvey    *survey,
                                                GPtrArray   *responses,
                                                GError     **error);
/* Records that each of @clients (QsClient) was invited, in their
 * language; a person invited already is not recorded twice. */
gboolean   qs_survey_repository_invite         (QsStore     *store,
                                                QsSurvey    *survey,
                                                GPtrArray   *clients,
                                                GError     **error);
/* How many people answered: -1 on error. */
gint64     qs_survey_repository_count_responses (QsStore    *store,
                                                QsSurvey    *survey,
                                                GError     **error);
/* Every live questionnaire, the latest to open first (drafts without a
 * day before them): QsSurvey. */
GPtrArray *qs_survey_repository_list           (QsStore     *store,
                                                GError     **error);
/* How many people were invited. */
gint64     qs_survey_repository_count_invited  (QsStore     *store,
                                                QsSurvey    *survey,
                                                GError     **error);

G_END_DECLS
/* clang-format on */
