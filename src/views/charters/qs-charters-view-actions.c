/* qs-charters-view-actions.c — what the Charters view can do to charters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each action makes one call to the charter repository (one transaction),
 * then shows the result as stored: the list and the editor are reloaded,
 * and a toast says what was done — or, when the repository refused, why,
 * with the field or the commitment at fault marked where it is.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-adoption-checklist.h"
#include "qs-charter-format.h"
#include "qs-charter-repository.h"
#include "qs-charters-view-private.h"
#include "qs-commitment-dialog.h"
#include "qs-department.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-repository.h"

static QsCharter *
get_charter (QsChartersView *self)
{
  return qs_charter_editor_get_charter (self->editor);
}

static const char *
get_title (QsCharter *charter)
{
  QsEntity   *entity = QS_ENTITY (charter);
  const char *title =
    qs_charter_format_text (entity, QS_CHARTER_FIELD_TITLE_EN, QS_CHARTER_FIELD_TITLE_FR,
                            qs_entity_get_enum (entity, QS_CHARTER_FIELD_LANGUAGE), NULL);

  return *title != '\0' ? title : qs_entity_get_string (entity, QS_CHARTER_FIELD_REF);
}

static int
get_version (QsCharter *charter)
{
  return (int) qs_entity_get_int (QS_ENTITY (charter), QS_CHARTER_FIELD_VERSION);
}

static QsCommitment *
find_commitment (QsChartersView *self, const char *id)
{
  GPtrArray *commitments = qs_charter_editor_get_commitments (self->editor);

  for (guint i = 0; i < commitments->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (commitments, i)), id) == 0)
      return g_ptr_array_index (commitments, i);
  return NULL;
}

static QsCategory
get_category (QsCommitment *commitment)
{
  return qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_CATEGORY);
}

/* The commitments of @category in their order, without @leaving (the
 * one being moved, if any). */
static GPtrArray *
get_category_commitments (QsChartersView *self, QsCategory category, QsCommitment *leaving)
{
  GPtrArray *commitments = qs_charter_editor_get_commitments (self->editor);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < commitments->len; i++)
    {
      QsCommitment *commitment = g_ptr_array_index (commitments, i);

      if (commitment != leaving && get_category (commitment) == category)
        g_ptr_array_add (found, commitment);
    }
  return found;
}

static gboolean
parse_category (const char *nick, QsCategory *category)
{
  int value = qs_enum_from_nick (QS_TYPE_CATEGORY, nick);

  if (value < 0)
    return FALSE;
  *category = value;
  return TRUE;
}

static QsEntity *
find_provider (QsChartersView *self, const char *department_id)
{
  for (guint i = 0; department_id != NULL && i < self->providers->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->providers, i)), department_id) == 0)
      return g_ptr_array_index (self->providers, i);
  return NULL;
}

/* The one provider whose name holds the text searched for, if only one does. */
static QsEntity *
find_searched_provider (QsChartersView *self)
{
  g_autofree char *search = g_utf8_casefold (
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)))), -1);
  QsEntity *found = NULL;

  if (*search == '\0')
    return NULL;
  for (guint i = 0; i < self->providers->len; i++)
    {
      QsEntity        *provider = g_ptr_array_index (self->providers, i);
      g_autofree char *name =
        g_utf8_casefold (qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_NAME), -1);

      if (strstr (name, search) == NULL)
        continue;
      if (found != NULL)
        return NULL;
      found = provider;
    }
  return found;
}

/* The providing department a new charter is for: the department of the
 * charter selected in the list, else the one department the search
 * names, else the first, by name, that has no charter yet. */
