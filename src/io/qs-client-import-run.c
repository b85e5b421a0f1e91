/* qs-client-import-run.c — runs a checked import in one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * New people go through QsBulkInsert (an import of 100 000 people is a
 * matter of seconds); people already known by their e-mail are loaded and
 * saved through the repository, so only what the file says changes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-bulk-insert.h"
#include "qs-bulk-session.h"
#include "qs-client-import-private.h"
#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository.h"

#define PROGRESS_INTERVAL_USEC (50 * 1000)
#define BULK_INDEX_ROWS 20000

typedef struct
{
  QsClientImport *self;
  double          fraction;
} Progress;

static gboolean
notify_fraction_cb (gpointer user_data)
{
  Progress *progress = user_data;

  qs_client_import_set_fraction (progress->self, progress->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->self);
  g_free (progress);
}

/* From the thread of an async run, the fraction goes to the main context;
 * a synchronous run notifies it at once. */
static void
report_fraction (QsClientImport *self, double fraction, gboolean in_thread)
{
  Progress *progress;

  if (!in_thread)
    {
      qs_client_import_set_fraction (self, fraction);
      return;
    }
  progress = g_new0 (Progress, 1);
  progress->self = g_object_ref (self);
  progress->fraction = fraction;
  g_main_context_invoke_full (self->main_context, G_PRIORITY_DEFAULT, notify_fraction_cb, progress,
                              progress_free);
}

static gboolean
collect_email_cb (QsEntity *entity, gpointer user_data)
{
  const char *email = qs_entity_get_string (entity, QS_CLIENT_FIELD_EMAIL);

  if (email != NULL && *email != '\0')
    g_hash_table_insert (user_data, g_utf8_casefold (email, -1),
                         g_strdup (qs_entity_get_id (entity)));
  return TRUE;
}

/* Whether @parent_id is @id or has it among its ancestors. */
static gboolean
is_own_ancestor (QsStore *store, const char *id, const char *parent_id)
{
  QsRepository    *repository = qs_store_get_repository (store, QS_TYPE_DEPARTMENT);
  g_autofree char *current = g_strdup (parent_id);

  /* A cycle already there ends the walk too. */
  for (guint depth = 0; current != NULL && depth < 1000; depth++)
    {
      g_autoptr (QsEntity) department = NULL;

      if (g_str_equal (current, id))
        return TRUE;
      department = qs_repository_find (repository, current, NULL);
      g_free (current);
      current = department != NULL
                  ? g_strdup (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_PARENT_ID))
                  : NULL;
    }
  return current != NULL;
}

/* Puts the department @id, created by this import without a parent, under
 * @parent_id: a file may name a department as someone's parent department
 * before the row that names its own parent (the directory's export does,
 * in the order of people's names). */
static gboolean
adopt_department (QsStore *store, const char *id, const char *parent_id, GError **error)
{
  g_autoptr (QsEntity) department = NULL;

  if (is_own_ancestor (store, id, parent_id))
    return TRUE;
  department = qs_repository_find (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), id, error);
  if (department == NULL)
    return FALSE;
  g_object_set (department, "parent-id", parent_id, NULL);
  return qs_directory_repository_save_department (store, QS_DEPARTMENT (department), error);
}

/* The id of the department named @name, created (under @parent_id) if
 * the user allowed it. @orphans holds the ids of those created here
 * without a parent, which a later row may give one. */
static const char *
resolve_department (QsStore    *store,
                    GHashTable *departments,
                    GHashTable *orphans,
                    const char *name,
                    const char *parent_id,
                    GError    **error)
{
  g_autofree char *key = NULL;
  g_autoptr (QsDepartment) department = NULL;
  const char *id;

  if (name == NULL || *name == '\0')
    return NULL;
  key = g_utf8_casefold (name, -1);
  id = g_hash_table_lookup (departments, key);
  if (id != NULL)
    {
      if (parent_id != NULL && g_hash_table_remove (orphans, id) &&
          !adopt_department (store, id, parent_id, error))
        return NULL;
      return id;
    }

  department = qs_department_new ();
  g_object_set (department, "name", name, "parent-id", parent_id, NULL);
  if (!qs_directory_repository_save_department (store, department, error))
    return NULL;
  id = g_strdup (qs_entity_get_id (QS_ENTITY (department)));
  g_hash_table_insert (departments, g_steal_pointer (&key), (char *) id);
  if (parent_id == NULL)
    g_hash_table_add (orphans, g_strdup (id));
  return id;
}

