/* requests-fixture.h — a small organisation for the request tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Human Resources provides the service, on a calendar in America/Toronto
 * open Monday to Friday 08:30–12:00 and 13:00–16:30 (7 business hours a
 * day), closed on Friday 1 May 2026 (Labour Day). Its published charter
 * promises to acknowledge an e-mail within 24 business hours and to
 * resolve any request within 5 business days. Nadia Roy owns the
 * resolution commitment, Luc Gagnon manages the department; Marie
 * Tremblay (French) and John Smith (English) work in Finance.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entities.h"
#include "qs-escalation-policy.h"
#include "qs-request-desk.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef struct
{
  char    *dir;
  char    *path;
  QsStore *store;
  QsRequestDesk *desk;               /* over store */
  QsEscalationPolicy *policy;        /* over store */
  char    *department_id;            /* Human Resources */
  char    *client_department_id;     /* Finance */
  char    *calendar_id;
  char    *charter_id;
  char    *ack_commitment_id;        /* e-mail, 24 business hours */
  char    *resolution_commitment_id; /* any channel, 5 business days */
  char    *owner_id;                 /* Nadia Roy */
  char    *manager_id;               /* Luc Gagnon */
  char    *client_fr_id;             /* Marie Tremblay */
  char    *client_en_id;             /* John Smith */
} QsRequestsFixture;

void    qs_requests_fixture_set_up      (QsRequestsFixture *fixture,
                                         gconstpointer      data);
void    qs_requests_fixture_tear_down   (QsRequestsFixture *fixture,
                                         gconstpointer      data);
/* Saves @entity in the fixture's store; fails the test if it cannot. */
void    qs_requests_fixture_save        (QsRequestsFixture *fixture,
                                         gpointer           entity);
/* @request as stored now; fails the test if it cannot be read. */
QsRequest *qs_requests_fixture_reload   (QsRequestsFixture *fixture,
                                         QsRequest         *request);
/* Every live complaint, whoever opened it. */
GPtrArray *qs_requests_fixture_complaints (QsRequestsFixture *fixture);
/* An answer to @question, for the questionnaire tests: a @score (NAN:
 * none), a level @expected (NAN: none), a @text (NULL: none). */
QsSurveyAnswer *qs_requests_fixture_new_answer (QsEntity   *question,
                                         double             score,
                                         double             expected,
                                         const char        *text);
/* Records one filled-in @survey: @entities, a QsSurveyResponse then its
 * answers, taken. */
void    qs_requests_fixture_record_response (QsRequestsFixture *fixture,
                                         QsSurvey          *survey,
                                         GPtrArray         *entities);
/* The events of @request's history, oldest first. */
GPtrArray *qs_requests_fixture_events   (QsRequestsFixture *fixture,
                                         QsRequest         *request);
/* An instant written with its offset ("2026-05-04T10:00:00-04:00"), in
 * Unix microseconds. */
gint64  qs_requests_fixture_at          (const char        *iso);
/* @client_id agrees to be surveyed. */
void    qs_requests_fixture_consent     (QsRequestsFixture *fixture,
                                         const char        *client_id);
/* A new request of @client_id (NULL: anonymous) by e-mail to Human
 * Resources, received Monday 4 May 2026 08:45 and taken through every
 * step, the last one, closed, at @closed (ISO 8601 with its offset). */
QsRequest *qs_requests_fixture_close_new (QsRequestsFixture *fixture,
                                         const char        *client_id,
                                         gboolean           confidential,
                                         const char        *closed);
/* Adds a commitment to the published charter. */
char   *qs_requests_fixture_add_commitment (QsRequestsFixture *fixture,
                                         QsMetric           metric,
                                         QsChannel          channel,
                                         const char        *request_kinds,
                                         double             value,
                                         QsDurationUnit     unit,
                                         int                position);

G_END_DECLS
/* clang-format on */