static QsEntity *
choose_provider (QsChartersView *self, GError **error)
{
  g_autoptr (GPtrArray) charters = NULL;
  g_autoptr (GHashTable) with_charter = g_hash_table_new (g_str_hash, g_str_equal);
  QsEntity *selected = gtk_single_selection_get_selected_item (self->selection);
  QsEntity *provider;

  if (self->providers->len == 0)
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("No department provides services yet: mark the department that "
                              "makes the commitments as a provider in the Clients view, then "
                              "create its charter."));
      return NULL;
    }

  provider =
    selected != NULL
      ? find_provider (self, qs_entity_get_string (selected, QS_CHARTER_FIELD_DEPARTMENT_ID))
      : NULL;
  if (provider == NULL)
    provider = find_searched_provider (self);
  if (provider != NULL)
    return provider;

  charters = qs_repository_find_all (qs_store_get_repository (self->store, QS_TYPE_CHARTER), NULL,
                                     NULL, NULL, QS_QUERY_DEFAULT, error);
  if (charters == NULL)
    return NULL;
  for (guint i = 0; i < charters->len; i++)
    g_hash_table_add (with_charter,
                      (gpointer) qs_entity_get_string (g_ptr_array_index (charters, i),
                                                       QS_CHARTER_FIELD_DEPARTMENT_ID));

  for (guint i = 0; i < self->providers->len; i++)
    {
      provider = g_ptr_array_index (self->providers, i);

      if (!g_hash_table_contains (with_charter, qs_entity_get_id (provider)))
        return provider;
    }
  return g_ptr_array_index (self->providers, 0);
}

static void
new_charter (QsChartersView *self, gboolean from_template)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsCharter) charter = NULL;
  g_autoptr (QsEntity) provider = NULL;
  g_autofree char *message = NULL;
  const char      *ref;
  const char      *id;

  provider = choose_provider (self, &error);
  if (provider != NULL)
    {
      /* The list is read again below, and the providers with it. */
      g_object_ref (provider);
      charter = qs_charter_repository_create (self->store, qs_entity_get_id (provider),
                                              from_template, qs_interface_language (), &error);
    }
  if (charter == NULL)
    {
      qs_charters_view_toast_error (self, error);
      return;
    }

  ref = qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_REF);
  id = qs_entity_get_id (QS_ENTITY (charter));
  qs_charters_view_reload (self, ref, id);
  /* The new charter must be in the list: the filter gives way only if it
   * would hide it. */
  if (!qs_charters_view_is_listed (self, id))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      qs_charters_view_reload (self, ref, id);
    }
  qs_charters_view_scroll_to_selected (self);
  qs_charters_view_show_editor (self);
  /* The title is what a new charter is first given. */
  qs_charter_editor_focus_title (self->editor);

  message = g_strdup_printf (from_template
                               /* Translators: %s is the name of a department */
                               ? _ ("Charter for %s created from the model charter")
                               /* Translators: %s is the name of a department */
                               : _ ("Empty charter created for %s"),
                             qs_entity_get_string (provider, QS_DEPARTMENT_FIELD_NAME));
  qs_charters_view_toast (self, message);
}

static void
new_from_template_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  new_charter (QS_CHARTERS_VIEW (widget), TRUE);
}

static void
new_empty_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  new_charter (QS_CHARTERS_VIEW (widget), FALSE);
}

static void
save_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  g_autoptr (GError) error = NULL;

  /* On failure the field at fault says why, and so does the toast. */
  if (!qs_charter_editor_flush (self->editor, &error))
    {
      qs_charters_view_toast_error (self, error);
      return;
    }
  qs_charters_view_toast (self, _ ("Charter saved"));
}

static void
publish_now (QsChartersView *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  QsCharter       *charter = get_charter (self);
  g_autofree char *ref = NULL;
  g_autofree char *id = NULL;

  if (charter == NULL)
    return;

  ref = g_strdup (qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_REF));
  id = g_strdup (qs_entity_get_id (QS_ENTITY (charter)));
  if (!qs_charter_editor_flush (self->editor, &error) ||
      !qs_charter_repository_publish (self->store, charter, &error))
    {
      /* What blocks publication is shown where it is. */
      qs_charter_editor_show_problems (self->editor);
      qs_charters_view_toast_error (self, error);
      return;
    }

  qs_charters_view_reload (self, ref, id);
  charter = get_charter (self);
  /* Translators: %d is a version number, %s the title of a charter */
  message = g_strdup_printf (_ ("Version %d of “%s” published"),
                             charter != NULL ? get_version (charter) : 0,
                             charter != NULL ? get_title (charter) : ref);
  qs_charters_view_toast (self, message);
}

/* What publishing @charter does, in sentences for the confirmation: it
 * can no longer change, what the checklist lacks, and what becomes of the
 * charters already published for its department. */
