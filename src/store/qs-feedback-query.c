/* qs-feedback-query.c — finding feedback: channel, department, words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-feedback-query.h"
#include "qs-feedback.h"
#include "qs-repository.h"
#include "qs-request-query.h"

QsFeedbackFilter *
qs_feedback_filter_new (void)
{
  QsFeedbackFilter *self = g_new0 (QsFeedbackFilter, 1);

  self->source = -1;
  return self;
}

void
qs_feedback_filter_free (QsFeedbackFilter *self)
{
  if (self == NULL)
    return;
  g_free (self->search);
  g_free (self->provider_department_id);
  g_free (self->request_id);
  g_free (self);
}

gboolean
qs_feedback_filter_equal (const QsFeedbackFilter *a, const QsFeedbackFilter *b)
{
  return a->source == b->source && g_strcmp0 (a->search, b->search) == 0 &&
         g_strcmp0 (a->provider_department_id, b->provider_department_id) == 0 &&
         g_strcmp0 (a->request_id, b->request_id) == 0;
}

QsQueryListModel *
qs_feedback_query_new_model (QsStore *store)
{
  QsQueryListModel *model;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  model = qs_query_list_model_new (store, QS_TYPE_FEEDBACK);
  qs_query_list_model_set_query (model, NULL, NULL, "received_at DESC");
  return model;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/**
 * qs_feedback_query_set:
 *
 * The words are matched as the Requests view matches them
 * (qs_request_search_to_match()), in the comment's full-text index.
 */
void
qs_feedback_query_set (QsQueryListModel *model, const QsFeedbackFilter *filter)
{
  g_autoptr (GString) where = g_string_new ("1");
  g_autofree char *match = qs_request_search_to_match (filter->search);
  GVariantBuilder  builder;
  const char      *nick;
  gboolean         any = FALSE;

  g_return_if_fail (QS_IS_QUERY_LIST_MODEL (model));
  g_return_if_fail (filter != NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_TUPLE);
  if (match != NULL)
    {
      g_string_append (where, " AND rowid IN (SELECT rowid FROM feedback_fts"
                              " WHERE feedback_fts MATCH ?)");
      g_variant_builder_add (&builder, "s", match);
      any = TRUE;
    }
  if (filter->source >= 0 &&
      (nick = qs_enum_nick (QS_TYPE_FEEDBACK_SOURCE, filter->source)) != NULL)
    {
      g_string_append (where, " AND source = ?");
      g_variant_builder_add (&builder, "s", nick);
      any = TRUE;
    }
  if (is_set (filter->provider_department_id))
    {
      g_string_append (where, " AND provider_department_id = ?");
      g_variant_builder_add (&builder, "s", filter->provider_department_id);
      any = TRUE;
    }
  if (is_set (filter->request_id))
    {
      g_string_append (where, " AND request_id = ?");
      g_variant_builder_add (&builder, "s", filter->request_id);
      any = TRUE;
    }
  qs_query_list_model_set_query (model, where->str, any ? g_variant_builder_end (&builder) : NULL,
                                 "received_at DESC");
  if (!any)
    g_variant_builder_clear (&builder);
}

gboolean
qs_feedback_query_find_by_complaint (QsStore     *store,
                                     const char  *request_id,
                                     QsFeedback **feedback,
                                     GError     **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (feedback != NULL, FALSE);

  return qs_repository_find_first (qs_store_get_repository (store, QS_TYPE_FEEDBACK),
                                   "complaint_id = ?", g_variant_new ("(s)", request_id), NULL,
                                   (QsEntity **) feedback, error);
}

gboolean
qs_feedback_query_find_by_survey_answer (QsStore     *store,
                                         const char  *answer_id,
                                         QsFeedback **feedback,
                                         GError     **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (feedback != NULL, FALSE);

  return qs_repository_find_first (qs_store_get_repository (store, QS_TYPE_FEEDBACK),
                                   "survey_answer_id = ?", g_variant_new ("(s)", answer_id), NULL,
                                   (QsEntity **) feedback, error);
}

gboolean
qs_feedback_query_ratings (QsStore    *store,
                           const char *department_id,
                           gint64      from,
                           gint64      to,
                           gint64     *count,
                           gint64     *sum,
                           GError    **error)
{
  static const char *where = "provider_department_id = ? AND source = 'after-request' AND "
                             "rating BETWEEN 1 AND 5 AND received_at >= ? AND received_at < ?";
  g_autoptr (GPtrArray) ratings = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);

  *count = *sum = 0;
  ratings = qs_repository_find_all (qs_store_get_repository (store, QS_TYPE_FEEDBACK), where,
                                    g_variant_new ("(sxx)", department_id, from, to), NULL,
                                    QS_QUERY_DEFAULT, error);
  if (ratings == NULL)
    return FALSE;
  for (guint i = 0; i < ratings->len; i++)
    *sum += qs_entity_get_int (g_ptr_array_index (ratings, i), QS_FEEDBACK_FIELD_RATING);
  *count = ratings->len;
  return TRUE;
}