static void
set_client_fields (QsEntity *client, QsImportRow *row, const char *department_id)
{
  static const struct
  {
    QsImportField from;
    guint         to;
  } strings[] = {
    { QS_IMPORT_FIELD_GIVEN_NAME, QS_CLIENT_FIELD_GIVEN_NAME },
    { QS_IMPORT_FIELD_FAMILY_NAME, QS_CLIENT_FIELD_FAMILY_NAME },
    { QS_IMPORT_FIELD_EMAIL, QS_CLIENT_FIELD_EMAIL },
    { QS_IMPORT_FIELD_PHONE, QS_CLIENT_FIELD_PHONE },
    { QS_IMPORT_FIELD_ROLE, QS_CLIENT_FIELD_ROLE },
    { QS_IMPORT_FIELD_AVAILABILITY, QS_CLIENT_FIELD_AVAILABILITY },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (strings); i++)
    if (row->columns[strings[i].from] != 0)
      {
        const char *value = row->values[strings[i].from];

        qs_entity_set_string (client, strings[i].to, *value != '\0' ? value : NULL);
      }
  if (row->columns[QS_IMPORT_FIELD_DEPARTMENT] != 0)
    qs_entity_set_string (client, QS_CLIENT_FIELD_DEPARTMENT_ID, department_id);
  if (row->columns[QS_IMPORT_FIELD_LANGUAGE] != 0)
    qs_entity_set_enum (client, QS_CLIENT_FIELD_LANGUAGE,
                        qs_client_import_parse_language (row->values[QS_IMPORT_FIELD_LANGUAGE]));
  if (row->columns[QS_IMPORT_FIELD_PREFERRED_CHANNEL] != 0)
    qs_entity_set_enum (
      client, QS_CLIENT_FIELD_PREFERRED_CHANNEL,
      qs_client_import_parse_channel (row->values[QS_IMPORT_FIELD_PREFERRED_CHANNEL]));
  if (row->columns[QS_IMPORT_FIELD_SURVEY_CONSENT] != 0)
    qs_entity_set_boolean (
      client, QS_CLIENT_FIELD_SURVEY_CONSENT,
      qs_client_import_parse_boolean (row->values[QS_IMPORT_FIELD_SURVEY_CONSENT]));
}

static const char *
nonempty (const char *s)
{
  return s != NULL && *s != '\0' ? s : NULL;
}

static gboolean
insert_client (
  QsBulkInsert *bulk, QsImportRow *row, const char *department_id, gint64 now, GError **error)
{
  g_autofree char *id = g_uuid_string_random ();

  qs_bulk_insert_set_string (bulk, QS_CLIENT_FIELD_GIVEN_NAME,
                             nonempty (row->values[QS_IMPORT_FIELD_GIVEN_NAME]));
  qs_bulk_insert_set_string (bulk, QS_CLIENT_FIELD_FAMILY_NAME,
                             nonempty (row->values[QS_IMPORT_FIELD_FAMILY_NAME]));
  qs_bulk_insert_set_string (bulk, QS_CLIENT_FIELD_EMAIL,
                             nonempty (row->values[QS_IMPORT_FIELD_EMAIL]));
  qs_bulk_insert_set_string (bulk, QS_CLIENT_FIELD_PHONE,
                             nonempty (row->values[QS_IMPORT_FIELD_PHONE]));
  qs_bulk_insert_set_string (bulk, QS_CLIENT_FIELD_ROLE,
                             nonempty (row->values[QS_IMPORT_FIELD_ROLE]));
  qs_bulk_insert_set_string (bulk, QS_CLIENT_FIELD_AVAILABILITY,
                             nonempty (row->values[QS_IMPORT_FIELD_AVAILABILITY]));
  qs_bulk_insert_set_string (bulk, QS_CLIENT_FIELD_DEPARTMENT_ID, department_id);
  qs_bulk_insert_set_enum (
    bulk, QS_CLIENT_FIELD_LANGUAGE,
    row->values[QS_IMPORT_FIELD_LANGUAGE] != NULL
      ? qs_client_import_parse_language (row->values[QS_IMPORT_FIELD_LANGUAGE])
      : QS_LANGUAGE_FR);
  qs_bulk_insert_set_enum (
    bulk, QS_CLIENT_FIELD_PREFERRED_CHANNEL,
    row->values[QS_IMPORT_FIELD_PREFERRED_CHANNEL] != NULL
      ? qs_client_import_parse_channel (row->values[QS_IMPORT_FIELD_PREFERRED_CHANNEL])
      : QS_CHANNEL_ANY);
  qs_bulk_insert_set_boolean (
    bulk, QS_CLIENT_FIELD_SURVEY_CONSENT,
    row->values[QS_IMPORT_FIELD_SURVEY_CONSENT] != NULL &&
      qs_client_import_parse_boolean (row->values[QS_IMPORT_FIELD_SURVEY_CONSENT]) == TRUE);
  return qs_bulk_insert_row (bulk, id, now, now, error);
}

