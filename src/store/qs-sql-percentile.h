/* qs-sql-percentile.h — the percentile aggregate SQL queries call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

/* Adds qs_percentile() to @db: an SQLite result code. */
int qs_sql_percentile_register (sqlite3 *db);
