/* test-indicator-figures.c — the dashboard's built-in figures against counts made by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation of requests-fixture.h: Human Resources, open 08:30–12:00
 * and 13:00–16:30 on weekdays in America/Toronto (7 business hours a day),
 * promises to acknowledge an e-mail within 24 business hours and to
 * resolve any request within 5 business days (35 hours), 90 % of the
 * time. Six e-mails are received in May 2026; the store's now is 15 June.
 */
#include <math.h>

#include "qs-complaint-breakdown.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-indicator-desk.h"
#include "qs-indicator-figures.h"
#include "qs-request-query.h"
#include "qs-request-repository.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

#define ACTOR "Nadia Roy"
#define HOUR (3600.0)

typedef QsRequestsFixture Fixture;

static gint64
at (const char *iso)
{
  return qs_test_instant (iso);
}

static QsRequest *
receive (Fixture *fixture, QsRequestKind kind, const char *when)
{
  g_autoptr (GError) error = NULL;
  QsNewRequest input = {
    .client_id = fixture->client_fr_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .kind = kind,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "Attestation",
    .received_at = at (when),
  };
  QsRequest *request =
    qs_request_desk_create (fixture->desk, &input, "Reception", at (when), &error);

  g_assert_no_error (error);
  qs_entity_set_string (QS_ENTITY (request), QS_REQUEST_FIELD_ASSIGNEE_ID, fixture->owner_id);
  qs_requests_fixture_save (fixture, request);
  return request;
}

static void
apply (Fixture *fixture, QsRequest *request, QsRequestAction action, gint64 when)
{
  g_autoptr (GError) error = NULL;
  const char *text = action == QS_REQUEST_ACTION_RESOLVE  ? "Sent."
                     : action == QS_REQUEST_ACTION_REOPEN ? "Wrong form."
                                                          : NULL;

  g_assert_true (
    qs_request_repository_apply (fixture->store, request, action, text, ACTOR, when, &error));
  g_assert_no_error (error);
}

static gint64
stored (Fixture *fixture, QsRequest *request, const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT ifnull (%s, -1) FROM requests WHERE id = '%s'",
                                          column, qs_entity_get_id (QS_ENTITY (request)));

  return qs_store_query_int (fixture->store, sql, NULL);
}

/* A: acknowledged after 1 h, resolved Tuesday 09:00, 7 h after receipt.
 * B: acknowledged exactly at its due date (24 h), never resolved.
 * C, a complaint: acknowledged after 0.5 h, waits on the client from
 *   Monday 10:00 to Tuesday 10:00 (7 business hours), resolved Tuesday
 *   11:00: 9 h after receipt, 2 h of them not waiting.
 * D: acknowledged at once, resolved after 2 h, reopened the next day and
 *   resolved again Tuesday 10:00, 8 h after receipt.
 * E: never acknowledged nor resolved, received Monday 25 May.
 * F: acknowledged after 2 h; its resolution date extended to Friday 22
 *   May; resolved Wednesday 20 May 09:00, 84 h after receipt. */
