/* qs-indicator-dialog.c — defining a department's own indicator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its names in French and English; what it counts: one of the measures
 * of the dashboard over the requests of a channel, a kind, a category, a
 * service (any left at "Any"), or values typed in by hand with their
 * unit; its target and direction, the period it is judged over, who
 * answers for it (alerts go to them), its dimension, and below how many
 * requests it is not judged. Saving goes through qs_indicator_desk_save();
 * what it refuses is said above the form, and the dialog stays open.
 *
 * Signals: "saved" (QsIndicator *), then the dialog closes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-calendar-words.h"
#include "qs-dashboard-words.h"
#include "qs-directory-repository.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-indicator-desk.h"
#include "qs-indicator-dialog.h"
#include "qs-repository.h"

/* What an indicator of its own may count. */
static const QsMeasure measures[] = {
  QS_MEASURE_RECEIVED,
  QS_MEASURE_RESOLVED,
  QS_MEASURE_OPEN,
  QS_MEASURE_OVERDUE,
  QS_MEASURE_COMPLAINTS_RECEIVED,
  QS_MEASURE_COMPLAINTS_RESOLVED,
  QS_MEASURE_KEPT,
  QS_MEASURE_REOPEN_RATE,
  QS_MEASURE_ACK_MEDIAN,
  QS_MEASURE_ACK_P90,
  QS_MEASURE_RESOLUTION_MEDIAN,
  QS_MEASURE_RESOLUTION_P90,
  QS_MEASURE_RESPONSE_RATE,
  QS_MEASURE_MANUAL,
};
static const QsPeriod periods[] = { QS_PERIOD_WEEK, QS_PERIOD_MONTH, QS_PERIOD_QUARTER,
                                    QS_PERIOD_YEAR };

struct _QsIndicatorDialog
{
  AdwWindow parent_instance;

  QsContext   *context;
  char        *department_id;
  QsIndicator *indicator;   /* the one changed, or a new one */
  GPtrArray   *owner_ids;   /* after "Nobody" */
  GPtrArray   *service_ids; /* after "Any" */

  GtkLabel      *reason_label;
  AdwEntryRow   *name_rows[2]; /* QsLanguage order: French, English */
  AdwComboRow   *dimension_row;
  AdwComboRow   *owner_row;
  AdwComboRow   *measure_row;
  AdwComboRow   *channel_row;
  AdwComboRow   *kind_row;
  AdwComboRow   *problem_row;
  AdwComboRow   *service_row;
  AdwEntryRow   *unit_row;
  AdwEntryRow   *target_row;
  AdwComboRow   *direction_row;
  AdwComboRow   *period_row;
  GtkSpinButton *min_spin;
};

G_DEFINE_FINAL_TYPE (QsIndicatorDialog, qs_indicator_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AdwComboRow *
add_combo (AdwPreferencesGroup *group, const char *title, GtkStringList *items)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (items));
  adw_preferences_group_add (group, GTK_WIDGET (row));
  g_object_unref (items);
  return row;
}

/* "Any", then each value of @type in words. */
static GtkStringList *
enum_items (GType type, const char *any)
{
  GtkStringList *items = gtk_string_list_new (NULL);
  GEnumClass    *klass = g_type_class_ref (type);

  if (any != NULL)
    gtk_string_list_append (items, any);
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (items, qs_enum_label (type, klass->values[i].value));
  g_type_class_unref (klass);
  return items;
}

static AdwEntryRow *
add_entry (AdwPreferencesGroup *group, const char *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static QsMeasure
selected_measure (QsIndicatorDialog *self)
{
  guint i = adw_combo_row_get_selected (self->measure_row);

  return i < G_N_ELEMENTS (measures) ? measures[i] : QS_MEASURE_MANUAL;
}

/* Hand-typed values have a unit and no requests to choose among. */
static void
on_measure_changed_cb (QsIndicatorDialog *self)
{
  gboolean manual = selected_measure (self) == QS_MEASURE_MANUAL;

  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), manual);
  gtk_widget_set_sensitive (GTK_WIDGET (self->channel_row), !manual);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !manual);
  gtk_widget_set_sensitive (GTK_WIDGET (self->problem_row), !manual);
  gtk_widget_set_sensitive (GTK_WIDGET (self->service_row), !manual);
}

