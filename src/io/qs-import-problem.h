/* qs-import-problem.h — one thing wrong in a file to import, where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  QS_IMPORT_PROBLEM_BAD_EMAIL,
  QS_IMPORT_PROBLEM_UNKNOWN_DEPARTMENT,
  QS_IMPORT_PROBLEM_DUPLICATE_EMAIL,
  QS_IMPORT_PROBLEM_RAGGED_ROW,
  QS_IMPORT_PROBLEM_MISSING_NAME,
  QS_IMPORT_PROBLEM_BAD_VALUE,
} QsImportProblemKind;

#define QS_TYPE_IMPORT_PROBLEM_KIND (qs_import_problem_kind_get_type ())
GType qs_import_problem_kind_get_type (void) G_GNUC_CONST;

#define QS_TYPE_IMPORT_PROBLEM (qs_import_problem_get_type ())

G_DECLARE_FINAL_TYPE (QsImportProblem, qs_import_problem, QS, IMPORT_PROBLEM, GObject)

/* @column counts from 1 (0: the whole row); @field is a QsImportField. */
QsImportProblem     *qs_import_problem_new         (QsImportProblemKind  kind,
                                                    guint                line,
                                                    guint                column,
                                                    int                  field,
                                                    const char          *message);
QsImportProblemKind  qs_import_problem_get_kind    (QsImportProblem     *self);
guint                qs_import_problem_get_line    (QsImportProblem     *self);
guint                qs_import_problem_get_column  (QsImportProblem     *self);
int                  qs_import_problem_get_field   (QsImportProblem     *self);
/* Translated, starting "line L, column C: ". */
const char          *qs_import_problem_get_message (QsImportProblem     *self);
/* For UNKNOWN_DEPARTMENT: the department's name, else NULL. */
const char          *qs_import_problem_get_value   (QsImportProblem     *self);
void                 qs_import_problem_set_value   (QsImportProblem     *self,
                                                    const char          *value);

G_END_DECLS
/* clang-format on */
