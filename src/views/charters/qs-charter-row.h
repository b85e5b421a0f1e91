/* qs-charter-row.h — one charter in the list of the Charters view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-charter.h"

G_BEGIN_DECLS

#define QS_TYPE_CHARTER_ROW (qs_charter_row_get_type ())

G_DECLARE_FINAL_TYPE (QsCharterRow, qs_charter_row, QS, CHARTER_ROW, GtkWidget)

GtkWidget *qs_charter_row_new         (void);
QsCharter *qs_charter_row_get_charter (QsCharterRow *self);
void       qs_charter_row_set_charter (QsCharterRow *self,
                                       QsCharter    *charter,
                                       const char   *provider,
                                       const char   *owner,
                                       GDateTime    *now);

G_END_DECLS
/* clang-format on */
