/* qs-clock.c — "now", as the application and its tests decide it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every domain decision that depends on the present (a deadline's state,
 * a review reminder, the last complete quarter, a timestamp written to the
 * database) asks a clock rather than the system: the application's clock
 * reads the wall clock, a test's stands still at the instant the test
 * chose, so that what it asserts holds on any day.
 *
 * The clock is shared by the store's connections, including those of
 * worker threads, hence the lock.
 */
#include "config.h"

#include "qs-clock.h"

struct _QsClock
{
  GObject parent_instance;

  GMutex lock;
  gint64 fixed; /* Unix µs; 0: the wall clock */
};

G_DEFINE_FINAL_TYPE (QsClock, qs_clock, G_TYPE_OBJECT)

static void
qs_clock_finalize (GObject *object)
{
  QsClock *self = QS_CLOCK (object);

  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (qs_clock_parent_class)->finalize (object);
}

static void
qs_clock_class_init (QsClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_clock_finalize;
}

static void
qs_clock_init (QsClock *self)
{
  g_mutex_init (&self->lock);
}

/**
 * qs_clock_new:
 *
 * Returns: (transfer full): a clock that reads the system's wall clock.
 */
QsClock *
qs_clock_new (void)
{
  return g_object_new (QS_TYPE_CLOCK, NULL);
}

/**
 * qs_clock_new_fixed:
 * @now: Unix microseconds, not 0
 *
 * Returns: (transfer full): a clock that stands still at @now until it is
 * set or advanced.
 */
QsClock *
qs_clock_new_fixed (gint64 now)
{
  QsClock *self = qs_clock_new ();

  qs_clock_set_now (self, now);
  return self;
}

/* Unix microseconds. */
gint64
qs_clock_get_now (QsClock *self)
{
  gint64 now;

  g_return_val_if_fail (QS_IS_CLOCK (self), g_get_real_time ());

  g_mutex_lock (&self->lock);
  now = self->fixed;
  g_mutex_unlock (&self->lock);
  return now != 0 ? now : g_get_real_time ();
}

/* Returns: (transfer full): now, in @zone. */
GDateTime *
qs_clock_get_now_in (QsClock *self, GTimeZone *zone)
{
  gint64 now = qs_clock_get_now (self);
  g_autoptr (GDateTime) seconds = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
  g_autoptr (GDateTime) utc = g_date_time_add (seconds, now % G_USEC_PER_SEC);

  return g_date_time_to_timezone (utc, zone);
}

/* Returns: (transfer full): now, in the local zone. */
GDateTime *
qs_clock_get_now_local (QsClock *self)
{
  g_autoptr (GTimeZone) local = g_time_zone_new_local ();

  return qs_clock_get_now_in (self, local);
}

gboolean
qs_clock_is_fixed (QsClock *self)
{
  gboolean fixed;

  g_return_val_if_fail (QS_IS_CLOCK (self), FALSE);

  g_mutex_lock (&self->lock);
  fixed = self->fixed != 0;
  g_mutex_unlock (&self->lock);
  return fixed;
}

/* Stops the clock at @now (Unix µs, not 0). */
void
qs_clock_set_now (QsClock *self, gint64 now)
{
  g_return_if_fail (QS_IS_CLOCK (self));
  g_return_if_fail (now != 0);

  g_mutex_lock (&self->lock);
  self->fixed = now;
  g_mutex_unlock (&self->lock);
}

/* Moves a stopped clock on by @usec; a running clock moves on by itself. */
void
qs_clock_advance (QsClock *self, gint64 usec)
{
  g_return_if_fail (QS_IS_CLOCK (self));
  g_return_if_fail (qs_clock_is_fixed (self));

  g_mutex_lock (&self->lock);
  self->fixed += usec;
  g_mutex_unlock (&self->lock);
}
