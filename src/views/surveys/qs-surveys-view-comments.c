/* qs-surveys-view-comments.c — a comment read in the results, acted on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comment becomes a complaint in Requests or an improvement action in
 * Plan, in one action, through qs-feedback-desk.h: the Feedback view's
 * path. When neither the questionnaire nor the service the answer is
 * about names a department, the person says which handles the comment.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-feedback-desk.h"
#include "qs-repository.h"
#include "qs-surveys-view-private.h"
#include "qs-toast.h"

typedef struct
{
  QsSurveysView *view;
  char          *answer_id;
  gboolean       complaint;
  GPtrArray     *department_ids; /* of the drop-down's choices, in order */
  GtkDropDown   *departments;
} Taking;

static void
taking_free (Taking *taking)
{
  g_object_unref (taking->view);
  g_free (taking->answer_id);
  g_clear_pointer (&taking->department_ids, g_ptr_array_unref);
  g_free (taking);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Taking, taking_free)

static void
take (QsSurveysView *self, const char *answer_id, const char *department_id, gboolean complaint)
{
  QsContext       *context = qs_view_get_context (QS_VIEW (self));
  QsStore         *store = context != NULL ? qs_context_get_store (context) : NULL;
  g_autofree char *title = NULL;
  g_autoptr (GError) error = NULL;

  if (store == NULL)
    return;
  if (complaint)
    {
      g_autofree char *actor = qs_context_dup_actor (context);
      g_autoptr (QsRequest) request = qs_feedback_desk_complain_about_comment (
        store, answer_id, department_id, qs_interface_language (), actor, qs_context_now (context),
        &error);
      AdwToast *toast;

      if (request == NULL)
        {
          qs_surveys_view_show_error (self, _ ("The Comment Did Not Become a Complaint"), error);
          return;
        }
      /* Translators: %s is a request's reference */
      title = g_strdup_printf (_ ("Complaint %s opened"),
                               qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_REF));
      toast = qs_toast_new (title, FALSE);
      adw_toast_set_button_label (toast, _ ("_Show"));
      adw_toast_set_action_name (toast, "win.show-in-view");
      adw_toast_set_action_target_value (
        toast, g_variant_new ("(sss)", "requests", "requests.show-request",
                              qs_entity_get_id (QS_ENTITY (request))));
      qs_toast_add (GTK_WIDGET (self), toast);
    }
  else
    {
      g_autoptr (QsAction) action = qs_feedback_desk_propose_from_comment (
        store, answer_id, department_id, qs_interface_language (), qs_context_now (context),
        qs_context_get_timezone (context), &error);

      if (action == NULL)
        {
          qs_surveys_view_show_error (self, _ ("No Improvement Was Proposed"), error);
          return;
        }
      /* Translators: %s is an improvement action's reference */
      title = g_strdup_printf (_ ("Improvement action %s proposed"),
                               qs_entity_get_string (QS_ENTITY (action), QS_ACTION_FIELD_REF));
      qs_surveys_view_toast (self, title);
    }
}

static Taking *
taking_new (QsSurveysView *view, const char *answer_id, gboolean complaint)
{
  Taking *taking = g_new0 (Taking, 1);

  taking->view = g_object_ref (view);
  taking->answer_id = g_strdup (answer_id);
  taking->complaint = complaint;
  taking->department_ids = g_ptr_array_new_with_free_func (g_free);
  return taking;
}

static void
on_department_chosen_cb (AdwMessageDialog *dialog, const char *response, Taking *taking)
{
  guint chosen = gtk_drop_down_get_selected (taking->departments);

  if (g_str_equal (response, "take") && chosen < taking->department_ids->len)
    take (taking->view, taking->answer_id, g_ptr_array_index (taking->department_ids, chosen),
          taking->complaint);
}

static void
on_department_selected_cb (GtkDropDown *departments, GParamSpec *pspec, AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (
    dialog, "take", gtk_drop_down_get_selected (departments) != GTK_INVALID_LIST_POSITION);
}

/* The department of the person using QualServ, or NULL. */
static char *
dup_user_department (QsSurveysView *self, QsStore *store)
{
  g_autofree char *client_id = qs_context_dup_user_client_id (qs_view_get_context (QS_VIEW (self)));
  g_autoptr (QsEntity) client = NULL;

  if (client_id == NULL ||
      !qs_store_find_if_any (store, QS_TYPE_CLIENT, client_id, &client, NULL) || client == NULL)
    return NULL;
  return g_strdup (qs_entity_get_string (client, QS_CLIENT_FIELD_DEPARTMENT_ID));
}

/* Asks which department handles the comment (the user's own chosen
 * already), then takes it up. */
static void
choose_department (QsSurveysView *self, QsStore *store, Taking *owned)
{
  g_autoptr (Taking) taking = owned;
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *own = dup_user_department (self, store);
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget       *dialog;
  guint            chosen = GTK_INVALID_LIST_POSITION;

  departments = qs_directory_repository_get_departments_by_name (store, &error);
  if (departments == NULL)
    {
      qs_surveys_view_show_error (self, _ ("The Departments Could Not Be Read"), error);
      return;
    }
  if (departments->len == 0)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _ ("Add the department that handles it in Clients first."));
      qs_surveys_view_show_error (self, _ ("No Department to Handle the Comment"), error);
      return;
    }
  for (guint i = 0; i < departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (departments, i);

      if (g_strcmp0 (qs_entity_get_id (department), own) == 0)
        chosen = i;
      g_ptr_array_add (taking->department_ids, g_strdup (qs_entity_get_id (department)));
      gtk_string_list_append (names, qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
    }
  dialog = adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Which Department Handles It?"),
    _ ("This questionnaire names no department, nor does the answer name a service: choose the "
       "department that will handle this comment."));
  taking->departments =
    GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (names)), NULL));
  gtk_drop_down_set_selected (taking->departments, chosen);
  gtk_accessible_update_property (GTK_ACCESSIBLE (taking->departments),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Department"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      GTK_WIDGET (taking->departments));
  adw_message_dialog_add_responses (
    ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "take",
    taking->complaint ? _ ("_Make It a Complaint") : _ ("_Propose an Improvement"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take",
                                              ADW_RESPONSE_SUGGESTED);
  /* Nothing is chosen for the person, unless it is their own department. */
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "take",
                                           chosen != GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (taking->departments, "notify::selected",
                           G_CALLBACK (on_department_selected_cb), dialog, 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "take");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_department_chosen_cb),
                         g_steal_pointer (&taking), (GClosureNotify) taking_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
qs_surveys_view_act_on_comment (QsSurveysView *self, const char *answer_id, gboolean complaint)
{
  QsContext       *context = qs_view_get_context (QS_VIEW (self));
  QsStore         *store = context != NULL ? qs_context_get_store (context) : NULL;
  g_autofree char *department_id = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (QS_IS_SURVEYS_VIEW (self));

  if (store == NULL)
    return;
  if (!qs_feedback_desk_find_comment_department (store, answer_id, &department_id, &error))
    {
      qs_surveys_view_show_error (self,
                                  complaint ? _ ("The Comment Did Not Become a Complaint")
                                            : _ ("No Improvement Was Proposed"),
                                  error);
      return;
    }
  if (department_id != NULL)
    {
      take (self, answer_id, NULL, complaint);
      return;
    }
  choose_department (self, store, taking_new (self, answer_id, complaint));
}
