/* qs-requests-view.h — the Requests view: the tracker's list and one request beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-view.h"

#include "qs-request-query.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_REQUESTS_VIEW (qs_requests_view_get_type ())

G_DECLARE_FINAL_TYPE (QsRequestsView, qs_requests_view, QS, REQUESTS_VIEW, QsView)

GtkWidget             *qs_requests_view_new          (QsContext       *context);
QsStore               *qs_requests_view_get_store    (QsRequestsView  *self);
/* The requests listed, or NULL before the view was first shown. */
GListModel            *qs_requests_view_get_requests (QsRequestsView  *self);
const QsRequestFilter *qs_requests_view_get_filter   (QsRequestsView  *self);
void                   qs_requests_view_set_filter   (QsRequestsView  *self,
                                                      const QsRequestFilter *filter);
void                   qs_requests_view_reload       (QsRequestsView  *self);
/* Shows @request_id beside the list, selected when it is listed. */
void                   qs_requests_view_show_request (QsRequestsView  *self,
                                                      const char      *request_id);

G_END_DECLS
/* clang-format on */
