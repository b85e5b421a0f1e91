/* qs-charter-repository.c — charters and their versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A charter is a series of versions sharing one ref ("CH-RH"). Only a
 * draft can be edited. Publishing freezes a version for good — the
 * database itself refuses to change it (see data/sql/002.sql) — and
 * archives the version published before it; editing a published charter
 * starts a new draft, a copy whose commitments keep their lineage.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-charter-repository-private.h"
#include "qs-charter-template.h"
#include "qs-entities.h"
#include "qs-error.h"
#include "qs-repository-private.h"
#include "qs-smart-check.h"
#include "qs-text.h"

/* The latest live version of each ref, and the version in force beside
 * it: while version 2 is a draft, version 1 is still what clients read. A
 * ref has one published version at most (publishing archives the one
 * before), so a charter has one row, or two when a draft follows it. */
#define LISTED_VERSIONS                                                                            \
  "(status = 'published' OR version = (SELECT max(latest.version) FROM charters AS latest "        \
  "WHERE latest.ref = charters.ref AND latest.deleted_at IS NULL))"

/* The title a person reads first: the one in the charter's language. */
#define TITLE_ORDER                                                                                \
  "coalesce(nullif(CASE language WHEN 'fr' THEN title_fr ELSE title_en END, ''), "                 \
  "nullif(title_en, ''), nullif(title_fr, ''), ref) COLLATE NOCASE, ref, version DESC"

static QsRepository *
charters (QsStore *store)
{
  return qs_store_get_repository (store, QS_TYPE_CHARTER);
}

static const char *
charter_id (QsCharter *charter)
{
  return qs_entity_get_id (QS_ENTITY (charter));
}

/**
 * qs_charter_repository_new_list_model:
 *
 * A list of the latest version of every charter, and of the version
 * published before it when the latest is a draft, ordered by title (a
 * charter's versions newest first); fill it with
 * qs_query_list_model_reload().
 *
 * Returns: (transfer full): the model
 */
QsQueryListModel *
qs_charter_repository_new_list_model (QsStore *store)
{
  QsQueryListModel *model;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  model = qs_query_list_model_new (store, QS_TYPE_CHARTER);
  qs_charter_repository_set_list_filter (model, NULL, -1);
  return model;
}

/* For LIKE … ESCAPE '\': the user's text matches as typed. */
static char *
like_pattern (const char *search)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = search; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/**
 * qs_charter_repository_set_list_filter:
 * @model: a model made by qs_charter_repository_new_list_model()
 * @search: (nullable): text found in the English or French title, the ref
 *   or the providing department's name; %NULL or empty for all
 * @status: a #QsCharterStatus the versions listed must have, or -1 for any
 *
 * Takes effect at the next qs_query_list_model_reload().
 */
void
qs_charter_repository_set_list_filter (QsQueryListModel *model, const char *search, int status)
{
  g_autoptr (GString) where = g_string_new (LISTED_VERSIONS);
  g_autofree char *trimmed = NULL;
  g_autoptr (GEnumClass) status_class = NULL;
  GEnumValue     *status_value;
  GVariantBuilder params;
  gboolean        has_params = FALSE;

  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (model));

  status_class = g_type_class_ref (QS_TYPE_CHARTER_STATUS);
  status_value = status >= 0 ? g_enum_get_value (status_class, status) : NULL;
  g_return_if_fail (status < 0 || status_value != NULL);

  g_variant_builder_init (&params, G_VARIANT_TYPE_TUPLE);
  if (search != NULL)
    trimmed = g_strstrip (g_strdup (search));
  if (trimmed != NULL && *trimmed != '\0')
    {
      g_autofree char *pattern = like_pattern (trimmed);

      g_string_append (where, " AND (title_en LIKE ? ESCAPE '\\' OR title_fr LIKE ? ESCAPE '\\' "
                              "OR ref LIKE ? ESCAPE '\\' OR department_id IN "
                              "(SELECT id FROM departments WHERE name LIKE ? ESCAPE '\\' "
                              "OR name_en LIKE ? ESCAPE '\\' OR name_fr LIKE ? ESCAPE '\\'))");
      for (guint i = 0; i < 6; i++)
        g_variant_builder_add (&params, "s", pattern);
      has_params = TRUE;
    }
  if (status >= 0 && status_value != NULL)
    {
      g_string_append (where, " AND status = ?");
      g_variant_builder_add (&params, "s", status_value->value_nick);
      has_params = TRUE;
    }

  qs_query_list_model_set_query (model, where->str,
                                 has_params ? g_variant_builder_end (&params) : NULL, TITLE_ORDER);
  if (!has_params)
    g_variant_builder_clear (&params);
}

