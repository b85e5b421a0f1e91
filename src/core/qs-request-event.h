/* qs-request-event.h — One change to a request: who, when, what, before and after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-entity.h"

G_BEGIN_DECLS

#define QS_TYPE_REQUEST_EVENT (qs_request_event_get_type ())

G_DECLARE_FINAL_TYPE (QsRequestEvent, qs_request_event, QS, REQUEST_EVENT, QsEntity)

/* Indexes into the field table, for qs_entity_get_string() and friends. */
typedef enum {
  QS_REQUEST_EVENT_FIELD_REQUEST_ID,
  QS_REQUEST_EVENT_FIELD_AT,
  QS_REQUEST_EVENT_FIELD_ACTOR,
  QS_REQUEST_EVENT_FIELD_KIND,
  QS_REQUEST_EVENT_FIELD_FIELD,
  QS_REQUEST_EVENT_FIELD_OLD_VALUE,
  QS_REQUEST_EVENT_FIELD_NEW_VALUE,
  QS_REQUEST_EVENT_FIELD_NOTE,
  QS_REQUEST_EVENT_FIELD_CLIENT_TOLD,
  QS_REQUEST_EVENT_N_FIELDS
} QsRequestEventField;

QsRequestEvent *qs_request_event_new (void);

G_END_DECLS
/* clang-format on */
