/* qs-cli-export.c — qualserv-cli export (being written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-cli.h"

int
qs_cli_export (QsCliContext *ctx, int argc, char **argv)
{
  return qs_cli_usage_error ("export", "not written yet");
}