static gboolean
ref_is_taken (QsStore *store, const char *ref, gboolean *taken, GError **error)
{
  gint64 count = qs_repository_count (charters (store), "ref = ?", g_variant_new ("(s)", ref),
                                      QS_QUERY_INCLUDE_DELETED, error);

  *taken = count > 0;
  return count >= 0;
}

/* The first calendar of the department, if it has one. */
static char *
department_calendar_id (QsStore *store, const char *department_id, GError **error)
{
  g_autoptr (GPtrArray) calendars = NULL;

  calendars = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_CALENDAR),
                                      "department_id = ?", g_variant_new ("(s)", department_id),
                                      "created_at", QS_QUERY_DEFAULT, error);
  if (calendars == NULL || calendars->len == 0)
    return NULL;
  return g_strdup (qs_entity_get_id (g_ptr_array_index (calendars, 0)));
}

/**
 * qs_charter_repository_create:
 * @department_id: the providing department
 * @from_template: whether to start from the model charter (its values,
 *   introduction and commitments) rather than from an empty one
 * @language: the charter's main language
 *
 * Creates and saves, in one transaction, version 1 of a new charter of
 * @department_id, as a draft. Its ref is "CH-" and the department's ref,
 * made unique; its titles name the department in both languages; its owner
 * is the department's manager, its calendar the department's, and its
 * review is due in a year.
 *
 * Returns: (transfer full): the new charter, or %NULL with @error set
 */
QsCharter *
qs_charter_repository_create (QsStore    *store,
                              const char *department_id,
                              gboolean    from_template,
                              QsLanguage  language,
                              GError    **error)
{
  g_autoptr (QsEntity) department = NULL;
  g_autoptr (QsCharter) charter = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  g_autoptr (GDateTime) now = qs_clock_get_now_local (qs_store_get_clock (store));
  g_autoptr (GDateTime) next_year = g_date_time_add_years (now, 1);
  g_autofree char *review_date = g_date_time_format (next_year, "%Y-%m-%d");
  g_autofree char *base_ref = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *title_en = NULL;
  g_autofree char *title_fr = NULL;
  g_autofree char *calendar_id = NULL;
  g_autoptr (GError) local_error = NULL;
  gboolean taken = TRUE;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  department =
    qs_repository_find (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), department_id, error);
  if (department == NULL)
    return NULL;
  if (qs_entity_is_deleted (department))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                   _ ("The department “%s” was deleted: choose another provider for the charter."),
                   qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
      return NULL;
    }

  base_ref = g_strdup_printf ("CH-%s", qs_entity_get_string (department, QS_DEPARTMENT_FIELD_REF));
  ref = g_strdup (base_ref);
  for (guint n = 2;; n++)
    {
      if (!ref_is_taken (store, ref, &taken, error))
        return NULL;
      if (!taken)
        break;
      g_free (ref);
      ref = g_strdup_printf ("%s-%u", base_ref, n);
    }

  calendar_id = department_calendar_id (store, department_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Each title names the department in its own language. */
  title_en = qs_charter_template_dup_title (QS_LANGUAGE_EN,
                                            qs_department_get_name_in (department, QS_LANGUAGE_EN));
  title_fr = qs_charter_template_dup_title (QS_LANGUAGE_FR,
                                            qs_department_get_name_in (department, QS_LANGUAGE_FR));

  charter = qs_charter_new ();
  g_object_set (charter, "ref", ref, "version", (gint64) 1, "status", QS_CHARTER_STATUS_DRAFT,
                "department-id", department_id, "calendar-id", calendar_id, "owner-id",
                qs_entity_get_string (department, QS_DEPARTMENT_FIELD_MANAGER_ID), "language",
                language, "title-en", title_en, "title-fr", title_fr, "review-date", review_date,
                NULL);

  if (from_template)
    {
      g_object_set (charter, "values-en", qs_charter_template_get_values (QS_LANGUAGE_EN),
                    "values-fr", qs_charter_template_get_values (QS_LANGUAGE_FR), "introduction-en",
                    qs_charter_template_get_introduction (QS_LANGUAGE_EN), "introduction-fr",
                    qs_charter_template_get_introduction (QS_LANGUAGE_FR), NULL);
      commitments = qs_charter_template_new_commitments ();
      for (guint i = 0; i < commitments->len; i++)
        {
          QsEntity *commitment = g_ptr_array_index (commitments, i);

          qs_entity_set_string (commitment, QS_COMMITMENT_FIELD_CHARTER_ID, charter_id (charter));
          qs_entity_set_string (commitment, QS_COMMITMENT_FIELD_LINEAGE_ID,
                                qs_entity_get_id (commitment));
        }
    }

  if (!qs_store_begin (store, error))
    return NULL;
  if (!qs_repository_save (charters (store), QS_ENTITY (charter), error) ||
      (commitments != NULL &&
       !qs_repository_save_all (qs_store_get_repository (store, QS_TYPE_COMMITMENT), commitments,
                                error)))
    {
      qs_store_rollback (store);
      return NULL;
    }
  if (!qs_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&charter);
}

