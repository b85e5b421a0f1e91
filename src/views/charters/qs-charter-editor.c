/* qs-charter-editor.c — the editor of one charter version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor shows one version of a charter: its header (title, status,
 * version, a reminder when the review is near or past), the charter's own
 * fields, the commitments by category, the adoption checklist and the
 * history of versions.
 *
 * The charter's fields are saved as they are edited: each edit goes into
 * the in-memory QsCharter and a save of the whole row follows shortly
 * after, in one call to the repository, so a charter is never half
 * written. When the repository refuses (an empty title), the field says
 * why and nothing is written until it is fixed. Commitments are not
 * edited here: their rows activate the Charters view's actions, and the
 * view asks the editor to reload them from the database afterwards.
 *
 * A published or archived version is frozen: it is shown as a document
 * of plain, selectable text instead of its form (see
 * qs-charter-editor-document.c), and a banner offers to edit it as a new
 * version.
 *
 * Laying out a charter, its fields and its rows of commitments, checklist
 * and versions, costs more than the rest of the window together. A charter
 * loaded before the window's first frame (at start-up) is read at once but
 * drawn, with its rows built, right after that frame, so that the window
 * shows at once. Later loads build and draw everything as the charter is
 * shown.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-editor-private.h"
#include "qs-charter-format.h"
#include "qs-charter-repository.h"
#include "qs-charters-resources.h"
#include "qs-client.h"
#include "qs-commitment-row.h"
#include "qs-department.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-repository.h"
#include "qs-toast.h"

G_DEFINE_FINAL_TYPE (QsCharterEditor, qs_charter_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CHARTER,
  PROP_FROZEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
qs_charter_editor_emit_saved (QsCharterEditor *self)
{
  g_signal_emit (self, signals[SAVED], 0);
}

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
set_text_view (GtkTextView *view, const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
set_entry (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static guint
find_position (GPtrArray *entities, const char *id)
{
  for (guint i = 0; id != NULL && i < entities->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (entities, i)), id) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
set_string_model (AdwComboRow *row, GtkStringList *list)
{
  g_autoptr (GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  g_object_unref (list);
}

/* @people, and the person or department @id refers to when it is not
 * among them (a charter may be owned by someone who is no longer staff). */
static GPtrArray *
add_current (QsCharterEditor *self, GPtrArray *people, GType type, const char *id)
{
  GPtrArray *choices = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  QsEntity *current = NULL;

  for (guint i = 0; i < people->len; i++)
    g_ptr_array_add (choices, g_object_ref (g_ptr_array_index (people, i)));
  if (id != NULL && find_position (people, id) == GTK_INVALID_LIST_POSITION &&
      !qs_repository_find_if_any (qs_store_get_repository (self->store, type), id, &current,
                                  &error))
    qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, TRUE));
  if (current != NULL)
    g_ptr_array_add (choices, current);
  return choices;
}

/* Fills the provider and owner rows with the choices for the charter
 * shown, and selects its own. */
static void
select_people (QsCharterEditor *self)
{
  QsEntity   *entity = get_entity (self);
  const char *department_id =
    entity != NULL ? qs_entity_get_string (entity, QS_CHARTER_FIELD_DEPARTMENT_ID) : NULL;
  const char *owner_id =
    entity != NULL ? qs_entity_get_string (entity, QS_CHARTER_FIELD_OWNER_ID) : NULL;
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkStringList *people = gtk_string_list_new (NULL);
  gboolean       was_loading = self->loading;
  guint          owner;

  g_clear_pointer (&self->provider_choices, g_ptr_array_unref);
  g_clear_pointer (&self->owner_choices, g_ptr_array_unref);
  self->provider_choices = add_current (self, self->providers, QS_TYPE_DEPARTMENT, department_id);
  self->owner_choices = add_current (self, self->staff, QS_TYPE_CLIENT, owner_id);

  for (guint i = 0; i < self->provider_choices->len; i++)
    gtk_string_list_append (names,
                            qs_entity_get_string (g_ptr_array_index (self->provider_choices, i),
                                                  QS_DEPARTMENT_FIELD_NAME));
  gtk_string_list_append (people, _ ("Nobody"));
  for (guint i = 0; i < self->owner_choices->len; i++)
    {
      g_autofree char *name =
        qs_client_dup_display_name (QS_CLIENT (g_ptr_array_index (self->owner_choices, i)));

      gtk_string_list_append (people, name);
    }

  /* Replacing the models is not an edit of the charter. */
  self->loading = TRUE;
  set_string_model (self->provider_row, names);
  set_string_model (self->owner_row, people);
  adw_combo_row_set_selected (self->provider_row,
                              find_position (self->provider_choices, department_id));
  owner = find_position (self->owner_choices, owner_id);
  adw_combo_row_set_selected (self->owner_row, owner == GTK_INVALID_LIST_POSITION ? 0 : owner + 1);
  self->loading = was_loading;
}

