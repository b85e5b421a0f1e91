/* qs-charter-editor-fields.c — editing and saving the charter's own fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each edit goes into the editor's QsCharter at once, and the whole row is
 * saved a moment after the last one, in one call to the repository. When
 * the repository refuses, the field at fault is marked and a sentence
 * under the group says what to do; nothing is written until it is fixed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-editor-private.h"
#include "qs-charter-format.h"
#include "qs-charter-repository.h"
#include "qs-commitment-row.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-text.h"

/* How long after the last keystroke the charter is saved. */
#define SAVE_DELAY_MS 500

static const char *status_classes[] = { "draft", "published", "archived" };

static QsEntity *
get_entity (QsCharterEditor *self)
{
  return QS_ENTITY (self->charter);
}

static QsLanguage
get_language (QsCharterEditor *self)
{
  return qs_entity_get_enum (get_entity (self), QS_CHARTER_FIELD_LANGUAGE);
}

static void
set_row_error (gpointer row, gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

void
qs_charter_editor_show_error (QsCharterEditor *self, const char *message)
{
  gtk_label_set_text (self->charter_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->charter_error_label), message != NULL);
}

void
qs_charter_editor_clear_errors (QsCharterEditor *self)
{
  set_row_error (self->title_fr_row, FALSE);
  set_row_error (self->title_en_row, FALSE);
  set_row_error (self->review_row, FALSE);
  qs_charter_editor_show_error (self, NULL);
}

void
qs_charter_editor_update_review_row (QsCharterEditor *self)
{
  const char *review_date = qs_entity_get_string (get_entity (self), QS_CHARTER_FIELD_REVIEW_DATE);
  g_autofree char *date = qs_charter_format_date (review_date);

  adw_action_row_set_subtitle (self->review_row, date != NULL ? date : _ ("Not set"));
}

void
qs_charter_editor_update_header (QsCharterEditor *self)
{
  QsEntity       *entity = get_entity (self);
  QsCharterStatus status = qs_entity_get_enum (entity, QS_CHARTER_FIELD_STATUS);
  g_autoptr (GDateTime) now = qs_clock_get_now_local (qs_store_get_clock (self->store));
  g_autofree char *published =
    qs_charter_format_timestamp (qs_entity_get_int (entity, QS_CHARTER_FIELD_PUBLISHED_AT));
  g_autofree char *subtitle = NULL;
  g_autofree char *review = NULL;
  const char      *title;
  int              urgency;

  title = qs_charter_format_text (entity, QS_CHARTER_FIELD_TITLE_EN, QS_CHARTER_FIELD_TITLE_FR,
                                  get_language (self), NULL);
  gtk_label_set_text (self->title_label, *title != '\0' ? title : _ ("Untitled charter"));

  gtk_label_set_text (self->status_label, qs_enum_label (QS_TYPE_CHARTER_STATUS, status));
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
  if (status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[status]);

  if (published != NULL)
    /* Translators: a version number, a charter's reference, then a date */
    subtitle = g_strdup_printf (_ ("Version %d · %s · published on %s"),
                                (int) qs_entity_get_int (entity, QS_CHARTER_FIELD_VERSION),
                                qs_entity_get_string (entity, QS_CHARTER_FIELD_REF), published);
  else
    /* Translators: a version number, then a charter's reference */
    subtitle = g_strdup_printf (_ ("Version %d · %s"),
                                (int) qs_entity_get_int (entity, QS_CHARTER_FIELD_VERSION),
                                qs_entity_get_string (entity, QS_CHARTER_FIELD_REF));
  gtk_label_set_text (self->subtitle_label, subtitle);

  /* The reminder is for the version in force or in the making. */
  review = qs_charter_format_review (qs_entity_get_string (entity, QS_CHARTER_FIELD_REVIEW_DATE),
                                     now, &urgency);
  gtk_widget_set_visible (self->reminder_box, urgency > 0 && status != QS_CHARTER_STATUS_ARCHIVED);
  gtk_widget_remove_css_class (self->reminder_box, "warning");
  gtk_widget_remove_css_class (self->reminder_box, "error");
  gtk_widget_add_css_class (self->reminder_box, urgency > 1 ? "error" : "warning");
  gtk_image_set_from_icon_name (self->reminder_icon,
                                urgency > 1 ? "dialog-warning-symbolic" : "alarm-symbolic");
  if (urgency > 0)
    {
      g_autofree char *text = NULL;

      if (status == QS_CHARTER_STATUS_PUBLISHED)
        /* Translators: %s says when the review is due, e.g. "Review due in 3 days, on 4 May 2026"
         */
        text = g_strdup_printf (_ ("%s. Review the commitments with your clients and publish a "
                                   "new version."),
                                review);
      else if (urgency > 1)
        text =
          /* Translators: %s says when the review was due, e.g. "Review overdue since 4 May 2026" */
          g_strdup_printf (_ ("%s. Choose a review date in the future before publishing."), review);
      else
        /* Translators: %s says when the review is due, e.g. "Review due in 3 days, on 4 May 2026"
         */
        text = g_strdup_printf (_ ("%s. Published now, the charter would soon be due for review: "
                                   "consider a later date."),
                                review);
      gtk_label_set_text (self->reminder_label, text);
    }

  gtk_widget_set_visible (self->frozen_box, self->frozen);
  gtk_widget_set_visible (self->new_version_button, status == QS_CHARTER_STATUS_PUBLISHED);
  gtk_label_set_text (self->frozen_label,
                      status == QS_CHARTER_STATUS_ARCHIVED
                        ? _ ("This version was replaced by a later one. It is kept as it was "
                             "published and can no longer change.")
                        : _ ("This version is published and can no longer change. To change the "
                             "charter, edit it as a new version."));
}

