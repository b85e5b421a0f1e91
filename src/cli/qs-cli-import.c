/* qs-cli-import.c — qualserv-cli import (being written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-cli.h"

int
qs_cli_import (QsCliContext *ctx, int argc, char **argv)
{
  return qs_cli_usage_error ("import", "not written yet");
}
