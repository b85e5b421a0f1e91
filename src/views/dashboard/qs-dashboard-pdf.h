/* qs-dashboard-pdf.h — the Dashboard on paper: a page for each providing department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-dashboard-loader.h"

G_BEGIN_DECLS

/* One department's dashboard, for the document. */
typedef struct
{
  char            *name;
  QsDashboardData *data;
  guint            index; /* the period shown, of data's */
} QsDashboardPage;

void     qs_dashboard_page_free (QsDashboardPage *self);

/* An A4 PDF of @pages (QsDashboardPage), each department on a page of
 * its own (more when its tiles do not fit): every indicator's value, status
 * and target in the period shown, and its chart over the periods with the target line.
 * Words in the interface's language. */
GBytes  *qs_dashboard_pdf_render (GPtrArray   *pages,
                                  GTimeZone   *zone,
                                  GError     **error);

G_END_DECLS
/* clang-format on */
