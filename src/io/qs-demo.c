/* qs-demo.c — fills a database with an example organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example is a bilingual public agency of about 150 people in nine
 * departments, six of which serve the others under a published service
 * charter. Its history covers the 18 months before a reference "now": by
 * default the start of today, so that the content depends on the seed only
 * (within a day) and the newest requests are still being handled, with
 * deadlines ahead of them; QsDemoOptions.now pins it for tests.
 *
 * Everything is written in one transaction: a failure leaves the database
 * as empty as it was.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-bulk-session.h"
#include "qs-demo-private.h"
#include "qs-error.h"

/* The agency's zone, in either language: see qs-demo-text-people.c. */
#define QS_DEMO_ZONE "America/Toronto"
#define QS_DEMO_MONTHS 18

void
qs_demo_options_init (QsDemoOptions *options)
{
  options->n_requests = QS_DEMO_DEFAULT_REQUESTS;
  options->seed = 1;
  options->language = QS_LANGUAGE_EN;
  options->now = 0;
}

/**
 * qs_demo_make_id:
 *
 * Writes a version 4 UUID drawn from the demo's generator, so that ids are
 * random-looking like every other id but the same for the same seed.
 */
void
qs_demo_make_id (QsDemo *demo, char id[QS_DEMO_ID_SIZE])
{
  static const char hex[] = "0123456789abcdef";
  guint8            bytes[16];
  guint             p = 0;

  for (guint i = 0; i < 16; i += 4)
    {
      guint32 r = g_rand_int (demo->rand);

      bytes[i] = r >> 24;
      bytes[i + 1] = r >> 16;
      bytes[i + 2] = r >> 8;
      bytes[i + 3] = r;
    }
  bytes[6] = (bytes[6] & 0x0f) | 0x40; /* version 4 */
  bytes[8] = (bytes[8] & 0x3f) | 0x80; /* RFC 4122 variant */

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        id[p++] = '-';
      id[p++] = hex[bytes[i] >> 4];
      id[p++] = hex[bytes[i] & 0x0f];
    }
  id[p] = '\0';
}

static void
write_hex (char *out, guint64 value, guint digits)
{
  static const char hex[] = "0123456789abcdef";

  for (guint i = digits; i > 0; i--, value >>= 4)
    out[i - 1] = hex[value & 0xf];
}

/* A random number of @bits bits (at most 122), as high and low words. */
static void
random_bits (QsDemo *demo, guint bits, guint64 *high, guint64 *low)
{
  guint64 a = ((guint64) g_rand_int (demo->rand) << 32) | g_rand_int (demo->rand);
  guint64 b = ((guint64) g_rand_int (demo->rand) << 32) | g_rand_int (demo->rand);

  if (bits > 64)
    {
      *high = a & ((G_GUINT64_CONSTANT (1) << (bits - 64)) - 1);
      *low = b;
    }
  else
    {
      *high = 0;
      *low = bits == 64 ? b : b & ((G_GUINT64_CONSTANT (1) << bits) - 1);
    }
}

/**
 * qs_demo_id_sequence_init:
 * @expected: about how many ids the sequence will give
 *
 * Prepares a sequence of version 4 UUIDs that are random but increasing:
 * each is the previous one plus a random gap, spread over the 122 random
 * bits of a UUID so that @expected ids use about half of them. The big
 * tables are written in the order of their ids, so that SQLite appends to
 * the primary key's index instead of descending it at a random place for
 * every row, which is a third of the cost of a row.
 */
void
qs_demo_id_sequence_init (QsDemo *demo, QsDemoIdSequence *sequence, guint64 expected)
{
  guint log2 = 0;

  while ((G_GUINT64_CONSTANT (1) << log2) < MAX (expected, 2))
    log2++;
  sequence->gap_bits = 122 - log2;
  /* Start in the first eighth, so that the end is far from overflowing. */
  random_bits (demo, 119, &sequence->high, &sequence->low);
}