static void
set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) a = NULL;
  g_autoptr (QsRequest) b = NULL;
  g_autoptr (QsRequest) c = NULL;
  g_autoptr (QsRequest) d = NULL;
  g_autoptr (QsRequest) e = NULL;
  g_autoptr (QsRequest) f = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsClock) clock = qs_clock_new_fixed (at ("2026-06-15T12:00:00-04:00"));

  qs_requests_fixture_set_up (fixture, data);
  qs_store_set_clock (fixture->store, clock);

  a = receive (fixture, QS_REQUEST_KIND_REQUEST, "2026-05-04T09:00:00-04:00");
  apply (fixture, a, QS_REQUEST_ACTION_ACKNOWLEDGE, at ("2026-05-04T10:00:00-04:00"));
  apply (fixture, a, QS_REQUEST_ACTION_START_ANALYSIS, at ("2026-05-04T10:00:00-04:00"));
  apply (fixture, a, QS_REQUEST_ACTION_RESOLVE, at ("2026-05-05T09:00:00-04:00"));

  b = receive (fixture, QS_REQUEST_KIND_REQUEST, "2026-05-04T09:00:00-04:00");
  apply (fixture, b, QS_REQUEST_ACTION_ACKNOWLEDGE,
         qs_entity_get_int (QS_ENTITY (b), QS_REQUEST_FIELD_ACK_DUE_AT));

  c = receive (fixture, QS_REQUEST_KIND_COMPLAINT, "2026-05-11T09:00:00-04:00");
  apply (fixture, c, QS_REQUEST_ACTION_ACKNOWLEDGE, at ("2026-05-11T09:30:00-04:00"));
  apply (fixture, c, QS_REQUEST_ACTION_START_ANALYSIS, at ("2026-05-11T09:30:00-04:00"));
  apply (fixture, c, QS_REQUEST_ACTION_WAIT_ON_CLIENT, at ("2026-05-11T10:00:00-04:00"));
  apply (fixture, c, QS_REQUEST_ACTION_RESUME, at ("2026-05-12T10:00:00-04:00"));
  apply (fixture, c, QS_REQUEST_ACTION_RESOLVE, at ("2026-05-12T11:00:00-04:00"));

  d = receive (fixture, QS_REQUEST_KIND_REQUEST, "2026-05-18T09:00:00-04:00");
  apply (fixture, d, QS_REQUEST_ACTION_ACKNOWLEDGE, at ("2026-05-18T09:00:00-04:00"));
  apply (fixture, d, QS_REQUEST_ACTION_START_ANALYSIS, at ("2026-05-18T09:00:00-04:00"));
  apply (fixture, d, QS_REQUEST_ACTION_RESOLVE, at ("2026-05-18T11:00:00-04:00"));
  apply (fixture, d, QS_REQUEST_ACTION_REOPEN, at ("2026-05-19T09:00:00-04:00"));
  apply (fixture, d, QS_REQUEST_ACTION_START_ANALYSIS, at ("2026-05-19T09:00:00-04:00"));
  apply (fixture, d, QS_REQUEST_ACTION_RESOLVE, at ("2026-05-19T10:00:00-04:00"));

  e = receive (fixture, QS_REQUEST_KIND_REQUEST, "2026-05-25T09:00:00-04:00");

  f = receive (fixture, QS_REQUEST_KIND_REQUEST, "2026-05-04T09:00:00-04:00");
  apply (fixture, f, QS_REQUEST_ACTION_ACKNOWLEDGE, at ("2026-05-04T11:00:00-04:00"));
  g_assert_true (qs_request_repository_extend (fixture->store, f, at ("2026-05-22T16:30:00-04:00"),
                                               "Waiting for the payroll run.", TRUE, ACTOR,
                                               at ("2026-05-06T09:00:00-04:00"), &error));
  g_assert_no_error (error);
  apply (fixture, f, QS_REQUEST_ACTION_START_ANALYSIS, at ("2026-05-06T09:00:00-04:00"));
  apply (fixture, f, QS_REQUEST_ACTION_RESOLVE, at ("2026-05-20T09:00:00-04:00"));

  /* The durations each request keeps. */
  g_assert_cmpint (stored (fixture, a, "ack_business_us"), ==, 1 * HOUR * G_USEC_PER_SEC);
  g_assert_cmpint (stored (fixture, a, "resolution_business_us"), ==, 7 * HOUR * G_USEC_PER_SEC);
  g_assert_cmpint (stored (fixture, b, "ack_business_us"), ==, 24 * HOUR * G_USEC_PER_SEC);
  g_assert_cmpint (stored (fixture, b, "resolution_business_us"), ==, -1);
  g_assert_cmpint (stored (fixture, c, "resolution_business_us"), ==, 2 * HOUR * G_USEC_PER_SEC);
  g_assert_cmpint (stored (fixture, d, "resolution_business_us"), ==, 8 * HOUR * G_USEC_PER_SEC);
  g_assert_cmpint (stored (fixture, d, "reopened_count"), ==, 1);
  g_assert_cmpint (stored (fixture, e, "ack_business_us"), ==, -1);
  g_assert_cmpint (stored (fixture, f, "resolution_business_us"), ==, 84 * HOUR * G_USEC_PER_SEC);
}

