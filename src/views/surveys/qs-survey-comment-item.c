/* qs-survey-comment-item.c — a questionnaire's comment, as a list holds it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GListStore holds objects: this one holds a QsSurveyComment of the
 * results, shared, for the rows of the comments' GtkListView. When what
 * a comment became changes, the item changes rather than being replaced:
 * a list view that replaces a row destroys its widgets, and the menu
 * button the person just used, which holds the window's focus.
 */
#include "config.h"

#include "qs-survey-comment-item.h"

struct _QsSurveyCommentItem
{
  GObject          parent_instance;
  QsSurveyComment *comment;
};

G_DEFINE_FINAL_TYPE (QsSurveyCommentItem, qs_survey_comment_item, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
qs_survey_comment_item_finalize (GObject *object)
{
  QsSurveyCommentItem *self = QS_SURVEY_COMMENT_ITEM (object);

  g_clear_pointer (&self->comment, qs_survey_comment_unref);
  G_OBJECT_CLASS (qs_survey_comment_item_parent_class)->finalize (object);
}

static void
qs_survey_comment_item_class_init (QsSurveyCommentItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_survey_comment_item_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
qs_survey_comment_item_init (QsSurveyCommentItem *self)
{
}

QsSurveyCommentItem *
qs_survey_comment_item_new (QsSurveyComment *comment)
{
  QsSurveyCommentItem *self = g_object_new (QS_TYPE_SURVEY_COMMENT_ITEM, NULL);

  g_return_val_if_fail (comment != NULL, self);

  self->comment = qs_survey_comment_ref (comment);
  return self;
}

const QsSurveyComment *
qs_survey_comment_item_get_comment (QsSurveyCommentItem *self)
{
  g_return_val_if_fail (QS_IS_SURVEY_COMMENT_ITEM (self), NULL);

  return self->comment;
}

void
qs_survey_comment_item_set_comment (QsSurveyCommentItem *self, QsSurveyComment *comment)
{
  g_return_if_fail (QS_IS_SURVEY_COMMENT_ITEM (self));
  g_return_if_fail (comment != NULL);

  qs_survey_comment_ref (comment);
  g_clear_pointer (&self->comment, qs_survey_comment_unref);
  self->comment = comment;
  g_signal_emit (self, signals[CHANGED], 0);
}
