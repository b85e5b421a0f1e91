/* qs-commitment-row.c — one commitment of the charter being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row shows the commitment's text, its target in a sentence and the
 * result of the SMART check. A measurable commitment that fails the check
 * would block publication, so its reasons are always in the subtitle, not
 * only in a tooltip. Everything the row can do goes through the view's
 * `charters.` actions with the commitment's id as parameter: activating
 * the row edits it, its menu moves or deletes it, Alt+Up and Alt+Down move
 * it, and dropping another row onto it moves that row to its place.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-format.h"
#include "qs-commitment-row.h"
#include "qs-enum-types.h"

struct _QsCommitmentRow
{
  AdwActionRow parent_instance;

  QsCommitment  *commitment;
  QsSmartResult *result;
  QsLanguage     language;
  gboolean       editable;

  GtkWidget *smart_icon;
};

G_DEFINE_FINAL_TYPE (QsCommitmentRow, qs_commitment_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_COMMITMENT,
  PROP_RESULT,
  PROP_LANGUAGE,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
get_id (QsCommitmentRow *self)
{
  return qs_entity_get_id (QS_ENTITY (self->commitment));
}

static char *
describe_failures (QsCommitmentRow *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    {
      const char *reason = qs_smart_result_get_reason (self->result, i);

      if (qs_smart_result_get_passed (self->result, i) || reason == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_commitment (QsCommitmentRow *self)
{
  QsEntity        *entity = QS_ENTITY (self->commitment);
  gboolean         missing;
  const char      *text;
  g_autofree char *target = qs_charter_format_target (self->commitment);
  g_autofree char *failures = describe_failures (self);
  g_autofree char *subtitle = NULL;

  text = qs_charter_format_text (entity, QS_COMMITMENT_FIELD_TEXT_EN, QS_COMMITMENT_FIELD_TEXT_FR,
                                 self->language, &missing);
  if (*text == '\0')
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _ ("Commitment without text"));
  else if (missing)
    {
      /* Translators: %s is a commitment's text in the other language */
      g_autofree char *title = g_strdup_printf (_ ("%s (not translated yet)"), text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), text);

  if (qs_smart_result_passes (self->result))
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (self->smart_icon), "emblem-ok-symbolic");
      gtk_widget_add_css_class (self->smart_icon, "success");
      gtk_widget_set_tooltip_text (self->smart_icon, _ ("Passes the SMART check"));
      subtitle = g_steal_pointer (&target);
    }
  else if (qs_commitment_is_measurable (self->commitment))
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (self->smart_icon), "dialog-warning-symbolic");
      gtk_widget_add_css_class (self->smart_icon, "warning");
      gtk_widget_set_tooltip_text (self->smart_icon,
                                   _ ("Fails the SMART check: the charter cannot be published "
                                      "until this is fixed"));
      subtitle = g_strdup_printf ("%s\n%s", target, failures);
    }
  else
    {
      /* A commitment that is not measured does not block publication. */
      gtk_image_set_from_icon_name (GTK_IMAGE (self->smart_icon), "dialog-information-symbolic");
      gtk_widget_add_css_class (self->smart_icon, "dim-label");
      gtk_widget_set_tooltip_text (self->smart_icon, failures);
      subtitle = g_steal_pointer (&target);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static GMenuModel *
build_menu (QsCommitmentRow *self)
{
  static const struct
  {
    const char *label;
    const char *action;
  } entries[] = {
    { N_ ("_Edit"), "charters.edit-commitment" },
    { N_ ("Move _Up"), "charters.move-up" },
    { N_ ("Move _Down"), "charters.move-down" },
    { N_ ("_Delete"), "charters.delete-commitment" },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (_ (entries[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, entries[i].action,
                                               g_variant_new_string (get_id (self)));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source, double x, double y, QsCommitmentRow *self)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, get_id (self));
}

static void
on_drag_begin_cb (GtkDragSource *source, GdkDrag *drag, QsCommitmentRow *self)
{
  g_autoptr (GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
on_drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, QsCommitmentRow *self)
{
  const char *dragged = g_value_get_string (value);

  if (dragged == NULL || g_strcmp0 (dragged, get_id (self)) == 0)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "charters.move-commitment", "(ss)", dragged,
                                     get_id (self));
}

static gboolean
on_move_key_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  QsCommitmentRow *self = QS_COMMITMENT_ROW (widget);

  return gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), "s", get_id (self));
}

