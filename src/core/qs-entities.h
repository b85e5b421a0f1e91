/* qs-entities.h — every stored entity type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "qs-enums.h"
#include "qs-enum-types.h"

#include "qs-department.h"
#include "qs-department-need.h"
#include "qs-client.h"
#include "qs-service.h"
#include "qs-service-recipient.h"
#include "qs-calendar.h"
#include "qs-calendar-day.h"
#include "qs-charter.h"
#include "qs-commitment.h"
#include "qs-request.h"
#include "qs-request-event.h"
#include "qs-feedback.h"
#include "qs-survey.h"
#include "qs-survey-question.h"
#include "qs-survey-response.h"
#include "qs-survey-answer.h"
#include "qs-survey-department.h"
#include "qs-survey-invitation.h"
#include "qs-indicator.h"
#include "qs-indicator-value.h"
#include "qs-action.h"
#include "qs-action-link.h"
#include "qs-alert.h"

G_BEGIN_DECLS

const GType *qs_entity_types (guint *n_types);

G_END_DECLS