gboolean
qs_charter_editor_save_now (QsCharterEditor *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->charter == NULL || self->frozen)
    return TRUE;

  if (!qs_charter_repository_save (self->store, self->charter, &local_error))
    {
      QsLanguage  language = get_language (self);
      const char *title = qs_entity_get_string (get_entity (self), language == QS_LANGUAGE_FR
                                                                     ? QS_CHARTER_FIELD_TITLE_FR
                                                                     : QS_CHARTER_FIELD_TITLE_EN);
      gboolean    title_empty = qs_text_is_blank (title);

      set_row_error (language == QS_LANGUAGE_FR ? self->title_fr_row : self->title_en_row,
                     title_empty && g_error_matches (local_error, QS_ERROR, QS_ERROR_INVALID));
      qs_charter_editor_show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  qs_charter_editor_clear_errors (self);
  qs_charter_editor_update_header (self);
  qs_charter_editor_emit_saved (self);
  return TRUE;
}

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (user_data);

  self->save_source = 0;
  /* The error is shown at its field. */
  qs_charter_editor_save_now (self, NULL);
  return G_SOURCE_REMOVE;
}

void
qs_charter_editor_schedule_save (QsCharterEditor *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
on_entry_changed_cb (GtkEditable *editable, QsCharterEditor *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "qs-field"));

  if (self->loading || self->charter == NULL)
    return;
  qs_entity_set_string (get_entity (self), field, gtk_editable_get_text (editable));
  set_row_error (editable, FALSE);
  qs_charter_editor_schedule_save (self);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer, QsCharterEditor *self)
{
  guint            field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "qs-field"));
  GtkTextIter      start;
  GtkTextIter      end;
  g_autofree char *text = NULL;

  if (self->loading || self->charter == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  qs_entity_set_string (get_entity (self), field, text);
  qs_charter_editor_schedule_save (self);
}

static const char *
get_selected_id (GPtrArray *entities, AdwComboRow *row, guint offset)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION || selected < offset ||
      selected - offset >= entities->len)
    return NULL;
  return qs_entity_get_id (g_ptr_array_index (entities, selected - offset));
}