static GPtrArray *
compute (Fixture *fixture, const char *from, const char *to)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *figures =
    qs_indicator_figures_compute (fixture->store, fixture->department_id, at (from), at (to),
                                  QS_LANGUAGE_EN, QS_INDICATOR_MIN_COUNT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

static QsIndicatorFigure *
find (GPtrArray *figures, QsMeasure measure, const char *subject_id)
{
  for (guint i = 0; i < figures->len; i++)
    {
      QsIndicatorFigure *figure = g_ptr_array_index (figures, i);

      if (figure->measure == measure && g_strcmp0 (figure->subject_id, subject_id) == 0)
        return figure;
    }
  g_error ("no figure %d for %s", measure, subject_id);
  return NULL;
}

static void
assert_figure (GPtrArray  *figures,
               QsMeasure   measure,
               const char *subject_id,
               double      value,
               gint64      numerator,
               gint64      denominator)
{
  QsIndicatorFigure *figure = find (figures, measure, subject_id);

  if (isnan (value))
    g_assert_true (isnan (figure->value));
  else
    g_assert_cmpfloat_with_epsilon (figure->value, value, 1e-9);
  g_assert_cmpint (figure->numerator, ==, numerator);
  g_assert_cmpint (figure->denominator, ==, denominator);
}

/* May: every count, share and time of the six requests. */
static void
test_month (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) figures =
    compute (fixture, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00");
  QsIndicatorFigure *ack;

  /* Acknowledged in time: A, B (at its deadline), C, D, F; E missed. */
  assert_figure (figures, QS_MEASURE_COMPLIANCE, fixture->ack_commitment_id, 500.0 / 6, 5, 6);
  ack = find (figures, QS_MEASURE_COMPLIANCE, fixture->ack_commitment_id);
  g_assert_cmpfloat (ack->target, ==, 90);
  /* Six requests are too few to judge against the target. */
  g_assert_cmpint (ack->status, ==, QS_INDICATOR_STATUS_NOT_ENOUGH_DATA);
  /* Resolved in time: A, C, D, F (thanks to its extension); B and E are
   * past due unresolved. */
  assert_figure (figures, QS_MEASURE_COMPLIANCE, fixture->resolution_commitment_id, 400.0 / 6, 4,
                 6);

  assert_figure (figures, QS_MEASURE_RECEIVED, NULL, 6, 6, 0);
  assert_figure (figures, QS_MEASURE_RESOLVED, NULL, 4, 4, 0);
  assert_figure (figures, QS_MEASURE_COMPLAINTS_RECEIVED, NULL, 1, 1, 0);
  assert_figure (figures, QS_MEASURE_COMPLAINTS_RESOLVED, NULL, 1, 1, 0);
  /* Open on 1 June: B and E; B is past its resolution date, E not yet. */
  assert_figure (figures, QS_MEASURE_OPEN, NULL, 2, 2, 0);
  assert_figure (figures, QS_MEASURE_OVERDUE, NULL, 1, 1, 0);
  /* D, once, among the four that were resolved. */
  assert_figure (figures, QS_MEASURE_REOPEN_RATE, NULL, 25, 1, 4);

  /* To acknowledge: 0, 0.5, 1, 2 and 24 hours. */
  assert_figure (figures, QS_MEASURE_ACK_MEDIAN, NULL, 1, 0, 5);
  assert_figure (figures, QS_MEASURE_ACK_P90, NULL, 2 + 0.6 * 22, 0, 5);
  /* To resolve, waiting left out: 2, 7, 8 and 84 hours, an even count. */
  assert_figure (figures, QS_MEASURE_RESOLUTION_MEDIAN, NULL, 7.5, 0, 4);
  assert_figure (figures, QS_MEASURE_RESOLUTION_P90, NULL, 8 + 0.7 * 76, 0, 4);

  /* One person handles them all, with a resolution date each. */
  assert_figure (figures, QS_MEASURE_ASSIGNEE_COMPLIANCE, fixture->owner_id, 400.0 / 6, 4, 6);
}

static void assert_requests_behind (Fixture *fixture, const char *from, const char *to);

/* A request rejected no longer counts against a promise: E, never
 * acknowledged, rejected in June, leaves five of five acknowledged in time. */
static void
test_rejected_not_counted (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) requests = NULL;
  g_autoptr (GPtrArray) figures = NULL;
  g_autoptr (GError) error = NULL;

  requests =
    qs_repository_find_all (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                            "acknowledged_at IS NULL", NULL, NULL, QS_QUERY_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 1);
  g_assert_true (qs_request_repository_apply (fixture->store, requests->pdata[0],
                                              QS_REQUEST_ACTION_REJECT, "Not ours.", ACTOR,
                                              at ("2026-06-01T09:00:00-04:00"), &error));
  g_assert_no_error (error);
  figures = compute (fixture, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00");
  assert_figure (figures, QS_MEASURE_COMPLIANCE, fixture->ack_commitment_id, 100, 5, 5);
  /* Resolved in time: A, C, D, F of the five left (B is late). */
  assert_figure (figures, QS_MEASURE_COMPLIANCE, fixture->resolution_commitment_id, 80, 4, 5);
  assert_requests_behind (fixture, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00");
}

/* A period not over: below target is at risk, not missed; a request
 * whose deadline is still to come has missed nothing yet. */
static void
test_period_not_over (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) figures = NULL;
  g_autoptr (QsClock) clock = qs_clock_new_fixed (at ("2026-05-26T09:00:00-04:00"));
  QsIndicatorFigure *ack;

  qs_store_set_clock (fixture->store, clock);
  figures = compute (fixture, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00");
  /* E, received the day before, is not yet due: five counted. */
  assert_figure (figures, QS_MEASURE_COMPLIANCE, fixture->ack_commitment_id, 100, 5, 5);
  /* Open now: B and E; overdue: B only. */
  assert_figure (figures, QS_MEASURE_OPEN, NULL, 2, 2, 0);
  assert_figure (figures, QS_MEASURE_OVERDUE, NULL, 1, 1, 0);

  ack = find (figures, QS_MEASURE_COMPLIANCE, fixture->resolution_commitment_id);
  qs_indicator_figure_judge (ack, 2, FALSE);
  g_assert_cmpint (ack->status, ==, QS_INDICATOR_STATUS_AT_RISK);
  qs_indicator_figure_judge (ack, 2, TRUE);
  g_assert_cmpint (ack->status, ==, QS_INDICATOR_STATUS_MISSED);
  qs_indicator_figure_judge (ack, 100, TRUE);
  g_assert_cmpint (ack->status, ==, QS_INDICATOR_STATUS_NOT_ENOUGH_DATA);
}

/* The week D was received, reopened and resolved again, and F resolved:
 * D's reopening is counted once, as reopened, and not as a request
 * received that week. */
static void
test_reopened_once (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) figures =
    compute (fixture, "2026-05-18T00:00:00-04:00", "2026-05-25T00:00:00-04:00");

  assert_figure (figures, QS_MEASURE_RECEIVED, NULL, 1, 1, 0);
  assert_figure (figures, QS_MEASURE_RESOLVED, NULL, 2, 2, 0);
  assert_figure (figures, QS_MEASURE_REOPEN_RATE, NULL, 100, 1, 1);
  assert_figure (figures, QS_MEASURE_RESOLUTION_MEDIAN, NULL, (8 + 84) / 2.0, 0, 2);
}

/* Requests that kept no durations (as in a database of schema 16 just
 * brought up to date) get them measured, the same. */
static void
test_measured_when_missing (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) figures = NULL;

  g_assert_true (qs_store_exec (fixture->store,
                                "UPDATE requests SET ack_business_us = NULL, "
                                "resolution_business_us = NULL",
                                NULL));
  g_assert_cmpint (qs_store_query_int (fixture->store,
                                       "SELECT count (*) FROM requests WHERE ack_business_us "
                                       "IS NULL AND acknowledged_at IS NOT NULL",
                                       NULL),
                   ==, 5);
  g_assert_true (qs_store_begin (fixture->store, NULL));
  g_assert_true (qs_request_repository_measure_durations (fixture->store, NULL));
  g_assert_true (qs_store_commit (fixture->store, NULL));
  figures = compute (fixture, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00");
  assert_figure (figures, QS_MEASURE_RESOLUTION_MEDIAN, NULL, 7.5, 0, 4);
  assert_figure (figures, QS_MEASURE_RESOLUTION_P90, NULL, 8 + 0.7 * 76, 0, 4);
}

/* The requests Requests lists behind each figure: as many as it counts. */
static void
assert_requests_behind (Fixture *fixture, const char *from, const char *to)
{
  g_autoptr (GPtrArray) figures = compute (fixture, from, to);
  guint listed = 0;

  for (guint i = 0; i < figures->len; i++)
    {
      QsIndicatorFigure *figure = g_ptr_array_index (figures, i);
      g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
      g_autoptr (QsQueryListModel) model = qs_request_query_new_model (fixture->store);
      g_autoptr (GError) error = NULL;

      if (qs_indicator_figure_get_n_requests (figure) < 0)
        continue;
      filter->figure_ref = qs_indicator_figure_ref (figure);
      filter->figure_provider_id = g_strdup (fixture->department_id);
      filter->figure_start = figure->period_start;
      filter->figure_end = figure->period_end;
      filter->figure_now = qs_store_now (fixture->store);
      g_assert_true (qs_request_query_apply (model, filter, filter->figure_now, 0.75, &error));
      g_assert_no_error (error);
      g_test_message ("%s", filter->figure_ref);
      g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                       qs_indicator_figure_get_n_requests (figure));
      listed++;
    }
  /* Two commitments, seven volumes, the promises kept, four times, a
   * person and a team, the response rate. */
  g_assert_cmpuint (listed, ==, 2 + 7 + 1 + 4 + 2 + 1);
}