static void
build_form (QsIndicatorDialog *self, GtkWidget *page)
{
  AdwPreferencesGroup *group;
  GtkStringList       *items;
  GtkWidget           *row;
  QsStore             *store = qs_context_get_store (self->context);
  g_autoptr (GPtrArray) people = NULL;
  g_autoptr (GPtrArray) services = NULL;

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  self->name_rows[QS_LANGUAGE_EN] = add_entry (group, _ ("Name in English"));
  self->name_rows[QS_LANGUAGE_FR] = add_entry (group, _ ("Name in French"));
  self->dimension_row = add_combo (group, _ ("Dimension"), enum_items (QS_TYPE_DIMENSION, NULL));
  items = gtk_string_list_new (NULL);
  gtk_string_list_append (items, _ ("Nobody"));
  people = qs_directory_repository_get_people_of (store, self->department_id, NULL);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      g_autofree char *name = qs_client_dup_display_name (g_ptr_array_index (people, i));

      gtk_string_list_append (items, name);
      g_ptr_array_add (self->owner_ids,
                       g_strdup (qs_entity_get_id (g_ptr_array_index (people, i))));
    }
  self->owner_row = add_combo (group, _ ("Answered For By"), items);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _ ("What Is Counted"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  items = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    gtk_string_list_append (items, qs_enum_label (QS_TYPE_MEASURE, measures[i]));
  self->measure_row = add_combo (group, _ ("Measure"), items);
  g_signal_connect_object (self->measure_row, "notify::selected",
                           G_CALLBACK (on_measure_changed_cb), self, G_CONNECT_SWAPPED);
  self->unit_row = add_entry (group, _ ("Unit (%, /5, days…)"));
  self->channel_row =
    add_combo (group, _ ("Channel"), enum_items (QS_TYPE_CHANNEL, _ ("Any Channel")));
  self->kind_row = add_combo (group, _ ("Kind"), enum_items (QS_TYPE_REQUEST_KIND, _ ("Any Kind")));
  self->problem_row =
    add_combo (group, _ ("Category"), enum_items (QS_TYPE_PROBLEM, _ ("Any Category")));
  items = gtk_string_list_new (NULL);
  gtk_string_list_append (items, _ ("Any Service"));
  services = qs_directory_repository_get_services_provided (store, self->department_id, NULL);
  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      QsEntity *service = g_ptr_array_index (services, i);

      gtk_string_list_append (items, qs_entity_get_string (service, QS_SERVICE_FIELD_NAME));
      g_ptr_array_add (self->service_ids, g_strdup (qs_entity_get_id (service)));
    }
  self->service_row = add_combo (group, _ ("Service"), items);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _ ("Target"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  self->target_row = add_entry (group, _ ("Target (empty: none)"));
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->target_row), 12);
  self->direction_row = add_combo (group, _ ("Direction"), enum_items (QS_TYPE_DIRECTION, NULL));
  items = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    gtk_string_list_append (items, qs_enum_label (QS_TYPE_PERIOD, periods[i]));
  self->period_row = add_combo (group, _ ("Judged Each"), items);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Fewest Requests to Judge"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("0: as the department says"));
  self->min_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 100000, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->min_spin), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->min_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->min_spin));
  adw_preferences_group_add (group, row);
}

static guint
index_of_nick (GType type, const char *nick, guint shift)
{
  int value = nick != NULL ? qs_enum_from_nick (type, nick) : -1;

  return value >= 0 ? (guint) value + shift : 0;
}

static guint
index_of_id (GPtrArray *ids, const char *id)
{
  for (guint i = 0; id != NULL && i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), id))
      return i + 1;
  return 0;
}