static void
on_combo_changed_cb (AdwComboRow *row, GParamSpec *pspec, QsCharterEditor *self)
{
  QsEntity *entity;

  if (self->loading || self->charter == NULL)
    return;

  entity = get_entity (self);
  if (row == self->language_row)
    {
      qs_entity_set_enum (entity, QS_CHARTER_FIELD_LANGUAGE, adw_combo_row_get_selected (row));
      /* The rows show the commitments in the charter's first language;
       * rows still waiting will be built in it. */
      if (!self->sections_pending)
        qs_charter_editor_build_commitments (self);
    }
  else if (row == self->provider_row)
    {
      const char *id = get_selected_id (self->provider_choices, row, 0);

      if (id == NULL)
        return;
      qs_entity_set_string (entity, QS_CHARTER_FIELD_DEPARTMENT_ID, id);
    }
  else
    qs_entity_set_string (entity, QS_CHARTER_FIELD_OWNER_ID,
                          get_selected_id (self->owner_choices, row, 1));

  qs_charter_editor_schedule_save (self);
}

void
qs_charter_editor_on_review_day_selected (QsCharterEditor *self)
{
  g_autoptr (GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (self->loading || self->charter == NULL)
    return;

  date = gtk_calendar_get_date (self->review_calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  gtk_menu_button_popdown (self->review_button);
  gtk_widget_activate_action (GTK_WIDGET (self), "charters.set-review-date", "s", iso);
}

void
qs_charter_editor_on_checklist_changed (QsCharterEditor *self)
{
  g_autofree char *json = NULL;

  if (self->loading || self->charter == NULL || self->frozen)
    return;
  json = qs_adoption_checklist_to_json (self->checklist);
  qs_entity_set_string (get_entity (self), QS_CHARTER_FIELD_CHECKLIST, json);
  qs_charter_editor_schedule_save (self);
}

static void
connect_entry (QsCharterEditor *self, AdwEntryRow *row, guint field)
{
  g_object_set_data (G_OBJECT (row), "qs-field", GUINT_TO_POINTER (field));
  g_signal_connect_object (row, "changed", G_CALLBACK (on_entry_changed_cb), self, 0);
}

static void
connect_text_view (QsCharterEditor *self, GtkTextView *view, guint field)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  g_object_set_data (G_OBJECT (buffer), "qs-field", GUINT_TO_POINTER (field));
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self, 0);
}

/* Every edit of a field goes into the charter and schedules a save. */
void
qs_charter_editor_connect_fields (QsCharterEditor *self)
{
  connect_entry (self, self->title_fr_row, QS_CHARTER_FIELD_TITLE_FR);
  connect_entry (self, self->title_en_row, QS_CHARTER_FIELD_TITLE_EN);
  connect_text_view (self, self->values_fr_view, QS_CHARTER_FIELD_VALUES_FR);
  connect_text_view (self, self->values_en_view, QS_CHARTER_FIELD_VALUES_EN);
  connect_text_view (self, self->introduction_fr_view, QS_CHARTER_FIELD_INTRODUCTION_FR);
  connect_text_view (self, self->introduction_en_view, QS_CHARTER_FIELD_INTRODUCTION_EN);
  g_signal_connect_object (self->language_row, "notify::selected", G_CALLBACK (on_combo_changed_cb),
                           self, 0);
  g_signal_connect_object (self->provider_row, "notify::selected", G_CALLBACK (on_combo_changed_cb),
                           self, 0);
  g_signal_connect_object (self->owner_row, "notify::selected", G_CALLBACK (on_combo_changed_cb),
                           self, 0);
}

/**
 * qs_charter_editor_flush:
 *
 * Saves the charter's fields now rather than after the usual delay.
 *
 * Returns: %FALSE when the charter was refused; the field at fault shows why
 */
gboolean
qs_charter_editor_flush (QsCharterEditor *self, GError **error)
{
  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), FALSE);

  return qs_charter_editor_save_now (self, error);
}

/**
 * qs_charter_editor_set_review_date:
 * @iso_date: "YYYY-MM-DD"
 *
 * Sets the date by which the charter is to be reviewed, and saves it.
 */