static char *
describe_publication (QsChartersView *self, QsCharter *charter, GError **error)
{
  QsEntity   *entity = QS_ENTITY (charter);
  const char *ref = qs_entity_get_string (entity, QS_CHARTER_FIELD_REF);
  const char *department_id = qs_entity_get_string (entity, QS_CHARTER_FIELD_DEPARTMENT_ID);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (QsAdoptionChecklist) checklist =
    qs_adoption_checklist_new_from_json (qs_entity_get_string (entity, QS_CHARTER_FIELD_CHECKLIST));
  g_autoptr (GPtrArray) published = NULL;
  guint answered = qs_adoption_checklist_count_answered (checklist);

  if (department_id != NULL)
    {
      published = qs_charter_repository_get_published (self->store, department_id, error);
      if (published == NULL)
        return NULL;
    }

  g_string_append_printf (text,
                          /* Translators: %d is a version number, %s the title of a charter */
                          _ ("Clients will read version %d of “%s” as it stands now, and it can no "
                             "longer change: later changes go into a new version."),
                          get_version (charter), get_title (charter));
  if (answered < QS_ADOPTION_N_QUESTIONS)
    {
      g_string_append (text, "\n\n");
      g_string_append_printf (text,
                              /* Translators: the questions of the adoption checklist answered */
                              _ ("The adoption checklist has %u of %u questions answered."),
                              answered, QS_ADOPTION_N_QUESTIONS);
    }
  for (guint i = 0; published != NULL && i < published->len; i++)
    {
      QsCharter *other = g_ptr_array_index (published, i);

      g_string_append (text, "\n\n");
      if (g_strcmp0 (qs_entity_get_string (QS_ENTITY (other), QS_CHARTER_FIELD_REF), ref) == 0)
        g_string_append_printf (
          text,
          /* Translators: %d is the version of a charter published until now */
          _ ("Version %d, published until now, will be archived."), get_version (other));
      else
        g_string_append_printf (text,
                                /* Translators: %s is the title of another charter of the same
                                 * department */
                                _ ("“%s” stays published for the same department: both will be "
                                   "in force."),
                                get_title (other));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_publish_response_cb (AdwMessageDialog *dialog, const char *response, QsChartersView *self)
{
  QsCharter  *charter = get_charter (self);
  const char *asked = g_object_get_data (G_OBJECT (dialog), "qs-charter-id");

  /* Only the charter the question was about, if it is still shown. */
  if (g_strcmp0 (response, "publish") == 0 && charter != NULL &&
      g_strcmp0 (qs_entity_get_id (QS_ENTITY (charter)), asked) == 0)
    publish_now (self);
}

/* Publishing cannot be undone: what would block it is shown at once, and
 * what it does is asked before doing it. */
static void
publish_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  g_autoptr (GError) error = NULL;
  QsCharter       *charter = get_charter (self);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  if (charter == NULL)
    return;
  if (!qs_charter_editor_flush (self->editor, &error) ||
      !qs_charter_repository_check_publication (self->store, charter, &error) ||
      (body = describe_publication (self, charter, &error)) == NULL)
    {
      qs_charter_editor_show_problems (self->editor);
      qs_charters_view_toast_error (self, error);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _ ("Publish This Charter?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "publish",
                                    _ ("_Publish"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "publish",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "qs-charter-id",
                          g_strdup (qs_entity_get_id (QS_ENTITY (charter))), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_publish_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_version_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (QsCharter) draft = NULL;
  g_autofree char *message = NULL;
  QsCharter       *charter = get_charter (self);

  if (charter == NULL)
    return;

  draft = qs_charter_repository_new_version (self->store, charter, &error);
  if (draft == NULL)
    {
      qs_charters_view_toast_error (self, error);
      return;
    }

  qs_charters_view_reload (self, qs_entity_get_string (QS_ENTITY (draft), QS_CHARTER_FIELD_REF),
                           qs_entity_get_id (QS_ENTITY (draft)));
  /* Translators: %d is a version number */
  message = g_strdup_printf (_ ("Version %d started as a draft"), get_version (draft));
  qs_charters_view_toast (self, message);
}

static void
set_review_date_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);

  qs_charter_editor_set_review_date (self->editor, g_variant_get_string (parameter, NULL));
}

static void
on_commitment_saved_cb (QsCommitmentDialog *dialog, QsCommitment *commitment, QsChartersView *self)
{
  gboolean added = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "qs-new"));

  qs_charters_view_toast (self, added ? _ ("Commitment added") : _ ("Commitment saved"));
}

