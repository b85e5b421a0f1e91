/* qs-indicator-dialog.h — defining a department's own indicator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-context.h"
#include "qs-entities.h"

G_BEGIN_DECLS

#define QS_TYPE_INDICATOR_DIALOG (qs_indicator_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsIndicatorDialog, qs_indicator_dialog, QS, INDICATOR_DIALOG, AdwWindow)

/* A new indicator of @department_id, or the one of @indicator_id
 * (nullable) to change. */
QsIndicatorDialog *qs_indicator_dialog_new  (GtkWindow   *parent,
                                             QsContext   *context,
                                             const char  *department_id,
                                             const char  *indicator_id);
/* Checks and saves what the form says; FALSE says why above the form. */
gboolean           qs_indicator_dialog_save (QsIndicatorDialog *self);

/* The rows, for tests: the names, the measure, the target. */
AdwEntryRow       *qs_indicator_dialog_get_name_row    (QsIndicatorDialog *self,
                                                        QsLanguage         language);
AdwComboRow       *qs_indicator_dialog_get_measure_row (QsIndicatorDialog *self);
AdwComboRow       *qs_indicator_dialog_get_channel_row (QsIndicatorDialog *self);
AdwEntryRow       *qs_indicator_dialog_get_target_row  (QsIndicatorDialog *self);
AdwComboRow       *qs_indicator_dialog_get_period_row  (QsIndicatorDialog *self);
const char        *qs_indicator_dialog_get_reason      (QsIndicatorDialog *self);

G_END_DECLS
/* clang-format on */