/* The form shows @indicator. */
static void
fill_form (QsIndicatorDialog *self)
{
  QsEntity        *e = QS_ENTITY (self->indicator);
  const char      *measure = qs_entity_get_string (e, QS_INDICATOR_FIELD_MEASURE);
  double           target = qs_entity_get_double (e, QS_INDICATOR_FIELD_TARGET);
  QsPeriod         period = qs_entity_get_enum (e, QS_INDICATOR_FIELD_PERIOD);
  g_autofree char *text = NULL;

  for (QsLanguage l = 0; l < 2; l++)
    {
      const char *name = qs_entity_get_string (e, l == QS_LANGUAGE_EN ? QS_INDICATOR_FIELD_NAME_EN
                                                                      : QS_INDICATOR_FIELD_NAME_FR);

      gtk_editable_set_text (GTK_EDITABLE (self->name_rows[l]), name != NULL ? name : "");
    }
  adw_combo_row_set_selected (self->dimension_row,
                              qs_entity_get_enum (e, QS_INDICATOR_FIELD_DIMENSION));
  adw_combo_row_set_selected (
    self->owner_row,
    index_of_id (self->owner_ids, qs_entity_get_string (e, QS_INDICATOR_FIELD_OWNER_ID)));
  adw_combo_row_set_selected (self->measure_row, G_N_ELEMENTS (measures) - 1);
  for (guint i = 0; measure != NULL && i < G_N_ELEMENTS (measures); i++)
    if ((int) measures[i] == qs_enum_from_nick (QS_TYPE_MEASURE, measure))
      adw_combo_row_set_selected (self->measure_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row),
                         qs_entity_get_string (e, QS_INDICATOR_FIELD_UNIT) != NULL
                           ? qs_entity_get_string (e, QS_INDICATOR_FIELD_UNIT)
                           : "");
  adw_combo_row_set_selected (
    self->channel_row,
    index_of_nick (QS_TYPE_CHANNEL, qs_entity_get_string (e, QS_INDICATOR_FIELD_CHANNEL), 1));
  adw_combo_row_set_selected (
    self->kind_row, index_of_nick (QS_TYPE_REQUEST_KIND,
                                   qs_entity_get_string (e, QS_INDICATOR_FIELD_REQUEST_KIND), 1));
  adw_combo_row_set_selected (
    self->problem_row,
    index_of_nick (QS_TYPE_PROBLEM, qs_entity_get_string (e, QS_INDICATOR_FIELD_PROBLEM), 1));
  adw_combo_row_set_selected (
    self->service_row,
    index_of_id (self->service_ids, qs_entity_get_string (e, QS_INDICATOR_FIELD_SERVICE_ID)));
  if (!isnan (target))
    {
      text = qs_calendar_words_format_number (target, 2, FALSE, qs_interface_language ());
      gtk_editable_set_text (GTK_EDITABLE (self->target_row), text);
    }
  adw_combo_row_set_selected (self->direction_row,
                              qs_entity_get_enum (e, QS_INDICATOR_FIELD_DIRECTION));
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    if (periods[i] == period)
      adw_combo_row_set_selected (self->period_row, i);
  gtk_spin_button_set_value (self->min_spin, qs_entity_get_int (e, QS_INDICATOR_FIELD_MIN_COUNT));
  on_measure_changed_cb (self);
}

static const char *
nick_at (GType type, guint selected)
{
  return selected > 0 ? qs_enum_nick (type, (int) selected - 1) : NULL;
}