/**
 * qs_charter_repository_is_frozen:
 *
 * Returns: whether @charter is a published or archived version, which
 *   nothing may change
 */
gboolean
qs_charter_repository_is_frozen (QsCharter *charter)
{
  g_return_val_if_fail (QS_IS_CHARTER (charter), TRUE);

  return qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_STATUS) !=
         QS_CHARTER_STATUS_DRAFT;
}

static void
set_frozen_error (GError **error)
{
  g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                       _ ("This version of the charter is published and can no longer be changed: "
                          "start a new version to edit it."));
}

/**
 * qs_charter_repository_refuse_frozen_id:
 *
 * Returns: %FALSE with @error set when the stored charter @charter_id is
 *   frozen (or cannot be read), %TRUE when it is a draft or not stored yet
 */
gboolean
qs_charter_repository_refuse_frozen_id (QsStore *store, const char *charter_id, GError **error)
{
  gint64 frozen;

  if (charter_id == NULL)
    return TRUE;
  frozen = qs_repository_count (charters (store), "id = ? AND status <> 'draft'",
                                g_variant_new ("(s)", charter_id), QS_QUERY_INCLUDE_DELETED, error);
  if (frozen < 0)
    return FALSE;
  if (frozen > 0)
    {
      set_frozen_error (error);
      return FALSE;
    }
  return TRUE;
}

QsCharter *
qs_charter_repository_find_charter (QsStore *store, const char *charter_id, GError **error)
{
  return (QsCharter *) qs_repository_find (charters (store), charter_id, error);
}

static gboolean
validate_title (QsCharter *charter, GError **error)
{
  QsLanguage language = qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_LANGUAGE);
  guint field = language == QS_LANGUAGE_FR ? QS_CHARTER_FIELD_TITLE_FR : QS_CHARTER_FIELD_TITLE_EN;

  if (!qs_text_is_blank (qs_entity_get_string (QS_ENTITY (charter), field)))
    return TRUE;

  g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
               language == QS_LANGUAGE_FR
                 ? _ ("The charter needs a title in French, its main language.")
                 : _ ("The charter needs a title in English, its main language."));
  return FALSE;
}

/**
 * qs_charter_repository_save:
 *
 * Saves a draft charter. A published or archived version is refused before
 * anything is written, as is a draft without a title in its language.
 *
 * Returns: %TRUE on success, %FALSE with a %QS_ERROR_INVALID sentence
 */
