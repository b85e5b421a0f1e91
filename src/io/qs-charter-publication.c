/* qs-charter-publication.c — gathers a charter into a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the document shows is read from the store once, here, so
 * that the HTML writer, the PDF writer and printing render the same
 * content and never touch the database. The owner of the charter and of
 * its commitments is left out: a publication carries no personal data.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "qs-calendar.h"
#include "qs-charter-publication-private.h"
#include "qs-charter-repository.h"
#include "qs-commitment.h"
#include "qs-department.h"
#include "qs-error.h"
#include "qs-quarter.h"
#include "qs-repository.h"
#include "qs-service.h"

G_DEFINE_FINAL_TYPE (QsCharterPublication, qs_charter_publication, G_TYPE_OBJECT)

static void
item_free (gpointer data)
{
  QsPublicationItem *item = data;

  g_free (item->text);
  g_free (item->target);
  g_free (item->achieved);
  g_free (item);
}

static void
qs_charter_publication_finalize (GObject *object)
{
  QsCharterPublication *self = QS_CHARTER_PUBLICATION (object);

  g_free (self->title);
  g_free (self->provider);
  g_free (self->status_line);
  g_free (self->review_line);
  g_free (self->values);
  g_free (self->introduction);
  g_free (self->contact);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->pages, qs_publication_pages_free);

  G_OBJECT_CLASS (qs_charter_publication_parent_class)->finalize (object);
}

static void
qs_charter_publication_class_init (QsCharterPublicationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_charter_publication_finalize;
}

static void
qs_charter_publication_init (QsCharterPublication *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);
}

/* The text of @language, or else the other language's with *missing set;
 * NULL when neither is written. */
static char *
pick_text (QsEntity *entity, guint field_en, guint field_fr, QsLanguage language, gboolean *missing)
{
  const char *wanted =
    qs_entity_get_string (entity, language == QS_LANGUAGE_EN ? field_en : field_fr);
  const char *other =
    qs_entity_get_string (entity, language == QS_LANGUAGE_EN ? field_fr : field_en);
  g_autofree char *wanted_stripped = g_strstrip (g_strdup (wanted != NULL ? wanted : ""));
  g_autofree char *other_stripped = g_strstrip (g_strdup (other != NULL ? other : ""));

  *missing = FALSE;
  if (*wanted_stripped != '\0')
    return g_steal_pointer (&wanted_stripped);
  if (*other_stripped != '\0')
    {
      *missing = TRUE;
      return g_steal_pointer (&other_stripped);
    }
  return NULL;
}

static QsEntity *
find_entity (QsStore *store, GType type, const char *id, GError **error)
{
  if (id == NULL || *id == '\0')
    return NULL;
  return qs_repository_find (qs_store_get_repository (store, type), id, error);
}

/* "Human resources — Payroll" when the charter is a service's. */
static gboolean
gather_provider (QsCharterPublication *self, QsStore *store, QsCharter *charter, GError **error)
{
  const char *department_id =
    qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_DEPARTMENT_ID);
  const char *service_id = qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_SERVICE_ID);
  g_autoptr (QsEntity) department = NULL;
  g_autoptr (QsEntity) service = NULL;
  g_autoptr (GError) local_error = NULL;

  department = find_entity (store, QS_TYPE_DEPARTMENT, department_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  service = find_entity (store, QS_TYPE_SERVICE, service_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The department's name in the document's language. */
  if (department != NULL && service != NULL)
    self->provider = g_strconcat (qs_department_get_name_in (department, self->language), " — ",
                                  qs_entity_get_string (service, QS_SERVICE_FIELD_NAME), NULL);
  else if (department != NULL)
    self->provider = g_strdup (qs_department_get_name_in (department, self->language));
  else
    self->provider = g_strdup ("");
  return TRUE;
}

/* Quarters and dates are those of the charter's business calendar, so
 * that "July–September" starts on 1 July where the department works. */
static GTimeZone *
charter_zone (QsStore *store, QsCharter *charter)
{
  const char *calendar_id =
    qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_CALENDAR_ID);
  g_autoptr (QsEntity) calendar = find_entity (store, QS_TYPE_CALENDAR, calendar_id, NULL);
  const char *identifier = NULL;
  GTimeZone  *zone = NULL;

  if (calendar != NULL)
    identifier = qs_entity_get_string (calendar, QS_CALENDAR_FIELD_TIMEZONE);
  if (identifier != NULL && *identifier != '\0')
    zone = g_time_zone_new_identifier (identifier);
  return zone != NULL ? zone : g_time_zone_new_local ();
}