static void
test_requests_behind (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsQueryListModel) model = qs_request_query_new_model (fixture->store);
  g_autoptr (GError) error = NULL;

  assert_requests_behind (fixture, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00");
  assert_requests_behind (fixture, "2026-05-18T00:00:00-04:00", "2026-05-25T00:00:00-04:00");

  /* A figure that counts no requests lists none, rather than all. */
  filter->figure_ref = g_strdup ("nps");
  filter->figure_provider_id = g_strdup (fixture->department_id);
  filter->figure_start = at ("2026-05-01T00:00:00-04:00");
  filter->figure_end = at ("2026-06-01T00:00:00-04:00");
  g_assert_true (qs_request_query_apply (model, filter, 0, 0.75, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

static guint
count_behind (Fixture *fixture, const char *ref, const char *from, const char *to)
{
  g_autoptr (QsRequestFilter) filter = qs_request_filter_new ();
  g_autoptr (QsQueryListModel) model = qs_request_query_new_model (fixture->store);
  g_autoptr (GError) error = NULL;

  filter->figure_ref = g_strdup (ref);
  filter->figure_provider_id = g_strdup (fixture->department_id);
  filter->figure_start = at (from);
  filter->figure_end = at (to);
  filter->figure_now = qs_store_now (fixture->store);
  g_assert_true (qs_request_query_apply (model, filter, filter->figure_now, 0.75, &error));
  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* May's one complaint, C, from Marie Tremblay of Finance, who manages no
 * department, under the resolution commitment of the charter; by each
 * axis, and clicked through. A second, confidential one in June. */
static void
test_complaint_breakdown (Fixture *fixture, gconstpointer data)
{
  const char *from = "2026-05-01T00:00:00-04:00";
  const char *to = "2026-07-01T00:00:00-04:00";
  g_autoptr (QsRequest) hidden =
    receive (fixture, QS_REQUEST_KIND_COMPLAINT, "2026-06-02T09:00:00-04:00");
  const char *expected[QS_COMPLAINT_N_AXES][2] = {
    { "Ignored", "Service request" },
    { NULL, NULL },
    { "Finance", NULL },
    { "Confidential", "Employee" },
  };

  qs_entity_set_boolean (QS_ENTITY (hidden), QS_REQUEST_FIELD_CONFIDENTIAL, TRUE);
  qs_entity_set_enum (QS_ENTITY (hidden), QS_REQUEST_FIELD_PROBLEM, QS_PROBLEM_IGNORED);
  qs_requests_fixture_save (fixture, hidden);
  for (QsComplaintAxis axis = 0; axis < QS_COMPLAINT_N_AXES; axis++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) rows = qs_complaint_breakdown_compute (
        fixture->store, fixture->department_id, at (from), at (to), axis, QS_LANGUAGE_EN, &error);
      gint64 total = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < rows->len; i++)
        {
          QsBreakdownRow  *row = g_ptr_array_index (rows, i);
          g_autofree char *ref = qs_complaint_breakdown_ref (axis, row->key);

          g_test_message ("%s: %s %" G_GINT64_FORMAT, ref, row->label, row->count);
          g_assert_cmpuint (count_behind (fixture, ref, from, to), ==, row->count);
          total += row->count;
        }
      g_assert_cmpint (total, ==, 2);
      if (expected[axis][0] != NULL)
        g_assert_cmpstr (((QsBreakdownRow *) rows->pdata[0])->label, ==, expected[axis][0]);
      if (expected[axis][1] != NULL)
        g_assert_cmpstr (((QsBreakdownRow *) rows->pdata[1])->label, ==, expected[axis][1]);
    }
}

static QsIndicator *
own (Fixture *fixture, const char *name, QsMeasure measure, const char *channel, const char *kind)
{
  g_autoptr (GError) error = NULL;
  QsIndicator *indicator = qs_indicator_new ();
  QsEntity    *e = QS_ENTITY (indicator);

  qs_entity_set_string (e, QS_INDICATOR_FIELD_NAME_EN, name);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_DEPARTMENT_ID, fixture->department_id);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_MEASURE,
                        measure == QS_MEASURE_MANUAL ? NULL
                                                     : qs_enum_nick (QS_TYPE_MEASURE, measure));
  qs_entity_set_string (e, QS_INDICATOR_FIELD_CHANNEL, channel);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_REQUEST_KIND, kind);
  qs_entity_set_int (e, QS_INDICATOR_FIELD_MIN_COUNT, 1);
  g_assert_true (qs_indicator_desk_save (fixture->store, indicator, &error));
  g_assert_no_error (error);
  return indicator;
}

