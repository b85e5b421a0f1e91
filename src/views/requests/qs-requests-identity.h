/* qs-requests-identity.h — who is using QualServ, for the history and "assigned to me"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user gives their e-mail address in Preferences (GSettings
 * "user-email"). When it matches a live person of the directory, that
 * person is "me": their name is the actor of events and their requests
 * are "assigned to me". Otherwise the actor is the account's real name.
 */
#pragma once

#include "qs-store.h"

G_BEGIN_DECLS

/* The name to record as "who"; never NULL. */
char *qs_requests_identity_dup_actor     (QsStore *store);
/* The id of the matching person, or NULL. */
char *qs_requests_identity_dup_client_id (QsStore *store);

G_END_DECLS
