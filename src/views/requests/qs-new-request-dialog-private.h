/* qs-new-request-dialog-private.h — the new request dialog's parts, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-new-request-dialog.h"
#include "qs-query-list-model.h"

G_BEGIN_DECLS

struct _QsNewRequestDialog
{
  AdwWindow            parent_instance;

  QsContext           *context;
  QsStore             *store;       /* the context's */
  GPtrArray           *departments;   /* QsDepartment offered, in the department row */
  QsQueryListModel    *matches;       /* people matching the client field */
  char                *client_id;     /* the person picked, or NULL */
  gboolean             filling;       /* the client field is being set, not typed */
  gboolean             valid;
  gboolean             subject_left;  /* the subject field was left, empty or not */

  /* Template widgets */
  GtkWidget           *create_button;
  AdwEntryRow         *client_row;
  GtkWidget           *client_picked_icon;
  GtkListBox          *matches_list;
  AdwComboRow         *department_row;
  AdwComboRow         *channel_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *problem_row;
  AdwComboRow         *priority_row;
  AdwEntryRow         *subject_row;
  GtkSwitch           *confidential_switch;
  GtkTextView         *description_view;
  AdwActionRow        *promise_row;
  GtkLabel            *reason_label;
};

/* Picks a person as the client, as a click on a match does. */
void qs_new_request_dialog_pick_client (QsNewRequestDialog *self,
                                        const char         *client_id);

G_END_DECLS
/* clang-format on */
