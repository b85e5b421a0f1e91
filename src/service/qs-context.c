/* qs-context.c — what every part of QualServ works with: the data, the
 * settings, the clock and who is using it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application makes one context and hands it to the window, which
 * hands it to every view; the command line and the tests make their own.
 * Nothing else reads the wall clock or opens the settings for a decision
 * about the data, so a test pins "now" and the settings in one place.
 *
 * The context is also the one place where changes are heard: it says
 * QsContext::changed for every commit of its store (whatever wrote it)
 * and, when it watches, for what other programs committed to the same
 * file (the command line while the window is open). The settings are
 * optional: the command line has none, and the person using it is the
 * account's owner.
 */
#include "config.h"

#include "qs-client.h"
#include "qs-context.h"
#include "qs-entity.h"
#include "qs-repository.h"

struct _QsContext
{
  GObject parent_instance;

  QsStore   *store;    /* NULL when the database could not be opened */
  GSettings *settings; /* NULL on the command line */
  QsClock   *clock;
  GTimeZone *zone;
  guint      watch_id;
  guint      first_look_id;
};

G_DEFINE_FINAL_TYPE (QsContext, qs_context, G_TYPE_OBJECT)

enum
{
  CHANGED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
qs_context_dispose (GObject *object)
{
  QsContext *self = QS_CONTEXT (object);

  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_handle_id (&self->first_look_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (qs_context_parent_class)->dispose (object);
}

static void
qs_context_class_init (QsContextClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = qs_context_dispose;

  /**
   * QsContext::changed:
   * @changes: the tables and rows a commit touched
   *
   * Emitted on the main thread after every commit to the database: this
   * program's (a save, an import, a restore, a worker thread's) and,
   * while the context watches, another program's.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_CHANGE_SET);

  /**
   * QsContext::failed:
   * @error: why looking for other programs' changes failed
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
qs_context_init (QsContext *self)
{
  self->zone = g_time_zone_new_local ();
}

static void
on_store_changed_cb (QsStore *store, QsChangeSet *changes, QsContext *self)
{
  g_signal_emit (self, signals[CHANGED], 0, changes);
}

/**
 * qs_context_new:
 * @store: (nullable): the open database, or %NULL when it could not be
 *   opened
 * @settings: (nullable): the application's settings, or %NULL where there
 *   are none (the command line)
 *
 * The context's clock is the store's: what the store stamps and what the
 * views call "now" are one.
 */
QsContext *
qs_context_new (QsStore *store, GSettings *settings)
{
  QsContext *self;

  g_return_val_if_fail (store == NULL || QS_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (QS_TYPE_CONTEXT, NULL);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->clock = g_object_ref (qs_store_get_clock (store));
      g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
    }
  else
    self->clock = qs_clock_new ();
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  return self;
}

/* Returns: (transfer none) (nullable) */
QsStore *
qs_context_get_store (QsContext *self)
{
  g_return_val_if_fail (QS_IS_CONTEXT (self), NULL);

  return self->store;
}

/* Returns: (transfer none) (nullable) */
GSettings *
qs_context_get_settings (QsContext *self)
{
  g_return_val_if_fail (QS_IS_CONTEXT (self), NULL);

  return self->settings;
}

/* Returns: (transfer none) */
QsClock *
qs_context_get_clock (QsContext *self)
{
  g_return_val_if_fail (QS_IS_CONTEXT (self), NULL);

  return self->clock;
}

/* Unix microseconds. */
gint64
qs_context_now (QsContext *self)
{
  g_return_val_if_fail (QS_IS_CONTEXT (self), 0);

  return qs_clock_get_now (self->clock);
}

/* Returns: (transfer full): now, in the context's time zone. */
GDateTime *
qs_context_now_local (QsContext *self)
{
  g_return_val_if_fail (QS_IS_CONTEXT (self), NULL);

  return qs_clock_get_now_in (self->clock, self->zone);
}

/* Returns: (transfer none): the zone times are shown in; the system's
 * unless qs_context_set_timezone() chose another. */
GTimeZone *
qs_context_get_timezone (QsContext *self)
{
  g_return_val_if_fail (QS_IS_CONTEXT (self), NULL);

  return self->zone;
}

void
qs_context_set_timezone (QsContext *self, GTimeZone *zone)
{
  g_return_if_fail (QS_IS_CONTEXT (self));
  g_return_if_fail (zone != NULL);

  g_time_zone_unref (self->zone);
  self->zone = g_time_zone_ref (zone);
}

/* The person of the directory whose e-mail the user gave in Preferences. */
static QsClient *
find_me (QsContext *self)
{
  g_autofree char *email = NULL;
  g_autoptr (GPtrArray) found = NULL;

  if (self->store == NULL || self->settings == NULL)
    return NULL;
  email = g_strstrip (g_settings_get_string (self->settings, "user-email"));
  if (*email == '\0')
    return NULL;

  found = qs_repository_find_all (qs_store_get_repository (self->store, QS_TYPE_CLIENT),
                                  "email = ? COLLATE NOCASE", g_variant_new ("(s)", email), NULL,
                                  QS_QUERY_DEFAULT, NULL);
  if (found == NULL || found->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * qs_context_dup_actor:
 *
 * Returns: (transfer full): the name to record as who did something: the
 * person of the directory whose e-mail the user gave in Preferences, else
 * the account's real name; never %NULL.
 */
char *
qs_context_dup_actor (QsContext *self)
{
  g_autoptr (QsClient) me = NULL;
  const char *real_name;

  g_return_val_if_fail (QS_IS_CONTEXT (self), NULL);

  me = find_me (self);
  if (me != NULL)
    {
      g_autofree char *name = qs_client_dup_display_name (me);

      if (*name != '\0')
        return g_steal_pointer (&name);
    }

  real_name = g_get_real_name ();
  if (real_name == NULL || *real_name == '\0' || g_strcmp0 (real_name, "Unknown") == 0)
    real_name = g_get_user_name ();
  return g_strdup (real_name);
}

/* Returns: (transfer full) (nullable): the id of the person who uses
 * QualServ, when the directory knows them. */
char *
qs_context_dup_user_client_id (QsContext *self)
{
  g_autoptr (QsClient) me = NULL;

  g_return_val_if_fail (QS_IS_CONTEXT (self), NULL);

  me = find_me (self);
  return me != NULL ? g_strdup (qs_entity_get_id (QS_ENTITY (me))) : NULL;
}

/**
 * qs_context_check_foreign_changes:
 *
 * Looks now for what other programs (or this program's worker threads)
 * committed to the database, and says it with QsContext::changed.
 * A failure is said with QsContext::failed.
 *
 * Returns: %TRUE if something had changed
 */
gboolean
qs_context_check_foreign_changes (QsContext *self)
{
  g_autoptr (GError) error = NULL;
  gboolean changed;

  g_return_val_if_fail (QS_IS_CONTEXT (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  changed = qs_store_check_foreign_changes (self->store, &error);
  if (error != NULL)
    {
      g_debug ("Looking for changes made elsewhere: %s", error->message);
      g_signal_emit (self, signals[FAILED], 0, error);
    }
  return changed;
}

static void
on_look_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (QsContext) self = data;
  g_autoptr (GError) error = NULL;

  qs_store_check_foreign_changes_finish (QS_STORE (source), result, &error);
  if (error != NULL)
    {
      g_debug ("Looking for changes made elsewhere: %s", error->message);
      g_signal_emit (self, signals[FAILED], 0, error);
    }
}

/**
 * qs_context_look_for_foreign_changes:
 *
 * Starts the look of qs_context_check_foreign_changes() without waiting
 * for it: on a large database, telling which tables another program
 * changed takes a second, read in a worker thread. QsContext::changed
 * follows when it is done; a look under way makes this one do nothing.
 */
void
qs_context_look_for_foreign_changes (QsContext *self)
{
  g_return_if_fail (QS_IS_CONTEXT (self));

  if (self->store != NULL)
    qs_store_check_foreign_changes_async (self->store, on_look_done_cb, g_object_ref (self));
}

static gboolean
on_first_look_cb (gpointer data)
{
  QsContext *self = QS_CONTEXT (data);

  self->first_look_id = 0;
  qs_context_look_for_foreign_changes (self);
  return G_SOURCE_REMOVE;
}

static gboolean
on_watch_cb (gpointer data)
{
  qs_context_look_for_foreign_changes (QS_CONTEXT (data));
  return G_SOURCE_CONTINUE;
}

/**
 * qs_context_watch:
 * @interval_ms: how often to look, or 0 to stop
 *
 * Looks for other programs' changes every @interval_ms: a look costs one
 * PRAGMA in the main loop when nothing changed, and the rest is read in
 * a worker thread (see qs_context_look_for_foreign_changes()).
 */
void
qs_context_watch (QsContext *self, guint interval_ms)
{
  g_return_if_fail (QS_IS_CONTEXT (self));

  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_handle_id (&self->first_look_id, g_source_remove);
  if (interval_ms > 0 && self->store != NULL)
    {
      self->watch_id = g_timeout_add (interval_ms, on_watch_cb, self);
      g_source_set_name_by_id (self->watch_id, "[qualserv] foreign changes");
      /* The first look notes where each table stands, so that the next
       * one can say which changed: once the window is drawn. */
      self->first_look_id = g_idle_add_full (G_PRIORITY_LOW, on_first_look_cb, self, NULL);
    }
}
