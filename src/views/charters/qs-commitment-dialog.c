/* qs-commitment-dialog.c — edits one commitment of a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form writes each valid value into the commitment as it is typed, so
 * that the SMART check below it follows every keystroke; a value that is
 * not valid stays in its field, marked, with a sentence saying what is
 * wanted, and keeps Save from writing anything. Nothing reaches the
 * database before Save, and then in one call: the caller reloads the
 * charter's commitments from the database when the dialog closes, so an
 * edit that was cancelled leaves no trace.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-charter-format.h"
#include "qs-charter-repository.h"
#include "qs-charters-resources.h"
#include "qs-client.h"
#include "qs-commitment-dialog.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-smart-check.h"

struct _QsCommitmentDialog
{
  AdwWindow parent_instance;

  QsStore      *store;
  QsCharter    *charter;
  QsCommitment *commitment;
  QsCalendar   *calendar;
  GPtrArray    *staff;
  gboolean      editable;
  gboolean      loading;
  GtkWidget    *smart_rows[QS_SMART_N_CRITERIA];
  GtkWidget    *smart_icons[QS_SMART_N_CRITERIA];

  /* Template widgets */
  GtkWidget           *save_button;
  GtkLabel            *text_fr_label;
  GtkLabel            *text_en_label;
  GtkTextView         *text_fr_view;
  GtkTextView         *text_en_view;
  AdwComboRow         *category_row;
  GtkLabel            *text_error_label;
  AdwPreferencesGroup *measure_group;
  AdwComboRow         *metric_row;
  AdwEntryRow         *delay_row;
  AdwComboRow         *unit_row;
  AdwEntryRow         *threshold_row;
  AdwComboRow         *channel_row;
  GtkLabel            *measure_error_label;
  AdwComboRow         *owner_row;
  AdwPreferencesGroup *smart_group;
};

G_DEFINE_FINAL_TYPE (QsCommitmentDialog, qs_commitment_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *criterion_titles[] = {
  N_ ("Specific"),
  N_ ("Measurable"),
  N_ ("Achievable and realistic"),
  N_ ("Time-bound"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (criterion_titles) == QS_SMART_N_CRITERIA);

static QsLanguage
get_language (QsCommitmentDialog *self)
{
  return qs_entity_get_enum (QS_ENTITY (self->charter), QS_CHARTER_FIELD_LANGUAGE);
}

static gboolean
is_deadline (QsMetric metric)
{
  return metric == QS_METRIC_ACKNOWLEDGEMENT || metric == QS_METRIC_RESOLUTION;
}

static void
set_row_error (GtkWidget *row, gboolean error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    start;
  GtkTextIter    end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A text in error: its label says so, in the error colour. */
static void
set_text_error (QsCommitmentDialog *self, gboolean error)
{
  set_row_error (GTK_WIDGET (self->text_fr_label), error);
  set_row_error (GTK_WIDGET (self->text_en_label), error);
}

static void
set_message (GtkLabel *label, const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
update_smart (QsCommitmentDialog *self)
{
  QsEntity *entity = QS_ENTITY (self->commitment);
  g_autoptr (QsSmartResult) result = NULL;
  g_autofree char *target = qs_charter_format_target (self->commitment);
  QsMetric         metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);

  adw_preferences_group_set_description (self->measure_group, target);
  gtk_widget_set_visible (GTK_WIDGET (self->delay_row), is_deadline (metric));
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), is_deadline (metric));
  gtk_widget_set_visible (GTK_WIDGET (self->channel_row), is_deadline (metric));
  gtk_widget_set_visible (GTK_WIDGET (self->threshold_row), metric != QS_METRIC_NONE);

  result = qs_smart_check_commitment (self->commitment, self->calendar, get_language (self));
  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    {
      gboolean    passed = qs_smart_result_get_passed (result, i);
      const char *reason = qs_smart_result_get_reason (result, i);

      gtk_image_set_from_icon_name (GTK_IMAGE (self->smart_icons[i]),
                                    passed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
      gtk_widget_remove_css_class (self->smart_icons[i], passed ? "warning" : "success");
      gtk_widget_add_css_class (self->smart_icons[i], passed ? "success" : "warning");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->smart_rows[i]),
                                   passed || reason == NULL ? _ ("Passes") : reason);
    }
}

/* Reads the form into the commitment, leaving out what is not valid, and
 * marks each field that is wrong. Returns whether all of it was valid. */
