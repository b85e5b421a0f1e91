/* test-escalation.c — who an overdue request goes to, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar is Toronto's office, open Monday to Friday 08:30–12:00 and
 * 13:00–16:30: a business day is 7 h. Every instant carries its offset,
 * every level and sentence is worked out by hand; the sentences are the
 * English ones (the test pins its language).
 */
#include "qs-entities.h"
#include "qs-escalation.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

/* Due Thursday 30 April 2026 at closing time. */
#define DUE "2026-04-30T16:30:00-04:00"

static QsBusinessHours *
office (void)
{
  g_autoptr (GError) error = NULL;
  QsBusinessHours *hours = qs_business_hours_new ("America/Toronto", QS_TEST_OFFICE_HOURS, &error);

  g_assert_no_error (error);
  return hours;
}

static QsEscalationLevel
level_at (QsBusinessHours *hours, QsRequestStatus status, const char *now)
{
  return qs_escalation_level_due (hours, status, qs_test_instant (DUE), qs_test_instant (now));
}

static void
test_clock_runs (void)
{
  static const struct
  {
    QsRequestStatus status;
    gboolean        runs;
  } expected[] = {
    { QS_REQUEST_STATUS_RECEIVED, TRUE },    { QS_REQUEST_STATUS_ACKNOWLEDGED, TRUE },
    { QS_REQUEST_STATUS_IN_ANALYSIS, TRUE }, { QS_REQUEST_STATUS_WAITING_ON_CLIENT, FALSE },
    { QS_REQUEST_STATUS_RESOLVED, FALSE },   { QS_REQUEST_STATUS_CLIENT_INFORMED, FALSE },
    { QS_REQUEST_STATUS_CLOSED, FALSE },     { QS_REQUEST_STATUS_REOPENED, TRUE },
    { QS_REQUEST_STATUS_REJECTED, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (qs_escalation_clock_runs (expected[i].status), ==, expected[i].runs);
}

/* The level at each step of the lateness of one request. */
static void
test_level_steps (void)
{
  g_autoptr (QsBusinessHours) hours = office ();

  /* Not due yet, and due this very instant: not late. */
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_IN_ANALYSIS, "2026-04-30T16:29:00-04:00"), ==,
                   QS_ESCALATION_LEVEL_NONE);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_IN_ANALYSIS, DUE), ==,
                   QS_ESCALATION_LEVEL_NONE);
  /* A minute past due, the office closed: late by no business time, yet
   * late: the owner of the commitment. */
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_IN_ANALYSIS, "2026-04-30T16:31:00-04:00"), ==,
                   QS_ESCALATION_LEVEL_OWNER);
  /* Friday at closing: late by exactly one business day (7 h), not more. */
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_IN_ANALYSIS, "2026-05-01T16:30:00-04:00"), ==,
                   QS_ESCALATION_LEVEL_OWNER);
  /* The week-end does not count: still 7 h late on Sunday. */
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_IN_ANALYSIS, "2026-05-03T12:00:00-04:00"), ==,
                   QS_ESCALATION_LEVEL_OWNER);
  /* Monday 08:31: 7 h 01 late, more than a business day: the manager. */
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_IN_ANALYSIS, "2026-05-04T08:31:00-04:00"), ==,
                   QS_ESCALATION_LEVEL_MANAGER);
  /* The same instant in UTC is the same instant. */
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_IN_ANALYSIS, "2026-05-04T12:31:00Z"), ==,
                   QS_ESCALATION_LEVEL_MANAGER);
}

/* Only a request whose clock runs is late; one without a due date never is. */
static void
test_level_by_status (void)
{
  g_autoptr (QsBusinessHours) hours = office ();
  const char *much_later = "2026-05-20T10:00:00-04:00";

  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_RECEIVED, much_later), ==,
                   QS_ESCALATION_LEVEL_MANAGER);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_ACKNOWLEDGED, much_later), ==,
                   QS_ESCALATION_LEVEL_MANAGER);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_REOPENED, much_later), ==,
                   QS_ESCALATION_LEVEL_MANAGER);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_WAITING_ON_CLIENT, much_later), ==,
                   QS_ESCALATION_LEVEL_NONE);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_RESOLVED, much_later), ==,
                   QS_ESCALATION_LEVEL_NONE);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_CLIENT_INFORMED, much_later), ==,
                   QS_ESCALATION_LEVEL_NONE);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_CLOSED, much_later), ==,
                   QS_ESCALATION_LEVEL_NONE);
  g_assert_cmpint (level_at (hours, QS_REQUEST_STATUS_REJECTED, much_later), ==,
                   QS_ESCALATION_LEVEL_NONE);
  g_assert_cmpint (
    qs_escalation_level_due (hours, QS_REQUEST_STATUS_IN_ANALYSIS, 0, qs_test_instant (much_later)),
    ==, QS_ESCALATION_LEVEL_NONE);
}

/* A calendar never open has no business day: a late request stays with
 * the owner. */
