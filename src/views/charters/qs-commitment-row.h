/* qs-commitment-row.h — one commitment of the charter being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-commitment.h"
#include "qs-enums.h"
#include "qs-smart-check.h"

G_BEGIN_DECLS

#define QS_TYPE_COMMITMENT_ROW (qs_commitment_row_get_type ())

G_DECLARE_FINAL_TYPE (QsCommitmentRow, qs_commitment_row, QS, COMMITMENT_ROW, AdwActionRow)

GtkWidget     *qs_commitment_row_new            (QsCommitment    *commitment,
                                                 QsSmartResult   *result,
                                                 QsLanguage       language,
                                                 gboolean         editable);
QsCommitment  *qs_commitment_row_get_commitment (QsCommitmentRow *self);
QsSmartResult *qs_commitment_row_get_result     (QsCommitmentRow *self);
gboolean       qs_commitment_row_get_blocking   (QsCommitmentRow *self);
void           qs_commitment_row_set_highlight  (QsCommitmentRow *self,
                                                 gboolean         highlight);

G_END_DECLS
/* clang-format on */
