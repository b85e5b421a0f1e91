/* qs-charter-editor-sections.c — the parts of the editor built from rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The commitments (one group per category, in the order of the model
 * charter), the adoption checklist and the history of versions are
 * rebuilt whole from the editor's state whenever it changes: they are a
 * few dozen rows, and rebuilding keeps them exactly as the database has
 * them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-diff.h"
#include "qs-charter-editor-private.h"
#include "qs-charter-format.h"
#include "qs-charter-repository.h"
#include "qs-checklist-row.h"
#include "qs-commitment-row.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-smart-check.h"

void
qs_charter_editor_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static QsLanguage
get_language (QsCharterEditor *self)
{
  return qs_entity_get_enum (QS_ENTITY (self->charter), QS_CHARTER_FIELD_LANGUAGE);
}

static gboolean
on_category_drop_cb (
  GtkDropTarget *target, const GValue *value, double x, double y, GtkWidget *widget)
{
  const char *dragged = g_value_get_string (value);
  const char *category = g_object_get_data (G_OBJECT (target), "qs-category");

  if (dragged == NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, "charters.move-commitment", "(ss)", dragged, category);
}

/* Dropping a commitment onto a category, and not onto one of its rows,
 * moves it to the end of that category. */
static void
add_category_drop_target (GtkWidget *widget, QsCategory category)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (target), "qs-category",
                     (gpointer) qs_enum_nick (QS_TYPE_CATEGORY, category));
  g_signal_connect_object (target, "drop", G_CALLBACK (on_category_drop_cb), widget, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

static GtkWidget *
build_category (QsCharterEditor *self, QsCategory category, guint *n_blocking)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char          *label = qs_enum_label (QS_TYPE_CATEGORY, category);
  GPtrArray           *rows = g_ptr_array_new ();
  QsLanguage           language = get_language (self);

  adw_preferences_group_set_title (group, label);
  g_object_set_data_full (G_OBJECT (group), "qs-rows", rows, (GDestroyNotify) g_ptr_array_unref);

  if (!self->frozen)
    {
      /* Translators: %s is a category of commitments, e.g. "Availability" */
      g_autofree char *tooltip = g_strdup_printf (_ ("Add a Commitment to %s"), label);
      GtkWidget       *button = g_object_new (
              GTK_TYPE_BUTTON, "icon-name", "list-add-symbolic", "tooltip-text", tooltip, "valign",
              GTK_ALIGN_CENTER, "action-name", "charters.add-commitment", "action-target",
              g_variant_new_string (qs_enum_nick (QS_TYPE_CATEGORY, category)), NULL);

      gtk_widget_add_css_class (button, "flat");
      adw_preferences_group_set_header_suffix (group, button);
      add_category_drop_target (GTK_WIDGET (group), category);
    }

  for (guint i = 0; i < self->commitments->len; i++)
    {
      QsCommitment *commitment = g_ptr_array_index (self->commitments, i);
      g_autoptr (QsSmartResult) result = NULL;
      GtkWidget *row;

      if (qs_entity_get_enum (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_CATEGORY) !=
          (int) category)
        continue;

      result = qs_smart_check_commitment (commitment, self->calendar, language);
      row = qs_commitment_row_new (commitment, result, language, !self->frozen);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
      if (qs_commitment_row_get_blocking (QS_COMMITMENT_ROW (row)))
        (*n_blocking)++;
    }

  if (rows->len == 0)
    {
      GtkWidget *row =
        g_object_new (ADW_TYPE_ACTION_ROW, "title", _ ("No commitment in this category"),
                      "activatable", FALSE, NULL);

      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (group, row);
    }

  return GTK_WIDGET (group);
}

