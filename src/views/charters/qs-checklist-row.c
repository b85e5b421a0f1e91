/* qs-checklist-row.c — one question of a charter's adoption checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The question is the title; Yes and No are two linked toggle buttons
 * beside it, and the note explaining the answer is a row inside. An open
 * question ("How will…") is answered in words instead: a multi-line text
 * inside, and no Yes or No. The row writes into the checklist object;
 * whoever owns the checklist saves it when it says it changed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-format.h"
#include "qs-checklist-row.h"

struct _QsChecklistRow
{
  AdwExpanderRow parent_instance;

  QsAdoptionChecklist *checklist;
  guint                index;
  gboolean             editable;

  GtkToggleButton *yes_button;
  GtkToggleButton *no_button;
  AdwEntryRow     *note_row;
  GtkTextView     *text_view; /* the answer to an open question */
};

G_DEFINE_FINAL_TYPE (QsChecklistRow, qs_checklist_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  PROP_0,
  PROP_CHECKLIST,
  PROP_INDEX,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_subtitle (QsChecklistRow *self)
{
  g_autofree char *subtitle =
    qs_charter_format_answer (self->checklist, self->index, _ ("Not answered yet"));

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
on_answer_toggled_cb (GtkToggleButton *button, QsChecklistRow *self)
{
  QsChecklistAnswer answer;

  /* Each click toggles two buttons of the group: act on the one turned on. */
  if (!gtk_toggle_button_get_active (button))
    return;

  answer = button == self->yes_button ? QS_CHECKLIST_YES : QS_CHECKLIST_NO;
  if (qs_adoption_checklist_get_answer (self->checklist, self->index) == answer)
    return;
  qs_adoption_checklist_set_answer (self->checklist, self->index, answer);
  update_subtitle (self);
}

static void
on_note_changed_cb (GtkEditable *editable, QsChecklistRow *self)
{
  const char *note = gtk_editable_get_text (editable);

  if (g_strcmp0 (note, qs_adoption_checklist_get_note (self->checklist, self->index)) == 0)
    return;
  qs_adoption_checklist_set_note (self->checklist, self->index, note);
  update_subtitle (self);
}

static void
on_text_changed_cb (GtkTextBuffer *buffer, QsChecklistRow *self)
{
  GtkTextIter      start;
  GtkTextIter      end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  qs_adoption_checklist_set_text (self->checklist, self->index, text);
  update_subtitle (self);
}

/* The written answer to an open question: a text of a few lines, under a
 * label that names it. */
static void
add_text_answer (QsChecklistRow *self)
{
  GtkWidget  *row = gtk_list_box_row_new ();
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget  *label = gtk_label_new_with_mnemonic (_ ("_Answer"));
  GtkWidget  *frame = gtk_frame_new (NULL);
  const char *text = qs_adoption_checklist_get_text (self->checklist, self->index);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");

  self->text_view =
    g_object_new (GTK_TYPE_TEXT_VIEW, "wrap-mode", GTK_WRAP_WORD_CHAR, "accepts-tab", FALSE,
                  "height-request", 72, "top-margin", 9, "bottom-margin", 9, "left-margin", 9,
                  "right-margin", 9, "editable", self->editable, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text != NULL ? text : "",
                            -1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->text_view));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  qs_adoption_checklist_get_question (self->index), -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->text_view));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static GtkToggleButton *
add_answer_button (GtkWidget *box, const char *label, GtkToggleButton *group)
{
  GtkToggleButton *button = g_object_new (GTK_TYPE_TOGGLE_BUTTON, "label", label, "use-underline",
                                          TRUE, "valign", GTK_ALIGN_CENTER, NULL);

  if (group != NULL)
    gtk_toggle_button_set_group (button, group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (button));
  return button;
}

static void
qs_checklist_row_constructed (GObject *object)
{
  QsChecklistRow   *self = QS_CHECKLIST_ROW (object);
  QsChecklistAnswer answer;
  const char       *note;
  GtkWidget        *box;

  G_OBJECT_CLASS (qs_checklist_row_parent_class)->constructed (object);

  g_return_if_fail (self->checklist != NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 qs_adoption_checklist_get_question (self->index));

  if (qs_adoption_checklist_is_open (self->index))
    {
      add_text_answer (self);
      update_subtitle (self);
      /* Open while unanswered: the answer is written, not clicked. */
      adw_expander_row_set_expanded (
        ADW_EXPANDER_ROW (self),
        self->editable && qs_adoption_checklist_get_text (self->checklist, self->index) == NULL);
      /* Connected last: showing the stored answer is not a change. */
      g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                               G_CALLBACK (on_text_changed_cb), self, 0);
      return;
    }

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "linked");
  self->yes_button = add_answer_button (box, _ ("_Yes"), NULL);
  self->no_button = add_answer_button (box, _ ("_No"), self->yes_button);
  gtk_widget_set_sensitive (box, self->editable);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), box);

  self->note_row =
    g_object_new (ADW_TYPE_ENTRY_ROW, "title", _ ("Note"), "sensitive", self->editable, NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->note_row));

  answer = qs_adoption_checklist_get_answer (self->checklist, self->index);
  gtk_toggle_button_set_active (self->yes_button, answer == QS_CHECKLIST_YES);
  gtk_toggle_button_set_active (self->no_button, answer == QS_CHECKLIST_NO);
  note = qs_adoption_checklist_get_note (self->checklist, self->index);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");
  update_subtitle (self);

  /* Connected last: showing the stored answer is not a change. */
  g_signal_connect_object (self->yes_button, "toggled", G_CALLBACK (on_answer_toggled_cb), self, 0);
  g_signal_connect_object (self->no_button, "toggled", G_CALLBACK (on_answer_toggled_cb), self, 0);
  g_signal_connect_object (self->note_row, "changed", G_CALLBACK (on_note_changed_cb), self, 0);
}

static void
qs_checklist_row_dispose (GObject *object)
{
  QsChecklistRow *self = QS_CHECKLIST_ROW (object);

  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (qs_checklist_row_parent_class)->dispose (object);
}

static void
qs_checklist_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsChecklistRow *self = QS_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_checklist_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  QsChecklistRow *self = QS_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST:
      self->checklist = g_value_dup_object (value);
      break;

    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      break;

    case PROP_EDITABLE:
      self->editable = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_checklist_row_class_init (QsChecklistRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = qs_checklist_row_constructed;
  object_class->dispose = qs_checklist_row_dispose;
  object_class->get_property = qs_checklist_row_get_property;
  object_class->set_property = qs_checklist_row_set_property;

  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL, QS_TYPE_ADOPTION_CHECKLIST, flags);
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, QS_ADOPTION_N_QUESTIONS - 1, 0, flags);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_checklist_row_init (QsChecklistRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * qs_checklist_row_new:
 * @index: the question, from 0 to %QS_ADOPTION_N_QUESTIONS - 1
 * @editable: %FALSE for the checklist of a frozen version
 */
GtkWidget *
qs_checklist_row_new (QsAdoptionChecklist *checklist, guint index, gboolean editable)
{
  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, NULL);

  return g_object_new (QS_TYPE_CHECKLIST_ROW, "checklist", checklist, "index", index, "editable",
                       editable, NULL);
}
