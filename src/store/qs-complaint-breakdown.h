/* qs-complaint-breakdown.h — a period's complaints, counted by category, service, origin, client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ISO 10002 asks that complaints be tracked and classified by product or
 * service, origin and type of client, so that an organisation sees its
 * weak points. Each row can be clicked through: its figure reference,
 * qs_complaint_breakdown_ref(), lists exactly its complaints in Requests.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef enum {
  QS_COMPLAINT_AXIS_CATEGORY,
  QS_COMPLAINT_AXIS_SERVICE,
  QS_COMPLAINT_AXIS_ORIGIN,
  QS_COMPLAINT_AXIS_CLIENT_TYPE,
} QsComplaintAxis;

#define QS_COMPLAINT_N_AXES 4

typedef struct
{
  char  *key;    /* the category's nick, the service's or department's id, the type; "" none */
  char  *label;  /* in the interface's language */
  gint64 count;
} QsBreakdownRow;

void       qs_breakdown_row_free          (QsBreakdownRow *self);

/* The complaints @provider_id received over [@start, @end), by @axis,
 * most first. Department names in @language.
 *
 * Returns: (transfer full) (element-type QsBreakdownRow): the rows, or
 *   %NULL with @error set */
GPtrArray *qs_complaint_breakdown_compute (QsStore         *store,
                                           const char      *provider_id,
                                           gint64           start,
                                           gint64           end,
                                           QsComplaintAxis  axis,
                                           QsLanguage       language,
                                           GError         **error);

/* The figure reference of a row, for qs_indicator_figures_append_requests(). */
char      *qs_complaint_breakdown_ref     (QsComplaintAxis  axis,
                                           const char      *key);

G_END_DECLS
/* clang-format on */
