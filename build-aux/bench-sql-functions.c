/* bench-sql-functions.c — QualServ's SQL aggregates as an SQLite extension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the sqlite3 shell in build-aux/bench-indicators.sh, which runs the
 * dashboard's SQL as the application does:
 *   .load BUILD_DIR/build-aux/libbench-sql-functions
 * The function itself is the application's (src/store/qs-sql-percentile.c),
 * linked against the same libsqlite3 as the shell.
 */
#include "qs-sql-percentile.h"

int sqlite3_benchsqlfunctions_init (sqlite3 *db, char **message, const void *api);

int
sqlite3_benchsqlfunctions_init (sqlite3 *db, char **message, const void *api)
{
  return qs_sql_percentile_register (db);
}
