/* qs-business-hours.c — the business clock of a calendar: when the service is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clock works per local date. Each open range of a date is turned
 * into a UTC interval [utc (start), utc (end)), so a range keeps its real
 * length across a DST change and a DST day is an ordinary day of 23 or
 * 25 hours. A local time in the spring-forward gap maps to the first
 * instant after the gap; an ambiguous local time of the fall-back hour to
 * its first occurrence.
 *
 * GLib's g_time_zone_find_interval() is a linear scan over the zone's
 * transitions, so offsets are read from our own table: the UTC time line
 * is cut into blocks of 2^24 s (about 194 days), and each block keeps its
 * starting offset and its transitions, found once by probing GLib every
 * day and bisecting to the second.
 *
 * add() and between() walk day by day only near their ends. Between
 * them, a table gives the business time from its first day to the start
 * of each day (built lazily, a few microseconds per year of days, kept
 * until an exception changes): between() is then two subtractions and
 * add() a binary search, whatever the duration. Beyond the table's reach
 * (decades), runs of whole weeks without an exception or a UTC-offset
 * change are skipped in one step each instead.
 */
#include "config.h"

#include "qs-business-hours-private.h"

#define BLOCK_SHIFT 24
#define BLOCK_SIZE (G_GINT64_CONSTANT (1) << BLOCK_SHIFT)
#define PROBE_STEP DAY_SECONDS
/* Offsets lie within −15 h … +15 h: these margins hold every instant
 * whose local date could be a given day. */
#define MARGIN_BEFORE (15 * 3600)
#define MARGIN_AFTER (15 * 3600)
/* The clock's horizon, 1900-01-01 to 2500-01-01 (days from 1970-01-01):
 * a due date beyond is "never", business time beyond is not counted. */
#define LAST_DAY 193579
#define FIRST_DAY (-25567)
/* The table of cumulated business time spans at most this many days. */
#define TABLE_MAX_DAYS (60 * 366)
#define TABLE_MIN_GROWTH 512

G_DEFINE_BOXED_TYPE (QsBusinessHours,
                     qs_business_hours,
                     qs_business_hours_ref,
                     qs_business_hours_unref)

static inline gint64
floor_div (gint64 a, gint64 b)
{
  gint64 q = a / b;

  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static inline int
weekday_of (gint64 day)
{
  /* 1970-01-01 was a Thursday (3 when Monday is 0). */
  return (int) (((day + 3) % 7 + 7) % 7);
}

/* Time zone table */

static gint32
glib_offset (GTimeZone *zone, gint64 at)
{
  int interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, at);

  return g_time_zone_get_offset (zone, MAX (interval, 0));
}

static Block *
block_compute (QsBusinessHours *self, gint64 block)
{
  Block *b = g_new0 (Block, 1);
  gint64 start = block * BLOCK_SIZE;
  gint64 end = start + BLOCK_SIZE;
  gint32 previous;

  b->block = block;
  b->offset0 = previous = glib_offset (self->zone, start);
  for (gint64 t = start; t < end;)
    {
      gint64 next = MIN (t + PROBE_STEP, end - 1);
      gint32 offset = glib_offset (self->zone, next);

      if (offset != previous && b->n < BLOCK_MAX_TRANSITIONS)
        {
          /* The first second with the new offset, in (t, next]. */
          gint64 lo = t, hi = next;

          while (hi - lo > 1)
            {
              gint64 mid = lo + (hi - lo) / 2;

              if (glib_offset (self->zone, mid) == previous)
                lo = mid;
              else
                hi = mid;
            }
          b->at[b->n] = hi;
          b->offset[b->n] = offset;
          b->n++;
        }
      previous = offset;
      if (next == end - 1)
        break;
      t = next;
    }
  return b;
}

static inline Block *
get_block (QsBusinessHours *self, gint64 block)
{
  Block **slot = &self->slots[block & (N_SLOTS - 1)];
  Block  *b = *slot;

  if (G_LIKELY (b != NULL && b->block == block))
    return b;

  b = g_hash_table_lookup (self->blocks, &block);
  if (b == NULL)
    {
      b = block_compute (self, block);
      g_hash_table_insert (self->blocks, &b->block, b);
    }
  *slot = b;
  return b;
}

/* The UTC offset in seconds at the UTC second @at. */
static inline gint32
offset_at (QsBusinessHours *self, gint64 at)
{
  Block *b = get_block (self, at >> BLOCK_SHIFT);
  gint32 offset = b->offset0;

  for (guint i = 0; i < b->n && at >= b->at[i]; i++)
    offset = b->offset[i];
  return offset;
}

