/* qs-cli-check.c — qualserv-cli check (being written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-cli.h"

int
qs_cli_check (QsCliContext *ctx, int argc, char **argv)
{
  return qs_cli_usage_error ("check", "not written yet");
}
