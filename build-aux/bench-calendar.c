/* bench-calendar.c — how many deadlines the business clock computes per second
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-calendar DB [CALENDAR-REF] [--count N]
 *
 * Loads the clock of a calendar of DB (default "default", the demo's:
 * Monday to Friday 08:30–12:00 and 13:00–16:30 in America/Toronto with
 * its holidays and half days) and times qs_business_hours_add() and
 * qs_business_hours_between() over N (default 1 000 000) random starts
 * in 2025–2027, for realistic delays (4 business hours to 10 business
 * days) and for long ones (1 and 10 years of business time). Prints the
 * computations per second of each; the goal is at least 1 000 000. Every
 * pair is also checked: between (from, add (from, d)) must give d back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qs-calendar-repository.h"
#include "qs-store.h"

#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

typedef struct
{
  const char *name;
  gint64      shortest;
  gint64      longest;
} Case;

static double
per_second (guint n, gint64 usec)
{
  return usec > 0 ? n / (usec / 1e6) : 0;
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsBusinessHours) hours = NULL;
  const char *db_path = NULL, *ref = "default";
  guint       n = 1000000;
  gint64     *from, *duration, *due, *span;
  gint64      day, week, first_start;
  guint       mismatches = 0;
  double      slowest = G_MAXDOUBLE;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--count") && i + 1 < argc)
        {
          int count = atoi (argv[++i]);

          n = (guint) MAX (1, count);
        }
      else if (db_path == NULL)
        db_path = argv[i];
      else
        ref = argv[i];
    }
  if (db_path == NULL)
    {
      fprintf (stderr, "usage: bench-calendar DB [CALENDAR-REF] [--count N]\n");
      return 1;
    }

  store = qs_store_open (db_path, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-calendar: %s\n", error->message);
      return 1;
    }
  hours = qs_calendar_repository_load_hours (store, ref, &error);
  if (hours == NULL)
    {
      fprintf (stderr, "bench-calendar: %s\n", error->message);
      return 1;
    }
  day = qs_business_hours_get_day_length (hours);
  week = 5 * day;
  {
    /* The first start, 2025-01-01 00:00 UTC. */
    g_autoptr (GDateTime) start = g_date_time_new_utc (2025, 1, 1, 0, 0, 0);

    first_start = g_date_time_to_unix (start) * G_USEC_PER_SEC;
  }

  from = g_new (gint64, n);
  duration = g_new (gint64, n);
  due = g_new (gint64, n);
  span = g_new (gint64, n);

  {
    const Case cases[] = {
      { "4 h to 10 business days", 4 * HOUR, 10 * day },
      { "1 year (52 business weeks)", 52 * week, 52 * week },
      { "10 years (520 business weeks)", 520 * week, 520 * week },
    };
    GRand *rand = g_rand_new_with_seed (1);

    printf ("Calendar “%s” of %s, %u computations each:\n", ref, db_path, n);
    for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
      {
        gint64 start, add_usec, between_usec;
        double add_rate, between_rate;

        for (guint i = 0; i < n; i++)
          {
            /* To the minute, as requests are received. */
            from[i] =
              first_start + g_rand_int_range (rand, 0, 3 * 365 * 24 * 60) * 60 * G_USEC_PER_SEC;
            duration[i] =
              cases[c].shortest +
              (cases[c].longest > cases[c].shortest
                 ? g_rand_int_range (
                     rand, 0, (cases[c].longest - cases[c].shortest) / (60 * G_USEC_PER_SEC)) *
                     60 * G_USEC_PER_SEC
                 : 0);
          }
        /* The zone's offsets are read once, then kept: warm them up. */
        for (guint i = 0; i < MIN (n, 1000u); i++)
          qs_business_hours_add (hours, from[i], duration[i]);

        start = g_get_monotonic_time ();
        for (guint i = 0; i < n; i++)
          due[i] = qs_business_hours_add (hours, from[i], duration[i]);
        add_usec = g_get_monotonic_time () - start;

        start = g_get_monotonic_time ();
        for (guint i = 0; i < n; i++)
          span[i] = qs_business_hours_between (hours, from[i], due[i]);
        between_usec = g_get_monotonic_time () - start;

        for (guint i = 0; i < n; i++)
          mismatches += span[i] != duration[i];

        add_rate = per_second (n, add_usec);
        between_rate = per_second (n, between_usec);
        slowest = MIN (slowest, MIN (add_rate, between_rate));
        printf ("  %-30s add: %10.0f /s (%6.0f ns)   between: %10.0f /s (%6.0f ns)\n",
                cases[c].name, add_rate, add_usec * 1000.0 / n, between_rate,
                between_usec * 1000.0 / n);
      }
    g_rand_free (rand);
  }

  printf ("Checked between (from, add (from, d)) == d: %u mismatches.\n", mismatches);
  printf ("Goal: at least 1000000 computations per second: %s (slowest %.0f /s).\n",
          slowest >= 1e6 ? "met" : "NOT met", slowest);

  g_free (from);
  g_free (duration);
  g_free (due);
  g_free (span);
  return mismatches == 0 ? 0 : 1;
}
