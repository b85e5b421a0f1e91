/* qs-department-page.h — one department: who runs it, what it receives and needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <gtk/gtk.h>

#include "qs-department.h"
#include "qs-store.h"

G_BEGIN_DECLS

#define QS_TYPE_DEPARTMENT_PAGE (qs_department_page_get_type ())

G_DECLARE_FINAL_TYPE (QsDepartmentPage, qs_department_page, QS, DEPARTMENT_PAGE, GtkWidget)

GtkWidget *qs_department_page_new       (void);
void       qs_department_page_set_store (QsDepartmentPage *self,
                                         QsStore          *store);
gboolean   qs_department_page_load      (QsDepartmentPage *self,
                                         const char       *department_id,
                                         GError          **error);
gboolean   qs_department_page_add_need  (QsDepartmentPage *self,
                                         int               kind,
                                         const char       *text,
                                         GError          **error);
GPtrArray *qs_department_page_get_needs (QsDepartmentPage *self,
                                         int               kind);
/* The department shown, or NULL. */
QsDepartment *qs_department_page_get_department (QsDepartmentPage *self);

G_END_DECLS
/* clang-format on */