static gboolean
run_on (QsClientImport *self,
        QsStore        *store,
        gboolean        in_thread,
        GCancellable   *cancellable,
        guint          *n_added,
        guint          *n_updated,
        GError        **error)
{
  g_autoptr (GListModel) problems = NULL;
  g_autoptr (GHashTable) departments = NULL;
  g_autoptr (GHashTable) orphans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) people = NULL;
  g_autoptr (QsBulkInsert) bulk = NULL;
  g_autoptr (QsBulkSession) session = NULL;
  QsRepository *clients = qs_store_get_repository (store, QS_TYPE_CLIENT);
  QsImportRow   row;
  guint         line = 0, n_fields = 0, n_done = 0, added = 0, updated = 0;
  gint64        now = qs_store_now (store);
  gint64        last_report = 0;
  guint         n_problems;

  if (self->clean_serial == self->serial)
    problems = G_LIST_MODEL (g_list_store_new (QS_TYPE_IMPORT_PROBLEM));
  else
    problems = qs_client_import_check_on (self, store, error);
  if (problems == NULL)
    return FALSE;
  n_problems = g_list_model_get_n_items (problems);
  if (n_problems > 0)
    {
      g_set_error (
        error, QS_ERROR, QS_ERROR_INVALID,
        g_dngettext (GETTEXT_PACKAGE, "The file has %u problem; correct it and import again.",
                     "The file has %u problems; correct them and import again.", n_problems),
        n_problems);
      return FALSE;
    }

  /* A large import touches more pages than SQLite caches by default;
   * spilling them to the file midway costs more than the rows. On any
   * return without a commit, the session rolls back and puts the cache
   * back. */
  session = qs_bulk_session_begin (store, QS_BULK_SESSION_DEFAULT,
                                   self->n_rows >= BULK_INDEX_ROWS ? 128 * 1024 : 0, error);
  if (session == NULL)
    return FALSE;

  departments = qs_client_import_load_departments (store, error);
  people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (departments == NULL ||
      !qs_repository_foreach (clients, "email IS NOT NULL", NULL, NULL, QS_QUERY_DEFAULT,
                              collect_email_cb, people, error) ||
      (bulk = qs_bulk_insert_new (store, QS_TYPE_CLIENT, error)) == NULL ||
      !qs_directory_repository_begin_bulk_people (store, error))
    return FALSE;
  /* Rebuilding the indexes once beats keeping them sorted row by row. */
  if (self->n_rows >= BULK_INDEX_ROWS && !qs_bulk_insert_defer_indexes (bulk, error))
    return FALSE;

  report_fraction (self, 0.0, in_thread);
  qs_csv_reader_rewind (self->reader);
  qs_csv_reader_next (self->reader, NULL, NULL, NULL);
  while (qs_client_import_read_row (self, &row, &line, &n_fields, error))
    {
      const char *email = row.values[QS_IMPORT_FIELD_EMAIL];
      const char *parent_id = NULL;
      const char *department_id = NULL;
      const char *known = NULL;

      if (row.values[QS_IMPORT_FIELD_PARENT_DEPARTMENT] != NULL)
        {
          parent_id =
            resolve_department (store, departments, orphans,
                                row.values[QS_IMPORT_FIELD_PARENT_DEPARTMENT], NULL, error);
          if (parent_id == NULL && *row.values[QS_IMPORT_FIELD_PARENT_DEPARTMENT] != '\0')
            return FALSE;
        }
      if (row.values[QS_IMPORT_FIELD_DEPARTMENT] != NULL)
        {
          department_id = resolve_department (
            store, departments, orphans, row.values[QS_IMPORT_FIELD_DEPARTMENT], parent_id, error);
          if (department_id == NULL && *row.values[QS_IMPORT_FIELD_DEPARTMENT] != '\0')
            return FALSE;
        }

      if (email != NULL && *email != '\0')
        {
          g_autofree char *key = g_utf8_casefold (email, -1);

          known = g_hash_table_lookup (people, key);
        }
      if (known != NULL)
        {
          g_autoptr (QsEntity) client = qs_repository_find (clients, known, error);

          if (client == NULL)
            return FALSE;
          set_client_fields (client, &row, department_id);
          if (!qs_repository_save (clients, client, error))
            return FALSE;
          updated++;
        }
      else
        {
          if (!insert_client (bulk, &row, department_id, now, error))
            return FALSE;
          added++;
        }

      /* Cancelling and progress cost a clock read per 256 rows. */
      if (++n_done % 256 == 0 || n_done == self->n_rows)
        {
          gint64 t = g_get_monotonic_time ();

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (!in_thread || t - last_report >= PROGRESS_INTERVAL_USEC || n_done == self->n_rows)
            {
              report_fraction (self, self->n_rows > 0 ? (double) n_done / self->n_rows : 1.0,
                               in_thread);
              last_report = t;
            }
        }
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!qs_bulk_insert_finish (bulk, error) ||
      !qs_directory_repository_end_bulk_people (store, error) ||
      !qs_bulk_session_commit (session, error))
    return FALSE;

  report_fraction (self, 1.0, in_thread);
  if (n_added != NULL)
    *n_added = added;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}