static void
set_inputs_sensitive (QsCharterEditor *self, gboolean sensitive)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* A field about to be put away gives up the focus first, so that it
   * hears that it lost it. */
  if (!sensitive && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->charter_group), sensitive);
  gtk_widget_set_sensitive (self->values_group, sensitive);
  gtk_widget_set_sensitive (self->introduction_group, sensitive);
  /* A frozen version is not a form: its document takes the form's place. */
  gtk_widget_set_visible (GTK_WIDGET (self->charter_group), sensitive);
  gtk_widget_set_visible (self->values_group, sensitive);
  gtk_widget_set_visible (self->introduction_group, sensitive);
  gtk_widget_set_visible (self->commitments_header, sensitive);
  gtk_widget_set_visible (GTK_WIDGET (self->commitments_box), sensitive);
  gtk_widget_set_visible (GTK_WIDGET (self->checklist_box), sensitive);
  gtk_widget_set_visible (GTK_WIDGET (self->document_box), !sensitive);
}

/* Shows the charter's review date in the calendar, once it is built. */
static void
select_review_day (QsCharterEditor *self)
{
  g_autoptr (GDateTime) selected = NULL;
  gboolean was_loading = self->loading;

  if (self->review_calendar == NULL)
    return;
  selected = qs_charter_format_parse_date (
    qs_entity_get_string (get_entity (self), QS_CHARTER_FIELD_REVIEW_DATE));
  if (selected == NULL)
    return;
  /* Not a choice of the user's. */
  self->loading = TRUE;
  gtk_calendar_select_day (self->review_calendar, selected);
  self->loading = was_loading;
}

/* The review date's calendar, built when its button is first pressed:
 * a GtkCalendar is a hundred widgets, and most visits never open it. */
static void
create_review_popover_cb (GtkMenuButton *button, gpointer user_data)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (user_data);
  GtkWidget       *popover;

  if (self->review_calendar != NULL)
    return;
  self->review_calendar = GTK_CALENDAR (gtk_calendar_new ());
  select_review_day (self);
  g_signal_connect_object (self->review_calendar, "day-selected",
                           G_CALLBACK (qs_charter_editor_on_review_day_selected), self,
                           G_CONNECT_SWAPPED);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->review_calendar));
  gtk_menu_button_set_popover (button, popover);
}

static void
fill (QsCharterEditor *self)
{
  QsEntity *entity = get_entity (self);

  self->loading = TRUE;

  set_entry (self->title_fr_row, qs_entity_get_string (entity, QS_CHARTER_FIELD_TITLE_FR));
  set_entry (self->title_en_row, qs_entity_get_string (entity, QS_CHARTER_FIELD_TITLE_EN));
  adw_combo_row_set_selected (self->language_row, get_language (self));
  select_people (self);
  qs_charter_editor_update_review_row (self);
  select_review_day (self);

  set_text_view (self->values_fr_view, qs_entity_get_string (entity, QS_CHARTER_FIELD_VALUES_FR));
  set_text_view (self->values_en_view, qs_entity_get_string (entity, QS_CHARTER_FIELD_VALUES_EN));
  set_text_view (self->introduction_fr_view,
                 qs_entity_get_string (entity, QS_CHARTER_FIELD_INTRODUCTION_FR));
  set_text_view (self->introduction_en_view,
                 qs_entity_get_string (entity, QS_CHARTER_FIELD_INTRODUCTION_EN));

  qs_charter_editor_clear_errors (self);
  set_inputs_sensitive (self, !self->frozen);
  qs_charter_editor_update_header (self);

  self->loading = FALSE;
}

