/* qs-charter-editor-document.c — a published charter, shown as the document it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A published or archived version can no longer change: rather than its
 * form with every field greyed out, the editor shows it as a document, in
 * plain text a person reads and may select and copy. The charter's
 * details, its values and introduction in both languages, its commitments
 * by category with how each is measured, and the adoption checklist with
 * the answers it was published with. Nothing in it looks editable; the
 * banner above offers to edit the charter as a new version.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-editor-private.h"
#include "qs-charter-format.h"
#include "qs-client.h"
#include "qs-commitment.h"
#include "qs-department.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-smart-check.h"

static GtkWidget *
add_label (GtkWidget *box, const char *text, const char *css_class, gboolean selectable)
{
  GtkWidget *label =
    g_object_new (GTK_TYPE_LABEL, "label", text, "xalign", 0.0f, "wrap", TRUE, "wrap-mode",
                  PANGO_WRAP_WORD_CHAR, "selectable", selectable, NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* A part of the document: its heading, then what @box is given. */
static GtkWidget *
add_section (QsCharterEditor *self, const char *heading)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  add_label (section, heading, "title-2", FALSE);
  gtk_box_append (self->document_box, section);
  return section;
}

/* A caption over a text: "Provider" over "Human Resources". Nothing when
 * the text is empty. */
static void
add_field (GtkWidget *box, const char *caption, const char *text)
{
  GtkWidget *field;

  if (text == NULL || *text == '\0')
    return;
  field = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  add_label (field, caption, "caption-heading", FALSE);
  add_label (field, text, NULL, TRUE);
  gtk_box_append (GTK_BOX (box), field);
}

static char *
dup_name (QsCharterEditor *self, GType type, const char *id)
{
  g_autoptr (QsEntity) entity = NULL;

  if (id == NULL ||
      !qs_repository_find_if_any (qs_store_get_repository (self->store, type), id, &entity, NULL) ||
      entity == NULL)
    return NULL;
  if (QS_IS_CLIENT (entity))
    return qs_client_dup_display_name (QS_CLIENT (entity));
  return g_strdup (qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_NAME));
}

/* Both languages, the charter's first language first. */
static void
add_bilingual (
  GtkWidget *box, QsEntity *entity, QsLanguage language, guint fr_field, guint en_field)
{
  QsLanguage order[] = { language, language == QS_LANGUAGE_FR ? QS_LANGUAGE_EN : QS_LANGUAGE_FR };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    add_field (box, order[i] == QS_LANGUAGE_FR ? _ ("French") : _ ("English"),
               qs_entity_get_string (entity, order[i] == QS_LANGUAGE_FR ? fr_field : en_field));
}

static void
add_details (QsCharterEditor *self, QsEntity *entity, QsLanguage language)
{
  GtkWidget       *section = add_section (self, _ ("Charter"));
  g_autofree char *provider = dup_name (
    self, QS_TYPE_DEPARTMENT, qs_entity_get_string (entity, QS_CHARTER_FIELD_DEPARTMENT_ID));
  g_autofree char *owner =
    dup_name (self, QS_TYPE_CLIENT, qs_entity_get_string (entity, QS_CHARTER_FIELD_OWNER_ID));
  g_autofree char *review =
    qs_charter_format_date (qs_entity_get_string (entity, QS_CHARTER_FIELD_REVIEW_DATE));
  const char *other = language == QS_LANGUAGE_FR
                        ? qs_entity_get_string (entity, QS_CHARTER_FIELD_TITLE_EN)
                        : qs_entity_get_string (entity, QS_CHARTER_FIELD_TITLE_FR);

  add_field (section, language == QS_LANGUAGE_FR ? _ ("Title in English") : _ ("Title in French"),
             other);
  add_field (section, _ ("First language"), qs_enum_label (QS_TYPE_LANGUAGE, language));
  add_field (section, _ ("Provider"), provider != NULL ? provider : _ ("No providing department"));
  add_field (section, _ ("Owner"), owner != NULL ? owner : _ ("Nobody"));
  add_field (section, _ ("Review date"), review != NULL ? review : _ ("Not set"));
}