static void
gather_header (QsCharterPublication *self, QsCharter *charter, GTimeZone *zone)
{
  QsEntity   *entity = QS_ENTITY (charter);
  gint64      published_at = qs_entity_get_int (entity, QS_CHARTER_FIELD_PUBLISHED_AT);
  const char *review = qs_entity_get_string (entity, QS_CHARTER_FIELD_REVIEW_DATE);
  g_autoptr (GDateTime) published = NULL;
  int year, month, day;

  self->title = pick_text (entity, QS_CHARTER_FIELD_TITLE_EN, QS_CHARTER_FIELD_TITLE_FR,
                           self->language, &self->title_missing);
  if (self->title == NULL)
    self->title = g_strdup (qs_publication_string (self->language, QS_DOC_UNTITLED));
  self->values = pick_text (entity, QS_CHARTER_FIELD_VALUES_EN, QS_CHARTER_FIELD_VALUES_FR,
                            self->language, &self->values_missing);
  self->introduction =
    pick_text (entity, QS_CHARTER_FIELD_INTRODUCTION_EN, QS_CHARTER_FIELD_INTRODUCTION_FR,
               self->language, &self->introduction_missing);

  if (published_at > 0)
    {
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (published_at / G_USEC_PER_SEC);
      published = g_date_time_to_timezone (utc, zone);
    }
  self->status_line = qs_publication_status_line (
    qs_entity_get_int (entity, QS_CHARTER_FIELD_VERSION),
    qs_entity_get_enum (entity, QS_CHARTER_FIELD_STATUS), published, self->language);

  if (review != NULL && sscanf (review, "%d-%d-%d", &year, &month, &day) == 3)
    {
      g_autoptr (GDateTime) date = g_date_time_new (zone, year, month, day, 12, 0, 0);

      if (date != NULL)
        self->review_line = qs_publication_review_line (date, self->language);
    }
}

static gboolean
gather_commitment (QsCharterPublication *self,
                   QsStore              *store,
                   QsCommitment         *commitment,
                   GDateTime            *start,
                   GDateTime            *end,
                   const char           *period,
                   GError              **error)
{
  QsEntity *entity = QS_ENTITY (commitment);
  QsMetric  metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);
  double    threshold = qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT);
  QsPublicationItem *item;
  gboolean           missing;
  char              *text;

  text = pick_text (entity, QS_COMMITMENT_FIELD_TEXT_EN, QS_COMMITMENT_FIELD_TEXT_FR,
                    self->language, &missing);
  /* A commitment with no words in either language promises nothing. */
  if (text == NULL)
    return TRUE;

  item = g_new0 (QsPublicationItem, 1);
  item->category = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CATEGORY);
  item->text = text;
  item->text_missing = missing;
  item->target = qs_publication_target_sentence (
    metric, qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE),
    qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT), threshold, self->language);
  item->outcome = QS_OUTCOME_NOT_MEASURED;
  g_ptr_array_add (self->items, item);
  self->translations_missing |= missing;

  if (metric == QS_METRIC_ACKNOWLEDGEMENT || metric == QS_METRIC_RESOLUTION)
    {
      double percent = NAN;
      gint64 n_requests = 0;

      if (!qs_charter_repository_get_achieved (store, commitment, start, end, &percent, &n_requests,
                                               error))
        return FALSE;
      item->achieved = qs_publication_achieved_sentence (period, percent, n_requests, threshold,
                                                         self->language, &item->outcome);
    }
  else if (metric != QS_METRIC_NONE)
    {
      item->achieved = qs_publication_other_source (metric, self->language);
      item->outcome = QS_OUTCOME_OTHER_SOURCE;
    }
  return TRUE;
}

/**
 * qs_charter_publication_new:
 * @now: the achieved figures are those of the last complete quarter before it
 *
 * Reads @charter, its provider and its commitments, and computes the
 * performance each measured commitment achieved.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
QsCharterPublication *
qs_charter_publication_new (
  QsStore *store, QsCharter *charter, QsLanguage language, GDateTime *now, GError **error)
{
  g_autoptr (QsCharterPublication) self = NULL;
  g_autoptr (GTimeZone) zone = NULL;
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  g_autofree char *period = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_CHARTER (charter), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (QS_TYPE_CHARTER_PUBLICATION, NULL);
  self->language = language == QS_LANGUAGE_EN ? QS_LANGUAGE_EN : QS_LANGUAGE_FR;

  if (!gather_provider (self, store, charter, error))
    return NULL;
  zone = charter_zone (store, charter);
  gather_header (self, charter, zone);
  self->translations_missing =
    self->title_missing || self->values_missing || self->introduction_missing;

  qs_last_complete_quarter (now, zone, &start, &end);
  period = qs_publication_format_period (start, end, self->language);

  commitments = qs_charter_repository_get_commitments (store, charter, error);
  if (commitments == NULL)
    return NULL;
  for (guint i = 0; i < commitments->len; i++)
    if (!gather_commitment (self, store, g_ptr_array_index (commitments, i), start, end, period,
                            error))
      return NULL;
  if (!qs_publication_gather_contact (self, store, charter, commitments, now, error))
    return NULL;

  return g_steal_pointer (&self);
}

QsLanguage
qs_charter_publication_get_language (QsCharterPublication *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_PUBLICATION (self), QS_LANGUAGE_FR);

  return self->language;
}

const char *
qs_charter_publication_get_title (QsCharterPublication *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_PUBLICATION (self), NULL);

  return self->title;
}
