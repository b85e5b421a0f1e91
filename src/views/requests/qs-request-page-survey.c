/* qs-request-page-survey.c — the request page's question to the client, once closed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A closed request says whether its client is to be asked how it was
 * handled, and when, or why not (the fatigue rules, qs-survey-fatigue.c,
 * read by qs-survey-proposals.c); Mark as Asked records that the question
 * went, which the rules then count for the client's next requests.
 * QualServ sends nothing itself: the coordinator asks by mail or phone.
 *
 * A complaint opened from feedback (the Feedback view's "Make It a
 * Complaint") says so, and leads back to it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-feedback-query.h"
#include "qs-request-page-private.h"
#include "qs-survey-proposals.h"

static gboolean
is_closed (QsRequestPage *self)
{
  return self->request != NULL && self->store != NULL &&
         qs_entity_get_enum (QS_ENTITY (self->request), QS_REQUEST_FIELD_STATUS) ==
           QS_REQUEST_STATUS_CLOSED;
}

void
qs_request_page_fill_survey (QsRequestPage *self)
{
  g_autoptr (QsSurveyProposalRow) row = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean         can_mark = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->survey_group), is_closed (self));
  if (!is_closed (self))
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.mark-surveyed", FALSE);
      return;
    }
  row = qs_survey_proposals_for_request (self->store, qs_entity_get_id (QS_ENTITY (self->request)),
                                         &error);
  if (row == NULL)
    text = g_strdup (error->message);
  else if (row->asked_at != 0)
    {
      g_autofree char *when = qs_request_page_format_instant (self, row->asked_at);

      /* TRANSLATORS: %s is a date and time, "5 May 2026, 10:00". */
      text = g_strdup_printf (_ ("The client was asked on %s."), when);
    }
  else
    {
      text = qs_survey_proposal_describe (&row->proposal, &row->rules, row->hours);
      can_mark = row->proposal.verdict == QS_SURVEY_VERDICT_ASK;
    }
  adw_action_row_set_subtitle (self->survey_row, text);
  gtk_widget_set_visible (self->survey_button, can_mark);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.mark-surveyed", can_mark);
}

static void
mark_surveyed_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage *self = QS_REQUEST_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *actor = NULL;
  gint64           now;

  if (!is_closed (self))
    return;
  actor = qs_request_page_dup_actor (self);
  now = qs_store_now (self->store);
  if (!qs_survey_proposals_mark_asked (self->store, self->request, now, actor, now, &error))
    {
      qs_request_page_show_error (self, error);
      qs_request_page_refresh (self);
      return;
    }
  qs_request_page_refresh (self);
  qs_request_page_toast (self, _ ("Recorded that the client was asked"));
  qs_request_page_emit_changed (self);
}

void
qs_request_page_fill_origin (QsRequestPage *self)
{
  g_autoptr (QsFeedback) feedback = NULL;
  g_autofree char *day = NULL;

  g_clear_pointer (&self->origin_feedback_id, g_free);
  if (self->request != NULL && self->store != NULL)
    qs_feedback_query_find_by_complaint (self->store, qs_entity_get_id (QS_ENTITY (self->request)),
                                         &feedback, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->origin_group), feedback != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.show-feedback", feedback != NULL);
  if (feedback == NULL)
    return;
  self->origin_feedback_id = g_strdup (qs_entity_get_id (QS_ENTITY (feedback)));
  day = qs_request_page_format_instant (
    self, qs_entity_get_int (QS_ENTITY (feedback), QS_FEEDBACK_FIELD_RECEIVED_AT));
  adw_action_row_set_subtitle (self->origin_row, day);
}

static void
show_feedback_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsRequestPage *self = QS_REQUEST_PAGE (widget);

  if (self->origin_feedback_id != NULL)
    gtk_widget_activate_action (widget, "win.show-in-view", "(sss)", "feedback", "feedback.show",
                                self->origin_feedback_id);
}

void
qs_request_page_class_init_survey (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "request.show-feedback", NULL,
                                   show_feedback_activated_cb);
  gtk_widget_class_install_action (widget_class, "request.mark-surveyed", NULL,
                                   mark_surveyed_activated_cb);
}
