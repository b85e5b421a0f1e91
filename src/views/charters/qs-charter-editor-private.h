/* qs-charter-editor-private.h — what the editor's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "qs-adoption-checklist.h"
#include "qs-charter-editor.h"
#include "qs-enums.h"

G_BEGIN_DECLS

#define QS_N_CATEGORIES (QS_CATEGORY_CREDIBILITY + 1)

struct _QsCharterEditor
{
  GtkWidget            parent_instance;

  QsStore             *store;
  QsCharter           *charter;       /* the version shown, as last loaded or saved */
  GPtrArray           *commitments;   /* QsCommitment, by category then position */
  QsAdoptionChecklist *checklist;
  QsCalendar          *calendar;      /* the charter's, if it names one */
  GPtrArray           *providers;     /* QsDepartment that provide services, by name */
  GPtrArray           *staff;         /* QsClient who are staff, by name */
  GPtrArray           *provider_choices; /* in the provider row: providers + the charter's */
  GPtrArray           *owner_choices;    /* in the owner row, after "Nobody": staff + the owner */
  gboolean             frozen;
  gboolean             loading;
  guint                save_source;
  gboolean             sections_pending; /* the rows below the fields wait for a frame */
  gulong               after_paint_id;
  guint                sections_source;
  /* Where the page was before its commitments were built again. */
  double               kept_scroll;
  guint                kept_tick_id;
  guint                kept_frames;

  /* Template widgets */
  GtkScrolledWindow   *scrolled_window;
  GtkLabel            *title_label;
  GtkLabel            *status_label;
  GtkLabel            *subtitle_label;
  GtkWidget           *reminder_box;
  GtkImage            *reminder_icon;
  GtkLabel            *reminder_label;
  GtkWidget           *frozen_box;
  GtkLabel            *frozen_label;
  GtkWidget           *new_version_button;
  GtkBox              *document_box;
  GtkWidget           *commitments_header;
  AdwPreferencesGroup *charter_group;
  AdwEntryRow         *title_fr_row;
  AdwEntryRow         *title_en_row;
  AdwComboRow         *language_row;
  AdwComboRow         *provider_row;
  AdwComboRow         *owner_row;
  AdwActionRow        *review_row;
  GtkMenuButton       *review_button;
  GtkCalendar         *review_calendar;
  GtkLabel            *charter_error_label;
  GtkWidget           *values_group;
  GtkTextView         *values_fr_view;
  GtkTextView         *values_en_view;
  GtkWidget           *introduction_group;
  GtkTextView         *introduction_fr_view;
  GtkTextView         *introduction_en_view;
  GtkLabel            *commitments_label;
  GtkBox              *commitments_box;
  GtkBox              *checklist_box;
  GtkBox              *versions_box;
};

/* qs-charter-editor.c */
void qs_charter_editor_emit_saved             (QsCharterEditor *self);
void qs_charter_editor_ensure_sections        (QsCharterEditor *self);

/* qs-charter-editor-fields.c: the charter's own fields */
void     qs_charter_editor_connect_fields         (QsCharterEditor *self);
void     qs_charter_editor_update_header          (QsCharterEditor *self);
void     qs_charter_editor_update_review_row      (QsCharterEditor *self);
void     qs_charter_editor_clear_errors           (QsCharterEditor *self);
void     qs_charter_editor_show_error             (QsCharterEditor *self,
                                                   const char      *message);
gboolean qs_charter_editor_save_now               (QsCharterEditor *self,
                                                   GError         **error);
void     qs_charter_editor_schedule_save          (QsCharterEditor *self);
void     qs_charter_editor_on_checklist_changed   (QsCharterEditor *self);
void     qs_charter_editor_on_review_day_selected (QsCharterEditor *self);

/* qs-charter-editor-sections.c: the parts built from rows */
void qs_charter_editor_build_commitments (QsCharterEditor *self);
void qs_charter_editor_build_checklist   (QsCharterEditor *self);
void qs_charter_editor_build_versions    (QsCharterEditor *self);
void qs_charter_editor_clear_box         (GtkBox          *box);

/* qs-charter-editor-document.c: a frozen version, as a document */
void  qs_charter_editor_build_document  (QsCharterEditor     *self);

G_END_DECLS
/* clang-format on */
