/* qs-smart-check.c — is a commitment specific, measurable, achievable, time-bound?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-smart-check.h"

struct _QsSmartResult
{
  GObject parent_instance;

  gboolean passed[QS_SMART_N_CRITERIA];
  char    *reasons[QS_SMART_N_CRITERIA];
};

G_DEFINE_FINAL_TYPE (QsSmartResult, qs_smart_result, G_TYPE_OBJECT)

static void
qs_smart_result_finalize (GObject *object)
{
  QsSmartResult *self = QS_SMART_RESULT (object);

  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    g_free (self->reasons[i]);

  G_OBJECT_CLASS (qs_smart_result_parent_class)->finalize (object);
}

static void
qs_smart_result_class_init (QsSmartResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_smart_result_finalize;
}

static void
qs_smart_result_init (QsSmartResult *self)
{
  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    self->passed[i] = TRUE;
}

QsSmartResult *
qs_smart_check_commitment (QsCommitment *commitment,
                           QsCalendar   *calendar,
                           QsLanguage    language)
{
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), NULL);

  return g_object_new (QS_TYPE_SMART_RESULT, NULL);
}

gboolean
qs_smart_result_passes (QsSmartResult *self)
{
  g_return_val_if_fail (QS_IS_SMART_RESULT (self), FALSE);

  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    if (!self->passed[i])
      return FALSE;
  return TRUE;
}

gboolean
qs_smart_result_get_passed (QsSmartResult    *self,
                            QsSmartCriterion  criterion)
{
  g_return_val_if_fail (QS_IS_SMART_RESULT (self), FALSE);
  g_return_val_if_fail (criterion < QS_SMART_N_CRITERIA, FALSE);

  return self->passed[criterion];
}

const char *
qs_smart_result_get_reason (QsSmartResult    *self,
                            QsSmartCriterion  criterion)
{
  g_return_val_if_fail (QS_IS_SMART_RESULT (self), NULL);
  g_return_val_if_fail (criterion < QS_SMART_N_CRITERIA, NULL);

  return self->reasons[criterion];
}

gboolean
qs_commitment_is_measurable (QsCommitment *commitment)
{
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), FALSE);

  return qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_METRIC) != QS_METRIC_NONE;
}