gboolean
qs_charter_repository_save (QsStore *store, QsCharter *charter, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CHARTER (charter), FALSE);

  /* Both the version as the caller holds it and as it is stored: the
   * generic upsert would otherwise run into the database's own guard. */
  if (qs_charter_repository_is_frozen (charter))
    {
      set_frozen_error (error);
      return FALSE;
    }
  if (!qs_charter_repository_refuse_frozen_id (store, charter_id (charter), error) ||
      !validate_title (charter, error))
    return FALSE;

  return qs_repository_save (charters (store), QS_ENTITY (charter), error);
}

static char *
today (QsStore *store)
{
  g_autoptr (GDateTime) now = qs_clock_get_now_local (qs_store_get_clock (store));

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
validate_for_publication (QsStore *store, QsCharter *charter, GError **error)
{
  QsEntity        *entity = QS_ENTITY (charter);
  QsLanguage       language = qs_entity_get_enum (entity, QS_CHARTER_FIELD_LANGUAGE);
  const char      *review_date = qs_entity_get_string (entity, QS_CHARTER_FIELD_REVIEW_DATE);
  const char      *calendar_id = qs_entity_get_string (entity, QS_CHARTER_FIELD_CALENDAR_ID);
  g_autofree char *now = today (store);
  g_autoptr (QsEntity) calendar = NULL;
  g_autoptr (GPtrArray) commitments = NULL;

  if (!validate_title (charter, error))
    return FALSE;

  if (review_date == NULL || *review_date == '\0')
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Set a review date before publishing: standards are reviewed and "
                              "updated."));
      return FALSE;
    }
  /* ISO dates compare as text. */
  if (strcmp (review_date, now) < 0)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   /* Translators: %s is a date, YYYY-MM-DD */
                   _ ("The review date %s is past: set a date to come before publishing."),
                   review_date);
      return FALSE;
    }

  if (calendar_id != NULL && *calendar_id != '\0')
    {
      calendar =
        qs_repository_find (qs_store_get_repository (store, QS_TYPE_CALENDAR), calendar_id, error);
      if (calendar == NULL)
        return FALSE;
    }

  commitments = qs_charter_repository_get_commitments (store, charter, error);
  if (commitments == NULL)
    return FALSE;
  for (guint i = 0; i < commitments->len; i++)
    {
      QsCommitment *commitment = g_ptr_array_index (commitments, i);
      g_autoptr (QsSmartResult) result = NULL;
      const char *text;

      if (!qs_commitment_is_measurable (commitment))
        continue;
      result = qs_smart_check_commitment (commitment, (QsCalendar *) calendar, language);
      if (qs_smart_result_passes (result))
        continue;

      text = qs_entity_get_string (QS_ENTITY (commitment), language == QS_LANGUAGE_FR
                                                             ? QS_COMMITMENT_FIELD_TEXT_FR
                                                             : QS_COMMITMENT_FIELD_TEXT_EN);
      if (qs_text_is_blank (text))
        text = qs_entity_get_string (QS_ENTITY (commitment), language == QS_LANGUAGE_FR
                                                               ? QS_COMMITMENT_FIELD_TEXT_EN
                                                               : QS_COMMITMENT_FIELD_TEXT_FR);
      for (QsSmartCriterion c = 0; c < QS_SMART_N_CRITERIA; c++)
        if (!qs_smart_result_get_passed (result, c))
          {
            g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                         /* Translators: the first %s is a commitment's text, the second what is
                            wrong with it */
                         _ ("The commitment “%s” is measured but not SMART yet: %s"),
                         text != NULL ? text : "", qs_smart_result_get_reason (result, c));
            return FALSE;
          }
    }
  return TRUE;
}