static void
add_dnd (QsCommitmentRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
qs_commitment_row_constructed (GObject *object)
{
  QsCommitmentRow *self = QS_COMMITMENT_ROW (object);
  GtkWidget       *menu_button;
  g_autoptr (GMenuModel) menu = NULL;

  G_OBJECT_CLASS (qs_commitment_row_parent_class)->constructed (object);

  g_return_if_fail (self->commitment != NULL && self->result != NULL);

  self->smart_icon = gtk_image_new ();
  gtk_widget_set_valign (self->smart_icon, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->smart_icon);

  show_commitment (self);

  /* Activating the row opens the commitment; read-only when frozen. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "charters.edit-commitment");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self),
                                          g_variant_new_string (get_id (self)));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);

  if (!self->editable)
    return;

  menu = build_menu (self);
  menu_button =
    g_object_new (GTK_TYPE_MENU_BUTTON, "icon-name", "view-more-symbolic", "menu-model", menu,
                  "valign", GTK_ALIGN_CENTER, "tooltip-text", _ ("Commitment Menu"), NULL);
  gtk_widget_add_css_class (menu_button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), menu_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self),
                             g_object_new (GTK_TYPE_IMAGE, "icon-name", "list-drag-handle-symbolic",
                                           "tooltip-text", _ ("Drag to reorder"), NULL));
  add_dnd (self);
}

static void
qs_commitment_row_dispose (GObject *object)
{
  QsCommitmentRow *self = QS_COMMITMENT_ROW (object);

  g_clear_object (&self->commitment);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (qs_commitment_row_parent_class)->dispose (object);
}

static void
qs_commitment_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsCommitmentRow *self = QS_COMMITMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMMITMENT:
      g_value_set_object (value, self->commitment);
      break;

    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;

    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_commitment_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QsCommitmentRow *self = QS_COMMITMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMMITMENT:
      self->commitment = g_value_dup_object (value);
      break;

    case PROP_RESULT:
      self->result = g_value_dup_object (value);
      break;

    case PROP_LANGUAGE:
      self->language = g_value_get_enum (value);
      break;

    case PROP_EDITABLE:
      self->editable = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_commitment_row_class_init (QsCommitmentRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags     flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = qs_commitment_row_constructed;
  object_class->dispose = qs_commitment_row_dispose;
  object_class->get_property = qs_commitment_row_get_property;
  object_class->set_property = qs_commitment_row_set_property;

  properties[PROP_COMMITMENT] =
    g_param_spec_object ("commitment", NULL, NULL, QS_TYPE_COMMITMENT, flags);
  properties[PROP_RESULT] = g_param_spec_object ("result", NULL, NULL, QS_TYPE_SMART_RESULT, flags);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, QS_TYPE_LANGUAGE, QS_LANGUAGE_EN, flags);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The keyboard twin of drag and drop. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, on_move_key_cb, "s",
                                "charters.move-up");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, on_move_key_cb, "s",
                                "charters.move-down");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, on_move_key_cb, "s",
                                "charters.delete-commitment");
}

static void
qs_commitment_row_init (QsCommitmentRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
}

/**
 * qs_commitment_row_new:
 * @result: the SMART check of @commitment
 * @language: the language the charter is written in first
 * @editable: %FALSE for a commitment of a frozen version
 */
GtkWidget *
qs_commitment_row_new (QsCommitment  *commitment,
                       QsSmartResult *result,
                       QsLanguage     language,
                       gboolean       editable)
{
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), NULL);
  g_return_val_if_fail (QS_IS_SMART_RESULT (result), NULL);

  return g_object_new (QS_TYPE_COMMITMENT_ROW, "commitment", commitment, "result", result,
                       "language", language, "editable", editable, NULL);
}

/**
 * qs_commitment_row_get_commitment:
 *
 * Returns: (transfer none): the commitment shown
 */
QsCommitment *
qs_commitment_row_get_commitment (QsCommitmentRow *self)
{
  g_return_val_if_fail (QS_IS_COMMITMENT_ROW (self), NULL);

  return self->commitment;
}

/**
 * qs_commitment_row_get_result:
 *
 * Returns: (transfer none): the SMART check of the commitment
 */
QsSmartResult *
qs_commitment_row_get_result (QsCommitmentRow *self)
{
  g_return_val_if_fail (QS_IS_COMMITMENT_ROW (self), NULL);

  return self->result;
}

/**
 * qs_commitment_row_get_blocking:
 *
 * Returns: whether this commitment keeps the charter from being
 * published: it is measured and fails the SMART check
 */
gboolean
qs_commitment_row_get_blocking (QsCommitmentRow *self)
{
  g_return_val_if_fail (QS_IS_COMMITMENT_ROW (self), FALSE);

  return qs_commitment_is_measurable (self->commitment) && !qs_smart_result_passes (self->result);
}

/**
 * qs_commitment_row_set_highlight:
 *
 * Marks the row as the reason publication was refused.
 */
void
qs_commitment_row_set_highlight (QsCommitmentRow *self, gboolean highlight)
{
  g_return_if_fail (QS_IS_COMMITMENT_ROW (self));

  if (highlight)
    gtk_widget_add_css_class (GTK_WIDGET (self), "qs-problem");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "qs-problem");
}