void
qs_demo_id_sequence_next (QsDemo *demo, QsDemoIdSequence *sequence, char id[QS_DEMO_ID_SIZE])
{
  guint64 gap_high, gap_low, high, low;

  random_bits (demo, sequence->gap_bits, &gap_high, &gap_low);
  low = sequence->low + gap_low + 1;
  high = sequence->high + gap_high + (low <= sequence->low ? 1 : 0);
  /* Four times more ids than expected: random ones from then on. */
  if (high >> 58)
    {
      qs_demo_make_id (demo, id);
      return;
    }
  sequence->high = high;
  sequence->low = low;

  /* The 122 bits in order, around the version nibble and the variant bits,
   * so that the strings sort as the numbers do. */
  write_hex (id, high >> 26, 8);
  id[8] = '-';
  write_hex (id + 9, (high >> 10) & 0xffff, 4);
  id[13] = '-';
  id[14] = '4';
  write_hex (id + 15, ((high & 0x3ff) << 2) | (low >> 62), 3);
  id[18] = '-';
  write_hex (id + 19, 0x8000 | ((low >> 48) & 0x3fff), 4);
  id[23] = '-';
  write_hex (id + 24, low & G_GUINT64_CONSTANT (0xffffffffffff), 12);
  id[36] = '\0';
}

gpointer
qs_demo_new_entity (QsDemo *demo, GType type)
{
  char id[QS_DEMO_ID_SIZE];

  qs_demo_make_id (demo, id);
  return g_object_new (type, "id", id, NULL);
}

/* Saves through the repository, with the history's times rather than the
 * clock's, so that two runs give the same rows. */
gboolean
qs_demo_save_full (
  QsDemo *demo, gpointer entity, gint64 created_at, gint64 updated_at, GError **error)
{
  QsRepository *repository = qs_store_get_repository (demo->store, G_OBJECT_TYPE (entity));

  qs_entity_set_created_at (entity, created_at);
  qs_entity_set_updated_at (entity, updated_at);
  return qs_repository_save_full (repository, entity, QS_SAVE_KEEP_TIMESTAMPS, error);
}

gboolean
qs_demo_save (QsDemo *demo, gpointer entity, gint64 at, GError **error)
{
  return qs_demo_save_full (demo, entity, at, at, error);
}

const char *
qs_demo_text (QsDemo *demo, const QsDemoText text)
{
  return text[demo->language];
}

guint
qs_demo_pick (QsDemo *demo, const double *weights, guint n_weights)
{
  double total = 0, r;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];
  r = g_rand_double (demo->rand) * total;
  for (guint i = 0; i < n_weights; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n_weights - 1;
}

/* A random index into an array of @n. */
guint
qs_demo_index (QsDemo *demo, guint n)
{
  return g_rand_int_range (demo->rand, 0, n);
}

gboolean
qs_demo_chance (QsDemo *demo, double probability)
{
  return g_rand_double (demo->rand) < probability;
}

/* A time (or any integer) in [from, to). */
gint64
qs_demo_uniform (QsDemo *demo, gint64 from, gint64 to)
{
  if (to <= from)
    return from;
  return from + (gint64) (g_rand_double (demo->rand) * (double) (to - from));
}

static gboolean
database_is_empty (QsStore *store, GError **error)
{
  const GType *types;
  guint        n_types;

  types = qs_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      QsRepository *repository = qs_store_get_repository (store, types[i]);
      gint64 count = qs_repository_count (repository, NULL, NULL, QS_QUERY_INCLUDE_DELETED, error);

      if (count < 0)
        return FALSE;
      if (count > 0)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("The database “%s” already holds data; the example organisation "
                          "can only fill an empty database."),
                       qs_store_get_path (store));
          return FALSE;
        }
    }
  return TRUE;
}

static gint64
start_of_today (QsStore *store, GTimeZone *zone)
{
  g_autoptr (GDateTime) now = qs_clock_get_now_in (qs_store_get_clock (store), zone);
  g_autoptr (GDateTime) today =
    g_date_time_new (zone, g_date_time_get_year (now), g_date_time_get_month (now),
                     g_date_time_get_day_of_month (now), 0, 0, 0);

  return g_date_time_to_unix (today) * QS_USEC_PER_SEC;
}

