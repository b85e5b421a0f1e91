/* qs-cli-test-util.c — running qualserv-cli commands inside a test program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-cli-test-util.h"
#include "qs-test-util.h"

/* Runs @command on the database at @db_path with the NULL-terminated
 * @argv (its name first), as qualserv-cli would; returns the exit status. */
int
qs_test_run_cli (QsCliCommand command, const char *db_path, const char *const *argv)
{
  g_autoptr (QsClock) clock = qs_clock_new_fixed (qs_test_now ());
  QsCliOptions cli = { db_path, clock };

  return command (&cli, g_strv_length ((char **) argv), (char **) argv);
}

/* Runs the current test again in a subprocess, whose part is to run a
 * command that fails, and checks what a user sees: nothing on stdout and
 * one sentence, on one line, matching @stderr_pattern on stderr. */
void
qs_test_assert_cli_error (const char *stderr_pattern)
{
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr (stderr_pattern);
  g_test_trap_assert_stderr_unmatched ("*\n*\n*");
}