static QsIndicatorFigure *
compute_own (Fixture *fixture, QsIndicator *indicator)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
  QsIndicatorFigure *figure = qs_indicator_figures_compute_own (
    fixture->store, indicator, at ("2026-05-01T00:00:00-04:00"), at ("2026-06-01T00:00:00-04:00"),
    zone, QS_LANGUAGE_EN, QS_INDICATOR_MIN_COUNT, &error);

  g_assert_no_error (error);
  return figure;
}

/* A department's own indicators over May, counted by hand: complaints by
 * e-mail (C), none by phone, complaints resolved in time (C, of C), the
 * median time to resolve requests that are not complaints (A 7 h, D 8 h,
 * F 84 h); each clicked through to as many requests. And a value typed
 * in, replaced, then removed. */
static void
test_own_indicators (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsIndicator) email =
    own (fixture, "By e-mail", QS_MEASURE_COMPLAINTS_RECEIVED, "email", NULL);
  g_autoptr (QsIndicator) phone =
    own (fixture, "By phone", QS_MEASURE_COMPLAINTS_RECEIVED, "phone", NULL);
  g_autoptr (QsIndicator) kept =
    own (fixture, "Complaints in time", QS_MEASURE_KEPT, NULL, "complaint");
  g_autoptr (QsIndicator) median =
    own (fixture, "Requests resolved, median", QS_MEASURE_RESOLUTION_MEDIAN, NULL, "request");
  g_autoptr (QsIndicator) calls = own (fixture, "Calls answered", QS_MEASURE_MANUAL, NULL, NULL);
  QsIndicator *all[] = { email, phone, kept, median };
  double       values[] = { 1, 0, 100, 8 };
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autoptr (QsIndicatorFigure) figure = compute_own (fixture, all[i]);
      g_autofree char *ref = qs_indicator_figure_requests_ref (figure);
      gint64           n = qs_indicator_figure_get_n_requests (figure);

      g_test_message ("%s", figure->subject);
      g_assert_cmpfloat_with_epsilon (figure->value, values[i], 1e-9);
      g_assert_cmpuint (
        count_behind (fixture, ref, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00"), ==,
        n);
    }

  g_assert_true (qs_indicator_desk_set_value (fixture->store, calls, "2026-05-01", 91, &error));
  g_assert_true (qs_indicator_desk_set_value (fixture->store, calls, "2026-05-01", 92.5, &error));
  g_assert_no_error (error);
  {
    g_autoptr (QsIndicatorFigure) figure = compute_own (fixture, calls);

    g_assert_cmpfloat (figure->value, ==, 92.5);
    g_assert_cmpint (qs_indicator_figure_get_n_requests (figure), ==, -1);
  }
  g_assert_true (qs_indicator_desk_set_value (fixture->store, calls, "2026-05-01", NAN, &error));
  {
    g_autoptr (QsIndicatorFigure) figure = compute_own (fixture, calls);

    g_assert_true (isnan (figure->value));
  }
  /* Counted indicators take no value typed in; a day must be a day. */
  g_assert_false (qs_indicator_desk_set_value (fixture->store, email, "2026-05-01", 3, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (qs_indicator_desk_set_value (fixture->store, calls, "May", 3, &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
}

/* An indicator of one's own that keeps every request of its measure
 * says what the built-in figure says, and opens as many requests: for
 * each built-in figure of the department counted over requests, in May. */
static void
test_own_unfiltered (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) figures =
    compute (fixture, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00");
  guint n_compared = 0;

  for (guint i = 0; i < figures->len; i++)
    {
      QsIndicatorFigure *built_in = g_ptr_array_index (figures, i);
      g_autoptr (QsIndicator) indicator = NULL;
      g_autoptr (QsIndicatorFigure) figure = NULL;
      g_autofree char *ref = NULL;

      /* Of a person, a team or a commitment; or not counted over requests. */
      if (built_in->subject_id != NULL || qs_indicator_figure_get_n_requests (built_in) < 0)
        continue;
      indicator = own (fixture, "All", built_in->measure, NULL, NULL);
      figure = compute_own (fixture, indicator);
      ref = qs_indicator_figure_requests_ref (figure);
      g_test_message ("%s", qs_enum_nick (QS_TYPE_MEASURE, built_in->measure));
      if (isnan (built_in->value))
        g_assert_true (isnan (figure->value));
      else
        g_assert_cmpfloat_with_epsilon (figure->value, built_in->value, 1e-9);
      g_assert_cmpint (qs_indicator_figure_get_n_requests (figure), ==,
                       qs_indicator_figure_get_n_requests (built_in));
      g_assert_cmpuint (
        count_behind (fixture, ref, "2026-05-01T00:00:00-04:00", "2026-06-01T00:00:00-04:00"), ==,
        qs_indicator_figure_get_n_requests (figure));
      n_compared++;
    }
  /* Received, resolved, open, overdue, complaints received and resolved,
   * kept, reopened, four times, response rate. */
  g_assert_cmpuint (n_compared, ==, 13);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/indicator-figures/requests-behind", Fixture, NULL, set_up, test_requests_behind,
              qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/complaint-breakdown", Fixture, NULL, set_up,
              test_complaint_breakdown, qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/own", Fixture, NULL, set_up, test_own_indicators,
              qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/own-unfiltered", Fixture, NULL, set_up, test_own_unfiltered,
              qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/rejected-not-counted", Fixture, NULL, set_up,
              test_rejected_not_counted, qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/month", Fixture, NULL, set_up, test_month,
              qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/period-not-over", Fixture, NULL, set_up, test_period_not_over,
              qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/reopened-once", Fixture, NULL, set_up, test_reopened_once,
              qs_requests_fixture_tear_down);
  g_test_add ("/indicator-figures/measured-when-missing", Fixture, NULL, set_up,
              test_measured_when_missing, qs_requests_fixture_tear_down);
  return g_test_run ();
}