static gboolean
read_form (QsCommitmentDialog *self)
{
  QsEntity *entity = QS_ENTITY (self->commitment);
  QsMetric  metric = adw_combo_row_get_selected (self->metric_row);
  g_autoptr (GString) problems = g_string_new (NULL);
  double           delay;
  double           threshold;
  gboolean         delay_ok;
  gboolean         threshold_ok;
  guint            owner;
  g_autofree char *text_fr = dup_text (self->text_fr_view);
  g_autofree char *text_en = dup_text (self->text_en_view);

  qs_entity_set_string (entity, QS_COMMITMENT_FIELD_TEXT_FR, text_fr);
  qs_entity_set_string (entity, QS_COMMITMENT_FIELD_TEXT_EN, text_en);
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_CATEGORY,
                      adw_combo_row_get_selected (self->category_row));
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_METRIC, metric);
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT,
                      adw_combo_row_get_selected (self->unit_row));
  qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_CHANNEL,
                      adw_combo_row_get_selected (self->channel_row));

  owner = adw_combo_row_get_selected (self->owner_row);
  qs_entity_set_string (entity, QS_COMMITMENT_FIELD_OWNER_ID,
                        owner > 0 && owner <= self->staff->len
                          ? qs_entity_get_id (g_ptr_array_index (self->staff, owner - 1))
                          : NULL);

  /* Fields that do not apply to the metric are not checked. */
  delay_ok =
    qs_charter_format_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->delay_row)), &delay);
  if (!is_deadline (metric))
    delay_ok = TRUE;
  else if (!delay_ok)
    g_string_append (problems, _ ("The delay must be a number, such as 24."));
  else if (!isnan (delay) && delay <= 0)
    {
      delay_ok = FALSE;
      g_string_append (problems, _ ("The delay must be more than zero."));
    }
  else
    qs_entity_set_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE, delay);

  threshold_ok = qs_charter_format_parse_number (
    gtk_editable_get_text (GTK_EDITABLE (self->threshold_row)), &threshold);
  if (metric == QS_METRIC_NONE)
    threshold_ok = TRUE;
  else if (!threshold_ok || (!isnan (threshold) && (threshold < 0 || threshold > 100)))
    {
      threshold_ok = FALSE;
      if (problems->len > 0)
        g_string_append_c (problems, '\n');
      g_string_append (problems, _ ("The target must be a percentage from 0 to 100, such as 95."));
    }
  else
    qs_entity_set_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, threshold);

  set_row_error (GTK_WIDGET (self->delay_row), !delay_ok);
  set_row_error (GTK_WIDGET (self->threshold_row), !threshold_ok);
  set_message (self->measure_error_label, problems->len > 0 ? problems->str : NULL);

  return delay_ok && threshold_ok;
}

static void
on_form_changed_cb (QsCommitmentDialog *self)
{
  if (self->loading)
    return;

  /* A text error is only raised on Save; typing clears it. */
  set_text_error (self, FALSE);
  set_message (self->text_error_label, NULL);
  read_form (self);
  update_smart (self);
}

static void
clear_unused_targets (QsCommitmentDialog *self)
{
  QsEntity *entity = QS_ENTITY (self->commitment);
  QsMetric  metric = qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC);

  /* A target left from another metric would be saved but never shown. */
  if (!is_deadline (metric))
    {
      qs_entity_set_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE, NAN);
      qs_entity_set_enum (entity, QS_COMMITMENT_FIELD_CHANNEL, QS_CHANNEL_ANY);
    }
  if (metric == QS_METRIC_NONE)
    qs_entity_set_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, NAN);
}