static gboolean
on_commitment_dialog_close_cb (QsCommitmentDialog *dialog, QsChartersView *self)
{
  QsCommitment *commitment = qs_commitment_dialog_get_commitment (dialog);

  /* Saved or not, the rows show what the database has. */
  qs_charter_editor_reload_commitments (self->editor, qs_entity_get_id (QS_ENTITY (commitment)));
  return FALSE;
}

static void
open_commitment (QsChartersView *self, QsCommitment *commitment, gboolean added)
{
  QsCommitmentDialog *dialog;
  GtkRoot            *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = qs_commitment_dialog_new (self->store, get_charter (self), commitment,
                                     qs_charter_editor_get_calendar (self->editor), self->staff,
                                     !qs_charter_editor_get_frozen (self->editor));
  g_object_set_data (G_OBJECT (dialog), "qs-new", GINT_TO_POINTER (added));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_commitment_saved_cb), self, 0);
  g_signal_connect_object (dialog, "close-request", G_CALLBACK (on_commitment_dialog_close_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_commitment_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  g_autoptr (QsCommitment) commitment = NULL;
  g_autoptr (GPtrArray) siblings = NULL;
  QsCategory category;
  QsEntity  *entity;

  if (get_charter (self) == NULL ||
      !parse_category (g_variant_get_string (parameter, NULL), &category))
    return;

  commitment = qs_commitment_new ();
  entity = QS_ENTITY (commitment);
  siblings = get_category_commitments (self, category, NULL);
  qs_entity_set_string (entity, QS_COMMITMENT_FIELD_CHARTER_ID,
                        qs_entity_get_id (QS_ENTITY (get_charter (self))));
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_CATEGORY, category);
  qs_entity_set_int (entity, QS_COMMITMENT_FIELD_POSITION, siblings->len);
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_METRIC, QS_METRIC_NONE);
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_CHANNEL, QS_CHANNEL_ANY);
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT, QS_DURATION_UNIT_BUSINESS_HOURS);
  open_commitment (self, commitment, TRUE);
}

static void
edit_commitment_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  QsCommitment   *commitment = find_commitment (self, g_variant_get_string (parameter, NULL));

  if (commitment != NULL)
    open_commitment (self, commitment, FALSE);
}

static void
on_undo_clicked_cb (AdwToast *toast, QsChartersView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "charters.undo-delete", "s",
                              g_object_get_data (G_OBJECT (toast), "qs-id"));
}

static void
delete_commitment_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  const char     *id = g_variant_get_string (parameter, NULL);
  QsCommitment   *commitment = find_commitment (self, id);
  g_autoptr (GError) error = NULL;
  GtkWidget *overlay;
  AdwToast  *toast;

  if (commitment == NULL)
    return;
  if (!qs_charter_repository_delete_commitment (self->store, commitment, &error))
    {
      qs_charters_view_toast_error (self, error);
      return;
    }

  /* Kept for Undo until the view is given another database. */
  g_hash_table_replace (self->deleted, g_strdup (id), g_object_ref (commitment));
  qs_charter_editor_reload_commitments (self->editor, NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (_ ("Commitment deleted"));
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "qs-id", g_strdup (id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
undo_delete_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  const char     *id = g_variant_get_string (parameter, NULL);
  QsCommitment   *commitment = g_hash_table_lookup (self->deleted, id);
  g_autoptr (GError) error = NULL;

  if (commitment == NULL)
    return;
  if (!qs_charter_repository_restore_commitment (self->store, commitment, &error))
    {
      qs_charters_view_toast_error (self, error);
      return;
    }
  g_hash_table_remove (self->deleted, id);
  qs_charter_editor_reload_commitments (self->editor, id);
  qs_charters_view_toast (self, _ ("Commitment restored"));
}

static void
move (QsChartersView *self, QsCommitment *commitment, QsCategory category, guint position)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = g_strdup (qs_entity_get_id (QS_ENTITY (commitment)));
  QsCategory       before = get_category (commitment);

  if (!qs_charter_repository_move_commitment (self->store, commitment, category, position, &error))
    {
      qs_charters_view_toast_error (self, error);
      return;
    }
  qs_charter_editor_reload_commitments (self->editor, id);

  /* A move within a category shows itself; a move to another one may
   * take the row out of sight. */
  if (category != before)
    {
      g_autofree char *message =
        /* Translators: %s is a category of commitments */
        g_strdup_printf (_ ("Commitment moved to %s"), qs_enum_label (QS_TYPE_CATEGORY, category));

      qs_charters_view_toast (self, message);
    }
}