static gboolean
archive_published (QsStore *store, QsCharter *charter, GError **error)
{
  sqlite3_stmt *stmt;
  int           rc;

  stmt = qs_store_prepare (
    store,
    "UPDATE charters SET status = 'archived', updated_at = max (updated_at + 1, ?) "
    "WHERE ref = ? AND status = 'published' AND id <> ?",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, qs_store_now (store));
  sqlite3_bind_text (stmt, 2, qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_REF), -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, charter_id (charter), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      qs_store_set_sqlite_error (store, error, rc, _ ("Archiving the previous version"));
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_charter_repository_check_publication:
 *
 * What qs_charter_repository_publish() would refuse, said without
 * publishing: so that a person is asked to confirm only what can be done.
 *
 * Returns: %TRUE when @charter can be published
 */
gboolean
qs_charter_repository_check_publication (QsStore *store, QsCharter *charter, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CHARTER (charter), FALSE);

  return validate_for_publication (store, charter, error);
}

/**
 * qs_charter_repository_get_published:
 * @department_id: the providing department
 *
 * Returns: (transfer full): the charters published for @department_id,
 *   whatever their reference, or %NULL with @error set
 */
GPtrArray *
qs_charter_repository_get_published (QsStore *store, const char *department_id, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  return qs_repository_find_all (charters (store), "department_id = ? AND status = 'published'",
                                 g_variant_new ("(s)", department_id), "ref", QS_QUERY_DEFAULT,
                                 error);
}

/**
 * qs_charter_repository_publish:
 *
 * Publishes the draft @charter as it is held (saving it): it becomes
 * frozen, with published_at set, and the version published before it is
 * archived, in one transaction. Refused, with nothing written, when the
 * charter has no title in its language, no review date or one in the past,
 * or a measured commitment that fails the SMART check (which is named).
 *
 * Returns: %TRUE on success, %FALSE with a %QS_ERROR_INVALID sentence
 */
gboolean
qs_charter_repository_publish (QsStore *store, QsCharter *charter, GError **error)
{
  QsEntity *entity = QS_ENTITY (charter);

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CHARTER (charter), FALSE);

  if (qs_charter_repository_is_frozen (charter) ||
      !qs_charter_repository_refuse_frozen_id (store, charter_id (charter), error))
    {
      g_clear_error (error);
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("This version of the charter is already published."));
      return FALSE;
    }
  if (!validate_for_publication (store, charter, error))
    return FALSE;

  if (!qs_store_begin (store, error))
    return FALSE;

  qs_entity_set_enum (entity, QS_CHARTER_FIELD_STATUS, QS_CHARTER_STATUS_PUBLISHED);
  qs_entity_set_int (entity, QS_CHARTER_FIELD_PUBLISHED_AT, qs_store_now (store));
  if (!archive_published (store, charter, error) ||
      !qs_repository_save (charters (store), entity, error) || !qs_store_commit (store, error))
    {
      qs_store_rollback (store);
      qs_entity_set_enum (entity, QS_CHARTER_FIELD_STATUS, QS_CHARTER_STATUS_DRAFT);
      qs_entity_set_int (entity, QS_CHARTER_FIELD_PUBLISHED_AT, 0);
      return FALSE;
    }
  return TRUE;
}

static QsCharter *
find_draft (QsStore *store, const char *ref, GError **error)
{
  g_autoptr (GPtrArray) drafts =
    qs_repository_find_all (charters (store), "ref = ? AND status = 'draft'",
                            g_variant_new ("(s)", ref), "version DESC", QS_QUERY_DEFAULT, error);

  if (drafts == NULL || drafts->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (drafts, 0));
}

/**
 * qs_charter_repository_new_version:
 * @frozen: a published or archived version
 *
 * Starts editing a published charter: copies @frozen and its live
 * commitments as a new draft version (the highest version of its ref plus
 * one), whose previous_id is @frozen and whose commitments keep their
 * lineage. If the ref already has a draft, that draft is returned instead:
 * one charter never has two drafts.
 *
 * Returns: (transfer full): the draft, or %NULL with @error set
 */