static void
save_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsCommitmentDialog *self = QS_COMMITMENT_DIALOG (widget);
  QsEntity           *entity = QS_ENTITY (self->commitment);
  g_autoptr (GError) error = NULL;
  g_autofree char *text_fr = NULL;
  g_autofree char *text_en = NULL;

  if (!self->editable)
    return;

  if (!read_form (self))
    {
      gtk_widget_grab_focus (gtk_widget_has_css_class (GTK_WIDGET (self->delay_row), "error")
                               ? GTK_WIDGET (self->delay_row)
                               : GTK_WIDGET (self->threshold_row));
      return;
    }

  text_fr = g_strstrip (dup_text (self->text_fr_view));
  text_en = g_strstrip (dup_text (self->text_en_view));
  if (*text_fr == '\0' && *text_en == '\0')
    {
      set_text_error (self, TRUE);
      set_message (self->text_error_label,
                   _ ("The commitment has no text: write what clients may expect, in French, "
                      "in English or in both."));
      gtk_widget_grab_focus (GTK_WIDGET (self->text_fr_view));
      return;
    }
  qs_entity_set_string (entity, QS_COMMITMENT_FIELD_TEXT_FR, text_fr);
  qs_entity_set_string (entity, QS_COMMITMENT_FIELD_TEXT_EN, text_en);
  clear_unused_targets (self);

  if (!qs_charter_repository_save_commitment (self->store, self->charter, self->commitment, &error))
    {
      /* The store's own checks name the field in their sentence. */
      set_message (self->measure_error_label, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->commitment);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static GListModel *
new_enum_model (GType enum_type)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, qs_enum_label (enum_type, klass->values[i].value));
  return G_LIST_MODEL (list);
}

static void
set_combo_model (AdwComboRow *row, GListModel *model)
{
  g_autoptr (GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, model);
  g_object_unref (model);
}

static void
build_smart_rows (QsCommitmentDialog *self)
{
  for (guint i = 0; i < QS_SMART_N_CRITERIA; i++)
    {
      self->smart_rows[i] = g_object_new (ADW_TYPE_ACTION_ROW, "title", _ (criterion_titles[i]),
                                          "use-markup", FALSE, "subtitle-lines", 0, NULL);
      self->smart_icons[i] = gtk_image_new ();
      adw_action_row_add_prefix (ADW_ACTION_ROW (self->smart_rows[i]), self->smart_icons[i]);
      adw_preferences_group_add (self->smart_group, self->smart_rows[i]);
    }
}

static void
load (QsCommitmentDialog *self)
{
  QsEntity        *entity = QS_ENTITY (self->commitment);
  const char      *owner_id = qs_entity_get_string (entity, QS_COMMITMENT_FIELD_OWNER_ID);
  g_autofree char *delay =
    qs_charter_format_number (qs_entity_get_double (entity, QS_COMMITMENT_FIELD_TARGET_VALUE));
  g_autofree char *threshold =
    qs_charter_format_number (qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT));
  GtkStringList *people = gtk_string_list_new (NULL);
  guint          owner = 0;
  const char    *text;

  self->loading = TRUE;

  gtk_string_list_append (people, _ ("Nobody"));
  for (guint i = 0; i < self->staff->len; i++)
    {
      g_autofree char *name =
        qs_client_dup_display_name (QS_CLIENT (g_ptr_array_index (self->staff, i)));

      gtk_string_list_append (people, name);
      if (owner_id != NULL &&
          g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->staff, i)), owner_id) == 0)
        owner = i + 1;
    }
  set_combo_model (self->owner_row, G_LIST_MODEL (people));
  adw_combo_row_set_selected (self->owner_row, owner);

  set_combo_model (self->category_row, new_enum_model (QS_TYPE_CATEGORY));
  set_combo_model (self->metric_row, new_enum_model (QS_TYPE_METRIC));
  set_combo_model (self->unit_row, new_enum_model (QS_TYPE_DURATION_UNIT));
  set_combo_model (self->channel_row, new_enum_model (QS_TYPE_CHANNEL));
  adw_combo_row_set_selected (self->category_row,
                              qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CATEGORY));
  adw_combo_row_set_selected (self->metric_row,
                              qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_METRIC));
  adw_combo_row_set_selected (self->unit_row,
                              qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_TARGET_UNIT));
  adw_combo_row_set_selected (self->channel_row,
                              qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CHANNEL));

  text = qs_entity_get_string (entity, QS_COMMITMENT_FIELD_TEXT_FR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_fr_view), text != NULL ? text : "",
                            -1);
  text = qs_entity_get_string (entity, QS_COMMITMENT_FIELD_TEXT_EN);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_en_view), text != NULL ? text : "",
                            -1);
  gtk_editable_set_text (GTK_EDITABLE (self->delay_row), delay);
  gtk_editable_set_text (GTK_EDITABLE (self->threshold_row), threshold);

  build_smart_rows (self);
  update_smart (self);

  if (!self->editable)
    {
      gtk_window_set_title (GTK_WINDOW (self), _ ("Commitment"));
      gtk_widget_set_visible (self->save_button, FALSE);
      /* Texts to read and copy, not greyed out. */
      gtk_text_view_set_editable (self->text_fr_view, FALSE);
      gtk_text_view_set_cursor_visible (self->text_fr_view, FALSE);
      gtk_text_view_set_editable (self->text_en_view, FALSE);
      gtk_text_view_set_cursor_visible (self->text_en_view, FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->category_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->measure_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->owner_row), FALSE);
    }
  else if (qs_entity_get_created_at (entity) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _ ("New Commitment"));
  else
    gtk_window_set_title (GTK_WINDOW (self), _ ("Edit Commitment"));

  self->loading = FALSE;
}

