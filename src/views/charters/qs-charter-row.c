/* qs-charter-row.c — one charter in the list of the Charters view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what a department head scans the list for: the title, who
 * provides the service, the status and version, the owner, and when the
 * charter is to be reviewed — a review that is near or past stands out by
 * its colour, its icon and its words, so that colour is never the only cue.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-charter-format.h"
#include "qs-charter-row.h"
#include "qs-charters-resources.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"

struct _QsCharterRow
{
  GtkWidget parent_instance;

  QsCharter *charter;

  /* Template widgets */
  GtkLabel  *title_label;
  GtkLabel  *status_label;
  GtkLabel  *provider_label;
  GtkLabel  *details_label;
  GtkWidget *review_box;
  GtkImage  *review_icon;
  GtkLabel  *review_label;
};

G_DEFINE_FINAL_TYPE (QsCharterRow, qs_charter_row, GTK_TYPE_WIDGET)

static const char *status_classes[] = { "draft", "published", "archived" };

static void
qs_charter_row_dispose (GObject *object)
{
  QsCharterRow *self = QS_CHARTER_ROW (object);
  GtkWidget    *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_CHARTER_ROW);
  /* The template's outer box has no id: unparent it by hand. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->charter);

  G_OBJECT_CLASS (qs_charter_row_parent_class)->dispose (object);
}

static void
qs_charter_row_class_init (QsCharterRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_charter_row_dispose;

  qs_charters_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               QS_CHARTERS_RESOURCE_PATH "qs-charter-row.ui");
  gtk_widget_class_bind_template_child (widget_class, QsCharterRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterRow, provider_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, QsCharterRow, review_box);
  gtk_widget_class_bind_template_child (widget_class, QsCharterRow, review_icon);
  gtk_widget_class_bind_template_child (widget_class, QsCharterRow, review_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
qs_charter_row_init (QsCharterRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
qs_charter_row_new (void)
{
  return g_object_new (QS_TYPE_CHARTER_ROW, NULL);
}

/**
 * qs_charter_row_get_charter:
 *
 * Returns: (transfer none) (nullable): the charter shown
 */
QsCharter *
qs_charter_row_get_charter (QsCharterRow *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_ROW (self), NULL);

  return self->charter;
}

static void
show_review (QsCharterRow *self, QsEntity *entity, GDateTime *now)
{
  const char      *review_date = qs_entity_get_string (entity, QS_CHARTER_FIELD_REVIEW_DATE);
  QsCharterStatus  status = qs_entity_get_enum (entity, QS_CHARTER_FIELD_STATUS);
  g_autofree char *review = NULL;
  int              urgency;

  /* An archived version is history: it has nothing left to review. */
  gtk_widget_set_visible (self->review_box, status != QS_CHARTER_STATUS_ARCHIVED);

  review = qs_charter_format_review (review_date, now, &urgency);
  gtk_label_set_text (self->review_label, review);
  gtk_widget_remove_css_class (self->review_box, "warning");
  gtk_widget_remove_css_class (self->review_box, "error");
  gtk_widget_remove_css_class (self->review_box, "dim-label");
  switch (urgency)
    {
    case 2:
      gtk_widget_add_css_class (self->review_box, "error");
      gtk_image_set_from_icon_name (self->review_icon, "dialog-warning-symbolic");
      break;
    case 1:
      gtk_widget_add_css_class (self->review_box, "warning");
      gtk_image_set_from_icon_name (self->review_icon, "alarm-symbolic");
      break;
    default:
      gtk_widget_add_css_class (self->review_box, "dim-label");
      gtk_image_set_from_icon_name (self->review_icon, "x-office-calendar-symbolic");
      break;
    }
}

/**
 * qs_charter_row_set_charter:
 * @provider: (nullable): the name of the providing department
 * @owner: (nullable): the name of the charter's owner
 * @now: the time reviews are counted from
 *
 * Shows @charter, or nothing when it is %NULL.
 */
void
qs_charter_row_set_charter (
  QsCharterRow *self, QsCharter *charter, const char *provider, const char *owner, GDateTime *now)
{
  QsEntity        *entity = QS_ENTITY (charter);
  QsCharterStatus  status;
  g_autofree char *details = NULL;
  const char      *title;

  g_return_if_fail (QS_IS_CHARTER_ROW (self));
  g_return_if_fail (charter == NULL || QS_IS_CHARTER (charter));

  g_set_object (&self->charter, charter);
  if (charter == NULL)
    return;

  title = qs_charter_format_text (entity, QS_CHARTER_FIELD_TITLE_EN, QS_CHARTER_FIELD_TITLE_FR,
                                  qs_entity_get_enum (entity, QS_CHARTER_FIELD_LANGUAGE), NULL);
  gtk_label_set_text (self->title_label, *title != '\0' ? title : _ ("Untitled charter"));

  status = qs_entity_get_enum (entity, QS_CHARTER_FIELD_STATUS);
  gtk_label_set_text (self->status_label, qs_enum_label (QS_TYPE_CHARTER_STATUS, status));
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
  if (status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[status]);

  gtk_label_set_text (self->provider_label,
                      provider != NULL ? provider : _ ("No providing department"));

  if (owner != NULL && *owner != '\0')
    /* Translators: %d is a version number, %s the name of a person */
    details = g_strdup_printf (_ ("Version %d · Owner: %s"),
                               (int) qs_entity_get_int (entity, QS_CHARTER_FIELD_VERSION), owner);
  else
    /* Translators: %d is a version number */
    details = g_strdup_printf (_ ("Version %d · No owner"),
                               (int) qs_entity_get_int (entity, QS_CHARTER_FIELD_VERSION));
  gtk_label_set_text (self->details_label, details);

  show_review (self, entity, now);
}
