/* qs-indicator-export.h — the dashboard's figures as JSON or CSV, for programs and spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One shape for `qualserv-cli report indicators` and the Dashboard's
 * "Export Figures": a row per figure and period, values rounded to two
 * decimals, days in the database's zone. The JSON shape is in the README.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gio/gio.h>

#include "qs-indicator-figure.h"

G_BEGIN_DECLS

/* One period's figures of one department. */
typedef struct
{
  const char *provider_ref;
  GPtrArray  *figures;      /* QsIndicatorFigure */
} QsIndicatorBlock;

gboolean qs_indicator_export_write (GOutputStream  *stream,
                                    gboolean        json,
                                    GPtrArray      *blocks,
                                    GTimeZone      *zone,
                                    GCancellable   *cancellable,
                                    GError        **error);

G_END_DECLS
/* clang-format on */