static void
move_by_one (QsChartersView *self, const char *id, int step)
{
  QsCommitment *commitment = find_commitment (self, id);
  g_autoptr (GPtrArray) siblings = NULL;
  QsCategory category;
  guint      index = 0;

  if (commitment == NULL)
    return;

  category = get_category (commitment);
  siblings = get_category_commitments (self, category, NULL);
  g_ptr_array_find (siblings, commitment, &index);

  if (step < 0 && index > 0)
    move (self, commitment, category, index - 1);
  else if (step > 0 && index + 1 < siblings->len)
    move (self, commitment, category, index + 1);
  else if (step < 0 && category > QS_CATEGORY_ACCESSIBILITY)
    {
      /* From the top of a category to the bottom of the one above. */
      g_autoptr (GPtrArray) above = get_category_commitments (self, category - 1, NULL);

      move (self, commitment, category - 1, above->len);
    }
  else if (step > 0 && category < QS_CATEGORY_CREDIBILITY)
    move (self, commitment, category + 1, 0);
}

static void
move_up_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move_by_one (QS_CHARTERS_VIEW (widget), g_variant_get_string (parameter, NULL), -1);
}

static void
move_down_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move_by_one (QS_CHARTERS_VIEW (widget), g_variant_get_string (parameter, NULL), 1);
}

static void
move_commitment_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  const char     *id;
  const char     *target_id;
  QsCommitment   *commitment;
  QsCommitment   *target;
  QsCategory      category;

  g_variant_get (parameter, "(&s&s)", &id, &target_id);
  commitment = find_commitment (self, id);
  if (commitment == NULL)
    return;

  /* Dropped onto a commitment: take its place. */
  target = find_commitment (self, target_id);
  if (target != NULL)
    {
      g_autoptr (GPtrArray) siblings = NULL;
      guint index = 0;

      category = get_category (target);
      siblings = get_category_commitments (self, category, NULL);
      g_ptr_array_find (siblings, target, &index);
      move (self, commitment, category, index);
      return;
    }

  /* Dropped onto a category: go to its end. */
  if (parse_category (target_id, &category))
    {
      g_autoptr (GPtrArray) siblings = get_category_commitments (self, category, commitment);

      move (self, commitment, category, siblings->len);
    }
}

static void
open_version_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (!qs_charter_editor_load (self->editor, g_variant_get_string (parameter, NULL), &error))
    qs_charters_view_toast_error (self, error);
  qs_charters_view_update_actions (self);
}

static void
search_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_list_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsChartersView *self = QS_CHARTERS_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
qs_charters_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "charters.new-from-template", NULL,
                                   new_from_template_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.new-empty", NULL,
                                   new_empty_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.save", NULL, save_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.publish", NULL, publish_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.new-version", NULL,
                                   new_version_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.set-review-date", "s",
                                   set_review_date_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.add-commitment", "s",
                                   add_commitment_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.edit-commitment", "s",
                                   edit_commitment_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.delete-commitment", "s",
                                   delete_commitment_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.undo-delete", "s",
                                   undo_delete_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.move-up", "s", move_up_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.move-down", "s", move_down_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.move-commitment", "(ss)",
                                   move_commitment_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.open-version", "s",
                                   open_version_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.search", NULL, search_activated_cb);
  gtk_widget_class_install_action (widget_class, "charters.show-list", NULL,
                                   show_list_activated_cb);
}