static void
add_commitments (QsCharterEditor *self, QsLanguage language)
{
  GtkWidget *section = add_section (self, _ ("Commitments"));

  if (self->commitments->len == 0)
    add_label (section, _ ("No commitment"), "dim-label", FALSE);

  for (QsCategory category = 0; category < QS_N_CATEGORIES; category++)
    {
      GtkWidget *group = NULL;

      for (guint i = 0; i < self->commitments->len; i++)
        {
          QsCommitment    *commitment = g_ptr_array_index (self->commitments, i);
          QsEntity        *entity = QS_ENTITY (commitment);
          GtkWidget       *item;
          g_autofree char *target = NULL;

          if (qs_entity_get_enum (entity, QS_COMMITMENT_FIELD_CATEGORY) != (int) category)
            continue;
          if (group == NULL)
            {
              group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 9);
              add_label (group, qs_enum_label (QS_TYPE_CATEGORY, category), "heading", FALSE);
              gtk_box_append (GTK_BOX (section), group);
            }
          item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
          add_label (item,
                     qs_charter_format_text (entity, QS_COMMITMENT_FIELD_TEXT_EN,
                                             QS_COMMITMENT_FIELD_TEXT_FR, language, NULL),
                     NULL, TRUE);
          if (qs_commitment_is_measurable (commitment))
            {
              target = qs_charter_format_target (commitment);
              add_label (item, target, "dim-label", TRUE);
            }
          gtk_box_append (GTK_BOX (group), item);
        }
    }
}

static void
add_checklist (QsCharterEditor *self)
{
  GtkWidget       *section = add_section (self, _ ("Adoption Checklist"));
  g_autofree char *count = NULL;

  /* Translators: how many of the nine questions of the checklist are answered */
  count = g_strdup_printf (_ ("%u of %u answered"),
                           qs_adoption_checklist_count_answered (self->checklist),
                           QS_ADOPTION_N_QUESTIONS);
  add_label (section, count, "dim-label", FALSE);

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    {
      GtkWidget       *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      g_autofree char *answer = qs_charter_format_answer (self->checklist, i, _ ("Not answered"));
      GtkWidget       *label;

      add_label (item, qs_adoption_checklist_get_question (i), "heading", TRUE);
      label = add_label (item, answer, NULL, TRUE);
      if (!qs_adoption_checklist_is_answered (self->checklist, i))
        gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (section), item);
    }
}

/**
 * qs_charter_editor_build_document:
 *
 * Shows the frozen version as a document, in place of its form.
 */
void
qs_charter_editor_build_document (QsCharterEditor *self)
{
  QsEntity  *entity = QS_ENTITY (self->charter);
  QsLanguage language = qs_entity_get_enum (entity, QS_CHARTER_FIELD_LANGUAGE);
  GtkWidget *section;

  qs_charter_editor_clear_box (self->document_box);

  add_details (self, entity, language);

  section = add_section (self, _ ("Values"));
  add_bilingual (section, entity, language, QS_CHARTER_FIELD_VALUES_FR, QS_CHARTER_FIELD_VALUES_EN);
  if (gtk_widget_get_first_child (section) == gtk_widget_get_last_child (section))
    gtk_box_remove (self->document_box, section);

  section = add_section (self, _ ("Introduction"));
  add_bilingual (section, entity, language, QS_CHARTER_FIELD_INTRODUCTION_FR,
                 QS_CHARTER_FIELD_INTRODUCTION_EN);
  if (gtk_widget_get_first_child (section) == gtk_widget_get_last_child (section))
    gtk_box_remove (self->document_box, section);

  add_commitments (self, language);
  add_checklist (self);
}