static void
clear (QsCharterEditor *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->sections_source, g_source_remove);
  self->sections_pending = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->scrolled_window), TRUE);
  g_clear_object (&self->charter);
  g_clear_object (&self->checklist);
  g_clear_object (&self->calendar);
  g_ptr_array_set_size (self->commitments, 0);
  qs_charter_editor_clear_box (self->commitments_box);
  qs_charter_editor_clear_box (self->checklist_box);
  qs_charter_editor_clear_box (self->versions_box);
  qs_charter_editor_clear_box (self->document_box);
}

/* Whether the window has drawn a frame with the editor in it. */
static gboolean
has_drawn (QsCharterEditor *self)
{
  GdkFrameClock *clock;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  return clock != NULL && gdk_frame_clock_get_frame_counter (clock) > 0;
}

/**
 * qs_charter_editor_ensure_sections:
 *
 * Fills the fields and builds the commitments, checklist and versions of
 * the charter shown now, and shows it, if it is still waiting for the
 * first frame.
 */
void
qs_charter_editor_ensure_sections (QsCharterEditor *self)
{
  if (!self->sections_pending)
    return;

  self->sections_pending = FALSE;
  g_clear_handle_id (&self->sections_source, g_source_remove);
  fill (self);
  qs_charter_editor_build_commitments (self);
  qs_charter_editor_build_checklist (self);
  qs_charter_editor_build_versions (self);
  gtk_widget_set_visible (GTK_WIDGET (self->scrolled_window), TRUE);
}

static gboolean
on_sections_idle_cb (gpointer user_data)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (user_data);

  self->sections_source = 0;
  qs_charter_editor_ensure_sections (self);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock, QsCharterEditor *self)
{
  g_clear_signal_handler (&self->after_paint_id, clock);

  /* Once the main loop is idle, so that the frame is on screen first. */
  if (self->sections_pending && self->sections_source == 0)
    self->sections_source = g_idle_add (on_sections_idle_cb, self);
}

/* Fills the fields, builds the sections and shows the charter now, or
 * after the first frame when the window has not drawn one yet: that frame
 * leaves the editor empty. */
static void
build_sections (QsCharterEditor *self)
{
  self->sections_pending = TRUE;
  if (has_drawn (self))
    {
      qs_charter_editor_ensure_sections (self);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->scrolled_window), FALSE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->after_paint_id == 0)
    self->after_paint_id = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)),
                                             "after-paint", G_CALLBACK (on_after_paint_cb), self);
  /* Unmapped, the editor waits for its map. */
}

static void
qs_charter_editor_map (GtkWidget *widget)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (widget);

  GTK_WIDGET_CLASS (qs_charter_editor_parent_class)->map (widget);

  if (self->sections_pending)
    build_sections (self);
}

static void
qs_charter_editor_unmap (GtkWidget *widget)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (widget);

  g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (widget));

  GTK_WIDGET_CLASS (qs_charter_editor_parent_class)->unmap (widget);
}

/* Saves an edit still waiting, without telling anyone. Returns whether
 * one was saved. */
static gboolean
save_quietly (QsCharterEditor *self)
{
  if (self->save_source == 0)
    return FALSE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->charter == NULL || self->frozen)
    return FALSE;
  /* A refused edit was shown at its field already. */
  return qs_charter_repository_save (self->store, self->charter, NULL);
}

static void
qs_charter_editor_dispose (GObject *object)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (object);

  /* An edit still waiting for its save is not lost on closing; nobody
   * is left to be told. */
  save_quietly (self);
  clear (self);

  if (self->kept_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kept_tick_id);
  self->kept_tick_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_CHARTER_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->commitments, g_ptr_array_unref);
  g_clear_pointer (&self->providers, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->provider_choices, g_ptr_array_unref);
  g_clear_pointer (&self->owner_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_charter_editor_parent_class)->dispose (object);
}

