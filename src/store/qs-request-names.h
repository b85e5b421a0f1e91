/* qs-request-names.h — the names the tracker shows beside a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request stores ids; its list shows the client, the department and
 * the assignee by name. These fill a view's small cache (id → name) in
 * one query per batch, deleted rows included, so that a list of a million
 * requests looks up only the names of the rows on screen.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-store.h"

G_BEGIN_DECLS

#define QS_REQUEST_NAMES_BATCH 64

/* Adds to @names (id → name, strings owned by the table) the people of
 * @ids that are not in it yet: "Given Family", or "Anonymised person".
 * An id that is not found maps to "". NULL ids are skipped. */
gboolean qs_request_names_add_people      (QsStore            *store,
                                           GHashTable         *names,
                                           const char * const *ids,
                                           guint               n_ids,
                                           GError            **error);
/* Adds every department, deleted ones included, to @names. */
gboolean qs_request_names_add_departments (QsStore            *store,
                                           GHashTable         *names,
                                           GError            **error);

G_END_DECLS
/* clang-format on */