/**
 * qs_client_import_run:
 *
 * Imports the whole file on the import's store, or nothing: refuses while
 * qs_client_import_check() finds problems; cancelled, it leaves the
 * database as it was (G_IO_ERROR_CANCELLED).
 */
gboolean
qs_client_import_run (
  QsClientImport *self, GCancellable *cancellable, guint *n_added, guint *n_updated, GError **error)
{
  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), FALSE);

  return run_on (self, self->store, FALSE, cancellable, n_added, n_updated, error);
}

typedef struct
{
  guint n_added;
  guint n_updated;
} Counts;

static void
run_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  QsClientImport *self = source_object;
  Counts         *counts = task_data;
  g_autoptr (QsStore) store = NULL;
  GError *error = NULL;

  /* SQLite connections stay in the thread that opened them. */
  store = qs_store_open (qs_store_get_path (self->store), &error);
  /* Stamped by the same clock as the import's store. */
  if (store != NULL)
    qs_store_set_clock (store, qs_store_get_clock (self->store));
  if (store == NULL ||
      !run_on (self, store, TRUE, cancellable, &counts->n_added, &counts->n_updated, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The file is read from the worker thread: leave the import alone (no
 * check, preview or mapping) until it finishes. */
void
qs_client_import_run_async (QsClientImport     *self,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (QS_IS_CLIENT_IMPORT (self));

  g_clear_pointer (&self->main_context, g_main_context_unref);
  self->main_context = g_main_context_ref_thread_default ();
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, qs_client_import_run_async);
  g_task_set_task_data (task, g_new0 (Counts, 1), g_free);
  g_task_run_in_thread (task, run_thread);
}

gboolean
qs_client_import_run_finish (
  QsClientImport *self, GAsyncResult *result, guint *n_added, guint *n_updated, GError **error)
{
  Counts *counts;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  counts = g_task_get_task_data (G_TASK (result));
  if (n_added != NULL)
    *n_added = counts->n_added;
  if (n_updated != NULL)
    *n_updated = counts->n_updated;
  return TRUE;
}
