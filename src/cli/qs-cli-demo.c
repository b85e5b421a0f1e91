/* qs-cli-demo.c — qualserv-cli demo (being written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-cli.h"

int
qs_cli_demo (QsCliContext *ctx, int argc, char **argv)
{
  return qs_cli_usage_error ("demo", "not written yet");
}
