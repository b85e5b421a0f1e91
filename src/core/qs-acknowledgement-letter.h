/* qs-acknowledgement-letter.h — the letter that acknowledges a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written in the request's language (the client's), whatever the
 * interface's: its words come from that language's catalogue
 * (qs-catalog.h), its dates are told in the provider's zone.
 */
#pragma once

#include <glib-object.h>

#include "qs-business-hours.h"
#include "qs-client.h"
#include "qs-department.h"
#include "qs-request.h"

G_BEGIN_DECLS

/* The greeting by given name (@client may be NULL: anonymous), the
 * subject, the date received, the reference, the promised resolution
 * date (if any) and the name of @department (may be NULL), counted on
 * @hours, the request's clock. */
char *qs_acknowledgement_letter_write (QsRequest       *request,
                                       QsClient        *client,
                                       QsDepartment    *department,
                                       QsBusinessHours *hours);

G_END_DECLS
