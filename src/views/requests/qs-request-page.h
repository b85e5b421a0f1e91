/* qs-request-page.h — one request: its deadlines, its lifecycle, its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget actions, enabled only when they apply to the request shown:
 *   request.acknowledge, .start-analysis, .wait-on-client, .resume,
 *   .inform-client, .close            no parameter
 *   request.resolve, .reject, .reopen  "s": the resolution or the reason;
 *                                      "" asks for it in a dialog first
 *   request.extend                     a dialog: new date, reason, client told
 *   request.comment                    "s": the comment
 *   request.reveal                     shows a confidential client (logged)
 *   request.show-acknowledgement       the letter to send, with Copy
 *   request.edit-description           a dialog
 * "changed" is emitted after each change the page stored.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-request.h"
#include "qs-context.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_REQUEST_PAGE (qs_request_page_get_type ())

G_DECLARE_FINAL_TYPE (QsRequestPage, qs_request_page, QS, REQUEST_PAGE, AdwBin)

GtkWidget *qs_request_page_new         (void);
QsStore   *qs_request_page_get_store   (QsRequestPage *self);
QsContext *qs_request_page_get_context (QsRequestPage *self);
void       qs_request_page_set_context (QsRequestPage *self,
                                        QsContext     *context);
QsRequest *qs_request_page_get_request (QsRequestPage *self);
void       qs_request_page_set_request (QsRequestPage *self,
                                        QsRequest     *request);

G_END_DECLS
/* clang-format on */