static void
qs_commitment_dialog_dispose (GObject *object)
{
  QsCommitmentDialog *self = QS_COMMITMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_COMMITMENT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->charter);
  g_clear_object (&self->commitment);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->staff, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_commitment_dialog_parent_class)->dispose (object);
}

static void
qs_commitment_dialog_class_init (QsCommitmentDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_commitment_dialog_dispose;

  /**
   * QsCommitmentDialog::saved:
   * @commitment: the commitment, as it was saved
   *
   * Emitted once the commitment is in the database, before the dialog
   * closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_COMMITMENT);

  qs_charters_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               QS_CHARTERS_RESOURCE_PATH "qs-commitment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, text_fr_label);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, text_en_label);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, text_fr_view);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, text_en_view);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, text_error_label);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, measure_group);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, metric_row);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, delay_row);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, threshold_row);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, measure_error_label);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, QsCommitmentDialog, smart_group);

  gtk_widget_class_install_action (widget_class, "commitment.save", NULL, save_activated_cb);
  gtk_widget_class_install_action (widget_class, "commitment.cancel", NULL, cancel_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "commitment.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "commitment.save",
                                       NULL);
}

static void
qs_commitment_dialog_init (QsCommitmentDialog *self)
{
  GObject   *editables[4];
  GtkWidget *combos[5];

  gtk_widget_init_template (GTK_WIDGET (self));

  editables[0] = G_OBJECT (gtk_text_view_get_buffer (self->text_fr_view));
  editables[1] = G_OBJECT (gtk_text_view_get_buffer (self->text_en_view));
  editables[2] = G_OBJECT (self->delay_row);
  editables[3] = G_OBJECT (self->threshold_row);
  combos[0] = GTK_WIDGET (self->category_row);
  combos[1] = GTK_WIDGET (self->metric_row);
  combos[2] = GTK_WIDGET (self->unit_row);
  combos[3] = GTK_WIDGET (self->channel_row);
  combos[4] = GTK_WIDGET (self->owner_row);

  for (guint i = 0; i < G_N_ELEMENTS (editables); i++)
    g_signal_connect_object (editables[i], "changed", G_CALLBACK (on_form_changed_cb), self,
                             G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    g_signal_connect_object (combos[i], "notify::selected", G_CALLBACK (on_form_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

/**
 * qs_commitment_dialog_new:
 * @charter: the charter the commitment belongs to
 * @commitment: the commitment to edit; a new one (never saved) to add it
 * @calendar: (nullable): the charter's business calendar, for the SMART check
 * @staff: (element-type QsClient): who may own the commitment
 * @editable: %FALSE to show a commitment of a frozen version
 *
 * The dialog changes @commitment as the form is filled in.
 */
QsCommitmentDialog *
qs_commitment_dialog_new (QsStore      *store,
                          QsCharter    *charter,
                          QsCommitment *commitment,
                          QsCalendar   *calendar,
                          GPtrArray    *staff,
                          gboolean      editable)
{
  QsCommitmentDialog *self;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (QS_IS_CHARTER (charter), NULL);
  g_return_val_if_fail (QS_IS_COMMITMENT (commitment), NULL);
  g_return_val_if_fail (calendar == NULL || QS_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (staff != NULL, NULL);

  self = g_object_new (QS_TYPE_COMMITMENT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->charter = g_object_ref (charter);
  self->commitment = g_object_ref (commitment);
  self->calendar = calendar != NULL ? g_object_ref (calendar) : NULL;
  self->staff = g_ptr_array_ref (staff);
  self->editable = editable;
  load (self);

  return self;
}

/**
 * qs_commitment_dialog_get_commitment:
 *
 * Returns: (transfer none): the commitment being edited
 */
QsCommitment *
qs_commitment_dialog_get_commitment (QsCommitmentDialog *self)
{
  g_return_val_if_fail (QS_IS_COMMITMENT_DIALOG (self), NULL);

  return self->commitment;
}
