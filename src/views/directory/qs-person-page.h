/* qs-person-page.h — one person of the directory, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-change-set.h"
#include "qs-client.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_PERSON_PAGE (qs_person_page_get_type ())

G_DECLARE_FINAL_TYPE (QsPersonPage, qs_person_page, QS, PERSON_PAGE, GtkWidget)

GtkWidget *qs_person_page_new            (void);
void       qs_person_page_set_store      (QsPersonPage *self,
                                          QsStore      *store);
void       qs_person_page_set_departments (QsPersonPage *self,
                                           GPtrArray    *departments);
gboolean   qs_person_page_load           (QsPersonPage *self,
                                          const char   *client_id,
                                          GError      **error);
QsClient  *qs_person_page_get_client     (QsPersonPage *self);
gboolean   qs_person_page_refresh        (QsPersonPage *self,
                                          QsChangeSet  *changes,
                                          GError      **error);
gboolean   qs_person_page_set_field      (QsPersonPage *self,
                                          guint         field,
                                          const GValue *value,
                                          GError      **error);
gboolean   qs_person_page_undo           (QsPersonPage *self,
                                          GError      **error);
gboolean   qs_person_page_can_undo       (QsPersonPage *self);
gboolean   qs_person_page_anonymise      (QsPersonPage *self,
                                          GError      **error);

G_END_DECLS
/* clang-format on */