static void
qs_charter_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CHARTER:
      g_value_set_object (value, self->charter);
      break;

    case PROP_FROZEN:
      g_value_set_boolean (value, self->frozen);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_charter_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      qs_charter_editor_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_charter_editor_class_init (QsCharterEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_charter_editor_dispose;
  object_class->get_property = qs_charter_editor_get_property;
  object_class->set_property = qs_charter_editor_set_property;

  widget_class->map = qs_charter_editor_map;
  widget_class->unmap = qs_charter_editor_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, QS_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CHARTER] =
    g_param_spec_object ("charter", NULL, NULL, QS_TYPE_CHARTER,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FROZEN] =
    g_param_spec_boolean ("frozen", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QsCharterEditor::saved:
   *
   * Emitted after the charter's own fields were saved.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  qs_charters_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               QS_CHARTERS_RESOURCE_PATH "qs-charter-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, reminder_box);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, reminder_icon);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, reminder_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, frozen_box);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, frozen_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, new_version_button);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, document_box);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, commitments_header);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, charter_group);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, title_fr_row);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, title_en_row);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, provider_row);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, review_button);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, charter_error_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, values_group);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, values_fr_view);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, values_en_view);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, introduction_group);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, introduction_fr_view);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, introduction_en_view);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, commitments_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, commitments_box);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, QsCharterEditor, versions_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
qs_charter_editor_init (QsCharterEditor *self)
{
  GtkStringList *languages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->review_button, create_review_popover_cb, self, NULL);

  self->commitments = g_ptr_array_new_with_free_func (g_object_unref);
  self->providers = g_ptr_array_new_with_free_func (g_object_unref);
  self->staff = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_string_list_append (languages, qs_enum_label (QS_TYPE_LANGUAGE, QS_LANGUAGE_FR));
  gtk_string_list_append (languages, qs_enum_label (QS_TYPE_LANGUAGE, QS_LANGUAGE_EN));
  set_string_model (self->language_row, languages);
  set_string_model (self->provider_row, gtk_string_list_new (NULL));
  set_string_model (self->owner_row, gtk_string_list_new (NULL));

  qs_charter_editor_connect_fields (self);
}

GtkWidget *
qs_charter_editor_new (void)
{
  return g_object_new (QS_TYPE_CHARTER_EDITOR, NULL);
}

/**
 * qs_charter_editor_get_store:
 *
 * Returns: (transfer none) (nullable): the database
 */
QsStore *
qs_charter_editor_get_store (QsCharterEditor *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), NULL);

  return self->store;
}

void
qs_charter_editor_set_store (QsCharterEditor *self, QsStore *store)
{
  g_return_if_fail (QS_IS_CHARTER_EDITOR (self));
  g_return_if_fail (store == NULL || QS_IS_STORE (store));

  if (self->store == store)
    return;

  clear (self);
  g_set_object (&self->store, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHARTER]);
}

/**
 * qs_charter_editor_set_people:
 * @providers: (element-type QsDepartment): the departments that provide services
 * @staff: (element-type QsClient): the members of staff
 *
 * Sets who may provide and own a charter.
 */
void
qs_charter_editor_set_people (QsCharterEditor *self, GPtrArray *providers, GPtrArray *staff)
{
  g_return_if_fail (QS_IS_CHARTER_EDITOR (self));

  g_ptr_array_set_size (self->providers, 0);
  for (guint i = 0; i < providers->len; i++)
    g_ptr_array_add (self->providers, g_object_ref (g_ptr_array_index (providers, i)));
  g_ptr_array_set_size (self->staff, 0);
  for (guint i = 0; i < staff->len; i++)
    g_ptr_array_add (self->staff, g_object_ref (g_ptr_array_index (staff, i)));

  if (self->charter != NULL)
    select_people (self);
}

/**
 * qs_charter_editor_load:
 * @charter_id: (nullable): the charter version to show, or %NULL for none
 *
 * Shows the charter version @charter_id as it is in the database. An edit
 * of the charter shown before that is still waiting is saved first.
 *
 * Returns: %FALSE when the charter could not be read
 */
