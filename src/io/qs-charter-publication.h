/* qs-charter-publication.h — a charter as a document to pin on the intranet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A publication gathers everything a charter's readers see — the provider,
 * the texts in one language, the commitments by category and the
 * performance each measured commitment achieved over the last complete
 * quarter — once, then writes it as HTML or PDF, or draws it page by page
 * on any cairo context (a GtkPrintOperation's, for printing).
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <cairo.h>
#include <gio/gio.h>

#include "qs-charter.h"
#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_CHARTER_PUBLICATION (qs_charter_publication_get_type ())

G_DECLARE_FINAL_TYPE (QsCharterPublication, qs_charter_publication, QS, CHARTER_PUBLICATION, GObject)

QsCharterPublication *qs_charter_publication_new        (QsStore               *store,
                                                         QsCharter             *charter,
                                                         QsLanguage             language,
                                                         GDateTime             *now,
                                                         GError               **error);

QsLanguage            qs_charter_publication_get_language (QsCharterPublication *self);
const char           *qs_charter_publication_get_title  (QsCharterPublication  *self);

gboolean              qs_charter_publication_write_html (QsCharterPublication  *self,
                                                         GOutputStream         *stream,
                                                         GError               **error);
gboolean              qs_charter_publication_write_pdf  (QsCharterPublication  *self,
                                                         GFile                 *file,
                                                         GError               **error);

/* Printing: @cr and the page size are in points (GTK_UNIT_POINTS), and
 * the page is the printable area. paginate() lays the document out and
 * returns the number of pages; draw_page() draws one, counted from 0. */
int                   qs_charter_publication_paginate   (QsCharterPublication  *self,
                                                         cairo_t               *cr,
                                                         double                 page_width,
                                                         double                 page_height);
void                  qs_charter_publication_draw_page  (QsCharterPublication  *self,
                                                         cairo_t               *cr,
                                                         int                    page);

G_END_DECLS
/* clang-format on */
