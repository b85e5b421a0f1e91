/* test-request-lifecycle.c — every allowed and refused transition of a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "qs-handling-guide.h"
#include "qs-request-lifecycle.h"

#define N_STATUSES (QS_REQUEST_STATUS_REJECTED + 1)

/* The table of ISO 10002 as the issue states it, written out by hand:
 * for each action, the statuses it may start from. */
static const struct
{
  QsRequestAction action;
  QsRequestStatus target;
  gboolean        needs_text;
  const char     *name;
  const char     *label;
  QsRequestStatus from[6];
  guint           n_from;
} expected[] = {
  { QS_REQUEST_ACTION_ACKNOWLEDGE,
    QS_REQUEST_STATUS_ACKNOWLEDGED,
    FALSE,
    "acknowledge",
    "Acknowledge",
    { QS_REQUEST_STATUS_RECEIVED },
    1 },
  { QS_REQUEST_ACTION_START_ANALYSIS,
    QS_REQUEST_STATUS_IN_ANALYSIS,
    FALSE,
    "start-analysis",
    "Start Analysis",
    { QS_REQUEST_STATUS_ACKNOWLEDGED, QS_REQUEST_STATUS_REOPENED },
    2 },
  { QS_REQUEST_ACTION_WAIT_ON_CLIENT,
    QS_REQUEST_STATUS_WAITING_ON_CLIENT,
    FALSE,
    "wait-on-client",
    "Wait on Client",
    { QS_REQUEST_STATUS_IN_ANALYSIS },
    1 },
  { QS_REQUEST_ACTION_RESUME,
    QS_REQUEST_STATUS_IN_ANALYSIS,
    FALSE,
    "resume",
    "Resume",
    { QS_REQUEST_STATUS_WAITING_ON_CLIENT },
    1 },
  { QS_REQUEST_ACTION_RESOLVE,
    QS_REQUEST_STATUS_RESOLVED,
    TRUE,
    "resolve",
    "Resolve",
    { QS_REQUEST_STATUS_IN_ANALYSIS },
    1 },
  { QS_REQUEST_ACTION_INFORM_CLIENT,
    QS_REQUEST_STATUS_CLIENT_INFORMED,
    FALSE,
    "inform-client",
    "Inform Client",
    { QS_REQUEST_STATUS_RESOLVED },
    1 },
  { QS_REQUEST_ACTION_CLOSE,
    QS_REQUEST_STATUS_CLOSED,
    FALSE,
    "close",
    "Close",
    { QS_REQUEST_STATUS_CLIENT_INFORMED },
    1 },
  { QS_REQUEST_ACTION_REOPEN,
    QS_REQUEST_STATUS_REOPENED,
    TRUE,
    "reopen",
    "Reopen",
    { QS_REQUEST_STATUS_RESOLVED, QS_REQUEST_STATUS_CLIENT_INFORMED, QS_REQUEST_STATUS_CLOSED,
      QS_REQUEST_STATUS_REJECTED },
    4 },
  { QS_REQUEST_ACTION_REJECT,
    QS_REQUEST_STATUS_REJECTED,
    TRUE,
    "reject",
    "Reject",
    { QS_REQUEST_STATUS_RECEIVED, QS_REQUEST_STATUS_ACKNOWLEDGED, QS_REQUEST_STATUS_IN_ANALYSIS,
      QS_REQUEST_STATUS_WAITING_ON_CLIENT, QS_REQUEST_STATUS_REOPENED },
    5 },
};