gboolean
qs_charter_editor_load (QsCharterEditor *self, const char *charter_id, GError **error)
{
  QsRepository *repository;
  g_autoptr (QsEntity) charter = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  const char *calendar_id;
  gboolean    saved;

  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), FALSE);
  g_return_val_if_fail (charter_id == NULL || self->store != NULL, FALSE);

  /* Told only once the new charter is shown, so that whoever reloads on
   * "saved" finds the editor settled. */
  saved = save_quietly (self);
  clear (self);

  if (charter_id != NULL)
    {
      repository = qs_store_get_repository (self->store, QS_TYPE_CHARTER);
      charter = qs_repository_find (repository, charter_id, error);
      if (charter != NULL)
        commitments =
          qs_charter_repository_get_commitments (self->store, QS_CHARTER (charter), error);
      if (commitments == NULL)
        {
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHARTER]);
          if (saved)
            qs_charter_editor_emit_saved (self);
          return FALSE;
        }

      self->charter = QS_CHARTER (g_steal_pointer (&charter));
      g_ptr_array_extend_and_steal (self->commitments, g_steal_pointer (&commitments));
      self->frozen =
        qs_charter_repository_is_frozen (self->charter) || qs_store_is_read_only (self->store);
      self->checklist = qs_adoption_checklist_new_from_json (
        qs_entity_get_string (get_entity (self), QS_CHARTER_FIELD_CHECKLIST));
      g_signal_connect_object (self->checklist, "changed",
                               G_CALLBACK (qs_charter_editor_on_checklist_changed), self,
                               G_CONNECT_SWAPPED);

      calendar_id = qs_entity_get_string (get_entity (self), QS_CHARTER_FIELD_CALENDAR_ID);
      if (calendar_id != NULL)
        self->calendar = QS_CALENDAR (qs_repository_find (
          qs_store_get_repository (self->store, QS_TYPE_CALENDAR), calendar_id, NULL));

      build_sections (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
    }
  else
    self->frozen = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHARTER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROZEN]);
  if (saved)
    qs_charter_editor_emit_saved (self);
  return TRUE;
}

/**
 * qs_charter_editor_get_charter:
 *
 * Returns: (transfer none) (nullable): the charter version shown
 */
QsCharter *
qs_charter_editor_get_charter (QsCharterEditor *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), NULL);

  return self->charter;
}

/**
 * qs_charter_editor_get_commitments:
 *
 * Returns: (transfer none) (element-type QsCommitment): the commitments
 * shown, by category then position
 */
GPtrArray *
qs_charter_editor_get_commitments (QsCharterEditor *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), NULL);

  return self->commitments;
}

/**
 * qs_charter_editor_get_calendar:
 *
 * Returns: (transfer none) (nullable): the business calendar the charter names
 */
QsCalendar *
qs_charter_editor_get_calendar (QsCharterEditor *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), NULL);

  return self->calendar;
}

gboolean
qs_charter_editor_get_frozen (QsCharterEditor *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), FALSE);

  return self->frozen;
}

/**
 * qs_charter_editor_reload_commitments:
 * @focus_id: (nullable): the commitment whose row takes the focus
 *
 * Shows the commitments as they now are in the database, after the view
 * changed them.
 */
static GtkViewport *
get_viewport (QsCharterEditor *self)
{
  GtkWidget *child = gtk_scrolled_window_get_child (self->scrolled_window);

  return GTK_IS_VIEWPORT (child) ? GTK_VIEWPORT (child) : NULL;
}

/* The rows built again have no place on screen until they are laid out:
 * focusing one then would scroll the page to its top. The page's scroll
 * is put back once they have one, and only then may the focus scroll it. */
static gboolean
restore_place_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  QsCharterEditor *self = QS_CHARTER_EDITOR (widget);
  GtkViewport     *viewport = get_viewport (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window),
                            self->kept_scroll);
  if (++self->kept_frames < 2)
    return G_SOURCE_CONTINUE;
  if (viewport != NULL)
    gtk_viewport_set_scroll_to_focus (viewport, TRUE);
  self->kept_tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