static gboolean
refuse (QsIndicatorDialog *self, const char *reason)
{
  gtk_label_set_label (self->reason_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
  return FALSE;
}

/**
 * qs_indicator_dialog_save:
 *
 * A target is read in either decimal sign, "92,5" or "92.5".
 */
gboolean
qs_indicator_dialog_save (QsIndicatorDialog *self)
{
  g_autoptr (GError) error = NULL;
  QsEntity *e;
  QsMeasure measure = selected_measure (self);
  guint     owner = adw_combo_row_get_selected (self->owner_row);
  guint     service = adw_combo_row_get_selected (self->service_row);
  guint     period = adw_combo_row_get_selected (self->period_row);
  double    target;

  g_return_val_if_fail (QS_IS_INDICATOR_DIALOG (self), FALSE);

  if (!qs_dashboard_words_read_number (gtk_editable_get_text (GTK_EDITABLE (self->target_row)),
                                       &target))
    return refuse (self, _ ("The target must be a number, such as 95 or 4.5."));

  e = QS_ENTITY (self->indicator);
  for (QsLanguage l = 0; l < 2; l++)
    {
      g_autofree char *name =
        g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_rows[l]))));

      qs_entity_set_string (
        e, l == QS_LANGUAGE_EN ? QS_INDICATOR_FIELD_NAME_EN : QS_INDICATOR_FIELD_NAME_FR,
        *name != '\0' ? name : NULL);
    }
  qs_entity_set_string (e, QS_INDICATOR_FIELD_DEPARTMENT_ID, self->department_id);
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_DIMENSION,
                      adw_combo_row_get_selected (self->dimension_row));
  qs_entity_set_string (e, QS_INDICATOR_FIELD_OWNER_ID,
                        owner > 0 && owner <= self->owner_ids->len
                          ? g_ptr_array_index (self->owner_ids, owner - 1)
                          : NULL);
  qs_entity_set_string (e, QS_INDICATOR_FIELD_MEASURE,
                        measure == QS_MEASURE_MANUAL ? NULL
                                                     : qs_enum_nick (QS_TYPE_MEASURE, measure));
  qs_entity_set_string (
    e, QS_INDICATOR_FIELD_UNIT,
    measure == QS_MEASURE_MANUAL ? gtk_editable_get_text (GTK_EDITABLE (self->unit_row)) : NULL);
  qs_entity_set_string (
    e, QS_INDICATOR_FIELD_CHANNEL,
    measure == QS_MEASURE_MANUAL
      ? NULL
      : nick_at (QS_TYPE_CHANNEL, adw_combo_row_get_selected (self->channel_row)));
  qs_entity_set_string (
    e, QS_INDICATOR_FIELD_REQUEST_KIND,
    measure == QS_MEASURE_MANUAL
      ? NULL
      : nick_at (QS_TYPE_REQUEST_KIND, adw_combo_row_get_selected (self->kind_row)));
  qs_entity_set_string (
    e, QS_INDICATOR_FIELD_PROBLEM,
    measure == QS_MEASURE_MANUAL
      ? NULL
      : nick_at (QS_TYPE_PROBLEM, adw_combo_row_get_selected (self->problem_row)));
  qs_entity_set_string (e, QS_INDICATOR_FIELD_SERVICE_ID,
                        measure != QS_MEASURE_MANUAL && service > 0 &&
                            service <= self->service_ids->len
                          ? g_ptr_array_index (self->service_ids, service - 1)
                          : NULL);
  qs_entity_set_double (e, QS_INDICATOR_FIELD_TARGET, target);
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_DIRECTION,
                      adw_combo_row_get_selected (self->direction_row));
  qs_entity_set_enum (e, QS_INDICATOR_FIELD_PERIOD,
                      periods[MIN (period, G_N_ELEMENTS (periods) - 1)]);
  qs_entity_set_int (e, QS_INDICATOR_FIELD_MIN_COUNT,
                     gtk_spin_button_get_value_as_int (self->min_spin));

  if (!qs_indicator_desk_save (qs_context_get_store (self->context), self->indicator, &error))
    return refuse (self, error->message);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->indicator);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_indicator_dialog_save (QS_INDICATOR_DIALOG (widget));
}

static void
cancel_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
qs_indicator_dialog_dispose (GObject *object)
{
  QsIndicatorDialog *self = QS_INDICATOR_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->indicator);
  g_clear_pointer (&self->department_id, g_free);
  g_clear_pointer (&self->owner_ids, g_ptr_array_unref);
  g_clear_pointer (&self->service_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_indicator_dialog_parent_class)->dispose (object);
}

