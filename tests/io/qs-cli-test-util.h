/* qs-cli-test-util.h — running qualserv-cli commands inside a test program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-cli.h"

G_BEGIN_DECLS

typedef int (*QsCliCommand) (QsCliOptions *cli,
                             int           argc,
                             char        **argv);

int  qs_test_run_cli          (QsCliCommand       command,
                               const char        *db_path,
                               const char *const *argv);
void qs_test_assert_cli_error (const char        *stderr_pattern);

G_END_DECLS
/* clang-format on */
