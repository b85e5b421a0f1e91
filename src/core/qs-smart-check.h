/* qs-smart-check.h — is a commitment specific, measurable, achievable, time-bound?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-calendar.h"
#include "qs-commitment.h"
#include "qs-enums.h"

G_BEGIN_DECLS

/* Achievable covers both "achievable" and "realistic". */
typedef enum {
  QS_SMART_SPECIFIC,
  QS_SMART_MEASURABLE,
  QS_SMART_ACHIEVABLE,
  QS_SMART_TIME_BOUND,
  QS_SMART_N_CRITERIA
} QsSmartCriterion;

#define QS_TYPE_SMART_RESULT (qs_smart_result_get_type ())

G_DECLARE_FINAL_TYPE (QsSmartResult, qs_smart_result, QS, SMART_RESULT, GObject)

QsSmartResult *qs_smart_check_commitment   (QsCommitment     *commitment,
                                            QsCalendar       *calendar,
                                            QsLanguage        language);

gboolean       qs_smart_result_passes      (QsSmartResult    *self);
gboolean       qs_smart_result_get_passed  (QsSmartResult    *self,
                                            QsSmartCriterion  criterion);
const char    *qs_smart_result_get_reason  (QsSmartResult    *self,
                                            QsSmartCriterion  criterion);

gboolean       qs_commitment_is_measurable (QsCommitment     *commitment);

G_END_DECLS
/* clang-format on */
