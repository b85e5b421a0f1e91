/* qs-commitment-match.h — which commitment of a charter applies to a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request is promised the delays of its provider's published charter.
 * Of the commitments measured by the acknowledgement or the resolution
 * that give a delay, one applies to a request of a channel and a kind
 * when it is for that channel or for "any", and for that kind (its list
 * of kinds names it, or is empty: every kind). When several apply:
 *   1. a commitment of the exact channel wins over an "any" one, even
 *      one that names the kind;
 *   2. then the latest publication (a department normally has one);
 *   3. then the order of the charter: by category, then position.
 * A withdrawn commitment (deleted), or one of a charter that is not
 * published (a draft, an archived version, a deleted one), never applies.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-charter.h"
#include "qs-commitment.h"
#include "qs-enums.h"

G_BEGIN_DECLS

/* Whether @commitment is for requests of @kind. */
gboolean      qs_commitment_applies_to_kind (QsCommitment  *commitment,
                                             QsRequestKind  kind);

/* The commitment of @metric that applies to a request of @channel and
 * @kind made to @department_id, among @commitments (QsCommitment) of
 * @charters (QsCharter, the department's); NULL when none does. */
QsCommitment *qs_commitment_match           (GPtrArray     *charters,
                                             GPtrArray     *commitments,
                                             const char    *department_id,
                                             QsMetric       metric,
                                             QsChannel      channel,
                                             QsRequestKind  kind);

/* The department's current charter: its latest published one, or NULL. */
QsCharter    *qs_commitment_match_current_charter (GPtrArray  *charters,
                                             const char    *department_id);

G_END_DECLS
/* clang-format on */
