/* charters-fixture.h — what the Charters view's ui tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <adwaita.h>

#include "charters/qs-charters-view.h"
#include "charters/qs-commitment-dialog.h"
#include "charters/qs-commitment-row.h"
#include "qs-window.h"
#include "qs-ui-test-util.h"

G_BEGIN_DECLS

/* A window on a fresh database holding one providing department. */
typedef struct
{
  char           *dir;
  char           *path;
  QsStore        *store;
  QsWindow       *window;
  QsChartersView *view;
} Fixture;

void                 fixture_set_up              (Fixture            *fixture,
                                                  gconstpointer       data);
void                 fixture_tear_down           (Fixture            *fixture,
                                                  gconstpointer       data);

/* Widgets, as a user finds them. */
GtkWidget           *find_mapped_label           (GtkWidget          *widget,
                                                  const char         *text);
guint                count_mapped_labels         (GtkWidget          *widget,
                                                  const char         *text);
GtkWidget           *find_mapped_button          (GtkWidget          *widget,
                                                  const char         *label);
GtkWidget           *find_error_message          (GtkWidget          *widget);
GtkWidget           *find_row                    (GtkWidget          *widget,
                                                  GType               type,
                                                  const char         *title);
GtkWidget           *find_text_view              (GtkWidget          *widget,
                                                  const char         *label);
AdwPreferencesGroup *find_group                  (GtkWidget          *widget,
                                                  const char         *title);
QsCommitmentRow     *find_commitment_row         (Fixture            *fixture,
                                                  const char         *id);
guint                count_commitment_rows       (Fixture            *fixture);
void                 set_row_text                (GtkWidget          *root,
                                                  const char         *title,
                                                  const char         *text);

/* The view's actions, and the commitment dialog. */
void                 activate                    (Fixture            *fixture,
                                                  const char         *action,
                                                  const char         *format,
                                                  ...);
QsCharter           *create_from_template        (Fixture            *fixture);
QsCommitmentDialog  *find_dialog                 (void);
QsCommitmentDialog  *open_dialog                 (Fixture            *fixture,
                                                  const char         *commitment_id);
gboolean             is_open                     (QsCommitmentDialog *dialog);
void                 save_dialog                 (QsCommitmentDialog *dialog);
char                *answer_publication          (gboolean            publish);

/* What is stored. */
QsCharter           *reload_charter              (Fixture            *fixture,
                                                  const char         *id);
GPtrArray           *stored_commitments          (Fixture            *fixture,
                                                  QsCharter          *charter);
QsCommitment        *first_deadline_commitment   (Fixture            *fixture,
                                                  QsCharter          *charter);
double               stored_threshold            (Fixture            *fixture,
                                                  QsCharter          *charter,
                                                  QsCommitment       *commitment);
int                  index_of                    (GPtrArray          *commitments,
                                                  const char         *id);

G_END_DECLS
/* clang-format on */
