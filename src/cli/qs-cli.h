/* qs-cli.h — qualserv-cli: the commands and what they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command is a function taking the options that follow its name.
 * It returns the exit status: 0 on success, 1 on a user error after
 * printing one sentence on stderr naming the file, line or field at fault.
 * Output meant for programs (JSON, CSV) is never localised.
 */
#pragma once

#include "qs-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *db_path;   /* --db, or NULL for the default database */
  QsClock    *clock;     /* what "now" is, or NULL for the wall clock */
} QsCliContext;

/* Opens the database the command works on; prints the error and returns NULL. */
QsStore *qs_cli_open_store    (QsCliContext *ctx,
                               gboolean      writable);
/* The same for a command that only reads: a database that is not there is
 * a usage error naming @command, not an empty database created. */
QsStore *qs_cli_open_existing_store (QsCliContext *ctx,
                                     const char   *command);
int      qs_cli_fail          (GError       *error);
int      qs_cli_usage_error   (const char   *command,
                               const char   *message);

int      qs_cli_demo          (QsCliContext *ctx, int argc, char **argv);
int      qs_cli_check         (QsCliContext *ctx, int argc, char **argv);
int      qs_cli_export        (QsCliContext *ctx, int argc, char **argv);
int      qs_cli_import        (QsCliContext *ctx, int argc, char **argv);
int      qs_cli_publish       (QsCliContext *ctx, int argc, char **argv);
int      qs_cli_due           (QsCliContext *ctx, int argc, char **argv);
int      qs_cli_search        (QsCliContext *ctx, int argc, char **argv);

int      qs_cli_main          (int           argc,
                               char        **argv);

G_END_DECLS