/* The first transition at a UTC second in (@after, @limit], or G_MAXINT64. */
static gint64
next_transition (QsBusinessHours *self, gint64 after, gint64 limit)
{
  for (gint64 block = after >> BLOCK_SHIFT; block <= (limit >> BLOCK_SHIFT); block++)
    {
      Block *b = get_block (self, block);

      for (guint i = 0; i < b->n; i++)
        if (b->at[i] > after && b->offset[i] != (i == 0 ? b->offset0 : b->offset[i - 1]))
          return b->at[i] <= limit ? b->at[i] : G_MAXINT64;
      /* A change between blocks is caught as the next block's first offset. */
      if (block < (limit >> BLOCK_SHIFT))
        {
          Block *n = get_block (self, block + 1);
          gint32 last = b->n > 0 ? b->offset[b->n - 1] : b->offset0;

          if (n->offset0 != last)
            return (block + 1) * BLOCK_SIZE;
        }
    }
  return G_MAXINT64;
}

/* The UTC second of the local second @local (seconds since 1970-01-01
 * local midnight): a time in a gap gives the end of the gap, an
 * ambiguous one its first occurrence. */
static gint64
local_to_utc (QsBusinessHours *self, gint64 local)
{
  gint32 before = offset_at (self, local - MARGIN_BEFORE);
  gint32 after = offset_at (self, local + MARGIN_AFTER);
  gint64 u_before, u_after, transition;

  if (before == after)
    return local - before;

  transition = next_transition (self, local - MARGIN_BEFORE - 1, local + MARGIN_AFTER);
  u_before = local - before;
  u_after = local - after;
  if (transition == G_MAXINT64)
    return u_before;
  if (u_before < transition)
    return u_before;
  if (u_after >= transition)
    return u_after;
  return transition;
}

/* Hours */

