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
 * Complaint") says so, and leads back to it; one an indicator alert
 * opened says which promise fell below target, when, and where it stands.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-alert-repository.h"
#include "qs-calendar-words.h"
#include "qs-enum-labels.h"
#include "qs-feedback-query.h"
#include "qs-period.h"
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

/* The alert's period that starts on @date ("2026-05-01"): "May 2026",
 * "Q2 2026", "2026", in the interface's language. */
static char *
period_of (QsAlert *alert, const char *date)
{
  return qs_period_label_of_day (qs_entity_get_enum (QS_ENTITY (alert), QS_ALERT_FIELD_PERIOD),
                                 date, qs_interface_language ());
}

/* A complaint an alert opened: which promise, when, and where it stands.
 * A commitment's figure is a share of requests; an indicator of the
 * department's own may be a count or a time, which the complaint's
 * description gives with its unit. */
static char *
alert_sentence (QsAlert *alert)
{
  QsEntity        *e = QS_ENTITY (alert);
  QsLanguage       language = qs_interface_language ();
  g_autofree char *first = period_of (alert, qs_entity_get_string (e, QS_ALERT_FIELD_PERIOD_START));
  g_autofree char *missed = NULL;
  gint64           level = qs_entity_get_int (e, QS_ALERT_FIELD_LEVEL);

  if (g_str_has_prefix (qs_entity_get_string (e, QS_ALERT_FIELD_INDICATOR_REF), "compliance:"))
    {
      g_autofree char *value = qs_calendar_words_format_percent (
        qs_entity_get_double (e, QS_ALERT_FIELD_VALUE), 1, FALSE, language);
      g_autofree char *target = qs_calendar_words_format_percent (
        qs_entity_get_double (e, QS_ALERT_FIELD_TARGET), 1, FALSE, language);

      missed = g_strdup_printf (
        /* Translators: %1$s a commitment, %2$s a period, %3$s and %4$s percentages */
        _ ("“%1$s” was kept for %3$s of requests in %2$s, below its target of %4$s."),
        qs_entity_get_string (e, QS_ALERT_FIELD_SUBJECT), first, value, target);
    }
  else
    missed = g_strdup_printf (
      /* Translators: %1$s an indicator, %2$s a period */
      _ ("“%1$s” missed its target in %2$s."), qs_entity_get_string (e, QS_ALERT_FIELD_SUBJECT),
      first);

  if (qs_entity_get_enum (e, QS_ALERT_FIELD_STATUS) == QS_ALERT_STATUS_RECOVERED)
    {
      g_autofree char *back =
        period_of (alert, qs_entity_get_string (e, QS_ALERT_FIELD_RECOVERED_PERIOD_START));

      /* Translators: %1$s what the alert was about, %2$s a period */
      return g_strdup_printf (_ ("%1$s Back on target in %2$s."), missed, back);
    }
  if (level > 0)
    {
      g_autofree char *last =
        period_of (alert, qs_entity_get_string (e, QS_ALERT_FIELD_LAST_PERIOD_START));

      /* Translators: %1$s what the alert was about, %2$s the last period missed */
      return g_strdup_printf (_ ("%1$s Still missing it in %2$s."), missed, last);
    }
  return g_steal_pointer (&missed);
}

void
qs_request_page_fill_origin (QsRequestPage *self)
{
  g_autoptr (QsFeedback) feedback = NULL;
  g_autoptr (QsAlert) alert = NULL;
  g_autofree char *day = NULL;
  const char      *id;

  g_clear_pointer (&self->origin_feedback_id, g_free);
  if (self->request != NULL && self->store != NULL)
    {
      id = qs_entity_get_id (QS_ENTITY (self->request));
      qs_feedback_query_find_by_complaint (self->store, id, &feedback, NULL);
      if (feedback == NULL)
        qs_alert_repository_find_by_complaint (self->store, id, &alert, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->origin_group), feedback != NULL || alert != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.show-feedback", feedback != NULL);
  /* Feedback opens where it is; an alert has nowhere to go yet. */
  gtk_widget_set_visible (self->origin_arrow, feedback != NULL);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->origin_row), feedback != NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->origin_row),
                                  feedback != NULL ? "request.show-feedback" : NULL);
  /* A row left without its action stays as its disabled action made it. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->origin_row), TRUE);
  if (alert != NULL)
    {
      g_autofree char *sentence = alert_sentence (alert);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->origin_row),
                                     _ ("Raised by an Indicator Alert"));
      adw_action_row_set_subtitle (self->origin_row, sentence);
      adw_action_row_set_subtitle_lines (self->origin_row, 0);
      return;
    }
  if (feedback == NULL)
    return;
  self->origin_feedback_id = g_strdup (qs_entity_get_id (QS_ENTITY (feedback)));
  day = qs_request_page_format_instant (
    self, qs_entity_get_int (QS_ENTITY (feedback), QS_FEEDBACK_FIELD_RECEIVED_AT));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->origin_row), _ ("Born from Feedback"));
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