void
qs_charter_editor_build_commitments (QsCharterEditor *self)
{
  guint n_blocking = 0;
  guint n_measured = 0;
  g_autoptr (GString) summary = g_string_new (NULL);

  qs_charter_editor_clear_box (self->commitments_box);
  if (self->frozen)
    {
      /* Shown in the document, with the rest of the version. */
      qs_charter_editor_build_document (self);
      return;
    }
  for (QsCategory category = 0; category < QS_N_CATEGORIES; category++)
    gtk_box_append (self->commitments_box, build_category (self, category, &n_blocking));

  for (guint i = 0; i < self->commitments->len; i++)
    if (qs_commitment_is_measurable (g_ptr_array_index (self->commitments, i)))
      n_measured++;

  if (self->commitments->len == 0)
    g_string_append (summary, _ ("No commitment yet: add one to a category with its + button."));
  else
    {
      g_string_append_printf (summary,
                              g_dngettext (GETTEXT_PACKAGE, "%u commitment, %u measured.",
                                           "%u commitments, %u measured.", self->commitments->len),
                              self->commitments->len, n_measured);
      g_string_append_c (summary, ' ');
      if (n_blocking > 0)
        g_string_append_printf (summary,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "%u fails the SMART check and keeps the charter "
                                             "from being published.",
                                             "%u fail the SMART check and keep the charter "
                                             "from being published.",
                                             n_blocking),
                                n_blocking);
      else
        g_string_append (summary, _ ("Every measured commitment passes the SMART check."));
    }
  gtk_label_set_text (self->commitments_label, summary->str);
  gtk_widget_remove_css_class (GTK_WIDGET (self->commitments_label),
                               n_blocking > 0 ? "dim-label" : "warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->commitments_label),
                            n_blocking > 0 ? "warning" : "dim-label");
}

static void
update_checklist_count (QsCharterEditor *self)
{
  GtkWidget       *group = gtk_widget_get_first_child (GTK_WIDGET (self->checklist_box));
  GtkLabel        *count = g_object_get_data (G_OBJECT (group), "qs-count");
  g_autofree char *text = NULL;

  /* Translators: how many of the nine questions of the checklist are answered */
  text = g_strdup_printf (_ ("%u of %u answered"),
                          qs_adoption_checklist_count_answered (self->checklist),
                          QS_ADOPTION_N_QUESTIONS);
  gtk_label_set_text (count, text);
}

void
qs_charter_editor_build_checklist (QsCharterEditor *self)
{
  AdwPreferencesGroup *group;
  GtkWidget           *count;

  qs_charter_editor_clear_box (self->checklist_box);
  /* A frozen version's answers are in its document. */
  if (self->frozen)
    return;
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  count = gtk_label_new (NULL);

  adw_preferences_group_set_title (group, _ ("Adoption Checklist"));
  adw_preferences_group_set_description (group,
                                         _ ("Answer these questions with the people concerned "
                                            "before you adopt the charter, and note how you "
                                            "know."));
  gtk_widget_add_css_class (count, "dim-label");
  adw_preferences_group_set_header_suffix (group, count);
  g_object_set_data (G_OBJECT (group), "qs-count", count);

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    adw_preferences_group_add (group, qs_checklist_row_new (self->checklist, i, !self->frozen));

  gtk_box_append (self->checklist_box, GTK_WIDGET (group));
  update_checklist_count (self);
  g_signal_connect_object (self->checklist, "changed", G_CALLBACK (update_checklist_count), self,
                           G_CONNECT_SWAPPED);
}

static const char *
change_icon (QsChangeKind kind)
{
  switch (kind)
    {
    case QS_CHANGE_KIND_ADDED:
      return "list-add-symbolic";
    case QS_CHANGE_KIND_REMOVED:
      return "list-remove-symbolic";
    case QS_CHANGE_KIND_MOVED:
      return "view-sort-ascending-symbolic";
    case QS_CHANGE_KIND_CHANGED:
    default:
      return "document-edit-symbolic";
    }
}

static void
add_changes (QsCharterEditor *self, AdwExpanderRow *row, QsCharter *older, QsCharter *newer)
{
  g_autoptr (GPtrArray) old_commitments = NULL;
  g_autoptr (GPtrArray) new_commitments = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GError) error = NULL;

  if (older == NULL)
    {
      adw_expander_row_add_row (
        row, g_object_new (ADW_TYPE_ACTION_ROW, "title", _ ("First version of the charter"), NULL));
      return;
    }

  old_commitments = qs_charter_repository_get_commitments (self->store, older, &error);
  if (old_commitments != NULL)
    new_commitments = qs_charter_repository_get_commitments (self->store, newer, &error);
  if (new_commitments == NULL)
    {
      adw_expander_row_add_row (row, g_object_new (ADW_TYPE_ACTION_ROW, "title", error->message,
                                                   "use-markup", FALSE, NULL));
      return;
    }

  changes = qs_charter_diff (old_commitments, new_commitments, get_language (self));
  if (changes->len == 0)
    adw_expander_row_add_row (
      row, g_object_new (ADW_TYPE_ACTION_ROW, "title", _ ("No change in the commitments"), NULL));

  for (guint i = 0; i < changes->len; i++)
    {
      QsCharterChange *change = g_ptr_array_index (changes, i);
      const char      *old_text = qs_charter_change_get_old_text (change);
      const char      *new_text = qs_charter_change_get_new_text (change);
      const char      *text = new_text != NULL && *new_text != '\0' ? new_text : old_text;
      g_autofree char *subtitle = NULL;
      GtkWidget       *change_row;

      subtitle = g_strdup_printf (
        /* Translators: a category of commitments, then a commitment's text */
        _ ("%s: %s"), qs_enum_label (QS_TYPE_CATEGORY, qs_charter_change_get_category (change)),
        text != NULL ? text : "");
      change_row = g_object_new (ADW_TYPE_ACTION_ROW, "title",
                                 qs_charter_change_get_description (change), "subtitle", subtitle,
                                 "use-markup", FALSE, "title-lines", 0, "subtitle-lines", 0, NULL);
      adw_action_row_add_prefix (
        ADW_ACTION_ROW (change_row),
        gtk_image_new_from_icon_name (change_icon (qs_charter_change_get_kind (change))));
      adw_expander_row_add_row (row, change_row);
    }
}

