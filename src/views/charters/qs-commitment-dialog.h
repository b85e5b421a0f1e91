/* qs-commitment-dialog.h — edits one commitment of a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-calendar.h"
#include "qs-charter.h"
#include "qs-commitment.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_COMMITMENT_DIALOG (qs_commitment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsCommitmentDialog, qs_commitment_dialog, QS, COMMITMENT_DIALOG, AdwWindow)

QsCommitmentDialog *qs_commitment_dialog_new            (QsStore            *store,
                                                         QsCharter          *charter,
                                                         QsCommitment       *commitment,
                                                         QsCalendar         *calendar,
                                                         GPtrArray          *staff,
                                                         gboolean            editable);
QsCommitment       *qs_commitment_dialog_get_commitment (QsCommitmentDialog *self);

G_END_DECLS
/* clang-format on */