static void
test_every_transition (void)
{
  guint n_allowed = 0;

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, QS_REQUEST_N_ACTIONS);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      for (guint status = 0; status < N_STATUSES; status++)
        {
          gboolean want = FALSE;

          for (guint j = 0; j < expected[i].n_from; j++)
            want |= expected[i].from[j] == status;

          if (qs_request_action_is_allowed (expected[i].action, status) != want)
            g_error ("%s from status %u: expected %s", expected[i].name, status,
                     want ? "allowed" : "refused");
          n_allowed += want;
        }
      g_assert_cmpint (qs_request_action_get_target (expected[i].action), ==, expected[i].target);
      g_assert_cmpint (qs_request_action_needs_text (expected[i].action), ==,
                       expected[i].needs_text);
      g_assert_cmpstr (qs_request_action_get_name (expected[i].action), ==, expected[i].name);
      g_assert_cmpstr (qs_request_action_get_label (expected[i].action), ==, expected[i].label);
    }

  /* 17 arrows in the diagram, 9 × 9 − 17 = 64 refused pairs. */
  g_assert_cmpuint (n_allowed, ==, 17);
}

static void
test_closing_needs_inform (void)
{
  /* The client-informed step cannot be skipped. */
  g_assert_false (
    qs_request_action_is_allowed (QS_REQUEST_ACTION_CLOSE, QS_REQUEST_STATUS_RESOLVED));
  g_assert_false (
    qs_request_action_is_allowed (QS_REQUEST_ACTION_CLOSE, QS_REQUEST_STATUS_IN_ANALYSIS));
  g_assert_true (
    qs_request_action_is_allowed (QS_REQUEST_ACTION_CLOSE, QS_REQUEST_STATUS_CLIENT_INFORMED));
  /* A rejected request is reopened, not rejected again. */
  g_assert_false (
    qs_request_action_is_allowed (QS_REQUEST_ACTION_REJECT, QS_REQUEST_STATUS_REJECTED));
  g_assert_false (
    qs_request_action_is_allowed (QS_REQUEST_ACTION_REJECT, QS_REQUEST_STATUS_RESOLVED));
}

static void
test_open_statuses (void)
{
  for (guint status = 0; status < N_STATUSES; status++)
    g_assert_cmpint (qs_request_status_is_open (status), ==,
                     status != QS_REQUEST_STATUS_CLOSED && status != QS_REQUEST_STATUS_REJECTED);
}

static void
test_guide_round_trip (void)
{
  g_autofree char *none = qs_handling_guide_to_string (0);
  g_autofree char *two = NULL;
  g_autofree char *all = NULL;
  guint            done;

  g_assert_null (none);
  g_assert_cmpuint (qs_handling_guide_parse (NULL), ==, 0);
  g_assert_cmpuint (qs_handling_guide_parse (""), ==, 0);

  /* Stored in step order whatever the order of ticking, unknown nicks ignored. */
  done = qs_handling_guide_parse ("feelings, listened,unknown");
  g_assert_cmpuint (done, ==, (1u << QS_GUIDE_STEP_LISTENED) | (1u << QS_GUIDE_STEP_FEELINGS));
  two = qs_handling_guide_to_string (done);
  g_assert_cmpstr (two, ==, "listened,feelings");

  all = qs_handling_guide_to_string ((1u << QS_GUIDE_N_STEPS) - 1);
  g_assert_cmpstr (all, ==, "listened,feelings,apology,options,steps-told,follow-up,confirmed");
  g_assert_cmpuint (qs_handling_guide_parse (all), ==, (1u << QS_GUIDE_N_STEPS) - 1);

  for (guint step = 0; step < QS_GUIDE_N_STEPS; step++)
    {
      g_assert_true (strlen (qs_guide_step_get_label (step)) > 0);
      g_assert_true (g_str_has_suffix (qs_guide_step_get_hint (step), "."));
    }
  g_assert_cmpstr (qs_guide_step_get_label (QS_GUIDE_STEP_LISTENED), ==,
                   "Listened and rephrased to confirm");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/request-lifecycle/every-transition", test_every_transition);
  g_test_add_func ("/request-lifecycle/closing-needs-inform", test_closing_needs_inform);
  g_test_add_func ("/request-lifecycle/open-statuses", test_open_statuses);
  g_test_add_func ("/handling-guide/round-trip", test_guide_round_trip);

  return g_test_run ();
}
