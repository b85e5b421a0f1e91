/* test-demo-clock.c — the demo's due dates are those the business clock gives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request of the demo is due when the charter's delay, counted by the
 * application's clock from its reception, runs out (moved by its pauses
 * and extensions, which this test leaves aside): recomputing the due date
 * with qs_deadline_due() on the calendar as saved must give back what the
 * demo stored, to the microsecond, in both languages' calendars. The
 * example is built around the store's clock, which the test pins.
 */
#include <sqlite3.h>
#include <string.h>

#include "qs-calendar-repository.h"
#include "qs-deadline.h"
#include "qs-demo.h"
#include "qs-store-private.h"

#include "qs-test-util.h"

static QsDurationUnit
unit_from_text (const char *text)
{
  static const char *units[] = { "business-hours", "business-days", "hours", "days", "seconds" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (text, units[i]))
      return (QsDurationUnit) i;
  g_assert_not_reached ();
}

/* Checks every due date of @column against its commitment. Returns how
 * many were checked; adds to @from_opening how many of them started at an
 * opening (received while the office was closed) with a whole number of
 * business days to run. */
static guint
check_due_dates (QsStore         *store,
                 QsBusinessHours *hours,
                 const char      *column,
                 const char      *commitment_column,
                 guint           *from_opening)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT r.received_at, r.%s, c.target_value, c.target_unit FROM requests AS r "
                     "JOIN commitments AS c ON c.id = r.%s "
                     "WHERE r.%s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM request_events AS e "
                     "WHERE e.request_id = r.id AND e.kind IN ('pause', 'extension'))",
                     column, commitment_column, column);
  sqlite3_stmt *stmt = NULL;
  guint         checked = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (qs_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64         received = sqlite3_column_int64 (stmt, 0);
      gint64         stored = sqlite3_column_int64 (stmt, 1);
      double         value = sqlite3_column_double (stmt, 2);
      QsDurationUnit unit = unit_from_text ((const char *) sqlite3_column_text (stmt, 3));
      gint64         due = qs_deadline_due (hours, received, value, unit);

      if (due != stored)
        g_error ("%s: received %" G_GINT64_FORMAT ", %g %d: stored %" G_GINT64_FORMAT
                 ", the clock says %" G_GINT64_FORMAT,
                 column, received, value, unit, stored, due);
      checked++;

      /* Every day of the example calendar is two ranges of 3 h 30 (the
       * half days keep the morning), so whole days counted from an
       * opening end when a range closes. */
      if (unit == QS_DURATION_UNIT_BUSINESS_DAYS && value == (gint64) value &&
          !qs_business_hours_is_open (hours, received))
        {
          if (qs_business_hours_is_open (hours, stored) ||
              !qs_business_hours_is_open (hours, stored - 1))
            g_error ("%s: received while closed at %" G_GINT64_FORMAT
                     ", %g business days: due at %" G_GINT64_FORMAT ", not when a range closes",
                     column, received, value, stored);
          (*from_opening)++;
        }
    }
  sqlite3_finalize (stmt);
  return checked;
}

static void
test_due_dates (gconstpointer data)
{
  QsLanguage       language = GPOINTER_TO_INT (data);
  g_autofree char *dir = qs_test_make_tmp_dir ("test-demo-clock-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr (QsStore) store = qs_test_open_store (path);
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autoptr (GError) error = NULL;
  QsDemoOptions options;
  guint         from_opening = 0;

  qs_demo_options_init (&options);
  options.n_requests = 1500;
  options.seed = 3;
  options.language = language;
  g_assert_true (qs_demo_fill (store, &options, &error));
  g_assert_no_error (error);

  hours = qs_calendar_repository_load_hours (store, "default", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (
    check_due_dates (store, hours, "ack_due_at", "ack_commitment_id", &from_opening), >, 500);
  g_assert_cmpuint (
    check_due_dates (store, hours, "resolution_due_at", "commitment_id", &from_opening), >, 500);
  /* The example (pinned to the tests' "now" by the store's clock) has
   * requests of both kinds: counted from their reception and from the
   * next opening. */
  g_assert_cmpuint (from_opening, >, 0);

  g_clear_object (&store);
  qs_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/demo-clock/due-dates/en", GINT_TO_POINTER (QS_LANGUAGE_EN),
                        test_due_dates);
  g_test_add_data_func ("/demo-clock/due-dates/fr", GINT_TO_POINTER (QS_LANGUAGE_FR),
                        test_due_dates);

  return g_test_run ();
}
