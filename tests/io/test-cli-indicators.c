/* test-cli-indicators.c — one figure, three readers: the store, `report indicators`, a publication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation of requests-fixture.h (Human Resources RH promises to
 * acknowledge an e-mail within 24 business hours, 90 % of the time). In
 * August 2026 three e-mails are acknowledged, two in time; a fourth is
 * never acknowledged. Now is 18 November 2026 (qs_test_now()): the last
 * complete quarter, the one a publication reports, is July–September.
 */
#include <string.h>
#include <time.h>

#include "qs-charter-publication-private.h"
#include "qs-charter-publication.h"
#include "qs-cli-test-util.h"
#include "qs-indicator-figures.h"
#include "qs-repository.h"
#include "qs-request-repository.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

typedef QsRequestsFixture Fixture;

static void
receive (Fixture *fixture, const char *when, const char *acknowledged)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsRequest) request = NULL;
  QsNewRequest input = {
    .client_id = fixture->client_en_id,
    .department_id = fixture->department_id,
    .channel = QS_CHANNEL_EMAIL,
    .kind = QS_REQUEST_KIND_REQUEST,
    .priority = QS_PRIORITY_NORMAL,
    .subject = "Pay slip",
    .received_at = qs_test_instant (when),
  };

  request = qs_request_desk_create (fixture->desk, &input, "Reception", input.received_at, &error);
  g_assert_no_error (error);
  if (acknowledged != NULL)
    g_assert_true (qs_request_repository_apply (fixture->store, request,
                                                QS_REQUEST_ACTION_ACKNOWLEDGE, NULL, "Nadia Roy",
                                                qs_test_instant (acknowledged), &error));
  g_assert_no_error (error);
}

static void
set_up (Fixture *fixture, gconstpointer data)
{
  qs_requests_fixture_set_up (fixture, data);
  qs_test_pin_clock (fixture->store, qs_test_now ());
  receive (fixture, "2026-08-03T09:00:00-04:00", "2026-08-03T10:00:00-04:00");
  receive (fixture, "2026-08-04T09:00:00-04:00", "2026-08-05T09:00:00-04:00");
  /* Acknowledged after 31.5 business hours: late. */
  receive (fixture, "2026-08-10T09:00:00-04:00", "2026-08-14T09:00:00-04:00");
  receive (fixture, "2026-08-17T09:00:00-04:00", NULL);
}

/* The acknowledgement commitment's compliance over the quarter, from the store. */
static QsIndicatorFigure *
store_figure (Fixture *fixture, GPtrArray **figures)
{
  g_autoptr (GError) error = NULL;

  *figures = qs_indicator_figures_compute (
    fixture->store, fixture->department_id, qs_test_instant ("2026-07-01T00:00:00-04:00"),
    qs_test_instant ("2026-10-01T00:00:00-04:00"), QS_LANGUAGE_EN, QS_INDICATOR_MIN_COUNT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < (*figures)->len; i++)
    {
      QsIndicatorFigure *figure = g_ptr_array_index (*figures, i);

      if (figure->measure == QS_MEASURE_COMPLIANCE &&
          g_strcmp0 (figure->subject_id, fixture->ack_commitment_id) == 0)
        return figure;
    }
  g_assert_not_reached ();
}

static void
test_three_readers_agree (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) figures = NULL;
  QsIndicatorFigure *figure = store_figure (fixture, &figures);

  /* Counted by hand: 2 in time of 4, the fourth long past its due date. */
  g_assert_cmpint (figure->numerator, ==, 2);
  g_assert_cmpint (figure->denominator, ==, 4);
  g_assert_cmpfloat (figure->value, ==, 50);

  if (g_test_subprocess ())
    {
      const char *argv[] = { "report", "indicators", "--provider", "RH",   "--from", "2026-07-01",
                             "--to",   "2026-09-30", "--format",   "json", NULL };

      qs_test_use_english_utf8 ();
      g_assert_cmpint (qs_test_run_cli (qs_cli_report, fixture->path, argv), ==, 0);
      return;
    }
  /* The child has a fixture of its own, ids and all: the commitment is
   * the first figure, as its place in the charter is. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (
    "{\"indicators\": [\n  {\"provider\": \"RH\", \"indicator\": \"compliance:*\", "
    "\"measure\": \"compliance\", \"subject\": \"We answer within the stated delay\", "
    "\"period_start\": \"2026-07-01\", \"period_end\": \"2026-09-30\", \"value\": 50.0, "
    "\"numerator\": 2, \"denominator\": 4, \"target\": 90.0, "
    "\"direction\": \"higher-is-better\", \"unit\": \"percent\", "
    "\"status\": \"not-enough-data\"},\n*");

  /* The publication's "achieved" line says the same figure. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (QsCharter) charter = NULL;
    g_autoptr (QsCharterPublication) publication = NULL;
    g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
    g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
    g_autoptr (GDateTime) start = g_date_time_new (zone, 2026, 7, 1, 0, 0, 0);
    g_autoptr (GDateTime) end = g_date_time_new (zone, 2026, 10, 1, 0, 0, 0);
    g_autoptr (GDateTime) now = g_date_time_new_from_unix_utc (qs_test_now () / G_USEC_PER_SEC);
    g_autofree char     *period = qs_publication_format_period (start, end, QS_LANGUAGE_EN);
    g_autofree char     *html = NULL;
    g_autofree char     *sentence = NULL;
    g_autofree char     *escaped = NULL;
    QsPublicationOutcome outcome;

    charter = QS_CHARTER (qs_repository_find (
      qs_store_get_repository (fixture->store, QS_TYPE_CHARTER), fixture->charter_id, &error));
    g_assert_no_error (error);
    publication = qs_charter_publication_new (fixture->store, charter, QS_LANGUAGE_EN, now, &error);
    g_assert_no_error (error);
    g_assert_true (qs_charter_publication_write_html (publication, stream, &error));
    g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
    g_assert_true (g_output_stream_close (stream, NULL, &error));
    html = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
    sentence = qs_publication_achieved_sentence (period, figure->value, figure->denominator,
                                                 figure->target, QS_LANGUAGE_EN, &outcome);
    escaped = g_markup_escape_text (sentence, -1);
    if (strstr (html, escaped) == NULL)
      g_error ("“%s” is not in the publication:\n%s", escaped, html);
  }
}

int
main (int argc, char *argv[])
{
  g_setenv ("TZ", "America/Toronto", TRUE);
  tzset ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-indicators/three-readers-agree", Fixture, NULL, set_up,
              test_three_readers_agree, qs_requests_fixture_tear_down);
  return g_test_run ();
}
