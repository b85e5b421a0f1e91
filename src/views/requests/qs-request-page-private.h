/* qs-request-page-private.h — what the request page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"
#include "qs-enums.h"
#include "qs-handling-guide.h"
#include "qs-request-lifecycle.h"
#include "qs-request-page.h"

G_BEGIN_DECLS

#define QS_REQUESTS_RESOURCE_PATH "/org/example/QualServ/requests/"

struct _QsRequestPage
{
  AdwBin               parent_instance;

  QsContext           *context;
  QsStore             *store;       /* the context's */
  QsRequest           *request;
  QsBusinessHours     *hours;          /* the request's business clock */
  GPtrArray           *departments;    /* QsDepartment, in the department row */
  GPtrArray           *people;         /* QsClient, in the assignee row after "Nobody" */
  char                *revealed_name;  /* the confidential client, once revealed here */
  gboolean             loading;        /* rows are being filled, not edited */
  GtkWidget           *guide_checks[QS_GUIDE_N_STEPS];

  /* Template widgets */
  GtkStack            *stack;
  GtkScrolledWindow   *scroller;
  GtkLabel            *title_label;
  GtkLabel            *ref_label;
  GtkLabel            *kind_label;
  GtkLabel            *status_label;
  GtkLabel            *confidential_label;
  GtkRevealer         *message_revealer;
  GtkLabel            *message_label;
  GtkBox              *actions_box;
  GtkWidget           *reject_button;
  AdwActionRow        *ack_row;
  GtkLabel            *ack_left_label;
  GtkWidget           *letter_button;
  AdwActionRow        *resolution_row;
  GtkLabel            *resolution_left_label;
  GtkWidget           *extend_button;
  AdwExpanderRow      *explain_row;
  GtkLabel            *explain_label;
  AdwPreferencesGroup *survey_group;
  AdwPreferencesGroup *origin_group;
  AdwActionRow        *origin_row;
  GtkWidget           *origin_arrow;
  char                *origin_feedback_id; /* the feedback it was born from, or NULL */
  AdwActionRow        *survey_row;
  GtkWidget           *survey_button;
  AdwEntryRow         *subject_row;
  AdwActionRow        *description_row;
  GtkWidget           *description_button;
  AdwActionRow        *client_row;
  GtkWidget           *reveal_button;
  AdwComboRow         *department_row;
  AdwComboRow         *problem_row;
  AdwComboRow         *priority_row;
  AdwComboRow         *assignee_row;
  AdwActionRow        *channel_row;
  AdwActionRow        *received_row;
  AdwActionRow        *resolution_text_row;
  AdwActionRow        *reject_row;
  AdwPreferencesGroup *guide_group;
  GtkListBox          *history_list;
  AdwEntryRow         *comment_row;
};

/* qs-request-page.c */
void        qs_request_page_refresh         (QsRequestPage *self);
void        qs_request_page_toast           (QsRequestPage *self,
                                             const char    *message);
void        qs_request_page_show_error      (QsRequestPage *self,
                                             const GError  *error);
void        qs_request_page_emit_changed    (QsRequestPage *self);
char       *qs_request_page_dup_actor       (QsRequestPage *self);
void        qs_request_page_set_field       (QsRequestPage *self,
                                             guint          field,
                                             const char    *value);

/* qs-request-page-history.c */
const char *qs_request_page_department_name (QsRequestPage *self,
                                             const char    *id);
char       *qs_request_page_dup_person_name (QsRequestPage *self,
                                             const char    *id);
char       *qs_request_page_format_instant  (QsRequestPage *self,
                                             gint64         at);
void        qs_request_page_fill_history    (QsRequestPage *self);

/* qs-request-page-actions.c */
void        qs_request_page_class_init_actions (GtkWidgetClass *widget_class);
void        qs_request_page_update_actions  (QsRequestPage *self);

/* qs-request-page-survey.c */
void        qs_request_page_fill_survey     (QsRequestPage *self);
void        qs_request_page_fill_origin     (QsRequestPage *self);
void        qs_request_page_class_init_survey (GtkWidgetClass *widget_class);

/* qs-request-page-shared.c: shared with the new request dialog. */
void        qs_requests_ensure_resources    (void);
gboolean    qs_requests_problem_is_personal (QsProblem      problem);
void        qs_requests_set_string_model    (AdwComboRow   *row,
                                             GtkStringList *list);
void        qs_requests_setup_problem_row   (AdwComboRow   *row);
void        qs_requests_setup_enum_row      (AdwComboRow   *row,
                                             GType          enum_type,
                                             int            first);

G_END_DECLS
/* clang-format on */