static void
demo_clear (QsDemo *demo)
{
  for (guint i = 0; i < QS_DEMO_N_DEPARTMENTS; i++)
    {
      QsDemoDepartment *department = &demo->departments[i];

      g_free (department->id);
      g_free (department->manager_id);
      g_clear_pointer (&department->members, g_array_unref);
      g_clear_pointer (&department->staff, g_array_unref);
      g_free (department->charter_id);
      g_clear_pointer (&department->commitments, g_array_unref);
      for (guint j = 0; j < G_N_ELEMENTS (department->indicator_ids); j++)
        g_free (department->indicator_ids[j]);
    }
  for (guint i = 0; i < demo->n_clients; i++)
    {
      g_free (demo->clients[i].id);
      g_free (demo->clients[i].name);
    }
  g_free (demo->clients);
  for (guint i = 0; i < G_N_ELEMENTS (demo->organisation_indicator_ids); i++)
    g_free (demo->organisation_indicator_ids[i]);
  qs_demo_calendar_clear (demo);
  g_clear_pointer (&demo->zone, g_time_zone_unref);
  g_clear_pointer (&demo->rand, g_rand_free);
}

static gboolean
fill (QsDemo *demo, GError **error)
{
  return qs_demo_fill_calendar (demo, error) && qs_demo_fill_directory (demo, error) &&
         qs_demo_fill_charters (demo, error) && qs_demo_fill_requests (demo, error) &&
         qs_demo_fill_feedback (demo, error) && qs_demo_fill_improvement (demo, error);
}

/**
 * qs_demo_fill:
 *
 * Fills @store, which must be empty, with the example organisation.
 */
gboolean
qs_demo_fill (QsStore *store, const QsDemoOptions *options, GError **error)
{
  QsDemo         demo = { NULL };
  QsBulkSession *session;
  gint64         cache_kib;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GDateTime) start = NULL;
  gboolean ok;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (options->language == QS_LANGUAGE_FR || options->language == QS_LANGUAGE_EN,
                        FALSE);

  if (qs_store_is_read_only (store))
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_READ_ONLY,
                           qs_store_get_read_only_reason (store));
      return FALSE;
    }
  if (!database_is_empty (store, error))
    return FALSE;

  demo.store = store;
  demo.rand = g_rand_new_with_seed (options->seed);
  demo.language = options->language;
  demo.n_requests = options->n_requests;
  demo.zone = g_time_zone_new_identifier (QS_DEMO_ZONE);
  /* Without the time zone database, the agency keeps UTC hours. */
  if (demo.zone == NULL)
    demo.zone = g_time_zone_new_utc ();
  demo.now = options->now != 0 ? options->now : start_of_today (store, demo.zone);
  now = g_date_time_new_from_unix_utc (demo.now / QS_USEC_PER_SEC);
  start = g_date_time_add_months (now, -QS_DEMO_MONTHS);
  demo.start = g_date_time_to_unix (start) * QS_USEC_PER_SEC;

  /* A fill of millions of rows, checked by its own construction: every
   * reference the demo writes points at a row it wrote before, and
   * checking that costs an index lookup per reference, a third of the
   * time of a large fill (qualserv-cli check verifies them). The search
   * indexes are filled once at the end, rather than row by row. */
  cache_kib = MIN (32 * 1024 + (gint64) demo.n_requests / 4, 256 * 1024);
  session = qs_bulk_session_begin (
    store, QS_BULK_SESSION_FILL | QS_BULK_SESSION_UNCHECKED | QS_BULK_SESSION_DEFER_SEARCH,
    cache_kib, error);
  ok = session != NULL && fill (&demo, error) && qs_bulk_session_commit (session, error);
  g_clear_pointer (&session, qs_bulk_session_free);

  demo_clear (&demo);
  return ok;
}