static void
test_level_never_open (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBusinessHours) closed = qs_business_hours_new ("America/Toronto", "", &error);

  g_assert_no_error (error);
  g_assert_cmpint (qs_business_hours_get_day_length (closed), ==, 0);
  g_assert_cmpint (level_at (closed, QS_REQUEST_STATUS_IN_ANALYSIS, "2026-06-30T10:00:00-04:00"),
                   ==, QS_ESCALATION_LEVEL_OWNER);
}

static QsClient *
person (const char *given, const char *family, const char *email)
{
  QsClient *client = qs_client_new ();

  qs_entity_set_string (QS_ENTITY (client), QS_CLIENT_FIELD_GIVEN_NAME, given);
  qs_entity_set_string (QS_ENTITY (client), QS_CLIENT_FIELD_FAMILY_NAME, family);
  qs_entity_set_string (QS_ENTITY (client), QS_CLIENT_FIELD_EMAIL, email);
  return client;
}

static void
test_owner_id (void)
{
  g_autoptr (QsCommitment) commitment = qs_commitment_new ();
  g_autoptr (QsCharter) charter = qs_charter_new ();

  qs_entity_set_string (QS_ENTITY (charter), QS_CHARTER_FIELD_OWNER_ID, "charter-owner");
  g_assert_null (qs_escalation_owner_id (NULL, NULL));
  g_assert_null (qs_escalation_owner_id (commitment, NULL));
  g_assert_cmpstr (qs_escalation_owner_id (commitment, charter), ==, "charter-owner");
  qs_entity_set_string (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_OWNER_ID, "commitment-owner");
  g_assert_cmpstr (qs_escalation_owner_id (commitment, charter), ==, "commitment-owner");
  g_assert_cmpstr (qs_escalation_owner_id (commitment, NULL), ==, "commitment-owner");
}

/* The person at each level: the owner, else the manager, else no one. */
static void
test_describe (void)
{
  g_autoptr (QsClient) nadia = person ("Nadia", "Roy", "nadia.roy@example.org");
  g_autoptr (QsClient) luc = person ("Luc", "Gagnon", NULL);
  g_autoptr (QsClient) nameless = person (NULL, NULL, "accueil@example.org");
  g_autoptr (QsClient) unknown = person (NULL, NULL, NULL);
  g_autoptr (QsDepartment) hr = qs_department_new ();
  const char *no_one = "No one: the commitment has no owner and the department no manager";
  char       *text;

  qs_entity_set_string (QS_ENTITY (hr), QS_DEPARTMENT_FIELD_NAME, "Human Resources");

#define ASSERT_DESCRIBES(level, owner, manager, department, expected)                              \
  G_STMT_START                                                                                     \
  {                                                                                                \
    text = qs_escalation_describe (level, owner, manager, department);                             \
    g_assert_cmpstr (text, ==, expected);                                                          \
    g_free (text);                                                                                 \
  }                                                                                                \
  G_STMT_END

  /* Not escalated: no one to name. */
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_NONE, nadia, luc, hr, NULL);
  g_assert_false (qs_escalation_goes_to_manager (QS_ESCALATION_LEVEL_NONE, nadia));

  /* Level 1: the owner of the commitment, by name, else by address. */
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_OWNER, nadia, luc, hr,
                    "Nadia Roy (owner of the commitment)");
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_OWNER, nameless, luc, hr,
                    "accueil@example.org (owner of the commitment)");
  g_assert_false (qs_escalation_goes_to_manager (QS_ESCALATION_LEVEL_OWNER, nadia));

  /* Level 1 without an owner, or with one who cannot be named: the manager. */
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_OWNER, NULL, luc, hr,
                    "Luc Gagnon (manager of Human Resources)");
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_OWNER, unknown, luc, hr,
                    "Luc Gagnon (manager of Human Resources)");
  g_assert_true (qs_escalation_goes_to_manager (QS_ESCALATION_LEVEL_OWNER, NULL));
  g_assert_true (qs_escalation_goes_to_manager (QS_ESCALATION_LEVEL_OWNER, unknown));

  /* Level 2: the manager, even when the commitment has an owner. */
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_MANAGER, nadia, luc, hr,
                    "Luc Gagnon (manager of Human Resources)");
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_MANAGER, nadia, nameless, hr,
                    "accueil@example.org (manager of Human Resources)");
  g_assert_true (qs_escalation_goes_to_manager (QS_ESCALATION_LEVEL_MANAGER, nadia));

  /* No manager, or no department: no one. */
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_MANAGER, nadia, NULL, hr, no_one);
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_MANAGER, nadia, unknown, hr, no_one);
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_OWNER, NULL, NULL, hr, no_one);
  ASSERT_DESCRIBES (QS_ESCALATION_LEVEL_OWNER, NULL, luc, NULL, no_one);

#undef ASSERT_DESCRIBES
}

int
main (int argc, char *argv[])
{
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/escalation/clock-runs", test_clock_runs);
  g_test_add_func ("/escalation/level-steps", test_level_steps);
  g_test_add_func ("/escalation/level-by-status", test_level_by_status);
  g_test_add_func ("/escalation/level-never-open", test_level_never_open);
  g_test_add_func ("/escalation/owner-id", test_owner_id);
  g_test_add_func ("/escalation/describe", test_describe);

  return g_test_run ();
}