keep_place (QsCharterEditor *self)
{
  GtkViewport *viewport = get_viewport (self);

  self->kept_frames = 0;
  if (self->kept_tick_id != 0)
    return;
  self->kept_scroll =
    gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window));
  if (viewport != NULL)
    gtk_viewport_set_scroll_to_focus (viewport, FALSE);
  self->kept_tick_id =
    gtk_widget_add_tick_callback (GTK_WIDGET (self), restore_place_cb, NULL, NULL);
}

void
qs_charter_editor_reload_commitments (QsCharterEditor *self, const char *focus_id)
{
  g_autoptr (GPtrArray) commitments = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (QS_IS_CHARTER_EDITOR (self));

  if (self->charter == NULL)
    return;

  commitments = qs_charter_repository_get_commitments (self->store, self->charter, &error);
  if (commitments == NULL)
    {
      qs_charter_editor_show_error (self, error->message);
      return;
    }
  keep_place (self);
  g_ptr_array_set_size (self->commitments, 0);
  g_ptr_array_extend_and_steal (self->commitments, g_steal_pointer (&commitments));
  if (self->sections_pending)
    qs_charter_editor_ensure_sections (self);
  else
    qs_charter_editor_build_commitments (self);

  for (GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self->commitments_box));
       focus_id != NULL && group != NULL; group = gtk_widget_get_next_sibling (group))
    {
      GPtrArray *rows = g_object_get_data (G_OBJECT (group), "qs-rows");

      for (guint i = 0; rows != NULL && i < rows->len; i++)
        {
          QsCommitmentRow *row = g_ptr_array_index (rows, i);

          if (g_strcmp0 (qs_entity_get_id (QS_ENTITY (qs_commitment_row_get_commitment (row))),
                         focus_id) == 0)
            gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }
}

static gboolean
same_rows (GPtrArray *shown, GPtrArray *stored)
{
  if (shown->len != stored->len)
    return FALSE;
  for (guint i = 0; i < shown->len; i++)
    {
      QsEntity *a = g_ptr_array_index (shown, i);
      QsEntity *b = g_ptr_array_index (stored, i);

      if (g_strcmp0 (qs_entity_get_id (a), qs_entity_get_id (b)) != 0 ||
          qs_entity_get_updated_at (a) != qs_entity_get_updated_at (b))
        return FALSE;
    }
  return TRUE;
}

/**
 * qs_charter_editor_refresh:
 *
 * Reads the charter shown again when the database holds something else
 * than what is shown: written by another program or another part of the
 * application. An edit waiting for its save keeps the charter as shown
 * (its save follows, and the last write wins); commitments are read again
 * only when they differ, so that the editor's own saves keep the scroll.
 *
 * Returns: %FALSE when the charter shown is gone from the database, or,
 *   with @error set, when it could not be read
 */
gboolean
qs_charter_editor_refresh (QsCharterEditor *self, GError **error)
{
  g_autoptr (QsEntity) stored = NULL;
  g_autoptr (GPtrArray) commitments = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (QS_IS_CHARTER_EDITOR (self), FALSE);

  if (self->charter == NULL || self->save_source != 0)
    return TRUE;

  id = g_strdup (qs_entity_get_id (get_entity (self)));
  if (!qs_store_find_if_any (self->store, QS_TYPE_CHARTER, id, &stored, error))
    return FALSE;
  if (stored == NULL || qs_entity_is_deleted (stored))
    return FALSE;
  if (qs_entity_get_updated_at (stored) != qs_entity_get_updated_at (get_entity (self)))
    {
      g_debug ("Charter %s was changed elsewhere: reading it again", id);
      return qs_charter_editor_load (self, id, error);
    }

  commitments = qs_charter_repository_get_commitments (self->store, self->charter, error);
  if (commitments == NULL)
    return FALSE;
  if (!same_rows (self->commitments, commitments))
    qs_charter_editor_reload_commitments (self, NULL);
  return TRUE;
}
