/* qs-adoption-checklist.h — the nine questions to answer before adopting a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_ADOPTION_N_QUESTIONS 9

#define QS_TYPE_ADOPTION_CHECKLIST (qs_adoption_checklist_get_type ())

G_DECLARE_FINAL_TYPE (QsAdoptionChecklist, qs_adoption_checklist, QS, ADOPTION_CHECKLIST, GObject)

const char          *qs_adoption_checklist_get_question (guint                index);
gboolean             qs_adoption_checklist_is_open      (guint                index);

QsAdoptionChecklist *qs_adoption_checklist_new          (void);
QsAdoptionChecklist *qs_adoption_checklist_new_from_json (const char          *json);
char                *qs_adoption_checklist_to_json      (QsAdoptionChecklist *self);

QsChecklistAnswer    qs_adoption_checklist_get_answer   (QsAdoptionChecklist *self,
                                                         guint                index);
void                 qs_adoption_checklist_set_answer   (QsAdoptionChecklist *self,
                                                         guint                index,
                                                         QsChecklistAnswer    answer);
const char          *qs_adoption_checklist_get_note     (QsAdoptionChecklist *self,
                                                         guint                index);
void                 qs_adoption_checklist_set_note     (QsAdoptionChecklist *self,
                                                         guint                index,
                                                         const char          *note);
const char          *qs_adoption_checklist_get_text     (QsAdoptionChecklist *self,
                                                         guint                index);
void                 qs_adoption_checklist_set_text     (QsAdoptionChecklist *self,
                                                         guint                index,
                                                         const char          *text);
gboolean             qs_adoption_checklist_is_answered  (QsAdoptionChecklist *self,
                                                         guint                index);
guint                qs_adoption_checklist_count_answered (QsAdoptionChecklist *self);

G_END_DECLS
/* clang-format on */
