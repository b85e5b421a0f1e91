/* qs-business-hours-private.h — what the clock and its parser share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"

G_BEGIN_DECLS

#define MAX_RANGES 8
#define DAY_SECONDS 86400
#define USEC G_GINT64_CONSTANT (1000000)
#define BLOCK_MAX_TRANSITIONS 8
#define N_SLOTS 32
/* 1970-01-01 as a GDate Julian day. */
#define UNIX_EPOCH_JULIAN 719163

typedef struct
{
  gint32 start;   /* seconds since local midnight */
  gint32 end;     /* up to 86400 */
} Range;

typedef struct
{
  guint  n;
  Range  ranges[MAX_RANGES];
} DayHours;

typedef struct
{
  gint32    day;    /* days since 1970-01-01, local */
  DayHours  hours;
  char     *name;
} Exception;

typedef struct
{
  gint64  block;
  gint32  offset0;
  guint   n;
  gint64  at[BLOCK_MAX_TRANSITIONS];
  gint32  offset[BLOCK_MAX_TRANSITIONS];
} Block;

struct _QsBusinessHours
{
  gatomicrefcount  ref_count;
  GTimeZone       *zone;
  DayHours         week[7];      /* 0 = Monday */
  gint64           week_total;   /* µs of one plain week */
  gint64           day_length;
  GArray          *exceptions;   /* Exception, sorted by day */
  GHashTable      *blocks;       /* gint64* block → Block* */
  GArray          *table;        /* gint64: business time from table_first to each day */
  gint64           table_first;
  Block           *slots[N_SLOTS];
};

/* The index of @day's exception in self->exceptions, or where it would
 * go to keep them sorted. */
guint qs_business_hours_find_exception (QsBusinessHours *self,
                                        gint64           day);

/* "08:30-12:00,13:00-16:30" into @hours; @context names the whole item
 * in error sentences. NULL or "" is a closed day. */
gboolean qs_business_hours_parse_ranges (const char  *text,
                                         const char  *context,
                                         DayHours    *hours,
                                         GError     **error);

G_END_DECLS
/* clang-format on */
