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

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-context.h"
#include "qs-enums.h"

G_BEGIN_DECLS

/* What the command line says before the command's name. */
typedef struct
{
  const char *db_path;   /* --db, or NULL for the default database */
  QsClock    *clock;     /* what "now" is, or NULL for the wall clock */
} QsCliOptions;

/* The context a command works in, on the database it names: the same
 * QsContext as the window's, without settings. Prints the error and
 * returns NULL when the database cannot be opened. */
QsContext *qs_cli_open_context (QsCliOptions *cli,
                                gboolean      writable);
/* The same for a command that only reads: a database that is not there is
 * a usage error naming @command, not an empty database created. */
QsContext *qs_cli_open_existing_context (QsCliOptions *cli,
                                         const char   *command);
int      qs_cli_fail          (GError       *error);
/* fr or en, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG; en by default. */
QsLanguage qs_cli_environment_language (void);
int      qs_cli_usage_error   (const char   *command,
                               const char   *message);
/* The instants of --from (its first) and --to (the first after it), days
 * of @zone; 0 for an option not given. FALSE after a usage error naming
 * @command when one is no date. */
gboolean qs_cli_read_period   (const char   *command,
                               const char   *from_date,
                               const char   *to_date,
                               GTimeZone    *zone,
                               gint64       *from,
                               gint64       *to);

int      qs_cli_demo          (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_check         (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_export        (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_import        (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_publish       (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_alerts        (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_calendars     (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_due           (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_search        (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_feedback      (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_survey        (QsCliOptions *cli, int argc, char **argv);
int      qs_cli_report        (QsCliOptions *cli, int argc, char **argv);

int      qs_cli_main          (int           argc,
                               char        **argv);

G_END_DECLS
/* clang-format on */