static const DayHours *
hours_of_day (QsBusinessHours *self, gint64 day, guint *exception_index)
{
  GArray *ex = self->exceptions;
  guint   lo = 0, hi = ex->len;

  while (lo < hi)
    {
      guint  mid = (lo + hi) / 2;
      gint32 d = g_array_index (ex, Exception, mid).day;

      if (d < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (exception_index != NULL)
    *exception_index = lo;
  if (lo < ex->len && g_array_index (ex, Exception, lo).day == day)
    return &g_array_index (ex, Exception, lo).hours;
  return &self->week[weekday_of (day)];
}

/* Where the exception of @day is, or would be inserted. */
guint
qs_business_hours_find_exception (QsBusinessHours *self, gint64 day)
{
  guint index;

  hours_of_day (self, day, &index);
  return index;
}

/* The open intervals of local @day, in UTC µs; empty ones are dropped. */
static guint
day_intervals (QsBusinessHours *self, gint64 day, gint64 *starts, gint64 *ends)
{
  const DayHours *hours = hours_of_day (self, day, NULL);
  gint64          midnight = day * DAY_SECONDS;
  gint32          before, after;
  guint           n = 0;

  if (hours->n == 0)
    return 0;

  before = offset_at (self, midnight - MARGIN_BEFORE);
  after = offset_at (self, midnight + DAY_SECONDS + MARGIN_AFTER);
  for (guint i = 0; i < hours->n; i++)
    {
      gint64 a, b;

      if (before == after)
        {
          a = midnight + hours->ranges[i].start - before;
          b = midnight + hours->ranges[i].end - before;
        }
      else
        {
          a = local_to_utc (self, midnight + hours->ranges[i].start);
          b = local_to_utc (self, midnight + hours->ranges[i].end);
        }
      if (b > a)
        {
          starts[n] = a * USEC;
          ends[n] = b * USEC;
          n++;
        }
    }
  return n;
}

static gint64
local_day_of (QsBusinessHours *self, gint64 at)
{
  gint64 seconds = floor_div (at, USEC);

  return floor_div (seconds + offset_at (self, seconds), DAY_SECONDS);
}

/* How many whole plain weeks may be skipped from the start of @day, at
 * most @max_weeks: none holds an exception or a change of UTC offset. */
static gint64
plain_weeks (QsBusinessHours *self, gint64 day, gint64 max_weeks)
{
  guint  index;
  gint64 weeks = max_weeks, transition;

  weeks = MIN (weeks, (LAST_DAY - day) / 7);
  if (weeks <= 0 || self->week_total == 0)
    return 0;

  hours_of_day (self, day, &index);
  if (index < self->exceptions->len)
    weeks = MIN (weeks, (g_array_index (self->exceptions, Exception, index).day - day) / 7);
  if (weeks <= 0)
    return 0;

  transition = next_transition (self, day * DAY_SECONDS - MARGIN_BEFORE - 1,
                                (day + 7 * weeks) * DAY_SECONDS + MARGIN_AFTER);
  if (transition != G_MAXINT64)
    weeks = MIN (weeks, (floor_div (transition - MARGIN_AFTER - 1, DAY_SECONDS) - day) / 7);
  return MAX (weeks, 0);
}

static gint64
last_exception_day (QsBusinessHours *self)
{
  GArray *ex = self->exceptions;

  return ex->len > 0 ? g_array_index (ex, Exception, ex->len - 1).day : G_MININT64;
}

/* Cumulated business time */

static gint64
day_business (QsBusinessHours *self, gint64 day)
{
  gint64 starts[MAX_RANGES], ends[MAX_RANGES], total = 0;
  guint  n = day_intervals (self, day, starts, ends);

  for (guint i = 0; i < n; i++)
    total += ends[i] - starts[i];
  return total;
}

/* The business time from the table's first day to the start of @day. */
static inline gint64
table_at (QsBusinessHours *self, gint64 day)
{
  return g_array_index (self->table, gint64, day - self->table_first);
}

/* Makes table_at() valid for every day of [@lo, @hi]; FALSE when that
 * is too long a span to keep. */
static gboolean
table_cover (QsBusinessHours *self, gint64 lo, gint64 hi)
{
  gint64  old_first = 0, old_last = -1, first, last;
  GArray *table;

  if (self->table != NULL)
    {
      old_first = self->table_first;
      old_last = self->table_first + self->table->len - 1;
      if (lo >= old_first && hi <= old_last)
        return TRUE;
    }
  if (hi - lo > TABLE_MAX_DAYS || lo < FIRST_DAY || hi > LAST_DAY)
    return FALSE;

  /* Grow by doubling, so that a series of queries builds each day once. */
  first = lo - 64;
  last = hi + TABLE_MIN_GROWTH;
  if (self->table != NULL)
    {
      gint64 growth = MAX (old_last - old_first, TABLE_MIN_GROWTH);

      first = lo < old_first ? MIN (lo, old_first - growth) : old_first;
      last = hi > old_last ? MAX (hi, old_last + growth) : old_last;
      if (last - first > TABLE_MAX_DAYS)
        {
          first = lo - 64;
          last = hi + 64;
        }
    }
  first = MAX (first, FIRST_DAY);
  last = MIN (last, LAST_DAY);

  table = g_array_sized_new (FALSE, FALSE, sizeof (gint64), last - first + 1);
  g_array_set_size (table, last - first + 1);
  g_array_index (table, gint64, 0) = 0;
  for (gint64 day = first; day < last; day++)
    {
      gint64 business;

      if (self->table != NULL && day >= old_first && day + 1 <= old_last)
        business = table_at (self, day + 1) - table_at (self, day);
      else
        business = day_business (self, day);
      g_array_index (table, gint64, day - first + 1) =
        g_array_index (table, gint64, day - first) + business;
    }
  g_clear_pointer (&self->table, g_array_unref);
  self->table = table;
  self->table_first = first;
  return TRUE;
}

/* The first day from @day at whose end @remaining business time has
 * elapsed, counting from the start of @day; @remaining is left with what
 * remains at the start of that day. FALSE beyond the table's reach. */
static gboolean
table_find (QsBusinessHours *self, gint64 *day, gint64 *remaining)
{
  gint64 span = *remaining / self->week_total * 7 + 14;

  for (; span <= TABLE_MAX_DAYS; span *= 2)
    {
      gint64 base, lo, hi;

      if (!table_cover (self, *day, *day + span))
        return FALSE;
      base = table_at (self, *day);
      if (table_at (self, *day + span) - base < *remaining)
        continue;

      lo = *day;
      hi = *day + span - 1;
      while (lo < hi)
        {
          gint64 mid = lo + (hi - lo) / 2;

          if (table_at (self, mid + 1) - base >= *remaining)
            hi = mid;
          else
            lo = mid + 1;
        }
      *remaining -= table_at (self, lo) - base;
      *day = lo;
      return TRUE;
    }
  return FALSE;
}

/* The business time of @day between @from and @to. */
static gint64
clipped_day (QsBusinessHours *self, gint64 day, gint64 from, gint64 to)
{
  gint64 starts[MAX_RANGES], ends[MAX_RANGES];
  guint  n = day_intervals (self, day, starts, ends);
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      gint64 a = MAX (starts[i], from), b = MIN (ends[i], to);

      if (b > a)
        total += b - a;
    }
  return total;
}

/* The business time of days [@first, @last] between @from and @to. */
static gint64
clipped_days (QsBusinessHours *self, gint64 first, gint64 last, gint64 from, gint64 to)
{
  gint64 total = 0;

  for (gint64 day = first; day <= last; day++)
    total += clipped_day (self, day, from, to);
  return total;
}

gint64
qs_business_hours_add (QsBusinessHours *self, gint64 from, gint64 duration)
{
  gint64 remaining = MAX (duration, 0);
  gint64 first_day, day;

  g_return_val_if_fail (self != NULL, G_MAXINT64);

  /* Within the horizon: time before 1900 is not counted. */
  if (from > (gint64) LAST_DAY * DAY_SECONDS * USEC)
    return G_MAXINT64;
  from = MAX (from, (gint64) (FIRST_DAY - 2) * DAY_SECONDS * USEC);
  first_day = local_day_of (self, from);
  for (day = first_day - 1; day <= LAST_DAY; day++)
    {
      gint64 starts[MAX_RANGES], ends[MAX_RANGES];
      guint  n;

      /* Past the first days, jump to the last one through the table, */
      if (day == first_day + 2 && self->week_total > 0 && remaining > 2 * self->week_total)
        table_find (self, &day, &remaining);

      /* or, beyond its reach, skip the plain weeks in one step. */
      if (day > first_day && self->week_total > 0 && remaining > self->week_total)
        {
          gint64 weeks = plain_weeks (self, day, (remaining - 1) / self->week_total);

          if (weeks > 0)
            {
              remaining -= weeks * self->week_total;
              day += 7 * weeks;
            }
        }
      if (self->week_total == 0 && day > last_exception_day (self))
        return G_MAXINT64;

      n = day_intervals (self, day, starts, ends);
      for (guint i = 0; i < n; i++)
        {
          gint64 start, available;

          if (ends[i] <= from)
            continue;
          start = MAX (starts[i], from);
          available = ends[i] - start;
          if (remaining <= available)
            return start + remaining;
          remaining -= available;
        }
    }
  return G_MAXINT64;
}

gint64
qs_business_hours_between (QsBusinessHours *self, gint64 from, gint64 to)
{
  gint64 total = 0, first_day, day, last;

  g_return_val_if_fail (self != NULL, 0);

  from = MAX (from, (gint64) (FIRST_DAY - 2) * DAY_SECONDS * USEC);
  to = MIN (to, (gint64) (LAST_DAY + 2) * DAY_SECONDS * USEC);
  if (to <= from)
    return 0;

  first_day = local_day_of (self, from);
  last = local_day_of (self, to) + 1;
  /* The days in the middle, from the table. */
  if (last - first_day > 21 && table_cover (self, first_day + 2, last - 2))
    return clipped_days (self, first_day - 1, first_day + 1, from, to) +
           (table_at (self, last - 2) - table_at (self, first_day + 2)) +
           clipped_days (self, last - 2, last, from, to);

  for (day = first_day - 1; day <= last; day++)
    {
      if (day > first_day)
        {
          gint64 weeks = plain_weeks (self, day, (last - 2 - day) / 7);

          if (weeks > 0)
            {
              total += weeks * self->week_total;
              day += 7 * weeks;
            }
        }
      total += clipped_day (self, day, from, to);
    }
  return total;
}

gint64
qs_business_hours_next_open (QsBusinessHours *self, gint64 at)
{
  return qs_business_hours_add (self, at, 0);
}

gboolean
qs_business_hours_is_open (QsBusinessHours *self, gint64 at)
{
  return qs_business_hours_next_open (self, at) == at;
}

gint64
qs_business_hours_get_day_length (QsBusinessHours *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->day_length;
}

/* Transfer none: the zone lives as long as @self. */
GTimeZone *
qs_business_hours_get_timezone (QsBusinessHours *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->zone;
}

GArray *
qs_business_hours_list_exceptions (QsBusinessHours *self, gint64 from, gint64 to)
{
  GArray *list = g_array_new (FALSE, TRUE, sizeof (QsBusinessHoursException));
  gint64  first, last;
  guint   index;

  g_return_val_if_fail (self != NULL, list);

  first = local_day_of (self, from);
  last = local_day_of (self, to);
  hours_of_day (self, first, &index);
  for (; index < self->exceptions->len; index++)
    {
      Exception               *ex = &g_array_index (self->exceptions, Exception, index);
      QsBusinessHoursException item = { 0 };

      if (ex->day > last)
        break;
      if (self->week[weekday_of (ex->day)].n == 0 && ex->hours.n == 0)
        continue;
      g_date_clear (&item.date, 1);
      g_date_set_julian (&item.date, (guint32) (ex->day + UNIX_EPOCH_JULIAN));
      item.name = ex->name;
      item.closed = ex->hours.n == 0;
      g_array_append_val (list, item);
    }
  return list;
}