static char *
describe_version (QsCharter *version)
{
  QsEntity        *entity = QS_ENTITY (version);
  QsCharterStatus  status = qs_entity_get_enum (entity, QS_CHARTER_FIELD_STATUS);
  g_autofree char *published =
    qs_charter_format_timestamp (qs_entity_get_int (entity, QS_CHARTER_FIELD_PUBLISHED_AT));
  g_autofree char *changed = qs_charter_format_timestamp (qs_entity_get_updated_at (entity));

  if (published != NULL && status == QS_CHARTER_STATUS_ARCHIVED)
    /* Translators: %s is a date */
    return g_strdup_printf (_ ("Archived, was published on %s"), published);
  if (published != NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_ ("Published on %s"), published);
  if (changed != NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_ ("Draft, last changed on %s"), changed);
  return g_strdup (qs_enum_label (QS_TYPE_CHARTER_STATUS, status));
}

void
qs_charter_editor_build_versions (QsCharterEditor *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr (GPtrArray) versions = NULL;
  g_autoptr (GError) error = NULL;
  const char *shown = qs_entity_get_id (QS_ENTITY (self->charter));

  qs_charter_editor_clear_box (self->versions_box);

  adw_preferences_group_set_title (group, _ ("Versions"));
  adw_preferences_group_set_description (group, _ ("A published version is kept as it was. Each "
                                                   "version lists what changed in its commitments "
                                                   "since the one before."));
  gtk_box_append (self->versions_box, GTK_WIDGET (group));

  versions = qs_charter_repository_get_versions (
    self->store, qs_entity_get_string (QS_ENTITY (self->charter), QS_CHARTER_FIELD_REF), &error);
  if (versions == NULL)
    {
      adw_preferences_group_set_description (group, error->message);
      return;
    }

  /* Newest first: each version is compared with the next one, its elder. */
  for (guint i = 0; i < versions->len; i++)
    {
      QsCharter       *version = g_ptr_array_index (versions, i);
      QsCharter       *older = i + 1 < versions->len ? g_ptr_array_index (versions, i + 1) : NULL;
      const char      *id = qs_entity_get_id (QS_ENTITY (version));
      g_autofree char *title = g_strdup_printf (
        _ ("Version %d"), (int) qs_entity_get_int (QS_ENTITY (version), QS_CHARTER_FIELD_VERSION));
      g_autofree char *subtitle = describe_version (version);
      AdwExpanderRow  *row = ADW_EXPANDER_ROW (adw_expander_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_expander_row_set_subtitle (row, subtitle);
      if (g_strcmp0 (id, shown) == 0)
        {
          GtkWidget *label = gtk_label_new (_ ("Shown"));

          gtk_widget_add_css_class (label, "dim-label");
          adw_expander_row_add_action (row, label);
        }
      else
        {
          GtkWidget *button =
            g_object_new (GTK_TYPE_BUTTON, "label", _ ("_Open"), "use-underline", TRUE, "valign",
                          GTK_ALIGN_CENTER, "action-name", "charters.open-version", "action-target",
                          g_variant_new_string (id), NULL);

          adw_expander_row_add_action (row, button);
        }
      add_changes (self, row, older, version);
      adw_preferences_group_add (group, GTK_WIDGET (row));
    }
}
