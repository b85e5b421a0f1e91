/* qualserv-cli.c — the command-line tool: QualServ's data without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-cli.h"

int
main (int argc, char *argv[])
{
  return qs_cli_main (argc, argv);
}