static void
qs_indicator_dialog_class_init (QsIndicatorDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_indicator_dialog_dispose;
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, QS_TYPE_INDICATOR);
  gtk_widget_class_install_action (widget_class, "indicator-dialog.save", NULL, save_activated_cb);
  gtk_widget_class_install_action (widget_class, "indicator-dialog.cancel", NULL,
                                   cancel_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "indicator-dialog.cancel",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "indicator-dialog.save", NULL);
}

static void
qs_indicator_dialog_init (QsIndicatorDialog *self)
{
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);
  self->service_ids = g_ptr_array_new_with_free_func (g_free);
}

static GtkWidget *
header_button (const char *label, const char *action, gboolean suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

QsIndicatorDialog *
qs_indicator_dialog_new (GtkWindow  *parent,
                         QsContext  *context,
                         const char *department_id,
                         const char *indicator_id)
{
  g_autoptr (QsEntity) indicator = NULL;
  QsIndicatorDialog *self;
  GtkWidget         *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget         *header = adw_header_bar_new ();
  GtkWidget         *page = adw_preferences_page_new ();
  GtkWidget         *reason;

  g_return_val_if_fail (QS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (department_id != NULL, NULL);

  if (indicator_id != NULL)
    qs_store_find_if_any (qs_context_get_store (context), QS_TYPE_INDICATOR, indicator_id,
                          &indicator, NULL);
  self =
    g_object_new (QS_TYPE_INDICATOR_DIALOG, "modal", TRUE, "transient-for", parent, "default-width",
                  560, "default-height", 720, "width-request", 360, "height-request", 294, "title",
                  indicator != NULL ? _ ("Change the Indicator") : _ ("New Indicator"), NULL);
  self->context = g_object_ref (context);
  self->department_id = g_strdup (department_id);
  /* Read afresh: edited here, saved only if the desk takes it. */
  self->indicator =
    indicator != NULL ? QS_INDICATOR (g_steal_pointer (&indicator)) : qs_indicator_new ();
  if (indicator_id == NULL)
    {
      qs_entity_set_enum (QS_ENTITY (self->indicator), QS_INDICATOR_FIELD_PERIOD, QS_PERIOD_MONTH);
      qs_entity_set_string (QS_ENTITY (self->indicator), QS_INDICATOR_FIELD_MEASURE,
                            qs_enum_nick (QS_TYPE_MEASURE, QS_MEASURE_KEPT));
    }

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header),
                             header_button (_ ("_Cancel"), "indicator-dialog.cancel", FALSE));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header),
                           header_button (_ ("_Save"), "indicator-dialog.save", TRUE));
  gtk_box_append (GTK_BOX (box), header);
  reason = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_widget_add_css_class (reason, "error");
  gtk_widget_set_margin_start (reason, 12);
  gtk_widget_set_margin_end (reason, 12);
  gtk_widget_set_margin_top (reason, 12);
  gtk_widget_set_visible (reason, FALSE);
  self->reason_label = GTK_LABEL (reason);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  build_form (self, page);
  fill_form (self);
  return self;
}

AdwEntryRow *
qs_indicator_dialog_get_name_row (QsIndicatorDialog *self, QsLanguage language)
{
  return self->name_rows[language == QS_LANGUAGE_EN ? QS_LANGUAGE_EN : QS_LANGUAGE_FR];
}

AdwComboRow *
qs_indicator_dialog_get_measure_row (QsIndicatorDialog *self)
{
  return self->measure_row;
}

AdwComboRow *
qs_indicator_dialog_get_channel_row (QsIndicatorDialog *self)
{
  return self->channel_row;
}

AdwEntryRow *
qs_indicator_dialog_get_target_row (QsIndicatorDialog *self)
{
  return self->target_row;
}

AdwComboRow *
qs_indicator_dialog_get_period_row (QsIndicatorDialog *self)
{
  return self->period_row;
}

const char *
qs_indicator_dialog_get_reason (QsIndicatorDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->reason_label))
           ? gtk_label_get_text (self->reason_label)
           : NULL;
}