QsCharter *
qs_charter_repository_new_version (QsStore *store, QsCharter *frozen, GError **error)
{
  const char *ref;
  g_autoptr (QsCharter) draft = NULL;
  g_autoptr (GPtrArray) versions = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  g_autoptr (GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) local_error = NULL;
  gint64 version;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_CHARTER (frozen), NULL);

  ref = qs_entity_get_string (QS_ENTITY (frozen), QS_CHARTER_FIELD_REF);
  draft = find_draft (store, ref, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (draft != NULL)
    return g_steal_pointer (&draft);

  versions = qs_repository_find_all (charters (store), "ref = ?", g_variant_new ("(s)", ref),
                                     "version DESC", QS_QUERY_INCLUDE_DELETED, error);
  if (versions == NULL)
    return NULL;
  version = qs_entity_get_int (g_ptr_array_index (versions, 0), QS_CHARTER_FIELD_VERSION);

  commitments = qs_charter_repository_get_commitments (store, frozen, error);
  if (commitments == NULL)
    return NULL;

  draft = qs_charter_new ();
  for (guint i = 0; i < QS_CHARTER_N_FIELDS; i++)
    qs_entity_set_value (QS_ENTITY (draft), i, qs_entity_get_value (QS_ENTITY (frozen), i));
  qs_entity_set_int (QS_ENTITY (draft), QS_CHARTER_FIELD_VERSION, version + 1);
  qs_entity_set_enum (QS_ENTITY (draft), QS_CHARTER_FIELD_STATUS, QS_CHARTER_STATUS_DRAFT);
  qs_entity_set_int (QS_ENTITY (draft), QS_CHARTER_FIELD_PUBLISHED_AT, 0);
  qs_entity_set_string (QS_ENTITY (draft), QS_CHARTER_FIELD_PREVIOUS_ID, charter_id (frozen));

  for (guint i = 0; i < commitments->len; i++)
    {
      QsEntity   *from = g_ptr_array_index (commitments, i);
      QsEntity   *copy = QS_ENTITY (qs_commitment_new ());
      const char *lineage = qs_entity_get_string (from, QS_COMMITMENT_FIELD_LINEAGE_ID);

      for (guint f = 0; f < QS_COMMITMENT_N_FIELDS; f++)
        qs_entity_set_value (copy, f, qs_entity_get_value (from, f));
      qs_entity_set_string (copy, QS_COMMITMENT_FIELD_CHARTER_ID, charter_id (draft));
      qs_entity_set_string (copy, QS_COMMITMENT_FIELD_LINEAGE_ID,
                            lineage != NULL ? lineage : qs_entity_get_id (from));
      g_ptr_array_add (copies, copy);
    }

  if (!qs_store_begin (store, error))
    return NULL;
  if (!qs_repository_save (charters (store), QS_ENTITY (draft), error) ||
      !qs_repository_save_all (qs_store_get_repository (store, QS_TYPE_COMMITMENT), copies, error))
    {
      qs_store_rollback (store);
      return NULL;
    }
  if (!qs_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&draft);
}

/**
 * qs_charter_repository_get_versions:
 *
 * Returns: (transfer full) (element-type QsCharter): every live version of
 *   the charter @ref, newest first, or %NULL with @error set
 */
GPtrArray *
qs_charter_repository_get_versions (QsStore *store, const char *ref, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (ref != NULL, NULL);

  return qs_repository_find_all (charters (store), "ref = ?", g_variant_new ("(s)", ref),
                                 "version DESC", QS_QUERY_DEFAULT, error);
}

/**
 * qs_charter_repository_get_people:
 *
 * The people a charter can name: the staff, who may own a charter or a
 * commitment, and whoever owns one already. Not the whole directory, which
 * may hold a hundred thousand people.
 *
 * Returns: (transfer full) (element-type QsClient): live people, or %NULL
 *   with @error set
 */
GPtrArray *
qs_charter_repository_get_people (QsStore *store, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  return qs_repository_find_all (
    qs_store_get_repository (store, QS_TYPE_CLIENT),
    "is_staff = 1"
    " OR id IN (SELECT owner_id FROM charters WHERE deleted_at IS NULL)"
    " OR id IN (SELECT owner_id FROM commitments WHERE deleted_at IS NULL)",
    NULL, NULL, QS_QUERY_DEFAULT, error);
}