void
qs_charter_editor_set_review_date (QsCharterEditor *self, const char *iso_date)
{
  g_return_if_fail (QS_IS_CHARTER_EDITOR (self));

  if (self->charter == NULL || self->frozen)
    return;

  qs_entity_set_string (get_entity (self), QS_CHARTER_FIELD_REVIEW_DATE, iso_date);
  set_row_error (self->review_row, FALSE);
  qs_charter_editor_update_review_row (self);
  qs_charter_editor_save_now (self, NULL);
}

/**
 * qs_charter_editor_show_problems:
 *
 * Marks, where they are, the reasons the charter cannot be published: an
 * empty title, a missing or past review date, measured commitments that
 * fail the SMART check. The first one takes the focus.
 */
void
qs_charter_editor_show_problems (QsCharterEditor *self)
{
  QsEntity   *entity;
  QsLanguage  language;
  const char *title;
  const char *review_date;
  g_autoptr (GDateTime) now = qs_clock_get_now_local (qs_store_get_clock (self->store));
  g_autoptr (GString) messages = g_string_new (NULL);
  GtkWidget *first = NULL;
  int        days;

  g_return_if_fail (QS_IS_CHARTER_EDITOR (self));

  if (self->charter == NULL)
    return;
  /* The rows that fail are highlighted and may take the focus. */
  qs_charter_editor_ensure_sections (self);

  entity = get_entity (self);
  language = get_language (self);
  title = qs_entity_get_string (entity, language == QS_LANGUAGE_FR ? QS_CHARTER_FIELD_TITLE_FR
                                                                   : QS_CHARTER_FIELD_TITLE_EN);
  if (qs_text_is_blank (title))
    {
      AdwEntryRow *row = language == QS_LANGUAGE_FR ? self->title_fr_row : self->title_en_row;

      set_row_error (row, TRUE);
      first = GTK_WIDGET (row);
      g_string_append (messages,
                       language == QS_LANGUAGE_FR
                         ? _ ("Give the charter a title in French, its first language.")
                         : _ ("Give the charter a title in English, its first language."));
    }

  review_date = qs_entity_get_string (entity, QS_CHARTER_FIELD_REVIEW_DATE);
  if (!qs_charter_format_days_until (review_date, now, &days) || days < 0)
    {
      set_row_error (self->review_row, TRUE);
      if (first == NULL)
        first = GTK_WIDGET (self->review_button);
      if (messages->len > 0)
        g_string_append_c (messages, '\n');
      g_string_append (messages, _ ("Choose a review date in the future: a published charter "
                                    "says when it will be reviewed."));
    }
  qs_charter_editor_show_error (self, messages->len > 0 ? messages->str : NULL);

  for (GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self->commitments_box));
       group != NULL; group = gtk_widget_get_next_sibling (group))
    {
      GPtrArray *rows = g_object_get_data (G_OBJECT (group), "qs-rows");

      for (guint i = 0; rows != NULL && i < rows->len; i++)
        {
          QsCommitmentRow *row = g_ptr_array_index (rows, i);
          gboolean         blocking = qs_commitment_row_get_blocking (row);

          qs_commitment_row_set_highlight (row, blocking);
          if (blocking && first == NULL)
            first = GTK_WIDGET (row);
        }
    }

  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/**
 * qs_charter_editor_focus_title:
 *
 * Gives the focus to the title in the charter's first language, its text
 * selected so that typing replaces it: what a new charter is first given.
 */
void
qs_charter_editor_focus_title (QsCharterEditor *self)
{
  AdwEntryRow *row;

  g_return_if_fail (QS_IS_CHARTER_EDITOR (self));

  if (self->charter == NULL || self->frozen)
    return;
  qs_charter_editor_ensure_sections (self);
  row = get_language (self) == QS_LANGUAGE_FR ? self->title_fr_row : self->title_en_row;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  if (gtk_widget_grab_focus (GTK_WIDGET (row)))
    gtk_editable_select_region (GTK_EDITABLE (row), 0, -1);
}
